"""Stage 5: time expressions normalized to ISO values against the publication date and the narrative.

A bare "November 8" takes its year from the narrative (the last year the text named before it),
falling back to the publication year; "last year" counts from the publication year.
"""
from __future__ import annotations

import datetime as dt
import re

from .iso_dates import after_writing
from .lexicon import IRREGULAR_PASTS
from .narrative import Narrative, compared_before, first_at, lends_from, names_year, year_before
from .normalize.line_dates import MONTH_NUMBER
from .spans import DisjointSpans
from .counted_times import (
    counted_from_dates_before,
    month_following,
    month_next,
    month_of_story,
    months_on,
    nearest_weekend,
    relative_span,
    units_before,
    year_step,
    years_ago_today,
)
from .story_time import (
    CALENDAR_DATE,
    PAST_PERFECT,
    PRESENT_PERFECT,
    REL_DELTA,
    back_in_the_week,
    back_in_the_year,
    back_to_the_present,
    day_of_this_month,
    deadlines_after_requests,
    months_in_sequence,
    number_of,
    range_ends_after_start,
    ranges_over_by_the_writing,
    years_on,
)
from .time_cues import (
    FORECAST_BEFORE,
    FORWARD_AT,
    FORWARD_WORDS,
    FROM_A_DAY,
    NAMES_A_THING,
    ODDS_AHEAD,
    ODDS_WORDS,
    PERFECT_AFTER,
    SCHEDULE_WORDS,
    SEASON_OF,
    SHOULD_HAVE,
    THAN_EXPECTED,
    main_clause,
    part_of_year_over,
)
from .time_patterns import (
    DIGITS_ONLY,
    HOLIDAYS,
    NUMBER_WORD_PHRASES,
    patterns_for,
    signs_present,
)
from .types import TimeExpression
from .weekdays import weekday_date
from .year_of import TOLD_IN_PAST, day_without_year, month_without_year, year_of_recent_telling

# "last year", "next month", "this autumn": how many years or spans from the writing's
_REL_YEAR = re.compile(r"\b(?P<rel>last|this|next)\s+year\b", re.I)
# the month each season starts in (the northern seasons news in English mostly means)
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4, "final": 4}
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
_CLOCK_CODE = {"hour": "H", "minute": "M"}
_UNIT_FACTOR = {"decade": 10, "century": 100}

# a future just before a time ("will be completed by the end of the year"): it looks ahead from the writing
_WILL_BEFORE = re.compile(r"\b(?:will|won[’']t|shall)\b[^,;.]*$")

def _month(name: str) -> int:
    return MONTH_NUMBER[name.lower().rstrip(".")]


MONTH_NUMBER_OF = _month


_WORD = re.compile(r"[a-z']+")
_OPENING_YEAR = re.compile(r"\W*In\s+(?:(?:early|late|mid-?)\s*)?(?P<y>(?:19|20)\d\d)\b(?!\s*(?:%|per\s*cent))")


