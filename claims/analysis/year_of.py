"""The year a date named without one falls in: the story's, moved ahead for what will happen and
back for a past event on a day later in the year than the writing."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .lexicon import IRREGULAR_PASTS
from .narrative import Narrative, first_at, first_end, year_before, years_in
from .normalize.line_dates import MONTH_NUMBER
from .story_time import DEADLINE_ASKED, MODAL_PERFECT, moved_into_the_year_of_writing
from .time_cues import DEADLINE_SET, ODDS_AHEAD, SCHEDULED_FOR, STARTS_IN, TOLD_THEN, WILL_HAPPEN, done_just_before, level_measured_before

# "Apply before 1 April.", "Contact us before 1 April to switch …": a sentence that tells the reader
# what to do looks ahead, whatever day it names
_TELLS_READER = re.compile(r"\W*(?:please\s+)?(?:apply|contact|call|register|book|submit|send|email|write|visit|sign|return|"
                                 r"renew|pay|check|remember|note|join)\b", re.IGNORECASE)
# "£45 if you sign up before 1 April": a condition put to the reader looks ahead too
_IF_YOU = re.compile(r"\b(?:if|unless|when|once)\s+you\b", re.IGNORECASE)
# (a participle after "has" or "have" tells of now: "has cancelled its timetable, leaving … until March")
# (not a compound's participle: "the loan-funded supplies continue"; nor one with its agent, "a former
# prosecutor backed by the Socialists", which qualifies a noun)
TOLD_IN_PAST = re.compile(r"\b(?:was|were|had|did|(?<!\bhas\s)(?<!\bhave\s)(?<!-)[a-z]{3,}ed(?!\s+by\b))\b")
_PRESENT_REACH = dt.timedelta(days=42)


# "The union has called strike action on 20, 22 and 24 October": what has been called or set takes
# place on its day ahead (a present perfect names no past day of its own)
_ANNOUNCED_FOR = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+)?(?:called|announced|set|scheduled|planned|fixed|arranged|"
                            r"organi[sz]ed|confirmed)\b"
                            # ("were 94% full on 30 September, above the 90% target set for 1 November": a target
                            # or a deadline named for a day is the day it falls due)
                            r"|\b(?:target|deadline)s?\s+(?:(?:set|fixed|agreed)\s+)?(?:for|of)\s+(?=\d{1,2}\s|[A-Z][a-z]+\s+\d)")


# "Sources said a review would report by March": a future told as reported, in a story of the
# writing's own year, is ahead of the telling (a story set years back keeps its own year)
# ("Dr Hughes replied that the practice … would reopen its list once a replacement started in January")
_REPORTED_FUTURE = re.compile(r"\b(?:said|says|told|expects?|expected|promised|pledged|announced|confirmed|insisted|"
                              r"replied|replies|added|explained|stated|reported|warned)\b"
                              r"[^.;]{0,80}?\bwould\s+(?!have\b)", re.IGNORECASE)


_TELLING = re.compile(r"\b(?:said|says|told|tells|announced|confirmed|warned|wrote|added)\b")


def _will_right_after(m: re.Match, reach: int) -> re.Match | None:
    """What will happen, within reach of the time just matched and with no telling between ("In March the council
    said it will …" tells in March of a future, and dates no future to March)."""
    will = WILL_HAPPEN.search(m.string, m.end(), m.end() + reach)
    return None if will is None or _TELLING.search(m.string, m.end(), will.start()) else will


def _fronted_before_future(n: Narrative, m: re.Match) -> bool:
    """ "From January we will run a debt advice clinic": a time that opens the sentence, before what
    will happen then (not "In March the council said it will …", told in the past)."""
    # ("On 22 February, the International Court of Justice is due to rule": the day's own preposition before it)
    return (m.start() <= 2 or _LEAD_PREPOSITION.fullmatch(m.string, 0, m.start()) is not None) and not n.told_in_past \
        and _will_right_after(m, 48) is not None


_LEAD_PREPOSITION = re.compile(r"\W*(?:On|In|From|By|After|Before|Until)\s+")


def _subject_dated_before_future(m: re.Match) -> bool:
    """ "The largest rally, in Belgrade on 15 March, is expected to draw 100,000 people": the day names the subject
    of what will happen, its verb right after it (not "Protesters who gathered on 15 March will march again", a day
    told in the past before it, nor "On 15 March the council said it would …", a telling between)."""
    will = _will_right_after(m, 40)
    # (each past searched once per sentence: one with no stop and many days stays linear)
    if will is None or 0 <= first_at(TOLD_IN_PAST, m.string) < m.start() or 0 <= _first_irregular_past(m.string) < m.start() \
            or TOLD_IN_PAST.search(m.string, m.end(), will.start()) or _AND.search(m.string, m.end(), will.start()):
        return False  # (nor "Reserves stood at £3.1 million at the end of October and are expected to fall", two clauses)
    return True


_AND = re.compile(r"\band\b")
_TOLD_IN_MONTH = re.compile(r"\b(?:said|told\s+\w+|announced|wrote|promised|pledged)\s+$")
# "said in September that imports would grow by a third next year": the year after the telling's, not the writing's
_TOLD_IN_A_MONTH = re.compile(r"\b(?:said|told\s+\w+|announced|wrote|promised|pledged)\s+in\s+(?P<mon>" + "|".join(
    sorted(MONTH_NUMBER, key=len, reverse=True)).replace(".", r"\.") + r")\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)
_TOLD_BEFORE_MONTH = re.compile(r"\b(?:said|told\s+\w+|announced|wrote)\b[^,;.]{0,60}$")
_YEAR_OF_ITS_OWN = re.compile(r"\b(?:next|this)\s+year\b", re.IGNORECASE)


def year_of_recent_telling(n: Narrative, m: re.Match) -> int | None:
    """The year of a telling dated by a bare month before where the sentence looks ahead, read as the latest such
    month up to the writing, for a relative year in what it foretold; None when there is none."""
    if not n.published or not 0 <= n.forward_at < m.start():
        return None
    told = _TOLD_IN_A_MONTH.search(m.string, max(0, n.forward_at - 120), n.forward_at)
    if told is None:
        return None
    return n.published.year - (1 if MONTH_NUMBER[told.group("mon").lower()] > n.published.month else 0)
# a modal right before the verb whose month it is ("may raise it in December"; not "would have raised it", a past
# that did not happen)
_MODAL_GOVERNS = re.compile(r"\b(?:may|might|could|will|would|plans?\s+to|intends?\s+to)\s+(?!have\b)(?:[a-z]+\s+){1,4}$")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)
def _first_irregular_past(sentence: str) -> int:
    return next((w.start() for w in _WORD.finditer(sentence.lower()) if w.group(0) in IRREGULAR_PASTS), -1)


def _reported_future_before(n: Narrative, m: re.Match) -> bool:
    """The date follows a reported "would" ("said a review would report by March"), in a sentence
    that names no year of its own before it and a story of the writing's year."""
    if n.year not in (None, n.published.year) or year_before(m.string, m.start()):
        return False
    # (the first reported "would", found once per sentence: one with no stop and many dates stays linear)
    return 0 <= first_end(_REPORTED_FUTURE, m.string) <= m.start()


def story_in_publication_year(n: Narrative, sentence: str) -> bool:
    """No year named yet, or only the publication's own ("on Friday" in a March article) and the
    sentence tells of the past (an irregular past too: "he told parliament in May"): a bare month later
    in the year than publication is last year's (not in a sentence telling the reader what to do:
    "Apply before 1 April")."""
    # ("Please sign and return the enclosed agreement by 10 June": an order to the reader looks ahead
    # whatever participle it holds)
    return n.published is not None and (n.year is None or n.year == n.published.year) \
        and first_at(_TELLS_READER, sentence) != 0 \
        and (first_at(TOLD_IN_PAST, sentence) >= 0 or (n.told_in_past or n.year is None) and first_at(_IF_YOU, sentence) < 0)


# "winter aid for about 20,000 people could stop in January", written in December: what may happen
# looks ahead ("could not log in", "could have", and the month "May" do not)
_MAY_HAPPEN = re.compile(r"\b(?:could|might|(?<!\bin\s)(?<!\bsince\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\bof\s)(?<!\blast\s)"
                         r"(?<!\bnext\s)(?<!\bthis\s)(?<!\bearly\s)(?<!\blate\s)(?<!-)may)\s+(?!not\b|have\b|never\b)(?:still\s+|well\s+|soon\s+)?[a-z]{3,}")


_SAID = re.compile(r"\b(?:said|told|wrote|spoke|thought|felt)\b", re.IGNORECASE)


def _may_happen_then(m: re.Match) -> bool:
    """A "could", "may" or "might" before the month, in a sentence that tells no past ("could reimpose the
    measures it lifted on Kosovo in June" dates the lifting; "We may strike in May, a steward said" keeps
    the telling's year)."""
    at = first_at(_MAY_HAPPEN, m.string)
    # (each searched once per sentence: one with no stop and many months stays linear)
    return 0 <= at < m.start() and first_at(TOLD_IN_PAST, m.string) < 0 and first_at(_SAID, m.string) < 0


def ahead_of_publication(n: Narrative, year: int, month: int, m: re.Match) -> int:
    """ "The Commission is expected to publish new limits in October", written in March 2022 after a
    paragraph about 2021: a sentence that says what will happen means the coming October."""
    if n.published is None or (year, month) >= (n.published.year, n.published.month) \
            or not (n.scheduled or 0 <= first_at(WILL_HAPPEN, m.string) < m.start() or n.forward and first_at(ODDS_AHEAD, m.string) >= 0
                    or _may_happen_then(m)
                    or _reported_future_before(n, m) or _fronted_before_future(n, m) or _subject_dated_before_future(m)) \
            or done_just_before(m.string, m.start()):
        return year
    return n.published.year if month >= n.published.month else n.published.year + 1


# a present perfect, then a clause with "since" that the month closes: the span's start
_SINCE_CLAUSE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,2}?[a-z]+(?:ed|en|wn|t)\b[^.;:]{0,80}?\bsince\s+(?!then\b)[^.;:,]{3,80}$",
                           re.IGNORECASE)
