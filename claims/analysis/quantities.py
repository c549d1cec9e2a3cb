"""Stage 6: numbers with their unit or counted noun, approximation, words, percentages, money, ranges."""
from __future__ import annotations

import re

from .lexicon import APPROX, NUMBER_WORDS, SCALES
from .types import Quantity

_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_APPROX = "|".join(sorted((re.escape(a) for a in APPROX), key=len, reverse=True))
_CURRENCY = r"(?:€|\$|£|¥|EUR|USD|GBP|US\$)"
_QUANTITY = re.compile(
    rf"""(?:(?P<approx>{_APPROX})\s+)?
        (?P<cur>{_CURRENCY})?\s?
        (?:(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>\b(?:{_WORDS})\b))
        (?:\s?(?:-|–|to|and)\s?(?P<num2>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?))?
        (?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|m|k)\b)?
        (?P<pct>\s?(?:%|per\s?cent|percent))?
        (?:(?P<hyph>-)(?P<hunit>[a-z]+(?:-[a-z]+)?))?""",
    re.VERBOSE | re.IGNORECASE,
)
_NEXT_WORDS = re.compile(r"\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")
_STOP = frozenset(
    "of the a an and or to in on at by for with from as that which who is are was were has have had be been "
    "will would can could may might must should do does did not also another more than per cent percent".split()
)
_NOT_AFTER_ONE = frozenset("of another also can could may might must should would will has have had is was does did cannot "
                           "day way side thing hand".split())


def find_quantities(text: str, base: int, exclude: list[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        s, e = m.span()
        core_start = m.start("num") if m.group("num") else m.start("word")
        if any(not (e <= a - base or core_start >= b - base) for a, b in exclude):
            continue
        if m.group("num") and _part_of_token(text, m.start("num"), m.end("num")):
            continue
        word = m.group("word")
        if word:
            lowered = word.lower()
            if lowered == "one" or lowered.startswith("a "):
                follow = _NEXT_WORDS.match(text, m.end())
                nxt = follow.group(1).split()[0].lower() if follow else ""
                if not nxt or nxt in _NOT_AFTER_ONE or nxt in _STOP or not nxt.isalpha():
                    continue
            value = float(NUMBER_WORDS[lowered])
        else:
            value = float(m.group("num").replace(",", ""))
        upper = float(m.group("num2").replace(",", "")) if m.group("num2") else None
        scale = (m.group("scale") or "").lower()
        if scale in ("m", "k", "bn", "mn") and not m.group("cur"):
            scale = "" if scale in ("m", "k") else scale
        factor = SCALES.get(scale, 1.0)
        value *= factor
        if upper is not None:
            upper *= factor
        unit = None
        if m.group("pct"):
            unit = "percent"
        elif m.group("cur"):
            unit = {"€": "EUR", "$": "USD", "£": "GBP", "US$": "USD", "¥": "JPY"}.get(m.group("cur"), m.group("cur").upper())
        elif m.group("hunit"):
            unit = m.group("hunit").lower()
        else:
            unit = _counted_noun(text, m.end())
        start = s if m.group("approx") else (m.start("cur") if m.group("cur") else core_start)
        end = m.end()
        if m.group("hunit") and not m.group("pct"):
            end = m.end("hyph") - 1 if unit else end
            end = m.end()
        out.append(Quantity(text=text[start:end], value=value, start=base + start, end=base + end, unit=unit,
                            approx=bool(m.group("approx")), upper=upper))
    return out


def _part_of_token(text: str, s: int, e: int) -> bool:
    """Digits inside a word, an address, a time of day or a code are not quantities."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before.isalpha() or before in "/#:@_" or after in ":/@_" or (after.isalpha() and after.lower() not in "mkb%"):
        return True
    if re.match(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock)", text[e:e + 6], re.IGNORECASE):
        return True
    return False


def _counted_noun(text: str, end: int) -> str | None:
    follow = _NEXT_WORDS.match(text, end)
    if not follow:
        return None
    words = follow.group(1).split()
    noun = None
    for w in words:
        clean = w.strip("’'").lower()
        if clean in _STOP:
            break
        noun = clean
        if not w[0].isupper() and clean.endswith("s"):
            break
    return noun
