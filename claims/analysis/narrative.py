"""The reader's running sense of "when" while reading a story, and what a sentence is read for once
(its years, where a pattern first matches) however many dates it holds."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize.line_dates import MONTH_NUMBER
from .time_patterns import YEAR_TOKEN


@dataclass
class Narrative:
    """The reader's running sense of "when": the year and month the story is in."""

    published: dt.date | None
    published_precision: str  # day | month | year | none
    year: int | None = None
    month: int | None = None
    # the last whole day the story named ("On 2 December …"), which a later sentence's "the next
    # day" counts from
    day: str | None = None
    # the last year a sentence named, whether or not the story moved to it ("since 2021"), for a later
    # "in that year"
    named_year: int | None = None
    # the year and month of the thing a date names ("the unrest of January 2022"), for a later bare day of that
    # month told in the past ("Troops were deployed on January 6")
    thing_month: tuple[int, int] | None = None
    forward: bool = False  # the sentence being read looks ahead
    forward_at: int = -1  # where in it the first word that looks ahead stands
    scheduled: bool = False  # it tells a schedule in the present ("The ban starts on January 1")
    told_in_past: bool = False  # it has a verb in the past tense ("was", "rose", "closed")
    # the text is a forecast ("Five-day forecast for the Kelby Valley"): a weekday it names with no
    # past beside it is the coming one ("Saturday: Frost clearing slowly")
    forecast: bool = False
    # the year the sentence names itself ("from May to August last year", "in May and in June
    # 2019"): its bare months and days are in that year; "last year" lends its year only to the
    # months before it ("doubled … last year and moved … in January": January is this year's)
    sentence_year: int | None = None
    sentence_year_until: int = 0
    # "On 1 May, 212 were waiting, compared with 167 on the same date last year": a comparison's
    # "last year" dates only what is compared, after the word that compares
    sentence_year_from: int = 0
    # the day the sentence dates its telling, before it looks ahead ("On December 11, 2024, Gazprom said it
    # would halt supplies from January 1"): what it foretells is counted from that day
    told_on: tuple[int, int, int] | None = None

    def lent_year(self, position: int) -> int | None:
        return self.sentence_year if self.sentence_year_from <= position < self.sentence_year_until else None

    def bare_year(self) -> int | None:
        return self.year or (self.published.year if self.published else None)


@lru_cache(maxsize=64)
def years_in(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where each year a sentence names ends, and the year: read once, however many "a year later"s."""
    return tuple((m.end(), int(m.group(0))) for m in YEAR_TOKEN.finditer(sentence))


def year_before(sentence: str, at: int) -> int | None:
    years = years_in(sentence)
    k = bisect.bisect_right(years, (at, float("inf")))
    return years[k - 1][1] if k else None


@lru_cache(maxsize=256)
def first_end(pattern: re.Pattern, sentence: str) -> int:
    """Where a pattern's first match in a sentence ends (-1 if none): searched once per sentence."""
    m = pattern.search(sentence)
    return m.end() if m else -1


@lru_cache(maxsize=256)
def first_at(pattern: re.Pattern, sentence: str) -> int:
    """Where a pattern first matches in a sentence (-1 if nowhere): searched once per sentence,
    however many dates it holds, so that a sentence with no full stop stays linear."""
    m = pattern.search(sentence)
    return m.start() if m else -1


# a comparison: a year after it dates only what is compared ("16 days in July, up from 11 in July 2024")
# ("This is an improvement from 66.2% in May 2025")
# ("cost 1,240 crew hours in October, against 610 in October 2025")
_COMPARED_WITH = re.compile(r"\b(?:compare[ds]?\s+(?:with|to)|as\s+against|against(?=\s+[£$€]?\d)|than|up\s+from|down\s+from|versus|"
                            r"(?:improvement|increase|rise|fall|drop|decrease|decline|reduction|jump)\s+from|"
                            r"(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent|points?)?\s+on)\b", re.IGNORECASE)
# "told councillors in June that it carried 410,000 passengers last year": the year dates the
# reported clause, not the telling before it
_REPORTED_THAT = re.compile(r"\b(?:said|says|told|tells|reported|reports|announced|claimed|claims|estimated|estimates|"
                            r"found|finds|showed|shows|confirmed|admitted|argued|argues|warned|warns)\b[^.;]{0,60}?\bthat\b")


# "announced the freeze in February, saying … in September 2022": what the telling said is dated apart from it
_TELLING_CLAUSE = re.compile(r",\s+(?:saying|adding|arguing|noting|claiming|insisting|warning)\b")


def compared_before(sentence: str, at: int) -> bool:
    """Whether a comparison comes before `at`: a date after it ("up 9% on March last year") is what
    is compared, not where the story is."""
    return 0 <= first_at(_COMPARED_WITH, sentence) < at  # (searched once per sentence, however many dates)


def compared_just_before(sentence: str, at: int) -> bool:
    """ "… in November, up from 45% on Tuesday": a comparison a few words before a day, which it dates."""
    return _COMPARED_WITH.search(sentence, max(0, at - 30), at) is not None


def lends_from(sentence: str, at: int) -> int:
    """Where a year named at `at` starts lending itself: after a comparison before it, or after the
    "that" of a reported clause it stands in."""
    starts = [c.end() for c in _COMPARED_WITH.finditer(sentence, 0, at)] + [r.end() for r in _REPORTED_THAT.finditer(sentence, 0, at)] \
        + [r.end() for r in _TELLING_CLAUSE.finditer(sentence, 0, at)]
    return max(starts, default=0)


def names_year(n: Narrative, year: int, m: re.Match) -> None:
    # a sentence that looks ahead may name a past date beside a future month ("the 2019 law,
    # passed in May 2019, will be reviewed in March"): only a sentence about the past lends its year;
    # a year compared with lends it only after the comparison ("16 days in July, up from 11 in July 2024")
    # (told in the past up to where it starts to look ahead, it lends its year up to there: "began in April
    # 2024 and was completed in June, about eighteen months before the mandate was due to expire")
    past_part = n.forward and 0 <= m.end() < n.forward_at and n.told_in_past
    if n.forward and 0 <= m.end() < n.forward_at and n.told_on is None and m.groupdict().get("mon"):
        # (a month's telling, "said in June 2022 that …", counts from the month: day 0)
        n.told_on = (year, MONTH_NUMBER[m.group("mon").lower().rstrip(".")], int(m.groupdict().get("d") or 0))
    if (not n.forward or past_part) and not n.sentence_year:
        n.sentence_year, n.sentence_year_until = year, (n.forward_at if past_part else 1 << 30)
        n.sentence_year_from = lends_from(m.string, m.start())
        if _HORIZON_LEAD.search(m.string, max(0, m.start() - 20), m.start()):
            # ("In October, 68.4% were seen within four hours, against a target of 78% by March 2026": a
            # horizon's year dates nothing before it)
            n.sentence_year_from = max(n.sentence_year_from, m.start())
        if clause := _relative_clause_around(m.string, m.start()):
            # "Niger's junta, which seized power in July 2023, ordered US forces to leave in March": a year
            # in a clause set off by commas dates that clause only
            n.sentence_year_from, n.sentence_year_until = clause


_HORIZON_LEAD = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\s+[^,;]*$")


def _relative_clause_around(sentence: str, at: int) -> tuple[int, int] | None:
    """The span of a relative clause set off by commas (", which …,") that `at` stands in."""
    opens = _RELATIVE_OPENS.search(sentence, 0, at)
    closes = sentence.find(",", at)
    if not opens or closes < 0 or sentence.find(";", at, closes) >= 0:
        return None
    return opens.start(), closes