_OF_THE_NEXT_YEAR = re.compile(r"\s+(?:of\s+)?the\s+(?:following|next)\s+year\b", re.IGNORECASE)
# a window's close told in the present: "It expires on March 18", "The consultation closes on 4 June"
_WINDOW_CLOSES = re.compile(r"\b(?:expires|ends|closes|runs\s+out|lapses)\b", re.IGNORECASE)


def day_without_year(n: Narrative, m: re.Match, month: int, day: int) -> str | None:
    """ "on June 4", "by Christmas": the year the sentence lends, else the story's, moved ahead for
    what will happen and back for a past event on a day later in the year than publication."""
    lent = n.lent_year(m.start())
    if n.published and m.string[max(0, m.start() - 6):m.start()].lower() == "since ":
        # "has been without supplies since January 1": the latest such day up to the writing
        year = n.published.year - (1 if (month, day) > (n.published.month, n.published.day) else 0)
        return f"{year:04d}-{month:02d}-{day:02d}"
    if (story_year := lent or year_before(m.string, m.start()) or n.year) and _OF_THE_NEXT_YEAR.match(m.string, m.end()):
        # "pay the debt by May 1 of the following year", in a story of 2021: the year after the story's
        return f"{story_year + 1:04d}-{month:02d}-{day:02d}"
    if n.told_on and n.forward and m.start() >= n.forward_at:
        # "On December 11, 2024, Gazprom said it would halt supplies from January 1": the first such day after
        # the telling's
        told_year, told_month, told_day = n.told_on
        year = told_year + (1 if (month, day) <= (told_month, told_day) else 0)
        return f"{year:04d}-{month:02d}-{day:02d}"
    year = lent or n.bare_year()
    if year is None:
        return None
    if lent is None and n.year is None and n.told_in_past and n.thing_month and n.thing_month[1] == month:
        # "… killed during the unrest of January 2022. … Troops were deployed on January 6": the month of the thing
        # the story is about
        return f"{n.thing_month[0]:04d}-{month:02d}-{day:02d}"
    year = ahead_of_publication(n, year, month, m) if lent is None else year
    if lent is None and n.month and n.year == year and month < n.month and 0 <= first_end(DEADLINE_SET, m.string) <= m.start() \
            and m.string[max(0, m.start() - 8):m.start() + 3].lower().find("by") >= 0:
        # "A deal was reached on October 29 … Moldara agreed to pay … by May 1": a deadline set in the
        # story's October falls in the May after it
        year += 1
    elif lent is None and n.published and n.month and n.year == year == n.published.year - 1 and n.month - month >= 6 \
            and 0 <= first_end(_WINDOW_CLOSES, m.string) <= m.start():
        # "The deal was extended for 120 days in November. It expires on March 18": a window told in the
        # present, after a story that reached the late months of last year, closes in the year of writing
        year += 1
    elif lent is None and moved_into_the_year_of_writing(n, year, month, m.string) \
            and (year + 1, month, day) <= (n.published.year, n.published.month, n.published.day):
        # "… halted flights on December 27. … said on January 31 that …", written on 3 February: a day early in
        # the year, told after a story that reached last December and not after the writing, is this year's
        year += 1
    # ("since protests began on Nov. 28, when the government announced … until 2028": done then, though the
    # sentence looks ahead after it)
    if story_in_publication_year(n, m.string) and lent is None and (not n.forward or done_just_before(m.string, m.start())) \
            and n.published_precision == "day" \
            and not 0 <= first_at(WILL_HAPPEN, m.string) < m.start() \
            and not 0 <= first_end(_ANNOUNCED_FOR, m.string) <= m.start() \
            and not DEADLINE_ASKED.search(m.string, max(0, m.start() - 120), m.start()):  # "is asked to approve … before 1 November"
        try:
            named = dt.date(year, month, day)
        except ValueError:
            return None
        # ("This page summarises the review for the committee on 10 March", written on 2 March: a
        # day a few weeks off, told in the present, is the coming one)
        if named > n.published + dt.timedelta(days=1) \
                and (n.told_in_past or named > n.published + _PRESENT_REACH):
            year -= 1
    if lent is None and (weekday := _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 14), m.start())):
        year = _year_on_weekday(year, month, day, _WEEKDAYS.index(weekday.group(1).lower()))
    return f"{year:04d}-{month:02d}-{day:02d}"


