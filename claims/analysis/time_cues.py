"""The words that tell whether a sentence looks ahead of the writing or back from it: futures and
schedules, a regret's "should have", a report's "said on Friday", something done just before a day."""
from __future__ import annotations

import re

from .lexicon import IRREGULAR_PASTS, MONTH_NAMES, NUMBER_WORDS, REQUESTED, WEEKDAY_NAMES
from .words import Phrases

# a schedule told in the present: "Town travel to Dunmore on Saturday", "The ban starts on January 1"
# (not beside a past: "Housing starts in Norland fell 8.4% in April")
_SCHEDULED = ("starts|begins|opens|reopens|resumes|restart|restarts|kicks off|takes place|take place|travel to|travels to|host|hosts|"
              # "The full council meets at 7pm on Tuesday"
              "meets at|meets on|meet at|meet on|meets again|meet again|"
              # "The consultation period lasts 45 days and ends on 19 June", "the scheme, which ends in March",
              # "The contract expires in March": a window's close
              "ends on|closes on|close on|ends in|runs out in|expires|expire")
SCHEDULE_WORDS = frozenset(_SCHEDULED.split("|"))
# The schedule the check-worthiness prior reads ("The planning inquiry opens on 3 June", "The
# collection runs from 28 March"), with a window's ends as well ("closes", "runs", "ends", "is held");
# kept apart from the words above, which also feed FORWARD_WORDS, where these would move how dates
# are read. In the present, not after "to" or a modal ("was due to open in 2025" tells of a plan).
# ("before the start of the school year": a noun after "the", no schedule told)
SCHEDULE_TOLD = re.compile(r"(?<![-‐])(?<!\bthe\s)(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(?<!\bmust\s)"
                           r"\b(?:closes|close|opens|open|runs|run|starts|start|begins|begin|ends|end|resumes|reopens|"
                           r"takes\s+place|take\s+place|is\s+held|are\s+held|meets|meet|takes\s+over|take\s+over|"
                           # "The budget takes effect Jan. 1": a rule's start told in the present
                           r"takes\s+effect|take\s+effect|comes\s+into\s+(?:force|effect)|come\s+into\s+(?:force|effect)|"
                           # ("She takes office on Monday": an office's start told in the present)
                           r"takes\s+office|take\s+office|is\s+sworn\s+in|are\s+sworn\s+in)\b"
                           r"(?![-‐])")  # ("the presidential run-off", "a start-up", "end-of-year": nouns)
FORWARD_WORDS = Phrases("will|won't|shall|i'll|we'll|you'll|they'll|he'll|she'll|it'll|would|could|might|until|expected|expects|expect|next|scheduled|due|plans|planned|going to|from|"
                         "we're expecting|we are expecting|i'm expecting|i am expecting|they're expecting|they are expecting|"
                         "takes effect|take effect|comes into force|come into force|takes office|take office|is sworn in|are sworn in|"
                         "is forecast|are forecast|"
                         "hopes to|hoped to|hope to|aims to|aimed to|should|ought to|must|is likely on|are likely on|"
                         # a decision just taken looks ahead: "The council has agreed to make parking free in December"
                         "has agreed to|have agreed to|has voted to|have voted to|has decided to|have decided to|"
                         "has promised to|have promised to|has pledged to|have pledged to|"
                         # what is arranged to happen: "Talks are to resume in March"
                         "are to resume|is to resume|are to leave|is to leave|are to begin|is to begin|are to start|is to start|"
                         "are to close|is to close|are to open|is to open|are to meet|is to meet|are to end|is to end|" + _SCHEDULED)
# "should have arrived in March" regrets the past; "should be finished before the winter" looks ahead
SHOULD_HAVE = re.compile(r"\b(?:should|ought\s+to|must)\s+(?:not\s+)?have\b", re.IGNORECASE)
# ("voted to strike for 48 hours from March 17": what was decided starts on a day ahead)
# ("voted last month to withdraw 14 routes from June": a decision's start, a month ahead)
FROM_A_DAY = re.compile(rf"\bfrom\s+(?:{WEEKDAY_NAMES}|tomorrow|next|today)\b|\bto\s+[a-z]{{3,}}\b[^.;]{{0,40}}?\bfrom\s+"
                        rf"(?:(?:{MONTH_NAMES})\s+\d|\d{{1,2}}\s+(?:{MONTH_NAMES})\b)"
                        rf"|\b(?:voted|agreed|decided|resolved|chose|opted|promised|pledged)\s+(?:[a-z]+\s+){{0,2}}?to\s+[a-z]{{3,}}\b[^.;]{{0,40}}?"
                        rf"\bfrom\s+(?:{MONTH_NAMES})\b", re.IGNORECASE)
