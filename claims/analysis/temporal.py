"""Stage 5: time expressions normalized to ISO values against the publication date and the narrative.

A bare "November 8" takes its year from the narrative (the last year the text named before it),
falling back to the publication year; "last year" counts from the publication year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from .normalize.layout import MONTH_NUMBER
from .sensitivity import after_writing
from .spans import DisjointSpans
from .types import TimeExpression
from .words import Phrases

_MONTH = (f"{MONTH_NAMES}|"
          "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_UNIT = r"(?P<unit>day|week|month|year|decade|century)s?"
_FULL_MONTH = MONTH_NAMES
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\s+(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("my", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("rel_year", re.compile(r"\b(?P<rel>last|this|next|past)\s+year(?:[’']s)?\b", re.I)),
    ("md", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\b")),
    ("quarter", re.compile(r"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of)\s+"
                           r"(?P<y>(?:19|20)\d{2})\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>\d+|{_NUM_WORD}|a|an)\s+{_UNIT}\s+ago\b", re.I)),
    ("m", re.compile(rf"\b(?P<lead>(?i:in|since|from|until|till|by|between|last|this|early|late|mid-?|(?:year|months?)\s+to|at(?=\s+the\s+\w+\s+of\s)))\s+(?:at\s+least\s+)?"
                     rf"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?P<mon>{_FULL_MONTH})\b(?![\s,]+\d)")),
    # the second month of "between January and June", "from May to August": only it is the match
    ("m_then", re.compile(rf"\b(?:{_FULL_MONTH})\s+(?P<lead>and|to|through|until|till)\s+"
                          rf"(?P<t>(?P<mon>{_FULL_MONTH}))\b(?![\s,]+\d)")),
    ("by_year", re.compile(r"\b(?:by|until|through|before|in)\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?"
                           r"(?:(?:late|early|mid-?)\s*)?(?P<y>(?:19|20)\d{2})\b(?!-)")),
    ("since", re.compile(r"\bsince\s+(?P<y>(?:19|20)\d{2})\b")),
    ("year", re.compile(r"(?<![\d,.$€£-])\b(?P<y>(?:19|20)\d{2})\b(?![,.]?\d)(?!\s*(?:%|per\s*cent|people|soldiers|troops|workers|square|km|tonnes))")),
    ("rel_span", re.compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>week|month)(?:[’']s)?\b", re.I)),
    # "last autumn", "by next summer": the season of a year, to the year (ISO dates name no seasons)
    ("season", re.compile(r"\b(?P<rel>last|this|next|past)\s+(?:spring|summer|autumn|fall|winter)(?:[’']s)?\b", re.I)),
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|this morning|this afternoon|this evening|last night|tonight)\b", re.I)),
    ("weekday", re.compile(r"\b(?:(?i:on|by|since|last|next|from|until|till|starting)\s+)?"
                           rf"(?P<wd>{WEEKDAY_NAMES})(?:[’']s)?\b")),
    ("next_span", re.compile(rf"\b(?:over|in|within|during)\s+the\s+(?P<way>next|coming|past|last)\s+"
                             rf"(?:(?P<n>\d+|{_NUM_WORD})\s+)?{_UNIT}\b", re.I)),
    ("for_span", re.compile(rf"\b(?P<lead>for|up to|within|after|in|over)\s+(?:(?:up\s+to|about|around|nearly|almost|more\s+than)\s+)?(?P<n>\d+|{_NUM_WORD}|a|an)\s+{_UNIT}\b(?!\s+(?:old|ago|of\s+age|older|younger)\b)", re.I)),
    ("n_day", re.compile(rf"\b(?P<n>\d+|{_NUM_WORD})[-\s](?P<unit>day|week|month|year|decade)(?:-long)?\b(?=\s+[a-z])", re.I)),
    ("month_range", re.compile(rf"\b(?P<mon1>{_MONTH})\s*[-–—]\s*(?P<mon>{_MONTH})\b")),
]
# The same patterns with numbers in digits only: most sentences spell no number, and trying thirty
# number words at every word is what these patterns spend their time on.
_DIGITS_ONLY = {
    name: re.compile(pattern.pattern.replace(f"|{_NUM_WORD}", ""), pattern.flags)
    for name, pattern in _PATTERNS if _NUM_WORD in pattern.pattern
}
_NUMBER_WORDS = Phrases([w for w in NUMBER_WORDS if " " not in w])
MONTH_WORDS = Phrases(f"{MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_WEEKDAY_WORDS = Phrases([form for day in WEEKDAY_NAMES.split("|") for form in (day, day + "'s")])
_UNIT_WORDS = Phrases("day|days|week|weeks|month|months|year|years|decade|decades|century|centuries|day-long|year-long")
_REL_DAY_WORDS = Phrases("yesterday|today|tomorrow|morning|afternoon|evening|night|tonight")
_YEAR_WORDS = Phrases("year|year's")
_SEASON_WORDS = Phrases("spring|summer|autumn|fall|winter")
_DIGIT = re.compile(r"\d")
# "no digit before the year" checked after its four digits, so a search skips to a 1 or a 2
_YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d(?<!\d\d\d\d\d)(?!\d)")
_FORWARD_WORDS = Phrases("will|won't|shall|until|expected|expects|next|scheduled|due|plans|planned|going to|from|"
                         "expires|expire|takes effect|take effect|comes into force|come into force")
_FROM_A_DAY = re.compile(rf"\bfrom\s+(?:{WEEKDAY_NAMES}|tomorrow|next|today)\b", re.IGNORECASE)
# Words that bring a sentence that looked ahead back to the past: "… will stay shut, the council
# said on Friday" (the weekday dates the telling), "will close after a leak on Saturday"
_BACK_TO_PAST = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated|warned|wrote|explained|claimed|"
                       r"denied|insisted|noted|after|since|following)\b")
# "will close after a leak on Saturday injured 14 people": the weekday's own verb is past
_PAST_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]{2,}ed|was|were|had|hit|began|broke|fell|rose|took|went|came)\b")
# "plans published on Tuesday": a participle of something done just before the weekday ("will be
# reopened on Monday" looks ahead still)
_DONE_BEFORE = re.compile(r"(?:\b(?P<aux>be|been|being)\s+)?\b[a-z]{3,}ed\s+$")


def _done_just_before(text: str, at: int) -> bool:
    m = _DONE_BEFORE.search(text, max(0, at - 30), at)
    return bool(m) and m.group("aux") is None


# Where a sentence starts to look ahead: the same words ("from" left out: "officials from the port
# said on Monday"), found in the text itself
_FORWARD_AT = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w).replace("\\ ", "\\s+").replace("'", "[’']")
                                for w in _FORWARD_WORDS.items if w != "from"), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)
# Which words a pattern needs before it is worth running: most sentences name no time at all.
_NEEDS = {
    "iso": ("yearish",), "mdy": ("yearish", "month"), "dmy": ("yearish", "month"), "my": ("yearish", "month"),
    "md": ("digit", "month"), "dm": ("digit", "month"), "m": ("month",), "by_year": ("yearish",), "since": ("yearish",),
    "year": ("yearish",),
    "quarter": ("yearish",), "rel_year": ("year",), "rel_span": ("unit",), "ago": ("unit",), "m_then": ("month",), "rel_day": ("relday",),
    "weekday": ("weekday",), "next_span": ("unit",), "season": ("season",),
    "for_span": ("unit",), "n_day": ("unit",), "month_range": ("month",),
}
_SIGNS = ("digit", "yearish", "month", "year", "relday", "weekday", "unit", "season")
_PATTERNS_FOR: dict[tuple[bool, ...], list[tuple[str, re.Pattern]]] = {}


def _patterns_for(present: tuple[bool, ...]) -> list[tuple[str, re.Pattern]]:
    """The patterns whose words are all present, in priority order (one list per combination)."""
    found = _PATTERNS_FOR.get(present)
    if found is None:
        have = {sign for sign, on in zip(_SIGNS, present) if on}
        found = _PATTERNS_FOR[present] = [(n, p) for n, p in _PATTERNS if set(_NEEDS[n]) <= have]
    return found


_CALENDAR_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
_UNIT_FACTOR = {"decade": 10, "century": 100}


@dataclass
class Narrative:
    """The reader's running sense of "when": the year and month the story is in."""

    published: dt.date | None
    published_precision: str  # day | month | year | none
    year: int | None = None
    month: int | None = None
    forward: bool = False  # the sentence being read looks ahead
    forward_at: int = -1  # where in it the first word that looks ahead stands
    # the year the sentence names itself ("from May to August last year", "in May and in June
    # 2019"): its bare months and days are in that year; "last year" lends its year only to the
    # months before it ("doubled … last year and moved … in January": January is this year's)
    sentence_year: int | None = None
    sentence_year_until: int = 0

    def lent_year(self, position: int) -> int | None:
        return self.sentence_year if position < self.sentence_year_until else None

    def bare_year(self) -> int | None:
        return self.year or (self.published.year if self.published else None)


