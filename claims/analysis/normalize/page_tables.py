"""Tables printed in a page's text: a caption or header over rows of figures, set apart from the prose
around them and read as no sentences."""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from . import front, layout, line_dates
from .chunking import LIST_ITEM

if TYPE_CHECKING:
    from .pages import Chunk


def is_table(texts: list[str]) -> bool:
    """A caption ("Table 2: …") or header row, then at least two rows of figures ("2021 1,610 3,000");
    no line a sentence."""
    if front.memo_fields(texts):
        return False  # "Tabled: 12 May 2025" / "Answered: 20 May 2025": a head of dated fields
    if all(LIST_ITEM.match(t) for t in texts):
        return False  # "• Revenue £612m (H1 2024/25: £571m), up 7%": a list of highlights, each a claim
    captioned = bool(layout.CAPTION.match(texts[0]))
    rows = texts[1:] if captioned else texts
    if not captioned and len(rows) == 2 and all(len(t.split()) >= 4 and figure_share(t) >= 0.75 for t in rows):
        return True  # a header row of years over one row of figures ("Year 2015 2017 …" / "KSI 301 288 …")
    if (not captioned and len(rows) < 3) or any(layout.ends_sentence(t) or not 2 <= len(t.split()) <= 12 for t in rows):
        return False  # two lines ("Marta Kowalczyk1", "March 2022") are a byline and a date, not a table
    if not captioned and len(rows) <= 4 and any(line_dates.date_alone(t) for t in rows):
        return False  # "Policy Memo No. 902" / "Murat Demir1" / "June 2024": a memo's head, its date a line alone
    numeric = [t for t in rows if figure_share(t) >= 0.5 or _LABEL_AND_FIGURE.fullmatch(t)]
    if len(numeric) >= 3 and all(t in numeric for t in rows[2:]):
        return True  # "Households surveyed, by main source of income" / "Source Share" / "Government allowance 41%" / …
    return len(numeric) >= 2 and len(rows) - len(numeric) <= 1


# a row of a short label and the one figure that closes it: "Government allowance 41%", "Informal work 22%"
_LABEL_AND_FIGURE = re.compile(r"[A-Za-z][\w’'()/&-]*(?:\s+[A-Za-z(][\w’'()/&-]*){0,4}\s+[£$€]?\d[\d,.]*\s?%?")


def tables_row_by_row(chunks: list[Chunk], removed: list[tuple[str, str]]) -> None:
    """A table printed a row to a paragraph: a header line over two or more rows of figures ("Year
    Leakage (million litres a day) Target" / "2023/24 142 135" / …) heads nothing and says nothing."""
    for k, chunk in enumerate(chunks):
        if chunk.kind != "heading" or len(chunk.lines) != 1:
            continue
        rows = list(itertools.takewhile(lambda c: len(c.lines) == 1 and figure_row(c.lines[0][0]), chunks[k + 1:]))
        if len(rows) >= 2:
            for part in [chunk, *rows]:
                part.kind = "boilerplate"
                removed.append(("table", part.lines[0][0]))


def figure_row(line: str) -> bool:
    return len(line.split()) >= 2 and figure_share(line) >= 0.75 and not layout.ends_sentence(line)


def figure_share(line: str) -> float:
    words = line.split()
    return sum(1 for w in words if any(ch.isdigit() for ch in w)) / len(words)


def table_set_apart(groups: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A table printed right under a paragraph, with no gap ("… bringing the total to 212." over
    "Year Accredited employers" / "2024 180" / …): its rows are a group of their own."""
    out = []
    for lines in groups:
        # (a table of at most 30 rows, under the line before it: a group of a hundred thousand lines is
        # tried a few dozen times; one with fewer than two lines of figures there holds no table)
        first = max(1, len(lines) - 30)
        texts = [t.strip() for t, _ in lines[first - 1:]]
        if len(lines) < 4 or sum(figure_share(t) >= 0.5 for t in texts[1:] if t) < 2:
            out.append(lines)
            continue
        cut = next((k for k in range(first, len(lines) - 2)
                    if layout.ends_sentence(texts[k - first]) and is_table(texts[k - first + 1:])), 0)
        out.extend([lines[:cut], lines[cut:]] if cut else [lines])
    return out
