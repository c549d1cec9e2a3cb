"""Dates in the lines around a text: a dateline, a byline's or a meta line's date, an issue's date,
a date standing alone on a line."""
from __future__ import annotations

import re

MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
          "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
DATELINE = re.compile(
    rf"""^(?:[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,3}},\s*)?
         # ("Thursday 12 November 2026 10:31, UK", "Fri 17 May 2024")
         (?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\s+)?
         (?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>\d{{4}})   # ("13 September, 2022 11:40")
          | (?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})
          | (?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))
         # its hour ("November 23, 2026 at 9:05 a.m. EST"), and a reading time ("· 2 min read")
         (?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT))?
            (?:,\s*(?:UK|US))?)?(?:\s*[·|•]\s*\d{{1,3}}\s+min(?:ute)?s?\s+read)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
DATE_IN_LINE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTHS})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTHS})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    # a date in figures, "11/20/2026" or "20/11/2026", read only when one part can only be the day
    rf"|(?<![\d/])(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<y3>(?:19|20)\d\d)(?![\d/])"
    # a date in figures with dots, as much of Europe writes it, day first: "24.11.2026"
    rf"|(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>(?:19|20)\d\d)(?![\d.]))",
    re.IGNORECASE,
)
MONTH_NUMBER = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}


def date_from_match(m: re.Match) -> str | None:
    if m.group("iso"):
        return m.group("iso")
    if "y3" in m.groupdict() and m.group("y3"):
        first, second = int(m.group("n1")), int(m.group("n2"))
        if (first > 12) == (second > 12) or max(first, second) > 31 or min(first, second) < 1:
            return None  # "11/10/2026": October or November, which the figures do not say
        month, day = (first, second) if second > 12 else (second, first)
        return f"{m.group('y3')}-{month:02d}-{day:02d}"
    if "y4" in m.groupdict() and m.group("y4"):
        day, month = int(m.group("d4")), int(m.group("m4"))
        return f"{m.group('y4')}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None
    day = m.group("d1") or m.group("d2")
    month = (m.group("m1") or m.group("m2")).lower().rstrip(".")
    year = m.group("y1") or m.group("y2")
    number = MONTH_NUMBER.get(month)
    if not number or not (1 <= int(day) <= 31):
        return None
    return f"{int(year):04d}-{number:02d}-{int(day):02d}"


def published_in(line: str) -> str | None:
    # ("Received 3 March 2026; accepted 12 May 2026; published online 2 June 2026": the date it came out)
    at = _PUBLISHED_AT.search(line) if "ublished" in line else None
    m = DATE_IN_LINE.search(line, at.end() if at else 0) or (DATE_IN_LINE.search(line) if at else None)
    if not m and at and (month := _MONTH_AND_YEAR.fullmatch(line, at.end())):
        # "Published July 2026": a line that says so dates the text to its month
        return f"{month.group('year')}-{MONTH_NUMBER[month.group('month').lower()]:02d}"
    return date_from_match(m) if m else None


_PUBLISHED_AT = re.compile(r"\bpublished(?:\s+online)?(?:\s+on)?[:\s]", re.IGNORECASE)
_MONTH_AND_YEAR = re.compile(rf"\s*(?:in\s+)?(?P<month>{MONTHS})\.?\s+(?P<year>\d{{4}})\s*\.?", re.IGNORECASE)


ISSUE = re.compile(r"(?:issue|no\.|number|vol\.?|volume|edition)\s*\d", re.IGNORECASE)
PART_DATE = re.compile(rf"(?:\d{{1,2}}\s+)?(?P<month>{MONTHS})\.?(?:\s+\d{{1,2}},?)?\s+(?P<year>\d{{4}})", re.IGNORECASE)


# a paper's number, which can stand right before its month ("Policy Memo No. 921   March 2025" is no 21 March)
_ISSUE_NUMBER = re.compile(r"\b(?:no\.?|number|issue|vol\.?|volume|edition)\s*\d{1,4}\b|\#\s*\d{1,4}\b", re.IGNORECASE)


def meta_date(line: str) -> str | None:
    """The date a front-matter line gives: the day when it names one, else the month."""
    line = _ISSUE_NUMBER.sub(" ", line)
    found = published_in(line)
    if found:
        return found
    m = PART_DATE.search(line)
    if m:
        return f"{m.group('year')}-{MONTH_NUMBER[m.group('month').lower()]:02d}"
    season = SEASON_YEAR.search(line)  # a newsletter's "Spring 2026" issue: the year
    return season.group("year") if season else None


SEASON_YEAR = re.compile(r"\b(?:Spring|Summer|Autumn|Fall|Winter)\s+(?P<year>(?:19|20)\d\d)\b")


def ends_in_date(text: str) -> bool:
    """ "Briefing for the Transport Scrutiny Committee, 9 October 2025": a line that closes on its date."""
    # ("Received 3 March 2026; accepted 12 May 2026; published online 2 June 2026": the last date)
    last = _last_date(text)
    return last is not None and not text[last.end():].strip(" .)")


def before_last_date(text: str) -> str:
    """What a line says before its last date ("Daniel Reyes, Economic Policy Section" of "…   9 June 2025")."""
    last = _last_date(text)
    return text[:last.start()] if last else text


def _last_date(text: str) -> re.Match | None:
    last = None
    for last in DATE_IN_LINE.finditer(text):
        pass
    return last


_ISO_ALONE = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


# "Released 22 October 2026, 07:00", "Issued: 3 May 2026": a release's own date, with its hour
# ("As of 20 November 2026" under a situation report's title: the day it reports)
_RELEASED = re.compile(r"(?:released|issued|published|date|(?:situation\s+)?as\s+(?:of|at))\s*:?\s+(?:on\s+)?", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$")


def date_alone(text: str) -> str | None:
    """ "November 2026", "14 March 2026", "2026-03-14", "2026-03": a line that is a date and nothing
    else, perhaps with the word that says it is the release's and its hour."""
    text = text.strip()
    if (released := _RELEASED.match(text)) and len(text) <= 60:
        text = _CLOCK_AFTER.sub("", text[released.end():])
    if PART_DATE.fullmatch(text):
        return meta_date(text)
    if dtg := _DATE_TIME_GROUP.fullmatch(text):
        year = int(dtg.group("year"))
        return f"{year + 2000 if year < 100 else year:04d}-{MONTH_NUMBER[dtg.group('month').lower()]:02d}-{dtg.group('day')}"
    if dotted := _DOTTED_ALONE.fullmatch(text):
        # "16.09.2025": the day, the month and the year in European order (dots are never a US date's)
        day, month, year = map(int, dotted.groups())
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    return text if _ISO_ALONE.fullmatch(text) else None


_DOTTED_ALONE = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)")


def timeline_date(text: str) -> bool:
    """A timeline's date line: a year alone ("2019"; no document runs to page 1900) or a date alone ("May 2021")."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", text) or date_alone(text))


# a cable's date-time group, after its precedence: "O 131422Z JUN 24" (13 June 2024, 14:22 Zulu)
_DATE_TIME_GROUP = re.compile(r"(?:[ZOPRI]{1,2}\s+)?(?P<day>[0-3]\d)[0-2]\d[0-5]\dZ\s+"
                              r"(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<year>\d{2}|\d{4})", re.IGNORECASE)


def kicker_and_date(line: str) -> tuple[str, str] | None:
    """ "KELBY FACT CHECK 12 October 2026": a series' name in capitals and the date, on one line
    above a title; (series, date)."""
    last = _last_date(line)
    if last is None or line[last.end():].strip(" .)"):
        return None
    kicker = line[:last.start()].strip(" |·-–—,")
    if not kicker or not kicker.isupper() or len(kicker.split()) > 6:
        return None
    return kicker, date_from_match(last)
