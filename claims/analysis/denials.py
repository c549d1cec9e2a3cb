"""Which account a denial answers: the cues that dispute, a pointer back ("denied the claim", "that
figure is exaggerated"), the accusation whose deed a denial names, the account that names the denier,
and a denial's own figure set against the one it answers."""
from __future__ import annotations

import re

from .figures import differing_figures
from .lexicon import JUDGED_WRONG
from .overlap import WORD, content_stems, stem
from .tellers import same_source
from .types import Claim, Relation

# Cues that name an account and dispute it: they reach back across the whole article, while a
# bare "however" or "but" answers only what comes just before it.
ATTRIBUTED_DISPUTE = frozenset("claimed claims accused accuses denied denies rejected rejects disputed disputes "
                                "contradicted contradicts refuted refutes countered dispute reject deny contradict".split()) | {
    "does not support", "do not support", "did not support", "doesn't support", "don't support"}

ACCUSATIONS = frozenset("claimed claims accused accuses".split())
# a source calling something wrong disputes it; the author's "the chart is misleading" judges it
JUDGED_WRONG_CUES = frozenset(JUDGED_WRONG.split("|"))

DENIALS = ATTRIBUTED_DISPUTE - ACCUSATIONS - {"contradicted", "contradicts", "countered"}

# "denied that figure", "rejected the claim", "denied it": a pointer back to what was just said
# ("denied that the valve was faulty" is a clause, not a pointer)
_ANAPHOR_AFTER = re.compile(
    r"\b(?:" + "|".join(sorted(DENIALS)) + r")\s+"
    # ("rejects the higher figures as politically motivated")
    # ("has denied all charges", "rejects all the allegations")
    # ("denied every one of the reports", "rejects each of these claims")
    r"(?:(?:this|that|these|those|the|such|any|all(?:\s+the)?|(?:every\s+one|each|all|any)\s+of\s+(?:the|these|those))\s+(?:[\w’']+[’']\s+|(?:higher|lower|latest|new|official|same)\s+)?(?:figures?|claims?|allegations?|accusations?|reports?|"
    # ("The Party of Socialists denied any involvement": a part in what was just told)
    r"(?<=any\s)(?:involvement|wrongdoing|role|part|links?)|"
    r"account|charges?|suggestions?|numbers?|estimates?|methods?|methodology|findings|conclusions?|results|data|"
    r"interpretation|reading|views?|assessments?|analysis|characteri[sz]ation|survey|study|poll|warnings?|predictions?|"
    r"comparisons?|arguments?|criticisms?|complaints?|blame|"
    # ("Chisinau disputes the debt": a sum just given)
    r"debts?|sums?|amounts?|totals?|tolls?|counts?|"
    r"forecasts?|projections?|concerns?|fears?|version)\b(?!\s+that\b)|(?:it|this|these|those)\b(?!\s+(?:was|is|were|are|had|has|will|would)\b)"
    r"|that(?=\s*[,.;:!?]|\s*$))",
    re.IGNORECASE)

_DEFENDED = re.compile(r"\bdefend(?:ed|s)\s+(?:the|its|their|our|his|her)\s+(?:[\w’'-]+\s+)?(?P<noun>[a-z]{4,})\b")
# "rejects the criticism": the pointer names a reproach, so it answers the sentence that made one
REPROACH_NAMED = re.compile(r"\b(?:criticisms?|complaints?|accusations?|allegations?|charges?|blame)\b", re.IGNORECASE)
_CLAIM_NAMED = re.compile(r"\b(?:claims?|allegations?)\b", re.IGNORECASE)
_CHARGES_NAMED = re.compile(r"\b(?:charges?|accusations?)\b", re.IGNORECASE)
_CLAIM_MADE = re.compile(r"\b(?:claimed|claims|claim|alleged|alleges|allege)\b(?!\s+(?:of|for|about)\b)")
REPROACH_MADE = re.compile(r"\b(?:blam\w*|accus\w*|critici[sz]\w*|condemn\w*|attack\w*|fault\w*)\b", re.IGNORECASE)


# "The operator says that figure is exaggerated": a source calls the account just given wrong
POINTER_JUDGED = re.compile(
    r"\b(?:that|this|these|those|the|such)\s+(?:(?P<about>[a-z][\w’'-]+)\s+)??(?P<noun>figures?|claims?|numbers?|estimates?|accounts?|allegations?|"
    rf"reports?|statements?|results?|count|tally)\s+(?:(?:is|was|are|were)\s+(?:\w+\s+)?)?[\"“‘']?(?:{JUDGED_WRONG})\b", re.IGNORECASE)

