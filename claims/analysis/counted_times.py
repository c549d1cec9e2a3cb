"""Times counted from another: days and years counted from a date before them in the sentence or the story's
last day ("three days later", "a year earlier"), months on from the story's ("Seventeen months later", "the
following month"), spans back from the writing ("the past two years"), years ago today, and the weekend nearest
the writing."""
from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache
import re

from .lexicon import MONTH_NAMES
from .narrative import Narrative, year_before
from .normalize.line_dates import MONTH_NUMBER
from .story_time import CALENDAR_DAY, REL_DELTA, number_of


def counted_from_dates_before(text: str, found: list[tuple], counted: list[tuple[int, int, re.Match, str]],
                              taken, story_day: str | None) -> list[tuple]:
    """The times a sentence counts from a date before them in it ("1,870 in September, up from 1,512 a
    year earlier": a year from the last date before it; "on 4 March and died three days later"); days
    with no date before them in it count from the last day the story named ("On 2 December …. The
    ministry said the next day …")."""
    dated = sorted((f[1], int(f[3][:4])) for f in found if f[4] == "date" and f[3][:4].isdigit())
    ends = [end for end, _ in dated]
    days = sorted((f[1], f[3]) for f in found if f[4] == "date" and CALENDAR_DAY.fullmatch(f[3]))
    out = []
    for s, e, m, name in counted:
        if name == "year_after":
            k = bisect.bisect_right(ends, s)
            if k and not taken.overlaps(s, e):
                out.append((s, e, text[s:e], str(dated[k - 1][1] + year_step(m)), "date", False))
        elif (day := ([d for end, d in days if end <= s] or [story_day])[-1]) and not taken.overlaps(s, e):
            out.append((s, e, text[s:e], days_on(day, m), "date", False))
    return out


def days_on(day: str, m: re.Match) -> str:
    """The day "three days later" or "the next day" names, counted from `day`."""
    g = m.groupdict()
    if g.get("side"):
        # "the day before", "the day after"
        return (dt.date.fromisoformat(day) + dt.timedelta(days=-1 if g["side"].lower() == "before" else 1)).isoformat()
    count = 1 if g["rel"] else (number_of(g["n"].lower()) if g["n"].lower() not in ("a", "an") else 1) or 1
    unit = (g["unit"] or g["unit2"]).lower()
    step = count * (7 if unit.startswith("week") else 1)
    if (g["way"] or g["rel"]).lower() in ("earlier", "previous"):
        step = -step
    return (dt.date.fromisoformat(day) + dt.timedelta(days=step)).isoformat()


def month_shifted(year: int, month: int, delta: int) -> str:
    """The month `delta` months after (or before) a year's month, as YYYY-MM."""
    shifted_year, index = divmod(year * 12 + month - 1 + delta, 12)
    return f"{shifted_year:04d}-{index + 1:02d}"


def months_on(m: re.Match, n: Narrative) -> str | None:
    """The month "seventeen months later" names, counted from the month the story is in; None when the
    story has no month yet, or the sentence names a date before it to count from instead."""
    if n.year is None or n.month is None or 0 <= first_dated(m.string) < m.start():
        return None
    count = 1 if m.group("n").lower() == "a" else number_of(m.group("n").lower()) or 0
    if not count:
        return None
    return month_shifted(n.year, n.month, -count if m.group("way").lower() == "earlier" else count)


def month_next(m: re.Match, n: Narrative) -> str | None:
    """The month "the following month" names: after the month the sentence names before it (in the year the
    sentence or the story is in), else after the story's month."""
    # (the months of the sentence found once: one with no stop and many "the following month"s stays linear)
    months = _months_named(m.string)
    k = bisect.bisect_left(months, (m.start(), ""))
    if k:
        at, name = months[k - 1]
        month, year = MONTH_NUMBER[name.lower()], n.lent_year(at) or year_before(m.string, m.start()) or n.year
    else:
        month, year = n.month, n.year
    if year is None or month is None:
        return None
    return month_shifted(year, month, -1 if m.group("rel").lower() in ("previous", "preceding") else 1)


