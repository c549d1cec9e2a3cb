"""Stage 6: numbers with their unit or counted noun, approximation, words, percentages, money, ranges."""
from __future__ import annotations

import re
from dataclasses import replace

from .counted_nouns import NEXT_WORDS, STOP, counted_noun, counts_millions
from .lexicon import APPROX, NUMBER_WORDS, PHONE_NUMBER, SCALES
from .spans import DisjointSpans
from .types import Quantity
from .words import Phrases

_NUMBER_TRIGGERS = Phrases(list(NUMBER_WORDS))
_DIGIT = re.compile(r"\d")

_WORDS = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_APPROX = "|".join(sorted((re.escape(a) for a in APPROX), key=len, reverse=True))
# (shillings and naira as East and West African papers write them: "Sh4.2 billion", "KSh 1,500", "₦3.4
# trillion"; "N412 billion" and "R2.5 billion" only glued to a figure with its scale, below)
_CURRENCY = r"(?:€|\$|£|¥|₹|₦|EUR|USD|GBP|INR|KES|NGN|ZAR|US\$|Rs\.?|(?<![A-Za-z])(?:KSh|Ksh|TSh|USh|Sh)\.?)"
# ("48 250", "€7 500": thousands grouped with spaces, as European and SI style write them; never
# after another figure, nor before a hyphen: "3 100-metre races" are three)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d)(?<!\d[ ])[1-9]\d{0,2}(?:[ ]\d{3})+(?![\d,-]|\.\d)|\d+(?:\.\d+)?"
# The number itself is found first (digits alone when the sentence has no number words, which is
# most sentences); what may stand around it is then matched on a few characters only.
_CORE_DIGITS = re.compile(rf"(?P<num>{_NUM})")
# "Forty-two of the 48 councillors": tens and units joined by a hyphen are one number
_COMPOUND = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
# "four hundred", "two hundred and fifty" (thousand): hundreds spelled out, as scripts read aloud write them
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_HUNDREDS = (rf"(?:{_UNIT_WORDS}|a)\s+hundred(?:\s+(?:and\s+)?(?:{_COMPOUND}|ten|eleven|twelve|thirteen|fourteen|fifteen|"
             rf"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|{_UNIT_WORDS})\b)?")
_CORE_ALL = re.compile(rf"(?P<num>{_NUM})|(?P<word>\b(?:{_HUNDREDS}|{_COMPOUND}|{_WORDS})\b)", re.IGNORECASE)
_BEFORE = re.compile(rf"(?:(?<![\w])(?P<approx>{_APPROX})\s+)?(?P<cur>{_CURRENCY})?\s?$", re.IGNORECASE)
_AFTER = re.compile(
    rf"""(?:\s?(?:-|–|to|and)\s?(?P<num2>{_NUM}))?
        (?:\s?(?P<scale>thousand|million|billion|trillion|crores?|lakhs?|bn|tn|trn|mn|m|k)\b)?
        (?P<pct>\s?(?:%|per\s?cent(?!age)|percent(?!age)|(?-i:pc)\b))?
        (?P<points>\s(?:percentage)\s?points?\b)?
        (?P<temp>\s?°\s?[CF]\b|(?-i:[CF])\b)?
        (?:(?P<hyph>-)(?P<hunit>[a-z]+(?:-[a-z]+)?))?""",
    re.VERBOSE | re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_ANY_BEFORE = re.compile(r"\b(?:any|no|every|each)\s+$", re.IGNORECASE)
_HALF_BEFORE = re.compile(r"\bhalf\s$", re.IGNORECASE)
# "A quarter of a million homes", "three-quarters of a million": a share of the figure after it
_SHARE_OF_BEFORE = re.compile(r"\b(?P<share>(?:a|one)\s+(?:quarter|third|fifth|tenth)|(?:two|three)[\s-](?:thirds|quarters))\s+of\s$",
                              re.IGNORECASE)
_SHARE_OF_VALUE = {"quarter": 1 / 4, "third": 1 / 3, "fifth": 1 / 5, "tenth": 1 / 10, "thirds": 2 / 3, "quarters": 3 / 4}
# "Some two dozen aftershocks": a count of dozens
_DOZEN_AFTER = re.compile(r"[\s-]dozen\b(?!s)", re.IGNORECASE)
_PC = re.compile(r"pc\b")  # "78pc of members": per cent as the British press prints it
_BY_BEFORE = re.compile(r"\bby\s+$")
_TO = re.compile(r"\s?to\s?\d")
_NOT_AFTER_ONE = frozenset("of another also can could may might must should would will has have had is was does did cannot "
                           "day way side thing hand".split())


# "0800 555 0199", "+44 (0)20 7946 0000": a telephone number is no figure
_PHONE = re.compile(rf"(?<![\d,.]){PHONE_NUMBER}(?!\d|[,.]\d|\s*%)")
# what every telephone number has, found before the whole pattern is tried: groups of digits apart
_DIGITS_APART = re.compile(r"\d[\s-]\(?\d")


def find_quantities(text: str, base: int, exclude: list[tuple[int, int]], grams: frozenset[str]) -> list[Quantity]:
    if _DIGITS_APART.search(text) and (phones := [(base + m.start(), base + m.end()) for m in _PHONE.finditer(text)]):
        exclude = exclude + phones
    ratios = _ratios(text, base, exclude) if ("in" in grams or "out" in grams) and _RATIO_HINT.search(text) else []
    found = _numbers(text, base, exclude + [(q.start, q.end) for q in ratios], grams)
    if ratios:
        found = sorted(found + ratios, key=lambda q: q.start)
    if _FRACTION_WORDS.any(grams):
        found = [q for q in found if q.unit not in _FRACTION_VALUES]  # "two" counting "thirds" is a fraction
        found = sorted(found + _fractions(text, base, found), key=lambda q: q.start)
    return found


# "nearly 1 in 4 patients", "one in five parents": a share, as a fraction of one
_RATIO_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand"
_RATIO_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})*|{_RATIO_WORDS}"
_RATIO = re.compile(rf"\b(?:(?P<approx>nearly|almost|about|around|roughly|some|over|more\s+than|fewer\s+than|less\s+than)\s+)?"
                    rf"(?P<a>{_RATIO_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_RATIO_NUMBER})\b(?!\s*(?:%|per\s*cent))", re.IGNORECASE)


