"""Stage 8: relations between claims of one article — who disputes whom, and numbers that disagree."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .lexicon import COUNTER_CUES
from .types import Claim, Relation
from .words import grams

_WORD = re.compile(r"[a-z][a-z’'-]{2,}")
_STOPWORDS = frozenset(
    "the and that with from this have has had for was were are its their his her our they them than then "
    "which who whom what when where will would could should can may might also into over under after before "
    "about above across along among been being both but each few more most other some such only own same "
    "very just not nor too any all one two said says claimed accused denied reported".split()
)
# Quantities whose relative difference stays within this are the same figure rounded.
ROUNDING_TOLERANCE = 0.1


@dataclass(frozen=True)
class _Doc:
    claims: tuple[Claim, ...]
    stems: tuple[frozenset[str], ...]
    idf: dict[str, float]


def _stems(text: str) -> frozenset[str]:
    return frozenset(w[:6] for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


def _prepare(claims: tuple[Claim, ...]) -> _Doc:
    stems = tuple(_stems(c.text) for c in claims)
    df: dict[str, int] = {}
    for s in stems:
        for w in s:
            df[w] = df.get(w, 0) + 1
    n = len(claims) or 1
    return _Doc(claims, stems, {w: math.log(1 + n / c) for w, c in df.items()})


def similarity(doc: _Doc, i: int, j: int) -> tuple[float, list[str]]:
    shared = doc.stems[i] & doc.stems[j]
    if not shared:
        return 0.0, []
    weight = sum(doc.idf[w] for w in shared)
    norm = math.sqrt(sum(doc.idf[w] for w in doc.stems[i]) * sum(doc.idf[w] for w in doc.stems[j])) or 1.0
    return weight / norm, sorted(shared, key=lambda w: -doc.idf[w])[:4]


def find_relations(claims: tuple[Claim, ...], *, window: int = 6, threshold: float = 0.12) -> list[Relation]:
    doc = _prepare(claims)
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for i, claim in enumerate(claims):
        cue = COUNTER_CUES.first(grams(claim.text))
        if not cue or claim.kind in ("question", "reference") or (cue in ("but", "however") and not claim.speaker):
            continue
        scored = []
        for j in range(max(0, i - window), i):
            other = claims[j]
            if other.kind in ("question", "reference") or (other.speaker and claim.speaker and other.speaker == claim.speaker):
                continue
            score, shared = similarity(doc, i, j)
            if score >= threshold:
                scored.append((score, j, shared))
        for score, j, shared in sorted(scored, reverse=True)[:2]:
            key = (claim.id, claims[j].id, "counters")
            if key not in seen:
                seen.add(key)
                out.append(Relation(claim.id, claims[j].id, "counters", round(min(1.0, 0.4 + score), 3),
                                    f"'{cue}' disputes a nearby account sharing {', '.join(shared)}"))
    out.extend(numeric_conflicts(doc))
    return out


def numeric_conflicts(doc: _Doc) -> list[Relation]:
    """The same kind of figure given twice with values beyond rounding apart."""
    out = []
    claims = doc.claims
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            for qa in claims[i].quantities:
                for qb in claims[j].quantities:
                    if not qa.unit or qa.unit != qb.unit or qa.unit in ("percent",):
                        continue
                    hi, lo = max(qa.value, qb.value), min(qa.value, qb.value)
                    if hi == 0 or (hi - lo) / hi <= ROUNDING_TOLERANCE:
                        continue
                    score, shared = similarity(doc, i, j)
                    if score < 0.35:
                        continue
                    out.append(Relation(claims[j].id, claims[i].id, "conflicts", round(min(1.0, score), 3),
                                        f"{qa.text} vs {qb.text} ({qa.unit})"))
    return out
