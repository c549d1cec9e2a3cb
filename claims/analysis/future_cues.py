"""The word or words that make a sentence look ahead, as the kind reading takes them: a future or a forecast, a
schedule, an arrangement, the odds an event is given; and what unmakes one (a need spread over years ahead, a
standard held, what a rule would require, a future that only qualifies a noun)."""
from __future__ import annotations

import re

from .kind_cues import BE_TO_BE_DONE, BE_TO_BY, DUE_AHEAD, ODDS_REMAIN, PLANNED_FOR, STANDARD_EXPECTED, warned_would
from .lexicon import FUTURE, NEEDED_OVER_SPAN
from .obligations import UNDER_RULES_CLOSING, WOULD_REQUIRE
from .tense import adverb_future, embedded_future, forecast_by, plain_would
from .time_cues import ODDS_AHEAD, ODDS_WORDS


def future_cue(sentence: str, grams: frozenset[str], speaker: str | None, *, has_quantity: bool, has_date_ahead: bool,
               has_horizon: bool) -> tuple[str | None, re.Match | None]:
    """(the cue that makes the sentence look ahead or None, the standard held that unmade an "expect" or None)."""
    future = FUTURE.first(grams) or forecast_by(sentence, speaker) or plain_would(sentence, grams, counted=has_quantity) \
        or adverb_future(sentence, grams) or warned_would(sentence, grams) \
        or ("due" in grams and (due := DUE_AHEAD.search(sentence)) and due.group(0)) \
        or ((planned := PLANNED_FOR.search(sentence)) and planned.group(0)) \
        or ((has_date_ahead or has_horizon) and "to" in grams and (arranged := BE_TO_BY.search(sentence)) and arranged.group(0)) \
        or ("to" in grams and (arranged := BE_TO_BE_DONE.match(sentence)) and arranged.group("be")) \
        or _odds_ahead(sentence, grams)
    if future in ("over the next", "in the coming") and NEEDED_OVER_SPAN.search(sentence):
        future = None  # "needs £6.5 million of repairs over the next ten years": a need as of now, its cost spread ahead
    standard = None
    if future in ("expect", "expects") and (standard := STANDARD_EXPECTED.search(sentence)) and not has_date_ahead:
        # "customers expect more of us": a standard held, not a forecast ("expect more of them ahead of the
        # vote in October" looks ahead)
        future = None
    if future == "would" and "under" in grams and UNDER_RULES_CLOSING.search(sentence) and WOULD_REQUIRE.search(sentence):
        future = None  # "A formal withdrawal would require six months' notice under the charter": what a rule requires
    if future and embedded_future(sentence, future):
        # "said the building would be reassessed once …, which is expected to take six weeks": when
        # the first future cue qualifies a noun, another may still forecast
        # ("is unlikely to be formed before the summer, which will delay …": the odds the sentence gives)
        future = next((f for f in FUTURE.all(grams) + [plain_would(sentence, grams), _odds_ahead(sentence, grams)]
                       if f and not embedded_future(sentence, f)), future)
    return future, standard


def _odds_ahead(sentence: str, grams: frozenset[str]) -> str | None:
    """The odds a sentence gives of what is ahead: "is unlikely to reopen", "remains likely"."""
    if ODDS_WORDS.isdisjoint(grams):
        return None
    odds = ODDS_AHEAD.search(sentence) or ODDS_REMAIN.search(sentence)
    if odds and _NONE_WAS_BOUND.match(sentence):
        return None  # "Neither step was inevitable": what was done weighed against what might have been, no forecast
    return odds.group(0) if odds else None


# a past step judged as not bound to happen: "Neither step was inevitable", "None of this was inevitable"
_NONE_WAS_BOUND = re.compile(r"\W*(?:Neither|None|No|Nothing)\b[^,;:]{0,40}?\b(?:was|were)\s+(?:ever\s+)?(?:inevitable|certain)\b")
