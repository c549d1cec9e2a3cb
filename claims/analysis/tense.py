"""Tense in a sentence: a future that qualifies a noun or sits under a completed action, "would" told
plainly, what might have been, and a source whose own word forecasts (past actions: past_actions)."""
from __future__ import annotations

import re
from functools import lru_cache

from .judgement import would_judges
from .lexicon import MODALS, MONTH_NAMES, REPORTING_VERBS, WEEKDAY_NAMES
from .past_actions import PARTICIPLE, PAST_ACTION
from .relative_clauses import modals_in_relative_clauses, qualifies_a_noun
from .words import Phrases

# what comes before "plans to" when "plans" is a noun: a preposition, a determiner, a verb acting on it
_PLANS_AS_NOUN = re.compile(r"\b(?:against|about|over|on|of|for|with|to|a|the|its|their|his|her|our|your|these|those|new|any|no|"
                            r"announced|unveiled|scrapped|shelved|approved|opposed|backed|rejected|dropped)\s+$"
                            # "complicating the Bank of England's plans to cut rates": whose plans they are
                            r"|[A-Za-z][’']s\s+$", re.IGNORECASE)
_PLEDGE_THAT = re.compile(r"\b(?:promise|pledge|commitment|assurance|guarantee|vow|undertaking)s?\s+that\s", re.IGNORECASE)


# a reporting verb ending the words before a "that", perhaps with whom it was told and when ("told
# the port in February", "were told on Tuesday")
_REPORTED_BY = re.compile(rf"\b(?:{REPORTING_VERBS})(?:\s+[\w’'-]+){{0,4}}$")
_IMPERSONAL_REPORT = re.compile(r"\bit\s+(?:is|was|has\s+been)\s+(?:understood|believed|thought|said|reported|claimed|"
                                r"alleged|rumou?red)$", re.IGNORECASE)
_DENIED_BY = re.compile(r"\b(?:disputes?|disputed|denies|denied|deny|doubts?|doubted|rejects?|rejected)(?:\s+[\w’'-]+){0,2}$")
# a clause of time or condition the future sits in, with a main clause before it that looks nowhere ahead
_WHEN_CLAUSE = re.compile(r"\b(?:when|whenever|once)\b", re.IGNORECASE)
_TIME_THEN_WHEN = re.compile(rf"(?:\d|\b(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|year|week|month|spring|summer|autumn|winter|"
                             rf"morning|evening|night|day))\s*,\s*$", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|going\s+to|expects?|plans?\s+to|set\s+to|due\s+to)\b|['’]ll\b", re.IGNORECASE)


def _last_match(pattern: re.Pattern, text: str) -> re.Match | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found


# "I am delighted to tell you that the club will open …": the news told now is the writer's own
# the news-telling verb and whom it is told to ("to tell you", "to let everyone know"), also read by
# classify, where a feeling frames the news ("I am delighted to tell you that …")
TO_TELL = r"to\s+(?:tell|announce|confirm|report|say|share|inform|let)(?:\s+(?:you|everyone|parents))?(?:\s+know)?"
_TO_TELL = re.compile(rf"\b{TO_TELL}\s*$", re.IGNORECASE)
# the last "because" in what precedes, with no ";" or ":" after it (matched at that one place)
_BECAUSE = re.compile(r"because\b[^;:]*$", re.IGNORECASE)
# "Baku has made two demands before it will sign": what must come first for a deed's doer to act, not a forecast
_BEFORE_IT_WILL = re.compile(r"\b(?:before|until|unless)\s+(?:it|they|he|she|we)\s+$", re.IGNORECASE)
# "We were told this would be finished before the floods": a promise heard in the past, reported
_TOLD_BEFORE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+|repeatedly\s+|always\s+)?"
                          r"(?:told|promised|assured|informed|led\s+to\s+believe)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# "92 families told us they would use it": a "would" someone told, told in the past ("told us the
# services will be reviewed" forecasts still)
_TOLD_WOULD = re.compile(r"\b(?:told|promised|assured)\s+(?:us|me|them|him|her|the\s+[\w’'-]+)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$",
                         re.IGNORECASE)
