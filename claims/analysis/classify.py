"""Stage 3: the kind of a claim and how check-worthy it is, with the features that decided."""
from __future__ import annotations

from dataclasses import dataclass

from .checkworthiness import CheckworthinessModel
from .editorial_prior import editorial_prior
from .imperatives import opening_verb
from .judgement import without_condition_put_first
from .kinds import kind_of
from .measured_words import measures_not_judges
from .quoted import ANALYST_QUOTED, DEED_TOLD, LEAD_IN_QUOTE, QUOTED_REMARK, figures_only_outside_quote, remark_judges
from .time_cues import nothing_told_done

CLOSING_QUOTES = "\"”’ ,"


@dataclass(frozen=True)
class Classification:
    kind: str
    checkworthiness: float
    reasons: tuple[str, ...]


def classify(sentence: str, grams: frozenset[str], *, has_time: bool, has_quantity: bool, speaker: str | None,
             model: CheckworthinessModel, has_horizon: bool = False, has_date_ahead: bool = False,
             lowercase_words: frozenset[str] = frozenset(), under_outlook: bool = False,
             forecast_day: bool = False, resolution: str | None = None) -> Classification:
    """`forecast_day`: the text is a forecast (its title says so) and the sentence, or the label over
    it, names the day of writing or one after ("Saturday: Frost clearing slowly"); `resolution`:
    "passed" under a minute's "RESOLVED:", "put" under a motion's "This Council resolves:", "asked"
    under a group's "What we are asking for", "watched" under a brief's "What to watch"."""
    grams = without_condition_put_first(sentence, grams)
    kind, reasons = kind_of(sentence, grams, has_time=has_time, has_quantity=has_quantity, speaker=speaker,
                            has_horizon=has_horizon, has_date_ahead=has_date_ahead, lowercase_words=lowercase_words,
                            under_outlook=under_outlook, resolution=resolution)
    if forecast_day and kind in ("fact", "opinion") and not speaker and nothing_told_done(sentence, grams) \
            and not opening_verb(sentence):
        kind = "prediction"  # "Saturday: Frost clearing slowly; a cold, bright day." in a five-day forecast
        reasons.append("a forecast's line: nothing in it told as done or as so")
    if kind == "fact" and (not (has_time or has_quantity) or figures_only_outside_quote(sentence)) \
            and (QUOTED_REMARK.match(sentence) or LEAD_IN_QUOTE.match(sentence)) \
            and (judging := remark_judges(sentence, grams)) \
            and not measures_not_judges(judging, sentence):  # ("the largest … in a decade")
        # '"Nobody wants to put up council tax," said …': a remark quoted whole that judges, with
        # nothing counted or dated in it, is the speaker's view
        kind = "opinion"
        reasons.append(f"a remark quoted whole that judges: '{judging}'")
    elif kind == "fact" and not (has_time or has_quantity) and QUOTED_REMARK.match(sentence) \
            and (analyst := ANALYST_QUOTED.search(sentence)) and not DEED_TOLD.search(sentence, 0, analyst.start()):
        # (a deed the analyst tells, '"Moscow spent hundreds of millions of euros trying to buy this election,"', is checkable)
        kind = "opinion"
        reasons.append(f"a remark quoted whole from an analyst: '{analyst.group(0).strip(CLOSING_QUOTES)}'")
    prior = editorial_prior(sentence, grams, kind, reasons, has_time=has_time, has_quantity=has_quantity,
                            has_date_ahead=has_date_ahead)
    score, features = model.score(sentence, grams, kind=kind, has_time=has_time, has_quantity=has_quantity, speaker=speaker,
                                  prior=prior)
    if features:
        reasons.append("check-worthiness: " + ", ".join(features))
    return Classification(kind, score, tuple(reasons))
