"""Verdicts a sentence gives rather than reports: a view held, a name called, a thing dismissed as
something, a verdict quoted, an event judged, a verdict closing the sentence, a name denied in quotes."""
from __future__ import annotations

import re

from .judgement import (
    BEST_MET, CALLED_IT, COURSE_JUDGED, EVENT_JUDGED, JUDGING_WORD_PINNED, LABEL_DENIED, LESSON_DRAWN, LIKENESS_DRAWN,
    LIKENESS_WORDS, MOTIVE_ASCRIBED, NAMING, NEVER_SO, NEWS_JUDGED, STAKE_WEIGHED, SUCCESS_JUDGED, VOTE_JUDGED, said_judged,
)
from .kind_cues import CLOSING_MARKS, DATED_DEED_BEFORE, DEED_BESIDE, OPENING_MARKS
from .verdict_cues import (
    CONCLUDED_REGARDLESS, DISMISSED_AS, DISMISSING, EVIDENCE_WEIGHED, PRAISED_AS, PRAISING, account_called_false,
    expectation_held, impossible_held, lesson_or_account, reading_or_risk, verdict_closing, view_passed_on, violation_judged,
)
from .lexicon import REPORTING
from .time_cues import main_clause
from .positions import view_taken
from .quoted import quoted_verdict

_HAVE_WORDS = frozenset(("have", "i've", "we've", "i’ve", "we’ve"))
# "Baku insisted on what it called the “Zangezur corridor”", "began what it called “local anti-terrorist
# measures”": a name a side uses for a thing, reported as its own ("thanked Putin for what he called “a
# clear position”" calls it something, and judges)
_WHAT_IT_CALLED = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}\w", re.IGNORECASE)
_CALLED_SOMETHING = re.compile(r"(?:a|an)\s", re.IGNORECASE)


# "He called it the “Crossroads of Peace”": a proper name given to a thing, in capitals inside the quotes
# ("The route, which the White House called the “Trump Route for International Peace and Prosperity,” will …": the
# thing named before the calling)
_GIVEN_A_NAME = re.compile(r"\b(?:called|calls|named|names|dubbed|dubs|christened|titled)\s+(?:(?:it|them|this|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
                           r"(?:the\s+)?[\"“][A-Z][\w’'-]*(?:\s+(?:of|the|for|and|to|in|on|[A-Z][\w’'-]*))+,?[\"”]")


# "Last month, Azerbaijan closed the Baku office of Sputnik, a move Moscow called “unfriendly”": the name another
# side gave a deed, set after it in apposition; the deed told is the claim
_VERDICT_IN_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:move|step|decision|measure|action|act|development|ruling|vote)\s+"
                                    r"(?:that\s+|which\s+)?(?:[\w’'-]+\s+){1,4}?(?:called|calls|described\s+as|branded|"
                                    r"denounced\s+as|condemned\s+as|labelled|labeled|termed|dubbed)\s+[\"“‘]")


# "… said on Sunday that she did not recognise the result, calling it a “Russian special operation”": the name
# called in a participle after what was told; the telling, with a stand of its own, is the claim
_NAMED_AFTER_TELLING = re.compile(r"\b(?:said|says|told\s+\w+|announced|declared)\s+(?:[\w’'-]+\s+){0,3}?that\s+[^,;:]{12,},\s+calling\s"
                                  # (or after a deed: "Opposition lawmakers walked out before the vote, calling the bill a
                                  # “pre-election stunt”")
                                  r"|\b(?:walked\s+out|boycotted|left\s+the\s+(?:chamber|hall|room|session|talks)|staged\s+a\s+[a-z-]+|"
                                  r"voted\s+against|abstained)\b[^,;:]{0,60},\s+calling\s"
                                  # (or joined to a denial: "Armenia's defence ministry denied every one of the reports and
                                  # called them “disinformation”")
                                  r"|\b(?:denied|denies|rejected|rejects)\s+[^,;:]{0,80}?\s+and\s+(?:has\s+)?called\s")


# "In a statement posted on X, … wrote that …": where the words were put, not a second report
_CHANNEL_POSTED = re.compile(r"\b(?:statement|message|post|video|letter|note)\s+(?:was\s+)?posted\b", re.IGNORECASE)


# "Russia's border guards no longer have a role, Ohanyan argues.": what the teller argues, closing the sentence (with a figure
# or a date outside a relative clause, "Exports fell by 8% in 2024, the economist argues", what is argued can be checked)
_ARGUED_CLOSING = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}?(?:argues|argued|contends)\s*[.!]?[\"”’]?\s*$")
# "Colleagues describe her as meticulous and stubborn": a person's character as others read it, the traits closing the
# sentence (not a thing described by its kind: "describes the incursions as \"unacceptable\" but has not …")
_TRAITS_DESCRIBED = re.compile(r"\b(?:describe|describes|described)\s+(?:him|her|them|himself|herself)\s+as\s+"
                               r"(?:[a-z]+,\s+)*[a-z]+(?:,?\s+(?:and|but)\s+[a-z]+)?\s*[.!]?\s*$")


def _reports_told(sentence: str, grams: frozenset[str]) -> int:
    reports = REPORTING.all(grams)
    if "posted" in reports and _CHANNEL_POSTED.search(sentence):
        return len(reports) - 1
    return len(reports)


