"""The publication date of an undated text, estimated from the newest absolute date it names."""
from __future__ import annotations

import datetime as dt
import re

from .temporal import _month
from .time_patterns import PATTERNS, YEAR_TOKEN

_LATEST_PATTERNS = [p for n, p in PATTERNS if n in ("iso", "mdy", "dmy", "my", "year")]


# "by 2030", "not expected to open before late 2027": a year the text looks ahead to was not
# written in, so it says nothing of when the text was
_AHEAD_OF_YEAR = re.compile(r"\b(?:by|until|till|before|beyond|through|expected|will|forecasts?|projected|targets?|plans?|due|"
                            r"scheduled|aims?)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE)


# "connect to shore power from 2030": an open-ended start is looked ahead to ("from 2019 to 2021" is a span)
_OPEN_START_BEFORE = re.compile(r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.IGNORECASE)


def latest_date(text: str, published: dt.date | None) -> tuple[str | None, str]:
    """The publication date estimated from the text: the newest absolute date it names.

    Years are found first; only the text around the newest year is read closely (whole-text
    date patterns cost a long document most of its analysis time)."""
    limit = published.year if published else 2100
    at: dict[int, list[int]] = {}
    open_starts: dict[int, list[int]] = {}
    for m in YEAR_TOKEN.finditer(text):
        y = int(m.group(0))
        if y > limit or _AHEAD_OF_YEAR.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _OPEN_START_BEFORE.search(text, max(0, m.start() - 16), m.start()) and not _RANGE_AFTER.match(text, m.end()):
            open_starts.setdefault(y, []).append(m.start())  # used only when the text names no other year
        else:
            at.setdefault(y, []).append(m.start())
    at = at or open_starts
    best: tuple[int, int, int] | None = None
    for year in sorted(at, reverse=True):
        for position in at[year]:
            lo = text.rfind(" ", 0, max(0, position - 24)) + 1  # start the window on a word
            window = text[lo:position + 24]
            for pattern in _LATEST_PATTERNS:
                for m in pattern.finditer(window):
                    g = m.groupdict()
                    if int(g["y"]) != year:
                        continue
                    mo = _month(g["mon"]) if g.get("mon") else (int(g["m"]) if g.get("m") else 0)
                    d = int(g["d"]) if g.get("d") else 0
                    if best is None or (year, mo, d) > best:
                        best = (year, mo, d)
        if best is not None:
            break
    if best is None:
        return None, "none"
    y, mo, d = best
    if d:
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    if mo:
        return f"{y:04d}-{mo:02d}", "month"
    return f"{y:04d}", "year"
