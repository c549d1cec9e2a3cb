"""Whether two speakers name one source: "The health authority" and "the regional health authority"."""
from __future__ import annotations

from functools import lru_cache

from .overlap import POSSESSIVE, WORD


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two speakers name one source: "The health authority" and "the regional health
    authority" (the words of one inside the other's)."""
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = speaker_words(a), speaker_words(b)
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


@lru_cache(maxsize=4096)  # asked for every pair of claims a dispute reaches back over
def speaker_words(name: str) -> frozenset[str]:
    # ("Albin Kurti, Kosovo's prime minister" speaks for "Kosovo")
    return frozenset(POSSESSIVE.sub("", word) for word in WORD.findall(name.lower())) - _DETERMINERS


_DETERMINERS = frozenset(("the", "its", "their"))
