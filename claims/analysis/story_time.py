"""Where a sentence's dates stand against the story around it: back in the writing's week or year, a
bare month after a later one in the same sentence, a story moved on into the year of writing, a weekday
after a modal that looks ahead, a day of the writing's month."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from itertools import islice
import re

from .lexicon import MONTH_NAMES, NUMBER_WORDS
from .narrative import Narrative, compared_just_before
from .time_cues import BACK_TO_PAST, PAST_AFTER, done_just_before
from .time_patterns import NUM_WORD, PATTERNS, SIGNS, YEAR_TOKEN

PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
CALENDAR_DATE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
CALENDAR_DAY = re.compile(r"\d{4}-\d\d-\d\d")
REL_DELTA = {"last": -1, "past": -1, "this": 0, "next": 1}


def number_of(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.lower()
    if token in ("a", "an", "another") or token.startswith("a") and token.endswith("further"):
        return 1
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_DAY_OF_THE_WEEK = dict(PATTERNS)["weekday"]
_DAY_FROM_TODAY = dict(PATTERNS)["rel_day"]
_WEEKDAY_SIGN, _REL_DAY_SIGN, _YEARISH_SIGN = SIGNS.index("weekday"), SIGNS.index("relday"), SIGNS.index("yearish")


def back_in_the_week(n: Narrative, text: str, present: tuple[bool, ...]) -> bool:
    """Whether a sentence that names no year of its own names a day of the writing's week while the
    narrative is elsewhere."""
    if n.published is None or n.published_precision != "day" or n.year is None or present[_YEARISH_SIGN]:
        return False
    if (n.year, n.month) == (n.published.year, n.published.month):
        return False
    return bool(present[_WEEKDAY_SIGN] and _DAY_OF_THE_WEEK.search(text) or present[_REL_DAY_SIGN] and _DAY_FROM_TODAY.search(text))


# "seized that ship on December 28 and released it in January": told one after the other, a bare month
# earlier in the calendar than the date before it is in the year after
_THEN = re.compile(r"\b(?:and|then|before|until|but)\b")


def _months_placed(found: list, year_of_month) -> list:
    # each date read to the month placed in the year that year_of_month gives it from the date told just
    # before it (as already placed), or left as read when it gives none
    out = list(found)
    for n in range(1, len(out)):
        s, e, t, v, k, window = out[n]
        if k == "date" and re.fullmatch(r"\d{4}-\d{2}", v) and (year := year_of_month(out[n], out[n - 1])) is not None:
            out[n] = (s, e, t, f"{year:04d}{v[4:]}", k, window)
    return out


def months_in_sequence(text: str, found: list) -> list:
    def year_of_month(month, before):
        s, _, t, v, _, _ = month
        # ("… on Monday … had hired 40 teachers since January": a span up to now is no step in a sequence)
        if YEAR_TOKEN.search(t) or not t.lower().startswith("in ") \
                or before[4] != "date" or not CALENDAR_DATE.match(before[3]) or len(before[3]) < 7:
            return None
        if before[3][:4] == v[:4] and int(before[3][5:7]) > int(v[5:7]) and _THEN.search(text, before[1], s):
            return int(v[:4]) + 1
        return None
    return _months_placed(found, year_of_month)


# "releases water between April and September": the end of a range of months named bare runs on from its
# start, in the same year or, earlier in the calendar, the next ("from November to March")
_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|until|till|-|–)\s*")
_BARE_MONTH = re.compile(rf"(?:{MONTH_NAMES})")


def range_ends_after_start(text: str, found: list) -> list:
    def year_of_month(month, start):
        s, _, t, v, _, _ = month
        if not re.fullmatch(r"\d{4}-\d{2}", start[3]) or not _BARE_MONTH.fullmatch(t) or not _RANGE_JOIN.fullmatch(text, start[1], s):
            return None
        return int(start[3][:4]) + (int(v[5:7]) < int(start[3][5:7]))
    return _months_placed(found, year_of_month)


def ranges_over_by_the_writing(text: str, found: list, published: dt.date) -> list:
    """ "recorded fine-particle levels above the limit on 64 days between November and March", written in December:
    a range of bare months told in the past whose end has not come by the writing is the last one over."""
    out = list(found)
    for n in range(1, len(out)):
        start, end = out[n - 1], out[n]
        if start[4] == end[4] == "date" and re.fullmatch(r"\d{4}-\d{2}", start[3]) and re.fullmatch(r"\d{4}-\d{2}", end[3]) \
                and _BARE_MONTH.fullmatch(start[2].split()[-1]) and _BARE_MONTH.fullmatch(end[2]) \
                and _RANGE_JOIN.fullmatch(text, start[1], end[0]) and end[3] > f"{published.year:04d}-{published.month:02d}":
            out[n - 1] = (*start[:3], f"{int(start[3][:4]) - 1:04d}{start[3][4:]}", *start[4:])
            out[n] = (*end[:3], f"{int(end[3][:4]) - 1:04d}{end[3][4:]}", *end[4:])
    return out


# "In March, Yerevan asked them to leave the airport by August 1": a deadline that a request told with its
# month sets falls after that month, not in the year before it; also past the start or the end of something
# ("ordered the government to rebuild damaged schools before the start of the school year on 1 September")
DEADLINE_ASKED = re.compile(r"\b(?:asked|ordered|told|gave|given|set|agreed|demanded|instructed)\b[^.;]{0,80}?\b(?:by|before|until)\s+"
                            r"(?:(?:the\s+)?(?:start|end|beginning|opening)\s+of\s+[^.;]{0,40}?\s+(?:on\s+)?)?$", re.IGNORECASE)


def deadlines_after_requests(text: str, found: list) -> list:
    out = list(found)
    earlier = None  # the last month or day told before, as the sentence goes on
    for n in range(len(out)):
        s, e, t, v, k, window = out[n]
        if earlier and k == "date" and CALENDAR_DAY.fullmatch(v) and not YEAR_TOKEN.search(t) and v < earlier \
                and f"{int(v[:4]) + 1:04d}{v[4:]}" > earlier \
                and DEADLINE_ASKED.search(text, max(0, s - 120), s):  # (a window: a sentence with no stop stays linear)
            out[n] = (s, e, t, f"{int(v[:4]) + 1:04d}{v[4:]}", k, window)
        if k == "date" and CALENDAR_DATE.match(out[n][3]) and len(out[n][3]) >= 7:
            earlier = out[n][3]
    return out


MODAL_PERFECT = re.compile(r"\b(?:must|should|could|would|may|might)\s+have\b", re.IGNORECASE)
# "… as forecasters warned that temperatures could reach 39C on Tuesday": a modal after the last telling,
# a few words before the weekday, looks ahead to it
_MODAL_AHEAD = re.compile(r"\b(?:will|would|could|might|may|is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to)\b")


def modal_after_telling(text: str, at: int) -> bool:
    window = max(0, at - 60)
    modal = None
    for modal in _MODAL_AHEAD.finditer(text, window, at):
        pass
    return modal is not None and not BACK_TO_PAST.search(text, modal.end(), at) and not PAST_AFTER.match(text, at) \
        and not done_just_before(text, at) and not compared_just_before(text, at)


def moved_into_the_year_of_writing(n: Narrative, year: int, month: int, text: str, by: bool = False) -> bool:
    """ "… where it reached $1,900 in December. … said in January that …", written in March of the
    year after: a bare month a quarter or more earlier than the story's, told in the past (not the past
    perfect of a flashback), after a story in the year before the writing, is the year of writing's when
    that month has come by the writing ("The last Russian units left Karabakh in June", after September
    2023, written in June 2024; a month just before the story's, "Protests began in May" after July, stays
    in its year). A count up to a month ("by the end of January only 2,300 had been redeemed")
    takes the past perfect as a matter of grammar: no flashback."""
    if n.published is None or n.year is None or n.month is None or year != n.year or year != n.published.year - 1:
        return False
    # (a past perfect inside what was told is the telling's backshift, no flashback: "said in February that it had
    # "not fulfilled its function"")
    # (nor one in a relative clause, a state before the deed: "ended a waiver in March that had allowed Iraq to pay")
    return n.month - month >= 3 and month <= n.published.month \
        and (by or not any(not _RELATIVE_BEFORE.search(text, max(0, had.start() - 8), had.start())
                           for had in islice(PAST_PERFECT.finditer(text, 0, _telling_at(text)), 4)))


@lru_cache(maxsize=32)
def _telling_at(text: str) -> int:
    """Where a sentence's "said … that" starts (its end when it has none), read once for all its months."""
    told = _TOLD_THAT.search(text)
    return told.start() if told else len(text)