# "That is simply not true.": a speaker calls what was just said false, pointing at nothing else
_POINTER_REBUTTED = re.compile(r"\W*(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+(?:simply\s+|just\s+|completely\s+|entirely\s+|"
                               rf"absolutely\s+|plainly\s+)?(?:not\s+true|untrue|false|nonsense|a\s+lie|not\s+(?:correct|accurate|the\s+case)|{JUDGED_WRONG})\W*$",
                               re.IGNORECASE)

# "accuses Serbia of planning the attack": who is blamed
BLAMED = re.compile(r"\baccus(?:es|ed)\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+of\b")
# "Human rights groups have accused the contractors of killing … . Russia's defence ministry denies
# that its personnel took part in the killings": a denial that names the deed by its definite noun
_DEED_DENIED = re.compile(r"\b(?:denies|denied|deny|rejects?|rejected)\s+(?:that\s+)?[^.;]{0,80}?\bthe\s+(?P<noun>[a-z]{4,})\b")


def accusation_denied(claims: tuple[Claim, ...], i: int) -> int | None:
    """The accusation, one or two back and from another source, whose deed the denial names."""
    claim = claims[i]
    m = _DEED_DENIED.search(claim.text) if claim.speaker else None
    deed = next(iter(content_stems(m.group("noun"))), None) if m else None
    # (the stems of "killings" and "killing" differ in their ends: one begins the other)
    return next((j for j in range(i - 1, max(-1, i - 3), -1)
                 if deed and claims[j].speaker and not same_source(claims[j].speaker, claim.speaker)
                 and REPROACH_MADE.search(claims[j].text)
                 and any(deed.startswith(w) or w.startswith(deed) for w in content_stems(claims[j].text) if len(w) >= 4)), None)


# "The coast guard said it had boarded a cargo ship … seen dragging its anchor. The ship's operator
# denied that its crew had damaged the cable.": a denial that something was done, by a party the
# account just before names
_DENIED_THAT = re.compile(r"\b(?:denies|denied|deny)\s+(?:that|any|having|it|its|they|their|[a-z]{3,}ing)\b")

_SEATS = ("kremlin moscow russia", "beijing china", "washington america", "tehran iran", "ankara turkey", "kyiv ukraine",
          "baku azerbaijan", "yerevan armenia", "tbilisi georgia", "chisinau moldova", "belgrade serbia", "pristina kosovo",
          "minsk belarus", "brussels eu", "london britain", "paris france", "berlin germany", "tiraspol transnistria",
          "sukhumi abkhazia", "tskhinvali ossetia", "nicosia cyprus", "warsaw poland", "budapest hungary")
_SEAT_OR_STATE = {w: group for group in _SEATS for w in group.split()}


def denier_named(claims: tuple[Claim, ...], i: int) -> int | None:
    """The sourced account, one or two back and from another source, that names the denier."""
    claim = claims[i]
    if not (claim.speaker and _DENIED_THAT.search(claim.text)):
        return None
    denier = content_stems(claim.speaker)
    # ("Opposition candidates have alleged that Moscow financed his campaign. The Kremlin denies any role in
    # the vote.": a government is named by its seat as often as by its country)
    denier |= content_stems(" ".join(_SEAT_OR_STATE.get(w, "") for w in WORD.findall(claim.speaker.lower())))
    return next((j for j in range(i - 1, max(-1, i - 3), -1)
                 if denier and claims[j].speaker and claims[j].kind not in ("question", "reference")
                 and not same_source(claims[j].speaker, claim.speaker)
                 and denier & content_stems(claims[j].text) - content_stems(claims[j].speaker)), None)


# "In a letter from prison, Vardanyan said he had been held in solitary confinement for months. Azerbaijan
# denies mistreating detainees.": a party denies a deed, in other words than the account just before it
# (or that a state of things the account tells existed at all: "Baku denied that there was a blockade")
_DENIES_DOING = re.compile(r"\W*[^,;]{2,60}?\s(?:denies|denied|deny|has\s+denied|have\s+denied)\s+(?:(?:ever\s+|any\s+)?(?P<deed>[a-z]{3,})ing\b"
                           r"|(?:that\s+)?there\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:a|an|any)\b)")


