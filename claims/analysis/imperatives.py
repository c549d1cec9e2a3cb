"""Sentences that tell the reader what to do: a bare verb opening the sentence, "Please …", an order
after the case it is put for, a warning's orders."""
from __future__ import annotations

import re

from .lexicon import IRREGULAR_PASTS, MONTH_NAMES, WEEKDAY_NAMES


# "Reopen the grant scheme with a cap per landlord.", "Require a heat pump at the next tenancy": a
# sentence that opens with a bare verb and its object tells the reader what to do
# ("Report it online within two days"; "Attendance this year has been …" is a noun before a time)
_OPENING_VERB = re.compile(r"[\"“‘(]?(?P<verb>[A-Z][a-z]{2,})\s+(?!(?:this|every|each)\s+(?:year|term|week|month|season|spring|"
                           r"summer|autumn|winter|morning|afternoon|evening|time)\b(?![’']s))(?:the|a|an|all|every|more|their|its|our|"
                           r"your|his|her|this|these|those|each|any|no|some|us|it|them)\s")
_NOT_VERBS = frozenset((
    "in on at for with from by of to after before during since until under over about against among amid between "
    "without within despite unlike like near across through throughout behind beyond beside above below inside "
    "outside upon toward towards per given and but or nor so yet because although though while when where if unless "
    "whether once as than the this that these those it its he she they we you his her their our my your some many "
    "most few all both each every any none such one two three four five six seven eight nine ten another other "
    "there here then now today tonight yesterday tomorrow also even only just still never always often sometimes "
    "however meanwhile instead thus hence therefore perhaps indeed already soon later first second third finally "
    "overall last next half twice nearly almost about around roughly barely not neither either what whatever earlier "
    "which who whom whose why how quite rather mr mrs ms dr sir "
    # an auxiliary opening an inverted clause ("Had it risen with prices, …") tells no one what to do
    "had has was were is are did does would could should can will may might must shall"
).split()) | frozenset(w.lower() for w in (MONTH_NAMES + "|" + WEEKDAY_NAMES).split("|"))


# (after the case it is put for too: "If you saw what happened, please call 101 …")
_PLEASE = re.compile(r"[\"“‘(]?(?:(?:If|When|Once|Before|After)\s+you\b[^,;.]{2,120},\s+p|P)lease\s+(?=[a-z]{2,}\b)")


# "If you think a road has been left off wrongly, tell us by 30 November.": an order after the case
# it is put for, no "please" before it
_IF_YOU_THEN_ORDER = re.compile(r"[\"“‘(]?(?:If|When|Once|Before|After|Should)\s+you\b[^,;.]{2,120},\s+(?P<verb>tell|call|contact|"
                                r"email|e-mail|ring|phone|text|write|send|let|visit|report|check|fill|apply|ask|speak|talk|"
                                r"get\s+in\s+touch|come|bring|keep|stay|go|see|read|book|register|sign|do\s+not|don[’']t)\b")


# "Move valuables and pets to a safe place …", "Avoid driving through flood water": a warning's orders,
# their object a bare plural or a verb in -ing (verbs that are seldom a sentence's opening noun)
_SAFETY_ORDER = re.compile(r"[\"“‘(]?(?P<verb>Move|Keep|Stay|Avoid|Switch|Unplug|Boil|Wear|Bring|Follow)\s+(?=[a-z]{2,}\b)")


# the pasts that are no bare verb as well ("Shut the gate", "Spread the word" still tell what to do)
_PAST_ONLY = IRREGULAR_PASTS - frozenset("hit shut spread".split())


def opening_verb(sentence: str) -> str | None:
    """The bare verb a sentence opens with, when it tells the reader what to do ("Please sign and
    return …" too)."""
    if _PLEASE.match(sentence):
        return "Please"
    if safety := _SAFETY_ORDER.match(sentence) or _IF_YOU_THEN_ORDER.match(sentence):
        return safety.group("verb")
    m = _OPENING_VERB.match(sentence)
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb in _NOT_VERBS or verb.endswith(("s", "ing", "ed", "ly", "en")) or verb in _PAST_ONLY:
        return None  # ("Froze all income bands at their 2025/26 levels.": a change log's deed, in the past)
    return m.group("verb")
