"""Stage 8: relations between claims of one article — who disputes whom, and numbers that disagree."""
from __future__ import annotations

import re

from .conflicts import MAX_REACH, numeric_conflicts
from .denials import (
    ACCUSATIONS, ATTRIBUTED_DISPUTE, BLAMED, DENIALS, JUDGED_WRONG_CUES, POINTER_JUDGED, REPROACH_MADE, REPROACH_NAMED,
    accusation_denied, accused_answers, also_denied, answered, deed_denied_after_account, deed_told_before, denied_figures,
    denier_named,
)
from .lexicon import COUNTER_CUES, NO_ONE, REPORTING_VERBS
from .overlap import Doc, content_stems, overlap, prepare, similarity, stem
from .rebuttals import told_rebuttals
from .tellers import same_source
from .tellers import speaker_words as teller_words
from .types import Claim, Relation
from .words import grams

# the plural verb, not the noun: "economists dispute that conclusion", not "a pay dispute over …"
# ("Azerbaijan and Turkmenistan reject that view": two names that take the plural verb)
# ("Documents published in December appear to contradict that": what seems to gainsay an account, told by the writer)
# (past a participle's agent closing the subject: "Witnesses interviewed by the Monitor reject that account")
_BASE_DISPUTE = re.compile(r"\b(?:we|they|[a-z]+s|\w+\s+and\s+\w+|(?:interviewed|questioned|surveyed|polled|contacted|quoted|cited)\s+by\s+"
                           r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:dispute|reject|deny|contradict)\s+"
                           r"(?:that|this|these|those|the|it|its|their|any|claims?)\b"
                           r"|\b(?:appears?|seems?|appeared|seemed)\s+to\s+(?:contradict|dispute|refute)\s+"
                           r"(?:that|this|these|those|the|it|its|their|his|her|claims?)\b", re.IGNORECASE)


_NO_ONE_DISPUTES = re.compile(r"\W*(?:" + "|".join(NO_ONE) + r")\s+(?:\w+\s+)?(?:disputes?|denies|deny|rejects?|doubts?|questions?)\b",
                              re.IGNORECASE)
# Cues that dispute only when someone is saying it: "once the president claimed the end of the war"
# declares rather than disputes, and a bare "but" is an author's turn of phrase.
_NEEDS_SPEAKER = ACCUSATIONS | {"but", "however"} | JUDGED_WRONG_CUES
_INSISTS = frozenset(("insists", "insisted"))
# a degree called wrong disputes only a figure pointed at
_DEGREE_CUES = frozenset(("too high", "too low", "far lower", "far higher", "much lower", "much higher"))


# a sentence that goes on with the one before, in its teller's voice: "It says …", "He added that …"
_GOES_ON = re.compile(r"\W*(?:(?:In\s+a\s+(?:statement|reply|response|letter)|Separately|However),\s+(?=it|he|she|they))?"
                      r"(?i:It|He|She|They|The\s+(?:company|firm|operator|council|ministry|government|department|agency))\s+"
                      r"(?:also\s+)?(?:says|say|said|adds|add|added|argues|argue|argued|insists|insist|insisted|points?\s+out|pointed\s+out)\b")
# "The health authority disputes that emergency visits will rise, saying …": the clause disputed
_DISPUTED_CLAUSE = re.compile(r"\b(?:disputes?|disputed|denies|denied|deny|rejects?|rejected)\s+(?:(?:the\s+)?(?:claims?|suggestions?|"
                              r"idea|view)\s+)?that\s+(?P<clause>[^,;.]{8,160})")
