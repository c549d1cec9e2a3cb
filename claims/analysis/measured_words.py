"""Words that judge in most uses but measure in some: a superlative ranked over a span or in a measured order, an
evaluative word in a neutral use ("a significant share", "interest rates", "a deep-sea port"), a patient's
condition told."""
from __future__ import annotations

import re

# "the largest investment in social housing in a decade", "the worst floods since 1947": a record
# over a span named, measured against the years before
# ("The attack was the deadliest in Kosovo in years": a toll against the years before, where "the best
# thing staged in years" judges)
_MEASURED_SUPERLATIVES = (r"largest|biggest|highest|lowest|smallest|longest|shortest|fastest|slowest|wettest|driest|hottest|coldest|"
                          r"deadliest|bloodiest|heaviest|")
# ("It was the first UN visit to the region in about 30 years": a first after a span named)
# ("It was the second major flood in the region in less than a year": a count of such events over a span)
RECORD_OVER_A_SPAN = re.compile(rf"\bthe\s+(?:{_MEASURED_SUPERLATIVES}worst|best|most|least|first|second|third|fourth|fifth)\s+"
                                r"(?:[\w-]+\s+){0,5}?(?:in\s+"
                                r"(?:(?:about|nearly|almost|over|some|more\s+than|less\s+than|under)\s+)?(?:a|one|two|"
                                r"three|four|five|ten|twenty|fifty|\d+)\s+(?:decades?|years?|generations?|centur(?:y|ies))|since\s+\d{4}|"
                                r"on\s+record|ever\s+recorded|since\s+(?:records|measurements|recording)\s+(?:began|started))\b"
                                rf"|\bthe\s+(?:{_MEASURED_SUPERLATIVES[:-1]})\s+(?:[\w-]+\s+){{0,5}}?"
                                r"in\s+(?:many\s+|several\s+)?(?:years|decades)\b", re.IGNORECASE)


# Evaluative words in a neutral use: "a significant share" measures, "to benefit from" is a goal.
_WORTH_IN_FIGURES = re.compile(r"\bworth\s+(?:far\s+|much\s+)?(?:more|less)\s+than\s+(?:about\s+|around\s+)?[$£€]?\d", re.IGNORECASE)
_NEUTRAL_USE = {
    # ("The contract is worth more than £2 million": a sum, measured)
    "worth more than": _WORTH_IN_FIGURES, "worth less than": _WORTH_IN_FIGURES,
    "significant": re.compile(r"\bsignificant\s+(?:share|number|amount|portion|part|proportion|majority|minority|"
                              r"increase|decrease|rise|fall|drop|growth|decline)\b", re.IGNORECASE),
    "benefit": re.compile(r"\bto\s+benefit\s+from\b", re.IGNORECASE),
    # a name in law: "a claim of unfair dismissal", "unfair contract terms"
    "unfair": re.compile(r"\bunfair(?:ly)?\s+(?:dismiss(?:al|ed)|prejudice|(?:contract\s+)?terms|trading|commercial\s+practices?)\b",
                         re.IGNORECASE),
    "interest": re.compile(r"\binterest\s+rates?\b", re.IGNORECASE),
    # a depth measured, not a judgement: "a deep-sea port", "deep-water berths", "a deep borehole"
    "deep": re.compile(r"\bdeep[- ]?(?:sea|water|ocean)\b|\bdeep\s+(?:boreholes?|wells?|mines?|tunnels?|trenches|trench|harbou?rs?)\b",
                       re.IGNORECASE),
    # "the largest penalty the regulator has imposed", "the largest since 1998": a record, measured
    # ("has worked without its largest member": a size among members, countable, not a verdict)
    "largest": re.compile(r"\blargest\s+(?:[\w-]+\s+){0,2}?(?:(?:that\s+)?(?:the|a|an|its|it|they|we)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:has|have|had)\s+(?:ever\s+)?[a-z]+(?:ed|en|ne|wn)\b|since\s+\d{4}|on\s+record|ever\s+recorded)"
                          # ("Kyrgyzstan's largest gold mine", "the largest hydropower plant": a size among works, countable)
                          r"|\blargest\s+(?:single\s+|[a-z]+\s+)?(?:member|members|city|town|country|employer|employers|producer|exporter|"
                          r"importer|shareholder|supplier|customer|market|economy|party|port|airport|company|bank|donor|lender|trading\s+partner|"
                          r"contributor|minority|ethnic\s+group|river|lake|island|region|province|state|mine|plant|dam|field|reservoir|"
                          r"refinery|factory|deposit|reactor|creditor|investor)\b",
                          re.IGNORECASE),
}
# "The council's planning guidance says no more than five should be allowed": a rule's own words,
# reported, lay down what it requires; whether it does can be checked
_RULE_SAYS = re.compile(r"\b(?:guidance|guidelines|rules?|regulations?|code|policy|law|standards?|framework|licen[cs]e|contract|"
                        r"conditions)\s+(?:says|say|states|state|requires|require|sets\s+out|set\s+out)\s+(?:that\s+)?"
                        r"[^.;:]{0,80}?\b(?:should|must)\b")