# Words that bring a sentence that looked ahead back to the past: "… will stay shut, the council
# said on Friday" (the weekday dates the telling), "will close after a leak on Saturday"
BACK_TO_PAST = re.compile(r"\b(?:said|says|told|announced|reported|confirmed|added|stated|warned|wrote|explained|claimed|"
                       r"denied|insisted|noted|after|since|following)\b")
# "will close after a leak on Saturday injured 14 people": the weekday's own verb is past
PAST_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]{2,}ed|was|were|had|hit|began|broke|fell|rose|took|went|came)\b")
# "plans published on Tuesday": a participle of something done just before the weekday ("will be
# reopened on Monday" looks ahead still, and so does what was put off: "deferred until November")
DONE_BEFORE = re.compile(r"(?:\b(?P<aux>be|been|being|is|are)\s+)?\b(?P<verb>[a-z]{3,}ed|(?:set|made|put|held|laid|given|taken|told|sent|"
                          # "the 1.3% she set out in October": an irregular past, perhaps with its particle
                          # ("as we did in January": the deed done, whatever it was)
                          # ("…, the army command said in July": when it was told)
                          r"built|paid|sold|won|lost|did|said|wrote|spoke|"
                          # ("since protests began on Nov. 28, when …": an irregular past of what started or happened)
                          r"began|came|went|fell|rose|met|took|left|broke|struck|froze)(?:\s+(?:out|up|down|off|forward))?"
                          # ("… told parliament in September": who was told, between)
                          r"|told\s+(?:parliament|reporters|journalists|lawmakers|legislators|deputies|senators|MPs|"
                          r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))\s+"
                          # "a settlement approved by the regulator in December": the agent between
                          r"(?:by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}\s+)?"
                          # ("a suspension that began after the crash of an Azerbaijan Airlines jet in December": what
                          # came before a deed done is done too)
                          r"(?:(?:after|following)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){1,6}?)?"
                          # ("The transit route agreed on 8 August is unlikely to …": the day before its "on")
                          r"(?:on\s+)?$")
_PUT_OFF = frozenset(("deferred", "postponed", "delayed"))
_UNTIL = re.compile(r"\s*(?:until|till)\b", re.IGNORECASE)


# "would reopen its list once a replacement started in January": a past form after "once" in what
# someone would do is a future told in the past, not something done
_ONCE_AFTER_WOULD = re.compile(r"\bwould\s+[^.;]{0,120}?\b(?:once|until|till|as\s+soon\s+as)\s+(?:[\w’'-]+\s+){1,5}$")


# ("Fico, who visited Moscow on Dec. 22 to discuss supplies, said the halt would cost …": a deed in a relative
# clause, done on its day, whatever the sentence goes on to foretell)
_DONE_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+(?:[a-z]{3,}ed|went|met|made|took|held|gave|sent|signed|won|lost|began|came|left)"
                               r"(?:\s+(?!(?:will|would|could|may|might|to)\b)[\w’'.-]+){0,4}?\s+(?:on|in)\s+$")


# ("Azerbaijan plans to spend $2bn …, and the Asian Development Bank approved a €450m loan for Georgian railways in
# March": a clause of its own, joined on, with a deed done and its object before the month)
_DONE_IN_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,5}?(?:[a-z]{3,}ed|paid|sold|bought|built|won|lost|cut|"
                             r"signed|began|made|took|gave|sent|held|met)\s+(?!(?:to|that|will|would|could|may|might)\b)"
                             r"(?:[\w’'€$£.,-]+\s+){1,7}?(?:(?:in|on)\s+)?$")


# ("Inflation, at 1.9% in November, is expected to pass 4%", "… will rise to 4%, from 1.9% in November": a level
# as it was measured, set beside what is foretold)
_LEVEL_MEASURED = re.compile(r"(?:^|,)\s*(?:[\w’'-]+\s+){0,3}?(?:at|from|up\s+from|down\s+from)\s+(?:about\s+|around\s+|some\s+|just\s+)?"
                             r"[£$€]?\d[\d.,]*\s*(?:%|per\s*cent|percent|bn|billion|million)?\s+(?:in\s+)?$")


def level_measured_before(text: str, at: int) -> bool:
    return bool(_LEVEL_MEASURED.search(text, max(0, at - 60), at))


def done_just_before(text: str, at: int) -> bool:
    if _DONE_IN_RELATIVE.search(text, max(0, at - 100), at) or _DONE_IN_CLAUSE.search(text, max(0, at - 120), at):
        return True
    m = DONE_BEFORE.search(text, max(0, at - 100), at)
    if not m or m.group("aux") is not None:
        return False
    if _ONCE_AFTER_WOULD.search(text, max(0, m.start("verb") - 160), m.start("verb")):
        return False
    # ("postponed on Monday" was done then; "postponed until December" is put off to a time to come)
    return not (m.group("verb").lower() in _PUT_OFF and _UNTIL.match(text, at))