# "the plan does not show how it will be reached", "has not said when the line will open": a
# question left unanswered is told, no forecast made
# ("has yet to say how it will fund next year's deficit": the same, still to come)
_UNANSWERED = re.compile(r"(?:\bnot|\bnever|n[’']t|\byet\s+to)\s+(?:yet\s+)?(?:say|said|show|shown|explain|explained|set\s+out|specify|"
                         r"specified|state|stated|reveal|revealed|disclose|disclosed|decide|decided|confirm|confirmed|"
                         # ("have not yet agreed how the water will be shared": what is still to be settled)
                         r"agree|agreed|settle|settled|determine|determined|resolve|resolved|work\s+out|worked\s+out|"
                         r"make\s+clear|made\s+clear)\s+(?:(?:exactly|precisely|yet)\s+)?"
                         r"(?:how|when|where|whether|if|what|who|which|why)\b[^,;:]*$", re.IGNORECASE)


def heard_before(sentence: str, word: str) -> bool:
    """ "We were told this would be finished …": the modal tells what was promised, in the past."""
    at = sentence.lower().find(f" {word} ")
    return at > 0 and _maybe_told(sentence[:at + 1]) and bool(_TOLD_BEFORE.search(sentence, 0, at + 1))


# the words each pattern needs, looked for before the pattern is run over every position
def _maybe_unanswered(text: str) -> bool:
    return "not " in text or "never " in text or "n't " in text or "n’t " in text or "yet to " in text


def _maybe_told(text: str) -> bool:
    return any(w in text for w in ("told", "promised", "assured", "informed", "led to"))


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(phrase).replace("\\ ", r"\s+") + r"\b")


def embedded_future(sentence: str, future: str) -> bool:
    """ "Moscow has hailed the idea in the hopes that it will control …": the future sits in a
    clause under a completed action, so the sentence reports what happened."""
    # where the future phrase itself stands, as a whole word ("is expected to" after "The agency is
    # carrying out …", not that first "is")
    # (the phrase in lower case too: a future read with its day, "are due in April", keeps the month's capital)
    found = _phrase_pattern(future.lower().replace("’", "'")).search(sentence.lower().replace("’", "'"))
    at = found.start() if found else -1
    if at <= 0:
        # ("Plans to scrap the cap were criticised": a sentence's first word is its subject, a noun)
        return at == 0 and future.startswith("plans")
    before = sentence[:at]
    if (when := _last_match(_WHEN_CLAUSE, before)) and "," not in before[when.end():] \
            and not _FUTURE_BEFORE.search(before, 0, when.start()) and not _TIME_THEN_WHEN.search(before, 0, when.start()):
        # "The council treats 480 km of roads when temperatures are forecast to fall below 1°C": a
        # habit's condition ("meets on 20 May, when it is expected to elect …" names the day ahead)
        return True
    if future.startswith("plan") and _PLANS_AS_NOUN.search(before):
        return True  # "marched to protest against plans to close the unit": the plans are a noun
    if _PLEDGE_THAT.search(before):
        return True  # "the company's promise that staff will not lose pay" tells of a promise
    if _maybe_unanswered(before) and _UNANSWERED.search(before) or _maybe_told(before) and (
            _TOLD_BEFORE.search(before) or future == "would" and _TOLD_WOULD.search(before)):
        return True
    if future == "will" and (condition := _BEFORE_IT_WILL.search(before)) and PAST_ACTION.search(before, 0, condition.start()):
        return True
    because = before.lower().rfind("because")
    if because >= 0 and _BECAUSE.match(before, because):
        return True  # "argue that the deadline is too tight, because most ships will need refits": a reason given
    if qualifies_a_noun(before):
        # "backed a strike, which is due to start on May 15", "38 bus routes that operators will
        # not run": the future qualifies a noun
        return True
    clause_start = max(before.rfind(" that "), before.rfind(" hopes "), before.rfind(" so "))
    if clause_start > 0 and _DENIED_BY.search(before, 0, clause_start):
        return True  # "disputes that emergency visits will rise": a forecast denied is no forecast
    if clause_start > 0 and (_REPORTED_BY.search(before, 0, clause_start) or _IMPERSONAL_REPORT.search(before, 0, clause_start)
                             or _TO_TELL.search(before, 0, clause_start)):
        # "It warned that fewer trains would run", "It is understood that ministers will announce …":
        # the forecast is what was reported
        return False
    if _DENIAL_REASON.search(before):
        return True  # "The government denies this, saying a bypass road will be built": the reason a denial gives
    if clause_start > 0 and _NEW_CLAUSE.search(before, clause_start):
        return False  # "hopes to restore some cooperation, but formal meetings remain unlikely": a clause of its own
    return clause_start > 0 and bool(PAST_ACTION.search(before[:clause_start]))


