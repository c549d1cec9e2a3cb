"""Figures two claims give: whether one tells a change, which pairs count the same thing too far
apart to be one, and when two figures are no rivals (different dates, different spans)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import GATHERING_NOUNS
from .types import Claim

# Quantities whose relative difference stays within this are the same figure rounded.
ROUNDING_TOLERANCE = 0.1


def beyond_rounding(a: float, b: float) -> bool:
    """Two values of one figure that rounding cannot explain (relative to the larger)."""
    hi, lo = max(a, b), min(a, b)
    return hi != 0 and (hi - lo) / hi > ROUNDING_TOLERANCE


# "the cost had risen by €12 million", "up 300": a figure that says how much something changed,
# which is no rival to a figure saying how much there is ("Cost: €40 million")
_CHANGE_BEFORE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|increas\w*|decreas\w*|gr[eo]w(?:s|n|ing)?|cut|drop\w*|declin\w*|"
    r"jump\w*|climb\w*|soar\w*|slump\w*|up|down|more|less|fewer)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|"
    r"roughly|over|more\s+than)\s+)?\W?$", re.IGNORECASE)


# "energy costs were £19m higher than a year earlier", "£300,000 more than budgeted": a difference
_DIFFERENCE_AFTER = re.compile(r"(?:[£$€¥]|[A-Z]{3}\s?)?\d[\d.,]*\s?(?:m|bn|k|mn|million|billion|thousand)?\s+"
                               r"(?:higher|lower|more|less|fewer|above|below)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # asked once per pair of figures, answered once per figure
def is_change(text: str, offset: int) -> bool:
    """Whether the figure at `offset` in `text` tells a change rather than an amount."""
    return bool(_CHANGE_BEFORE.search(text, max(0, offset - 40), offset) or _DIFFERENCE_AFTER.match(text, offset))


def differing_figures(claim: Claim, other: Claim):
    """Pairs of figures, one from each claim, counting the same unit but too far apart to be one
    (an amount is only compared with an amount, a change with a change)."""
    for qa in claim.quantities:
        for qb in other.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit != "percent" and beyond_rounding(qa.value, qb.value) \
                    and is_change(claim.text, qa.start - claim.start) == is_change(other.text, qb.start - other.start) \
                    and not _named_apart(claim, qa, other, qb):
                yield qa, qb


# "32 Armenian servicemen" and "2 Azerbaijani servicemen": a name between figure and unit says whose
_NAME_BEFORE_UNIT = re.compile(r"\s+(?P<name>[A-Z][\w’'-]+)\s+")


def _named_apart(claim: Claim, qa, other: Claim, qb) -> bool:
    """Two counts of one unit whose names before it differ count different groups."""
    a = _NAME_BEFORE_UNIT.match(claim.text, qa.end - claim.start)
    b = _NAME_BEFORE_UNIT.match(other.text, qb.end - other.start)
    return bool(a and b and a.group("name") != b.group("name"))


# "Police estimated the crowd at about 2,000." / "Organisers said more than 10,000 people took part.":
# the classic dispute over the size of one gathering, told in words the two sentences need not share
_GATHERING = re.compile(rf"\b(?:{GATHERING_NOUNS}|took\s+part|take\s+part|marched|attended|gathered|"
                        r"protesters|demonstrators|marchers)\b", re.IGNORECASE)


def two_counts_of_a_gathering(claims: tuple[Claim, ...], i: int, j: int, unit: str | None) -> bool:
    """Two claims with speakers, one right after the other, each counting the people at a gathering
    (whether the speakers are one source is for the caller to say)."""
    a, b = claims[i], claims[j]
    return (unit == "people" and j - i <= 2 and bool(a.speaker and b.speaker)
            and bool(_GATHERING.search(a.text)) and bool(_GATHERING.search(b.text)))


# the span a figure covers: "full-year operating profit of £270m" is no rival to "Operating profit
# £141m (H1 …)", nor "182 megalitres a day" to a yearly total
_PERIOD = re.compile(r"\b(?:(?P<year>full[- ]year|annual(?:ly)?|a\s+year|per\s+year|yearly)|(?P<half>half[- ]year|first[- ]half|"
                     r"second[- ]half|H[12])|(?P<quarter>(?:first|second|third|fourth)[- ]quarter|Q[1-4]|quarterly)|"
                     r"(?P<month>a\s+month|per\s+month|monthly)|(?P<week>a\s+week|per\s+week|weekly)|(?P<day>a\s+day|per\s+day|daily))\b",
                     re.IGNORECASE)


def periods(claim: Claim) -> frozenset[str]:
    return frozenset(name for m in _PERIOD.finditer(claim.text) for name, found in m.groupdict().items() if found)


def dates(claim: Claim) -> tuple[str, ...]:
    return tuple(t.value for t in claim.times if t.kind == "date" and t.value[:1].isdigit())


def different_times(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Both claims are dated, and no date of one falls within a date of the other."""
    return bool(mine and theirs) and not any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs)


# How far back a dispute or a figure looks, in claims: the whole of any real article (a long
# report has a few hundred claims), while a pathological input stays linear in its length.
