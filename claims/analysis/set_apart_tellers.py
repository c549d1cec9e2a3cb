"""Tellers named apart from a subject before its reporting verb: "according to" and whose estimate, "per", a
statement read, quoted as saying (before or around what they tell); a quotation signed after a dash, the
verb then the speaker after a quotation or closing the sentence, a running quotation, a teller set between
commas (after it)."""
from __future__ import annotations

import re

from .lexicon import NAME_PARTICLES, REPORTING_VERBS, VAGUE_SPEAKERS, WEEKDAY_NAMES
from .normalize.quotations import QUOTE_SIGNATURE
from .quote_speakers import holder_of_title
from .subjects import subject_before, unnamed_group

# a reporting verb with what may stand before it ("has also said", "continues to accuse")
VERB = re.compile(
    rf"\b(?:(?:has|have|had|was|were|is|are|did|does|do)(?:n[’']t)?\s+)?(?:(?:not|never|n't|no\s+longer)\s+)?(?:(?:also|again|later|publicly|blatantly|repeatedly|reportedly|"
    rf"recently|previously|then|first|now|long|often|already|never|always|still|since|\w+ly)\s+)?"
    # ("Sudria continues to accuse Norland of …": a telling kept up)
    rf"(?:(?:continues|continue|continued|keeps|kept|went\s+on)\s+to\s+)?(?P<verb>{REPORTING_VERBS})\b"
)
# (and "by the association's own estimate": whose reckoning gives it, as "according to")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;:]+)|\bby\s+(?P<whose>(?:the|its|their)\s+[^,.;:]{2,60}?)[’']s?\s+(?:own\s+)?"
                        r"(?:estimates?|count|reckoning|calculations?|figures)\b", re.IGNORECASE)
_RECKONING_WORDS = frozenset("estimate estimates count reckoning calculation calculations figures".split())
# "Transport Secretary Anna Grey was quoted by the Kelby Post as saying …": who was quoted said it
_QUOTED_AS_SAYING = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:widely\s+|also\s+)?quoted\s+"
                               r"(?:by\s+[^,.;]{2,60}?\s+|in\s+[^,.;]{2,60}?\s+)?as\s+saying\b")
# "Per the company's latest accounts, Harbour Holdings made …": "per" opening the sentence, as "according to"
_PER = re.compile(r"\W*Per\s+(?P<who>(?:the|its|their|a|an|[A-Z])[^,.;:]{2,80}),\s")
# "…," said Anna Berg, the mayor. — the speaker follows the verb after a quotation ("said its director,
# Leon Fairweather": a title then the name)
# lowercase words that may stand in a speaker's title ("local councillor", "police chief"), not a
# preposition that starts what follows the name ("said officials on Monday")
# (nor a time closing the telling: "…, Daniella Misail-Nichitin, said on Sunday.", "said earlier")
_NOT_PREPOSITION = (r"(?!(?:on|in|at|of|for|from|with|after|before|during|last|this|and|to|when|while|about|as|by|"
                    r"late|early|earlier|later|yesterday|today)\b)")
_QUOTE_THEN_VERB = re.compile(
    r"""(?:[,.!?]?["”’]|(?<=[,.!?])')\s*,?\s*(?:said|says|added|told\s+\w+|asked|wrote|explained|warned|insisted)\s+"""
    rf"""(?P<who>(?:the\s+)?(?:{_NOT_PREPOSITION}[a-z]+\s+){{0,2}}[A-ZÀ-Þ][\w’'.-]*(?:\s+{NAME_PARTICLES}[A-ZÀ-Þ][\w’'.-]*){{0,5}}"""
    rf"""(?:(?:\s+{_NOT_PREPOSITION}[a-z]{{3,}}){{1,3}}"""
    r"""\s+[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){0,2})?|(?:the|a|an|one|another|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?"""
    r"""|(?:[a-z]+\s+)?[a-z]{3,}s(?=[\s,.;:!?]|$))"""
)
# "The fire is 15% contained, says incident commander Jo Marsh." — also with who the speaker is after
# the name ("…, said Becker, who advised the council", "…, said Tom Becker, a professor at …")
# ("…, argues Umida Niyazova of the Uzbek Forum for Human Rights": the name, its body after it)
_VERB_THEN_SPEAKER = re.compile(
    r",\s*(?P<verb>said|says|added|explained|wrote|warned|argues|argued|notes|noted|insists|insisted)\s+"
    rf"{_NOT_PREPOSITION}"
    rf"(?P<who>(?:the\s+)?(?:[a-z]+\s+){{0,2}}[A-ZÀ-Þ][\w’'.-]*(?:\s+{NAME_PARTICLES}[A-ZÀ-Þ][\w’'.-]*){{0,3}})"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|on))*)?"
    r"(?:,\s+(?:who|a|an|the|its|his|her|their|one\s+of)\s[^.;:!?\"“”]*)?\s*[.!]?$")
# "according to a statement from the county fire service": the service speaks
_DOCUMENT_OF = re.compile(
    r"^(?:(?:a|an|the)\s+(?:\w+\s+)?(?:statement|report|release|post|letter|filing|notice)\s+"
    r"(?:(?:issued|published|released)\s+(?:(?:on|in|last|this|earlier)\s+(?:this\s+)?[\w,]+(?:\s+\d{1,4}){0,2}\s+)?)?(?:from|by|of)"
    r"|(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures|data|statistics|numbers|estimates)\s+"
    r"(?:released|published|compiled|issued|provided)\s+by)\s+", re.IGNORECASE)