_MONTH_NAMED = re.compile(rf"\b(?:{MONTH_NAMES})\b")


@lru_cache(maxsize=64)
def _months_named(sentence: str) -> tuple[tuple[int, str], ...]:
    return tuple((f.start(), f.group(0)) for f in _MONTH_NAMED.finditer(sentence))


# ("was arrested in March and freed six months later": counted from March, which this does not read)
_DATED = re.compile(rf"\b(?:(?:19|20)\d\d|{MONTH_NAMES})\b")


@lru_cache(maxsize=64)
def first_dated(sentence: str) -> int:
    """Where a sentence first names a year or a month, or -1: read once, however many "months later"s."""
    found = _DATED.search(sentence)
    return found.start() if found else -1


def year_step(m: re.Match) -> int:
    """+1 for "the following year", "a year later", "the year after"; -1 for the years before."""
    word = (m.group("rel") or m.group("way") or m.group("side")).lower()
    return 1 if word in ("following", "next", "later", "on", "after") else -1


def relative_span(rel: str, unit: str, n: Narrative) -> tuple[str | None, str]:
    """ "last week" is the calendar week before publication's (ISO week), "next month" the month after."""
    delta = REL_DELTA[rel]
    if unit in ("week", "weekend"):  # a weekend is in the ISO week of the days before it
        if not n.published or n.published_precision != "day":
            return None, ""
        year, week, _ = (n.published + dt.timedelta(weeks=delta)).isocalendar()
        return f"{year:04d}-W{week:02d}", "date"
    if not n.published or n.published_precision not in ("day", "month"):
        return None, ""
    if unit == "quarter":  # ("this quarter", written in November 2024: 2024-Q4)
        quarters = n.published.year * 4 + (n.published.month - 1) // 3 + delta
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}", "date"
    return month_shifted(n.published.year, n.published.month, delta), "date"


def units_before(n: Narrative, count: int, unit: str) -> str | None:
    """ "three weeks ago": the day, week, month or year that many units before publication, as
    precise as the unit and the publication date allow."""
    published, precision = n.published, n.published_precision
    if unit == "year":
        return f"{published.year - count:04d}"
    if unit == "month":
        if precision == "year":
            return None
        return month_shifted(published.year, published.month, -count)
    if precision != "day":
        return None
    if unit == "week":
        year, week, _ = (published - dt.timedelta(weeks=count)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return (published - dt.timedelta(days=count)).isoformat()


def years_ago_today(n: Narrative, m: re.Match) -> str | None:
    """ "Four years ago today": the writing's day, so many years back (the 29th of February, a day short)."""
    count = number_of(m.group("n"))
    if count is None or n.published is None or n.published_precision != "day":
        return None
    day = n.published
    return (day.replace(year=day.year - count, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - count)).isoformat()


def month_following(n: Narrative, month: int) -> str | None:
    """ "the following April", in a story in December 2022: April 2023; None with no month to follow."""
    if n.year is None or n.month is None:
        return None
    return f"{n.year + (1 if month <= n.month else 0):04d}-{month:02d}"


def month_of_story(n: Narrative, m: re.Match, told_before: bool) -> str | None:
    """ "By the end of the month": the month the story is in when told of the past (`told_before`: in the
    past tense or the past perfect), else the month of writing."""
    if told_before and n.year and n.month:
        return f"{n.year:04d}-{n.month:02d}"
    if n.published and n.published_precision in ("day", "month"):
        return f"{n.published.year:04d}-{n.published.month:02d}"
    return None


def nearest_weekend(n: Narrative) -> str | None:
    """ "over the weekend": the ISO week of the weekend nearest the writing, the one just gone when told
    of the past (a weekend is in the ISO week of the days before it), the coming one when looked ahead to."""
    if not n.published or n.published_precision != "day":
        return None
    day = n.published
    if n.forward and day.weekday() < 5:
        saturday = day + dt.timedelta(days=5 - day.weekday())
    else:
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    year, week, _ = saturday.isocalendar()
    return f"{year:04d}-W{week:02d}"
