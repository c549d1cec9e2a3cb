"""Which span a claim names runs on as a term from the story's date ("deployed … for five years"), and which
only tells how long a thing went on, takes, or has gone on up to now; and whether a clause tells a past."""
from __future__ import annotations

import re

from .lexicon import IRREGULAR_PASTS
from .time_cues import main_clause
from .types import TimeExpression

_MODAL_PERFECT = re.compile(r"\b(?:would|could|might|should)\s+(?:not\s+)?have\s+[a-z]{3,}(?:ed|en|wn)\b", re.IGNORECASE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:not\s+|never\s+|been\s+|long\s+)?(?!(?:jailed|sentenced|banned|disqualified|"
                             # ("has been jailed for six years": the length of a penalty, not a span up to now)
                             r"suspended|fined|imprisoned|barred)\b)(?P<verb>[a-z]{3,}(?:ed|en|wn|lt|pt|ne))\b[^;.]*$")
# a decision whose term runs on as of writing: "has announced a monthly allowance … for six months", "have voted to strike
# for 48 hours from March 17"
# a state held up to now ("has been closed", "have been idle"), not a deed or a trend that went on ("have fallen")
_STATE_HELD = re.compile(r"\b(?:has|have)\s+(?:not\s+)?been\s+(?:closed|shut|idle|empty|vacant|frozen|suspended|stalled|blocked|offline|"
                         r"unpaid|out\s+of\s+(?:action|service|use)|in\s+(?:force|place|custody|detention|exile|office)|on\s+strike)\b")
_DECIDED = frozenset("announced voted agreed approved decided promised offered given granted pledged extended signed".split())


_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|sat|slept|" + "|".join(sorted(IRREGULAR_PASTS)) + r")\b")
# "is funded only until March 2026", "are frozen until": a participle after a present "is" or "are"
# tells a state that holds now, not a deed done
_PRESENT_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|am)\s+(?:[a-z]+ly\s+|only\s+|not\s+|still\s+)?$")


# "…by June 2027, paid for equally by the three states", "a former prosecutor general backed by the
# Socialists": a participle with its agent and no auxiliary before it describes; it tells no deed done
# ("was backed by" does)
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|been|be|being|had|has|have|is|are|got|get)\s+(?:[a-z]+ly\s+|not\s+)?$")
_AGENT_AFTER = re.compile(r"\s+(?:for\s+)?(?:[a-z]+ly\s+)?by\b")


def tells_past(text: str) -> bool:
    return any(not _PRESENT_PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start())
               and not (_AGENT_AFTER.match(text, m.end()) and not _AUXILIARY_BEFORE.search(text, max(0, m.start() - 14), m.start()))
               for m in _PAST_VERB.finditer(text))


# ("pupils aged 13 to 16": a range's "to" looks nowhere)
_AHEAD_VERB = re.compile(r"\b(?:(?<!\d\s)to|will|would|shall|must|should|can|could|may|might|is|are|be)\s")


# "crossing the Caspian can take up to two weeks", "Treatment usually lasts three months", "The trip took up
# to two weeks": how long a thing takes whenever it is done, or took, no term that runs out
_TAKES_AS_IT_GOES = re.compile(r"(?:takes|took|lasts|lasted)\b|(?<=\bcan\s)(?:take|last)\b", re.IGNORECASE)


# ("Russian border guards left Zvartnots airport in July 2024, after guarding it for three decades": what went on
# before a past deed ended with it)
_AFTER_DOING = re.compile(r"\bafter\s+(?:[a-z]{2,}ing)\b[^,;]*$", re.IGNORECASE)


def _takes_as_it_goes(text: str, span: TimeExpression) -> bool:
    at = text.find(span.text)
    return at >= 0 and _TAKES_AS_IT_GOES.match(text, at) is not None


def _lasted(before: str) -> bool:
    """Whether the verb a duration belongs to, the nearest one before it, is in the past tense."""
    window = before[-60:]
    ahead = [m.start() for m in _AHEAD_VERB.finditer(window)]
    # "will stay closed", "to be repaired": a participle after a word that looks ahead is no past
    past = [p for p in (m.start() for m in _PAST_VERB.finditer(window)) if not any(0 < p - a <= 20 for a in ahead)]
    return bool(past) and (not ahead or past[-1] > ahead[-1])


_SPAN_OPENS = re.compile(r"\W*((?:[Ff]or|[Oo]ver)\s+[^,]{2,60}?)\s*,")
_TERM_OF = re.compile(r"\b(?:period|term|mandate|lease|contract|tenure)\s+$", re.IGNORECASE)


