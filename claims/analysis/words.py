"""Fast phrase look-ups: a sentence's words and word pairs and triples as one set, so that a
lexicon test is a set intersection instead of a regular expression with dozens of alternatives."""
from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def grams(text: str) -> frozenset[str]:
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    out = set(tokens)
    out.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    out.update(f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:]))
    return frozenset(out)


class Phrases:
    """A lexicon of words and phrases of up to three words."""

    def __init__(self, phrases: str | list[str]):
        items = phrases.split("|") if isinstance(phrases, str) else phrases
        self.items = frozenset(p.strip().lower().replace("’", "'") for p in items if p.strip())
        assert all(len(p.split()) <= 3 for p in self.items), "phrases of up to three words"

    def all(self, g: frozenset[str]) -> list[str]:
        return sorted(self.items & g, key=lambda p: (-len(p), p))

    def first(self, g: frozenset[str]) -> str | None:
        hits = self.items & g
        return min(hits, key=lambda p: (-len(p), p)) if hits else None

    def __contains__(self, word: str) -> bool:
        return word in self.items
