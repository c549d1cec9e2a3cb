"""Lines a document prints on every page (a running header or footer, often with the page number
or the issue's date): found by repetition, lifted out, and read for the issue's date."""
from __future__ import annotations

import bisect
import re

from . import line_dates
from .meta_lines import is_meta_line


_TRAILING_PAGE = re.compile(r"(?:\s+(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?)\s*$", re.IGNORECASE)
_LEADING_PAGE = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s+(?=\S)", re.IGNORECASE)


_TRAILING_DATE = re.compile(rf"\s+(?:(?<!No\. )(?<!no\. )(?<!#)\d{{1,2}} )?(?:{line_dates.MONTHS})\.?(?:\s+\d{{1,2}},)?\s+\d{{4}}\s*$", re.IGNORECASE)


def _page_mark(key: str) -> re.Match | None:
    # both trailing forms end in a digit: a line that does not is not searched for them
    return (key[-1:].isdigit() and (_TRAILING_DATE.search(key) or _TRAILING_PAGE.search(key))) or _LEADING_PAGE.match(key)


def _running_key(text: str) -> tuple[str, bool]:
    """The line without its page number, and whether it carried one."""
    key, numbered = text.strip(), False
    while m := _page_mark(key):
        key = key[: m.start()] + key[m.end():] if m.start() else key[m.end():]
        numbered = True  # a page number or the issue's date: either marks a line printed on every page
    return " ".join(key.lower().split()), numbered


def drop_running_lines(lines: list[tuple[str, int] | None],
                       page_starts: list[int] | None = None) -> tuple[list[tuple[str, int] | None], list[str]]:
    """A short line printed on several pages (a running header or footer, often with the page
    number) is layout, not prose: it goes, and its place becomes a page break. Printed on only two
    pages, it must carry a page number or, where the pages are known (`page_starts`, the offsets
    where pages begin), stand at the top or the foot of each."""
    counts: dict[str, int] = {}
    numbered: set[str] = set()
    places: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line is not None:
            key, has_number = _running_key(line[0])
            if len(key) >= 12 and len(key.split()) <= 12:
                counts[key] = counts.get(key, 0) + 1
                places.setdefault(key, []).append(i)
                if has_number:
                    numbered.add(key)
    twice = [k for k, n in counts.items() if n == 2 and k not in numbered]
    edges = _page_edges(lines, page_starts) if twice and page_starts else {}
    repeated = {k for k, n in counts.items() if n >= 3 or (n >= 2 and k in numbered)}
    repeated.update(k for k in twice if all(i in edges for i in places[k])
                    and len({edges[i] for i in places[k]}) == 2)
    if not repeated:
        return lines, []
    # the report's title among its first lines, printed again in a numbered footer ("Road casualties
    # in Kelby: 2025" over the text, "Road casualties in Kelby: 2025 Page 1" at the foot): the title stays
    head = [i for i, line in enumerate(lines) if line is not None][:6]
    titles = set()
    for k in repeated:
        printed = [" ".join(lines[i][0].split()) for i in places[k]]
        titles.update(i for i, text in zip(places[k], printed) if i in head and printed.count(text) == 1
                      and any(other != text and other.startswith(text) for other in printed))
    out, removed = [], []
    for i, line in enumerate(lines):
        if line is not None and i not in titles and _running_key(line[0])[0] in repeated:
            removed.append(line[0].strip())
            out.append(None)
        else:
            out.append(line)
    return out, removed


def _page_edges(lines: list[tuple[str, int] | None], page_starts: list[int], reach: int = 3) -> dict[int, int]:
    """The lines among the first or last few of their page, with the page each is on."""
    pages: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if line is not None:
            pages.setdefault(bisect.bisect_right(page_starts, line[1]), []).append(i)
    return {i: page for page, found in pages.items() for i in found[:reach] + found[-reach:]}


def issue_date(line: str) -> str | None:
    """The date at the end of a running header, as an ISO date or month."""
    m = _TRAILING_DATE.search(line)
    if not m:
        return None
    return line_dates.meta_date(m.group(0))


def closing_footer_date(lines: list[tuple[str, int] | None]) -> str | None:
    """ "PE 754.123 - October 2023   1": a paper's number and its month in the one footer line at the
    foot of its last page date it."""
    last = next((line for line in reversed(lines) if line is not None), None)
    footer = _TRAILING_PAGE.sub("", last[0]).strip() if last else ""
    return line_dates.meta_date(footer) if footer and is_meta_line(footer) else None