# the " in " of a share, found before the whole pattern is tried at every word
_RATIO_HINT = re.compile(rf"\s(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:{_RATIO_WORDS})\b)", re.IGNORECASE)


def _ratios(text: str, base: int, exclude: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    times = DisjointSpans((a - base, b - base) for a, b in exclude)
    for m in _RATIO.finditer(text):
        a, b = (_ratio_number(m.group(k)) for k in ("a", "b"))
        if not a or not b or a >= b or times.overlaps(m.start(), m.end()):
            continue  # "2 in 2024" is no share, nor "in 10 in 10"
        out.append(Quantity(text=m.group(0), value=round(a / b, 4), start=base + m.start(), end=base + m.end(),
                            unit="share", approx=bool(m.group("approx"))))
    return out


def _ratio_number(token: str) -> float | None:
    token = token.lower().replace(",", "")
    return float(token) if token.isdigit() else (float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else None)


# "a third of treated water", "fell by a quarter", "by about a third", "a quarter fewer than": a share,
# as a fraction of one
# ("Russia's force in the region is about a seventh of that size")
_FRACTION_WORDS = Phrases("half|third|thirds|quarter|quarters|fifth|fifths|sixth|seventh|eighth|ninth|tenth")
_FRACTION_VALUES = {"half": 1 / 2, "third": 1 / 3, "thirds": 2 / 3, "quarter": 1 / 4, "quarters": 3 / 4, "fifth": 1 / 5,
                    "fifths": 2 / 5, "sixth": 1 / 6, "seventh": 1 / 7, "eighth": 1 / 8, "ninth": 1 / 9, "tenth": 1 / 10}
_FRACTION = re.compile(
    r"(?<!\bfirst\s)(?<!\bsecond\s)(?<!\blatter\s)(?<!\bformer\s)(?<!\bthird\s)(?<!\bfourth\s)"
    r"\b(?P<text>half|(?:a|one)\s+(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three)[\s-](?P<many>thirds|quarters|fifths))"
    # ("more than half the vote", "half its budget": a share of a group named without "of"; not "half the time")
    r"(?=\s+(?:of|fewer|more|less|higher|lower|larger|smaller)\b|\s+(?:the|its|their|all)\s+(?!(?:time|battle|story|fun|way)\b)"
    # ("Half received weekly injections …, and half a placebo": half of a group named before, doing something)
    r"|(?<=^Half)\s+(?:received|were|got|took|had|said|lived|live|are|have|did|do|say)\b)|(?<=\bby\s)(?:(?P<approx>about|around|roughly|nearly|almost|some|over|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?P<by>half|(?:a|one)\s+(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(?:two|three)[\s-](?:thirds|quarters|fifths))\b"
    # ("too long by half an hour", "late by a quarter of an hour": a span of time, no share)
    r"(?!\s+(?:of\s+)?an?\s+(?:hour|minute|day|week|month|year|mile|metre|kilometre|century|decade)\b)", re.IGNORECASE)


def _fractions(text: str, base: int, taken: list[Quantity]) -> list[Quantity]:
    out = []
    figures = DisjointSpans((q.start - base, q.end - base) for q in taken)
    for m in _FRACTION.finditer(text):
        words = (m.group("text") or m.group("by")).lower().replace("-", " ").split()
        s, e = m.span()
        if figures.overlaps(s, e):
            continue
        value = _FRACTION_VALUES[words[-1]]
        out.append(Quantity(text=text[s:e], value=round(value, 4), start=base + s, end=base + e, unit="share",
                            approx=bool(m.group("approx"))))
    return out


def _spelled_hundreds(words: str) -> int:
    """ "two hundred and fifty" -> 250, "a hundred" -> 100."""
    total = 0
    for w in re.split(r"[\s-]+", words):
        if w == "hundred":
            total = (total or 1) * 100
        elif w == "a":
            total += 1
        elif w != "and":
            total += NUMBER_WORDS[w]
    return total


# a person described by a count ("mum-of-three", "father-of-two") or an age between commas after the
# name ("Kerry Lowe, 38, fumed")
_COUNT_OF_A_PERSON = re.compile(r"\b[A-Za-z]+-of-$")
_NUMBERED = re.compile(r"\b(?:No|no|Nos|nos)\.\s*$")
_NAME_BEFORE_AGE = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ’'-]+,\s+$")
_AGE_AFTER_NAME = re.compile(r"(?=,\s)")


def _numbers(text: str, base: int, exclude: list[tuple[int, int]], grams: frozenset[str]) -> list[Quantity]:
    out: list[Quantity] = []
    has_words = _NUMBER_TRIGGERS.any(grams)
    if not (has_words or _DIGIT.search(text)):
        return out
    covered = 0
    times = DisjointSpans((a - base, b - base) for a, b in exclude)
    for core in (_CORE_ALL if has_words else _CORE_DIGITS).finditer(text):
        word = core.groupdict().get("word")
        core_start = core.start()
        if core_start < covered:
            continue  # the upper end of a range already taken
        after = _AFTER.match(text, core.end())
        before = _BEFORE.search(text, max(0, core_start - 30), core_start) if _may_have_prefix(text, core_start) else None
        approx = before.group("approx") if before else None
        cur = before.group("cur") if before else None
        end = after.end()
        if times.overlaps(core_start, end):
            continue
        pence = not word and not cur and _PENCE.match(text, core.end()) is not None
        glued = None if word or not core_start or not text[core_start - 1].isalpha() \
            else cur if cur and before.end("cur") == core_start \
            else _glued_currency(text, core_start, core.group("num"), after.group("scale") or "")
        if not word and not pence and not glued and _part_of_token(text, core_start, core.end()):
            continue
        if glued and not cur:
            cur, before = glued, None
        if _COUNT_OF_A_PERSON.search(text, max(0, core_start - 20), core_start) or _NUMBERED.search(text, max(0, core_start - 6), core_start):
            continue  # "Mum-of-three Kerry Lowe", "No. 10 said": who the person is, or what a number names
        # "Kerry Lowe, 38, fumed": the person's age, a figure that tells who, not what happened
        age = not word and bool(_AGE_AFTER_NAME.match(text, core.end())) \
            and _NAME_BEFORE_AGE.search(text, max(0, core_start - 40), core_start) is not None
        if word:
            lowered = word.lower()
            if lowered == "one" and _ANY_BEFORE.search(text, max(0, core_start - 8), core_start):
                continue  # "for any one person", "no one": a way of speaking, not a count
            if lowered == "one" or lowered.startswith("a "):
                follow = NEXT_WORDS.match(text, core.end())
                nxt = follow.group(1).split()[0].lower().rstrip("’'") if follow else ""  # "a dozen tenants' groups"
                if not nxt or nxt in _NOT_AFTER_ONE or nxt in STOP or not nxt.isalpha():
                    continue
            value = float(_spelled_hundreds(lowered) if " hundred" in lowered else sum(NUMBER_WORDS[part] for part in lowered.split("-")))
        else:
            value = float(core.group("num").replace(",", "").replace(" ", ""))
        upper = float(after.group("num2").replace(",", "").replace(" ", "")) if after.group("num2") else None
        scale = (after.group("scale") or "").lower()
        metres = False
        if scale in ("m", "k") and not cur and not counts_millions(text, end, core_start):
            metres, scale = scale == "m", ""  # "a 5m wall" is five metres; "1.2m residents" is 1.2 million
        factor = SCALES.get(scale, 1.0)
        # "€4.1 billion" is 4,100,000,000, not the 4,099,999,999.9999995 of binary floating point
        value = float(f"{value * factor:.12g}")
        if upper is not None:
            upper = float(f"{upper * factor:.12g}")
        if pence:
            value, unit, end = float(f"{value / 100:.12g}"), "GBP", core.end() + 1  # "a toll of 40p" is £0.40
        elif after.group("pct"):
            unit = "percent"
        elif after.group("points"):
            unit = "percentage points"  # "rose by 12 percentage points": a change in a share, no share itself
        elif after.group("temp"):
            unit = "°" + after.group("temp").strip().lstrip("°").strip()  # "41.5C" is a temperature
            if core_start and text[core_start - 1] in "-−" and (core_start == 1 or not text[core_start - 2].isalnum()):
                value, core_start = -value, core_start - 1  # "lows of -3C": below zero
        elif metres:
            unit = "m"
        elif cur:
            unit = _UNIT_OF.get(cur.upper(), cur.upper())
        elif after.group("hunit"):
            unit = after.group("hunit").lower()
        elif age:
            unit = "age"
        else:
            unit = counted_noun(text, end)
        start = before.start("approx") if approx else (before.start("cur") if before and cur else core_start - len(glued or ""))
        if word and lowered.startswith("a ") and _HALF_BEFORE.search(text, max(0, core_start - 5), core_start):
            value, start = value / 2, core_start - 5  # "half a million pounds" is 500,000
        elif word and lowered.startswith("a ") and (share := _SHARE_OF_BEFORE.search(text, max(0, core_start - 20), core_start)):
            # "A quarter of a million homes" is 250,000
            value = float(f"{value * _SHARE_OF_VALUE[share.group('share').lower().split()[-1].split('-')[-1]]:.12g}")
            start = share.start()
        if word and lowered in NUMBER_WORDS and NUMBER_WORDS[lowered] < 12 and (dozen := _DOZEN_AFTER.match(text, core.end())):
            value, end = value * 12, dozen.end()  # "two dozen aftershocks" is 24
            unit = counted_noun(text, end)
        if upper is not None and _TO.match(text, core.end()) and (
                upper < value or _FROM_BEFORE.search(text, max(0, start - 12), start)
                or upper >= 5 * value and _BY_BEFORE.search(text, max(0, start - 12), start)):
            # "cut from 42,000 to 31,000 trips", "voted 23 to 9", "grew by around 9,000 to 87,500" (a
            # change and the level it reached, where "rose by 5 to 10 per cent" is a range): two figures
            second = after.start("num2")
            out.append(Quantity(text=text[start:core.end()], value=value, start=base + start, end=base + core.end(),
                                unit=unit, approx=bool(approx)))
            out.append(Quantity(text=text[second:end], value=upper, start=base + second, end=base + end, unit=unit))
        else:
            out.append(Quantity(text=text[start:end], value=value, start=base + start, end=base + end, unit=unit,
                                approx=bool(approx), upper=upper))
        covered = end
    return _share_units(text, out, base) if len(out) > 1 else out


# "4,812 offences … compared with 3,950 in 2021", "up from 14,200": the second figure counts what
# the first did
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|to)\s+$", re.IGNORECASE)


