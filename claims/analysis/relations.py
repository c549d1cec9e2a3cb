"""Stage 8: relations between claims of one article — who disputes whom, and numbers that disagree."""
from __future__ import annotations

import re

from .conflicts import MAX_REACH, numeric_conflicts
from .figures import differing_figures
from .lexicon import COUNTER_CUES, JUDGED_WRONG, NO_ONE, REPORTING_VERBS
from .overlap import WORD, Doc, content_stems, overlap, prepare, similarity, stem
from .rebuttals import told_rebuttals
from .tellers import same_source
from .tellers import speaker_words as teller_words
from .types import Claim, Relation
from .words import grams

# Cues that name an account and dispute it: they reach back across the whole article, while a
# bare "however" or "but" answers only what comes just before it.
_ATTRIBUTED_DISPUTE = frozenset("claimed claims accused accuses denied denies rejected rejects disputed disputes "
                                "contradicted contradicts refuted refutes countered dispute reject deny".split()) | {
    "does not support", "do not support", "did not support", "doesn't support", "don't support"}
# the plural verb, not the noun: "economists dispute that conclusion", not "a pay dispute over …"
# ("Azerbaijan and Turkmenistan reject that view": two names that take the plural verb)
_BASE_DISPUTE = re.compile(r"\b(?:we|they|[a-z]+s|\w+\s+and\s+\w+)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:dispute|reject|deny)\s+"
                           r"(?:that|this|these|those|the|it|its|their|any|claims?)\b", re.IGNORECASE)


_NO_ONE_DISPUTES = re.compile(r"\W*(?:" + "|".join(NO_ONE) + r")\s+(?:\w+\s+)?(?:disputes?|denies|deny|rejects?|doubts?|questions?)\b",
                              re.IGNORECASE)
_ACCUSATIONS = frozenset("claimed claims accused accuses".split())
# a source calling something wrong disputes it; the author's "the chart is misleading" judges it
_JUDGED_WRONG_CUES = frozenset(JUDGED_WRONG.split("|"))
# Cues that dispute only when someone is saying it: "once the president claimed the end of the war"
# declares rather than disputes, and a bare "but" is an author's turn of phrase.
_NEEDS_SPEAKER = _ACCUSATIONS | {"but", "however"} | _JUDGED_WRONG_CUES
# a degree called wrong disputes only a figure pointed at
_DEGREE_CUES = frozenset(("too high", "too low"))


_DENIALS = _ATTRIBUTED_DISPUTE - _ACCUSATIONS - {"contradicted", "contradicts", "countered"}
# a sentence that goes on with the one before, in its teller's voice: "It says …", "He added that …"
_GOES_ON = re.compile(r"\W*(?:(?:In\s+a\s+(?:statement|reply|response|letter)|Separately|However),\s+(?=it|he|she|they))?"
                      r"(?i:It|He|She|They|The\s+(?:company|firm|operator|council|ministry|government|department|agency))\s+"
                      r"(?:also\s+)?(?:says|say|said|adds|add|added|argues|argue|argued|insists|insist|insisted|points?\s+out|pointed\s+out)\b")
# "denied that figure", "rejected the claim", "denied it": a pointer back to what was just said
# ("denied that the valve was faulty" is a clause, not a pointer)
_ANAPHOR_AFTER = re.compile(
    r"\b(?:" + "|".join(sorted(_DENIALS)) + r")\s+"
    # ("rejects the higher figures as politically motivated")
    # ("has denied all charges", "rejects all the allegations")
    r"(?:(?:this|that|these|those|the|such|all(?:\s+the)?)\s+(?:[\w’']+[’']\s+|(?:higher|lower|latest|new|official|same)\s+)?(?:figures?|claims?|allegations?|accusations?|reports?|"
    r"account|charges?|suggestions?|numbers?|estimates?|methods?|methodology|findings|conclusions?|results|data|"
    r"interpretation|reading|views?|assessments?|analysis|characteri[sz]ation|survey|study|poll|warnings?|predictions?|"
    r"comparisons?|arguments?|criticisms?|complaints?|blame|"
    r"forecasts?|projections?|concerns?|fears?|version)\b(?!\s+that\b)|(?:it|this|these|those)\b(?!\s+(?:was|is|were|are|had|has|will|would)\b)"
    r"|that(?=\s*[,.;:!?]|\s*$))",
    re.IGNORECASE)
