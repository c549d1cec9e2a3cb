"""Stance of a perspective toward a claim: does it support or counter it?

A logistic model over words of the perspective, the same words crossed with the direction of
the claim (does it call for something, or for stopping something?), negation, and the
perspective's sentiment (VADER's lexicon, shipped inside the vaderSentiment package). Trained by
`training/train_stance.py` on PERSPECTRUM; the weights are a JSON file in this package.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("models") / "stance.json"
_TOKEN = re.compile(r"[a-z']+")
NEGATIVE = frozenset(
    "not no never nothing none nobody cannot can't won't don't doesn't isn't aren't shouldn't wouldn't against harm "
    "harmful violate violates risk dangerous unfair wrong bad costly expensive ineffective fail fails".split()
)
# Claims that call for stopping something: a perspective's praise of the thing then counters them.
STOPPING = frozenset(
    "ban banned banning abolish abolished prohibit prohibited restrict restricted stop end ended reduce reduced limit "
    "limited eliminate remove removed outlaw outlawed illegal criminalize against oppose abandon cut cancel scrap".split()
)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


@lru_cache(maxsize=1)
def _sentiment():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _polarity(compound: float) -> int:
    return 1 if compound > 0.05 else (-1 if compound < -0.05 else 0)


def claim_direction(claim: str) -> int:
    words = _tokens(claim)
    direction = -1 if set(words) & STOPPING else 1
    if sum(w in NEGATIVE for w in words) % 2:
        direction = -direction
    return direction


def stance_features(claim: str, perspective: str) -> list[str]:
    c, p = _tokens(claim), _tokens(perspective)
    parity = "CN" if sum(w in NEGATIVE for w in c) % 2 else "CP"
    out = [f"P_{w}" for w in p] + [f"{parity}_{w}" for w in p]
    shared = set(c) & set(p)
    out.append(f"SH{min(len(shared), 5)}")
    out.append(f"PN{min(sum(w in NEGATIVE for w in p), 3)}{parity}")
    direction = claim_direction(claim)
    sia = _sentiment()
    p_compound = sia.polarity_scores(perspective)["compound"]
    pp, cp = _polarity(p_compound), _polarity(sia.polarity_scores(claim)["compound"])
    out += [f"DIR{direction}_PP{pp}", f"CP{cp}_PP{pp}", f"DIR{direction}_CP{cp}_PP{pp}",
            f"DIRxPB{direction * int(round(p_compound * 2))}"]
    return out


def with_bigrams(tokens: list[str]) -> list[str]:
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


@dataclass(frozen=True)
class Stance:
    label: str  # supports | counters
    score: float  # probability of "supports"
    evidence: str


class StanceModel:
    def __init__(self, vocabulary: dict[str, tuple[float, float]], intercept: float):
        self.vocabulary = vocabulary  # feature -> (idf, weight)
        self.intercept = intercept

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> "StanceModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls({k: (v[0], v[1]) for k, v in data["vocabulary"].items()}, data["intercept"])

    def predict(self, claim: str, perspective: str) -> Stance:
        counts = Counter(with_bigrams(stance_features(claim, perspective)))
        values = {}
        for feature, tf in counts.items():
            entry = self.vocabulary.get(feature)
            if entry:
                values[feature] = (1 + math.log(tf)) * entry[0]
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        contributions = {f: v / norm * self.vocabulary[f][1] for f, v in values.items()}
        z = self.intercept + sum(contributions.values())
        probability = 1 / (1 + math.exp(-z))
        top = sorted(contributions.items(), key=lambda kv: -abs(kv[1]))[:3]
        why = ", ".join(f"{f.split('_', 1)[-1]} ({w:+.2f})" for f, w in top)
        return Stance("supports" if z >= 0 else "counters", round(probability, 3), why)


@lru_cache(maxsize=1)
def default_model() -> StanceModel:
    return StanceModel.load()
