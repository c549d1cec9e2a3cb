"""What a sentence says someone must do or needs: a duty a named rule sets, a deadline that makes an
order of a "must", a duty ahead under a rule, the writer's own appeal to the reader, the most a
rule lets a court impose."""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES, WEEKDAY_NAMES

# ("The council must publish an annual status report by 30 June each year": a standing duty, recurring)
# ("must give the trust at least 14 days' notice": a notice period is a deadline too)
DEADLINE = re.compile(r"\bwithin\s+(?:\d+|[a-z]+)\s+(?:working\s+)?(?:days|weeks|months)\b"
                      r"|\b(?:\d+|[a-z]+)\s+(?:working\s+|clear\s+)?(?:days|weeks|months)['’]?\s+notice\b"
                      r"|\b(?:each|every)\s+(?:year|month|quarter|week)\b|\bannually\b", re.IGNORECASE)

# "The council must save £1.1 million by April 2027", "must pass a budget by June 30": a duty with its
# day or year, told outside quotation marks (a campaign's quoted "must … by 2030" demands)
DATED_DEADLINE = re.compile(rf"\bby\s+(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\b|\bby\s+(?:19|20)\d\d\b",
                            re.IGNORECASE)
# "The council must save £14 million over the next two years": a duty over a span ahead, as one with its date
_SPAN_AHEAD = re.compile(r"\b(?:over|within)\s+the\s+next\s+(?:\w+\s+)?(?:years?|months?|weeks?)\b", re.IGNORECASE)


# "From April 2027 every council must collect food waste weekly": a duty from the day it starts, perhaps
# from its hour ("From 00:01 on Friday 4 December 2026, customers must not use a hosepipe …")
_FROM_DATE = re.compile(rf"\bfrom\s+(?:\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?(?=[A-Z]))?(?:(?:{WEEKDAY_NAMES}),?\s+)?"
                        rf"(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b|\bfrom\s+(?:19|20)\d\d\b", re.IGNORECASE)


def dated_duty(sentence: str, grams: frozenset[str]) -> re.Match | None:
    """The date or the span ahead a "must" is set by, outside a quotation ("must save … by April 2027",
    "must save … over the next two years", "From April 2027 every council must …")."""
    if sentence.lstrip()[:1] in "\"“‘":
        return None
    return DATED_DEADLINE.search(sentence) or ("next" in grams and _SPAN_AHEAD.search(sentence)) \
        or ("from" in grams and _FROM_DATE.search(sentence)) \
        or (("this" in grams or "next" in grams) and _MUST_THIS_SPAN.search(sentence)) or None


# "EU member states must decide this winter whether to renew it": a duty set for a season or a span ahead, named
_MUST_THIS_SPAN = re.compile(r"(?<!\byou\s)(?<!\bwe\s)\bmust\s+(?:also\s+|now\s+|still\s+)?(?:decide|choose|vote|approve|agree|publish|"
                             r"submit|pay|repay|apply|register|renew|sign|ratify|respond|report|hold|set|elect|appoint|adopt|"
                             r"pass|file|leave|withdraw)\b(?:\s+\w+){0,3}?\s+(?:this|next)\s+(?:winter|summer|spring|autumn|year|month|week)\b",
                             re.IGNORECASE)


# "Under league rules, wages must not exceed 70% of turnover": an obligation a named rule sets
# ("Under a 2011 arrangement, …", "Under the ceasefire, …", "Under the emergency, …")
UNDER_RULES = re.compile(r"\W*under\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:rules?|law|laws|regulations?|legislation|act|code|"
                         r"guidance|licen[cs]e|contract|agreement|arrangement|accord|treaty|deal|settlement|ceasefire|protocol|"
                         # ("Under the emergency, farmers must cut irrigation by 80%": what a declared state or an order requires)
                         r"emergency|decree|order|restrictions|sanctions)\b[^,]{0,40},",
                         re.IGNORECASE)
# "Under the deal, prices could rise by 10%": a change a rule may bring is foreseen, not allowed
CHANGE_FORESEEN = re.compile(r"\b(?:can|could|may)\s+(?:well\s+|also\s+|even\s+)?(?:rise|fall|increase|decrease|drop|grow|double|halve|"
                             r"triple|cost|lose|reach|face|mean|lead|result|trigger|push|save|see)\b", re.IGNORECASE)
# "…, under guidance issued in May.", "… within 24 hours under Awaab's Law.": the rule named at the end
UNDER_RULES_CLOSING = re.compile(r"\bunder\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:rules?|law|laws|regulations?|legislation|act|code|"
                                 # ("… six months in advance under the organisation's charter")
                                 r"guidance|licen[cs]e|contract|agreement|charter|statutes?|constitution|treaty|convention)\b[^,;]{0,40}[.!]?\s*$",
                                 re.IGNORECASE)
