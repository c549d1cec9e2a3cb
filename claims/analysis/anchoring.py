"""Re-anchoring claims in a revised text, as web annotation tools re-attach highlights.

An old claim is found again by its exact quote (its prefix and suffix choose among repeats, then
nearness to where it was); failing that, by fuzzy similarity to a claim of the new version; what
cannot be found is orphaned. Pure: texts in, decisions out.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

FUZZY_MIN = 0.6
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quote:
    text: str
    prefix: str
    suffix: str
    start: int


@dataclass(frozen=True)
class Anchor:
    state: str  # anchored | changed | orphaned
    new_index: int | None  # index into the new claims
    similarity: float


def _context_score(text: str, start: int, end: int, quote: Quote) -> int:
    before = text[max(0, start - len(quote.prefix)):start]
    after = text[end:end + len(quote.suffix)]
    common_before = len(_common_suffix(before, quote.prefix))
    common_after = len(_common_prefix(after, quote.suffix))
    return common_before + common_after


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _common_suffix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:]


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _WORD.findall(a.lower()), _WORD.findall(b.lower()), autojunk=False).ratio()


def reanchor(old: list[Quote], new_text: str, new_claims: list[tuple[int, int, str]]) -> list[Anchor]:
    by_span = {(s, e): i for i, (s, e, _) in enumerate(new_claims)}
    taken: set[int] = set()
    out: list[Anchor | None] = [None] * len(old)
    for k, quote in enumerate(old):
        spots = [m.start() for m in re.finditer(re.escape(quote.text), new_text)] if quote.text else []
        spots = [s for s in spots if by_span.get((s, s + len(quote.text))) not in taken and (s, s + len(quote.text)) in by_span]
        if spots:
            best = max(spots, key=lambda s: (_context_score(new_text, s, s + len(quote.text), quote), -abs(s - quote.start)))
            index = by_span[(best, best + len(quote.text))]
            taken.add(index)
            out[k] = Anchor("anchored", index, 1.0)
    for k, quote in enumerate(old):
        if out[k] is not None:
            continue
        best_i, best_s = None, 0.0
        for i, (_, _, text) in enumerate(new_claims):
            if i in taken:
                continue
            score = similarity(quote.text, text)
            if score > best_s:
                best_i, best_s = i, score
        if best_i is not None and best_s >= FUZZY_MIN:
            taken.add(best_i)
            out[k] = Anchor("changed", best_i, round(best_s, 3))
        else:
            out[k] = Anchor("orphaned", None, round(best_s, 3))
    return out  # type: ignore[return-value]