_CLAUSE_FIRMER = 1.2
# "Few believe it.", "Many doubt that.": doubt cast on the account just given, by people unnamed
_DISBELIEF = re.compile(r"\W*(?:(?:few|not\s+many|nobody|no\s+one|hardly\s+anyone)\s+(?:\w+\s+){0,3}?(?:believes?|buys?|accepts?|trusts?)"
                        r"|(?:many|others|some|critics|sceptics|skeptics)\s+(?:\w+\s+)?(?:doubts?|question|dispute))"
                        # ("Few in Yerevan believe that any longer.")
                        r"\s+(?:it|that|this|them|those\s+\w+|the\s+\w+)(?:\s+(?:any\s+longer|anymore|any\s+more|now|either))?\W*$"
                        # ("Officials say the system is working. Experts are less sure.": a group less sure of it)
                        r"|\W*(?:[A-Za-z]+\s+)?(?:experts|analysts|critics|observers|diplomats|economists|scientists|geologists|others|many|some)"
                        r"\s+(?:are|were|seem|seemed)\s+(?:far\s+|much\s+|rather\s+)?(?:less|not\s+so|not\s+as)\s+(?:sure|certain|convinced|"
                        r"confident|optimistic)\W*$"
                        # ("Western officials are sceptical.": a group that doubts the account just given)
                        r"|\W*(?:[A-Za-z]+\s+)?(?:experts|analysts|critics|observers|diplomats|economists|officials|others|many|some)"
                        r"\s+(?:are|were|remain|remained)\s+(?:(?:deeply|highly|more|far\s+more)\s+)?(?:sceptical|skeptical|doubtful|unconvinced)\W*$",
                        re.IGNORECASE)

# "Defenders of the mission argue that it prevented a wider war. I am not convinced.": the writer's
# own doubt of the argument just given
# ("We are more sceptical.": the writer's doubt, set against the account just given)
_UNCONVINCED = re.compile(r"\W*(?:I|we)\s+(?:am|are|[’']m|[’']re)\s+(?:not|far\s+from)\s+(?:at\s+all\s+)?(?:convinced|persuaded|so\s+sure)\W*$"
                          r"|\W*(?:I|we)\s+(?:am|are|[’']m|[’']re)\s+(?:(?:much|far|rather|a\s+good\s+deal)\s+)?(?:more\s+)?"
                          r"(?:sceptical|skeptical|doubtful)\W*$"
                          r"|\W*(?:I|we)\s+(?:disagree|doubt\s+it|beg\s+to\s+differ)\W*$", re.IGNORECASE)

# "She denies the charges", "He has denied any wrongdoing": the one just told of, by a pronoun, denying it
_PRONOUN_DENIES = re.compile(r"\W*(?:She|He)\s+(?:has\s+|had\s+)?(?:denies|denied|rejects|rejected|disputes|disputed)\s+"
                             r"(?:the\s+(?:charges?|accusations?|allegations?)|any\s+wrongdoing|all\s+(?:the\s+)?(?:charges|allegations)|"
                             r"wrongdoing|it|this|that)\b")

# "but" and "however" set a sentence against the one before only when they open it ("But the union
# said …", "The council, however, says …"); inside a sentence they weigh its own clauses
_OPENS_WITH_CONTRAST = re.compile(r"^\W*(?:but|however|yet)\b|^[^,.;]{1,60},\s*however\b", re.IGNORECASE)


# the stems of the verbs that tell: an account that shares no more than its telling with a dispute is
# about something else
_TELLING_STEMS = frozenset(stem(verb) for verb in REPORTING_VERBS.split("|")) | {"call"}


_ACCUSED_IN_PASSIVE = re.compile(r"\W*(?P<who>[^,;]{2,80}?)(?:,[^;]{0,120},)?\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
                                 r"(?:repeatedly\s+|also\s+|widely\s+)?accused\s+by\b")


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
_CRITICS = frozenset(("critics say", "critics argue", "critics said"))
# how much an author's "But …" must share with the sourced claim before it to answer it rather
# than turn to something else
AUTHOR_ANSWER_THRESHOLD = 0.2