def find_times(text: str, base: int, narrative: Narrative, grams: frozenset[str]) -> list[TimeExpression]:
    """Time expressions of one sentence; updates the narrative with the dates it names."""
    found: list[tuple[int, int, str, str, str]] = []
    counted: list[tuple[int, int, re.Match, str]] = []
    # spans already read: a later pattern does not read them again
    taken = DisjointSpans()
    present = signs_present(text, grams)
    if not any(present):
        if narrative.published and narrative.year and narrative.year < narrative.published.year \
                and PRESENT_PERFECT.search(main_clause(text)) and not PAST_PERFECT.search(text):
            # ("Second, public opinion has shifted.", after a story of 2022, written in 2024): the present perfect
            # with no time of its own speaks of now; the story is in no past year any more, and a bare month
            # after it is read from the writing
            narrative.year, narrative.month, narrative.day = None, None, None
        return []
    narrative.sentence_year, narrative.sentence_year_until, narrative.sentence_year_from = None, 0, 0
    narrative.told_on = None
    forward = FORWARD_WORDS.all(grams)
    # a schedule in the present looks ahead only with no past beside it, in a story set in the
    # writing's year (a timeline's "Work starts in May" under "March 2016" tells its past)
    only_schedule = set(forward) <= SCHEDULE_WORDS
    main = main_clause(text)  # ("Sandu, who won the first round, faces a run-off on 3 November")
    narrative.told_in_past = bool(TOLD_IN_PAST.search(main)
                                  or IRREGULAR_PASTS.intersection(grams if main is text else _WORD.findall(main.lower())))
    # (or in the months of last year just before the writing: "Inflation rose in January from 8.6% in December. The
    # central bank meets again on 7 March", written in February)
    narrative.scheduled = bool(forward) and only_schedule and not narrative.told_in_past \
        and (narrative.year is None or narrative.published is None or narrative.year == narrative.published.year
             or narrative.year == narrative.published.year - 1 and (narrative.month or 0) > narrative.published.month)
    # "from" looks ahead only with a day after it or another word that does: "down from 3.4% in
    # December" compares, "From Monday, …" starts something
    narrative.forward = bool(forward) and (forward != ["from"] or bool(FROM_A_DAY.search(text))) \
        and not (set(forward) <= {"should", "ought to", "must", "from"} and SHOULD_HAVE.search(text)) \
        and (narrative.scheduled or not only_schedule)
    ahead = FORWARD_AT.search(text) if narrative.forward else None
    if not ahead and not ODDS_WORDS.isdisjoint(grams) and (odds := ODDS_AHEAD.search(text)):
        narrative.forward, ahead = True, odds  # "a cut in February now looked “all but certain”"
    narrative.forward_at = ahead.start() if ahead else -1
    if present[1] and (opening := _OPENING_YEAR.match(text)):
        # "In 2019 the council approved the plan in March": a year set before the whole sentence lends itself to
        # the bare months and days after it, as "In March 2019" would
        names_year(narrative, int(opening.group("y")), opening)
    patterns = patterns_for(present)
    if back_in_the_week(narrative, text, present):
        # "rejected it on Friday, saying … in October", after a paragraph on March 2024: a weekday or
        # "yesterday" is told from the writing's week, so the story is back in its present, and so
        # are the bare months beside it and after it
        narrative.year, narrative.month = narrative.published.year, narrative.published.month
    elif back_in_the_year(narrative, text, grams):
        # "recorded 312 violations between January and October, down from 540 in the same period last
        # year", after a paragraph on March 2023: "last year" is told from the writing's year, so the
        # story is back in it, and so are the bare months beside it
        narrative.year, narrative.month = narrative.published.year, None
    elif back_to_the_present(narrative, text, grams):
        narrative.year = narrative.published.year
        narrative.month = narrative.published.month if narrative.published_precision in ("day", "month") else None
    elif (moved := years_on(narrative, text, grams)) is not None:
        narrative.year, narrative.month = moved
    spelled = NUMBER_WORD_PHRASES.any(grams)
    dashed = "-" in text or "–" in text or "—" in text

    for name, pattern in patterns:
        if name == "month_range" and not dashed:
            continue
        if not spelled and name in DIGITS_ONLY:
            pattern = DIGITS_ONLY[name]
        inner = "t" in pattern.groupindex  # the time is one part of what the pattern reads
        for m in pattern.finditer(text):
            s, e = m.span("t") if inner else m.span()
            if taken.overlaps(s, e):
                continue
            value, kind = _resolve(name, m, narrative)
            if value is None:
                if name in ("year_after", "day_after"):
                    counted.append((s, e, m, name))  # counted from a date found later in the sentence, if any
                continue
            taken.add(s, e)
            if name == "month_range":
                continue  # it only sets the narrative month; its span is not a time of its own
            found.append((s, e, text[s:e], value, kind, name == "window"))
    if counted:
        found.extend(counted_from_dates_before(text, found, counted, taken, narrative.day))
    found.sort()
    if len(found) > 1:
        found = range_ends_after_start(text, found)
    if narrative.told_in_past and len(found) > 1:
        found = deadlines_after_requests(text, months_in_sequence(text, found))
        if narrative.published and not narrative.forward:
            found = ranges_over_by_the_writing(text, found, narrative.published)
    out = []
    for s, e, t, v, k, window in found:
        # A bare year in a dated article is background ("since records began in 1961"), not where
        # the story is: only a month or a day moves the narrative then. "Since July 2022, …" starts
        # a span that runs to now, so it leaves the story where it is.
        since = t.lower().startswith("since") or text[max(0, s - 7):s].lower().rstrip().endswith("since")
        dated = k == "date" and not since and CALENDAR_DATE.match(v)  # a week or a quarter moves nothing
        # a date after publication is looked ahead to ("cleared by March 2026"): the story stays in
        # its present, and a later "in September" is the coming September, not March's year's
        ahead = narrative.published is not None and after_writing(v, narrative.published, narrative.published_precision)
        if dated and not ahead and (len(v) >= 7 or narrative.published_precision not in ("day", "month")) \
                and not compared_before(text, s) and not NAMES_A_THING.search(text, max(0, s - 40), s) \
                and not (s and PERFECT_AFTER.match(text, e)):
            narrative.year = int(v[:4])
            if len(v) >= 7:
                narrative.month = int(v[5:7])
            # (a day in what was foretold is not the story's: "announced last Thursday that power would be cut from
            # Saturday. The day before, …" counts from Thursday)
            if not (narrative.forward and 0 <= narrative.forward_at < s and narrative.day):
                narrative.day = v if len(v) == 10 else None
        elif dated and not ahead and len(v) >= 7 and NAMES_A_THING.search(text, max(0, s - 40), s):
            narrative.thing_month = (int(v[:4]), int(v[5:7]))
        elif dated and not ahead and len(v) == 4 and (season := SEASON_OF.search(text, max(0, s - 12), s)):
            narrative.year, narrative.month, narrative.day = int(v), _SEASON_STARTS[season.group(1).lower()], None
        elif dated and not ahead and len(v) == 4 and narrative.year and narrative.published \
                and narrative.year < int(v) >= narrative.published.year - 1 and not compared_before(text, s) \
                and not NAMES_A_THING.search(text, max(0, s - 40), s):
            # ("Deliveries reached 12.9 bcm in 2024", after a paragraph on July 2022, written in January 2025: the
            # story has come up to last year or this one, and a later "said in December" is that year's)
            narrative.year, narrative.month, narrative.day = int(v), None, None
        out.append(TimeExpression(text=t, value=v, start=base + s, end=base + e, kind=k, window=window))
    if named := [int(v[:4]) for _, _, _, v, k, _ in found if k == "date" and len(v) >= 4 and v[:4].isdigit()]:
        narrative.named_year = named[-1]
    return out


