"""When a deed's verb tells: "put", "found", "shows", "estimated" report a figure or a finding only
when a named body, a record or a study does it, or when they close the sentence as its attribution."""
from __future__ import annotations

import re

from .lexicon import BODIES
from .subjects import NOT_NAMES

# what may follow a verb that closes its sentence: when and where it was said, nothing it acts on
NOTHING_MORE = re.compile(r"(?:\s+(?:in|on|at|last|this|earlier|late|early|during)\b[^,;:]{0,40})?\s*[.!]?[\"”’]?\s*$")
# (and where it was said, between: "posted on X that", "wrote on its website that"; or a colon closing the
# line over what was posted: "She posted on X:")
THAT_AFTER = re.compile(r"(?:\s+(?:on|to)\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Bluesky|Threads|TikTok|YouTube|"
                         r"(?:its|his|her|their)\s+(?:website|blog|account|page)|social\s+media))?"
                         # (a court's vote set between commas: "held, unanimously, that", "ruled, by five votes to two, that")
                         r"(?:,\s*(?:unanimously|by\s+a\s+majority|by\s+[\w-]+\s+votes?\s+to\s+[\w-]+),)?(?:\s+that\b|\s*:\s*$)")

ACTION_VERBS = frozenset("put puts logged found finds showed shows show estimates estimated".split())
_EVIDENCE_NOUNS = frozenset("figures data statistics records report reports surveys studies audits reviews survey study audit review census accounts forecast "
                            "forecasts projections modelling modeling analysis assessment investigation inquiry inspection "
                            "evaluation inquest research poll inspectors auditors investigators researchers group panel "
                            "committee taskforce consultation trial test tests".split())
# "The council's own forecast shows the reserves would still be …": what it shows, told without "that"
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|their|our)\s+)?(?:[\w-]+\s+){1,4}?(?:would|will|could|had|has|have|was|were|"
                           # ("data shows route 7 carried more passengers …": a clause in the past)
                           r"is|are|fell|rose|grew|lost|won|saw|took|[a-z]{3,}ied|[a-z]{3,}[^e\W]ed)\b"
                           # "figures show 1,236 homes completed since 2021": a count, then what befell it
                           r"|\s+(?:about\s+|around\s+|only\s+)?\d[\d,.]*%?\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}ed\b")
_SHARED_AFTER = re.compile(r"\s(?:and|but)\s*$")
_OPENING_CONJUNCTION = re.compile(r"^(?:but|and|yet|so|however,?)\s+", re.IGNORECASE)
_PUTS_FIGURE_AT = re.compile(r"\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|cost|costs|toll|total|bill|"
                             r"loss|losses|count|price|value|damage|saving|savings|deficit|shortfall|gap|spend|spending|"
                             r"debt|backlog|estimate|rate|income|revenue|turnover|number\s+of\s+[a-z]+)\s+at\b")


_ASIDE_CLOSING = re.compile(r",\s+[^,]{2,80},$")


def action_reports(sentence: str, m: re.Match, before: str, who: str) -> bool:
    """ "put", "found", "shows" report only when a named body does it — or when they close the
    sentence as its attribution ("…, the city's budget office estimated in a memo last month."), or
    an estimate is told in a clause ("the authority estimates that …")."""
    words = who.split()
    if any(w[:1].isupper() for w in words[1:]) or words[0].lower() not in NOT_NAMES:
        return True
    # the subject right before the verb, or the sentence's own after "and" ("The council approves … and puts")
    # ("But its own report puts …": the sentence's subject after the conjunction opening it)
    # ("The organisers, led by Archbishop Bagrat Galstanyan, put the figure at 40,000": the subject before its aside)
    subject_acts = _OPENING_CONJUNCTION.sub("", before.strip()) == who \
        or _OPENING_CONJUNCTION.sub("", _ASIDE_CLOSING.sub("", before.strip())) == who or bool(_SHARED_AFTER.search(before))
    if m.group("verb") in ("put", "puts") and subject_acts and _PUTS_FIGURE_AT.match(sentence, m.end("verb")):
        return True  # "Its own consultants put the figure at 120": whoever puts a figure at a number gives it
    if words[-1].lower() in BODIES and subject_acts:
        return True  # "The agriculture ministry puts losses at …": a body, the sentence's subject, gives its figure
    # "survey" in "The council's own survey of 1,200 parents", "A survey by the association"
    head = re.split(r" (?:of|by) ", who)[0].split()[-1].lower()
    if head in _EVIDENCE_NOUNS and (THAT_AFTER.match(sentence, m.end("verb")) or m.group("verb") in ("found", "finds")
                                    or _CLAUSE_AFTER.match(sentence, m.end("verb"))):
        # ("A study of 62 local authorities found no increase in crime": a study finds)
        return True  # "Its own figures show that spending fell": a record tells what it shows
    told = before.rstrip()
    # "…, the regulator's latest report shows, compared with …": the attribution closes the clause
    closing = told.endswith(who) and told[:-len(who)].rstrip().endswith(",") and (
        NOTHING_MORE.match(sentence, m.end("verb")) or sentence.startswith(",", m.end("verb")))
    return bool(closing) or (m.group("verb").startswith("estimate") and bool(THAT_AFTER.match(sentence, m.end("verb"))))
