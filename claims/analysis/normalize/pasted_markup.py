"""Markup pasted into plain text, blanked in place so that every offset still points into the raw
text: reStructuredText, AsciiDoc, and an encyclopedia page's "[edit]" links and editors' tags."""
from __future__ import annotations

import re

from . import asciidoc, restructured


def blank_pasted_markup(raw: str) -> tuple[str, set[str], dict[int, str]]:
    """The text with the markup it holds blanked, the numbers of reStructuredText's footnotes, and
    the raw offsets of AsciiDoc quotation lines with who is quoted."""
    if "[edit]" in raw or "needed]" in raw:
        raw = _wiki_marks_blanked(raw)
    notes: set[str] = set()
    if restructured.is_restructured(raw):
        raw, notes = restructured.blank_markup(raw)
    quoted: dict[int, str] = {}
    if asciidoc.is_asciidoc(raw):
        raw, quoted = asciidoc.blank_markup(raw)
    return raw, notes, quoted


# an encyclopedia page copied as text: its section titles' "[edit]" links and its editors' tags
_WIKI_MARKS = re.compile(r"\[edit\](?=[ \t]*$)|\[(?:citation|clarification|page)\s+needed\]|\[(?:when|who|which|according\s+to\s+whom)\?\]",
                         re.MULTILINE)


def _wiki_marks_blanked(raw: str) -> str:
    """ "History[edit]" reads "History", "… when it opened.[citation needed]" its sentence (lengths kept)."""
    return _WIKI_MARKS.sub(lambda m: " " * len(m.group(0)), raw)