def _number(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.lower()
    if token in ("a", "an"):
        return 1
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def MONTH_NUMBER_OF(name: str) -> int:
    return MONTH_NUMBER[name.lower().rstrip(".")]


def _month(name: str) -> int:
    return MONTH_NUMBER[name.lower().rstrip(".")]


def find_times(text: str, base: int, narrative: Narrative, grams: frozenset[str]) -> list[TimeExpression]:
    """Time expressions of one sentence; updates the narrative with the dates it names."""
    found: list[tuple[int, int, str, str, str]] = []
    # spans already read: a later pattern does not read them again
    taken = DisjointSpans()
    digit = bool(_DIGIT.search(text))
    present = (digit, digit and bool(_YEAR_TOKEN.search(text)), MONTH_WORDS.any(grams),
               _YEAR_WORDS.any(grams), _REL_DAY_WORDS.any(grams),
               _WEEKDAY_WORDS.any(grams), _UNIT_WORDS.any(grams), _SEASON_WORDS.any(grams))
    if not any(present):
        return []
    narrative.sentence_year, narrative.sentence_year_until = None, 0
    forward = _FORWARD_WORDS.all(grams)
    # "from" looks ahead only with a day after it or another word that does: "down from 3.4% in
    # December" compares, "From Monday, …" starts something
    narrative.forward = bool(forward) and (forward != ["from"] or bool(_FROM_A_DAY.search(text)))
    ahead = _FORWARD_AT.search(text) if narrative.forward else None
    narrative.forward_at = ahead.start() if ahead else -1
    patterns = _patterns_for(present)
    spelled = _NUMBER_WORDS.any(grams)
    dashed = "-" in text or "–" in text or "—" in text

    for name, pattern in patterns:
        if name == "month_range" and not dashed:
            continue
        if not spelled and name in _DIGITS_ONLY:
            pattern = _DIGITS_ONLY[name]
        inner = "t" in pattern.groupindex  # the time is one part of what the pattern reads
        for m in pattern.finditer(text):
            s, e = m.span("t") if inner else m.span()
            if taken.overlaps(s, e):
                continue
            value, kind = _resolve(name, m, narrative)
            if value is None:
                continue
            taken.add(s, e)
            if name == "month_range":
                continue  # it only sets the narrative month; its span is not a time of its own
            found.append((s, e, text[s:e], value, kind))
    found.sort()
    out = []
    for s, e, t, v, k in found:
        # A bare year in a dated article is background ("since records began in 1961"), not where
        # the story is: only a month or a day moves the narrative then. "Since July 2022, …" starts
        # a span that runs to now, so it leaves the story where it is.
        since = t.lower().startswith("since") or text[max(0, s - 7):s].lower().rstrip().endswith("since")
        dated = k == "date" and not since and _CALENDAR_DATE.match(v)  # a week or a quarter moves nothing
        # a date after publication is looked ahead to ("cleared by March 2026"): the story stays in
        # its present, and a later "in September" is the coming September, not March's year's
        ahead = narrative.published is not None and after_writing(v, narrative.published, narrative.published_precision)
        if dated and not ahead and (len(v) >= 7 or narrative.published_precision != "day"):
            narrative.year = int(v[:4])
            if len(v) >= 7:
                narrative.month = int(v[5:7])
        out.append(TimeExpression(text=t, value=v, start=base + s, end=base + e, kind=k))
    return out


def _story_in_publication_year(n: Narrative, sentence: str) -> bool:
    """No year named yet, or only the publication's own ("on Friday" in a March article) and the
    sentence tells of the past: a bare month later in the year than publication is last year's."""
    return n.published is not None and (n.year is None or n.year == n.published.year and _first_at(_TOLD_IN_PAST, sentence) >= 0)


def _ahead_of_publication(n: Narrative, year: int, month: int, m: re.Match) -> int:
    """ "The Commission is expected to publish new limits in October", written in March 2022 after a
    paragraph about 2021: a sentence that says what will happen means the coming October."""
    if n.published is None or (year, month) >= (n.published.year, n.published.month) \
            or not 0 <= _first_at(_WILL_HAPPEN, m.string) < m.start():
        return year
    return n.published.year if month >= n.published.month else n.published.year + 1


_WILL_HAPPEN = re.compile(r"\b(?:will|shall|is\s+(?:expected|due|set|scheduled)\s+to|are\s+(?:expected|due|set|scheduled)\s+to|"
                          r"plans?\s+to|intends?\s+to)\b", re.IGNORECASE)
_TOLD_IN_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")


@lru_cache(maxsize=256)
def _first_at(pattern: re.Pattern, sentence: str) -> int:
    """Where a pattern first matches in a sentence (-1 if nowhere): searched once per sentence,
    however many dates it holds, so that a sentence with no full stop stays linear."""
    m = pattern.search(sentence)
    return m.start() if m else -1


def _resolve(name: str, m: re.Match, n: Narrative) -> tuple[str | None, str]:
    g = m.groupdict()
    if name == "iso":
        return f"{g['y']}-{g['m']}-{g['d']}", "date"
    if name in ("mdy", "dmy"):
        if not 1 <= int(g["d"]) <= 31:
            return None, ""
        _names_year(n, int(g["y"]))
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}-{int(g['d']):02d}", "date"
    if name == "my":
        _names_year(n, int(g["y"]))
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}", "date"
    if name in ("md", "dm"):
        lent = n.lent_year(m.start())
        year = lent or n.bare_year()
        if year is None or not 1 <= int(g["d"]) <= 31:
            return None, ""
        month, day = _month(g["mon"]), int(g["d"])
        year = _ahead_of_publication(n, year, month, m) if lent is None else year
        if _story_in_publication_year(n, m.string) and lent is None and not n.forward and n.published_precision == "day":
            # a past event on a day later in the year than publication happened the year before
            try:
                if dt.date(year, month, day) > n.published + dt.timedelta(days=1):
                    year -= 1
            except ValueError:
                return None, ""
        return f"{year:04d}-{month:02d}-{day:02d}", "date"
    if name in ("m", "m_then"):
        lent = n.lent_year(m.start())
        year = lent or n.bare_year()
        if year is None:
            return None, ""
        month = _month(g["mon"])
        year = _ahead_of_publication(n, year, month, m) if lent is None else year
        if _story_in_publication_year(n, m.string) and lent is None and not n.forward \
                and n.published_precision in ("day", "month") \
                and (year, month) > (n.published.year, n.published.month):
            year -= 1  # "in October", told in a March article about the past, is last October
        # "until the end of September" says when something stops: a horizon
        return f"{year:04d}-{month:02d}", ("horizon" if g["lead"].lower() in ("until", "till", "by") else "date")
    if name == "by_year":
        lead = m.group(0).split()[0].lower()
        return g["y"], ("horizon" if lead in ("by", "until", "through", "before") else "date")
    if name in ("since", "year"):
        return g["y"], "date"
    if name == "rel_year":
        if not n.published:
            return None, ""
        delta = {"last": -1, "past": -1, "this": 0, "next": 1}[g["rel"].lower()]
        if not n.sentence_year:
            n.sentence_year, n.sentence_year_until = n.published.year + delta, m.start()
        return str(n.published.year + delta), "date"
    if name == "quarter":
        quarter = int(g["q"]) if g["q"] else _QUARTERS[g["qw"].lower()]
        return f"{g['y']}-Q{quarter}", "date"
    if name == "rel_span":
        return _relative_span(g["rel"].lower(), g["unit"].lower(), n)
    if name == "season":
        if not n.published:
            return None, ""
        return str(n.published.year + {"last": -1, "past": -1, "this": 0, "next": 1}[g["rel"].lower()]), "date"
    if name == "ago":
        count = _number(g["n"])
        unit = g["unit"].lower()
        if count is None or not n.published:
            return None, ""
        return _before(n, count * _UNIT_FACTOR.get(unit, 1), "year" if unit in _UNIT_FACTOR else unit), "date"
    if name == "rel_day":
        if not n.published or n.published_precision != "day":
            return None, ""
        word = g["rel"].lower()
        delta = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return (n.published + dt.timedelta(days=delta)).isoformat(), "date"
    if name == "weekday":
        if not n.published or n.published_precision != "day":
            return None, ""
        target = _WEEKDAYS.index(g["wd"].lower())
        lead = m.group(0).split()[0].lower()
        # "next Friday", or "expected to arrive on Thursday" (the weekday after a word that looks
        # ahead; in "said on Monday that it will", Monday is still the past)
        # "From Monday, households will be limited": a start or an end in a sentence that looks ahead
        starts_ahead = lead in ("from", "until", "till", "starting", "by") and n.forward_at >= 0
        if lead == "next" or starts_ahead or (lead != "last" and 0 <= n.forward_at < m.start()
                              and not _BACK_TO_PAST.search(m.string, n.forward_at, m.start())
                              and not _PAST_AFTER.match(m.string, m.end())
                              and not _done_just_before(m.string, m.start())):
            delta = (target - n.published.weekday()) % 7 or 7
            return (n.published + dt.timedelta(days=delta)).isoformat(), "date"
        # news tells of the past week: the latest such weekday on or before publication
        delta = (n.published.weekday() - target) % 7
        if lead == "last" and delta == 0:
            delta = 7
        return (n.published - dt.timedelta(days=delta)).isoformat(), "date"
    if name in ("next_span", "for_span", "n_day"):
        count = _number(g.get("n")) if g.get("n") else 1
        unit = g["unit"].lower()
        if count is None:
            return None, ""
        count *= _UNIT_FACTOR.get(unit, 1)
        # "over the next decade" runs ahead (a horizon); "over the past decade" runs up to now
        kind = "horizon" if name == "next_span" and g["way"].lower() in ("next", "coming") else "duration"
        return f"P{count}{_UNIT_CODE[unit]}", kind
    if name == "month_range":
        return "range", "date"
    return None, ""


