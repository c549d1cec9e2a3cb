"""The reader's running sense of "when" while reading a story, and what a sentence is read for once
(its years, where a pattern first matches) however many dates it holds."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .time_patterns import YEAR_TOKEN


@dataclass
class Narrative:
    """The reader's running sense of "when": the year and month the story is in."""

    published: dt.date | None
    published_precision: str  # day | month | year | none
    year: int | None = None
    month: int | None = None
    forward: bool = False  # the sentence being read looks ahead
    forward_at: int = -1  # where in it the first word that looks ahead stands
    scheduled: bool = False  # it tells a schedule in the present ("The ban starts on January 1")
    told_in_past: bool = False  # it has a verb in the past tense ("was", "rose", "closed")
    # the year the sentence names itself ("from May to August last year", "in May and in June
    # 2019"): its bare months and days are in that year; "last year" lends its year only to the
    # months before it ("doubled … last year and moved … in January": January is this year's)
    sentence_year: int | None = None
    sentence_year_until: int = 0
    # "On 1 May, 212 were waiting, compared with 167 on the same date last year": a comparison's
    # "last year" dates only what is compared, after the word that compares
    sentence_year_from: int = 0

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
def first_at(pattern: re.Pattern, sentence: str) -> int:
    """Where a pattern first matches in a sentence (-1 if nowhere): searched once per sentence,
    however many dates it holds, so that a sentence with no full stop stays linear."""
    m = pattern.search(sentence)
    return m.start() if m else -1