# "The health authority disputes that emergency visits will rise, saying …": the clause disputed
_DISPUTED_CLAUSE = re.compile(r"\b(?:disputes?|disputed|denies|denied|deny|rejects?|rejected)\s+(?:(?:the\s+)?(?:claims?|suggestions?|"
                              r"idea|view)\s+)?that\s+(?P<clause>[^,;.]{8,160})")
_CLAUSE_FIRMER = 1.2
_DEFENDED = re.compile(r"\bdefend(?:ed|s)\s+(?:the|its|their|our|his|her)\s+(?:[\w’'-]+\s+)?(?P<noun>[a-z]{4,})\b")
# "rejects the criticism": the pointer names a reproach, so it answers the sentence that made one
_REPROACH_NAMED = re.compile(r"\b(?:criticisms?|complaints?|accusations?|allegations?|charges?|blame)\b", re.IGNORECASE)
_CLAIM_NAMED = re.compile(r"\b(?:claims?|allegations?)\b", re.IGNORECASE)
_CLAIM_MADE = re.compile(r"\b(?:claimed|claims|claim|alleged|alleges|allege)\b(?!\s+(?:of|for|about)\b)")
_REPROACH_MADE = re.compile(r"\b(?:blam\w*|accus\w*|critici[sz]\w*|condemn\w*|attack\w*|fault\w*)\b", re.IGNORECASE)


# "The operator says that figure is exaggerated": a source calls the account just given wrong
_POINTER_JUDGED = re.compile(
    r"\b(?:that|this|these|those|the|such)\s+(?:(?P<about>[a-z][\w’'-]+)\s+)??(?P<noun>figures?|claims?|numbers?|estimates?|accounts?|allegations?|"
    rf"reports?|statements?)\s+(?:(?:is|was|are|were)\s+(?:\w+\s+)?)?[\"“‘']?(?:{JUDGED_WRONG})\b", re.IGNORECASE)


# "Few believe it.", "Many doubt that.": doubt cast on the account just given, by people unnamed
_DISBELIEF = re.compile(r"\W*(?:(?:few|not\s+many|nobody|no\s+one|hardly\s+anyone)\s+(?:\w+\s+)?(?:believes?|buys?|accepts?|trusts?)"
                        r"|(?:many|others|some|critics|sceptics|skeptics)\s+(?:\w+\s+)?(?:doubts?|question|dispute))"
                        r"\s+(?:it|that|this|them|those\s+\w+|the\s+\w+)\W*$", re.IGNORECASE)


# "That is simply not true.": a speaker calls what was just said false, pointing at nothing else
_POINTER_REBUTTED = re.compile(r"\W*(?:that|this|it)(?:[’']s|\s+is|\s+was)\s+(?:simply\s+|just\s+|completely\s+|entirely\s+|"
                               rf"absolutely\s+|plainly\s+)?(?:not\s+true|untrue|false|nonsense|a\s+lie|{JUDGED_WRONG})\W*$",
                               re.IGNORECASE)


# "but" and "however" set a sentence against the one before only when they open it ("But the union
# said …", "The council, however, says …"); inside a sentence they weigh its own clauses
_OPENS_WITH_CONTRAST = re.compile(r"^\W*(?:but|however|yet)\b|^[^,.;]{1,60},\s*however\b", re.IGNORECASE)


# "accuses Serbia of planning the attack": who is blamed
_BLAMED = re.compile(r"\baccus(?:es|ed)\s+(?P<who>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+of\b")
# "Human rights groups have accused the contractors of killing … . Russia's defence ministry denies
# that its personnel took part in the killings": a denial that names the deed by its definite noun
_DEED_DENIED = re.compile(r"\b(?:denies|denied|deny|rejects?|rejected)\s+(?:that\s+)?[^.;]{0,80}?\bthe\s+(?P<noun>[a-z]{4,})\b")