def deed_denied_after_account(claims: tuple[Claim, ...], i: int) -> int | None:
    """The account of another source just before, in the same paragraph, that a denial of a deed answers."""
    claim, before = claims[i], claims[i - 1] if i else None
    if before is None or not claim.speaker or not _DENIES_DOING.match(claim.text):
        return None
    if not before.speaker or before.kind in ("question", "reference") or before.block != claim.block \
            or same_source(before.speaker, claim.speaker):
        return None
    return i - 1


# "Moscow denies that the line has moved": a deed denied in the perfect, its verb's root
_DENIES_IT_DONE = re.compile(r"\b(?:denies|denied|deny)\s+that\s+[^,;]{2,60}?\b(?:has|have|had)\s+(?:been\s+)?(?P<deed>[a-z]{3,}?)(?:ed|d)\b")


def deed_told_before(claims: tuple[Claim, ...], i: int, antecedent: int) -> list[int]:
    """ "Russian border guards have moved fences … . According to the EU mission, the line has advanced
    … . Moscow denies moving the line": the accounts of the denied deed, in the deed's own verb, up to two
    before the one the denial answers, the text's own included."""
    m = _DENIES_DOING.match(claims[i].text) or _DENIES_IT_DONE.search(claims[i].text)
    if not m or not m.group("deed"):
        return []
    root = m.group("deed")
    root = root[:-1] if len(root) > 3 and root[-1] == root[-2] else root  # "stopping": "stop"
    # (in the active: "A cable was damaged on the seabed" names no doer a denial could answer)
    told = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b{root}(?:e|es|ed|s|ing|{root[-1]}ed)?\b", re.IGNORECASE)
    return [j for j in range(antecedent - 1, max(-1, antecedent - 3), -1)
            if claims[j].kind == "fact" and not same_source(claims[j].speaker, claims[i].speaker) and told.search(claims[j].text)]


def answered(claims: tuple[Claim, ...], i: int, cue: str) -> int | None:
    """The claim a denial points back to: the nearest earlier one, within two, from another source."""
    claim = claims[i]
    defended = _DEFENDED.search(claim.text) if cue in ("defended", "defends") and claim.speaker else None
    if not (defended or (cue in DENIALS and _ANAPHOR_AFTER.search(claim.text))
            or (cue in JUDGED_WRONG_CUES and claim.speaker and POINTER_JUDGED.search(claim.text))
            or (claim.speaker and _POINTER_REBUTTED.match(claim.text))):
        return None
    # the sourced claims of others up to three back, nearest first
    candidates = [j for j in range(i - 1, max(-1, i - 4), -1)
                  if claims[j].kind not in ("question", "reference") and claims[j].speaker
                  and not same_source(claims[j].speaker, claim.speaker)]
    judged = POINTER_JUDGED.search(claim.text) if cue in JUDGED_WRONG_CUES else None
    if judged and (noun := judged.group("noun").lower().rstrip("s")) in ("report", "statement", "account"):
        # "Villagers said the report did not match their experience": the claim a report told, up to
        # six back, past a fact box set between them
        told = next((j for j in range(i - 1, max(-1, i - 7), -1) if claims[j].speaker and noun in claims[j].speaker.lower()
                     and not same_source(claims[j].speaker, claim.speaker)), None)
        if told is not None:
            return told
    if judged and judged.group("about"):
        # "… say the visit figures are misleading", "the overflow figures understate the problem":
        # the figures on that subject given just before, the text's own or a source's
        about = stem(judged.group("about").lower())
        named = next((j for j in range(i - 1, max(-1, i - 4), -1) if claims[j].quantities and claims[j].kind == "fact"
                      and not same_source(claims[j].speaker, claim.speaker) and about in content_stems(claims[j].text)), None)
        if named is not None or not candidates:
            return named
    pointed = _ANAPHOR_AFTER.search(claim.text) if cue in DENIALS else None
    if judged and judged.group("noun").lower().rstrip("s") in ("figure", "number", "estimate") \
            or pointed and re.search(r"\b(?:figures?|numbers?|estimates?|debts?|sums?|amounts?|totals?|tolls?|counts?)\b",
                                     pointed.group(0), re.IGNORECASE):
        # "the figures understate the problem", "The school board disputes those figures": it answers an
        # account that gives figures as facts (not a remark that happens to hold one, "Nobody can teach 34 …")
        figured = [j for j in candidates if claims[j].quantities]
        candidates = [j for j in figured if claims[j].kind == "fact"] or figured
        if pointed:
            # (up to three back; "those figures", plural, the account that gives more than one)
            several = [j for j in candidates if len(claims[j].quantities) > 1] if pointed.group(0).lower().endswith("s") else []
            return (several or candidates or [None])[0]
    if defended:
        # "The grants team has defended the process": it answers the nearest criticism of the process
        noun = defended.group("noun").lower()
        return next((j for j in candidates if noun in claims[j].text.lower()), None)
    if pointed and _CLAIM_NAMED.search(pointed.group(0)):
        # "Irish Sea Ferries denied the claim": the sentence that made it ("…, a seafarers' union has
        # claimed"), up to five back, before the remarks quoted after it
        made = next((j for j in range(i - 1, max(-1, i - 6), -1) if claims[j].speaker and claims[j].kind not in ("question", "reference")
                     and not same_source(claims[j].speaker, claim.speaker) and _CLAIM_MADE.search(claims[j].text)), None)
        if made is not None:
            return made
    if pointed and (charged := _CHARGES_NAMED.search(pointed.group(0))):
        # "Galstanyan … denies the charges": the account that names the charges ("detained … on charges of plotting …"),
        # up to three back, before the remarks told after it
        noun = charged.group(0).lower().rstrip("s")
        named = next((j for j in candidates if re.search(rf"\b{noun}s?\b", claims[j].text, re.IGNORECASE)), None)
        if named is not None:
            return named
    if REPROACH_NAMED.search(claim.text):
        reproach = next((j for j in candidates if REPROACH_MADE.search(claims[j].text)), None)
        if reproach is not None:
            return reproach
    if pointed and _REPORT_NAMED.search(pointed.group(0)):
        # "The Azerbaijani Ministry of Defence denied the report, claiming that its units had only returned
        # fire": the account of the deed, told as fact and in the same words, up to five back, whoever tells it
        words = content_stems(claim.text) - content_stems(claim.speaker or "")
        told = next((j for j in range(i - 1, max(-1, i - 6), -1) if claims[j].kind == "fact"
                     and not same_source(claims[j].speaker, claim.speaker) and len(words & content_stems(claims[j].text)) >= 2), None)
        if told is not None:
            return told
    # (within two, not counting a question put between or the denier's own sentences: "Brussels says … . Is that fair?
    # No. That is simply not true.")
    return next((j for j in candidates if i - j - sum(1 for k in range(j + 1, i) if claims[k].kind == "question"
                                                      or same_source(claims[k].speaker, claim.speaker)) <= 2), None)


