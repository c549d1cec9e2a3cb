"""The date a weekday names: the latest such day up to the writing for news of the past week, the coming one
in a sentence that looks ahead to it or in a forecast, and none for a weekday that names a kind of thing."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from .narrative import Narrative, compared_just_before, first_at
from .story_time import PAST_PERFECT, modal_after_telling
from .time_cues import BACK_TO_PAST, DEADLINE_SET, PAST_AFTER, done_just_before

# a weekday naming a kind of thing ("most Saturday appointments", "their Sunday services"): a
# plural noun after it and a determiner or quantifier before it
_HABITUAL_DAY = re.compile(r"\s+[a-z]{3,}[^s\W]s\b")
# ("the last Sunday sailing", "the first Monday train": not "the last Sunday in May" nor "on the
# last Sunday morning")
_ORDINAL_BEFORE_DAY = re.compile(r"\b(?:the|its|their|our)\s+(?:last|first|final|early|late)\s+$", re.IGNORECASE)
_NOUN_AFTER_DAY = re.compile(r"\s+(?!(?:morning|afternoon|evening|night|lunchtime|of|in|and|or|at|to|for|before|after|when)\b)[a-z]{3,}\b")
_COUNTED_BEFORE = re.compile(r"\b(?:the|most|all|some|many|its|their|our|weekly|regular|usual|no|few)\s+$", re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# "opposition parties have called another march for Sunday evening": what is called or planned for a day
_CALLED_FOR = re.compile(r"\b(?:called|calls|planned|plans|scheduled|set|booked|announced|organi[sz]ed)\b[^.;]{0,40}?\bfor\s+$",
                         re.IGNORECASE)


def weekday_date(m: re.Match, n: Narrative) -> tuple[str | None, str]:
    """The ISO day a weekday the pattern matched names, or None when it names a kind of thing."""
    g = m.groupdict()
    if not n.published or n.published_precision != "day":
        return None, ""
    if m.start() == m.start("wd") and _HABITUAL_DAY.match(m.string, m.end()) \
            and _COUNTED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None, ""  # "most Saturday appointments": what happens on Saturdays, no date
    if _NOUN_AFTER_DAY.match(m.string, m.end()) and _ORDINAL_BEFORE_DAY.search(m.string, max(0, m.start() - 24), m.start("wd")):
        return None, ""  # "drops the last Sunday sailing": the one that runs latest on Sundays, no date
    target = _WEEKDAYS.index(g["wd"].lower())
    lead = m.group(0).split()[0].lower()
    # "next Friday", or "expected to arrive on Thursday" (the weekday after a word that looks
    # ahead; in "said on Monday that it will", Monday is still the past)
    # "From Monday, households will be limited": a start or an end in a sentence that looks ahead
    # (but a deed told as done by a day: "Firefighters brought the fire under control by Tuesday morning")
    starts_ahead = lead in ("from", "until", "till", "starting", "by") and n.forward_at >= 0 \
        or lead in ("by", "until", "till") and first_at(PAST_PERFECT, m.string) < 0 \
        and not (n.told_in_past and n.forward_at < 0 and not DEADLINE_SET.search(m.string, max(0, m.start() - 120), m.start()))  # a deadline: "told to leave by Friday"
    if n.forecast and lead not in ("last", "next") and not n.told_in_past:
        # a forecast's "Saturday" is the coming one; its own day's name is today
        return (n.published + dt.timedelta(days=(target - n.published.weekday()) % 7)).isoformat(), "date"
    if lead == "next" or starts_ahead or lead != "last" and modal_after_telling(m.string, m.start()) \
            or lead != "last" and _CALLED_FOR.search(m.string, max(0, m.start() - 60), m.start()) and not PAST_AFTER.match(m.string, m.end()) \
            or (lead != "last" and 0 <= n.forward_at < m.start()
                          and not _back_to_past_between(m.string, n.forward_at, m.start())
                          and not compared_just_before(m.string, m.start())
                          and not PAST_AFTER.match(m.string, m.end())
                          and not done_just_before(m.string, m.start())):
        delta = (target - n.published.weekday()) % 7 or 7
        if (told := _told_on_weekday(m, n)) is not None:
            # ("announced last Thursday that power would be cut … from Saturday": the first such day after the telling's,
            # when it has come by the writing)
            after_told = told + dt.timedelta(days=(target - told.weekday()) % 7 or 7)
            if after_told <= n.published:
                return after_told.isoformat(), "date"
        return (n.published + dt.timedelta(days=delta)).isoformat(), "date"
    # news tells of the past week: the latest such weekday on or before publication
    delta = (n.published.weekday() - target) % 7
    if lead == "last" and delta == 0:
        delta = 7
    return (n.published - dt.timedelta(days=delta)).isoformat(), "date"


# a telling dated by a weekday of the past week, before what it foretells: "announced last Thursday that …"
_TOLD_ON_WEEKDAY = re.compile(r"\b(?:said|announced|told\s+[\w’'-]+|warned|declared|confirmed)\s+(?:on\s+|last\s+)?"
                              r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


def _told_on_weekday(m: re.Match, n: Narrative) -> dt.date | None:
    """The day of a telling dated by a weekday before where the sentence looks ahead, or None."""
    # (a future told in the past, "would"; "said on Monday that the board will meet on Friday" still looks ahead)
    # (within a clause's reach before the "would": each weekday after it looks back no further)
    told = _TOLD_ON_WEEKDAY.search(m.string, max(0, n.forward_at - 160), n.forward_at) \
        if 0 <= n.forward_at < m.start() and m.string.startswith("would", n.forward_at) else None
    if told is None:
        return None
    target = _WEEKDAYS.index(told.group(1).lower())
    delta = (n.published.weekday() - target) % 7 or (7 if "last" in told.group(0).lower() else 0)
    return n.published - dt.timedelta(days=delta)


@lru_cache(maxsize=32)
def _back_to_past_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in BACK_TO_PAST.finditer(text))


def _back_to_past_between(text: str, start: int, end: int) -> bool:
    """Whether words that go back to the past stand between two places of a sentence; its matches are found once
    for all its weekdays, so a sentence of many stays linear."""
    spans = _back_to_past_spans(text)
    k = bisect.bisect_left(spans, (start, -1))
    return k < len(spans) and spans[k][1] <= end
