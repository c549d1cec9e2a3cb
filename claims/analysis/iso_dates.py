"""ISO dates and durations as the analysis writes them: read, counted on, and set against the writing."""
from __future__ import annotations

import calendar
import datetime as dt
import re

_ISO = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DURATION = re.compile(r"^P(\d+)([DWMY])$")


def parse_iso(value: str) -> tuple[dt.date, str] | None:
    m = _ISO.match(value or "")
    if not m:
        week = _ISO_WEEK.match(value or "")
        try:  # an ISO week ("2025-W28") counts from its Monday
            return (dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1), "day") if week else None
        except ValueError:
            return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return dt.date(y, mo, d), ("day" if m.group(3) else "month" if m.group(2) else "year")
    except ValueError:
        return None


def add_duration(start: dt.date, duration: str) -> dt.date | None:
    m = _DURATION.match(duration)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if unit == "D":
        return start + dt.timedelta(days=n)
    if unit == "W":
        return start + dt.timedelta(weeks=n)
    months = n * (12 if unit == "Y" else 1)
    y, mo = divmod(start.month - 1 + months, 12)
    year = start.year + y
    day = min(start.day, calendar.monthrange(year, mo + 1)[1])
    return dt.date(year, mo + 1, day)


def format_at(day: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


_PRECISION_CHARS = {"day": 10, "month": 7, "year": 4}  # how much of an ISO date a precision fixes


def after_writing(value: str, written: dt.date, precision: str) -> tuple[dt.date, str] | None:
    """The date an ISO value names, when it lies after the writing, compared at the precision the
    writing is known to ("2025-09" is after a text of 2025-07-10, "2025" is not after one of 2025);
    an ISO week ("2025-W28") counts from its Monday."""
    cut = _PRECISION_CHARS.get(precision, 0)
    parsed = parse_iso(value) if cut else None
    return parsed if parsed and format_at(*parsed)[:cut] > written.isoformat()[:cut] else None