_DENIAL_REASON = re.compile(r"^\W*(?:[\w’'-]+\s+){1,6}?(?:denies|denied|rejects|rejected|disputes|disputed)\s+(?:this|that|it|the\s+\w+|these\s+\w+|"
                            r"those\s+\w+)\s*,\s+(?:saying|arguing|insisting|adding)\b[^.;]*$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:but|yet)\s+|;\s")


# "Fleet renewal would have brought levels down anyway": what might have been, no forecast
# ("would have consultants on site" owns something ahead: "have" before a participle only)
# ("would only have bought us a year": an adverb between)
WOULD_HAVE = re.compile(rf"\bwould\s+(?:not\s+|never\s+|only\s+|just\s+|still\s+|surely\s+|probably\s+|certainly\s+|also\s+)?"
                        rf"have\s+(?:{PARTICIPLE}|had|come|become|begun)\b", re.IGNORECASE)
# "On 4 November, 3,200 customers could not log in": what could not be done on a day gone by
PAST_INABILITY = re.compile(r"\bcould\s+(?:not|no\s+longer)\b|\bcouldn['’]t\b", re.IGNORECASE)
COULD_HAVE = re.compile(r"\b(?:could|may|might)\s+(?:not\s+)?have\b(?!\s+to\b)", re.IGNORECASE)  # ("may have to rise" looks ahead)


_CONDITION = Phrases("if|unless|otherwise|provided")
# (with its own teller: "120 more spaces, which it estimates would cost £1.1 million")
_RELATIVE_WOULD = re.compile(r"\b(?:that|which|who)\s+(?:(?:it|they|he|she|we)\s+(?:estimates?|expects?|says?|believes?|thinks?|"
                             r"reckons?|calculates?)\s+)?would\b", re.IGNORECASE)
# "Even counting every sapling, the total would be 49,480": a sum under a supposition, no forecast
# ("Had it risen with prices, it would now stand at £9,900": a condition put first, inverted)
# ("Option A would refurbish the building at a cost of £9.2 million": what an option put for a
# decision does if chosen, a condition in its subject; "Under option A, all 12 libraries would stay open")
SUPPOSING = re.compile(r"\W*(?:(?:even\s+)?(?:counting|including|excluding|assuming|allowing\s+for|adding)\b"
                        r"|option\s+(?:[A-Z]|\d{1,2})\s+would\b|under\s+option\s+(?:[A-Z]|\d{1,2})\b"
                        # ("Under the plan, Serbia would not object to …": what a plan on the table provides)
                        r"|under\s+(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|deal|agreement|accord|"
                        r"arrangement|compromise|offer|settlement|framework)\s*,"
                        # ("The proposed rise would add about £86 a year to a Band D bill": a proposal's effect if adopted)
                        r"|(?:the|this|these)\s+proposed\s+[\w-]+(?:\s+[\w-]+)?\s+would\b"
                        # ("The expansion would cost £340,000": what a proposal put for a decision would cost)
                        r"|(?:the|this)\s+(?:[\w-]+\s+)?(?:expansion|extension|scheme|changes?|proposals?|upgrade|refurbishment|"
                        r"project)\s+would\s+(?:cost|save)\b"
                        r"|(?:had|were)\s+(?:it|they|he|she|we|you|i|the\s+[\w-]+|[a-z][\w-]+)\s+(?:not\s+)?[a-z]+(?:ed|en|wn)?\b[^,]{0,80},)",
                        re.IGNORECASE)
