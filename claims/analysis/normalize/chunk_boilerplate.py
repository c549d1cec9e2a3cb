"""Boilerplate and bare addresses sharing a run of lines with text: a closing or opening boilerplate line, a page's
notes over its link targets, a page's link targets over the next page's first line."""
from __future__ import annotations

import re

from . import layout

FOOTNOTE = re.compile(r"^\s*(?:\d{1,3}|[*†‡])\s+\S")  # a footnote's number or mark opening its line


def split_at_boilerplate(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A boilerplate line closing a paragraph right under its last sentence ("This announcement
    contains forward-looking statements …", "Contact: …"), or opening one over its first, is a chunk
    of its own."""
    out = []
    for chunk in chunks:
        if len(chunk) > 1 and layout.ends_sentence(chunk[-2][0]) and layout.is_boilerplate_line(chunk[-1][0]):
            out.extend([chunk[:-1], chunk[-1:]])
        elif len(chunk) > 1 and chunk[1][0].lstrip()[:1].isupper() and layout.ends_sentence(chunk[-1][0]) \
                and not layout.ends_sentence(chunk[0][0]) and layout.is_boilerplate_line(chunk[0][0]) \
                and not layout.is_boilerplate_line(chunk[1][0]):
            out.extend([chunk[:1], chunk[1:]])  # "48,213 views  Streamed live on 12 Sep 2026" over the description
        elif len(chunk) > 1 and layout.is_boilerplate_line(chunk[0][0]) and all(layout.URL.fullmatch(t.strip()) for t, _ in chunk[1:]):
            out.extend([chunk[:1], chunk[1:]])  # "For further information, please contact: …" over the office's web address
        elif len(chunk) > 2 and (cut := _address_run(chunk)):
            # "1 The annex was agreed orally; …" / "2 NATO press release, …" printed right over the page's
            # web addresses: the notes, then the link targets
            out.extend([chunk[:cut], chunk[cut:]])
        elif len(chunk) > 2 and (cut := _addresses_then_text(chunk)):
            # a page's link targets with the next page's first line right under them, no gap between
            # ("http://www.ponarseurasia.org/members/…" / " PONARS Eurasia Policy Memo No. 902   October 2024")
            out.extend([chunk[:cut], chunk[cut:]])
        else:
            out.append(chunk)
    return out


def _address_run(chunk: list[tuple[str, int]]) -> int:
    """Where a run of two or more bare web addresses closing a page-foot chunk of notes starts (0 if none)."""
    cut = len(chunk)
    while cut > 0 and layout.URL_LINE.match(chunk[cut - 1][0]):
        cut -= 1
    if len(chunk) - cut < 2 or cut == 0 or not FOOTNOTE.match(chunk[0][0]):
        return 0
    return cut


def _addresses_then_text(chunk: list[tuple[str, int]]) -> int:
    """Where the text after a run of two or more bare web addresses opening a chunk starts (0 if none)."""
    cut = 0
    while cut < len(chunk) and layout.URL_LINE.match(chunk[cut][0]):
        cut += 1
    return cut if 2 <= cut < len(chunk) else 0