def _named_as_its_own(sentence: str, named: re.Match) -> bool:
    if _GIVEN_A_NAME.search(sentence):
        return True
    return _WHAT_IT_CALLED.search(sentence, max(0, named.start() - 40), named.start() + 1) is not None \
        and not _CALLED_SOMETHING.match(sentence, named.end())


def verdict_of(sentence: str, grams: frozenset[str], evaluative: list[str]) -> str | None:
    """Why the sentence gives a verdict, or None: the checks run in this order, the first that holds wins."""
    if held := view_taken(sentence, grams):
        return f"a view held: '{held.group(0)}'"
    if NAMING.any(grams) and (named := CALLED_IT.search(sentence) or JUDGING_WORD_PINNED.search(sentence)) \
            and not DEED_BESIDE.search(sentence) and not _named_as_its_own(sentence, named) \
            and not _VERDICT_IN_APPOSITION.search(sentence) and not _NAMED_AFTER_TELLING.search(sentence, 0, named.start() + 8):
        return f"a name called: '{named.group(0)}'"
    if ("argues" in grams or "argued" in grams or "contends" in grams) and (argued := _ARGUED_CLOSING.search(sentence)) \
            and not any(ch.isdigit() for ch in main_clause(sentence)):
        return f"a position argued, its teller closing the sentence: '{argued.group(0).strip(' ,.')}'"
    if ("describe" in grams or "describes" in grams or "described" in grams) and (traits := _TRAITS_DESCRIBED.search(sentence)):
        return f"a person's traits described: '{traits.group(0).strip()}'"
    if "as" in grams and not DISMISSING.isdisjoint(grams) and (dismissed := DISMISSED_AS.search(sentence)):
        return f"a verdict given in rejecting: '{dismissed.group(0)}'"
    if "as" in grams and not PRAISING.isdisjoint(grams) and (praised := PRAISED_AS.search(sentence)):
        return f"a verdict given in praising: '{praised.group(0)}'"
    if (verdict := quoted_verdict(sentence) or said_judged(sentence, grams)) and _reports_told(sentence, grams) <= 1 \
            and not DEED_BESIDE.search(sentence) and not ("and" in grams and DATED_DEED_BEFORE.search(sentence)) \
            and not _VERDICT_IN_APPOSITION.search(sentence):
        # (a second report beside it, "… and accused the union of walking away from talks", is checkable, and so
        # is a deed done or not done: "… as “unacceptable” but have not asked NATO to invoke Article 4")
        return f"a verdict quoted: '{verdict}'"
    if judged := EVENT_JUDGED.match(sentence) or STAKE_WEIGHED.match(sentence) or ("news" in grams and NEWS_JUDGED.search(sentence)) \
            or (not _HAVE_WORDS.isdisjoint(grams) and BEST_MET.search(sentence)) \
            or (("success" in grams or "failure" in grams) and SUCCESS_JUDGED.search(sentence)) or violation_judged(sentence, grams) \
            or COURSE_JUDGED.match(sentence) or ("fair" in grams and VOTE_JUDGED.search(sentence)) \
            or (("lesson" in grams or "lessons" in grams or "moral" in grams or "takeaway" in grams) and LESSON_DRAWN.match(sentence)) \
            or (not LIKENESS_WORDS.isdisjoint(grams) and LIKENESS_DRAWN.search(sentence)) \
            or ("never" in grams and NEVER_SO.search(sentence)) or EVIDENCE_WEIGHED.match(sentence):
        return f"the event judged: '{judged.group(0)}'"
    if ("meant" in grams or "designed" in grams or "intended" in grams or "aimed" in grams) \
            and (motive := MOTIVE_ASCRIBED.search(sentence)):
        return f"a motive read into a step: '{motive.group(0)}'"
    if weighed := reading_or_risk(sentence, grams):
        return f"a reading, a risk, a cost or a conduct weighed: '{weighed.group(0)}'"
    if held := expectation_held(sentence, grams):
        return f"an expectation held: '{held.group(0)}'"
    if passed := view_passed_on(sentence, grams):
        return f"a view passed on by no one named: '{passed.group(0)}'"
    if "impossible" in grams and (barred := impossible_held(sentence)):
        return f"a difficulty weighed as a bar: '{barred.group(0)}'"
    if regardless := CONCLUDED_REGARDLESS.match(sentence):
        return f"the writer's conclusion, whichever way things go: '{regardless.group(0).strip()}'"
    if drawn := lesson_or_account(sentence, grams):
        return f"a lesson drawn from an event, or an account of why: '{drawn.group(0)}'"
    if called_false := account_called_false(sentence, grams):
        return f"an account called false: '{called_false.group(0).strip()}'"
    if closing := verdict_closing(sentence, evaluative):
        return f"a verdict closing the sentence: '{closing.group(0).strip()}'"
    if "not" in grams and sentence.lstrip()[:1] in OPENING_MARKS and (denied := LABEL_DENIED.search(sentence)):
        # (in a speaker's quoted words only: "The bridge is not a listed building" is checkable)
        return f"a name or a motive denied: '{denied.group(0).strip(CLOSING_MARKS)}'"
    return None
