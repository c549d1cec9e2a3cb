"""Fast phrase look-ups: a sentence's words and word pairs and triples as one set, so that a
lexicon test is a set intersection instead of a regular expression with dozens of alternatives."""
from __future__ import annotations

import re

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# First words of every multi-word phrase any lexicon holds: word pairs and triples are built only
# from these, since no look-up can ask for any other (a few dozen words instead of every word).
_LEADS: set[str] = set()


def grams(text: str) -> frozenset[str]:
    """The sentence's words, and the pairs and triples that start with a phrase's first word."""
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    out = set(tokens)
    leads = _LEADS.intersection(tokens)
    if leads:
        last = len(tokens) - 1
        for i, token in enumerate(tokens):
            if token in leads and i < last:
                out.add(f"{token} {tokens[i + 1]}")
                if i + 1 < last:
                    out.add(f"{token} {tokens[i + 1]} {tokens[i + 2]}")
    return frozenset(out)


class Phrases:
    """A lexicon of words and phrases of up to three words."""

    def __init__(self, phrases: str | list[str]):
        items = phrases.split("|") if isinstance(phrases, str) else phrases
        self.items = frozenset(p.strip().lower().replace("’", "'") for p in items if p.strip())
        assert all(len(p.split()) <= 3 for p in self.items), "phrases of up to three words"
        # the words are read with hyphens as spaces ("short-sighted" is "short sighted"): a hyphen
        # in an entry would never match
        assert not any("-" in p for p in self.items), "hyphenated entries are written with spaces"
        _LEADS.update(p.split()[0] for p in self.items if " " in p)

    def any(self, g: frozenset[str]) -> bool:
        return not self.items.isdisjoint(g)

    def all(self, g: frozenset[str]) -> list[str]:
        if self.items.isdisjoint(g):
            return []
        return sorted(self.items & g, key=lambda p: (-len(p), p))

    def first(self, g: frozenset[str]) -> str | None:
        if self.items.isdisjoint(g):
            return None
        hits = self.items & g
        return min(hits, key=lambda p: (-len(p), p)) if hits else None

    def __contains__(self, word: str) -> bool:
        return word in self.items


class Cued:
    """A pattern run only on a sentence that holds one of the words it needs: most sentences hold none, and
    the words it is kept with are its own, so no other pattern's words can let it run or keep it from running."""

    def __init__(self, words: str, pattern: str, flags: int = re.IGNORECASE):
        self.words = frozenset(words.split())
        self.pattern = re.compile(pattern, flags)

    def search(self, sentence: str, g: frozenset[str]) -> re.Match | None:
        return self.pattern.search(sentence) if not self.words.isdisjoint(g) else None


def leftmost(cues: tuple[Cued, ...], sentence: str, g: frozenset[str]) -> re.Match | None:
    """The match that starts first among the cues' (at one start, the cue listed first), as one pattern made
    of them all would find it."""
    found = [m for cue in cues if (m := cue.search(sentence, g))]
    return min(found, key=lambda m: m.start()) if found else None
