"""Relations between claims of different articles: the same claim, a conflicting figure, a
counter-position, supporting evidence. Pure: two claims and word statistics in, a decision out.

Candidates come from the database (full-text and trigram search); this module only judges a pair.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .figures import beyond_rounding, is_change
from .overlap import content_stems as _stems
from .words import Phrases, grams

_WORD = re.compile(r"[a-z0-9][a-z0-9’'-]*")
PERSON_UNITS = frozenset(
    "people persons person workers worker staff employees employee members member residents resident soldiers "
    "soldier civilians civilian passengers passenger patients patient victims victim crew".split()
)
DISPUTE = Phrases(
    "contradicted|contradicts|is contradicted|not correct|incorrect|untrue|not true|false|denied|denies|rejected|"
    "rejects|disputed|disputes|refuted|refutes|chose to ignore|were ignored|had been ignored|not caused|no indication|"
    "never|misleading|wrong"
)
EVIDENCE = Phrases("shows|showed|show that|log|logs|records|record shows|documents|seen by|according to|data|minutes|report shows")
SAME_AS = 0.55
SAME_AS_WITH_FIGURES = 0.28
SAME_AS_WITH_SPECIFIC_FIGURE = 0.2  # a count of ten or more told alike is strong evidence by itself
SAME_SOURCE_WITH_TIME = 0.1
CONFLICT_MIN = 0.15
COUNTER_MIN = 0.09
SUPPORT_MIN = 0.25


@dataclass(frozen=True)
class ClaimView:
    text: str
    quantities: tuple[tuple[float, str | None, int], ...] = ()  # value, unit, offset in text
    speaker: str | None = None
    stems: frozenset[str] = frozenset()
    predicate: frozenset[str] = frozenset()
    grams: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, quantities=(), speaker: str | None = None) -> "ClaimView":
        """A claim with the word sets every comparison needs, computed once; times of day join its
        figures, so that "at 11:20 a.m." and "shortly after 11 o'clock" can be compared."""
        figures = tuple(quantities) + clock_times(text)
        return cls(text, figures, speaker, _stems(text), predicate_stems(text), grams(text))


@dataclass(frozen=True)
class Decision:
    type: str
    score: float
    evidence: str
    from_b: bool = False  # the second claim is the one that disputes or gives evidence


CLOCK = "@clock"
CLOCK_12 = "@clock12"  # a time of day that may be a.m. or p.m.
# Two times of day within this many minutes are the same moment told twice ("11:20 a.m." and
# "shortly after 11 o'clock"); a clock time is never exact in a news report.
CLOCK_TOLERANCE_MINUTES = 30
_CLOCK_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?:(?P<ap>[ap])\.?m\.?(?![a-z])|o[’']clock)", re.IGNORECASE)


def clock_times(text: str) -> tuple[tuple[float, str, int], ...]:
    """Times of day as minutes after midnight, with the unit class CLOCK and their offset."""
    out = []
    for m in _CLOCK_TIME.finditer(text):
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        if hour > 23 or minute > 59:
            continue
        ap = (m.group("ap") or "").lower()
        if ap == "p" and hour < 12:
            hour += 12
        elif ap == "a" and hour == 12:
            hour = 0
        # "4 o'clock" says neither morning nor afternoon
        out.append((float(hour * 60 + minute), CLOCK if ap or hour > 12 else CLOCK_12, m.start()))
    return tuple(out)


def unit_class(unit: str | None) -> str | None:
    if not unit:
        return None
    u = unit.lower().strip(".,")
    if u in (CLOCK, CLOCK_12):
        return CLOCK
    if u in PERSON_UNITS:
        return "@person"
    if len(u) > 3 and u.endswith("s") and not u.endswith("ss"):
        u = u[:-1]
    return u


def document_frequencies(texts: list[str]) -> tuple[dict[str, int], int]:
    df: dict[str, int] = {}
    for t in texts:
        for s in _stems(t):
            df[s] = df.get(s, 0) + 1
    return df, len(texts)


def similarity(a: frozenset[str], b: frozenset[str], df: dict[str, int], n: int) -> tuple[float, list[str]]:
    shared = a & b
    if not shared:
        return 0.0, []

    def idf(w: str) -> float:
        return math.log(1 + n / (1 + df.get(w, 0)))

    top = sum(idf(w) for w in shared)
    norm = math.sqrt(sum(idf(w) for w in a) * sum(idf(w) for w in b)) or 1.0
    return top / norm, sorted(shared, key=lambda w: -idf(w))[:4]


_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*")


def predicate_stems(text: str) -> frozenset[str]:
    """Stems of the words that say what happened, leaving out names: capitalized words and the
    lowercase words that finish a name ("Eastquay terminal", "Norrow Freight workers")."""
    kept, previous_capital = [], False
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        capital = word[0].isupper() and m.start() > 0
        if not capital and not previous_capital:
            kept.append(word)
        previous_capital = capital
    return _stems(" ".join(kept))


def _window(text: str, offset: int, width: int = 60) -> frozenset[str]:
    return predicate_stems(text[max(0, offset - width):offset + width])


def compare_figures(a: ClaimView, b: ClaimView) -> tuple[list[str], list[str]]:
    """Figures of the same kind in both claims: (agreeing, differing) descriptions."""
    agree, differ = [], []
    for va, ua, oa in a.quantities:
        for vb, ub, ob in b.quantities:
            ca, cb = unit_class(ua), unit_class(ub)
            if ca is None or ca != cb:
                continue
            if ca == CLOCK:
                apart = abs(va - vb)
                if CLOCK_12 in (ua, ub):
                    apart = min(apart, abs(apart - 720))
                close = apart <= CLOCK_TOLERANCE_MINUTES
                shown = f"time {int(va) // 60}:{int(va) % 60:02d} {'~' if close else 'vs'} {int(vb) // 60}:{int(vb) % 60:02d}"
                if close:
                    agree.append(shown)
                elif _window(a.text, oa) & _window(b.text, ob):
                    differ.append(shown)
                continue
            if is_change(a.text, oa) != is_change(b.text, ob):
                continue  # "rose by 300" and "1,200 in all" count different things
            if not beyond_rounding(va, vb):
                agree.append(f"{va:g} ~ {vb:g} {ub or ua}")
            elif _window(a.text, oa) & _window(b.text, ob) - {ca.strip("@")}:
                # the words around the two figures must overlap: the same quantity, told twice
                differ.append(f"{va:g} vs {vb:g} {ua} / {ub}")
    return agree, differ


_SOURCE_STOPWORDS = frozenset("the a an of and for its their our his her".split())


def _source_words(speaker: str) -> set[str]:
    return {w for w in _WORD.findall(speaker.lower()) if w not in _SOURCE_STOPWORDS}


def _same_source(a: ClaimView, b: ClaimView) -> bool:
    return bool(a.speaker and b.speaker and _source_words(a.speaker) & _source_words(b.speaker))


def _agreeing_values(a: ClaimView, b: ClaimView) -> list[float]:
    return [va for va, ua, _ in a.quantities for vb, ub, _ in b.quantities
            if unit_class(ua) is not None and unit_class(ua) == unit_class(ub) and va == vb]


def decide(a: ClaimView, b: ClaimView, df: dict[str, int], n: int) -> Decision | None:
    sim, shared = similarity(a.stems, b.stems, df, n)
    if sim == 0:
        return None
    agree, differ = compare_figures(a, b)
    words = ", ".join(shared)
    # a dispute or a piece of evidence must be about the same happening, not merely name the same party
    psim, pshared = similarity(a.predicate, b.predicate, df, n)
    if differ and sim >= CONFLICT_MIN:
        return Decision("conflicts", round(min(1.0, 0.5 + sim / 2), 3), f"{'; '.join(differ)} (shared: {words})")
    specific = any(value >= 10 for value in _agreeing_values(a, b))
    floor = SAME_AS_WITH_SPECIFIC_FIGURE if specific else SAME_AS_WITH_FIGURES
    if any(x.startswith("time ") for x in agree) and _same_source(a, b):
        # one source giving one moment twice ("at 11:20 a.m., the service said" and "the fire
        # service has confirmed … shortly after 11 o'clock"): the same statement in other words
        floor = min(floor, SAME_SOURCE_WITH_TIME)
    if not differ and (sim >= SAME_AS or (agree and max(sim, psim) >= floor)):
        return Decision("same_as", round(min(1.0, max(sim, psim) + 0.1 * len(agree)), 3),
                        f"same statement (shared: {words}{'; figures ' + ', '.join(agree) if agree else ''})")
    ga, gb = a.grams, b.grams
    cue = DISPUTE.first(ga) or DISPUTE.first(gb)
    if cue and psim >= COUNTER_MIN:
        return Decision("counters", round(min(1.0, 0.3 + psim), 3), f"'{cue}' against an account sharing {', '.join(pshared)}",
                        from_b=not DISPUTE.first(ga))
    evidence = EVIDENCE.first(ga) or EVIDENCE.first(gb)
    if evidence and psim >= SUPPORT_MIN:
        return Decision("supports", round(min(1.0, 0.3 + psim), 3), f"'{evidence}' gives evidence sharing {', '.join(pshared)}",
                        from_b=not EVIDENCE.first(ga))
    return None