# "on Thursday 13 November": the weekday printed with the day settles which year's day it is, when the
# story's year and the one either side of it disagree
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_BEFORE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?$")


def _year_on_weekday(year: int, month: int, day: int, weekday: int) -> int:
    for candidate in (year, year - 1, year + 1):
        try:
            if dt.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            return year
    return year


def month_without_year(n: Narrative, m: re.Match) -> tuple[str | None, str]:
    """ "in October", "by the end of September", "July's": a month named without its year, read on the story's
    clock, with whether it is a date or a horizon."""
    g = m.groupdict()
    if g["lead"].lower() == "for" and n.forward and not n.told_in_past:
        # "will publish its figures for April to June": the data's months, not a day ahead ("was
        # originally planned for October" names the month it was planned for)
        return None, ""
    if g["lead"].lower() in ("last", "next") and n.published:
        # "last January" is the latest January before the writing, "next January" the first after it
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        ahead = 1 if g["lead"].lower() == "next" else -1
        year = n.published.year + (ahead if (month - n.published.month) * ahead <= 0 else 0)
        return f"{year:04d}-{month:02d}", "date"
    lent = n.lent_year(m.start())
    if n.told_on and n.forward and m.start() >= n.forward_at and not lent:
        # "Kosovo said in June 2022 that the plates would have to be replaced by the end of September": the
        # first such month from the telling's
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        year = n.told_on[0] + (1 if month < n.told_on[1] else 0)
        return f"{year:04d}-{month:02d}", ("horizon" if g["lead"].lower() in ("until", "till", "by") else "date")
    year = lent or n.bare_year()
    if g["lead"].lower() in ("until", "till", "before", "after", "by") and n.published and not lent and not n.told_in_past \
            and first_at(MODAL_PERFECT, m.string) < 0:  # ("must have known by January": a regret of the past)
        # "leaving the island with two sailings a week until March": a state that lasts until the coming
        # March; "neither side can afford to resume fighting before March", "work finishes after June":
        # told in the present, the coming one too ("would open a second centre by January")
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        return f"{n.published.year + (1 if month < n.published.month else 0):04d}-{month:02d}", \
            ("date" if g["lead"].lower() == "after" else "horizon")
    if g["lead"].lower() == "in" and n.published and not lent and STARTS_IN.search(m.string, max(0, m.start() - 24), m.start()):
        # "the lean season, which starts in June, will push …": a season's or a term's start told in the
        # present is the coming one
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        return f"{n.published.year + (1 if month < n.published.month else 0):04d}-{month:02d}", "date"
    if g["lead"].lower() == "in" and n.published and not lent and n.year and n.year < n.published.year \
            and _TOLD_IN_MONTH.search(m.string, max(0, m.start() - 30), m.start()) \
            and (any(n.published.year <= y <= n.published.year + 10 and at > m.end() for at, y in years_in(m.string))
                 or 0 <= n.forward_at and m.end() <= n.forward_at and _YEAR_OF_ITS_OWN.search(m.string, n.forward_at)):
        # "Georgia's energy minister said in April that tenders would be issued by the end of 2025", written in June
        # 2025 after a paragraph on 2022: a telling that looks ahead to the writing's years is a recent one, the
        # latest such month up to the writing (and so is one that looks ahead to "next year", counted from it)
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        return f"{n.published.year - (1 if month > n.published.month else 0):04d}-{month:02d}", "date"
    if g["lead"].lower() == "in" and n.published and not lent and n.year == n.published.year - 1 and n.month \
            and MONTH_NUMBER[g["mon"].lower().rstrip(".")] < n.month <= 12 \
            and MONTH_NUMBER[g["mon"].lower().rstrip(".")] <= n.published.month \
            and _TOLD_BEFORE_MONTH.search(m.string, max(0, m.start() - 80), m.start()):
        # "… crashed near Aktau in December. … Aliyev said in remarks broadcast on state television in January that …",
        # written in February: a telling named after the story's late month of the year before, and before it in
        # that year, comes after it: the latest such month up to the writing
        return f"{n.published.year:04d}-{MONTH_NUMBER[g['mon'].lower().rstrip('.')]:02d}", "date"
    if g["lead"].lower() in ("in", "by") and n.published and not lent and n.year in (None, n.published.year) \
            and MONTH_NUMBER[g["mon"].lower().rstrip(".")] >= n.published.month \
            and year_before(m.string, m.start()) is None and _MODAL_GOVERNS.search(m.string, max(0, m.start() - 40), m.start()):
        # "kept its rate at 14.25% in October and has signalled that it may raise it in December", written in
        # November: the month of what may be done, in a story of the writing's year, is the coming one, later in the
        # year ("We may strike in May, a shop steward said", written in June, keeps to the telling's year)
        return f"{n.published.year:04d}-{MONTH_NUMBER[g['mon'].lower().rstrip('.')]:02d}", "date"
    if g["lead"].lower() == "for" and n.published and not lent and SCHEDULED_FOR.search(m.string, max(0, m.start() - 40), m.start()):
        # "A further round is planned for January": a plan in the present, for the coming January
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        return f"{n.published.year + (1 if month < n.published.month else 0):04d}-{month:02d}", "date"
    if g["lead"].lower() == "since" and n.published and not lent \
            or g["lead"].lower() == "in" and n.published and not lent and (_SINCE_CLAUSE.search(m.string, max(0, m.start() - 260), m.start())
                                                                         or n.forward and level_measured_before(m.string, m.start())):
        # "have closed their lists since January": the latest January up to the writing; so too in a clause that
        # starts the span ("has faced fuel shortages since Russia cut subsidised supplies in December"), and a level as it
        # was measured, beside a forecast ("Inflation, at 1.9% in November, is expected to pass 4%")
        month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
        year = n.published.year - (1 if month > n.published.month else 0)
        return f"{year:04d}-{month:02d}", "date"
    if year is None:
        return None, ""
    month = MONTH_NUMBER[g["mon"].lower().rstrip(".")]
    year = ahead_of_publication(n, year, month, m) if lent is None else year
    if lent is None and moved_into_the_year_of_writing(n, year, month, m.string, by=g["lead"].lower() == "by"):
        year += 1
    # ("Bills will rise until 2030, under a settlement approved in December": done, though the sentence looks ahead)
    if story_in_publication_year(n, m.string) and lent is None \
            and (not n.forward or done_just_before(m.string, m.start())
                 # ("Gazprom said in December that it would halt supplies": the telling's month, before what it foretold)
                 or 0 <= m.start() < n.forward_at and TOLD_THEN.search(m.string, max(0, m.start() - 60), m.start())) \
            and not (year > n.published.year and 0 <= first_at(WILL_HAPPEN, m.string) < m.start()) \
            and n.published_precision in ("day", "month") \
            and (year, month) > (n.published.year, n.published.month) \
            and (n.told_in_past or (year - n.published.year) * 12 + month - n.published.month > 1):
        # "in October", told in a March article about the past, is last October; the month after
        # the writing's, told in the present ("more likely than usual in December", late in
        # November), is the coming one
        year -= 1
    # "until the end of September" says when something stops: a horizon
    return f"{year:04d}-{month:02d}", ("horizon" if g["lead"].lower() in ("until", "till", "by") else "date")
