"""Inline markup shared by Markdown and HTML text runs: writes prose, records links and markers."""
from __future__ import annotations

import re

from .model import Link, Marker, TextBuilder

UNSAFE_SCHEMES = ("javascript:", "data:", "vbscript:", "file:")
_AFTER_SENTENCE = re.compile(r"""[.!?]["'”’)]*\s*$""")
# "[3, 4]", "[2–4]", "[1; 5]": one bracket citing several entries of a numbered reference list
CITED_NUMBERS = r"\d{1,3}(?:\s*[,;–-]\s*\d{1,3}){0,9}"
_CITED = re.compile(r"(\d{1,3})(?:\s*[–-]\s*(\d{1,3}))?")
_LONGEST_SPAN = 20


def cited_labels(inside: str) -> list[str]:
    """The entries a bracket of numbers cites: "3, 4" cites 3 and 4, "2–4" cites 2, 3 and 4."""
    labels: list[str] = []
    for m in _CITED.finditer(inside):
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        numbers = range(low, high + 1) if low <= high <= low + _LONGEST_SPAN else (low, high)
        labels.extend(str(n) for n in numbers if str(n) not in labels)
    return labels


def safe_href(href: str | None) -> str | None:
    """An address worth keeping as a link; script and data addresses stay mere text."""
    if not href:
        return None
    href = href.strip()
    low = re.sub(r"[\s\x00-\x1f]", "", href).lower()
    if low.startswith(UNSAFE_SCHEMES) or low.startswith("#") or low.startswith("mailto:"):
        return None
    return href


def add_marker(builder: TextBuilder, label: str | list[str], text: str, raw_start: int | None) -> None:
    """A footnote marker (or one bracket citing several notes); with no `text` it takes no room in
    the prose (a superscript "1" or a "[^1]" is markup, and left in it would read as part of the
    word before: "wage bills1.")."""
    before = "".join(builder.parts[-3:])
    after_sentence = bool(_AFTER_SENTENCE.search(before))
    start, end = builder.add(text, raw_start)
    for one in [label] if isinstance(label, str) else label:
        builder.markers.append(Marker(one, start, end, after_sentence=after_sentence))


def add_link(builder: TextBuilder, text: str, href: str | None, raw_start: int | None, role: str | None = None) -> None:
    start, end = builder.add(text, raw_start)
    href = safe_href(href)
    if href and end > start:
        builder.links.append(Link(href, start, end, role))


def is_row_label(cell: str) -> bool:
    """A table cell short enough to label its row rather than state anything: a fact check's "Mostly
    false", a tracker's "Kept" (a Markdown table's "---" separator is none)."""
    return 0 < len(cell.split()) <= 4 and not set(cell) <= set("-: ")


def cite_block_before(builder: TextBuilder, links: list[tuple[str, str | None]]) -> None:
    """ "Sources: [Civil Georgia](…), [OC Media](…)" under an item: each address backs the paragraph
    just written (a link with the role "sources" spanning it)."""
    block = builder.blocks[-1] if builder.blocks else None
    if block is None or block.kind == "heading":
        return
    for text, href in links:
        if href := safe_href(href):
            builder.links.append(Link(href, block.start, block.end, "sources", text))