# Where a sentence starts to look ahead: the same words ("from" left out: "officials from the port
# said on Monday"), found in the text itself
FORWARD_AT = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w).replace("\\ ", "\\s+").replace("'", "[’']")
                                for w in FORWARD_WORDS.items if w != "from"), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


# what will happen, said so: a bare month or day after it is the coming one
WILL_HAPPEN = re.compile(r"\b(?:will|shall|is\s+(?:expected|due|set|scheduled)\s+to|are\s+(?:expected|due|set|scheduled)\s+to|"
                         r"plans?\s+to|intends?\s+to|expects?\s+(?:[\w’'-]+\s+){0,4}?to|"
                         # "has agreed to install two speed signs in January": what was agreed is still to come,
                         # and so is the start a decision sets ("Members agreed to raise the fee by £8 from 1 January")
                         r"(?:has|have)\s+(?:agreed|decided|voted|pledged|promised)\s+to|"
                         r"(?:agreed|decided|voted|resolved)\s+(?:[a-z]+\s+){0,2}?to\s+[a-z]{3,}\b[^.;]{0,40}?\bfrom(?=\s+\d)|"
                         rf"{REQUESTED}|"
                         # "Schools must publish their policies by January": a duty's deadline is ahead
                         r"must(?!\s+(?:not\s+)?have\b)|"
                         # "We recommend moving 30% of January's orders": advice given now is for what is ahead
                         r"(?:we|I)\s+(?:recommend|propose)|"
                         # "The ban takes effect on New Year's Day": a rule's start told in the present
                         r"takes?\s+effect|comes?\s+into\s+force|takes?\s+office|"
                         # "has been released on bail until 12 January": a court's date ahead
                         r"bail\s+until|bailed\s+until|remanded\s+(?:in\s+custody\s+)?until|adjourned\s+until)\b", re.IGNORECASE)


# "a cut in February now looked “all but certain”", "Further savings are likely": what the odds favour
# is a forecast of it ("twice as likely to be admitted" measures; "It is certain that …" hedges, and "she
# was certain" tells of a mind, not of what will happen)
ODDS_WORDS = frozenset({"likely", "unlikely", "certain", "inevitable", "probable", "improbable"})
ODDS_AHEAD = re.compile(r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bI\s)(?<!\byou\s)"
                        r"\b(?:is|are|was|were|looks?|looked|seems?|seemed|appears?|appeared)\s+(?:now\s+|increasingly\s+)?"
                        r"(?:all\s+but\s+|almost\s+|highly\s+|very\s+)?[\"“‘]?(?:all\s+but\s+)?(?:likely|unlikely|certain|inevitable)[\"”’]?"
                        # ("… is unlikely while the Taliban remain isolated", "as long as …": the odds while a state lasts)
                        r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:to|on|by|in|from|next|this|before|after|soon|within|if|unless|once|while|"
                        r"until|as\s+long\s+as)\b)"
                        # "This makes a June cut very unlikely": the odds an event is given (or "We judge a return to
                        # large-scale fighting unlikely before …", the odds a judgement gives it)
                        r"|\b(?:makes?|judge|judges|judged|consider|considers|considered|deem|deems|deemed)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w’'-]+\s+){1,5}?(?:very\s+|highly\s+|increasingly\s+|more\s+|less\s+)?"
                        r"(?:un)?likely\b(?!\s+to\b)"
                        # "Markets now price a cut in December as more likely than not": odds an event is priced at
                        r"|\b(?:price|prices|priced|pricing|see|sees|saw|rate|rates|rated|put|puts|judge|judges|judged)\s+"
                        r"(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){1,5}?as\s+(?:more\s+likely\s+than\s+not|(?:very\s+|highly\s+)?(?:un)?likely)\b",
                        re.IGNORECASE)


# a text that is a forecast ("Five-day forecast for the Kelby Valley", "Weekend outlook"), not a
# story about one ("Met Office forecasts snow" names the verb)
FORECAST_TITLE = re.compile(r"\b(?:forecast|outlook)\b(?!\s+(?:that|says|said|shows|showed|warns|warned)\b)", re.IGNORECASE)
# what tells a line as done or as so, rather than coming: an auxiliary, a modal, a copula
_TELLING_WORDS = frozenset("is are was were be been being am has have had will would can could may might must shall should "
                           "do does did isn't aren't wasn't weren't hasn't haven't hadn't won't".split())
