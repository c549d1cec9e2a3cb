"""What a named thing does, told in the present, which how it works can settle: what a written
measure provides, what a text holds or leaves out, what a body or a service does."""
from __future__ import annotations

import re

from .imperatives import opening_verb

# "The new timetable adds an early sailing …", "The bill bans …", "The second asks it to improve …"
# (a report's recommendations by their order): what a written measure does can be read and checked
_WHAT_A_MEASURE_DOES = re.compile(
    r"(?:The|This|Its|Their)\s+(?:(?:new|revised|proposed|draft|final)\s+)?(?:timetable|scheme|plan|bill|law|act|budget|policy|"
    # ("The move shortens the ships' sailing time": what a step taken does, measurable)
    r"move|redeployment|closure|relocation|"
    r"rules?|contract|deal|agreement|proposal|strategy|order|licence|license|guidance|regulations?|treaty|accord|memorandum|"
    r"declaration|first|second|third|fourth)\s+"
    r"(?:adds|removes|drops|cuts|gives|requires|allows|bans|includes|sets|creates|replaces|extends|introduces|covers|"
    r"raises|lowers|provides|funds|asks|limits|caps|scraps|restores|settles|mentions|defines|shortens|lengthens|doubles|halves|"
    # ("The treaty leaves the transit route to a separate deal": what it puts off or leaves out)
    r"leaves|omits|excludes|exempts|defers"
    # ("The deal does not settle the wider border": what it leaves out, as checkable as what it holds)
    r"|(?:does\s+not|doesn[’']t)\s+(?:settle|mention|cover|include|define|require|allow|ban|address|resolve|provide))\b")


# "School streets close the road outside a school to traffic at drop-off times", "Under franchising, the
# authority decides the network", "The statistics office does not collect data on landlords' costs": what
# a named thing does, told in the present, can be checked against how it works (not the writer's or the
# reader's own doing, nor an order: "Stop using the heater and return it")
_WHAT_IT_DOES = re.compile(
    r"(?:Under\s+[^,]{2,40},\s+)?(?!(?:I|We|You|They|It|This|That|These|Those|But|And|If|When|Whether|Stop|Take|Keep|Return|Put|"
    r"Use|Make|Ask|Give|Send|Leave|Check|Call)\b)[A-Z][\w’'-]*(?:,?\s+(?:[a-z][\w’'-]*|[A-Z0-9][\w’'-]*)){0,5}?,?\s+"
    # ("The Joint Control Commission, which oversees the security zone, meets every week in Bender"; a
    # model's number in the name: "Huawei's Ascend 910B uses …")
    r"(?:(?<=,\s)(?:which|who)\s+[^,;]{3,80},\s+)?"
    r"(?:does\s+not\s+|do\s+not\s+|also\s+|only\s+|still\s+)?(?<!their\s)(?<!its\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!my\s)"
    r"(?<![’']s\s)(?<!let[’']s\s)"
    r"(?:closes?|keeps?|decides?|runs?|covers?|includes?|collects?|entitles?|returns?|starts?|pays?|takes?|owns?|operates?|"
    r"serves?|provides?|holds?|carries?|links?|connects?|crosses?|uses?|sets?|receives?|employs?|houses?|supplies?|funds?|"
    r"manages?|meets?|oversees?|buys|sells|imports|exports|produces|"
    # ("Serbia does not recognise the declaration": a state's standing act)
    r"recogni[sz]es?)\b")


HOW_IT_WORKS = "what a named thing does, told in the present"

# "The constitution contains no territorial claims", "Nothing in the text mentions the corridor", "None
# of the documents refers to Karabakh": what a written text holds or leaves out, which reading it settles
_WRITTEN = (r"(?:constitution|charter|text|documents?|draft|report|treaty|accord|agreement|deal|pact|memorandum|declaration|"
            r"statement|letter|bill|law|act|resolution|communiqu[eé]|manifesto|contract|decree|clause|article|annex)")
