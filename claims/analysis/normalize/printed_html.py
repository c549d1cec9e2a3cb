"""A PDF converted to HTML line by line (pdf2htmlEX, pdftohtml): every printed line a positioned
<div>, paragraphs and headings told only by the lines' fonts. Its lines are read as a PDF's are."""
from __future__ import annotations

import bisect
import dataclasses
import re

from . import layout, plain
from .html_blocks import HtmlBlock, block_text
from .model import Normalized

_CONVERTER = re.compile(r"pdf2htmlex|pdftohtml|pdf2html", re.IGNORECASE)
MIN_LINES = 5


def is_printed_page(meta: dict[str, str], blocks: list[HtmlBlock]) -> bool:
    return bool(_CONVERTER.search(meta.get("generator", ""))) and sum(1 for b in blocks if b.tag == "div") >= MIN_LINES


def read(blocks: list[HtmlBlock]) -> Normalized:
    """The page's lines as a PDF's text: a blank line where the font changes or a line ends a
    sentence, so headings, footers and paragraphs part as the page reader expects; offsets point
    back into the HTML."""
    text, starts, previous = [], [], None
    at = 0
    for block in blocks:
        line = block_text(block)
        if block.aside or not line:
            continue  # the converter's outline of the document, drawn beside the pages
        if previous is not None:
            gap = "\n\n" if block.font != previous.font or layout.ends_sentence(text[-1]) else "\n"
            text.append(gap)
            at += len(gap)
        starts.append((at, block.pieces[0].offset if block.pieces else 0))
        text.append(line)
        at += len(line)
        previous = block
    norm = plain.build("".join(text), "pdf-text")
    return dataclasses.replace(norm, format="html", offset_map=tuple(
        (norm_start, _raw(starts, joined)) for norm_start, joined in norm.offset_map))


def _raw(starts: list[tuple[int, int]], joined: int) -> int:
    k = bisect.bisect_right(starts, (joined, float("inf"))) - 1
    if k < 0:
        return 0
    line_start, raw_start = starts[k]
    return raw_start + (joined - line_start)