def _accusation_denied(claims: tuple[Claim, ...], i: int) -> int | None:
    """The accusation, one or two back and from another source, whose deed the denial names."""
    claim = claims[i]
    m = _DEED_DENIED.search(claim.text) if claim.speaker else None
    deed = next(iter(content_stems(m.group("noun"))), None) if m else None
    # (the stems of "killings" and "killing" differ in their ends: one begins the other)
    return next((j for j in range(i - 1, max(-1, i - 3), -1)
                 if deed and claims[j].speaker and not same_source(claims[j].speaker, claim.speaker)
                 and _REPROACH_MADE.search(claims[j].text)
                 and any(deed.startswith(w) or w.startswith(deed) for w in content_stems(claims[j].text) if len(w) >= 4)), None)


# "The coast guard said it had boarded a cargo ship … seen dragging its anchor. The ship's operator
# denied that its crew had damaged the cable.": a denial that something was done, by a party the
# account just before names
_DENIED_THAT = re.compile(r"\b(?:denies|denied|deny)\s+(?:that|any|having|it|its|they|their|[a-z]{3,}ing)\b")


# the stems of the verbs that tell: an account that shares no more than its telling with a dispute is
# about something else
_TELLING_STEMS = frozenset(stem(verb) for verb in REPORTING_VERBS.split("|")) | {"call"}


_ACCUSED_IN_PASSIVE = re.compile(r"\W*(?P<who>[^,;]{2,80}?)(?:,[^;]{0,120},)?\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
                                 r"(?:repeatedly\s+|also\s+|widely\s+)?accused\s+by\b")


_SEATS = ("kremlin moscow russia", "beijing china", "washington america", "tehran iran", "ankara turkey", "kyiv ukraine",
          "baku azerbaijan", "yerevan armenia", "tbilisi georgia", "chisinau moldova", "belgrade serbia", "pristina kosovo",
          "minsk belarus", "brussels eu", "london britain", "paris france", "berlin germany", "tiraspol transnistria",
          "sukhumi abkhazia", "tskhinvali ossetia", "nicosia cyprus", "warsaw poland", "budapest hungary")
_SEAT_OR_STATE = {w: group for group in _SEATS for w in group.split()}


def _denier_named(claims: tuple[Claim, ...], i: int) -> int | None:
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


def _answered(claims: tuple[Claim, ...], i: int, cue: str) -> int | None:
    """The claim a denial points back to: the nearest earlier one, within two, from another source."""
    claim = claims[i]
    defended = _DEFENDED.search(claim.text) if cue in ("defended", "defends") and claim.speaker else None
    if not (defended or (cue in _DENIALS and _ANAPHOR_AFTER.search(claim.text))
            or (cue in _JUDGED_WRONG_CUES and claim.speaker and _POINTER_JUDGED.search(claim.text))
            or (claim.speaker and _POINTER_REBUTTED.match(claim.text))):
        return None
    # the sourced claims of others up to three back, nearest first
    candidates = [j for j in range(i - 1, max(-1, i - 4), -1)
                  if claims[j].kind not in ("question", "reference") and claims[j].speaker
                  and not same_source(claims[j].speaker, claim.speaker)]
    judged = _POINTER_JUDGED.search(claim.text) if cue in _JUDGED_WRONG_CUES else None
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
    pointed = _ANAPHOR_AFTER.search(claim.text) if cue in _DENIALS else None
    if judged and judged.group("noun").lower().rstrip("s") in ("figure", "number", "estimate") \
            or pointed and re.search(r"\b(?:figures?|numbers?|estimates?)\b", pointed.group(0), re.IGNORECASE):
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
    if _REPROACH_NAMED.search(claim.text):
        reproach = next((j for j in candidates if _REPROACH_MADE.search(claims[j].text)), None)
        if reproach is not None:
            return reproach
    return next((j for j in candidates if j >= i - 2), None)


