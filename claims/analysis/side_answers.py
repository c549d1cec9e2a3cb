"""A side that answers another's account in its own words: says it did not do what the account tells,
says there was none of it, declares the deed void, calls lawful what the other calls a breach, or gives its
own reason against the other's verdict; and a second source that bears the account out ("confirmed the toll")."""
from __future__ import annotations

import re

from .overlap import content_stems
from .types import Claim, Relation


def told_before(claims: tuple[Claim, ...], n: int, reach: int, accept, *, sourced: bool = True) -> Claim | None:
    """The nearest claim up to `reach` before claims[n], from another source (and told by one, when
    `sourced`), that `accept` takes: what a rebuttal found by its own words answers."""
    answer = claims[n]
    for told in claims[max(0, n - reach):n][::-1]:
        if told.kind in ("question", "reference") or (told.speaker or "").lower() == (answer.speaker or "").lower() \
                or sourced and not told.speaker:
            continue
        if accept(told):
            return told
    return None


def shares_stem(words, others) -> bool:
    """Whether two sets of stems share one, one stem beginning the other ("killin" and "kill")."""
    return any(w.startswith(o) or o.startswith(w) for w in words for o in others if min(len(w), len(o)) >= 4)


# "Saudi Arabia blocked a proposal …, according to three delegates. A Saudi official said the kingdom had
# not opposed the wording.": a party the account just before names says it did not do what it tells
_SAID_NOT_DONE = re.compile(r"\b(?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?(?:it|they|he|she|we|the\s+[a-z]+)\s+"
                            r"(?:had|has|have|did|does|do|was|were)\s*(?:not|n[’']t|never)\s+[a-z]{3,}", re.IGNORECASE)


# "Its leader said the election cannot be free while our candidates are in prison. The government says no
# candidate has been jailed …": a source that says none of what another's account just told of
_SAYS_NONE = re.compile(r"\b(?:said|says|insisted|insists|maintained|maintains)\s+(?:that\s+)?no\s+(?:such\s+)?(?P<noun>[a-z]{4,})\b", re.IGNORECASE)


# "Rosatom registered a company to run the plant. Energoatom says the registration is void under
# international law.": a deed another side declares void, unlawful or illegitimate
_DECLARED_VOID = re.compile(r"\b(?:said|says|say|insisted|insists|maintains|called|calls|considers?|considered)\s+(?:that\s+)?"
                            r"(?:the|this|that|its|their)\s+(?P<noun>[a-z]{4,})\s+(?:(?:is|was|are|were)\s+|as\s+|to\s+be\s+)?"
                            r"(?:null\s+and\s+)?(?:void|illegal|unlawful|illegitimate|invalid)\b", re.IGNORECASE)


# "Baku says the checkpoint is fully legal. Yerevan argues it violated the ceasefire statement.": one side
# calls lawful what the other calls a breach (or an attack on a people)
_CALLED_LAWFUL = re.compile(r"\b(?:is|was|are|were)\s+(?:(?:fully|entirely|perfectly|completely)\s+)?(?:legal|lawful|legitimate)\b"
                            r"|\bin\s+(?:line|keeping)\s+with\s+(?:international\s+)?law\b"
                            # ("Pristina says it is enforcing Kosovo's laws": a step defended as the law applied)
                            r"|\benforc(?:ing|es|ed)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w’']*\s+)?laws?\b", re.IGNORECASE)
_CALLED_UNLAWFUL = re.compile(r"\b(?:violated|violates|breached|breaches|contravened|contravenes|flouted|flouts)\b|\bviolation\s+of\b"
                              r"|\b(?:is|was|are|were)\s+(?:null\s+and\s+)?(?:illegal|unlawful|illegitimate|void|invalid)\b"
                              # ("Belgrade calls the closures an attack on the Serb community": a wrong charged)
                              r"|\ban?\s+(?:direct\s+|deliberate\s+|open\s+|blatant\s+)?(?:attack|assault)\s+on\b",
                              re.IGNORECASE)


def _lawful_or_not(claim: Claim) -> bool | None:
    lawful, unlawful = _CALLED_LAWFUL.search(claim.text), _CALLED_UNLAWFUL.search(claim.text)
    return None if bool(lawful) == bool(unlawful) else bool(lawful)


