"""Note marks a Markdown text types without footnote syntax: numbers raised as superscript digits
("… in 2024.¹") and the printer's symbols ("… of 2023.†", "3.1\\*"), with the notes at the foot that open
on the same marks ("¹ Provisional.", "‡ Estimate based on customs declarations.")."""
from __future__ import annotations

import re

from .layout import SUPERSCRIPT_DIGITS

# A mark in the prose: raised digits after a stop or a closing mark (not "m²" after a letter, a unit),
# or a symbol after a stop, a figure or a word ("4.9†" in a table cell); an asterisk only escaped, as
# a bare one closes emphasis
RAISED_MARK = (rf"(?<=[.!?,;:\"”’)\]])[{SUPERSCRIPT_DIGITS}]{{1,3}}(?![\w{SUPERSCRIPT_DIGITS}])"
               r"|(?<=[.!?,;:\"”’)\]%\w])(?:[†‡§¶]{1,2}|\\\*)(?=[\s|<]|$)")
# a note's line opening on its mark
_NOTE_MARK = re.compile(rf"\s*(?P<mark>\\\*|\*|[{SUPERSCRIPT_DIGITS}]{{1,3}}|[†‡§¶]{{1,2}})[ \t]*(?=\S)")
_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def mark_label(mark: str) -> str:
    """The label a mark is matched to its note by: raised digits as digits, an escaped asterisk as one."""
    return mark.replace("\\*", "*").translate(_DIGITS)


def marked_notes(lines: list[str], labels: set[str]) -> list[tuple[str, str]] | None:
    """The notes a paragraph holds when each of its lines opens on a mark the prose carries, as
    (label, the note's text); None otherwise."""
    notes = []
    for line in lines:
        m = _NOTE_MARK.match(line)
        if not m or mark_label(m.group("mark")) not in labels:
            return None
        notes.append((mark_label(m.group("mark")), line[m.end():].strip()))
    return notes or None


_RAISED = re.compile(RAISED_MARK)


def marks_in(raw: str) -> set[str]:
    """The labels of the marks a text carries anywhere, a table's cells included ("4.9†")."""
    return {mark_label(m.group(0)) for m in _RAISED.finditer(raw)} if any(c in raw for c in "†‡§¶*" + SUPERSCRIPT_DIGITS) else set()
