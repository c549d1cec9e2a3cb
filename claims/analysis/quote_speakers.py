"""Speakers carried across a quotation's sentences: the sentences a quotation opens with, and the one
that closes it, are the speaker's whom one of them names; and the holder of a title a quotation's teller
is named by."""
from __future__ import annotations

import re
from dataclasses import replace

from .types import Claim, Evidence


# ('…," he said.': a quotation signed by a pronoun for the speaker named before)
_SIGNED_BY_PRONOUN = re.compile(r"[”\"]\s*,?\s*(?:he|she|they)\s+(?:said|says|added|adds|told)\b")


def _closes_quotation(text: str) -> bool:
    """A sentence that ends a quotation it did not open: a closing mark with no opening one."""
    if "“" in text or "”" in text:
        return text.count("”") > text.count("“")
    stripped = text.strip()
    return stripped.count('"') % 2 == 1 and not stripped.startswith('"') and stripped.rstrip(".!?").endswith('"')


def _leaves_quotation_open(text: str) -> bool:
    if "“" in text or "”" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1 and not text.strip().rstrip(".!?").endswith('"')


def _named_inside_quotation(claim: Claim) -> bool:
    """ '… “This is a clear result. People have told us the early sailing matters most.”': a teller
    the closing sentence names before its closing mark is inside the quoted words, not its speaker."""
    close = max(claim.text.rfind("”"), claim.text.rfind('"'))
    at = claim.text.find(claim.speaker or "\0")
    return 0 <= at < close and not claim.text.lstrip().startswith(("“", '"'))


def _quote_balance(text: str) -> int:
    """Opening minus closing quotation marks (straight quotes count as opening when odd in number)."""
    return text.count("“") - text.count("”") + text.count('"') % 2


def carry_quote_speakers(claims: list[Claim]) -> list[Claim]:
    """ "“We are shocked. The plant passed every inspection,” said Tomasz Wirth.": the sentences a
    quotation opens with are the speaker's too, though only its last one names him."""
    out = list(claims)
    for i, claim in enumerate(out):
        before = out[i - 1] if i else None
        if (not claim.speaker or _named_inside_quotation(claim)) and before and before.block == claim.block and before.speaker \
                and _closes_quotation(claim.text) and _leaves_quotation_open(before.text):
            # 'Mayor Lina Holt said: “Nobody is going to risk a collapse. The bridge will stay
            # restricted.”': the sentence that closes a quotation is the speaker's who opened it
            why = Evidence("attribution", f"closes the quotation of '{before.speaker}'")
            out[i] = replace(claim, speaker=before.speaker, speaker_vague=before.speaker_vague, evidence=claim.evidence + (why,))
            continue
        if claim.speaker or not claim.text.lstrip().startswith(("“", '"')) or _quote_balance(claim.text) <= 0:
            continue
        # blocks run in order, so the paragraph's later sentences are the ones with its block
        later = next((c for c in out[i + 1:i + 4] if c.block == claim.block and c.speaker and has_quotes(c.text)), None)
        following = next((c for c in out[i + 1:i + 4] if c.block != claim.block), None)
        if not later and following and following.block == claim.block + 1 and following.text.lstrip().startswith(("“", '"')):
            # '"Our bill went from £900 to £2,600.' left open over '"We put our prices up twice," he
            # said.': a quotation carried into the next paragraph, signed there
            later = next((c for c in out[i + 1:i + 5]
                          if c.block == following.block and c.speaker and has_quotes(c.text)
                          and (c.speaker in c.text or _SIGNED_BY_PRONOUN.search(c.text))), None)
        if later:
            out[i] = replace(claim, speaker=later.speaker, speaker_vague=later.speaker_vague,
                             evidence=claim.evidence + (Evidence("attribution", f"opens the quotation of '{later.speaker}'"),))
            continue
        # “Our members have had enough,” said Carlos Mendez. “They kept this port running … — a
        # quotation that runs on past its paragraph, right after the speaker's own words; or a
        # paragraph that opens a quotation no one in it signs, after the paragraph of a signed one
        # (the press's way of quoting one speaker over several paragraphs)
        before = out[i - 1] if i else None
        if before and before.block in (claim.block, claim.block - 1) and before.speaker and has_quotes(before.text):
            why = Evidence("attribution", f"continues the quotation of '{before.speaker}'")
            out[i] = replace(claim, speaker=before.speaker, speaker_vague=before.speaker_vague, evidence=claim.evidence + (why,))
    return out


def has_quotes(text: str) -> bool:
    return "”" in text or '"' in text


def within_quotation(sentence: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks: opened before it and not closed, or closed after it in
    a sentence that goes on a quotation opened before."""
    if at < 0:
        return False
    before, after = sentence[:at], sentence[at:]
    opened = before.count("“") - before.count("”")
    return opened > 0 or (opened == 0 and "“" not in before and "”" in after and "“" not in after.split("”")[0])


_OPENING_QUOTATION = re.compile(r"\W{0,3}?[“\"](?P<words>[^“”\"]{3,}?)[,.!?]?[”\"]")


def opening_quotation_end(sentence: str) -> int:
    """Where a quotation that opens the sentence closes ('"…," one executive told us'), or -1: what is said inside it
    is the speaker's, however its own words tell."""
    m = _OPENING_QUOTATION.match(sentence)
    return m.end() if m else -1


# a post's long name, then the holder's, closing the sentence: "Minister of Economy and Sustainable Development Levan Davitashvili"
_POST_OF_THEN_NAME = re.compile(r"\s+(?:of|for)\s+(?:[A-ZÀ-Þ][\w’'-]*\s+(?:and\s+|&\s+)?){1,6}?"
                                r"(?P<name>[A-ZÀ-Þ][\w’'-]+\s+[A-ZÀ-Þ][\w’'-]+)\s*[.!?]?[\"”’]?\s*$")
# "Police Scotland's Chief Inspector Kay Dunn": the body that owns the title, then the person
_OWNER_THEN_TITLE = re.compile(r"[A-ZÀ-Þ][\w.-]*(?:\s+[A-ZÀ-Þ][\w.-]*){0,2}[’']s\s+(?P<rest>[A-ZÀ-Þ].*)")
# the rest of a title, then the speaker's name in apposition closing the sentence
_NAME_AFTER_TITLE = re.compile(r"(?:[’']s)?(?:\s+[a-z][\w’'-]*){0,5},\s+(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,2})"
                               r"\s*[.!?]?[\"”’]?\s*$")


def holder_of_title(sentence: str, who: str, end: int) -> str:
    """Who a quotation's teller is when the words after the verb ('who', ending at `end`) open with a title."""
    if named := _NAME_AFTER_TITLE.match(sentence, end):
        return named.group("name")  # '…," said the Green group leader, Amira Shah.': the name after the title
    if (titled := _POST_OF_THEN_NAME.match(sentence, end)) and " " not in who:
        return titled.group("name")  # '…," said Minister of Economy and Sustainable Development Levan Davitashvili.'
    if (owner := _OWNER_THEN_TITLE.match(who)) and len(owner.group("rest").split()) >= 2:
        return owner.group("rest")  # "said Police Scotland's Chief Inspector Kay Dunn": the officer, not the force
    return who
