"""The patterns that find time expressions, and the words each needs before it is worth running."""
from __future__ import annotations

import re

from .lexicon import MONTH_NAMES, NUMBER_WORDS, WEEKDAY_NAMES
from .words import Phrases

MONTH = (f"{MONTH_NAMES}|"
          "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
UNIT = r"(?P<unit>day|week|month|year|decade|century)s?"
# how long something takes or lasts may be told in hours and minutes ("answered within 15 minutes")
SPAN_UNIT = r"(?P<unit>day|week|month|year|decade|century|hour|minute)s?"
FULL_MONTH = MONTH_NAMES
PATTERNS = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    # "on 03.03.2025", "on 12/03/2025": a day in figures, day first as most of the world writes it (month first
    # only where the day could not be a month: "03/14/2025")
    ("numeric_date", re.compile(r"(?<![\d.,/])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})\b(?![.,/]\d)")),
    # (the first day of a span of days: "Aug. 6–15, 2027", "6-15 August 2027")
    ("mdy", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[–—-]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<mon>{MONTH})\s+(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("my", re.compile(rf"\b(?P<mon>{MONTH})\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d{{2}})\b")),
    # "in the top three by Christmas", "on Boxing Day": a feast on a fixed day of the year, read as
    # that day (a bare "Christmas" only after a word that places something in time: "Christmas
    # markets" is no date)
    # "plans for a simpler system in the new year": the year after a writing late in its year, else its own
    ("new_year", re.compile(r"\b(?:in|by|early\s+in|after|until|from)\s+the\s+new\s+year\b(?![’'])", re.I)),
    ("holiday", re.compile(r"\b(?:(?P<lead>by|at|over|before|after|until|till|since|for|on|around|from|during|this|last|next)\s+)?"
                           r"(?P<hol>Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|New\s+Year(?:[’']s)?(?:\s+(?:Eve|Day))?|"
                           r"Hallowe[’']?en)\b(?:\s+(?P<y>(?:19|20)\d{2})\b)?")),
    # "over the next decade", "for the past five years": a span running from or up to the writing
    # (read before "next year" and "the next year" are: "over the past year" is the twelve months to
    # now, not last year; "during the last year of the war" is neither)
    # ("That question will shape the next decade": the span ahead as a verb's object, no preposition)
    ("next_span", re.compile(rf"\b(?:(?:over|in|within|during|for)\s+the\s+(?P<way>next|coming|past|last)"
                             rf"|(?<=[a-z]\s)the\s+(?P<ahead>next|coming)(?=\s+(?:(?:\d+|{NUM_WORD})\s+)?(?:decade|decades|generation)\b))\s+"
                             rf"(?:(?P<n>\d+|{NUM_WORD})\s+)?{SPAN_UNIT}\b(?!\s+of\b)", re.I)),
    # "retired in 2005 and was appointed MBE the following year": a year counted from the one before it
    # ("fell to 23 last year, from 58 the year before": the year before the one just named; "the
    # year before the election" is counted from the election, not read)
    # ("… held since 2021. In that year, Azerbaijani forces took control of …": the last year the text named)
    ("that_year", re.compile(r"\b(?:in\s+)?(?:that|the\s+same)\s+year\b(?![’']s)(?!\s+(?:of|to|on)\b)", re.I)),
    ("year_after", re.compile(r"\b(?:the\s+(?P<rel>following|next|previous|preceding)\s+year|a\s+year\s+(?P<way>later|earlier|on)"
                              r"|the\s+year\s+(?P<side>before|after)(?=\s*[,.;:)]|\s*$|\s+(?:and|but|to|when|while)\b))\b",
                              re.I)),
    # "up 9% on August last year": a month of the year before, after or of the writing (the end of
    # "from May to August last year" is read as a span's, the year lent to both months)
    ("month_rel_year", re.compile(rf"(?<!\bto\s)(?<!\band\s)(?<!\bthrough\s)(?<!\buntil\s)(?<!\btill\s)\b(?P<mon>{FULL_MONTH})\s+(?P<rel>(?i:last|this|next))\s+(?i:year)\b")),
    ("rel_year", re.compile(r"\b(?P<rel>last|this|next|past)\s+year(?:[’']s)?\b", re.I)),
    # "expects 35,000 by the end of the year": the year the text is in
    # ("a deficit that reached 2.1 trillion tenge in the first nine months of the year": a part of the year, to the year)
    ("the_year", re.compile(r"\b(?P<lead>by|at|before|until|till|towards?|from|since|in|during|within|over)\s+(?:the\s+(?:end|close|turn|start|"
                            r"beginning|middle|(?:first|second|last)\s+(?:[\w-]+\s+)?(?:months|weeks|half|quarter))\s+"
                            # ("be finished by year-end"; "will slow to about 5% by the end of the decade": the decade's last year)
                            # ("before the end of this decade", "Probably not within this decade": the decade's last year too)
                            r"of\s+(?:the\s+(?P<span>year|decade|century)|this\s+(?P<this_decade>decade))|(?:the\s+)?year[- ]end"
                            r"|(?<=within\s)this\s+(?P<within>decade))\b", re.I)),
    # ("By the end of the month, more than 100,000 had left": the month the story is in)
    ("the_month", re.compile(r"\b(?P<lead>by|at|before|until|till|towards?|in|during)\s+the\s+(?:end|close|start|beginning|middle)\s+"
                             r"of\s+the\s+month\b", re.I)),
    # "since the tenant left on the 14th": a day of the month the story is in, its month unsaid (not "the
    # 14th century", "the 5th floor")
    ("day_alone", re.compile(r"\b(?P<lead>on|by|until|till|from|since|before|after)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
                             r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|when|after|before|at|until)\b)")),
    ("md", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\d)")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b")),
    ("quarter", re.compile(r"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+of)\s+"
                           r"(?P<y>(?:19|20)\d{2})\b", re.I)),
    # "rose 1.2% in the third quarter": a quarter of the year the story is in ("for the second
    # quarter running" counts quarters, "the third quarter of 2025" is read above)
    # (and "handled 4,000 wagons a month in Q2": the quarter by its abbreviation, its year unsaid)
    ("the_quarter", re.compile(r"\b(?P<lead>in|during|over|by|since|through|throughout|until|for)\s+(?:the\s+"
                               r"(?P<qw>first|second|third|fourth)\s+quarter\b(?!\s+(?:of|running|in\s+a\s+row)\b)(?!-)"
                               r"|(?-i:Q)(?P<qn>[1-4])\b(?!\s*(?:19|20)\d\d))", re.I)),
    # "was struck on 4 March and died three days later", "… on 2 May; the next day …": days counted
    # from the day before them in the sentence
    ("day_after", re.compile(rf"\b(?:(?P<n>\d{{1,3}}|{NUM_WORD}|a|an)\s+(?P<unit>days?|weeks?)\s+(?P<way>later|afterwards|earlier)(?!\s+than\b)"
                             r"|the\s+(?P<rel>following|next|previous)\s+(?P<unit2>day|week)(?!\s+(?:of|on|in)\b)"
                             # ("The day before, the plant had cut its output": not "the day before the vote", counted from an event)
                             r"|the\s+day\s+(?P<side>before|after)(?=\s*[,.;:)]|\s*$))\b", re.I)),
    # "… left in September 2023. Seventeen months later, …": months counted from the month the story is in
    # ("earn less than $200 a month on average": a rate, not a month on)
    ("month_after", re.compile(rf"\b(?P<n>\d{{1,2}}|{NUM_WORD}|a)\s+months?\s+(?P<way>later|earlier|on)\b(?!\s+than\b|\s+average\b)", re.I)),
    # ("In November, … resigned, and the following month Serbs set up barricades": the month after the one named)
    ("month_next", re.compile(r"\bthe\s+(?P<rel>following|next|previous|preceding)\s+month\b(?!\s+(?:of|on|in)\b)", re.I)),
    # ("Four years ago today, the leaders … signed": the writing's day, so many years back)
    ("ago_today", re.compile(rf"\b(?P<n>\d+|{NUM_WORD}|a|an)\s+(?P<unit>years?)\s+ago\s+(?:today|this\s+day)\b", re.I)),
    ("ago", re.compile(rf"\b(?P<n>\d+|{NUM_WORD}|a|an)\s+{UNIT}\s+ago\b", re.I)),
    # ("blocked the road on 12 December 2022 … set up a checkpoint the following April": the first such
    # month after the one the story is in)
    ("month_following", re.compile(rf"\bthe\s+(?:following|next)\s+(?P<mon>{FULL_MONTH})\b")),
    # ("the operator's figures for August": "for" before any month but May, which is also a name)
    # ("at the commission's December session": a month that names a meeting, after its owner)
    # ("off sick for most of August": a share of a month, read as the month; "May" after "of" may be a name;
    # "for the first ten days of February" the same)
    ("m", re.compile(rf"\b(?P<lead>(?i:in|since|from|until|till|by|between|last|next|this|early|late|mid-?|for(?=\s+(?!May\b))|(?:before|after)(?=\s+(?!May\b))|(?:year|months?)\s+to|to(?=\s+the\s+end\s+of\s)|(?:most|much|all|part|the\s+rest|the\s+whole)\s+of(?=\s+(?!May\b))|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|weekend|fortnight|few\s+days|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?(?:days|weeks)|half)\s+of(?=\s+(?!May\b))|at(?=\s+the\s+\w+\s+of\s)|(?:the|its|their|our|his|her|[a-z]{{3,}}[’']s)(?=\s+(?:{FULL_MONTH})\s+[a-z]{{3,}})))(?:(?<=-)|\s+)(?:at\s+least\s+)?"
                     rf"(?:the\s+(?:end|start|beginning|middle)\s+of\s+|(?i:early|late|mid)(?:-|\s+)(?=(?:{FULL_MONTH})\b))?(?P<mon>{FULL_MONTH})\b(?!\s+\d|\s*,\s*\d{1,2}\b(?![\d%.,]))")),
    # "below July's rate of inflation": a month that owns something is that month ("May's" may be a name's)
    ("m_poss", re.compile(rf"(?P<lead>)\b(?P<mon>{FULL_MONTH})(?<!May)[’']s(?=\s+[a-z])")),
    # (" … to the end of September": income counted up to a month's end)
    # the second month of "between January and June", "from May to August": only it is the match
    ("m_then", re.compile(rf"\b(?:{FULL_MONTH})\s+(?P<lead>and|to|through|until|till)\s+"
                          rf"(?P<t>(?P<mon>{FULL_MONTH}))\b(?!\s+\d|\s*,\s*\d{1,2}\b(?![\d%.,]))")),
    # ("In mid-2023, the mission was asked to leave": the lead capitalised, opening the sentence)
    ("by_year", re.compile(r"\b(?:(?i:by|until|through|before|in))\s+(?:at\s+least\s+)?(?:the\s+end\s+of\s+)?"
                           r"(?:(?:late|early|mid-?)\s*)?(?P<y>(?:19|20)\d{2}|18\d{2}(?!\s+[a-z]+s\b)\b)\b(?!-)")),
    ("since", re.compile(r"\bsince\s+(?P<y>(?:1[89]|20)\d{2})\b")),
    # ("contracts signed in the 1990s", "since the early 2000s": a decade, to its three digits)
    ("decade", re.compile(r"\b(?:(?P<lead>(?i:in|since|during|through|throughout|from|until|by|before|into|of))\s+)?the\s+(?:(?:early|late|mid)[- ]?)?"
                          r"(?P<dec>(?:1[89]|20)\d)0s\b")),
    ("year", re.compile(r"(?<![\d,.$€£-])\b(?P<y>(?:19|20)\d{2})\b(?![,.]?\d)(?!\s*(?:%|per\s*cent|people|soldiers|troops|workers|square|km|tonnes))")),
    # "last week", "next month"; "after 70 mm fell last weekend": the weekend of the calendar week before
    # "Tens of thousands rallied over the weekend": the weekend nearest the writing, behind it or ahead as
    # the sentence looks
    ("the_weekend", re.compile(r"\b(?:over|at|during)\s+the\s+weekend\b(?![’']s)", re.I)),
    ("rel_span", re.compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>weekend|week|month)(?:[’']s)?\b", re.I)),
    # ("has sold more than $1 billion this quarter": the calendar quarter of the writing, or the one before or after)
    ("rel_quarter", re.compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>quarter)(?:[’']s)?\b(?!\s+of\b)", re.I)),
    # "last autumn", "by next summer": the season of a year, to the year (ISO dates name no seasons)
    # ("over the coming summer": the next)
    ("season", re.compile(r"\b(?P<rel>last|this|next|past|(?<=the\s)coming)\s+(?:spring|summer|autumn|fall|winter)(?:[’']s)?\b", re.I)),
    # "is expected in the summer", "was repaired over the winter": the season nearest the writing,
    # ahead of it or behind it as the sentence looks
    # ("will stay closed until at least the summer")
    # ("during the summer months": every summer's, no date)
    # ("is likely to stay without police into the spring")
    # ("We expect detentions to rise in the summer months": in a forecast, the coming summer's)
    ("the_season", re.compile(r"\b(?:in|into|by|over|during|until|before|after)\s+(?:at\s+least\s+)?the\s+(?P<season>spring|summer|autumn|fall|winter)\b(?!\s+of\s+\d)(?P<months>\s+months\b)?",
                              re.I)),
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|this morning|this afternoon|this evening|last night|tonight)\b", re.I)),
    # (a weekday right before its date, "Monday 26 October", "Tuesday, May 12", names that date, read there)
    ("weekday", re.compile(r"\b(?:(?i:on|by|since|last|next|from|until|till|starting)\s+)?"
                           rf"(?P<wd>{WEEKDAY_NAMES})(?:[’']s)?\b(?!,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b)"
                           rf"(?!,?\s+(?:{MONTH})\.?\s+\d{{1,2}}\b)")),
    # ("extending the mandate by another two years", "would extend the mandate by two years": a term
    # lengthened by a span; "for an initial two years")
    # ("sentenced … to seven years in prison": the term of a sentence)
    # ("crossed in the space of a week": how long it took; "took roughly five days to clear", "delayed by
    # an average of nine days", "for 40 consecutive months", "would take at least two more years")
    ("for_span", re.compile(rf"\b(?P<lead>for|up to|(?:with)?in\s+the\s+space\s+of|within|after|in|over|take|takes|took|taking|last|lasts|lasted|lasting|"
                            r"to(?=\s+(?:\S+\s+){1,3}(?:in\s+(?:prison|jail)|imprisonment|behind\s+bars|of\s+imprisonment)\b)|"
                            rf"(?<=delays\s)of|(?<=delay\s)of|(?<=period\s)of|by)\s+[\"“‘']?(?:(?:up\s+to|about|around|roughly|some|nearly|almost|more\s+than|at\s+least|an\s+average\s+of|a\s+(?:maximum|minimum|total)\s+of|another|a\s+further|further|an?\s+(?:initial|additional|extra|first))\s+)?(?P<n>\d+|{NUM_WORD}|a\s+further|a|an|another)\s+(?:(?:more|further|additional|extra)\s+)?(?:(?:consecutive|straight|successive|full|whole)\s+)?{SPAN_UNIT}\b(?!-)(?!\s+(?:old|ago|of\s+age|older|younger)\b)", re.I)),
    # (not a compound's first half: "died in a day-long gunfight")
    # a window to act in: "has six months to lodge an appeal", "were given 28 days in which to reply", "will
    # have a year to withdraw"
    # (an ultimatum's: "has given Nikol Pashinyan one hour to resign", the one given it named between)
    ("window", re.compile(r"(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s)|(?<=\bgiven\s)|(?<=\bgets\s)|(?<=\bget\s)|(?<=\bgot\s)"
                          r"|(?<=\bgiven\s)(?:[A-Z][\w’'-]+\s+){1,3}|(?<=\bgave\s)(?:[A-Z][\w’'-]+\s+){1,3}|(?<=\bgiven\s)(?:him|her|them|it|us)\s+"
                          r"|(?<=\bgave\s)(?:him|her|them|it|us)\s+)"
                          rf"(?P<t>(?:(?:up\s+to|about|around|just|only|at\s+least)\s+)?(?P<n>\d+|{NUM_WORD}|a|an)\s+{SPAN_UNIT}\b)"
                          r"(?=\s+(?:in\s+which\s+)?to\s+[a-z])", re.I)),
    # a notice period: "notice six months in advance", "28 days' notice"
    # ("six months' notice", "one year's notice": the possessive singular too)
    ("notice", re.compile(rf"\b(?P<n>\d+|{NUM_WORD}|a|an)\s+{SPAN_UNIT}(?:[’']s?)?\s+(?:in\s+advance|notice|beforehand)\b", re.I)),
    ("n_day", re.compile(rf"\b(?P<n>\d+|{NUM_WORD})[-\s](?P<unit>day|week|month|year|decade)(?:-long)?\b(?=\s+[a-z])", re.I)),
    ("month_range", re.compile(rf"\b(?P<mon1>{MONTH})\s*[-–—]\s*(?P<mon>{MONTH})\b")),
]
# The same patterns with numbers in digits only: most sentences spell no number, and trying thirty
# number words at every word is what these patterns spend their time on.
DIGITS_ONLY = {
    name: re.compile(pattern.pattern.replace(f"|{NUM_WORD}", ""), pattern.flags)
    for name, pattern in PATTERNS if NUM_WORD in pattern.pattern
}
NUMBER_WORD_PHRASES = Phrases([w for w in NUMBER_WORDS if " " not in w])
MONTH_WORDS = Phrases(f"{MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
                      + "|".join(f"{month}'s|{month}’s" for month in MONTH_NAMES.split("|")))
WEEKDAY_WORDS = Phrases([form for day in WEEKDAY_NAMES.split("|") for form in (day, day + "'s")])
UNIT_WORDS = Phrases("day|days|week|weeks|weekend|month|months|year|years|decade|decades|century|centuries|"
                     "hour|hours|minute|minutes|"
                     # ("during last week's walkout")
                     + "|".join(f"{unit}'s|{unit}’s" for unit in ("day", "week", "weekend", "month")))
# ("In today's Chamber judgment the Court held …": the day's possessive names it too)
REL_DAY_WORDS = Phrases("yesterday|today|tomorrow|morning|afternoon|evening|night|tonight|"
                        + "|".join(f"{day}'s|{day}’s" for day in ("yesterday", "today", "tomorrow", "tonight")))
YEAR_WORDS = Phrases("year|year's|decade|century")
# ("during last summer's heatwaves")
SEASON_WORDS = Phrases("spring|summer|autumn|fall|winter|spring's|summer's|autumn's|fall's|winter's")
HOLIDAY_WORDS = Phrases("christmas|boxing day|new year|new year's|halloween|hallowe'en|hallowe’en")
# the month and day of each feast the "holiday" pattern reads, by its words in lower case
HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new year": (1, 1), "new year's": (1, 1), "new year's day": (1, 1), "new year day": (1, 1),
            "new year's eve": (12, 31), "new year eve": (12, 31), "halloween": (10, 31), "hallowe'en": (10, 31)}
DIGIT = re.compile(r"\d")
# "no digit before the year" checked after its four digits, so a search skips to a 1 or a 2
YEAR_TOKEN = re.compile(r"(?:1[89]|20)\d\d(?<!\d\d\d\d\d)(?!\d)")


# Which words a pattern needs before it is worth running: most sentences name no time at all.
NEEDS = {
    "iso": ("yearish",), "numeric_date": ("yearish",), "mdy": ("yearish", "month"), "dmy": ("yearish", "month"), "my": ("yearish", "month"),
    "md": ("digit", "month"), "dm": ("digit", "month"), "m": ("month",), "by_year": ("yearish",), "since": ("yearish",), "decade": ("yearish",),
    "year": ("yearish",),
    "quarter": ("yearish",), "the_quarter": ("quarter",), "month_rel_year": ("month", "year"), "rel_year": ("year",), "the_year": ("year",), "the_month": ("unit",), "day_alone": ("digit",), "year_after": ("year",), "that_year": ("year",), "day_after": ("unit",), "month_after": ("unit",), "month_next": ("unit",), "rel_span": ("unit",), "rel_quarter": ("quarter",), "the_weekend": ("unit",), "ago": ("unit",), "ago_today": ("unit",), "month_following": ("month",), "m_then": ("month",), "m_poss": ("month",), "rel_day": ("relday",),
    "weekday": ("weekday",), "next_span": ("unit",), "season": ("season",), "the_season": ("season",),
    "for_span": ("unit",), "window": ("unit",), "n_day": ("unit",), "notice": ("unit",), "month_range": ("month",), "holiday": ("holiday",), "new_year": ("year",),
}
SIGNS = ("digit", "yearish", "month", "year", "relday", "weekday", "unit", "season", "holiday", "quarter")
_PATTERNS_FOR: dict[tuple[bool, ...], list[tuple[str, re.Pattern]]] = {}


def patterns_for(present: tuple[bool, ...]) -> list[tuple[str, re.Pattern]]:
    """The patterns whose words are all present, in priority order (one list per combination)."""
    found = _PATTERNS_FOR.get(present)
    if found is None:
        have = {sign for sign, on in zip(SIGNS, present) if on}
        found = _PATTERNS_FOR[present] = [(n, p) for n, p in PATTERNS if set(NEEDS[n]) <= have]
    return found


def signs_present(text: str, grams: frozenset[str]) -> tuple[bool, ...]:
    """Which of the SIGNS the sentence shows, in their order (the key of `patterns_for`)."""
    digit = bool(DIGIT.search(text))
    return (digit, digit and bool(YEAR_TOKEN.search(text)), MONTH_WORDS.any(grams), YEAR_WORDS.any(grams),
            REL_DAY_WORDS.any(grams), WEEKDAY_WORDS.any(grams), UNIT_WORDS.any(grams), SEASON_WORDS.any(grams),
            HOLIDAY_WORDS.any(grams), "quarter" in grams or not _QUARTER_CODES.isdisjoint(grams))


_QUARTER_CODES = frozenset(("q1", "q2", "q3", "q4"))


def narrative_month_ranges(text: str) -> list[tuple[int, str]]:
    """Month ranges ("September-November war of 2020") tell when a story's events ended."""
    return [(m.start(), m.group("mon")) for m in PATTERNS[-1][1].finditer(text)]