_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.IGNORECASE)
_TOLD_THAT = re.compile(r"\b(?:said|told\s+\w+|wrote|added|warned|argued|claimed|insisted)\b[^.;]{0,40}?\bthat\b")


_LAST_OR_THIS_YEAR = re.compile(r"\b(?:last|this)\s+year\b", re.IGNORECASE)


def back_in_the_year(n: Narrative, text: str, grams: frozenset[str]) -> bool:
    """Whether a sentence that names no year in figures says "last year" or "this year" while the
    narrative is in another year."""
    if n.published is None or n.year is None or n.year == n.published.year or "year" not in grams:
        return False
    return bool(_LAST_OR_THIS_YEAR.search(text)) and not YEAR_TOKEN.search(text)


# "… the line has advanced at least 56 times so far", after a paragraph on 2008: a count up to the
# writing, told in the present perfect, is told from the writing's present
_UP_TO_NOW = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far)\b", re.IGNORECASE)
PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|already\s+|only\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b", re.IGNORECASE)


# ("Romania's navy has cleared more than 100 mines since 2022": a span up to the writing, from a year)
_SINCE_A_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.IGNORECASE)


def back_to_the_present(n: Narrative, text: str, grams: frozenset[str]) -> bool:
    """Whether a sentence that names no other year in figures counts "so far", or since a year, in the
    present perfect while the narrative is in another year."""
    if n.published is None or n.year is None or n.year == n.published.year or not ({"far", "date", "since"} & grams):
        return False
    rest = _SINCE_A_YEAR.sub("", text) if "since" in grams else text
    return bool((_UP_TO_NOW.search(text) or rest != text) and PRESENT_PERFECT.search(text)) and not YEAR_TOKEN.search(rest) \
        and not PAST_PERFECT.search(text)


