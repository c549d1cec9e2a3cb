"""Word overlap between claims: a light stem of each content word, weighted by how rare it is in
the article (what relations and the corpus matcher compare claims by)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .types import Claim

WORD = re.compile(r"[a-z][a-z’'-]{2,}")
STOPWORDS = frozenset(
    "the and that with from this have has had for was were are its their his her our they them than then "
    "which who whom what when where will would could should can may might also into over under after before "
    "about above across along among been being both but each few more most other some such only own same "
    "very just not nor too any all one two said says claimed accused denied reported".split()
)


@dataclass(frozen=True)
class Doc:
    claims: tuple[Claim, ...]
    stems: tuple[frozenset[str], ...]
    idf: dict[str, float]
    mass: tuple[float, ...]  # each claim's summed idf, the norm's factor


# Words that name the same act in a dispute ("who started it", "what caused it") count as one.
_CONCEPTS = {
    **dict.fromkeys("start started starting starts begin began begun beginning launch launched launching "
                    "initiated initiate triggered trigger provoked sparked".split(), "@start"),
    **dict.fromkeys("cause caused causing causes blame blamed responsible".split(), "@cause"),
    **dict.fromkeys("hostilities offensive counter-offensive attack attacks attacked fighting combat".split(), "@fight"),
}

_SUFFIXES = ("ies", "es", "s", "ed", "ing", "ly", "y", "e")


def stem(word: str) -> str:
    """A light stem: common endings off, then six letters ("faulty" and "fault" meet)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


POSSESSIVE = re.compile(r"[’'](?:s\b)?$")
# token -> its stems; an article repeats most of its words, so each is stemmed once per process
_TOKEN_STEMS: dict[str, tuple[tuple[str, str], ...]] = {}


def _token_stems(token: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) pairs of one token: a concept as a whole, else each hyphen part."""
    found = _TOKEN_STEMS.get(token)
    if found is None:
        key = token
        token = POSSESSIVE.sub("", token)  # "the union's survey" and "the union" name one union
        if token in _CONCEPTS:
            found = ((token, _CONCEPTS[token]),)
        else:
            found = tuple((w, _CONCEPTS.get(w) or stem(w)) for w in token.split("-")
                          if len(w) >= 3 and w not in STOPWORDS)
        if len(_TOKEN_STEMS) < 200_000:
            _TOKEN_STEMS[key] = found
    return found


def content_stems(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    out = set()
    for token in WORD.findall(text.lower()):
        for word, stemmed in _token_stems(token):
            if word not in drop or token in _CONCEPTS:
                out.add(stemmed)
    return frozenset(out)


def prepare(claims: tuple[Claim, ...]) -> Doc:
    stems = tuple(content_stems(c.text) for c in claims)
    df: dict[str, int] = {}
    for s in stems:
        for w in s:
            df[w] = df.get(w, 0) + 1
    n = len(claims) or 1
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    return Doc(claims, stems, idf, tuple(sum(idf[w] for w in s) for s in stems))


def overlap(doc: Doc, stems: frozenset[str], j: int, own_mass: float) -> tuple[float, list[str]]:
    shared = stems & doc.stems[j]
    if not shared:
        return 0.0, []
    idf = doc.idf
    weight = sum(idf.get(w, 0.0) for w in shared)
    norm = math.sqrt(own_mass * doc.mass[j]) or 1.0
    # rounded so that a tie does not hang on the order sets were summed in
    return round(weight / norm, 9), sorted(shared, key=lambda w: (-idf.get(w, 0.0), w))[:4]


def similarity(doc: Doc, i: int, j: int) -> tuple[float, list[str]]:
    return overlap(doc, doc.stems[i], j, doc.mass[i])