def _share_units(text: str, found: list[Quantity], base: int) -> list[Quantity]:
    out = [found[0]]
    for q in found[1:]:
        prev = out[-1]
        if q.unit is None and prev.unit and prev.unit != "percent" and q.start - prev.end <= 120 \
                and _COMPARED.search(text, max(0, q.start - base - 20), q.start - base):
            q = replace(q, unit=prev.unit)
        out.append(q)
    return out


_APPROX_LAST_WORDS = frozenset(a.split()[-1].lower() for a in APPROX)
_CURRENCY_TAILS = ("€", "$", "£", "¥", "₹", "₦", "EUR", "USD", "GBP", "INR", "KES", "NGN", "ZAR", "Rs", "Rs.", "Sh", "Sh.")
# a currency's letters glued to the figure: "Sh4.2 billion", "KSh1,500"; a single letter only with a
# scale or grouped thousands after it ("N412 billion", "R2.5bn"; not the N7 road)
_GLUED = re.compile(r"(?<![A-Za-z])(?P<cur>KSh|Ksh|TSh|USh|Sh|(?P<letter>[NR]))$")
_UNIT_OF = {"€": "EUR", "$": "USD", "£": "GBP", "US$": "USD", "¥": "JPY", "₹": "INR", "₦": "NGN", "RS": "INR", "RS.": "INR",
            "R": "ZAR", "N": "NGN", "SH": "KES", "SH.": "KES", "KSH": "KES", "TSH": "TZS", "USH": "UGX"}


