"""Who acts in a sentence: a named actor, a public body or a group doing something now, which makes
it a checkable deed rather than a view."""
from __future__ import annotations

import re

from .lexicon import BODIES, NAMED_ACTOR, NO_ONE, ON_THE_JOB, UNDER_WAY


def at_work(sentence: str, lowercase_words: frozenset[str]) -> bool:
    """A named actor, a public body or a group doing something (`lowercase_words`: the words the text
    writes in lower case somewhere)."""
    return _named_subject_acts(sentence, lowercase_words) or bool(UNDER_WAY.search(sentence) and NAMED_ACTOR.search(sentence)) \
        or bool(_GROUP_AT_WORK.match(sentence)) or _body_acts(sentence)


# "Baku seeks to secure a corridor", "Turkey continues to arm …": a named actor doing something now
_NAMED_SUBJECT_ACTS = re.compile(
    r"(?:(?:[A-Za-z]+ing|According|For|In|At|On|By|With|After|Before|Since|Also|Meanwhile)\b[^,]*,\s*)?"
    r"(?!(?:The|This|That|These|Those|It|Its|Their|Our|His|Her|Such|Some|Many|One|A|An|There|Here|None|Each|Both|All|Most|"
    + "|".join(w.capitalize() for w in NO_ONE if " " not in w) + r")\b)"
    r"(?:(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s+(?!has\b|is\b|was\b|does\b)[a-z]{3,}[^s\W]s\b"
    # "Scotland and Wales already offer free meals": two named actors, a plural verb
    r"|(?P<names>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+)\s+(?:(?:already|still|now|also|both)\s+)?"
    r"(?!(?:have|are|were|do|did|had|will|would|could|can|may|might|must|should)\b)[a-z]{3,}(?<![sd])\b)")
# "Officials are still negotiating a contract", "Crews are pumping water", "Engineers are on their
# way": people at work as of writing
_GROUP_AT_WORK = re.compile(r"(?:The\s+)?[A-Z][a-z]+s\s+are\s+(?:now\s+|still\s+|currently\s+|already\s+)?"
                            rf"(?:(?!going\b)[a-z]{{3,}}ing\b|{ON_THE_JOB})")


def _named_subject_acts(sentence: str, lowercase_words: frozenset[str]) -> bool:
    """ "Baku seeks to secure a corridor" names an actor; "Heat harms learning" does not, when the
    text writes "heat" in lower case elsewhere (a common noun capitalised only to open the sentence)."""
    m = _NAMED_SUBJECT_ACTS.match(sentence)
    if not m:
        return False
    if m.group("names"):
        return not _HOLDS_A_VIEW_PLURAL.match(sentence, m.end("names"))
    name = m.group("name")
    if _HOLDS_A_VIEW.match(sentence, m.end("name")):
        return False  # "Mr Brannigan believes so": a view held, not an act
    return not (m.start("name") == 0 and " " not in name and name.lower() in lowercase_words)


# "The council sends the contents of recycling bins to landfill", "The government funds the scheme
# through a levy": what a public body does, in its own name, is checkable as a named actor's deed is
_BODY_ACTS = re.compile(r"(?:The|Its|Their)\s+(?:[a-z-]+\s+){0,2}?(?P<body>[a-z]+)(?:['’]s\s+[a-z]+)?"
                        r"\s+(?P<verb>(?!has\b|is\b|was\b|does\b)[a-z]{3,}[^s\W]s)\b")


def _body_acts(sentence: str) -> bool:
    m = _BODY_ACTS.match(sentence)
    return bool(m) and m.group("body") in BODIES and not _HOLDS_A_VIEW.match(sentence, m.start("verb") - 1)


# one actor holding a view ("believes so"), or two or more ("believe", "argue", "say")
_VIEW_VERBS = "believe think feel hope fear doubt suspect reckon want prefer".split()
_HOLDS_A_VIEW = re.compile(rf"\s+(?:{'|'.join(v + 's' for v in _VIEW_VERBS)})\b")
_HOLDS_A_VIEW_PLURAL = re.compile(r"\s+(?:(?:already|still|now|also|both)\s+)?"
                                  rf"(?:{'|'.join(_VIEW_VERBS)}|argue|agree|disagree|say|claim|insist)\b")