def _denied_figures(claim: Claim, answered: Claim) -> list[Relation]:
    """A denial that gives its own figure ("denied that figure, saying dividends totalled €7m")
    conflicts with the figure it answers, when both count the same unit."""
    for qa, qb in differing_figures(claim, answered):
        return [Relation(claim.id, answered.id, "conflicts", 0.7, f"{qa.text} vs {qb.text} ({qa.unit}), given in a denial")]
    return []


# "Some posts have claimed that a knife was used. No weapons were found, …": the author's own
# finding, opening on a negation, answers a claim just reported as claimed
_OPENS_NEGATING = re.compile(r"\W*(?:no|none|nobody|neither|nothing|there\s+(?:is|was|are|were)\s+no|in\s+fact)\b", re.IGNORECASE)
_CLAIMED_THAT = re.compile(r"\b(?:claimed|claims|claim|alleged|alleges|suggested|suggest|suggests|rumou?red)\s+that\b")


def _author_rebuts(claims: tuple[Claim, ...], i: int) -> Relation | None:
    claim, other = claims[i], claims[i - 1]
    if claim.kind != "fact" or not other.speaker or not _OPENS_NEGATING.match(claim.text) \
            or not _CLAIMED_THAT.search(other.text):
        return None
    return Relation(claim.id, other.id, "counters", 0.5,
                    f"the author's finding answers what {other.speaker} claimed just before")


def _author_answers(doc: Doc, claims: tuple[Claim, ...], i: int, cue: str) -> Relation | None:
    claim = claims[i]
    if i == 0 or cue not in ("but", "however") or not _OPENS_WITH_CONTRAST.match(claim.text):
        return None
    other = claims[i - 1]
    if not other.speaker or other.kind in ("question", "reference") or other.block != claim.block:
        return None
    score, shared = similarity(doc, i, i - 1)
    if score < AUTHOR_ANSWER_THRESHOLD:
        return None
    return Relation(claim.id, other.id, "counters", round(min(1.0, 0.4 + score), 3),
                    f"'{cue}' answers the account of {other.speaker} just before, sharing {', '.join(shared)}")


_DISAGREES = frozenset(("disagree", "disagrees", "disagreed", "do not agree", "does not agree", "did not agree",
                        "don't agree", "doesn't agree"))
_OPENS_WITH_DISAGREEMENT = re.compile(r"^\W*(?:\w+\s+){0,4}?(?:strongly\s+)?(?:disagree[sd]?|(?:do|does|did)\s+not\s+agree|"
                                      r"(?:don|doesn)[’']t\s+agree)\b", re.IGNORECASE)
# how much an author's "But …" must share with the sourced claim before it to answer it rather
# than turn to something else
AUTHOR_ANSWER_THRESHOLD = 0.2


def _counter_cue(claim: Claim, claim_grams: frozenset[str]) -> str | None:
    """The cue that sets a claim against another: the first of its cues, passing over a base form used
    as a noun when a verb cue stands beside it ("Sudria denies that it owes anything, saying … because
    of a metering dispute")."""
    cues = COUNTER_CUES.all(claim_grams)
    if len(cues) > 1 and cues[0] in ("dispute", "reject", "deny") and not _BASE_DISPUTE.search(claim.text):
        return cues[1]
    return cues[0] if cues else None