# "Councils must by law publish their accounts", "a service the council has to provide by law": the law
# sets the duty, whatever law is meant
BY_LAW = re.compile(r"\b(?:by|under|in)\s+law\b|\brequired\s+by\s+(?:the\s+)?law\b", re.IGNORECASE)
# "parliament can override her veto with a simple majority": a procedure's vote sets what a body may do
BY_MAJORITY = re.compile(r"\b(?:with|by)\s+(?:a|an)\s+(?:simple|absolute|qualified|two-thirds|three-fifths|three-quarters)\s+majority\b",
                         re.IGNORECASE)
# "landlords will have to fix hazards …": a duty ahead, a fact when a named rule sets it
DUTY_AHEAD = re.compile(r"\bwill\s+(?:have|need)\s+to\b|\bwill\s+be\s+(?:required|obliged)\s+to\b", re.IGNORECASE)


# "We need 40 more volunteers before Easter": the writer's own need, put to the reader
# "We are particularly keen to hear from anyone with dashcam footage": an appeal for witnesses
APPEAL = re.compile(r"\b(?:keen|want|wants|would\s+like|like)\s+to\s+hear\s+from\s+(?:anyone|anybody|witnesses|people|residents)\b"
                    r"|\b(?:urge|urges|urging|appeal(?:s|ing)?\s+(?:to|for))\s+(?:anyone|anybody|witnesses)\b", re.IGNORECASE)
# ("Police are appealing for witnesses after …": an appeal reported, in the third person, is news;
# "Officers are keen to hear from anyone …" is the force's own)
_REPORTED_APPEAL = re.compile(r"\b(?!we\b|i\b)[a-z][\w’'-]*\s+(?:is|are|has\s+been|have\s+been)\s+$", re.IGNORECASE)


def own_appeal(sentence: str) -> re.Match | None:
    """The writer's appeal to the reader, not one reported of someone else."""
    m = APPEAL.search(sentence)
    reported = m is not None and m.group(0).lower().startswith(("appeal", "urg")) and _REPORTED_APPEAL.search(sentence, 0, m.start())
    return None if m is None or reported else m


WE_NEED = re.compile(r"\W*(?:we|i)\s+(?:also\s+|still\s+|urgently\s+|really\s+|now\s+)?need\s+(?!to\s+(?:know|see|hear)\b)"
                     # "We also call for the dissolution of the OSCE Minsk Group": the writer's own call
                     r"|\W*(?:we|i)\s+(?:also\s+|again\s+|once\s+again\s+|therefore\s+|further\s+)?(?:call|appeal)\s+(?:for|on|upon)\b",
                     re.IGNORECASE)


# "Customers who break the ban could be fined up to £1,000": the most the rules allow
PENALTY_SET = re.compile(r"\b(?:could|can|may)\s+(?:be\s+(?:fined|jailed|imprisoned|sentenced)|face\s+(?:a\s+fine|fines|jail|prison))"
                         r"\s+(?:of\s+)?up\s+to\b")
# "Breaking the law is punishable by up to five years in prison", "The offence carries a maximum sentence of
# ten years": the penalty a law sets
PENALTY_BY_LAW = re.compile(r"\bpunishable\s+(?:by|with)\s+(?:up\s+to|a\s+(?:fine|prison|jail)|fines?|imprisonment|prison|jail|"
                            r"(?:a\s+)?(?:maximum|minimum)|death|life)\b"
                            r"|\bcarr(?:y|ies|ied)\s+a\s+(?:maximum|minimum)\s+(?:penalty|sentence|fine|prison\s+term|jail\s+term)\s+of\b",
                            re.IGNORECASE)
# "Providers must now publish a summary … and comply with EU copyright law": a duty the rules set, whoever must
COMPLY_WITH = re.compile(r"\b(?:must|have\s+to|has\s+to)\s+(?:now\s+|also\s+)?[^.;]{0,120}?\bcomply\s+with\b", re.IGNORECASE)


# "A formal withdrawal would require notice six months in advance under the organisation's charter": what a
# rule requires of a step, were it taken
WOULD_REQUIRE = re.compile(r"\bwould\s+(?:require|need|oblige|entitle|allow|mean)\b", re.IGNORECASE)


# "Both parliaments must still ratify the treaty", "The deal must still be approved by parliament": a step the
# rules require that has not been taken yet, as of writing (not the writer's own exhortation: "We must still try")
STEP_PENDING = re.compile(r"\W*(?!(?:I|We|You)\b)[A-Z][^.;:]{0,60}?\bmust\s+still\s+(?:be\s+)?[a-z]{3,}")