# "did not say how many staff the trust would need": the "would" of an embedded question
_QUESTION_WORD_OR_BREAK = re.compile(r"[,;:.]|\b(?:how|what|when|whether|why|where|would)\b", re.IGNORECASE)


_REFUSED = re.compile(r"\s+(?:not|never)\s+(?:say|confirm|comment|reveal|disclose|discuss|specify|explain|give|be\s+drawn)\b",
                      re.IGNORECASE)


def _embedded_question_would(sentence: str) -> bool:
    """Every "would" after a question word in the same clause, found in one pass over the sentence
    ("Asked whether care would be covered, Moss said that A&E would be staffed" has a free one)."""
    asked = seen = False
    for m in _QUESTION_WORD_OR_BREAK.finditer(sentence):
        token = m.group(0).lower()
        if token == "would":
            if _REFUSED.match(sentence, m.end()):
                continue  # "would not say whether …": a refusal to tell, no forecast
            if not asked:
                return False
            seen = True
        else:
            asked = token not in ",;:."
    return seen


def _relative_would(sentence: str) -> bool:
    """ "territories that would stay under Russian control": a "would" in a relative clause — not a
    "That" opening the sentence, which points at what was just put ("That would anger Moscow")."""
    return any(sentence[:m.start()].strip(" \"“‘'(") for m in _RELATIVE_WOULD.finditer(sentence))


def plain_would(sentence: str, grams: frozenset[str], counted: bool = False) -> str | None:
    """ "Azerbaijan would get direct access to Turkey": what will follow, told with "would". Not
    under a condition ("would quicken if all parties cooperated") unless what follows is `counted`
    ("If the grant is not awarded, borrowing would rise to £8.5 million": a figure forecast on a
    condition), nor inside a relative clause ("territories that would stay under Russian control")."""
    if "would" not in grams or (not counted and _CONDITION.any(grams)) or _relative_would(sentence) \
            or would_judges(sentence) or _embedded_question_would(sentence) or SUPPOSING.match(sentence) \
            or WOULD_HAVE.search(sentence):
        return None
    return "would"


_FORECAST_VERB = re.compile(r"\s+(?:\w+ly\s+|now\s+|also\s+)?(?P<verb>forecasts?|predicts|predicted|projects|projected)\b")


_MODELLED_AHEAD = re.compile(r"\b(?:models?|scenarios?|projections?|simulations?)\s+(?:\w+ly\s+|now\s+|also\s+)?"
                             r"(?P<verb>project|projects|predict|predicts)\b[^.;]{0,120}?\bby\s+(?:the\s+)?(?:19|20|21)\d\d", re.IGNORECASE)
# "The council's own forecast shows the reserves would still be …": a source that looks ahead
_FORECAST_SOURCE = re.compile(r"\b(?:forecasts?|projections?|modell?ing)$", re.IGNORECASE)
_AHEAD_MODAL = re.compile(r"\b(?:would|will|could)\b")


def forecast_by(sentence: str, speaker: str | None) -> str | None:
    """ "The institute forecasts a rise of 6% in 2025": the speaker's own verb says it is a forecast
    ("Regional climate models project 40 more hot days a year by 2050": and models', told by nobody)."""
    if not speaker:
        modelled = _MODELLED_AHEAD.search(sentence) if "by" in sentence else None
        return modelled.group("verb") if modelled else None
    if _FORECAST_SOURCE.search(speaker) and _AHEAD_MODAL.search(sentence):
        return speaker.split()[-1]
    # each place the speaker is named, then one fixed pattern (no pattern compiled per speaker)
    at = sentence.find(speaker)
    while at >= 0:
        m = _FORECAST_VERB.match(sentence, at + len(speaker))
        if m:
            return m.group("verb")
        at = sentence.find(speaker, at + 1)
    return None