_WHAT_A_TEXT_HOLDS = re.compile(
    rf"\W*(?:(?:The|This|Its|Their|Our|Your|His|Her)\s+(?:(?:new|revised|proposed|draft|final|current|published|signed|leaked)\s+)?"
    rf"{_WRITTEN}|Nothing\s+in\s+(?:it|them|(?:the|this|its|their|our)\s+(?:[a-z-]+\s+){{0,2}}{_WRITTEN})"
    rf"|None\s+of\s+(?:the|its|their|our)\s+(?:[a-z-]+\s+){{0,2}}{_WRITTEN})\s+"
    r"(?:contains?|mentions?|refers?\s+to|names?|lists?|(?:does|do)\s+not\s+(?:contain|mention|refer\s+to|name|list))\b")
# ("Neither demand appears in the treaty itself", "The deal makes no mention of winter releases": the same, where a
# thing stands in the text or what the text is said to leave out; "appears" there is no hedge)
IN_A_TEXT = re.compile(rf"\b(?:appears?|appeared|features?|featured|is\s+(?:not\s+)?mentioned|are\s+(?:not\s+)?mentioned)\s+(?:anywhere\s+)?"
                       rf"in\s+the\s+(?:[a-z]+\s+)?{_WRITTEN}\b"
                       rf"|^\W*(?:The|This|That|Its)\s+(?:[a-z]+\s+)?{_WRITTEN}\s+(?:itself\s+)?(?:does\s+not\s+|doesn[’']t\s+|did\s+not\s+)?"
                       r"(?:mentions?|contains?|includes?|omits?|says?\s+nothing|said\s+nothing|makes?\s+no\s+mention)\b", re.IGNORECASE)


# "It requires both sides to withdraw troops", "It gives Tajikistan a road link": a text's terms told by pronoun,
# binding named parties (under a heading such as "What the deal does")
_TERMS_BY_PRONOUN = re.compile(r"It\s+(?:also\s+)?(?:requires|obliges|commits|gives|grants|assigns|allows|bars|bans|entitles)\s+"
                               r"(?:both\s+sides|each\s+side|the\s+(?:two\s+)?parties|all\s+parties|[A-Z][\w’'-]+)\b")


# "Under the arrangement, Turkmen gas enters Iran's network in the north and Iran delivers an equal volume to Iraq":
# a deal's terms, told in the present, checkable against the deal (a modal weighs them instead)
_UNDER_THE_TERMS = re.compile(r"\W*Under\s+(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:deal|agreement|accord|arrangement|"
                              r"pact|treaty|settlement|contract|memorandum|swap|scheme)\b[^,;.]{0,60},\s+"
                              r"(?![^.;]*\b(?:will|would|could|should|might|may|must|can|cannot)\b)")


def what_a_measure_does(sentence: str) -> str | None:
    if does := _WHAT_A_MEASURE_DOES.match(sentence) or _TERMS_BY_PRONOUN.match(sentence) or _UNDER_THE_TERMS.match(sentence):
        return f"what a measure does, as written: '{does.group(0).strip()}'"
    if holds := _WHAT_A_TEXT_HOLDS.match(sentence) or IN_A_TEXT.search(sentence):
        return f"what a text holds or leaves out, as written: '{holds.group(0).strip()}'"
    return None


# "Russian border guards continue to move fences into Georgian-controlled territory": a deed told as going
# on, which can be observed (not a view kept up: "Critics continue to argue that …")
_DEED_GOES_ON = re.compile(r"\W*(?!(?:I|We|You|They|It|This|That|These|Those)\b)[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?\s+"
                           r"(?:continues?|continued|keeps?|kept)\s+(?:to\s+(?!(?:argue|say|believe|insist|claim|hope|want|call|demand|"
                           r"push|urge|oppose|support|think|feel|fear|doubt|deny|reject|dispute|be)\b)[a-z]{3,}|(?!(?:arguing|saying|"
                           r"insisting|claiming|hoping|calling|demanding|pushing|urging|denying|rejecting)\b)[a-z]{3,}ing)\b")


def what_it_does(sentence: str) -> str | None:
    if (does := _WHAT_IT_DOES.match(sentence)) and opening_verb(sentence) is None:
        return f"{HOW_IT_WORKS}: '{does.group(0)}'"
    if goes_on := _DEED_GOES_ON.match(sentence):
        return f"a deed told as going on: '{goes_on.group(0).strip()}'"
    return None
