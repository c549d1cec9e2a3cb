"""A heading that is only a date ("March 2016", "24 Nov", "Last month"): its times, read where the story
reaches it, date the sentences under it and move the story as a date would."""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES, WEEKDAY_NAMES
from .narrative import Narrative
from .temporal import find_times
from .types import TimeExpression
from .words import grams as word_grams

# a heading that is only a date: "March 2016", "14 July 2021", "Last month", "Since spring 2019"
_DATE_HEADING_WORD = re.compile(rf"(?:\d{{1,4}}(?:st|nd|rd|th)?|{MONTH_NAMES}|{WEEKDAY_NAMES}|spring|summer|autumn|fall|winter|"
                                # (a forecast's "Today", "Tonight", "Monday and Tuesday")
                                r"last|this|next|week|month|year|in|on|since|from|by|until|the|of|end|early|late|mid|"
                                r"today|tonight|tomorrow|and|to|night|morning|afternoon|evening)",
                                re.IGNORECASE)


# a diary's day with its month cut short: "24 Nov", "26–27 Nov", "1 Dec"
_DIARY_DAY_WORD = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")


def date_heading_times(heading: str, start: int, narrative: Narrative) -> tuple[TimeExpression, ...]:
    """The times of a heading that is only a date (a timeline entry's "March 2016"), read where the
    story reaches it, so that it dates the sentences under it and moves the story as a date would;
    nothing for any other heading."""
    words = re.sub(r"[-–—,.:]", " ", heading).split()
    if not 0 < len(words) <= 5 or not all(_DATE_HEADING_WORD.fullmatch(w) or _DIARY_DAY_WORD.fullmatch(w) for w in words):
        return ()
    if not all(_DATE_HEADING_WORD.fullmatch(w) for w in words) and any(len(w) == 4 and w.isdigit() for w in words):
        return ()  # ("Sept. 20, 2026", "Sep 2026": a page's own date line, a table's column, not a diary's day)
    return tuple(find_times(heading, start, narrative, word_grams(heading)))


_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def counted_from_entry(times: tuple[TimeExpression, ...], entry: tuple[TimeExpression, ...],
                       written: str | None) -> tuple[TimeExpression, ...]:
    """ "**2024-12-11** — Gazprom says it will cut supplies from January 1", in a tracker written in February
    2025: what an entry looks ahead to is counted from the entry's own day, not the writing's (the first
    January 1 after 11 December 2024), for a bare day or month the writing put in the year after it."""
    day = next((t.value for t in entry if _DAY_OR_MONTH.fullmatch(t.value)), None)
    if not day or not written or day >= written:
        return times
    out = []
    for t in times:
        if _DAY_OR_MONTH.fullmatch(t.value) and t.value > written and not re.search(r"\d{4}", t.text):
            earlier = f"{int(t.value[:4]) - 1:04d}{t.value[4:]}"
            if earlier > day:
                t = TimeExpression(text=t.text, value=earlier, start=t.start, end=t.end, kind=t.kind, window=t.window)
        out.append(t)
    return tuple(out)