_OWN_DOCUMENT = re.compile(r"(?:(?:a|an|the)\s+(?:\w+\s+)?(?:statement|release|post|notice)\s+on\s+(?:its|their|his|her)\s+"
                           r"(?:website|site|page|account)|(?:its|their|his|her)\s+(?:own\s+)?(?:statement|release|post|website)"
                           # ("… told the envoy on Wednesday, according to his office": the teller's own office)
                           r"|(?:its|their|his|her)\s+(?:press\s+)?(?:office|spokes(?:man|woman|person)|service|aides?))\b",
                           re.IGNORECASE)
# what trails a speaker's name and is no part of it: "the Weather Office [2]", "the ministry on
# Sunday", "Priya Shah today announced"
AFTER_NAME = re.compile(
    rf"\s*(?:\[\^?\w{{1,10}}\]|\b(?:on|last|this)\s+(?:{WEEKDAY_NAMES}|week|month|year)|\b(?:in|on)\s+\d{{1,2}}\s+\w+"
    r"|\bin\s+(?:19|20)\d\d|\b(?:today|yesterday|tonight|earlier|later|again|also|now|this\s+(?:morning|afternoon|evening)"
    r"|at\s+(?:the\s+moment|present)|for\s+now|right\s+now|currently))"
    r"\s*$", re.IGNORECASE)
# '"We planted 10,000 trees in 2024." — Mayor Tom Reyes, in a speech on 3 March.': a quotation signed after a dash
# (the signature itself is read as under a blockquote, quotations.QUOTE_SIGNATURE)
_QUOTE_THEN_DASH = re.compile(r"""["”’]\s*(?=[—–])""")
# (in single quotation marks as British papers print speech: "'That is not a drill, that is a fiction.'")
_WHOLE_QUOTE = re.compile(r"""^\s*(?:["“‘][^"“”]*["”’]|'[^"“”']*[.!?]')\s*$""")
# 'A statement from the club read: "We are bitterly disappointed …"': the body whose words they are
_STATEMENT_READ = re.compile(r"\b(?i:a|an|the|its|their)\s+(?:\w+\s+)?(?:statement|message|letter|post|notice|email|tweet)\s+"
                             r"(?:from|by|issued\s+by|on\s+behalf\s+of)\s+(?P<who>[^,:;\"“]{2,60}?)\s+reads?\s*[:,]\s*[\"“]")
# "The study did not show that phone use causes poorer sleep, the authors note, only that …": the
# teller set between commas inside what they tell
_ASIDE_TELLER = re.compile(r",\s+(?P<who>(?:the|its|his|her|their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                           r"\s+(?P<verb>note|notes|noted|said|says|added|adds|argue|argues|argued|warn|warns|warned|write|writes|"
                           r"wrote|insist|insists|insisted|stress|stresses|stressed|admit|admits|admitted)\s*,\s+(?=\S)")



def _teller(who: str, why: str) -> tuple[str, bool, str]:
    return who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who), why


def teller_named_apart(sentence: str, grams: frozenset[str]) -> tuple[str, bool, str] | None:
    """(who, vague, why) for a teller named by "according to", whose estimate, "per", a statement read or
    quoted as saying; None when there is none."""
    m = _ACCORDING.search(sentence) if "according" in grams or "by" in grams and not _RECKONING_WORDS.isdisjoint(grams) else None
    if m and not (_OWN_DOCUMENT.match((m.group("who") or m.group("whose")).strip()) and VERB.search(sentence, 0, m.start())):
        # ("the European Commission said …, according to a statement on its website": the body that said it)
        who = AFTER_NAME.sub("", _DOCUMENT_OF.sub("", (m.group("who") or m.group("whose")).strip().rstrip(".,;:")))
        return who, bool(VAGUE_SPEAKERS.search(who)), f"'according to {who}'" if m.group("who") else f"'{m.group(0)}'"
    m = _QUOTED_AS_SAYING.search(sentence) if "quoted" in grams else None
    if m and (who := subject_before(sentence[:m.start()], sentence)):
        return _teller(who, f"'{who}' quoted as saying")
    m = _PER.match(sentence) if "per" in grams else None
    if m:
        who = m.group("who").strip()
        return who, bool(VAGUE_SPEAKERS.search(who)), f"'per {who}'"
    m = _STATEMENT_READ.search(sentence) if "read" in grams or "reads" in grams else None
    if m:
        who = m.group("who").strip()
        return who, False, f"a statement from '{who}' read"
    return None


def teller_after_the_words(sentence: str, reporting: bool, previous: str | None) -> tuple[str, bool, str] | None:
    """(who, vague, why) for a teller named after what they tell — signed after a dash, after a quotation
    or closing the sentence, set between commas — or the speaker before going on in a whole quotation."""
    m = _QUOTE_THEN_DASH.search(sentence) if "—" in sentence or "–" in sentence else None
    signed = QUOTE_SIGNATURE.match(sentence[m.end():]) if m else None
    if signed:
        who = signed.group("who").strip()
        return who, False, f"quotation signed '— {who}'"
    m = _QUOTE_THEN_VERB.search(sentence) if reporting else None
    if m:
        who = holder_of_title(sentence, m.group("who").strip().rstrip(".,;:"), m.end("who"))
        return _teller(who, f"quotation attributed to '{who}'")
    m = _VERB_THEN_SPEAKER.search(sentence) if reporting else None
    if m:
        who = m.group("who").strip().rstrip(".,;:")
        return who, bool(VAGUE_SPEAKERS.search(who)), f"'{m.group('verb')}' then '{who}' closing the sentence"
    if previous and _WHOLE_QUOTE.match(sentence):
        return previous, False, f"continues the quotation of '{previous}'"
    m = _ASIDE_TELLER.search(sentence) if ", " in sentence else None
    if m:
        who = m.group("who")
        return _teller(who, f"'{who} {m.group('verb')}' set in the sentence")
    return None
