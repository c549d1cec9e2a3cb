"""Note marks a Markdown text types without footnote syntax: numbers raised as superscript digits
("… in 2024.¹") and the printer's symbols ("… of 2023.†", "3.1\\*"), with the notes at the foot that open
on the same marks ("¹ Provisional.", "‡ Estimate based on customs declarations.")."""
from __future__ import annotations

import re

from .layout import PRINTER_MARKS, SUPERSCRIPT_DIGITS

# A mark in the prose: raised digits after a stop or a closing mark (not "m²" after a letter, a unit),
# or a symbol after a stop, a figure or a word ("4.9†" in a table cell); an asterisk only escaped, as
# a bare one closes emphasis
RAISED_MARK = (rf"(?<=[.!?,;:\"”’)\]])[{SUPERSCRIPT_DIGITS}]{{1,3}}(?![\w{SUPERSCRIPT_DIGITS}])"
               rf"|(?<=[.!?,;:\"”’)\]%\w])(?:[{PRINTER_MARKS}]{{1,2}}|\\\*)(?=[\s|<]|$)")
# a note's line opening on its mark
_NOTE_MARK = re.compile(rf"\s*(?P<mark>\\\*|\*|[{SUPERSCRIPT_DIGITS}]{{1,3}}|[{PRINTER_MARKS}]{{1,2}})[ \t]*(?=\S)")
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
    return {mark_label(m.group(0)) for m in _RAISED.finditer(raw)} if any(c in raw for c in PRINTER_MARKS + "*" + SUPERSCRIPT_DIGITS) else set()


# a note's mark raised in a superscript as a roman numeral or a letter ("<sup>ii</sup>", "<sup>a</sup>")
_RAISED_LETTERS = re.compile(r"\s*\[?(?P<mark>[ivxl]{1,6}|[a-z])\]?\s*")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def raised_label(text: str) -> str | None:
    """The label a superscript's roman numeral or letter gives its note: a numeral as its number, so it
    meets the note an ordered list numbers ("ii" → "2"), a letter as itself; None for anything else
    ("st" of "1st")."""
    m = _RAISED_LETTERS.fullmatch(text)
    if not m:
        return None
    mark = m.group("mark")
    if not set(mark) <= set(_ROMAN_VALUES):
        return mark
    values = [_ROMAN_VALUES[c] for c in mark]
    number = sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    return str(number) if _as_roman(number) == mark else None


def _as_roman(number: int) -> str:
    out = ""
    for value, numeral in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + numeral, number - value
    return out


_ROMAN_ENTRY = re.compile(r"\s*\(?(?P<n>[ivxl]{1,6})[.)]\s+(?=\S)")


def roman_entries(lines: list[str]) -> list[tuple[str, str]] | None:
    """A notes section's lines numbered in roman numerals ("i. Statistics Office, …", "ii. …"), as
    (the numeral's number, the note's text) — when every line opens on one; None otherwise."""
    notes = []
    for line in lines:
        m = _ROMAN_ENTRY.match(line)
        label = raised_label(m.group("n")) if m else None
        if label is None or not label.isdigit():
            return None
        notes.append((label, line[m.end():].strip()))
    return notes or None