def _lawfulness_disputed(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, answer in enumerate(claims):
        verdict = _lawful_or_not(answer) if answer.speaker else None
        if verdict is not None and (told := told_before(claims, n, 2, lambda c: _lawful_or_not(c) is (not verdict))):
            out.append(Relation(answer.id, told.id, "counters", 0.5,
                                f"{answer.speaker} calls {'lawful' if verdict else 'a breach'} what {told.speaker} "
                                f"calls {'a breach' if verdict else 'lawful'}"))
    return out


# "Bzhania called the storming of parliament a coup attempt. The opposition says it acted to defend the
# republic's sovereignty.": the side a verdict names gives its own reason for what it did
_MOTIVE_DEFENDED = re.compile(r"\b(?:says?|said|insists?|insisted|maintains?|maintained)\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
                              r"(?:had\s+|has\s+|have\s+)?(?:acted|was\s+acting|were\s+acting|did\s+so|moved|intervened)\s+"
                              r"(?:only\s+)?(?:to|in\s+order\s+to|in\s+defen[cs]e\s+of)\b", re.IGNORECASE)


# "Armenia says it will build the line only under its own customs control. Baku has called such conditions
# unacceptable.": terms just set out, refused by the other side in a word
_TERMS_REFUSED = re.compile(r"\b(?:called|calls|call|has\s+called|have\s+called|described|describes|deemed|deems|considers?|considered)\s+"
                            r"(?:such|these|those|the|that|this|its|their)\s+(?:[a-z]+\s+)?(?:conditions|demands?|terms|proposals?|offer|"
                            r"plans?|idea|suggestion|preconditions?)\s+(?:as\s+)?(?:unacceptable|impossible|absurd|unrealistic|a\s+non-starter|"
                            r"out\s+of\s+the\s+question)\b", re.IGNORECASE)


# "The EU has offered €60 million, on condition that Tiraspol frees political prisoners. Krasnoselsky has
# rejected those conditions as “blackmail”.": terms refused by the side they are put to, told by anyone
_TERMS_REJECTED = re.compile(r"\b(?:rejected|rejects|refused|refuses|dismissed|dismisses|turned\s+down|turns\s+down)\s+"
                             r"(?:such|these|those|the|its|their|that|this)\s+(?:[a-z]+\s+)?(?:conditions|demands?|terms|proposals?|offer|"
                             r"preconditions?|ultimatum)\b", re.IGNORECASE)
_TERMS_SET = re.compile(r"\b(?:on\s+condition\s+that|only\s+if|only\s+under|provided\s+that|as\s+long\s+as|in\s+return\s+for|"
                        r"offered|offers|demanded|demands|proposed|proposes|insists?\s+that)\b", re.IGNORECASE)


def _answers(claims: tuple[Claim, ...], pattern: re.Pattern, accepts, why, *, sourced: bool = True) -> list[Relation]:
    """Each claim whose words `pattern` finds counters the nearest claim up to two before it, from
    another source, that `accepts(match, answer)` takes (a test of a claim, or None to look no further)."""
    out = []
    for n, answer in enumerate(claims):
        said = pattern.search(answer.text) if answer.speaker else None
        accept = accepts(said, answer) if said else None
        if accept and (told := told_before(claims, n, 2, accept, sourced=sourced)):
            out.append(Relation(answer.id, told.id, "counters", 0.5, why(answer, told, said.group(0))))
    return out


def _naming(noun: str):
    """A test of a claim that names the noun's stem, or None when the noun has no stem to look for."""
    stem = next(iter(content_stems(noun)), None)
    return (lambda c: shares_stem(content_stems(c.text), {stem})) if stem else None


def _none_of_it(said: re.Match, answer: Claim):
    """ "no such meeting" points at what the account just before told, in whatever words ("would discuss
    it with him in August"); "no meeting" at an account that names one."""
    return (lambda c: True) if re.search(r"\bsuch\b", said.group(0), re.IGNORECASE) else _naming(said.group("noun"))


def _naming_party(answer: Claim):
    party = {w for w in content_stems(answer.speaker) if len(w) >= 4}
    return lambda c: shares_stem(content_stems(c.text) - content_stems(c.speaker), party)


def side_answers(claims: tuple[Claim, ...]) -> list[Relation]:
    return _answers(claims, _SAID_NOT_DONE, lambda m, answer: _naming_party(answer),
                    lambda a, t, said: f"{a.speaker}, named in the account of {t.speaker}, says: '{said}'") \
        + _answers(claims, _SAYS_NONE, _none_of_it,
                   lambda a, t, said: f"{a.speaker} says none of what {t.speaker} tells: '{said}'") \
        + _answers(claims, _DECLARED_VOID, lambda m, answer: _naming(m.group("noun")),
                   lambda a, t, said: f"{a.speaker} declares it void: '{said}'", sourced=False) \
        + _answers(claims, _TERMS_REFUSED, lambda m, answer: lambda c: True,
                   lambda a, t, said: f"{a.speaker} refuses the terms {t.speaker} sets: '{said}'") \
        + _answers(claims, _TERMS_REJECTED, lambda m, answer: lambda c: bool(_TERMS_SET.search(c.text)),
                   lambda a, t, said: f"{a.speaker} rejects the terms told just before: '{said}'", sourced=False) \
        + _lawfulness_disputed(claims) \
        + _answers(claims, _MOTIVE_DEFENDED, lambda m, answer: lambda c: c.kind == "opinion",
                   lambda a, t, said: f"{a.speaker} gives its own reason against the verdict of {t.speaker}: '{said}'")


# "The ministry said 40 people were killed. The Red Cross confirmed the toll on Tuesday.": a second source bearing out
# the account just given (not one that has not: "The ministry has not confirmed the talks")
_CONFIRMS = re.compile(r"(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)(?<!\bto\s)\b(?:confirmed|confirms|corroborated|corroborates|verified|"
                       r"backed\s+up)\s+(?:the|that|this|its|their|those|these)\s+(?:[\w-]+\s+)?(?:toll|figures?|count|account|"
                       r"reports?|claims?|numbers?|findings?|version|estimate)\b|(?<!\bnot\s)\b(?:confirmed|confirms|corroborated)\s+"
                       r"(?:this|that|it)\s*[.,]", re.IGNORECASE)


def confirmations(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, claim in enumerate(claims):
        if not n or not claim.speaker or claim.kind in ("question", "reference") or not _CONFIRMS.search(claim.text):
            continue
        told = told_before(claims, n, 2, lambda _: True)
        if told is not None:
            out.append(Relation(claim.id, told.id, "supports", 0.5, f"{claim.speaker} bears out the account of {told.speaker}"))
    return out
