"""Note markers in plain and PDF prose: numbers glued to a stop, bracketed or in round brackets when a
reference list has them, typed raised; and the superscript digits a text may type them in."""
from __future__ import annotations

import bisect
import re

from . import entries, layout
from .model import Block, Marker, Reference
from .note_markers import GLUED_MARKER

# Footnote markers typed as superscript digits ("… 212 wells.¹ Farms …", a note "¹ Basin Authority, …")
# read as the plain digits the layout rules know; one character for one, so offsets hold ("m²"
# after a letter is a unit and stays)
_SUPERSCRIPTS = layout.SUPERSCRIPT_DIGITS
_SUPERSCRIPT_MARKER = re.compile(rf"(?:(?<=[.!?,;:\"”’)\]])|^(?=[{_SUPERSCRIPTS}]{{1,3}}[ \t]))[{_SUPERSCRIPTS}]{{1,3}}(?=\s|$)",
                                 re.MULTILINE)
_SUPERSCRIPT_DIGIT = re.compile(f"[{_SUPERSCRIPTS}]")
_SUPERSCRIPT_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")




def plain_markers(raw: str) -> str:
    if not _SUPERSCRIPT_DIGIT.search(raw):
        return raw
    return _SUPERSCRIPT_MARKER.sub(lambda m: m.group(0).translate(_SUPERSCRIPT_DIGITS), raw)


def raised_markers(raw: str) -> list[tuple[int, str]]:
    """Footnote numbers typed raised, by raw offset and label: raised, a number is a marker even
    where its plain digits would read as a figure's decimals ("… fell by only 60.² Owners …")."""
    if not _SUPERSCRIPT_DIGIT.search(raw):
        return []
    return [(m.start(), m.group(0).translate(_SUPERSCRIPT_DIGITS)) for m in _SUPERSCRIPT_MARKER.finditer(raw)]


def normalized_at(by_raw: list[tuple[int, int]], raw_start: int) -> int | None:
    """Where a raw offset landed in the normalized text, by the nearest piece starting at or before
    it (`by_raw`: the builder's anchors as (raw, normalized) pairs, sorted)."""
    i = bisect.bisect_right(by_raw, (raw_start, float("inf"))) - 1
    return None if i < 0 else by_raw[i][1] + raw_start - by_raw[i][0]


def prose_markers(normalized: str, blocks: list[Block], labels: set[str], references: list[Reference],
                  raised: list[tuple[int, str]], anchors: list[tuple[int, int]], existing: list[Marker]) -> list[Marker]:
    """The markers the prose holds for the notes and the reference list (`labels`: numbers printed as
    markers; `raised`: numbers typed raised, by raw offset)."""
    found: list[Marker] = []
    for block in blocks:
        if block.kind == "heading":
            continue
        for m in GLUED_MARKER.finditer(normalized, block.start, block.end):
            if m.group(1) in labels:
                found.append(Marker(m.group(1), m.start(1), m.end(1), after_sentence=True))
    found.extend(entries.written_markers(normalized, blocks, references))
    taken = {marker.start for marker in existing} | {marker.start for marker in found}
    by_raw = sorted((raw_start, norm) for norm, raw_start in anchors) if raised else []
    for raw_start, label in raised:
        at = normalized_at(by_raw, raw_start)
        if at is not None and at not in taken and normalized[at:at + len(label)] == label:
            found.append(Marker(label, at, at + len(label), after_sentence=True))
    return found