# a past in -ed after its subject ("Roads flooded near Fenby"), not an adjective opening a line
# ("Unsettled, with showers") or after a preposition ("with scattered showers")
_PAST_AFTER_SUBJECT = re.compile(r"(?:\b[A-Z][a-z]+|\b[a-z]{3,}s)\s+[a-z]{3,}ed\b")


def nothing_told_done(sentence: str, grams: frozenset[str]) -> bool:
    """ "Frost clearing slowly; a cold, bright day.", "Highs of 7C.": a forecast's line with no verb
    that tells anything as done or as so, which in a forecast says what is coming."""
    return _TELLING_WORDS.isdisjoint(grams) and IRREGULAR_PASTS.isdisjoint(grams) and not _PAST_AFTER_SUBJECT.search(sentence)


# "Sandu, who won the first round, faces a run-off on 3 November": a past set apart in a relative clause
# is not what the sentence tells
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\s+[^,;]{3,200},")


def main_clause(text: str) -> str:
    """The sentence with its relative clauses set apart by commas left out."""
    return _RELATIVE_ASIDE.sub(",", text) if ", wh" in text else text


# Cues the temporal stage reads around a time: what looks ahead before a season, a season of a year, a
# date naming a thing, a telling's month, a term's start, a plan's month
FORECAST_BEFORE = re.compile(r"\b(?:will|expects?|expected|forecasts?|likely|could|may)\b", re.IGNORECASE)
# ("By the summer of 2023, food … were running out": a season of a year moves the story as a month does)
SEASON_OF = re.compile(r"\b(spring|summer|autumn|fall|winter)\s+of\s+$", re.IGNORECASE)
# ("under the ceasefire of November 2024", "the agreement of 9 November 2020"): a date after "of" names a
# thing by it and leaves the story where it is
NAMES_A_THING = re.compile(r"\b(?:the|a|its|their)\s+(?!(?:evening|morning|night|afternoon|day|weekend|week|end|start|beginning|"
                            r"middle|eve|spring|summer|autumn|winter|hours)\s)[a-z]+\s+of\s+$")
TOLD_THEN = re.compile(r"\b(?:said|announced|warned|told|wrote|stated|confirmed|threatened|promised|pledged)\s+(?:\w+ly\s+|again\s+|also\s+|already\s+)?"
                        r"(?:(?:in|on|at)\s+)?(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
STARTS_IN = re.compile(r"\b(?:which|that)\s+(?:starts|begins|ends|opens|closes|runs|expires|resumes)\s+$", re.IGNORECASE)
SCHEDULED_FOR = re.compile(r"\b(?:is|are|is\s+now|are\s+now)\s+(?:provisionally\s+|tentatively\s+)?(?:planned|scheduled|pencilled\s+in|penciled\s+in|"
                            r"set|booked|earmarked)\s+$", re.IGNORECASE)


# "The Taliban takeover of Kabul in August 2021 has made the base more important": a date in the subject of a
# present perfect dates the thing named, and the sentence speaks of now; the story does not move to it
PERFECT_AFTER = re.compile(r"\s+(?:has|have)\s+(?:\w+ly\s+)?(?:made|become|been|left|given|turned|changed|put|forced|pushed|raised|"
                           r"increased|reduced|transformed|shaped|created|brought)\b")


# what sets a deadline for someone: an agreement, a promise, an order ("told to leave by Friday")
DEADLINE_SET = re.compile(r"\b(?:agreed|agrees|promised|promises|pledged|pledges|undertook|ordered|told|given|must|has\s+to|have\s+to|"
                          r"had\s+to|is\s+to|are\s+to|was\s+to|were\s+to|deadline)\b")


# "Tax revenues … were 1.9 trillion tenge lower than expected": a figure measured against a forecast, no forecast
THAN_EXPECTED = re.compile(r"\bthan\s+(?:had\s+been\s+|was\s+|were\s+)?(?:expected|forecast|planned|projected|budgeted|anticipated)\b",
                           re.IGNORECASE)


# the month by which a named part of the year is over ("the first half" by June, "the first nine months" by September)
_PART_OF_YEAR = re.compile(r"\b(?:(?P<start>start|beginning)|first\s+(?:(?P<n>\w+)\s+months|(?P<half>half)|(?P<quarter>quarter)))\s+of\b", re.I)


def part_of_year_over(phrase: str, month: int) -> bool:
    part = _PART_OF_YEAR.search(phrase)
    if not part:
        return False
    count = (part.group("n") or "").lower()
    end = 2 if part.group("start") else 6 if part.group("half") else 3 if part.group("quarter") \
        else int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    return end is not None and end < month