# "The first trams are now due to run in 2027", "The ferry is still expected to sail": a scheduled or
# expected future with "now" or "still" between (the phrase lists hold three words at most)
_ADVERB_FUTURE = re.compile(r"\b(?:is|are)\s+(?:now|still|currently|also)\s+(?:due|expected|set|likely|scheduled|projected|"
                            r"forecast|predicted)\s+to\b", re.IGNORECASE)


# "Flooding is expected.", "More rain is expected overnight": an expectation with no "to" after it
# ("what is expected of staff" is a duty)
_EXPECTED_ALONE = re.compile(r"\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?expected\b(?!\s+(?:to|of)\b)", re.IGNORECASE)


_PAST_BESIDE = frozenset(("was", "were", "had"))


# "Repairs … should be finished by the end of Q1 2027", "customers should be reconnected by Thursday
# evening": work expected done by a time (not by an agent: "should be fixed by the council"; advice
# with no time, "should be finished before the winter", stays advice)
_DONE_BY_A_TIME = re.compile(rf"\bshould\s+(?:all\s+)?be\s+(?:finished|completed|complete|reconnected|restored|ready|fixed|repaired|"
                             rf"reopened|back)\s+by\s+(?:the\s+end\s+of\s+|early\s+|mid-?|late\s+)?(?:\d|Q[1-4]\b|"
                             rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b|(?i:next|tomorrow|tonight|christmas|easter|the\s+weekend)\b)")


def adverb_future(sentence: str, grams: frozenset[str]) -> str | None:
    if "should" in grams and (done := _DONE_BY_A_TIME.search(sentence)):
        return done.group(0).lower()
    # (beside a past, "was due in 2023 but is now expected in late 2026" tells of a delay)
    if "expected" in grams and _PAST_BESIDE.isdisjoint(grams) and (alone := _EXPECTED_ALONE.search(sentence)):
        return alone.group(0).lower()
    if not ("now" in grams or "still" in grams or "currently" in grams or "also" in grams):
        return None
    m = _ADVERB_FUTURE.search(sentence)
    return m.group(0).lower() if m else None


# "ticket prices may have to rise by as much as 15%", "members could lose £6 million a year": a figure
# that may change is a forecast, where "Azerbaijan could become the hub" is a speculation
# ("Business groups say a direct route could double that": a change by a multiple is a figure ahead, though
# the figure was given before)
MULTIPLIED = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|also\s+|even\s+|soon\s+)?(?:more\s+than\s+)?(?:double|treble|triple|halve)\b",
                        re.IGNORECASE)
POSSIBLE_CHANGE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|also\s+|even\s+|soon\s+)?(?:have\s+to\s+|need\s+to\s+)?"
                             r"(?:rise|fall|increase|decrease|drop|double|treble|triple|halve|reach|cost|lose|save|climb|grow|"
                             r"shrink|top|exceed|"
                             # "says it could invest up to $1 billion", "the line could carry 10 billion
                             # cubic metres a year": what a plan may bring or hold, a figure ahead
                             r"invest|carry|generate|produce|earn|create|power|supply|handle|house|attract|fetch)\b"
                             # "up to 2,000 jobs could be lost", "15% of output could be shut out of the market" (what
                             # one "heard … might be cut" is hearsay)
                             r"|\bcould\s+(?:well\s+|also\s+|even\s+)?be\s+(?:lost|cut|shut|closed|axed|wiped|hit|forced|displaced)\b",
                             re.IGNORECASE)


_LOWER_MAY = re.compile(r"\bmay\b")
# "…, which could add pressure on the budget": a modal in a relative clause qualifies a noun, not the claim


_COULD_NOT_BE_DONE = re.compile(r"\bcould\s+not\s+be\s+[a-z]{3,}(?:ed|en|wn)\b")


