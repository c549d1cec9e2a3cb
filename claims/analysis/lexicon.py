"""Word lists the rule stages share. Each list is a reviewer-readable reason, not a tuning knob."""
from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6}
APPROX = ("around", "about", "approximately", "roughly", "nearly", "almost", "some", "an estimated", "estimated",
          "circa", "ca.", "more than", "over", "up to", "at least", "fewer than", "less than", "close to", "just over",
          "just under", "upwards of")
REPORTING_VERBS = (
    "said|says|saying|say|claimed|claims|claim|claiming|reported|reports|reporting|accused|accuses|accusing|announced|announces|"
    "denied|denies|denying|argued|argues|argue|stated|states|told|tells|confirmed|confirms|warned|warns|insisted|insists|"
    "alleged|alleges|added|adds|noted|notes|hinted|hailed|acknowledged|admitted|admits|disputed|disputes|rejected|rejects|"
    "maintained|maintains|estimated|estimates|wrote|writes|testified|declared|declares|suggested|suggests|"
    "contended|contends|asserted|asserts|explained|explains|revealed|reveals|predicted|predicts|concluded|"
    "put|puts|logged|found|finds|showed|shows|according"
)
PRONOUNS = frozenset("he she they it we i you this that these those who which one".split())
VAGUE_SPEAKERS = re.compile(
    r"\b(some|many|several|most|few|certain|unnamed|anonymous)\s+(experts?|analysts?|observers?|officials?|critics?|"
    r"sources?|commentators?|people|scholars?|economists?|diplomats?|residents?|witnesses?|insiders?)\b"
    r"|^\s*(experts?|analysts?|observers?|critics?|sources?)\b",
    re.IGNORECASE,
)
PASSIVE_ATTRIBUTION = re.compile(
    r"\b(?:is|are|was|were|has been|have been)\s+(?:said|reported|believed|thought|alleged|rumou?red|understood|expected)\s+to\b"
    r"|\breportedly\b|\ballegedly\b|\bit is (?:said|claimed|believed|reported)\b",
    re.IGNORECASE,
)
FUTURE = re.compile(r"\b(will|won[’']t|shall|is going to|are going to|is set to|are set to|is expected to|are expected to|"
                    r"would like to|will have to|in the coming (?:years|months|weeks|decades)|over the next)\b", re.IGNORECASE)
MODALS = re.compile(r"\b(would|could|can|may|might|should|must|ought to|need to|needs to)\b", re.IGNORECASE)
HEDGES = re.compile(
    r"\b(probably|possibly|perhaps|likely|unlikely|apparently|seems?|seemed|appears?|arguably|presumably|"
    r"one can|one could|it is (?:in|clear|likely|possible)|to a certain degree|without a doubt|in (?:our|my) view|"
    r"i think|we think|we believe|i believe)\b",
    re.IGNORECASE,
)
EVALUATIVE = re.compile(
    r"\b(tectonic|paradigm|catastrophic|notorious|controversial|blatantly|successfully|significant|important|"
    r"largest|best|worst|greatest|major|massive|deep|absolute|total|mixed blessing|victory|defeat|shock|myth|"
    r"invincible|uncomfortable|symbolic|destabili[sz]ing|favorable|favourable|strategic|better|worse|harder|"
    r"unhurriedly|silent|silence|erstwhile|haunts?|prefer|interests?|priority|danger|challenge|benefits?|"
    r"welcome|grateful|thoughts are with|shocking|disgraceful|outrageous|unacceptable|clearly|obviously|"
    r"should|must|ought|bad luck|nobody listened|chose to ignore)\b",
    re.IGNORECASE,
)
STATE_MARKERS = re.compile(
    r"\b(now|currently|so far|thus far|to date|still|continues?|continuing|ongoing|today|at present|presently|"
    r"as of|as it stands|remains?|remained|not yet|no longer|these days|at the moment|this week|this month|"
    r"this year|until further notice)\b",
    re.IGNORECASE,
)
REFERENCE_CUES = re.compile(
    r"\b(can be (?:seen|found|read|viewed)|see (?:also|the|our)|for more (?:information|details)|available (?:at|on|from)|"
    r"can read|read (?:our|the|more)|as shown (?:in|on)|maps? at|details are at|is published (?:at|on))\b",
    re.IGNORECASE,
)
COUNTER_CUES = re.compile(
    r"\b(claimed|claims|accused|accuses|denied|denies|rejected|rejects|disputed|disputes|contradicted|contradicts|"
    r"is contradicted|dismissed|refuted|refutes|countered|insisted|are not correct|is not correct|not true|false|"
    r"critics (?:say|argue|said)|however|but)\b",
    re.IGNORECASE,
)
