"""The editorial prior a claim's check-worthiness starts from, by what kind of claim it is: advice and
options put down, a remark quoted whole or a side taken alone held back, a term set or a state as of
writing brought up, a schedule ahead, a no-comment line and how a thing works held back."""
from __future__ import annotations

import re

from .checkable import permits_until
from .imperatives import opening_verb
from .judgement import RESOLUTION, proposing
from .kind_cues import NO_COMMENT, NO_COMMENT_WORDS, RECOMMENDS, STANCE_ALONE
from .quoted import QUOTED_REMARK
from .time_cues import SCHEDULE_TOLD
from .words import Phrases
from .workings import HOW_IT_WORKS

# ("The EU money runs out in April": the term a grant is paid for)
_TERM_RUNS = re.compile(r"\b(?:mandate|term|contract|lease|licen[cs]e|agreement|deal|ceasefire|ban|sanctions|moratorium|money|funding|"
                        r"grant|subsidy|programme)\s+(?:currently\s+|now\s+)?(?:runs(?:\s+out)?|run(?:\s+out)?|lasts|expires|ends)\s+"
                        r"(?:until|till|to|in|on|at)\b", re.IGNORECASE)
# the words of a state as of writing the editorial prior reads ("currently", "has yet to", "no longer")
_STATE_NOW = Phrases("currently|at present|presently|yet to|not yet|no longer|so far|to date|thus far|remains|remain")


def editorial_prior(sentence: str, grams: frozenset[str], kind: str, reasons: list[str], *, has_time: bool,
                    has_quantity: bool, has_date_ahead: bool) -> str | None:
    # "Equip the two ferry berths for about £14 million": an option put to the reader is advice too
    prior = "recommendation" if kind == "opinion" and (RECOMMENDS.any(grams) or opening_verb(sentence)
                                                        or proposing(sentence, grams) or RESOLUTION.match(sentence)) else None
    if kind == "fact" and not (has_time or has_quantity) and QUOTED_REMARK.match(sentence):
        prior = "quoted remark"
    elif kind == "fact" and not (has_time or has_quantity) and len(sentence) < 120 and len(sentence.split()) <= 8 \
            and STANCE_ALONE.search(sentence):
        prior = "stance alone"
    elif kind == "fact" and _TERM_RUNS.search(sentence):
        prior = "term set"
    elif kind == "fact" and has_date_ahead and (not has_quantity and SCHEDULE_TOLD.search(sentence) or permits_until(sentence, grams)):
        prior = "schedule ahead"
    elif kind == "fact" and not NO_COMMENT_WORDS.isdisjoint(grams) and NO_COMMENT.search(sentence):
        prior = "no comment"
    elif kind == "fact" and reasons and reasons[-1].startswith(HOW_IT_WORKS):
        prior = "how it works"
    elif kind == "fact" and not (has_time or has_quantity) and _STATE_NOW.any(grams):
        prior = "state as of writing"
    return prior