def _deeds_denied(claims: tuple[Claim, ...], i: int, after: int, threshold: float) -> list[tuple[float, int, list[str]]]:
    """The accounts of the deed the denial at i denies, up to two told before claim `after`, scored as its counters."""
    return [(threshold, j, [f"the deed denied, told {'by ' + claims[j].speaker if claims[j].speaker else 'in the text'}"])
            for j in deed_told_before(claims, i, after)]


# "wrong" calls an account wrong only as what it is ("the figures are wrong", "He is wrong about this"), not as what kind
# of thing ("the wrong-way driver", "This is the wrong site", "spending money on the wrong things"), nor when nothing
# in particular is ("Nobody told us anything was wrong")
_CALLED_WRONG = re.compile(r"(?<!\banything\s)(?<!\bsomething\s)(?<!\bnothing\s)(?<!\beverything\s)"
                           r"\b(?:is|are|was|were|be|been|[’']s|[’']re|got\s+\w+)\s+(?:\w+ly\s+|just\s+|all\s+)?wrong\b",
                           re.IGNORECASE)


# "claims" as a verb ("Moscow claims the drones were Ukrainian"), not as the noun ("territorial claims against Azerbaijan",
# "its claims to the islands")
_CLAIMS_TOLD = re.compile(r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bany\s)(?<!\bsuch\s)"
                          r"(?<!\bthese\s)(?<!\bthose\s)(?<!\bterritorial\s)(?<!\bland\s)(?<!\brival\s)(?<!\blegal\s)"
                          r"\bclaims\b(?!\s+(?:against|to|of|for|on|over|by|from|in|were|are|have|had)\b)", re.IGNORECASE)
# "dismissed" as a deed done to an account ("dismissed the report as propaganda"), not a sacking in the passive
_DISMISSED_ACTIVE = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bunfairly\s)\bdismissed\b",
                               re.IGNORECASE)


def _accounts_doubted(claims: tuple[Claim, ...], i: int) -> list[Claim]:
    """The account a doubt cast in claims[i] answers: the told sentence just before, and the one before that when
    another teller gives it in the same paragraph ("Baku insists the target is achievable. The minister said output
    would rise … . We are more sceptical.": the account runs over the paragraph just before)."""
    told = [claims[i - 1]]
    before = claims[i - 2] if i > 1 else None
    if before is not None and before.speaker and before.block == claims[i - 1].block and before.kind != "question" \
            and not same_source(before.speaker, claims[i].speaker):
        told.append(before)
    return told