_REPORT_NAMED = re.compile(r"\b(?:reports?|account)\b", re.IGNORECASE)
# "rejects the higher figures": figures set against lower ones, so given by more than one account
_COMPARED_FIGURES = re.compile(r"\b(?:higher|lower)\s+(?:figures|numbers|estimates)\b", re.IGNORECASE)


def also_denied(claims: tuple[Claim, ...], i: int, antecedent: int) -> list[int]:
    """The other accounts a denial of "the higher figures" answers besides the one it points back to: each
    account of another source up to three back that gives figures (whatever else judges them: "rejects
    the higher figures as exaggerated")."""
    claim = claims[i]
    pointed = _ANAPHOR_AFTER.search(claim.text)
    if not (pointed and _COMPARED_FIGURES.search(pointed.group(0))):
        return []
    return [j for j in range(i - 1, max(-1, i - 4), -1)
            if j != antecedent and claims[j].quantities and claims[j].speaker and claims[j].kind not in ("question", "reference")
            and not same_source(claims[j].speaker, claim.speaker)]


def denied_figures(claim: Claim, account: Claim) -> list[Relation]:
    """A denial that gives its own figure ("denied that figure, saying dividends totalled €7m")
    conflicts with the figure it answers, when both count the same unit."""
    for qa, qb in differing_figures(claim, account):
        return [Relation(claim.id, account.id, "conflicts", 0.7, f"{qa.text} vs {qb.text} ({qa.unit}), given in a denial")]
    return []


def accused_answers(claims: tuple[Claim, ...], i: int) -> int | None:
    """ "Baku has accused Armenia of handing over inaccurate maps. Yerevan says it has handed over all the
    maps it has.": the accused, named by its country or its seat, speaking next, answers the accusation."""
    claim, before = claims[i], claims[i - 1] if i else None
    if before is None or not (claim.speaker and before.speaker) or same_source(before.speaker, claim.speaker):
        return None
    blamed = BLAMED.search(before.text)
    if not blamed:
        return None
    def named(who: str) -> set[str]:
        return content_stems(who) | content_stems(" ".join(_SEAT_OR_STATE.get(w, "") for w in WORD.findall(who.lower())))
    return i - 1 if named(blamed.group("who")) & named(claim.speaker) else None