def find_relations(claims: tuple[Claim, ...], *, window: int = 6, threshold: float = 0.12,
                   claim_grams: dict[str, frozenset[str]] | None = None,
                   sections: dict[str, tuple[int, str]] | None = None, blocks: tuple = (),
                   review: tuple[str, str] | None = None) -> list[Relation]:
    """`review`: a fact check's own ClaimReview, the claim it checks and its rating."""
    doc = prepare(claims)
    claim_grams = claim_grams or {}
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    denied: dict[str, list[str]] = {}  # a denial's claim, and the accounts it answers
    for i, claim in enumerate(claims):
        cue = _counter_cue(claim, claim_grams.get(claim.id) or grams(claim.text))
        if not claim.speaker and i and (rebuttal := _author_rebuts(claims, i)):
            out.append(rebuttal)
        if i and claims[i - 1].speaker and claims[i - 1].kind != "question" and _DISBELIEF.match(claim.text):
            # "Azerbaijan says the region's Armenians are free to stay. Few believe it.": doubt cast on the
            # account just given (after a question, "Many observers doubt it." answers the question)
            seen.add((claim.id, claims[i - 1].id, "counters"))
            out.append(Relation(claim.id, claims[i - 1].id, "counters", 0.5, f"doubt cast on the account of {claims[i - 1].speaker}"))
        if i and claims[i - 1].id in denied and claim.speaker == claims[i - 1].speaker and _GOES_ON.match(claim.text):
            # "Norland Hydro denies this. It says releases have stayed above the minimum …": the
            # denial goes on in the next sentence, which answers what the denial answered
            for target in denied[claims[i - 1].id]:
                if (claim.id, target, "counters") not in seen:
                    seen.add((claim.id, target, "counters"))
                    out.append(Relation(claim.id, target, "counters", 0.5, f"goes on with the denial by {claim.speaker} just before"))
        if not cue or claim.kind in ("question", "reference"):
            continue
        if cue in ("dispute", "reject", "deny") and not _BASE_DISPUTE.search(claim.text):
            continue
        if cue in _DEGREE_CUES and not _POINTER_JUDGED.search(claim.text):
            continue  # "fares are too high" judges the fares; "that figure is too high" answers a figure given
        if _NO_ONE_DISPUTES.match(claim.text):
            continue  # "Nobody disputes that.": a dispute nobody makes is agreement
        if cue in _NEEDS_SPEAKER and not claim.speaker:
            # "The council says the sale will close the gap. But £3.2 million covers less than a
            # quarter of it.": the author answers the sourced claim just before, in its own words
            answer = _author_answers(doc, claims, i, cue)
            if answer:
                out.append(answer)
            continue
        if cue in ("but", "however") and not _OPENS_WITH_CONTRAST.match(claim.text):
            continue
        # an accuser's own name is not what the accusation is about (a denier's name is: it is
        # the accused who denies)
        speaker_words = teller_words(claim.speaker) if cue in _ACCUSATIONS and claim.speaker else frozenset()
        own = content_stems(claim.text, speaker_words)
        needed = threshold
        if cue in _DENIALS and (disputed := _DISPUTED_CLAUSE.search(claim.text)) \
                and len(clause := content_stems(disputed.group("clause"))) >= 2:
            # "disputes that emergency visits will rise, saying …": what is disputed, not why; its few
            # words must share more with the account they answer
            own, needed = clause, threshold * _CLAUSE_FIRMER
        own_mass = sum(doc.idf.get(w, 0.0) for w in own)
        reach = min(i, MAX_REACH) if cue in _ATTRIBUTED_DISPUTE else window
        antecedent = _answered(claims, i, cue)
        if antecedent is None and cue in _DENIALS:
            antecedent = _accusation_denied(claims, i)
            antecedent = _denier_named(claims, i) if antecedent is None else antecedent
        if antecedent is not None:
            # "Narrows Link denied that figure": the denial answers the account just before it
            reach = 0
            _, shared = overlap(doc, own, antecedent, own_mass)
            scored = [(threshold, antecedent, shared or [f"the account of {claims[antecedent].speaker}"])]
            out.extend(_denied_figures(claim, claims[antecedent]))
            before = antecedent - 1
            if before >= 0 and claims[antecedent].speaker and claims[before].speaker == claims[antecedent].speaker \
                    and claims[before].kind not in ("question", "reference") and claims[before].block != claim.block:
                # "Haas said the new aircraft were half as loud. 'Residents will hear fewer planes,' he
                # said. Campaigners dispute that claim": the account runs over both of his sentences
                _, shared = overlap(doc, own, before, own_mass)
                scored.append((threshold, before, shared or [f"the account of {claims[before].speaker}"]))
        else:
            scored = []
        # ("The RSF … have been accused by the United States of committing genocide": an accusation in the
        # passive answers only what the accused said, not the figures of whoever spoke before)
        accused = _ACCUSED_IN_PASSIVE.match(claim.text) if cue in ("accused", "accuses") else None
        accused_words = teller_words(accused.group("who")) if accused else frozenset()
        denier = content_stems(claim.speaker) if cue in _DENIALS and claim.speaker else frozenset()
        blamed = (blamed_match := _BLAMED.search(claim.text)) and content_stems(blamed_match.group("who")) \
            if cue in ("accused", "accuses") else None
        for j in range(max(0, i - reach), i):
            other = claims[j]
            if accused and not (other.speaker and teller_words(other.speaker) & accused_words):
                continue
            if other.kind in ("question", "reference") or same_source(other.speaker, claim.speaker):
                continue
            if not other.speaker and not claim.speaker:
                continue  # the author against the author: the disputed account is inside the sentence
            score, shared = overlap(doc, own, j, own_mass)
            if cue in _DENIALS and shared and denier and set(shared) <= denier and not _REPROACH_MADE.search(other.text):
                continue  # "Gazprom rejects the audit." shares only its own name with a sentence that accuses it of nothing
            if shared and set(shared) <= _TELLING_STEMS:
                continue  # 'Peskov called the move "incorrect"' shares only the telling with 'Moscow called the decision …'
            if blamed and not other.speaker and set(shared) <= blamed:
                continue  # "Kurti accuses Serbia of planning the attack" answers no "Some attackers fled to Serbia"
            if score < threshold and j == i - 1 and cue in ("but", "however") and other.speaker and claim.speaker:
                # "Norrow Freight said … But the union said …": a second source's account set
                # against the one just before it, whatever words each uses
                score, shared = threshold, shared or [f"the account of {other.speaker}"]
            if j == i - 1 and cue in _DISAGREES and other.speaker and _OPENS_WITH_DISAGREEMENT.match(claim.text):
                # "The regulator has argued … . We disagree: …": disagreement with the account just given
                score, shared = max(score, AUTHOR_ANSWER_THRESHOLD), shared or [f"the account of {other.speaker}"]
            # the author's own sentence answers a source only on a firmer overlap ("We rate the claim
            # false" shares no more than the word "rate" with a quotation about survival rates)
            if score >= (needed if claim.speaker else AUTHOR_ANSWER_THRESHOLD):
                scored.append((score, j, shared))
        for score, j, shared in sorted(scored, reverse=True)[:2]:
            # two accusations of the same act side with each other; a denial answers an accusation
            other_cue = COUNTER_CUES.first(claim_grams.get(claims[j].id) or grams(claims[j].text))
            agreeing = other_cue in _ACCUSATIONS and cue in _ACCUSATIONS
            kind = "supports" if agreeing else "counters"
            key = (claim.id, claims[j].id, kind)
            if key not in seen:
                seen.add(key)
                why = (f"'{cue}' sides with another dispute ('{other_cue}')" if agreeing
                       else f"'{cue}' disputes an account sharing")
                out.append(Relation(claim.id, claims[j].id, kind, round(min(1.0, 0.4 + score), 3),
                                    f"{why} {', '.join(shared)}"))
                if cue in _DENIALS and kind == "counters":
                    denied.setdefault(claim.id, []).append(claims[j].id)
    told_conflicts = set()
    for relation in told_rebuttals(claims, sections or {}, blocks, review):
        if (relation.source, relation.target, relation.type) not in seen:
            seen.add((relation.source, relation.target, relation.type))
            out.append(relation)
            if relation.type == "conflicts":
                told_conflicts.add((relation.source, relation.target))
    numeric = numeric_conflicts(doc)
    # a conflict the layout told already ("given in a correction") is not given twice
    out.extend([r for r in numeric if (r.source, r.target) not in told_conflicts] if told_conflicts else numeric)
    return out