_NEUTRAL_USE["should"] = _NEUTRAL_USE["must"] = _RULE_SAYS
CONDITION_TOLD = re.compile(r"\b(?:life|lives|condition)\s+(?:is|are|was|were)\s+(?:not\s+|no\s+longer\s+)?"
                             r"(?:in\s+danger|stable|critical|serious|satisfactory)\b"
                             r"|\bin\s+(?:a\s+)?(?:stable|critical|serious|satisfactory)\s+condition\b", re.IGNORECASE)
# "His life is not in danger", "Two of the wounded are in danger": a patient's condition, told by doctors
_NEUTRAL_USE["danger"] = re.compile(r"\b(?:life|lives|condition)\s+(?:is|are|was|were)\s+(?:not\s+|no\s+longer\s+)?in\s+danger\b"
                                    r"|\b(?:is|are|was|were)\s+(?:not\s+|no\s+longer\s+)?in\s+(?:mortal\s+|serious\s+)?danger\b",
                                    re.IGNORECASE)
# ("the second major flood in the region in less than a year": the kind of event a count over a span counts)
_KIND_COUNTED = frozenset("major serious significant".split())
_SUPERLATIVES = frozenset("largest biggest highest lowest smallest longest shortest fastest slowest worst best most least".split())


# "the world's fourth-largest proven gas reserves", "the country's second-busiest port": a rank
# in a measured order, which a table of figures settles
# ("Armenia was one of the main destinations for Russians leaving their country": a place in a measured order)
RANKED = re.compile(r"\bone\s+of\s+the\s+(?:main|largest|biggest|busiest|leading|poorest|richest|few)\s+(?:[a-z]+\s+)?[a-z]+s\b"
                    r"|\b(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[-\s]"
                    r"(?:largest|biggest|highest|lowest|smallest|longest|busiest|richest|poorest|most\s+populous)"
                    r"|(?:world|country|nation|continent|region|Europe|Africa|Asia|America|Britain|UK|EU|state|city|county)[’']s\s+"
                    r"(?:largest|biggest|highest|lowest|smallest|longest|busiest|richest|poorest|most\s+populous))\b"
                    # ("The EU is already Armenia's largest donor", "remain the biggest source of complaints"): first in a role
                    # counted by what it gives, buys or brings
                    r"|\b(?:largest|biggest)\s+(?:single\s+)?(?:trading\s+partner|buyer|donor|investor|exporter|importer|producer|creditor|"
                    r"supplier|market|employer|source|lender|customer|shareholder|contributor|recipient)s?\b"
                    # ("the deadliest weather hazard in Armenia", "the largest employer in the region"): first by a measure, in a place
                    r"|\bthe\s+(?:largest|biggest|highest|lowest|smallest|longest|busiest|richest|poorest|deadliest|costliest|oldest|"
                    r"most\s+populous)\s+(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?[A-Z]"
                    # ("Carbapenem-resistant Klebsiella pneumoniae is the fastest-growing threat": first by a rate of growth)
                    r"|\bthe\s+(?:fastest|slowest)[- ](?:growing|rising|falling|shrinking)\b"
                    # ("Russia's 201st military base is its largest outside its own territory": first among its owner's, somewhere)
                    r"|\b(?:is|are|was|were|remains?)\s+(?:its|their)\s+(?:largest|biggest|oldest|busiest|longest)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:outside|abroad\b|overseas\b|in\s+(?:the\s+)?[A-Z])")


def measures_not_judges(word: str, sentence: str) -> bool:
    """An evaluative word in a neutral use, or a superlative measured as a record over a span ("the
    worst floods in 20 years") or as a rank in a measured order ("the world's fourth-largest")."""
    return word in _NEUTRAL_USE and bool(_NEUTRAL_USE[word].search(sentence)) \
        or word in _SUPERLATIVES and bool(RECORD_OVER_A_SPAN.search(sentence) or RANKED.search(sentence)) \
        or word in _KIND_COUNTED and bool(RECORD_OVER_A_SPAN.search(sentence)) \
        or _only_in_a_name(word, sentence) or _only_in_an_example(word, sentence)


# ", such as the use of the notorious Bayraktar drones,": an example set between commas beside what the
# sentence tells
_EXAMPLE_ASIDE = re.compile(r",\s+(?:such\s+as|including|notably)\s+[^,;]{2,100},")


def _only_in_an_example(word: str, sentence: str) -> bool:
    """ "Ankara's military support, such as the use of the notorious Bayraktar drones, shifted balances
    during the war": a judging word only inside an example set aside judges the example, not what the
    sentence tells."""
    if "," not in sentence or " " in word or not (asides := [m.span() for m in _EXAMPLE_ASIDE.finditer(sentence)]):
        return False
    uses = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE)]
    return bool(uses) and all(any(a <= at < b for a, b in asides) for at in uses)


def _only_in_a_name(word: str, sentence: str) -> bool:
    """ "the International Institute for Strategic Studies": the word only as part of a name, written
    with its capital after another capitalised word."""
    if " " in word or not word.isalpha() or re.search(rf"\b{word}\b", sentence):
        return False
    return re.search(rf"[A-Z][\w’'-]*\s+(?:(?:for|of|and)\s+)?{word.capitalize()}\b", sentence) is not None
