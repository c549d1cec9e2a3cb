"""Check-worthiness as a logistic model over explainable features.

The default weights are a hand-set prior so the engine works out of the box; a trained weight
file (JSON, loaded with `CheckworthinessModel.from_json`) replaces them.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import EVALUATIVE, FIRST_PERSON, FUTURE, HEDGES, MODALS, REPORTING

_NAMED_ACTOR = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]{2,}")
_DIGIT = re.compile(r"\d")
LEXICAL_FEATURES = {
    "reporting verb": REPORTING, "hedge": HEDGES, "modal": MODALS, "future": FUTURE, "evaluative": EVALUATIVE,
    "first person": FIRST_PERSON,
}
DEFAULT_WEIGHTS = {
    "bias": -0.6, "number": 1.2, "reporting verb": 0.9, "named actor": 0.6, "hedge": -1.2, "modal": -0.9,
    "future": -1.0, "evaluative": -0.8, "first person": -0.4, "has time": 1.3, "has quantity": 0.8,
    "has speaker": 0.7, "kind fact": 1.0, "kind opinion": -1.0, "kind prediction": -1.2,
    "kind question": -2.5, "kind reference": -2.0,
}
WEIGHTS_FILE = Path(__file__).with_name("checkworthiness_weights.json")


@dataclass(frozen=True)
class CheckworthinessModel:
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    @classmethod
    def from_json(cls, path: Path) -> "CheckworthinessModel":
        return cls(json.loads(Path(path).read_text(encoding="utf-8"))["weights"])

    @classmethod
    def default(cls) -> "CheckworthinessModel":
        if WEIGHTS_FILE.exists():
            return cls.from_json(WEIGHTS_FILE)
        return cls()

    def score(self, sentence: str, grams: frozenset[str], *, kind: str, has_time: bool, has_quantity: bool,
              speaker: str | None) -> tuple[float, list[str]]:
        active = [name for name, lexicon in LEXICAL_FEATURES.items() if lexicon.items & grams]
        if _DIGIT.search(sentence):
            active.append("number")
        if _NAMED_ACTOR.search(sentence):
            active.append("named actor")
        if has_time:
            active.append("has time")
        if has_quantity:
            active.append("has quantity")
        if speaker:
            active.append("has speaker")
        active.append(f"kind {kind}")
        z = self.weights.get("bias", 0.0) + sum(self.weights.get(a, 0.0) for a in active)
        score = 1 / (1 + math.exp(-z))
        shown = sorted(active, key=lambda a: -abs(self.weights.get(a, 0.0)))[:4]
        return round(score, 3), [f"{a} ({self.weights.get(a, 0.0):+.1f})" for a in shown]
