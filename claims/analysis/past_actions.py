"""Past actions: a deed told in the past, regular or irregular, after "did", "has" or "had", or in a
passive past; a state of mind held now is none."""
from __future__ import annotations

import re

from .lexicon import IRREGULAR_PASTS

# what follows "has", "had" or "would have": a participle, regular or one of the common irregular ones
PARTICIPLE = (r"[a-z]{2,}(?:ed|en|wn)|been|made|done|gone|seen|said|told|got|brought|bought|built|found|held|kept|left|"
               r"lost|met|paid|put|run|sent|set|shot|spent|stood|struck|thought|won|led|hit|cut|shut|closed|let|fallen|"
               r"risen|grown|sold|taught|caught|fought|begun|become|come")
_AUXILIARIES = frozenset("did didn't has have had hasn't haven't hadn't".split())
# A past or completed action: "-ed" forms, common irregular pasts, and "did/has/have/had" + verb
# ("-led" in "Chinese-led", "-sighted" in "short-sighted" are no action, hence no hyphen before).
PAST_ACTION = re.compile(
    r"(?<!-)\b\w{3,}ed\b|\b(?:did|didn't)\s+(?:not\s+|never\s+)?[a-z]{3,}\b"
    r"|\b(?:has|have|had|hasn't|haven't|hadn't)\s+(?:not\s+|never\s+|already\s+|also\s+|since\s+)?"
    rf"(?:{PARTICIPLE})\b"
    r"|(?<!-)\b(?:" + "|".join(sorted(IRREGULAR_PASTS)) + r")\b",
    re.IGNORECASE,
)
# a passive past: "the sample was drawn at random", "two depots were shut"
# (not an adjective or an adverb that only ends like a participle: "The reversal was not sudden", "was often late")
_PASSIVE_PAST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+|not\s+|also\s+)?(?!(?:sudden|golden|wooden|woollen|woolen|open|often|even|uneven|"
                           r"keen|green|barren|modern|between|seven|eleven|ten|women|men|children|citizens?|heaven|garden|token)\b)"
                           r"(?:[a-z]{2,}(?:wn|en)|made|done|built|held|kept|"
                           r"left|lost|met|paid|put|sent|set|shot|spent|struck|found|told|sold|brought|bought|cut|hit|led|shut|"
                           r"read|heard|laid|dealt|won|taught|caught|fought|hung|sought)\b")
# "Control over that traffic is given to the Border Guard Service": a task given, told in the present as
# what a text provides (the regular "is assigned to" already reads as done)
_PRESENT_PASSIVE_GIVEN = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:given|taken\s+over|chosen|drawn\s+up|written\s+into)\s+(?:to|by|from|in)\b")
# a participle that tells how someone stands, or what is wanted, after a present "is", "are",
# "remains" or "seems" ("More research is needed on rural roads")
_MIND_WORDS = frozenset("convinced unconvinced concerned worried satisfied persuaded pleased disappointed delighted frustrated "
                        "alarmed relieved determined undecided needed required warranted".split())
_STATE_OF_MIND = re.compile(r"\b(?:is|are|am|remains?|seems?)\s+(?:not\s+|still\s+|very\s+|deeply\s+|far\s+from\s+)?"
                            rf"(?:{'|'.join(sorted(_MIND_WORDS))})\b", re.IGNORECASE)


# "The EU has limited tools": what a body has, little of it, not what it limited (which takes a determiner:
# "has limited the number of …")
_HAS_LIMITED_THINGS = re.compile(r"\b(?:has|have|had)\s+(?:only\s+|very\s+)?limited\s+(?!(?:the|its|their|his|her|our|my|your|a|an|this|that|"
                                 r"these|those|access\s+to\s+the|itself|themselves)\b)[a-z]+", re.IGNORECASE)


# "To be sure, Iran's leverage is limited.": a degree judged ("Access is limited to members" sets a rule's reach)
_IS_LIMITED = re.compile(r"\b(?:is|are|was|were|remains?|remained|seems?|seemed)\s+(?:very\s+|rather\s+|severely\s+|still\s+|now\s+|"
                         r"therefore\s+|also\s+)?limited\s*(?:[.,;:!]|$|\s+(?:and|but|at\s+best)\b)", re.IGNORECASE)


# "Progress has been modest but real.", "Since then, progress has been slow.": a degree judged, no deed done
_BEEN_A_DEGREE = re.compile(r"\s+(?:very\s+|rather\s+|relatively\s+|too\s+|painfully\s+|far\s+too\s+|remarkably\s+|surprisingly\s+)?"
                            r"(?:modest|slow|mixed|uneven|patchy|steady|disappointing|impressive|remarkable|swift|rapid|painful|"
                            r"encouraging|poor|weak|sluggish|halting|glacial|underwhelming)\b", re.IGNORECASE)


def _limited_judged(sentence: str) -> bool:
    """ "has limited tools", "is limited.": the sentence's one "limited" weighs how much, it limits nothing."""
    return sentence.lower().count("limited") == 1 and bool(_HAS_LIMITED_THINGS.search(sentence) or _IS_LIMITED.search(sentence))


def past_action(sentence: str, grams: frozenset[str]) -> bool:
    """PAST_ACTION, answered from the sentence's words where they settle it: a word of five letters
    or more ending in "-ed" is its first alternative; the pattern runs only for auxiliaries and
    irregular pasts (which need the words around them)."""
    ed_words = [w for w in grams if len(w) >= 5 and w.endswith("ed") and " " not in w]
    if ed_words and _MIND_WORDS.issuperset(ed_words) and _STATE_OF_MIND.search(sentence):
        ed_words = []  # "Not everyone is convinced", "More research is needed": a state held now, no deed done
    limited_judged = "limited" in ed_words and _limited_judged(sentence)
    if limited_judged:
        ed_words.remove("limited")
    if ed_words:
        # "short-sighted", "state-owned": the second half of a compound adjective is no verb
        lower = sentence.lower()
        if any(f"-{w}" not in lower for w in ed_words):
            return True
    possible = not _AUXILIARIES.isdisjoint(grams) or not IRREGULAR_PASTS.isdisjoint(grams)
    if possible and (deed := PAST_ACTION.search(sentence)) and not (limited_judged and deed.group(0).lower().endswith("limited")) \
            and not (deed.group(0).lower().endswith("been") and _BEEN_A_DEGREE.match(sentence, deed.end())):
        return True
    if ("is" in grams or "are" in grams) and _PRESENT_PASSIVE_GIVEN.search(sentence):
        return True
    return ("was" in grams or "were" in grams) and bool(_PASSIVE_PAST.search(sentence))