_OPENING = re.compile(r"[\s“\"']*")


def _resolve(name: str, m: re.Match, n: Narrative) -> tuple[str | None, str]:
    g = m.groupdict()
    if name == "iso":
        return f"{g['y']}-{g['m']}-{g['d']}", "date"
    if name == "numeric_date":
        day, month = (int(g["d"]), int(g["m"])) if not (g["sep"] == "/" and int(g["m"]) > 12) else (int(g["m"]), int(g["d"]))
        return (f"{g['y']}-{month:02d}-{day:02d}", "date") if 1 <= month <= 12 and 1 <= day <= 31 else (None, "")
    if name in ("mdy", "dmy"):
        if not 1 <= int(g["d"]) <= 31:
            return None, ""
        names_year(n, int(g["y"]), m)
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}-{int(g['d']):02d}", "date"
    if name == "my":
        names_year(n, int(g["y"]), m)
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}", "date"
    if name == "new_year":
        if not n.published:
            return None, ""
        # (written in the autumn, the new year is the coming one; in January, the one just begun)
        return str(n.published.year + (1 if n.published.month >= 9 else 0)), "date"
    if name == "holiday":
        month, day = HOLIDAYS[" ".join(g["hol"].lower().replace("’", "'").split())]
        if g["y"]:
            return f"{g['y']}-{month:02d}-{day:02d}", "date"
        if not g["lead"] and not g["hol"].endswith(("Day", "Eve")):
            return None, ""
        return day_without_year(n, m, month, day), "date"
    if name in ("md", "dm"):
        if not 1 <= int(g["d"]) <= 31:
            return None, ""
        value = day_without_year(n, m, _month(g["mon"]), int(g["d"]))
        return value, "date" if value else ""
    if name in ("m", "m_then", "m_poss"):
        return month_without_year(n, m)
    if name == "by_year":
        lead = m.group(0).split()[0].lower()
        return g["y"], ("horizon" if lead in ("by", "until", "through", "before") else "date")
    if name in ("since", "year"):
        return g["y"], "date"
    if name == "decade":
        # ISO 8601's decade: "199" for the 1990s ("before the mid-2030s", "into the late 2030s": a horizon)
        return g["dec"], ("horizon" if (g["lead"] or "").lower() in ("by", "before", "until", "into") else "date")
    if name in ("rel_year", "month_rel_year"):
        if not n.published:
            return None, ""
        year = (year_of_recent_telling(n, m) or n.published.year) + REL_DELTA[g["rel"].lower()]
        if not n.sentence_year:
            n.sentence_year, n.sentence_year_until = year, m.start()
            # ("closes in September, with work starting next year": a clause of its own keeps its month)
            n.sentence_year_from = max(lends_from(m.string, m.start()), m.string.rfind(",", 0, m.start()) + 1)
        return (f"{year}-{_month(g['mon']):02d}" if name == "month_rel_year" else str(year)), "date"
    if name == "the_month":
        told_before = first_at(PAST_PERFECT, m.string) >= 0 or n.told_in_past
        return month_of_story(n, m, told_before), ("horizon" if g["lead"].lower() in ("by", "before", "until", "till") else "date")
    if name == "the_year":
        year = n.lent_year(m.start()) or (n.published.year if n.published else None)
        if n.year and n.published and n.year < n.published.year and (first_at(PAST_PERFECT, m.string) >= 0 or n.told_in_past) \
                and not n.lent_year(m.start()) and not _WILL_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
            # ("By the end of the year, 17 million tonnes had been shipped", after a story set in July
            # 2022 and written in 2023: the story's year, looked back on; so too in the simple past; not
            # "… will be completed by the end of the year", which looks ahead from the writing)
            year = n.year
        if year is None:
            return None, ""
        if n.forward and n.published and year == n.published.year and not n.lent_year(m.start()) and not THAN_EXPECTED.search(m.string, max(0, m.start() - 160), m.end() + 160) \
                and n.published_precision in ("day", "month") and part_of_year_over(m.group(0), n.published.month):
            year += 1  # ("A referendum is expected in the first half of the year", written in December: the coming year's)
        decade = (g.get("span") or "").lower() == "decade" or g.get("this_decade") or g.get("within")
        if decade and g["lead"].lower() in ("by", "before", "until", "till", "at", "towards", "toward", "within"):
            year = year // 10 * 10 + 9  # ("by the end of the decade", written in 2024: by 2029, the decade's last year)
        elif (g.get("span") or "").lower() == "century":
            year = year // 100 * 100 + 100  # ("could fall by up to 9 metres by the end of the century": by 2100)
        return str(year), ("horizon" if g["lead"].lower() in ("by", "before", "until", "till", "within") else "date")
    if name == "day_after":
        return None, ""  # counted from the day before it in the sentence, once all are read
    if name == "month_after":
        if (value := months_on(m, n)) and _OPENING.match(m.string).end() == m.start():
            # ("Seventeen months later, … in December"): opening the sentence, it moves the story before
            # the sentence's bare months are read
            n.year, n.month = int(value[:4]), int(value[5:7])
        return value, "date"
    if name == "month_next":
        return month_next(m, n), "date"
    if name == "day_alone":
        return day_of_this_month(n, int(g["d"]), g["lead"].lower()), "date"
    if name == "that_year":
        return (str(n.named_year) if n.named_year else None), "date"
    if name == "year_after":
        # counted from the last year the sentence names before it, else the year the story is in
        # ("the next year", with no year before it in the sentence, is the coming one)
        named = year_before(m.string, m.start())
        if not named and n.published and (said := list(_REL_YEAR.finditer(m.string, 0, m.start()))):
            named = n.published.year + REL_DELTA[said[-1].group("rel").lower()]  # "… last year, from 58 the year before"
        base = named if named else None if (g["rel"] or "").lower() == "next" else n.year
        if base is None:
            return None, ""
        return str(base + year_step(m)), "date"
    if name == "quarter":
        quarter = int(g["q"]) if g["q"] else _QUARTERS[g["qw"].lower()]
        return f"{g['y']}-Q{quarter}", "date"
    if name == "the_quarter":
        quarter = int(g["qn"]) if g["qn"] else _QUARTERS[g["qw"].lower()]
        lent = n.lent_year(m.start())
        year = lent or n.bare_year()
        if year is None:
            return None, ""
        if lent is None and n.published and year == n.published.year:
            # told as done, the latest such quarter over by the writing's month; for what will happen,
            # the next not yet over
            if n.forward and 3 * quarter < n.published.month:
                year += 1
            elif not n.forward and 3 * quarter > n.published.month:
                year -= 1
        return f"{year}-Q{quarter}", ("horizon" if g["lead"].lower() in ("by", "until") else "date")
    if name == "the_weekend":
        return nearest_weekend(n), "date"
    if name in ("rel_span", "rel_quarter"):
        return relative_span(g["rel"].lower(), g["unit"].lower(), n)
    if name == "the_season":
        if not n.published or n.lent_year(m.start()) or g["months"] and not FORECAST_BEFORE.search(m.string, max(0, m.start() - 200), m.start()):
            # "in the summer of 2019" is read by its year; a story's own year is not enough; "must release …
            # during the summer months" is every summer's
            return None, ""
        starts = _SEASON_STARTS[g["season"].lower()]
        # ("delays remain the main risk over the winter", in June: told in the present, a season still
        # to come in the writing's year is the coming one)
        # ("Polls in the summer had suggested that PAS could lose": told in the past perfect before what may come,
        # the season is behind)
        ahead = n.forward and not (n.forward_at > m.end() and 0 <= first_at(PAST_PERFECT, m.string) < n.forward_at)
        if ahead or not n.told_in_past and starts > n.published.month:
            return str(n.published.year + (1 if starts < n.published.month - 2 else 0)), "date"
        return str(n.published.year - (1 if starts > n.published.month else 0)), "date"
    if name == "season":
        if not n.published:
            return None, ""
        if g["rel"].lower() == "coming":  # the season next to start: this year's while it is ahead
            return str(n.published.year + (_SEASON_STARTS[m.group(0).split()[-1].lower().rstrip("'’s")] <= n.published.month)), "date"
        season = m.group(0).split()[-1].lower().rstrip("'’s")
        rel = g["rel"].lower()
        if rel in ("last", "past") and season != "winter" and _SEASON_STARTS[season] + 2 < n.published.month:
            return str(n.published.year), "date"  # ("Last summer's drought", written in December: this year's, now over)
        if rel == "next" and season == "winter" and n.published.month <= 3:
            return str(n.published.year), "date"  # ("before the next winter floods", written in February: this December's)
        return str(n.published.year + REL_DELTA[rel]), "date"
    if name == "ago_today":
        return years_ago_today(n, m), "date"
    if name == "month_following":
        return month_following(n, _month(g["mon"])), "date"
    if name == "ago":
        count = number_of(g["n"])
        unit = g["unit"].lower()
        if count is None or not n.published:
            return None, ""
        return units_before(n, count * _UNIT_FACTOR.get(unit, 1), "year" if unit in _UNIT_FACTOR else unit), "date"
    if name == "rel_day":
        if not n.published or n.published_precision != "day":
            return None, ""
        word = g["rel"].lower()
        delta = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return (n.published + dt.timedelta(days=delta)).isoformat(), "date"
    if name == "weekday":
        return weekday_date(m, n)
    if name in ("next_span", "for_span", "window", "n_day", "notice"):
        count = number_of(g.get("n")) if g.get("n") else 1
        unit = g["unit"].lower()
        if count is None:
            return None, ""
        count *= _UNIT_FACTOR.get(unit, 1)
        # "over the next decade" runs ahead (a horizon); "over the past decade" runs up to now
        kind = "horizon" if name == "next_span" and (g["way"] or g.get("ahead") or "").lower() in ("next", "coming") else "duration"
        if unit in _CLOCK_CODE:
            return f"PT{count}{_CLOCK_CODE[unit]}", kind  # "within 15 minutes": PT15M
        return f"P{count}{_UNIT_CODE[unit]}", kind
    if name == "month_range":
        return "range", "date"
    return None, ""
