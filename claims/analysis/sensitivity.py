"""Stage 9: does a claim describe the state of affairs as of writing, and when does it go stale?"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .future_readings import NOT_YET_KNOWN, UNDER_A_DEAL, UNKNOWN_ANSWER_OPENS
from .iso_dates import add_duration, after_writing, format_at, parse_iso
from .judgement import ABOUT_ITSELF
from .kind_cues import COUNTED_DEED_THEN_FORECAST
from .lexicon import IRREGULAR_PASTS, NEEDED_OVER_SPAN, NEITHER_SAID, RECORD_LEVEL, REQUESTED, STATE_MARKERS, UNDER_WAY_OR_BEING_DONE
from .story_time import PRESENT_PERFECT
from .tense import WOULD_HAVE
from .term_spans import tells_past, term_ahead
from .time_cues import main_clause
from .types import TimeExpression


@dataclass(frozen=True)
class Sensitivity:
    time_sensitive: bool
    expires: str | None
    why: str | None


_AHEAD_WORD = re.compile(rf"\b(?:will|would|shall|should|must|can|could|may|might|due|expected|plans?\s+to|planned|scheduled|set\s+to|please|{REQUESTED})\b",
                         re.IGNORECASE)
def _upcoming(times: tuple[TimeExpression, ...], as_of: tuple[dt.date, str] | None):
    """The first calendar date after the writing."""
    if not as_of:
        return None
    for t in times:
        if t.kind == "date" and (parsed := after_writing(t.value, *as_of)):
            return t, parsed
    return None


# "would send fuel oil by the middle of April", written on 9 April: the writing's month, named as a deadline still open
_BY_A_TIME = re.compile(r"(?:by|until|till|before)\b", re.IGNORECASE)


# a level told as reached by a time: "stood at 6.75% by mid-2025", "had risen to 40% by 2023"
_LEVEL_REACHED = re.compile(r"\b(?:stood|reached|had\s+(?:\w+\s+){0,2}?(?:risen|fallen|grown|reached|climbed|dropped)|rose|fell|grew|"
                            r"climbed|dropped)\b[^,;]{0,40}$")


def _by_this_month(times: tuple[TimeExpression, ...], as_of: tuple[dt.date, str] | None):
    if not as_of or as_of[1] != "day":
        return None
    month = f"{as_of[0].year:04d}-{as_of[0].month:02d}"
    for t in times:
        if t.kind in ("date", "horizon") and t.value == month and _BY_A_TIME.match(t.text):
            last = (as_of[0].replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            return t, (last, "day")
    return None


# "which is due to be finished in 2025", written in January 2025: the year of writing, named for what
# is still to come in it
_DUE_IN_YEAR = re.compile(r"\b(?:due|expected|scheduled|set|planned)\s+to\s+(?:be\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s+(?:in|by)\s+$")


def _due_this_year(times: tuple[TimeExpression, ...], as_of: tuple[dt.date, str] | None, text: str):
    if not as_of or as_of[1] == "year":
        return None
    year = str(as_of[0].year)
    for t in times:
        if t.kind != "date" or t.value != year:
            continue
        at = text.find(t.text)  # (only for the year of writing itself)
        if at > 0 and _DUE_IN_YEAR.search(text, max(0, at - 60), at + 3):
            return t, (dt.date(as_of[0].year, 12, 31), "year")
    return None


# (bounded, so that a sentence with no stop and many "will"s stays linear)
_ANNOUNCED_FUTURE = re.compile(r"[^,;]{0,240}?\bwill\s+(?!have\b)[a-z]+[^;]{0,400}?,\s*(?:[\w’'.-]+\s+){0,6}?(?:has\s+|have\s+)?"
                               r"(?:announced|said|confirmed)\b"
                               # ("NATO has announced it will send 700 more troops")
                               r"|[^,;]{0,120}?\b(?:has|have)\s+(?:announced|confirmed|pledged|promised)\s+(?:that\s+)?(?:it|they|he|she)\s+will\s+(?!have\b)")
# ("… have voted in favour, the community council announced today": the telling done on the day)
# ("Those designated today are subject to an asset freeze": who was named on the day)
_DONE_TODAY = re.compile(r"\btoday\s+(?:[a-z]{3,}ed|said|told|won|lost|made|gave|took|began|met|sent|set|put)\b"
                         r"|\b(?:those|the\s+\w+)\s+[a-z]{3,}ed\s+today\b"
                         r"|\b(?:announced|said|confirmed|revealed|reported|told\s+[\w-]+)\s+today\b"
                         # "The findings are published today in the journal Sleep Health"
                         r"|\b(?:is|are)\s+(?:published|released|launched|unveiled)\s+today\b"
                         # "Kelby Engineering plc today reports revenue of £84.2 million …": a release's own telling
                         r"|\btoday\s+(?:reports|announces|publishes|releases|confirms|launches|unveils)\b"
                         # ("Today we discussed the next steps", "Today, the two ministers signed …": the day opening a deed done on it)
                         r"|^\W*today,?\s+(?:we|i|they|he|she|the\s+\w+(?:\s+\w+)?)\s+(?:[a-z]{3,}ed|met|signed|agreed|held|made|took|gave|sent)\b",
                         re.IGNORECASE)
# ("The Commander … met representatives of the Kosovo Police and EULEX today.": a meeting held on the day,
# "today" closing a sentence that tells a past and no present)
_PRESENT_BE = re.compile(r"\b(?:is|are|remains?|still)\b", re.IGNORECASE)
# ("The regulation … took effect today": an irregular past as well)
_PAST_DEED = re.compile(r"\b(?:visited|signed|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PASTS)) + r")\b")


_NO_LONGER_THEN = re.compile(r"\b(?:could|was|were|had|did)\s+no\s+longer\b", re.IGNORECASE)
# "Russian peacekeepers have begun withdrawing from Nagorno-Karabakh": a course begun and going on
_BEGUN_DOING = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:begun|started)\s+(?!(?:going|nothing)\b)[a-z]{3,}ing\b",
                          re.IGNORECASE)
_AGO_TODAY = re.compile(r"\bago\s+today\b", re.IGNORECASE)


def _done_today_closing(text: str) -> bool:
    return text.rstrip(" .!").lower().endswith(" today") and not _PRESENT_BE.search(text) and bool(_PAST_DEED.search(text))


_UNDECIDED = re.compile(r"\b(?:has|have)\s+not\s+(?:yet\s+)?(?:said|decided|confirmed|announced|revealed|disclosed|explained)\s+"
                        r"(?:whether|when|if|how|who|why|where|what)\b"
                        # ("Neither side said when flights would fully resume": of both sides)
                        r"|" + NEITHER_SAID +
                        # "The ministry has not commented on that figure": no answer as of writing (nor confirmed the talks)
                        r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:commented|responded|replied|changed)\b"
                        # ("Russia has not admitted responsibility": nothing owned to as of writing)
                        r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:admitted|acknowledged|accepted|claimed)\s+(?:any\s+|its\s+|their\s+)?"
                        r"(?:responsibility|liability|blame|guilt|wrongdoing)\b"
                        r"|\bno\s+(?:one|group|side|party|organi[sz]ation)\s+has\s+(?:yet\s+)?(?:claimed|admitted|accepted)\s+responsibility\b"
                        r"|\b(?:has|have)\s+not\s+(?:yet\s+)?confirmed\s+(?:or\s+denied\s+)?(?:the|this|that|these|those|any)\s+"
                        r"(?:talks|reports?|meeting|deal|figures?|plans?|deaths?|arrests?|visit)\b"
                        # "She has not presented evidence of Russian involvement": none shown as of writing
                        r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:presented|provided|produced|offered|published|given|shown)\s+"
                        r"(?:any\s+)?(?:evidence|proof)\b"
                        # "no decision on renewal has been made": nothing settled as of writing
                        r"|\bno\s+(?:final\s+)?decision\s+(?:(?:on|about)\s+[\w\s’'-]{1,40}?\s+)?(?:has|have)\s+(?:yet\s+)?been\s+"
                        r"(?:made|taken|reached)\b"
                        # "… a referendum, but no date has been set": a date not fixed as of writing
                        r"|\bno\s+(?:date|timetable|deadline)\s+(?:(?:for|on)\s+[\w\s’'-]{1,40}?\s+)?(?:has|have)\s+(?:yet\s+)?been\s+"
                        r"(?:set|fixed|announced|agreed)\b"
                        # "It is unclear whether Serbia will hand him over": open as of writing
                        r"|\b(?:is|are|was|remains?)\s+(?:still\s+)?" + NOT_YET_KNOWN + r"\s+(?:whether|when|if|how|who)\b"
                        # ("How long the base will stay is unclear")
                        r"|^" + UNKNOWN_ANSWER_OPENS + NOT_YET_KNOWN + r"\b", re.IGNORECASE)
_UNCERTAIN_WORDS = frozenset("not neither decision unclear uncertain unknown date timetable deadline responsibility".split())
_NOT_YET = re.compile(r"\b(?:not|n[’']t|no|nothing|nobody|none)\s+(?:[a-z]+\s+){1,6}yet\b", re.IGNORECASE)
# "38,000 homes already receive it", "is already used by 60 councils": a state as of writing; "has
# already halved", "were already high", "already knew", "as some already do" (an aside) tell none
_ALREADY = re.compile(r"\b(?P<before>[\w’'-]+)\s+already\s+(?P<verb>[A-Za-z][a-z]*)\b")
_NOT_PRESENT_BEFORE = frozenset("has have had was were be been would could will did as some may might must can should".split())


# "We have fewer officers than ten years ago", "Our reserves have never been higher": now set against
# the past, true only as of writing
_NOW_AGAINST_PAST = re.compile(r"\bthan\s+(?:\w+\s+){0,2}(?:years?|decades?|months?)\s+ago\b"
                               r"|\b(?:has|have|had)\s+never\s+been\s+(?:so\s+|more\s+|less\s+)?[a-z]+(?:er|est)\b",
                               re.IGNORECASE)


def _already_now(text: str) -> str | None:
    for m in _ALREADY.finditer(text):
        before, verb = m.group("before").lower(), m.group("verb")
        if before in ("is", "are", "am") or (before not in _NOT_PRESENT_BEFORE and not verb.endswith("ed")
                                               and verb not in IRREGULAR_PASTS):
            return m.group(0)
    return None


_STILL_PAST = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bhas )(?<!\bhave )(?<!\bbeen )\bstill\s+"
                         # ("two sites still exceed the limit": a present verb in -eed is no past)
                         r"(?:(?!(?:exc|proc|succ|n|f|bl|br|h|sp|pl)eeds?\b)[a-z]{3,}ed|had|was|were|did|saw|" + "|".join(sorted(IRREGULAR_PASTS)) + r")\b")

# "so far" as a degree: "fallen so far in a single week", "gone so far as to", "so far behind", "so far from"
_SO_FAR_A_DEGREE = re.compile(r"\bso\s+far\s+(?:in\s+(?:a|one|the\s+space\s+of)\b|that\b|as\s+to\b|below\b|above\b|behind\b|ahead\b|"
                              r"beyond\b|from\b)", re.IGNORECASE)
_STILL_OPENING = re.compile(r"\W*Still\s*,")
_STILL_AFTER_COMPARATIVE = re.compile(r"\b(?:faster|slower|higher|lower|larger|smaller|bigger|greater|longer|shorter|stronger|weaker|"
                                      r"worse|better|more|less|further|deeper|wider|steeper|sharper|harder|cheaper|richer|poorer)\s+still\b"
                                      r"(?!\s+(?:be|been|is|are|was|were|has|have|had|[a-z]+(?:ed|s))\b)", re.IGNORECASE)
# "said the authority still faced a gap of £6 million": a state told in reported speech, its verb
# put in the past by the telling, holds as of writing
_STILL_REPORTED = re.compile(r"\b(?:said|says|told|warned|admitted|added|explained|insisted|stressed)\b[^.;]{0,160}?\bstill\s+"
                             r"(?:had|was|were|faced|needed|lacked|owed|held|remained|wanted|believed)\b")

_NEED_WORDS = frozenset(("needs", "need", "requires", "require"))
_THIS_SPAN = frozenset(("this week", "this month", "this year", "this term", "this half term"))
_EARLIER_THIS = re.compile(r"\bearlier\s+this\s+(?:week|month|year|term|half\s+term)\b", re.IGNORECASE)


# "A council spokesperson said a new design was being drawn up": the present of the telling, put
# into the past by the reporting verb, is under way as of writing
_REPORTED_BEING_DONE = re.compile(r"\b(?:said|told\s+[\w-]+|confirmed|added)\s+(?:that\s+)?[^.;:]{0,60}?\b(?:was|were)\s+"
                                  r"(?:still\s+|now\s+|currently\s+)?being\s+[a-z]{3,}(?:ed|en|wn|ne)(?:\s+up)?\b")


# what the writer will do, or a body proposes, ages whatever kind of claim tells it (see `view` below)
_PLANS_OF_ITS_OWN = frozenset("will propose proposes".split())
# the words a forecast added after a deed opens on ("…, but the ministry expects another rise")
# a span counted from an event named after it, not from the story's date: "within 30 days of ratification"
_FROM_AN_EVENT = re.compile(r"\s+(?:of|after)\s+(?:the\s+|its\s+|their\s+)?(?!now\b|today\b|writing\b)[a-z]{4,}(?:ion|ing|al|ment|ure)\b")
_FORECAST_ADDED = frozenset("expects expect warn warns warned forecast".split())
# "Production has been stopped while the factory is cleaned": what goes on meanwhile, as of writing
# (not a habit: "Ferries run their engines while they are berthed")
_WHILE_BEING_DONE = re.compile(r"\b(?:has|have)\s+been\s+[a-z]{3,}(?:ed|en|wn|ut|pt)\b[^.;]{0,40}?\bwhile\s+(?:the|its|their)\s+"
                               r"(?:[\w’'-]+\s+){0,3}?(?:is|are)\s+(?:being\s+)?[a-z]{3,}(?:ed|en)\b")


_DONE_PERFECT = re.compile(r"\b(?:has|have)\s+(?!to\b)(?:already\s+|now\s+)?[a-z]{3,}\s", re.IGNORECASE)
_NEXT_SPAN = re.compile(r"(?:over|within|in|during|for)\s+the\s+(?:next|coming)\b", re.IGNORECASE)


# "Fences keep creeping forward": what goes on and on, told in the present, as of writing (not "could keep
# driving", "to keep paying")
_KEEPS_DOING = re.compile(r"(?<!\bcould\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bto\s)(?<!\bdid\s)"
                          r"\b(?:keeps|keep)\s+(?:on\s+)?(?!going\b)[a-z]{3,}ing\b", re.IGNORECASE)


# "I recommend that the council lease 60 homes for five years", "The council should publish how many
# repairs fail within a year": a course urged for a span is a standing position, as one dated to a
# year is ("Monitors are said to stay for three years", a view of what will happen, ages)
# ("wants the council to extend the scheme for another year": a term asked for, not a horizon)
_URGED = re.compile(r"\b(?:recommend|recommends|should|urge|urges|urged|ought|wants?\s+(?:the\s+)?[a-z]+\s+to|(?:asks|asked|calls\s+on|called\s+on)\s+(?:the\s+)?[a-z]+\s+to)\b",
                    re.IGNORECASE)


_AGREED_TO_GO_ON = re.compile(r"\b(?:agreed|agree|agrees|decided|voted|promised|pledged|vowed)\s+to\s+(?:continue|remain)\b"
                              # ("says the losses cannot continue": a course judged, not a state as of writing)
                              r"|\b(?:cannot|can\s+not|can\s+no\s+longer|could\s+not)\s+(?:continue|remain)\b", re.IGNORECASE)
def assess(grams: frozenset[str], kind: str, times: tuple[TimeExpression, ...], *, anchor: tuple[dt.date, str] | None,
           shelf_life_days: int, text: str = "", as_of: tuple[dt.date, str] | None = None) -> Sensitivity:
    """`anchor` is where a duration counts from (the story's date); `as_of` when the claim was
    written, from which states and forecasts age (the anchor when not given)."""
    if kind == "question" or kind == "reference" and text and ABOUT_ITSELF.match(text):
        # a question asserts nothing that could go stale, nor does what the text itself does ("This
        # paper sets out how wards will be staffed from December")
        return Sensitivity(False, None, None)
    state = STATE_MARKERS.first(grams)
    if state == "today" and text and (_DONE_TODAY.search(text) or _done_today_closing(text) or _AGO_TODAY.search(text)):
        # "The trust today published a study": something done on the day, no state of affairs; "Four years
        # ago today" dates a deed
        state = None
    elif state == "still" and text and _STILL_AFTER_COMPARATIVE.search(text) and len(re.findall(r"\bstill\b", text, re.IGNORECASE)) == 1:
        # "Container traffic grew faster still": "even", after a comparative, no state that still holds
        state = next((m for m in STATE_MARKERS.all(grams) if m != "still"), None)
    elif state == "still" and text and _STILL_OPENING.match(text) and len(re.findall(r"\bstill\b", text, re.IGNORECASE)) == 1:
        # "Still, the crash has shown …": "nevertheless", no state that still holds
        state = next((m for m in STATE_MARKERS.all(grams) if m != "still"), None)
    elif state == "still" and text and _STILL_PAST.search(text) and not _STILL_REPORTED.search(text):
        # "three streets still recorded levels above the limit": a past that held despite something
        state = next((m for m in STATE_MARKERS.all(grams) if m != "still"), None)
    elif state == "so far" and text and _SO_FAR_A_DEGREE.search(text) and len(re.findall(r"\bso\s+far\b", text, re.IGNORECASE)) == 1:
        # "Not since 2008 has the currency fallen so far in a single week": how far, no state up to the writing
        state = next((m for m in STATE_MARKERS.all(grams) if m != "so far"), None)
    elif state in ("continue", "remain") and text and _AGREED_TO_GO_ON.search(text) \
            and not re.search(rf"(?<!\bto\s)(?<!\bnot\s)(?<!\bcannot\s)(?<!\blonger\s)\b{state}s?\b", text, re.IGNORECASE):
        # "agreed to continue talks": what was agreed, not a state as of writing
        state = next((m for m in STATE_MARKERS.all(grams) if m not in ("continue", "remain")), None)
    elif state == "no longer" and text and ("than" in grams and re.search(r"\bno\s+longer\s+than\b", text, re.IGNORECASE)
                                            or _NO_LONGER_THEN.search(text)):
        # "should last no longer than it must": a length compared, not a change as of writing; "By July 2023,
        # the ICRC said it could no longer deliver food": a change told in the past
        state = next((m for m in STATE_MARKERS.all(grams) if m != "no longer"), None)
    elif state in _THIS_SPAN and text and "earlier" in grams and _EARLIER_THIS.search(text):
        # "Earlier this month, the contractor said …": a day already gone in the writing's month
        state = next((m for m in STATE_MARKERS.all(grams) if m not in _THIS_SPAN), None)
    if not state and text and "yet" in grams and (not_yet := _NOT_YET.search(text)):
        state = not_yet.group(0)  # "Two promises are not rated yet": so far, as of writing
    undecided = None
    if not state and text and not _UNCERTAIN_WORDS.isdisjoint(grams) and (undecided := _UNDECIDED.search(text)):
        state = undecided.group(0)  # "has not said whether he will bring the bill to a vote": open as of writing
    if not state and text and "already" in grams:
        state = _already_now(text)
    if not state and text and not _NEED_WORDS.isdisjoint(grams) and (need := NEEDED_OVER_SPAN.search(text)):
        state = need.group(0)  # "needs £6.8 million of repairs over the next five years": needed as of writing
    if not state and text and ("ago" in grams or "never" in grams) and (against := _NOW_AGAINST_PAST.search(text)) \
            and not (against.group(0).lower().startswith("had") or tells_past(text[:against.start()])):
        state = against.group(0)
    if not state and text and " at " in text and (level := RECORD_LEVEL.search(text)) \
            and level.group("verb").lower() in ("is", "are", "stands", "stand", "remains", "remain"):
        state = level.group(0)  # "is at a record high": as of writing
    if not state and text:
        under_way = UNDER_WAY_OR_BEING_DONE.search(text) or ("being" in grams and _REPORTED_BEING_DONE.search(text)) \
            or ("while" in grams and _WHILE_BEING_DONE.search(text)) \
            or (("keep" in grams or "keeps" in grams) and _KEEPS_DOING.search(text)) \
            or (("begun" in grams or "started" in grams) and _BEGUN_DOING.search(text))
        state = under_way.group(0) if under_way else None
    horizon = next((t for t in times if t.kind == "horizon"), None)
    duration, span_to_now = term_ahead(text, times)
    state = state or span_to_now
    # "The government will invest $1.2 billion over four years, the minister announced today": a future
    # announced is told as a fact, and ages as a forecast does
    # (and what a deal settles for the future: "Under the deal, Armenia will transfer four villages")
    # (and a deed counted or dated with a forecast added after it: "Cases fell in January, but the ministry expects another
    # rise in the spring" ages as its forecast does)
    forward = kind == "prediction" or (kind == "fact" and "will" in grams and bool(_ANNOUNCED_FUTURE.match(text) or UNDER_A_DEAL.match(text))) \
        or (kind == "fact" and not _FORECAST_ADDED.isdisjoint(grams)
            and bool(COUNTED_DEED_THEN_FORECAST.match(text)))
    # "The council should introduce school streets by September 2027", "Extend the pilot from April
    # 2027": a view or a course urged, dated to a month or a year ahead, is a standing position; one
    # asked of someone by a day ("Contact us before 1 April") lapses on that day, and so does what the
    # writer will do or a body proposes ("I will be asking the cabinet …", "Officers propose raising
    # it to £72 from April")
    view = kind == "opinion" and _PLANS_OF_ITS_OWN.isdisjoint(grams)
    if view and state == "this year" and text and not PRESENT_PERFECT.search(text):
        # ("We recommend that partners fund a survey this year": a course urged for a year, standing; "the
        # best film I have seen this year" judges a span up to now)
        state = None
    if horizon and kind == "fact" and horizon.text[:3].lower() == "by " and text and (at := text.find(horizon.text)) > 0 \
            and _LEVEL_REACHED.search(text, max(0, at - 60), at):
        horizon = None  # "the key rate, which stood at 6.75% by mid-2025": a level reached then, no horizon ahead
    if horizon and horizon.value[:1].isdigit():
        parsed = parse_iso(horizon.value)
        if parsed and not (view and parsed[1] != "day"):
            day, precision = parsed
            # "by 2028" runs to the end of 2028
            end = dt.date(day.year, 12, 31) if precision == "year" else day
            # ("homes built before 1919" names a horizon long past at the writing: no forecast)
            if not as_of or end >= as_of[0]:
                return Sensitivity(True, format_at(end, "day" if precision == "year" else precision),
                                   f"horizon '{horizon.text}'")
    # "has proposed that ships connect from 2030", "voted to hold fares until March 2027": a done
    # deed whose content is dated ahead stays true; a plan or schedule told as ahead does not
    # (what is still open until a day ahead lapses on that day: "No final decision has been taken, and the
    # cabinet will consider the results on 10 December")
    upcoming = (_upcoming(times, as_of) or _due_this_year(times, as_of, text) or _by_this_month(times, as_of)) \
        if (not state or undecided) and times else None
    if upcoming and text and (tells_past(main_clause(text)) and not _AHEAD_WORD.search(text) or WOULD_HAVE.search(text)) \
            or upcoming and view and upcoming[1][1] != "day":
        # ("they would have risen by 9% in April": what might have been, whenever; a view dated to a
        # month or a year, above)
        upcoming = None
    if upcoming:
        # "Tenders close on 4 June", "apply before the call closes in March 2023": a date still
        # ahead when written; once it has passed, the claim tells of a past plan
        day, precision = upcoming[1]
        end = dt.date(day.year, 12, 31) if precision == "year" else day
        return Sensitivity(True, format_at(end, "day" if precision == "year" else precision),
                           f"date ahead of writing: '{upcoming[0].text}'")
    span = horizon or duration
    # ("must save £14 million over the next two years": a span ahead of the writing ages, unless a deed
    # done sets it: "has set aside £1.2bn over the next decade" stays true)
    ahead = horizon is not None and horizon is span and bool(_NEXT_SPAN.match(horizon.text)) \
        and not tells_past(text) and not _DONE_PERFECT.search(text)
    urged = view and bool(text) and _URGED.search(text) is not None
    at = text.find(span.text) if span and text else -1
    if at >= 0 and _FROM_AN_EVENT.match(text, at + len(span.text)):
        span = None  # ("withdraw troops within 30 days of ratification": counted from an event not yet dated)
    if span and span.value.startswith("P") and (forward or state or duration and not urged or ahead) and anchor:
        day, precision = anchor
        end = add_duration(day, span.value)
        # ("fell within a year of release … in 2023", written in 2026: a span counted from a date the
        # sentence names that ended before the writing is no horizon)
        # (nor one counted from the story's date that ran out before the writing, told in the past: "within a
        # week more than 100,000 people had fled", in a story of September 2023 written in 2024)
        if end and (not as_of or end >= as_of[0] or not (any(t.kind == "date" for t in times) or tells_past(text))):
            return Sensitivity(True, format_at(end, precision), f"horizon '{span.text}' from {format_at(day, precision)}")
    if forward or state:
        why = f"forecast ({kind})" if forward and not state else f"state as of writing: '{state}'"
        expires = None
        written = as_of or anchor
        if written:
            expires = (written[0] + dt.timedelta(days=shelf_life_days)).isoformat()
            why += f"; shelf life {shelf_life_days} days"
        return Sensitivity(True, expires, why)
    return Sensitivity(False, None, None)
