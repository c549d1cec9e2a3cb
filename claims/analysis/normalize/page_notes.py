"""The notes at a page's foot: numbered or bracketed entries in turn, one note per number, and a numbered
note just before the page's link targets."""
from __future__ import annotations

import re

from . import entries
from .chunking import FOOTNOTE

_BARE_NOTE = re.compile(r"^\s*(\d{1,3})\s+\S")  # "4 Ibid., p. 2."
# "2 Internal data, …", "3 https://…", '2 "Transnistria's industry halts …," Moldpres, …' (a title in quotation marks)
FOOTNOTE_NUMBER = re.compile(r"^\s*(\d{1,3})\s+(?:[\"“‘]?[A-ZÀ-Þ]|https?://|www\.)")
# "1. Gazprom, press release, 26 December 2024, https://…": a note numbered with a stop, told from a numbered list
# or numbered paragraphs by reading as a source: an address, or fields set apart by commas before a year
_DOTTED_NOTE = re.compile(r"^\s*(\d{1,3})\.\s+(?:[A-ZÀ-Þ]|https?://|www\.)")
_SOURCE_MARK = re.compile(r"https?://|www\.|^\s*\d{1,3}\.\s+[^.,]{2,80},\s+[^,]{2,80},[^.]*\b(?:19|20)\d\d\b")


def note_number(texts: list[str]) -> re.Match | None:
    """The number a chunk of notes opens on ("2 Internal data, …"; "1. Gazprom, …, 2024" when every entry so
    numbered names a year or an address), or None."""
    if m := FOOTNOTE_NUMBER.match(texts[0]):
        return m
    dotted = [t for t in texts if _DOTTED_NOTE.match(t)]
    return _DOTTED_NOTE.match(texts[0]) if dotted and all(_SOURCE_MARK.search(t) for t in dotted) else None


_BRACKETED_ENTRY = re.compile(r"\[(\d{1,3})\]\s")


def bracketed_notes(texts: list[str]) -> bool:
    """Entries opening on "[1]", "[2]" … in turn, two or more, each perhaps wrapped onto more lines."""
    if not texts[0].startswith("["):
        return False
    numbers = [int(m.group(1)) if (m := _BRACKETED_ENTRY.match(e)) else None for e in entries.numbered_entries(texts)]
    return len(numbers) >= 2 and None not in numbers and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def notes_in_turn(texts: list[str], marker_labels: set[str]) -> bool:
    """A page's foot of notes on consecutive lines, "1 Central Election Commission, …" to "5 Ibid.":
    lines opening on the prose's marker numbers one after another (a note may wrap onto more lines)."""
    numbers = [int(m.group(1)) for t in texts if (m := FOOTNOTE_NUMBER.match(t) or _BARE_NOTE.match(t))]
    return len(numbers) >= 2 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])) \
        and all(str(n) in marker_labels for n in numbers)


def one_per_number(texts: list[str]) -> list[str]:
    """Footnotes printed on consecutive lines ("1 Centre, https://…" then "2 FAO, https://…"):
    each numbered line starts a note of its own."""
    notes: list[str] = []
    for t in texts:
        if not notes or FOOTNOTE_NUMBER.match(t) or _DOTTED_NOTE.match(t):
            notes.append(t)
        else:
            notes[-1] = entries.continued(notes[-1], t)  # (an address broken over two lines is one address)
    return notes


def footnotes_before_url_blocks(chunks: list, removed: list[tuple[str, str]]) -> None:
    """A numbered note that sits just before a page's link targets is a footnote, whatever precedes it."""
    for i in range(len(chunks) - 1):
        c = chunks[i]
        if c.kind == "body" and len(c.lines) <= 3 and FOOTNOTE.match(c.lines[0][0]) and chunks[i + 1].kind in ("url_block", "page_number"):
            c.kind = "footnote"
            removed.append(("footnote", c.text))