def _names_year(n: Narrative, year: int) -> None:
    # a sentence that looks ahead may name a past date beside a future month ("the 2019 law,
    # passed in May 2019, will be reviewed in March"): only a sentence about the past lends its year
    if not n.forward and not n.sentence_year:
        n.sentence_year, n.sentence_year_until = year, 1 << 30


def _relative_span(rel: str, unit: str, n: Narrative) -> tuple[str | None, str]:
    """ "last week" is the calendar week before publication's (ISO week), "next month" the month after."""
    delta = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
    if unit == "week":
        if not n.published or n.published_precision != "day":
            return None, ""
        year, week, _ = (n.published + dt.timedelta(weeks=delta)).isocalendar()
        return f"{year:04d}-W{week:02d}", "date"
    if not n.published or n.published_precision not in ("day", "month"):
        return None, ""
    year, month = divmod(n.published.year * 12 + n.published.month - 1 + delta, 12)
    return f"{year:04d}-{month + 1:02d}", "date"


def _before(n: Narrative, count: int, unit: str) -> str | None:
    """ "three weeks ago": the day, week, month or year that many units before publication, as
    precise as the unit and the publication date allow."""
    published, precision = n.published, n.published_precision
    if unit == "year":
        return f"{published.year - count:04d}"
    if unit == "month":
        if precision == "year":
            return None
        year, month = divmod(published.year * 12 + published.month - 1 - count, 12)
        return f"{year:04d}-{month + 1:02d}"
    if precision != "day":
        return None
    if unit == "week":
        year, week, _ = (published - dt.timedelta(weeks=count)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return (published - dt.timedelta(days=count)).isoformat()


def narrative_month_ranges(text: str) -> list[tuple[int, str]]:
    """Month ranges ("September-November war of 2020") tell when a story's events ended."""
    return [(m.start(), m.group("mon")) for m in _PATTERNS[-1][1].finditer(text)]
