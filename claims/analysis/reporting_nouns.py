"""Reporting verbs that are also nouns or adjectives ("the reports", "an estimated €4.1 billion",
"paid for by the three states"): where such a word is no telling."""
from __future__ import annotations

import re

# "reports of", "claims on", "the territorial claims against Azerbaijan" are nouns; "found that the figure
# was inflated" reports ("reports to the chief executive", "damp reports to a dedicated team": answers to,
# or is sent to)
_NOT_REPORTING = re.compile(r"(?:reports?|claims?|states?|notes?|estimates?)\s+(?:of|on|from|for|by|about|against)\b"
                            r"|(?:finds|found|shows?|put|puts)\s+(?:of|on)\b"
                            r"|reports?\s+(?:directly\s+)?to\b(?![^.;]*\bthat\b)")
# "amid reports that the …", "dismissed claims that the …": a noun after a word no subject ends
# with; "The authority estimates that the …" reports
_NOUN_THAT = re.compile(r"(?:reports?|claims?|states?|notes?|estimates?)\s+that\s+the\b")
_BEFORE_NOUN_THAT = re.compile(
    r"\b(?:amid|despite|over|about|of|with|after|following|dismissed|rejected|denied|denies|rejects|dismisses|"
    r"are|were|there|and|or|but|new|fresh|unconfirmed|media|press|news|earlier|initial|conflicting|such|any|no)\s+$",
    re.IGNORECASE)
# Reporting verbs that are also nouns, and what makes them nouns: a plural right after a
# determiner ("the reports"), a base form after a determiner and at most one singular word
# ("every safety report"; "the members report" stays a verb).
_NOUN_FORMS = frozenset("report reports claim claims note notes estimate estimates forecast forecasts dispute blame doubt "
                        "projects states".split())
_DETERMINER = r"\b(?:the|a|an|its|their|our|his|her|these|those|every|each|any|no|such|this|that)\s+"
# ("The latest forecasts show …", "not day-to-day forecasts": a plural after words that describe it)
_DESCRIBING = (r"(?:latest|new|official|daily|weekly|monthly|seasonal|long-range|day-to-day|previous|earlier|recent|revised|"
               r"independent|own|first|final|initial|media|press|news|weather|budget|economic)\s+")
# ("paid for by the three states", "both reports"): a plural after a count
_COUNTED = r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|both|all|several|many|member|other)\s+"
# ("resumed work on projects that did not involve Russia": a plural after a preposition)
_PREPOSITION = r"\b(?:on|in|into|for|of|with|from|about|over|under|between|among|across)\s+"
_NOUN_BEFORE = {
    True: re.compile(rf"(?:{_DETERMINER}|{_DESCRIBING}|{_COUNTED}|{_PREPOSITION})$", re.IGNORECASE),
    False: re.compile(_DETERMINER + r"(?:[a-z-]*[a-rt-z]\s+)?$", re.IGNORECASE),
}
# "The bank forecast growth of 2%", "The agency forecast that …": the past of the verb, by what it forecast
_FORECAST_OBJECT = re.compile(r"\s+(?:that|a|an|its|their|growth|inflation|unemployment|losses|profits|rises?|falls?|"
                              r"[£$€]?\d)\b", re.IGNORECASE)
# "the weather forecasts were wrong", "the company's claims are false": a verb takes an object, a
# noun its own verb
_AUXILIARY_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had|will|would|can|could|may|might|must|should)\b")
# "the operator's claim", "the company's first estimate": a noun
_POSSESSIVE_BEFORE = re.compile(r"\w[’']s\s+(?:(?:first|initial|latest|own|new|original|revised|official|earlier|final|"
                                r"previous|last|annual|formal)\s+)?$")


def read_as_noun(sentence: str, verb: str, start: int, end: int) -> bool:
    """Whether the reporting word at sentence[start:end] is a noun or an adjective there, not a verb."""
    if _NOT_REPORTING.match(sentence, start) or (
            _NOUN_THAT.match(sentence, start) and _BEFORE_NOUN_THAT.search(sentence, max(0, start - 16), start)):
        return True
    if verb in _NOUN_FORMS and (_NOUN_BEFORE[verb.endswith("s")].search(sentence, max(0, start - 40), start)
                                or _POSSESSIVE_BEFORE.search(sentence, max(0, start - 40), start)) \
            and not (verb == "forecast" and _FORECAST_OBJECT.match(sentence, end)):
        return True
    if verb in _NOUN_FORMS and _AUXILIARY_AFTER.match(sentence, end):
        return True
    if verb in _NOUN_FORMS and verb.endswith("s") and _HELD_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "The treaty contains no territorial claims", "has filed two claims": what is held or made
    if verb == "states" and _KIND_OF_STATE.search(sentence, max(0, start - 24), start):
        return True  # "backed by most African and island states", "the Baltic states": countries
    if verb.endswith("ed") and _DETERMINER_BEFORE.search(sentence, max(0, start - 8), start) and _WORD_AFTER.match(sentence, end):
        return True  # "It assigns the disputed Dostuk water point", "an alleged plot": an adjective
    return verb == "estimated" and bool(_NOUN_BEFORE[True].search(sentence, max(0, start - 12), start))


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|these|those|his|her|our)\s+$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?!that\b|by\b)[\w’'-]+")
# the kind of state before "states": "island states", "the Gulf states", "neighbouring states"
_KIND_OF_STATE = re.compile(r"\b(?:island|small|coastal|landlocked|Baltic|Gulf|Arab|African|Asian|European|Balkan|Nordic|Caribbean|"
                            r"Pacific|neighbou?ring|frontline|front-line|nuclear|sovereign|successor|rogue|failed|nation|western|"
                            r"Western|post-Soviet|EU|NATO|UN)\s+$")
# a plural that is the object of a verb of having or making: "contains no territorial claims", "has
# dropped its claims" (a determiner alone is read above)
_HELD_BEFORE = re.compile(r"\b(?:contains?|contained|includes?|included|has|have|had|holds?|held|makes?|made|drops?|dropped|"
                          r"renounces?|renounced|lodges?|lodged|files?|filed|withdraws?|withdrew|withdrawn)\s+"
                          r"(?:(?:no|any|its|their|all|some|his|her|our|new|two|three|several)\s+)?(?:[a-z][a-z-]*\s+)?$")
