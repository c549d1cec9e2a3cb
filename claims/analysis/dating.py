"""The publication date of a text: given, or estimated from the newest absolute date it names and a
wire's dateline."""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import WEEKDAY_NAMES
from .normalize.layout import WIRE_DATELINE
from .normalize.line_dates import MONTH_NUMBER
from .iso_dates import parse_iso
from .temporal import _month
from .time_patterns import PATTERNS, YEAR_TOKEN
from .types import Document

_LATEST_PATTERNS = [p for n, p in PATTERNS if n in ("iso", "mdy", "dmy", "my", "year")]


# "by 2030", "not expected to open before late 2027": a year the text looks ahead to was not
# written in, so it says nothing of when the text was
_AHEAD_OF_YEAR = re.compile(r"\b(?:by|until|till|before|beyond|through|expected|will|forecasts?|projected|targets?|plans?|due|"
                            # "has been delayed to 2027", "pushed back to 2028"
                            r"scheduled|aims?|delayed|postponed|deferred|(?:pushed|put)\s+back|slipped)\b(?:\s+\S+){0,3}\s*$"
                            # ("a new constitution could be put to voters in 2027": what may be, a few words on)
                            r"|\b(?:could|would|may|might)\s+(?:\S+\s+){0,5}?(?:in|by)\s*$",
                            re.IGNORECASE)


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


def publication(document: Document, meta_published: str | None, text: str,
                dateline: str | None = None, now: dt.date | None = None,
                set_aside: tuple[str, ...] = (), cited: tuple[str, ...] = (),
                series_year: int | None = None) -> tuple[dt.date | None, str, str | None, bool]:
    """When a text was published: as given, from its metadata, or estimated from the newest date it
    names and its dateline; failing those, from a copyright line among the lines `set_aside` as
    boilerplate. A year in the address of a source it `cited` ("…/news/buoys-removed-2024") is one the
    text was written in or after, and so is the `series_year` a series numbers it by ("Working Paper 2024/11",
    a line set aside as the page's furniture). (date, precision, ISO value shown, estimated?)"""
    if document.published:
        return document.published, "day", document.published.isoformat(), False
    if meta_published:
        parsed = parse_iso(meta_published)
        if parsed:
            return parsed[0], parsed[1], meta_published, False
    if (day := _dateline_full_date(dateline)) is not None:
        return day, "day", day.isoformat(), False  # "KELBY, England, March 3, 2026 /PRNewswire/ --"
    value, precision = latest_date(text, None)
    if series_year and (value is None or series_year > int(value[:4])):
        return dt.date(series_year, 1, 1), "year", f"{series_year:04d}", True
    if value is None:
        day = _dateline_weekday_year(dateline, text, now) if now else None
        if day:
            return day, "day", day.isoformat(), True
        # "(c) 2026 Kelby Wire Service": the year a text is copyrighted is the year it came out
        year = next((int(m.group(1)) for line in set_aside if (m := _COPYRIGHT_YEAR.match(line))), None)
        return (dt.date(year, 1, 1), "year", f"{year:04d}", True) if year else (None, "none", None, True)
    # the newest date an article names is the earliest it can have been written: say only the year
    year = int(value[:4])
    if (newer := _newest_cited_year(cited, now)) and newer > year:
        return dt.date(newer, 1, 1), "year", f"{newer:04d}", True
    day = _dateline_day(dateline, year, value)
    if day:
        # "SINGAPORE, Oct 14 (Reuters)": the wire gives the day, the text the earliest year (but when that
        # is the very day of the newest date the text names, an anniversary, the first year after it on which
        # the day falls on the weekday the story names: "MOSCOW, November 10", "told reporters on Thursday",
        # after a deployment on November 10, 2020, is 2022's)
        if value == day.isoformat() or value[:4] != day.isoformat()[:4]:
            # (so too when the day was moved past the newest month named: "PRISTINA, Jan 15", "on Wednesday",
            # after "in March 2023", is 2025's)
            day = _on_the_weekday_named(day, text, now) or day
        return day, "day", day.isoformat(), True
    return dt.date(year, 1, 1), "year", f"{year:04d}", True


