"""reStructuredText pasted as plain text: its markup blanked out in place, so that every offset
still points into the raw text and the plain-text reader sees the prose, the footnotes and the
fields it knows.

`` `Clean Harbour Kessling <https://…>`_ `` reads "Clean Harbour Kessling"; ``.. note::`` and the
option lines under a directive go; a field list's ``:Author: …`` reads as the property line
"Author: …"; auto-numbered footnotes (``[#]_`` and ``.. [#] …``) are numbered in order: "[1]" markers in the
prose and notes "1 Port of Kessling, …" as a page's footnotes print them.
"""
from __future__ import annotations

import re

# a directive or comment line (".. note::", ".. contents:: On this page", ".. _target: https://…",
# ".. a comment"), not a footnote (".. [#] …")
_EXPLICIT = re.compile(r"^\.\.(?:[ \t]+(?!\[)[^\n]*)?$", re.MULTILINE)
_DIRECTIVE = re.compile(r"^\.\.[ \t]+[\w:-]+::", re.MULTILINE)
_OPTION = re.compile(r"^([ \t]+):[\w -]+:(?:[ \t][^\n]*)?$")
_FIELD = re.compile(r"^:([A-Za-z][\w -]{0,30}):[ \t]")
_LINK = re.compile(r"`([^`<>\n]+?)\s*<([^<>`\s]+)>`__?")
_FOOTNOTE_REF = re.compile(r"\[(#|\d{1,2})\]_")
_FOOTNOTE = re.compile(r"^\.\. \[(#|\d{1,2})\]", re.MULTILINE)


def is_restructured(raw: str) -> bool:
    # (the substrings first: a line search over the whole text costs more than the rest of the test)
    return ">`_" in raw or ".. " in raw and bool(_DIRECTIVE.search(raw) or _FOOTNOTE.search(raw))


def blank_markup(raw: str) -> tuple[str, set[str]]:
    """The text with reStructuredText's markup replaced by spaces (lines keep their lengths), and
    the footnotes' numbers."""
    lines = raw.split("\n")
    in_directive = False
    refs, notes, labels = 0, 0, set()
    for i, line in enumerate(lines):
        if _EXPLICIT.match(line):
            in_directive = bool(_DIRECTIVE.match(line))
            lines[i] = " " * len(line)
            continue
        if in_directive and _OPTION.match(line):
            lines[i] = " " * len(line)  # ":local:" under ".. contents::"
            continue
        in_directive = False
        if m := _FIELD.match(line):
            line = " " + m.group(1) + ":" + line[m.end(1) + 1:]  # ":Author: Tomas Lindqvist"
        footnote = _FOOTNOTE.match(line)
        if footnote:
            notes += 1
            label = footnote.group(1) if footnote.group(1) != "#" else str(notes)
            line = label.rjust(footnote.end()) + line[footnote.end():]
            labels.add(label)

        def link(m: re.Match) -> str:
            if footnote:  # a note keeps its address in sight: "Bathing water results 2025 https://…"
                return (" " + m.group(1)).ljust(m.start(2) - m.start()) + m.group(2) + " " * (m.end() - m.end(2))
            return (" " + m.group(1)).ljust(m.end() - m.start())

        def ref(m: re.Match) -> str:
            nonlocal refs
            refs += 1
            label = m.group(1) if m.group(1) != "#" else str(refs)
            marker = f"[{label}]"
            return marker.rjust(len(m.group(0))) if len(marker) <= len(m.group(0)) else m.group(0)

        line = _LINK.sub(link, line)
        lines[i] = _FOOTNOTE_REF.sub(ref, line) if not footnote else line
    return "\n".join(lines), labels