# "More than four years later, not a kilometre of the road has been laid", after a paragraph on
# November 2020: years counted on from where the story is, with no year of their own
# ("Almost two and a half years later": a count that may fall a little short of where it lands)
_YEARS_ON = re.compile(rf"(?:\b(?P<about>almost|nearly|about|around|some)\s+)?\b(?P<n>\d{{1,2}}|{NUM_WORD})(?P<half>\s+and\s+a\s+half)?"
                       r"\s+years\s+(?:later|on)\b", re.IGNORECASE)


def years_on(n: Narrative, text: str, grams: frozenset[str]) -> tuple[int, int | None] | None:
    """Where a sentence that names no year in figures moves the story by counting years on from it:
    to the writing's year and month when that lands within the year before the writing, else to the
    year counted (None when it names no such count, or counts past the writing)."""
    if n.year is None or "years" not in grams or YEAR_TOKEN.search(text):
        return None
    m = _YEARS_ON.search(text)
    count = number_of(m.group("n")) if m else None
    if not count:
        return None
    reached = n.year + count
    if n.published is None:
        return reached, n.month
    months_short = (n.published.year - reached) * 12 + n.published.month - (n.month or 6) - (6 if m.group("half") else 0)
    if months_short < (-6 if m.group("about") else 0):
        return None
    if months_short <= 12:
        return n.published.year, n.published.month if n.published_precision in ("day", "month") else None
    return reached, n.month


def day_of_this_month(n: Narrative, day: int, lead: str) -> str | None:
    """ "left on the 14th": the day in the month of the writing, the month before when told in the past
    of a day still to come this month, the month after when it looks ahead to a day already gone."""
    if n.year and n.month and n.published and (n.year, n.month) < (n.published.year, n.published.month) \
            and not n.forward and lead not in ("by", "until", "till", "from"):
        # ("On 12 December 2022 … Three days later … began carrying patients on the 20th": the story's month, or
        # the one after when the story's day is past it)
        year, month = n.year, n.month
        if n.day and day < int(n.day[8:10]):
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if not n.published or n.published_precision != "day":
        return None
    year, month = n.published.year, n.published.month
    if lead in ("by", "until", "till", "from") or n.forward and not n.told_in_past:
        if day < n.published.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif day > n.published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
