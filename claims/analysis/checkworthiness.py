"""Check-worthiness: a logistic model over the sentence's words and explainable signals.

Signals are what a fact-checker names (a number, a date, a named actor, a reporting verb, a
hedge, a forecast, the claim's kind); words carry what the signals miss. The weights are trained
by `training/train_checkworthiness.py` and ship as JSON in this package; without that file the
hand-set signal weights below are used.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .lexicon import EVALUATIVE, FIRST_PERSON, FUTURE, HEDGES, MODALS, NAMED_ACTOR, REPORTING
from .words import Phrases

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
LEXICAL_SIGNALS = {
    "reporting verb": REPORTING, "hedge": HEDGES, "modal": MODALS, "future": FUTURE, "evaluative": EVALUATIVE,
    "first person": FIRST_PERSON,
}
DEFAULT_SIGNAL_WEIGHTS = {
    "number": 1.2, "reporting verb": 0.9, "named actor": 0.6, "hedge": -1.2, "modal": -0.9,
    "future": -1.0, "evaluative": -0.8, "first person": -0.4, "has time": 1.3, "has quantity": 0.8,
    "has speaker": 0.7, "kind fact": 1.0, "kind opinion": -1.0, "kind prediction": -1.2,
    "kind question": -2.5, "kind reference": -2.0,
}
WEIGHTS_FILE = Path(__file__).with_name("models") / "checkworthiness.json"
# Editorial prior on top of the trained model: the training sentences are transcribed debate
# speech, where the line between fact and opinion is blurred; in written articles a sentence's
# kind decides much of whether a fact-checker would check it.
# A forecast can be checked only when its time comes (the commissioning article's annotation marks
# none of its sixteen forecasts check-worthy), so it weighs well below the same figure reported.
KIND_PRIOR = {"fact": 1.0, "opinion": -1.0, "prediction": -2.0, "question": -2.5, "reference": -2.0,
              # what someone should do ("We recommend that the ministry …", "The council must …") is
              # argued for, not asserted: nothing in it can be checked, whatever it counts
              "recommendation": -2.0,
              # a remark quoted whole, with no figure or date: a reaction more often than a checkable claim
              "quoted remark": -1.0,
              # "The school board disputes those figures.": a side taken, with nothing in it to check
              "stance alone": -1.0,
              # "School streets close the road outside a school at drop-off times": how a thing works, with
              # nothing counted or dated, checkable but seldom worth checking
              "how it works": -1.0,
              # "A public consultation closes on 30 November.": when something is due to happen, told as
              # fixed; nothing in it to check until then
              "schedule ahead": -2.0,
              # "A spokesperson did not respond to a request for comment on Wednesday.": a silence, nothing
              # the story's subject asserted
              "no comment": -2.0,
              # "It has yet to be signed.", "Work is currently suspended": a state as of writing, told as fact
              # with nothing counted or dated in it, checkable now and the kind that goes stale
              "state as of writing": 2.0,
              # "Its mandate runs until the end of 2029": the term a mandate or a deal runs for, set and checkable
              "term set": 2.0}


# Only a claim of fact can be checked as it stands: a forecast when its time comes (the stale-claim
# job flags it then), a view, advice, a question or a pointer never. The commissioning annotation
# marks none of its fifty-eight non-facts check-worthy, whatever they count.
CHECKABLE_KINDS = frozenset({"fact"})


def is_checkworthy(kind: str, score: float, threshold: float) -> bool:
    return score >= threshold and kind in CHECKABLE_KINDS


_NUMBERS = re.compile(r"\d+")
_BIG_FIGURE = Phrases("percent|per cent|million|billion|trillion")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def signals(sentence: str, grams: frozenset[str], *, kind: str, has_time: bool, has_quantity: bool,
            speaker: str | None) -> list[str]:
    active = [name for name, lexicon in LEXICAL_SIGNALS.items() if lexicon.any(grams)]
    # How much the sentence says: its length in words, how many names and figures it carries.
    # A four-word reply is rarely worth checking; a long sentence full of names and figures often is.
    active.append(f"{min(sentence.count(' ') // 4, 10) * 4}+ words")
    names = len(NAMED_ACTOR.findall(sentence))
    if names:
        active.append("named actor")
        if names >= 2:
            active.append(f"{min(names, 4)}+ names")
    if _DIGIT.search(sentence):
        active.append("number")
        figures = len(_NUMBERS.findall(sentence))
        if figures >= 2:
            active.append(f"{min(figures, 3)}+ figures")
        if _YEAR.search(sentence):
            active.append("year")
    if _BIG_FIGURE.any(grams) or "%" in sentence:
        active.append("percentage or large figure")
    if has_time:
        active.append("has time")
    if has_quantity:
        active.append("has quantity")
    if speaker:
        active.append("has speaker")
    active.append(f"kind {kind}")
    return active


def word_features(sentence: str) -> list[str]:
    words = _WORD.findall(_DIGIT.sub("0", sentence.lower().replace("’", "'")))
    return words + list(map(" ".join, zip(words, words[1:])))


@dataclass(frozen=True)
class CheckworthinessModel:
    signal_weights: dict = field(default_factory=lambda: dict(DEFAULT_SIGNAL_WEIGHTS))
    vocabulary: dict = field(default_factory=dict)  # word feature -> (idf, weight)
    intercept: float = -0.6

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> "CheckworthinessModel":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["signals"], {k: (v[0], v[1]) for k, v in data["vocabulary"].items()}, data["intercept"])

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "CheckworthinessModel":
        return cls.load() if WEIGHTS_FILE.exists() else cls()

    def score(self, sentence: str, grams: frozenset[str], *, kind: str, has_time: bool, has_quantity: bool,
              speaker: str | None, in_article: bool = True, prior: str | None = None) -> tuple[float, list[str]]:
        """`prior`: the editorial prior to apply in an article, when not the kind's own."""
        active = signals(sentence, grams, kind=kind, has_time=has_time, has_quantity=has_quantity, speaker=speaker)
        weights = self.signal_weights
        contributions = [(weights.get(a, 0.0), a, False) for a in active]
        if self.vocabulary:
            get = self.vocabulary.get
            # TF-IDF as in training: sublinear term frequency (1 + log tf) times idf, L2-normalized
            squares, weighted = [], []
            for f, tf in Counter(word_features(sentence)).items():
                entry = get(f)
                if entry is None:
                    continue
                value = entry[0] if tf == 1 else entry[0] * (1.0 + math.log(tf))
                squares.append(value * value)
                if entry[1]:
                    weighted.append((value * entry[1], f))
            norm = math.sqrt(sum(squares)) or 1.0
            contributions += [(product / norm, f, True) for product, f in weighted]
            if in_article:
                contributions.append((KIND_PRIOR.get(prior or kind, 0.0), f"kind prior ({prior or kind})", False))
        z = self.intercept + sum([c[0] for c in contributions])
        score = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
        # the four largest; a stable sort, so the earlier first on a tie
        top = sorted(contributions, key=lambda c: abs(c[0]), reverse=True)[:4]
        return round(score, 3), [f"'{name}' ({weight:+.1f})" if word else f"{name} ({weight:+.1f})" for weight, name, word in top]
