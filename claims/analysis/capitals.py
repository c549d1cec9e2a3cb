"""A text set in capitals (a telex, a notice): its sentences read in sentence case, and what is
found in them shown as written."""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES, WEEKDAY_NAMES


def in_capitals(sentence: str) -> bool:
    return sentence.isupper() and sum(1 for c in sentence if c.isalpha()) >= 12


# month and day names, and "i" ("may" only as a month: "in May", "May 4", not "we may strike")
_CALENDAR_WORD = re.compile(r"\b(?P<lead>(?:in|on|by|since|until|from|of|early|late|last|next)\s+)?"
                            rf"(?P<word>{MONTH_NAMES.lower()}|{WEEKDAY_NAMES.lower()}|i)\b")
_DAY_AFTER = re.compile(r"\s+\d")


def _capitalised(m: re.Match) -> str:
    word = m.group("word")
    if word == "may" and not m.group("lead") and not _DAY_AFTER.match(m.string, m.end()):
        return m.group(0)
    return (m.group("lead") or "") + word[0].upper() + word[1:]


def sentence_case(sentence: str) -> str:
    """ "THE UNION SAID ON TUESDAY." as "The union said on Tuesday.", letter for letter (a letter whose
    lower case is longer stays as it is, so offsets hold)."""
    lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    lower = _CALENDAR_WORD.sub(_capitalised, lower)
    first = next((i for i, c in enumerate(lower) if c.isalpha()), None)
    return lower if first is None else lower[:first] + lower[first].upper() + lower[first + 1:]


def as_written(found: str | None, read: str, written: str) -> str | None:
    """What was found in the sentence-case reading, as the sentence writes it."""
    if not found or read is written or (at := read.find(found)) < 0:
        return found
    return written[at:at + len(found)]
