"""What points the reader elsewhere instead of stating anything: a cue ("set out in", "see"), a
pointer in brackets, a link under a label, a number to call."""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES, PHONE_NUMBER
from .words import Phrases

# "Absence is highest among pupils on free meals (see Table 2).": a pointer in brackets leaves the claim
POINTER_IN_BRACKETS = re.compile(r"\((?:see|cf\.?)\s[^()]{1,60}\)\W*$", re.IGNORECASE)
# "as set out in October", "published in 2019": a time after the pointer's words, so no pointer
_POINTS_TO_A_TIME = re.compile(rf"\b(?:set\s+out|summari[sz]ed|given|listed|published)\s+(?:in|on)\s+(?:(?:{MONTH_NAMES})\b|\d{{4}}\b)",
                               re.IGNORECASE)


# "See the timetable at …", "(see table 2)", "For details, see our guide": "see" told to the reader;
# "We would rather see the money spent on buses" is what a speaker wants to see
_SEE_TOLD = re.compile(r"(?:^|[(\[;:,–—]\s*|\b(?:please|also|you\s+(?:can|may|will))\s+)see\b", re.IGNORECASE)


# "Full report and methodology: kelbypoverty.example/survey2026": a link under a label of a few words
LABELLED_LINK = re.compile(r"[A-Z][\w’' ,&()-]{2,60}:\s*(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)\S*?[.)]?\s*")


# ("Details are set out in the annex", "as set out in the plan": pointed to; "granted … on the understanding
# that it would take the steps set out in the Commission's recommendation": a noun the words describe)
_SET_OUT_TOLD = re.compile(r"(?:^\W*|\b(?:is|are|was|were|be|been|as|also)\s+)set\s+out\s+in\b", re.IGNORECASE)


_READ_AS = re.compile(r"\bread\s+(?:the|our)\s+(?:[\w’'-]+\s+){1,6}?as\b", re.IGNORECASE)


def points_elsewhere(sentence: str, cue: str = "") -> bool:
    """Whether a pointer cue ("set out in …") points at a text, not at a time."""
    if cue.startswith("see ") and not _SEE_TOLD.search(sentence):
        return False
    if cue == "set out in" and not _SET_OUT_TOLD.search(sentence):
        return False
    if cue in ("read the", "read our") and _READ_AS.search(sentence):
        return False  # "It would be a mistake to read the vote as a ringing endorsement": a reading, not a pointer
    return not POINTER_IN_BRACKETS.search(sentence) and not _POINTS_TO_A_TIME.search(sentence)


# "If you have questions, call the recall line on 0800 555 0199", "… online or by calling 0800 …": where to
# ask, not what is so
# ("… report information anonymously to Crimestoppers on 0800 555 111"; a police appeal to call 101 is an appeal)
_CONTACT = "call|ring|phone|text|contact|dial|by calling|by ringing|by phoning|by texting|by contacting"
_CONTACT_VERBS = Phrases(_CONTACT + "|report")
_CONTACT_NUMBER = re.compile(rf"(?:\b(?:{_CONTACT})\b|(?:^\W*|\byou\s+can\s+(?:also\s+)?|\bplease\s+)report\b)[^.;]{{0,60}}?{PHONE_NUMBER}",
                             re.IGNORECASE)


# "Call 112 and ask for an ambulance": the reader told to ring an emergency number (a police appeal
# "asked to call 101" is an appeal still)
_EMERGENCY_NUMBER_TO_CALL = re.compile(r"\W*(?:In\s+an\s+emergency,?\s+)?(?:call|dial|ring|phone)\s+(?:112|999|911|000|111|101|988)\b",
                                       re.IGNORECASE)


# "Apply online at kelby.gov.example/ctr.", "Read the full report at www…": an order to go to an address
_ADDRESS_TO_VISIT = re.compile(r"\W*(?:Please\s+|You\s+can\s+(?:also\s+)?)?(?:apply|visit|read|register|book|sign\s+up|find\s+out\s+more|report\s+it|"
                               r"check|download|donate|fill\s+in|complete|respond|comment|plan|find|buy|order|pay|renew|track|watch|listen)\b[^.;]{0,40}?\b(?:at|on|via)\s+(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)",
                               re.IGNORECASE)


# "Representations can be made by email to tub@kelbywater.example until 30 November.", "Send your
# views to planning@kelby.example": where to write, told to the reader (not "She emailed the council")
_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
_ADDRESS_TO_WRITE = re.compile(rf"(?:\W*(?:Please\s+)?(?:e-?mail|write|send|contact)\b|.{{0,80}}?\b(?:can|may|should|must)\s+be\s+"
                               rf"(?:made|sent|submitted|emailed|e-mailed|addressed)\b)[^.;]{{0,60}}?\b(?:to|at)?\s*{_EMAIL}",
                               re.IGNORECASE)


# "Donations can be made at the Post Office or online at fenbyhall.example/roof": where the reader can
# do it, online
_CAN_BE_DONE_AT = re.compile(r".{0,80}?\b(?:can|may)\s+be\s+(?:made|paid|given|sent|booked|bought|found|read|viewed|submitted|"
                             r"renewed|reported)\b[^.;]{0,60}?\bat\s+(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)", re.IGNORECASE)


def where_to_go(sentence: str, grams: frozenset[str]) -> str | None:
    """ "a number to call" when the sentence tells the reader where to ring or report, "an address to
    visit" when it sends them to a web address, "an address to write to" for an email address."""
    if _CONTACT_VERBS.any(grams) and (_CONTACT_NUMBER.search(sentence) or _EMERGENCY_NUMBER_TO_CALL.match(sentence)):
        return "a number to call"
    if "@" in sentence and _ADDRESS_TO_WRITE.match(sentence):
        return "an address to write to"
    return "an address to visit" if _ADDRESS_TO_VISIT.match(sentence) or "can" in grams and _CAN_BE_DONE_AT.match(sentence) \
        or "may" in grams and _CAN_BE_DONE_AT.match(sentence) else None