_YEAR_IN_ADDRESS = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])")


def _newest_cited_year(cited: tuple[str, ...], now: dt.date | None) -> int | None:
    """The newest year in the path of a cited address, no later than now."""
    years = [int(m.group(1)) for url in cited for m in _YEAR_IN_ADDRESS.finditer(url.split("//", 1)[-1].partition("/")[2])]
    years = [y for y in years if now is None or y <= now.year]
    return max(years, default=None)


_COPYRIGHT_YEAR = re.compile(r"\s*(?:\(c\)|©|copyright)\s*(?:\(c\)\s*|©\s*)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _dateline_full_date(dateline: str | None) -> dt.date | None:
    m = WIRE_DATELINE.match(dateline or "")
    if not m or not m.group("date") or not m.group("year"):
        return None
    return _dateline_day(dateline, int(m.group("year")), "")


def _dateline_day(dateline: str | None, year: int, newest: str) -> dt.date | None:
    m = WIRE_DATELINE.match(dateline or "")
    if not m or not m.group("date"):
        return None
    month_name, day_text = m.group("date").split()
    if month_name.isdigit():  # ("Baku, 22 July 2024 - ": the day before its month)
        month_name, day_text = day_text, month_name
    try:
        day = dt.date(year, MONTH_NUMBER[month_name.lower().rstrip(".")], int(day_text))
    except (KeyError, ValueError):
        return None
    parsed = parse_iso(newest)
    if parsed and (parsed[1] == "day" and day < parsed[0] or parsed[1] == "month" and (day.year, day.month) < (parsed[0].year, parsed[0].month)):
        day = day.replace(year=year + 1)  # written after the newest day it names ("Jan 15" after "in March 2023")
    return day


_WEEKDAYS = WEEKDAY_NAMES.lower().split("|")  # Monday first, as date.weekday() counts
_WEEKDAY = re.compile(rf"\b({WEEKDAY_NAMES})\b", re.IGNORECASE)


def _weekday_named(text: str) -> int | None:
    """The one weekday a story's opening names (Monday 0), or None when it names none, or several."""
    weekdays = {w.lower() for w in _WEEKDAY.findall(text[:400])}
    return _WEEKDAYS.index(weekdays.pop()) if len(weekdays) == 1 else None


def _on_the_weekday_named(day: dt.date, text: str, now: dt.date | None) -> dt.date | None:
    """The first of `day` and the same day in the next few years, up to now, that falls on the one
    weekday the story's opening names (None when it names none, or several)."""
    weekday = _weekday_named(text)
    if weekday is None:
        return None
    for year in range(day.year, day.year + 8):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue
        if now and candidate > now:
            return None
        if candidate.weekday() == weekday:
            return candidate
    return None


def _dateline_weekday_year(dateline: str | None, text: str, now: dt.date) -> dt.date | None:
    """ "LONDON, JUNE 3 - … THE UNITE UNION SAID ON TUESDAY", with no year anywhere: the latest June 3,
    up to now, that fell on a Tuesday (a wire's day is the one its first sentence names)."""
    m = WIRE_DATELINE.match(dateline or "")
    weekday = _weekday_named(text)
    if not m or not m.group("date") or weekday is None:
        return None
    month_name, day_text = m.group("date").split()
    if month_name.isdigit():  # ("Baku, 22 July 2024 - ": the day before its month)
        month_name, day_text = day_text, month_name
    month = MONTH_NUMBER.get(month_name.lower().rstrip("."))
    for year in range(now.year, now.year - 8, -1):
        try:
            day = dt.date(year, month, int(day_text)) if month else None
        except ValueError:
            return None
        if day and day <= now and day.weekday() == weekday:
            return day
    return None