# "troops were deployed along the corridor for five years", "the mission was launched in February 2023 for an
# initial two years": a deployment or a mission set up in the past sets a term
# which runs on from it (the golds keep a mandate "renewed for another year" and a ban a deed done)
_TERM_SET = re.compile(r"\b(?:deployed|stationed|garrisoned|launched|established|mandated)\b[^.;:]{0,80}$", re.IGNORECASE)


# "punishable by up to five years in prison", "faces up to ten years in jail": a prison term, no horizon
_IN_PRISON = re.compile(r"\s+(?:in\s+(?:prison|jail)|of\s+imprisonment|imprisonment|behind\s+bars)\b", re.IGNORECASE)


def _prison_term(text: str, duration) -> bool:
    at = text.find(duration.text)
    return at >= 0 and _IN_PRISON.match(text, at + len(duration.text)) is not None


def _term_length(text: str, duration) -> bool:
    """ "for an initial period of five years": the length of a term named just before it (not "the
    toughest trading period in a decade"), or set by the deed before it ("were deployed … for five years")."""
    before = text[:max(0, text.find(duration.text))]
    if duration.text.lower().startswith("for ") and _TERM_SET.search(before[-100:]):
        return True
    return duration.text.lower().startswith("of ") and bool(_TERM_OF.search(before))


# "coal reserves would last about 50 days": how long a supply is to hold out, counted from the telling
# ("over the last five years" looks back)
_HOLDS_OUT = re.compile(r"\b(?:will|would|could|can|may|might|should|to)\s+(?:only\s+|still\s+)?$", re.IGNORECASE)


def _holds_out_for(text: str, duration) -> bool:
    # (a span read with its verb, "last about 50 days", and only that one looked for: every time a sentence
    # names is asked, and a sentence with no stop and many dates stays linear)
    if duration.kind != "duration" or not duration.text.lower().startswith("last "):
        return False
    at = text.find(duration.text)
    return at > 0 and bool(_HOLDS_OUT.search(text, max(0, at - 30), at))


def term_ahead(text: str, times: tuple[TimeExpression, ...]) -> tuple[TimeExpression | None, str | None]:
    """The span that runs on as a term from the story's date ("deployed … for an initial period of five years":
    a term's length after the term named), or None; and, when the span reaches up to now instead, that state."""
    duration = next((t for t in times if t.kind == "duration" and (t.window or re.search(r"\b(for|up to|within)\b", t.text, re.I)
                                                                  or text and _term_length(text, t))
                     and not (text and _prison_term(text, t)) and not (text and _takes_as_it_goes(text, t))
                     and not re.search(r"\b(past|last)\b", t.text, re.I) or text and _holds_out_for(text, t)), None)
    if duration and text and _MODAL_PERFECT.search(text, 0, max(0, text.find(duration.text))):
        duration = None  # "would have allowed … tax breaks for eight years": a term that never began
    if duration and text and not duration.text.lower().startswith("within") \
            and (perfect := _PERFECT_BEFORE.search(text, 0, max(0, text.find(duration.text)))):
        # "Mortgage rates have fallen for six straight months", "has been discussed for nearly three decades": a span
        # that reaches up to now is told of the past, no horizon and no state as of writing (as nine of fourteen golds
        # read it) ("had worked …" reaches a past moment; "have closed within five years" of something else); a
        # decision's term still runs as of writing
        # a state that has held so long still holds as of writing: "The pier has been closed for six months"
        if _STATE_HELD.search(text, perfect.start(), max(0, text.find(duration.text))):
            return None, f"state held up to now: '{duration.text}'"
        return None, (f"a term decided: '{duration.text}'" if perfect.group("verb").lower() in _DECIDED else None)
    if duration and text and (_lasted(text[:max(0, text.find(duration.text))])
                              or _AFTER_DOING.search(text, max(0, text.find(duration.text) - 60), max(0, text.find(duration.text)))
                              and tells_past(main_clause(text))
                              or (_SPAN_OPENS.match(text) and _SPAN_OPENS.match(text).group(1).startswith(duration.text)
                                  # ("For three decades Russia supplied almost all of Armenia's weapons": no comma after it)
                                  or text.lstrip(" \"'“‘(").startswith(duration.text))
                              and tells_past(text[len(duration.text):])) \
            and not _term_length(text, duration):
        # ("For a decade, the EU told Georgians …": a span the past went on for, opening the sentence)
        # "the study followed 12,400 patients for a decade": how long it went on (a term set by the deed,
        # "deployed … for an initial period of five years", runs on from it)
        duration = None
    return duration, None
