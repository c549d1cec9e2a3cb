"""A plain or PDF text's paragraph written out: its lines joined as the page wrapped them, a memo's
paragraph number or a thread's post number set aside, a timeline's date or a minute's label written as
a heading over it, and a footnote marker at a line's end read as a marker."""
from __future__ import annotations

import re

from . import labels, layout
from .line_join import Vocabulary, join_line
from .model import Marker, TextBuilder, UrlBlock
from .note_markers import LINE_END_MARKER
from .pages import Chunk

# a number that is no year right before the stop: "£1." of "£1.9"
_DECIMAL_BEFORE = re.compile(r"(?<![\d,])(?!(?:1[89]|20)\d\d\.)\d{1,3}(?:,\d{3})*\.$")
# "1. (SBU) Turnout in …": a cable's paragraph opens on its classification marking, no part of its text
CLASSIFICATION_MARKING = re.compile(r"\s*(?:\d{1,3}\.\s+)?\((?:U|C|S|TS|SBU|FOUO|CUI|LES)(?://[A-Z]{2,6})*\)\s+(?=[A-Z\"“‘])")
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z\"“‘])")
# "1/ The council's own figures …", "3/8 Cutting …": a post's place in a thread (not "24/7", a span)
_POST_NUMBER = re.compile(r"(?P<n>\d{1,2})/(?P<of>\d{1,2})?\s+(?=[A-Z\"“‘])")


def _post_number(line: str) -> re.Match | None:
    m = _POST_NUMBER.match(line)
    return m if m and (not m.group("of") or int(m.group("n")) <= int(m.group("of"))) else None


def lead_heading(builder: TextBuilder, line: str, off: int, page: int, listed: bool = False, run_in: bool = False) -> int:
    """ "March 2016 — The council approves …", "RESOLVED: That …": a timeline entry's date or a
    minute's label is written as a heading over it (a date heading dates it), and so, when `run_in`,
    is a paragraph's short title run into it ("Delay. If talks drag on, …"); returns how much of the
    line that took."""
    label = labels.lead_label(line, listed)
    if not label and run_in and (short := labels.SHORT_RUN_IN.match(line)):
        label = (short.start("label"), short.end("label") + 1, short.end())
    if not label:
        return 0
    builder.begin()
    builder.add(line[label[0]:label[1]], off + label[0])
    builder.end("heading", level=4, page=page)
    return label[2]


def write_paragraph(builder: TextBuilder, chunk: Chunk, vocabulary: Vocabulary, url_blocks: list[UrlBlock],
                     speaker: str | None = None, run_in: bool = False) -> None:
    cuts = dict()
    for pos, junk in chunk.cuts:
        cuts.setdefault(pos, []).append(junk)
    if marking := CLASSIFICATION_MARKING.match(chunk.lines[0][0]):
        chunk.lines[0] = (chunk.lines[0][0][marking.end():], chunk.lines[0][1] + marking.end())
    if skip := lead_heading(builder, *chunk.lines[0], chunk.page, run_in=run_in):
        chunk.lines[0] = (chunk.lines[0][0][skip:], chunk.lines[0][1] + skip)
    builder.begin()
    previous, numbered = "", False
    for i, (line, off) in enumerate(chunk.lines):
        for junk in cuts.get(i, ()):
            url_blocks.append(UrlBlock(tuple(t.strip() for t, _ in junk.lines), builder.position, chunk.page))
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if i == 0 and (number := _PARAGRAPH_NUMBER.match(stripped) or _post_number(stripped)):
            # "1.1 Storm Isla brought …", "2/ The administration says …": a memo's paragraph number or
            # a thread's post number is no part of the first sentence
            stripped, lead = stripped[number.end():], lead + number.end()
            numbered = number.re is _PARAGRAPH_NUMBER
        elif i and numbered and layout.ends_sentence(previous) and (number := _PARAGRAPH_NUMBER.match(stripped)):
            # "2.2 The number of …" on the line after 2.1's last, with no blank line between: the next
            # numbered paragraph, its number no part of it either
            builder.end("paragraph", page=chunk.page, speaker=speaker)
            builder.begin()
            stripped, lead, previous = stripped[number.end():], lead + number.end(), ""
        if i == len(chunk.lines) - 1 and (emoji := layout.TRAILING_PICTOGRAPHS.search(stripped)):
            stripped = stripped[:emoji.start()]  # "… in that period. 🧵": a pictograph closing a post says nothing
        if previous:
            attach, spaced = join_line(previous, stripped, vocabulary)
            if attach.startswith("\x00"):
                builder.parts[-1] = builder.parts[-1][:-1]
                builder.length -= 1
                attach = attach[1:]
            if spaced:
                builder.space()
            stripped = attach
        marker = LINE_END_MARKER.search(stripped)
        if marker and _looks_like_marker(stripped, marker):
            body = stripped[: marker.start()]
            builder.add(body, off + lead)
            builder.space()
            start, end = builder.add(marker.group(1), off + lead + marker.start(1))
            builder.markers.append(Marker(marker.group(1), start, end, after_sentence=True))
        else:
            builder.add(stripped, off + lead)
        previous = stripped
    for junk in cuts.get(len(chunk.lines), ()):
        url_blocks.append(UrlBlock(tuple(t.strip() for t, _ in junk.lines), builder.position, chunk.page))
    builder.end("paragraph", page=chunk.page, speaker=speaker)


def _looks_like_marker(line: str, m: re.Match) -> bool:
    """`pronounced. 2` at a line's end is a footnote marker or page number, not a count."""
    before = line[: m.start()].rstrip()
    if m.start() == m.start(1) and before.endswith(".") and _DECIMAL_BEFORE.search(before):
        return False  # "an estimated £1.9" at a line's end: a decimal, not a marker after a year's stop
    return bool(before) and before[-1] in '.!?"”’' and len(before.split()) >= 2