def _counter_cue(claim: Claim, claim_grams: frozenset[str]) -> str | None:
    """The cue that sets a claim against another: the first of its cues, passing over a base form used
    as a noun when a verb cue stands beside it ("Sudria denies that it owes anything, saying … because
    of a metering dispute")."""
    cues = COUNTER_CUES.all(claim_grams)
    if "wrong" in cues and not _CALLED_WRONG.search(claim.text):
        cues.remove("wrong")
    if "claims" in cues and not _CLAIMS_TOLD.search(claim.text):
        cues.remove("claims")  # "remove the territorial claims against Azerbaijan": a demand held, not an account disputed
    if "dismissed" in cues and not _DISMISSED_ACTIVE.search(claim.text):
        cues.remove("dismissed")  # "she was dismissed for falsifying records": sacked, no account dismissed
    if len(cues) > 1 and cues[0] in ("dispute", "reject", "deny", "contradict") and not _BASE_DISPUTE.search(claim.text):
        return cues[1]
    if len(cues) > 1 and cues[0] in JUDGED_WRONG_CUES and (denial := next((c for c in cues if c in DENIALS and c not in (
            "dispute", "reject", "deny")), None)):
        return denial  # "rejects the higher figures as exaggerated": the rejection, with the word it rejects them by
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
    answers: list[int] = []  # claims in which the accused answers the accusation just before
    for i, claim in enumerate(claims):
        cue = _counter_cue(claim, claim_grams.get(claim.id) or grams(claim.text))
        if not claim.speaker and i and (rebuttal := _author_rebuts(claims, i)):
            out.append(rebuttal)
        if i and claims[i - 1].speaker and claims[i - 1].kind != "question" \
                and (_DISBELIEF.match(claim.text) or not claim.speaker and _UNCONVINCED.match(claim.text)):
            # "Azerbaijan says the region's Armenians are free to stay. Few believe it.": doubt cast on the
            # account just given (after a question, "Many observers doubt it." answers the question)
            for told in _accounts_doubted(claims, i):
                seen.add((claim.id, told.id, "counters"))
                out.append(Relation(claim.id, told.id, "counters", 0.5, f"doubt cast on the account of {told.speaker}"))
        if i and accused_answers(claims, i) is not None:
            answers.append(i)  # (linked after the rest, if no other reading has linked the two)
        if i and claims[i - 1].id in denied and claim.speaker == claims[i - 1].speaker and _GOES_ON.match(claim.text):
            # "Norland Hydro denies this. It says releases have stayed above the minimum …": the
            # denial goes on in the next sentence, which answers what the denial answered
            for target in denied[claims[i - 1].id]:
                if (claim.id, target, "counters") not in seen:
                    seen.add((claim.id, target, "counters"))
                    out.append(Relation(claim.id, target, "counters", 0.5, f"goes on with the denial by {claim.speaker} just before"))
        if i and not claim.speaker and claims[i - 1].kind not in ("question", "reference") \
                and claims[i - 1].block == claim.block and _PRONOUN_DENIES.match(claim.text):
            # ("A court … sentenced Evghenia Gutul … for illegally financing the party. She denies the charges"): the one
            # the sentence before tells of, named there, answers it
            seen.add((claim.id, claims[i - 1].id, "counters"))
            out.append(Relation(claim.id, claims[i - 1].id, "counters", 0.5, "a denial by the one the sentence before tells of"))
            continue
        if not cue or claim.kind in ("question", "reference"):
            continue
        if cue in ("dispute", "reject", "deny", "contradict") and not _BASE_DISPUTE.search(claim.text):
            continue
        if cue in _DEGREE_CUES and not POINTER_JUDGED.search(claim.text):
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
        speaker_words = teller_words(claim.speaker) if cue in ACCUSATIONS and claim.speaker else frozenset()
        own = content_stems(claim.text, speaker_words)
        needed = threshold
        if cue in DENIALS and (disputed := _DISPUTED_CLAUSE.search(claim.text)) \
                and len(clause := content_stems(disputed.group("clause"))) >= 2:
            # "disputes that emergency visits will rise, saying …": what is disputed, not why; its few
            # words must share more with the account they answer
            own, needed = clause, threshold * _CLAUSE_FIRMER
        own_mass = sum(doc.idf.get(w, 0.0) for w in own)
        reach = min(i, MAX_REACH) if cue in ATTRIBUTED_DISPUTE else window
        antecedent = answered(claims, i, cue)
        if antecedent is None and cue in DENIALS:
            antecedent = accusation_denied(claims, i)
            antecedent = denier_named(claims, i) if antecedent is None else antecedent
            antecedent = deed_denied_after_account(claims, i) if antecedent is None else antecedent
        if antecedent is not None:
            # "Narrows Link denied that figure": the denial answers the account just before it
            reach = 0
            _, shared = overlap(doc, own, antecedent, own_mass)
            scored = [(threshold, antecedent, shared or [f"the account of {claims[antecedent].speaker}"])]
            scored += [(threshold, j, [f"the figures of {claims[j].speaker}"]) for j in also_denied(claims, i, antecedent)]
            scored += _deeds_denied(claims, i, antecedent, threshold)
            out.extend(denied_figures(claim, claims[antecedent]))
            before = antecedent - 1
            # (an accusation rejected is the one sentence that made it: "He accused the EU ambassador of …")
            if before >= 0 and claims[antecedent].speaker and claims[before].speaker == claims[antecedent].speaker \
                    and claims[before].kind not in ("question", "reference") and claims[before].block != claim.block \
                    and not REPROACH_NAMED.search(claim.text):
                # "Haas said the new aircraft were half as loud. 'Residents will hear fewer planes,' he
                # said. Campaigners dispute that claim": the account runs over both of his sentences
                _, shared = overlap(doc, own, before, own_mass)
                scored.append((threshold, before, shared or [f"the account of {claims[before].speaker}"]))
        else:
            # ("Russian border guards continue to move fences … . Moscow denies that the line has moved"): the
            # account of the deed denied, in its own verb, though no pointer names it
            scored = _deeds_denied(claims, i, i, threshold) if cue in DENIALS else []
        # ("The RSF … have been accused by the United States of committing genocide": an accusation in the
        # passive answers only what the accused said, not the figures of whoever spoke before)
        accused = _ACCUSED_IN_PASSIVE.match(claim.text) if cue in ("accused", "accuses") else None
        accused_words = teller_words(accused.group("who")) if accused else frozenset()
        denier = content_stems(claim.speaker) if cue in DENIALS and claim.speaker else frozenset()
        blamed = (blamed_match := BLAMED.search(claim.text)) and content_stems(blamed_match.group("who")) \
            if cue in ("accused", "accuses") else None
        for j in range(max(0, i - reach), i):
            other = claims[j]
            if accused and not (other.speaker and teller_words(other.speaker) & accused_words):
                continue
            if other.kind in ("question", "reference") or same_source(other.speaker, claim.speaker):
                continue
            if cue in _INSISTS and j != i - 1:
                continue  # "Azerbaijan insists the route would not affect Iran": it holds its ground against the account just given
            if not other.speaker and not claim.speaker:
                continue  # the author against the author: the disputed account is inside the sentence
            score, shared = overlap(doc, own, j, own_mass)
            if cue in DENIALS and shared and denier and set(shared) <= denier and not REPROACH_MADE.search(other.text):
                continue  # "Gazprom rejects the audit." shares only its own name with a sentence that accuses it of nothing
            if shared and set(shared) <= _TELLING_STEMS:
                continue  # 'Peskov called the move "incorrect"' shares only the telling with 'Moscow called the decision …'
            if blamed and not other.speaker and set(shared) <= blamed:
                continue  # "Kurti accuses Serbia of planning the attack" answers no "Some attackers fled to Serbia"
            if score < threshold and j == i - 1 and cue in ("but", "however") and other.speaker and claim.speaker:
                # "Norrow Freight said … But the union said …": a second source's account set
                # against the one just before it, whatever words each uses
                score, shared = threshold, shared or [f"the account of {other.speaker}"]
            if j == i - 1 and cue in _CRITICS and shared and set(shared) - _TELLING_STEMS:
                # "The government plans to rebuild the highway … . Critics argue that the plan ignores …": critics
                # set against what was just told, on a word they share
                score = max(score, threshold)
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
            agreeing = other_cue in ACCUSATIONS and cue in ACCUSATIONS
            kind = "supports" if agreeing else "counters"
            key = (claim.id, claims[j].id, kind)
            if key not in seen:
                seen.add(key)
                why = (f"'{cue}' sides with another dispute ('{other_cue}')" if agreeing
                       else f"'{cue}' disputes an account sharing")
                out.append(Relation(claim.id, claims[j].id, kind, round(min(1.0, 0.4 + score), 3),
                                    f"{why} {', '.join(shared)}"))
                if cue in DENIALS and kind == "counters":
                    denied.setdefault(claim.id, []).append(claims[j].id)
    linked = {(r.source, r.target) for r in out}
    for i in answers:
        claim, other = claims[i], claims[i - 1]
        if (claim.id, other.id) not in linked:
            seen.add((claim.id, other.id, "counters"))
            out.append(Relation(claim.id, other.id, "counters", 0.5, f"{claim.speaker}, whom {other.speaker} accuses, answers the accusation"))
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