def _glued_currency(text: str, s: int, num: str, scale: str) -> str | None:
    """The currency whose letters are glued to the figure at `s`, if they are one."""
    m = _GLUED.search(text, max(0, s - 3), s)
    if not m or m.group("letter") and not (scale or "," in num):
        return None
    return m.group("cur")


def _may_have_prefix(text: str, s: int) -> bool:
    """Whether an approximation word or a currency can stand right before the number: a cheap
    look at the preceding word before the costlier pattern."""
    window = text[max(0, s - 20):s]
    if window.endswith(_CURRENCY_TAILS) or window.rstrip().endswith(_CURRENCY_TAILS):
        return True
    words = window.split()
    return bool(words) and window[-1:].isspace() and words[-1].lower() in _APPROX_LAST_WORDS


_TRILLIONS = re.compile(r"t(?:r)?n\b", re.IGNORECASE)  # "$1.2tn", "£3trn"


def _part_of_token(text: str, s: int, e: int) -> bool:
    """Digits inside a word, an address, a time of day or a code are not quantities."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before.isalpha() or before in "/#:@_" or after in ":/@_" or (after.isalpha() and after.lower() not in "mkb%" and not _TRILLIONS.match(text, e)
                                                                    and not _DEGREES.match(text, e) and not _PC.match(text, e)):
        return True
    if _TIME_OF_DAY.match(text, e, e + 9):
        return True
    if before == "[" and after == "]":
        return True  # a reference marker: "… when a valve failed [1]."
    if before in "-–/" and e - s == 2 and _YEAR_BEFORE.search(text, max(0, s - 5), s):
        return True  # the second year of "2023-24"
    return before == " " and _PLAIN_INTEGER.fullmatch(text, s, e) is not None and _label_before(text, s) \
        and not _MEASURE_AFTER.match(text, e)


def _label_before(text: str, s: int) -> bool:
    if s < 2:
        return False  # a figure opening the text has no word before it (nor may the slice below wrap round)
    word = text[max(0, s - 30):s - 1].rsplit(None, 1)[-1:] or [""]
    w = word[0]
    return len(w) >= 2 and w[0].isupper() and w[1:].isalpha() and w[1:].islower() and w not in _NOT_LABELS


_DEGREES = re.compile(r"[CF]\b")  # "41.5C"
_PENCE = re.compile(r"p(?![\w’']|\.\w)")  # "40p", not "5p.m."
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d[-–/]$")
_TIME_OF_DAY = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock|(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)\b)",
                          re.IGNORECASE)
# "Warehouse 4", "Route 66", "Article 5": a plain integer right after a capitalized name labels a
# thing rather than counting it (not after an approximation or a sentence's opening word).
_NOT_LABELS = frozenset(
    "About Around Nearly Almost Some Over Only Just All Of The In By Since At For With To From Up Another Roughly "
    "Approximately More Fewer Less Exactly Than Under On And Or But Its Their Our His Her These Those Every Each Top "
    "Between Among After Before During Until Total Then When While".split())
_PLAIN_INTEGER = re.compile(r"\d{1,4}")
# … unless a unit of measure follows: "Leakage 182 megalitres a day" counts
# (a share is a measure too: "Labour 34%", "Green 7% (nc)" in a poll's list)
_MEASURE_AFTER = re.compile(r"\s?%|\s+per\s?cent\b|\s+(?:(?:mega|kilo|milli|centi|giga)?(?:litres?|liters?|metres?|meters?|grams?|"
                            r"watts?|tonnes?)|tons?|miles?|hectares?|acres?|km|kg|mm|cm|ml|kWh|MWh|GWh|MW|GW)\b")