def main_modal(sentence: str, grams: frozenset[str]) -> str | None:
    """The modal verb, but not the month: "on May 2" is a date, "it may rain" a modal; nor a modal
    inside a relative clause ("the plots that would later hold the depot", "a contract, which could
    add pressure")."""
    modals = MODALS.all(grams)
    if "may" in modals and not _LOWER_MAY.search(sentence):
        modals.remove("may")
    if "could" in modals and not _PAST_BESIDE.isdisjoint(grams) and _COULD_NOT_BE_DONE.search(sentence):
        modals.remove("could")  # "There were 61 patients who … could not be discharged": what was not possible then
    for modal in modals_in_relative_clauses(sentence, modals, grams):
        modals.remove(modal)
    return modals[0] if modals else None


# "will pay 4.99% more from April after councillors approved the budget": what a decision taken settles
# ("will close two stations from January, under plans approved by the fire authority on Tuesday", "will keep running
# until 2036 under an extension approved by the government on Thursday")
_DECISION_TAKEN = re.compile(r"\b(?:(?:after|since|now\s+that)\s+(?:[\w’'-]+\s+){1,4}?|(?:under|in\s+line\s+with)\s+(?:the\s+)?"
                             r"(?:plans?|proposals?|changes|a\s+decision|a\s+budget|the\s+budget|(?:an?\s+|the\s+|new\s+)?"
                             r"(?:[\w-]+\s+)?(?:extension|deal|agreement|contract|licen[cs]e|law|decree|rules|reform|resolution|order))\s+)"
                             r"(?:approved|voted|agreed|decided|passed|signed|ratified|adopted)\b", re.IGNORECASE)
# "The board has agreed a long-term plan to bring the finances back into balance by 2028": the plan is
# the object of a decision taken, not a forecast of the speaker's
_PLAN_ADOPTED = re.compile(r"\b(?:agreed|approved|adopted|published|unveiled|signed\s+off|drawn\s+up)\s+(?:a|an|the|its|their)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:plan|strategy|programme|program|scheme|budget|target)\s+to\b"
                           # "has set aside £1.2bn over the next decade": money committed, however long it lasts
                           r"|\b(?:has|have|had)\s+(?:already\s+)?(?:set\s+aside|earmarked|allocated|committed|budgeted)\s+"
                           r"(?:an?\s+(?:extra|further|additional)\s+)?[£$€]\s?\d", re.IGNORECASE)


# "The City Council voted 9-4 on Tuesday to approve a $1.2 billion plan to build …": a vote cast
_VOTED_TO = re.compile(r"\b(?:voted|agreed)\s+(?:\d{1,3}\s*[-–]\s*\d{1,3}\s+|unanimously\s+|narrowly\s+)?"
                       r"(?:(?:on|last)\s+[A-Z]\w+\s+|in\s+[A-Z]\w+\s+)?to\s+(?:approve|adopt|back|accept|reject|scrap|"
                       r"introduce|extend|raise|cut|close|keep|spend|build|sell|buy|fund|ban|end)\b")


# "The authority will eliminate 14 bus routes in January, its board voted Monday, …": the vote
# told after what it decided, between commas, with its day
_VOTE_TOLD_AFTER = re.compile(r",\s+(?:its|the|their)\s+(?:[\w’'-]+\s+){0,3}?(?:board|council|committee|cabinet|members|"
                              r"trustees|shareholders|governors|assembly|parliament)\s+(?:voted|agreed|decided)"
                              r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+))?\s*[,.;]")


# "… the Security Council has decided it will begin a final withdrawal": a decision taken that looks ahead
_HAS_DECIDED_IT_WILL = re.compile(r"\b(?:has|have|had)\s+(?:already\s+)?decided\s+(?:that\s+)?(?:it|they|the\s+\w+)\s+will\b", re.IGNORECASE)


def decided_ahead(sentence: str) -> bool:
    """A decision taken or a plan adopted whose content looks ahead: the sentence records the deed."""
    return bool(_DECISION_TAKEN.search(sentence) or _PLAN_ADOPTED.search(sentence) or _HAS_DECIDED_IT_WILL.search(sentence)
                or ("voted" in sentence or "agreed" in sentence) and (_VOTED_TO.search(sentence) or _VOTE_TOLD_AFTER.search(sentence))
                or "decided" in sentence and _VOTE_TOLD_AFTER.search(sentence))
