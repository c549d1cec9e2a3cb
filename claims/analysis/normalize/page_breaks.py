"""Paragraphs a page break cut in two, joined again around what the break wedged in (footnotes,
link targets, page numbers)."""
from __future__ import annotations

import re

from . import layout
from .pages import Chunk
from .resolutions import PREAMBLE_OPENER


def join_page_breaks(chunks: list[Chunk]) -> list[Chunk]:
    """Merge the halves of a paragraph that a page break (and what it wedged in) cut apart."""
    out: list[Chunk] = []
    page = 1
    pending_junk: list[Chunk] = []
    for chunk in chunks:
        if chunk.kind in ("url_block", "footnote", "page_number"):
            pending_junk.append(chunk)
            continue
        if pending_junk:
            page += 1 if any(j.kind in ("url_block", "page_number") for j in pending_junk) else 0
        prev = out[-1] if out else None
        if (chunk.kind == "body" and prev is not None and prev.kind == "heading" and len(prev.lines) == 1
                and chunk.lines[0][0].lstrip()[:1].islower() and _continues(prev, chunk)):
            prev.kind = "body"  # a paragraph's first line alone above a page break, not a heading
        if chunk.kind == "body" and prev is not None and prev.kind == "body" and _continues(prev, chunk):
            for junk in pending_junk:
                if junk.kind == "url_block":
                    prev.cuts.append((len(prev.lines), junk))
            prev.lines.extend(chunk.lines)
        else:
            for junk in pending_junk:
                if junk.kind == "url_block":
                    if prev is not None:
                        prev.cuts.append((len(prev.lines), junk))
                    else:
                        chunk.cuts.append((0, junk))
            chunk.page = page
            out.append(chunk)
        pending_junk = []
    if pending_junk and out:
        for junk in pending_junk:
            if junk.kind == "url_block":
                out[-1].cuts.append((len(out[-1].lines), junk))
    return out


def _continues(prev: Chunk, chunk: Chunk) -> bool:
    last = prev.lines[-1][0].rstrip()
    nxt = chunk.lines[0][0].lstrip()
    if not nxt:
        return False
    if last.endswith(",") and PREAMBLE_OPENER.match(nxt):
        return False  # ("The Security Council," over "Welcoming the report …,": a resolution's clauses, each its own)
    if last.endswith("-") or last.endswith(","):
        return True
    if _OPEN_ENDED.search(last) and nxt[0].isupper():
        return True  # ("… its own peace treaty with" over "Azerbaijan, this is …": no sentence ends on "with")
    return not layout.ends_sentence(last) and (nxt[0].islower() or nxt[0] in "(—–")


# a last word no sentence ends on: a preposition, an article, a conjunction or a possessive waiting for its noun
_OPEN_ENDED = re.compile(r"(?<![\w’'-])(?:with|of|the|a|an|to|in|on|for|and|or|by|from|at|between|into|than|its|their|his|her|"
                         r"our|whose|nor)$")
