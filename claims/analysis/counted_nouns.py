"""What a number counts: the noun after it, an "of" phrase, "the number of …" told before it, a crowd; and
whether an "m" or a "k" after a figure is millions and thousands of what it counts or metres."""
from __future__ import annotations

import re

from .lexicon import GATHERING_NOUNS, IRREGULAR_PASTS, NUMBER_WORDS

_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
NEXT_WORDS = re.compile(r"\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")
STOP = frozenset(
    "of the a an and or to in on at by for with from as that which who is are was were has have had be been "
    "will would can could may might must should do does did not also another more than per cent percent over under "
    "above below since during "
    # ("fell to 23 last year": a time after the figure, not what it counts)
    "last this next".split()
)

# "six of our members", "two of the terminal's five berths": the noun after any possessive or number
_OF_PHRASE = re.compile(
    rf"\s+of\s+(?:our|the|its|their|his|her|these|those|them)\s+(?:[\w-]+[’']s\s+)?(?:(?:\d[\d,.]*|{_WORDS})\s+)?"
    r"([a-z][\w’'-]*)", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+([a-z][\w’'-]*)[^.;]*$", re.IGNORECASE)
_NUMBER_OF_REACH = 300


_CROWD_BEFORE = re.compile(rf"\b(?:{GATHERING_NOUNS})\s+(?:at|of)\s+(?:(?:about|around|roughly|some|nearly|"
                           r"almost|over|more\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?[\d,.]+(?:\s*(?:thousand|million))?$",
                           re.IGNORECASE)
# "Passenger numbers on the two routes fell to 1.9m, down from 2.3m": what is counted, told before the
# figure it rose or fell to, makes "m" millions (a river that "peaked at 4.2m" is measured)
_COUNT_TOLD_BEFORE = re.compile(r"\b(?:numbers|passengers|visitors|journeys|trips|users|customers|people|residents|viewers|"
                                r"listeners|subscribers|downloads|members|households|jobs|calls|patients|pupils|students|"
                                r"tourists|votes|signatures|followers|sales)\b(?:[^.;:!?]|\.(?=\d))*?\s(?:to|from|of|reached|hit|topped|"
                                r"were|was|at)\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?$", re.IGNORECASE)
# "between 1.5m and 2m people": the first of a range counts what its partner counts
_RANGE_PARTNER = re.compile(r"\s*(?:and|to|or|[-–])\s*[\d.,]+\s?[mk]\b", re.IGNORECASE)
_PLURALS_WITHOUT_S = frozenset("people staff personnel police children men women cattle livestock crew".split())


def counts_many(noun: str | None) -> bool:
    return bool(noun) and (noun in _PLURALS_WITHOUT_S or (noun.endswith("s") and not noun.endswith("ss")))


def counted_noun(text: str, end: int) -> str | None:
    """The noun a number counts: "64 firefighters", "six of our members", "the number of
    workers … rose to six"."""
    of_phrase = _OF_PHRASE.match(text, end)
    if of_phrase:
        return of_phrase.group(1).lower()
    follow = NEXT_WORDS.match(text, end)
    if not follow or follow.start(1) > end + 1 or text[end] != " ":
        if _CROWD_BEFORE.search(text, max(0, end - 60), end):
            return "people"  # "estimated the crowd at about 2,000": a crowd is counted in people
        back = _NUMBER_OF.search(text, max(0, end - _NUMBER_OF_REACH), end)  # (a bounded look back keeps it linear)
        return back.group(1).lower() if back else None
    words = follow.group(1).split()
    noun = None
    for w in words:
        clean = w.strip("’'").lower()
        if clean in STOP or (noun and (clean.endswith(("ing", "ed")) or clean in IRREGULAR_PASTS)):
            break
        noun = clean.strip(",.;:")
        if not w[0].isupper() and (clean.endswith("s") or noun in _PLURALS_WITHOUT_S):
            break
    return noun


def counts_millions(text: str, end: int, start: int) -> bool:
    """Whether an "m" or a "k" closing the figure at `start`–`end` scales a count ("1.2m residents", "between 1.5m and
    2m people", "Passenger numbers fell to 1.9m") rather than measuring ("a 5m wall")."""
    return counts_many(counted_noun(text, end)) \
        or bool((partner := _RANGE_PARTNER.match(text, end)) and counts_many(counted_noun(text, partner.end()))) \
        or bool(_COUNT_TOLD_BEFORE.search(text, max(0, start - 90), start))
