"""Figures two claims give: whether one tells a change, which pairs count the same thing too far
apart to be one, and when two figures are no rivals (different dates, different spans)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import GATHERING_NOUNS
from .types import Claim

# Shares and changes of a share: no count a rival count is set against (a share of one thing is no rival to a share
# of another)
SHARES = frozenset(("percent", "percentage points"))
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


# what befell the people a figure counts, told after it ("238 people were killed", "1,200 people have been convicted")
_FATE_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:(?:have|has|had)\s+been|were|was|are|is)\s+(?:\w+ly\s+)?(?P<fate>[a-z]{3,}(?:ed|en|wn)|held|hurt)\b")


def _same_fate(claim: Claim, qa, other: Claim, qb) -> bool:
    """Whether two counts of people may count the same (not people killed against people convicted)."""
    fates = (_fate_of(claim, qa), _fate_of(other, qb))
    return None in fates or fates[0] == fates[1]


def _fate_of(claim: Claim, figure) -> str | None:
    """What befell the people a figure counts ("killed", "convicted"), or None when it says nothing."""
    if figure.unit not in ("people", "persons", "civilians", "men", "women"):
        return None
    fate = _FATE_AFTER.match(claim.text, figure.end - claim.start)
    return fate.group("fate") if fate else None


def differing_figures(claim: Claim, other: Claim):
    """Pairs of figures, one from each claim, counting the same unit but too far apart to be one
    (an amount is only compared with an amount, a change with a change)."""
    for qa in claim.quantities:
        for qb in other.quantities:
            if qa.unit and qa.unit == qb.unit and qa.unit not in SHARES and beyond_rounding(qa.value, qb.value) \
                    and _same_fate(claim, qa, other, qb) \
                    and is_change(claim.text, qa.start - claim.start) == is_change(other.text, qb.start - other.start) \
                    and not _named_apart(claim, qa, other, qb) and not _gives_both(claim, qb) and not _gives_both(other, qa) \
                    and not _parallel_items(claim, other, qa.unit):
                yield qa, qb


def _gives_both(claim: Claim, figure) -> bool:
    """ "Output reached 15.2 tonnes in 2024, up from 11.7 tonnes in 2021" against a timeline's "Output reaches 15.2
    tonnes": a claim that itself gives the other's figure, of the same unit, sets its own second figure beside it,
    not against it."""
    # (one it gives only to deny it is not its own: "is going up to £5.60, not £6 as the council leaflet says")
    if len(claim.quantities) < 2:
        return False  # (its one figure is the one set against the other's, already beyond rounding of it)
    return any(q.unit == figure.unit and abs(q.value - figure.value) <= 0.005 * max(abs(q.value), abs(figure.value))
               and not _DENIED_BEFORE.search(claim.text, max(0, q.start - claim.start - 16), q.start - claim.start)
               for q in claim.quantities)


_DENIED_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+)?\W?$", re.IGNORECASE)


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=8192)  # asked for each pair a claim is in, read once per claim
def _lead_words(text: str, offset: int) -> tuple[str, ...]:
    """The words before a figure, in lower case."""
    return tuple(_WORD.findall(text[:offset].lower())) if offset <= 200 else ()


def _first_of(quantities, unit: str):
    return quantities[0] if quantities[0].unit == unit else next(q for q in quantities if q.unit == unit)


def _parallel_items(claim: Claim, other: Claim, unit: str) -> bool:
    """ "Health gets N298 billion" and "Education gets N412 billion", "Option A would cost £9.2 million" and "Option B
    would cost £21 million", "A first permit will cost £72" and "A second permit will cost £120": two entries of a
    list, worded alike up to the figure but for the one or two words that name the item (the teller's name excepted:
    "Police said 2,000 people" and "Organisers said 10,000 people" are rival counts)."""
    qa = _first_of(claim.quantities, unit)  # each entry's first figure of the unit
    qb = _first_of(other.quantities, unit)
    a, b = _lead_words(claim.text, qa.start - claim.start), _lead_words(other.text, qb.start - other.start)
    if a == b or not a or len(a) != len(b) or len(a) > 8:
        return False  # (worded alike to the figure, word for word: one count given twice, not two entries)
    apart = [(x, y) for x, y in zip(a, b) if x[:4] != y[:4]]  # ("reaches" and "reached": one word)
    if not 0 < len(apart) <= 2:
        return False
    tellers = set(_WORD.findall(f"{claim.speaker or ''} {other.speaker or ''}".lower()))
    return not any(x in tellers or y in tellers for x, y in apart)


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
