"""Stage 3: the kind of a claim and how check-worthy it is, with the features that decided."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .checkworthiness import CheckworthinessModel
from .lexicon import EVALUATIVE, FUTURE, HEDGES, MODALS, REFERENCE_CUES, REPORTING

_PAST_ACTION = re.compile(r"\b\w{3,}ed\b")


@dataclass(frozen=True)
class Classification:
    kind: str
    checkworthiness: float
    reasons: tuple[str, ...]


def classify(sentence: str, grams: frozenset[str], *, has_time: bool, has_quantity: bool, speaker: str | None,
             model: CheckworthinessModel) -> Classification:
    reasons: list[str] = []
    stripped = sentence.rstrip("\"'”’) ")
    future = FUTURE.first(grams)
    modal = MODALS.first(grams)
    hedge = HEDGES.first(grams)
    evaluative = EVALUATIVE.all(grams)
    reference = REFERENCE_CUES.first(grams)
    if stripped.endswith("?"):
        kind = "question"
        reasons.append("ends with a question mark")
    elif reference:
        kind = "reference"
        reasons.append(f"points the reader elsewhere: '{reference}'")
    elif future and not (speaker and REPORTING.first(grams) and has_time):
        kind = "prediction"
        reasons.append(f"future or forecast: '{future}'")
    elif (has_time or has_quantity or speaker) and not hedge:
        kind = "fact"
        reasons.append("dated, counted or attributed statement")
    elif hedge or modal or len(evaluative) >= 1:
        kind = "opinion"
        cue = hedge or modal
        reasons.append("judgement: " + ", ".join(filter(None, [f"'{cue}'" if cue else None] + [f"'{w}'" for w in evaluative[:3]])))
    elif _PAST_ACTION.search(sentence):
        kind = "fact"
        reasons.append("past action")
    else:
        kind = "opinion"
        reasons.append("no verifiable anchor (no date, number, source or past action)")
    score, features = model.score(sentence, grams, kind=kind, has_time=has_time, has_quantity=has_quantity, speaker=speaker)
    if features:
        reasons.append("check-worthiness: " + ", ".join(features))
    return Classification(kind, score, tuple(reasons))
