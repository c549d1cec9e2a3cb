"""Relations the layout tells rather than the words: what stands under a myth-buster's "Fact:" label
answers its "Myth:", a correction's next sentence answers what an earlier article said, and a fact
check's table row rated false answers the claim it checks."""
from __future__ import annotations

import re

from .figures import SHARES, beyond_rounding, differing_figures
from .lexicon import JUDGED_WRONG, JUDGING_ADJECTIVES
from .normalize.model import Block
from .overlap import content_stems
from .side_answers import confirmations, shares_stem, side_answers, told_before
from .types import Claim, Relation
from .verdict_cues import account_called_false
from .words import grams as word_grams

# A myth-buster's labels: what stands under "Fact:" ("Reality:", "The truth:") answers what stands
# under the "Myth:" label right before it, whatever words each uses
_MYTH_LABEL = re.compile(r"(?:the\s+)?(?:myths?|misconceptions?|rumou?rs?|fiction|false\s+claims?)\W*", re.IGNORECASE)
_FACT_LABEL = re.compile(r"(?:the\s+)?(?:facts?|reality|truth)\W*", re.IGNORECASE)


def _labelled_rebuttals(claims: tuple[Claim, ...], sections: dict[str, tuple[int, str]]) -> list[Relation]:
    """`sections`: each claim's section, as its heading's block index and text."""
    groups: list[tuple[tuple[int, str] | None, list[Claim]]] = []
    for claim in claims:
        section = sections.get(claim.id)
        if groups and groups[-1][0] == section:
            groups[-1][1].append(claim)
        else:
            groups.append((section, [claim]))
    out = []
    for (myth, told), (fact, answers) in zip(groups, groups[1:]):
        if not (myth and fact and _MYTH_LABEL.fullmatch(myth[1].strip()) and _FACT_LABEL.fullmatch(fact[1].strip())):
            continue
        for answer in answers:
            if answer.kind in ("question", "reference"):
                continue
            for claim in told:
                out.append(Relation(answer.id, claim.id, "counters", 0.6,
                                    f"under '{fact[1].strip()}', answers what stands under '{myth[1].strip()}' before it"))
                if figures := next(differing_figures(answer, claim), None):
                    out.append(Relation(answer.id, claim.id, "conflicts", 0.6,
                                        f"{figures[0].text} vs {figures[1].text} ({figures[0].unit}), given against a myth"))
    return out


# "An article on 2 July … said the council had approved 450 homes. It approved 340": a correction
# restates what was wrongly said, then what is so
_CORRECTED = re.compile(r"(?:An?|The|Our|This)\s+(?:earlier\s+|previous\s+)?(?:version\s+of\s+this\s+)?"
                        r"(?:article|report|story|headline|caption|piece|version|graphic)\b[^.;]{0,120}?\b"
                        r"(?:said|stated|reported|described|named|gave|misnamed)\b"
                        r"|We\s+(?:wrongly|incorrectly|mistakenly)\s+(?:said|stated|reported|described|named|gave)\b")


def _corrections(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for wrong, right in zip(claims, claims[1:]):
        if right.block != wrong.block or right.kind in ("question", "reference") or not _CORRECTED.match(wrong.text) \
                or _CORRECTED.match(right.text):
            continue
        out.append(Relation(right.id, wrong.id, "counters", 0.6, "a correction: says what is so after what was wrongly said"))
        figures = next(differing_figures(right, wrong), None) or _figure_put_right(right, wrong)
        if figures:
            qa, qb = figures
            out.append(Relation(right.id, wrong.id, "conflicts", 0.6,
                                f"{qa.text} vs {qb.text} ({qb.unit}), given in a correction"))
    return out


def _figure_put_right(right: Claim, wrong: Claim):
    """ "It approved 340" after "said the council had approved 450 homes": a bare number in a
    correction puts right the counted one it answers."""
    bare = next((q for q in right.quantities if not q.unit), None)
    counted = next((q for q in wrong.quantities if q.unit and q.unit not in SHARES), None)
    return (bare, counted) if bare and counted and beyond_rounding(bare.value, counted.value) else None


# a fact check's rating that a claim does not stand
_NOT_SO = re.compile(r"(?:mostly\s+|partly\s+|largely\s+)?(?:false|wrong|incorrect|inaccurate|misleading|exaggerated|"
                     r"unsupported|unproven|distorted|fake|untrue)|half[\s-]true|no\s+evidence|pants\s+on\s+fire", re.IGNORECASE)


def _rated_rows(claims: tuple[Claim, ...], blocks: tuple[Block, ...]) -> list[Relation]:
    """A fact-check table's row: "Burglary has doubled" | False | "Police recorded 1,240 burglaries …":
    under a rating that the claim does not stand, the row's later cells answer its first."""
    rows: dict[int, list[Claim]] = {}
    for claim in claims:
        if 0 <= claim.block < len(blocks) and blocks[claim.block].row:
            rows.setdefault(blocks[claim.block].row, []).append(claim)
    out = []
    for row in rows.values():
        first = blocks[row[0].block]
        rating = next((label for label in first.row_labels if _NOT_SO.fullmatch(label.strip(" .!*_"))), None)
        if rating is None:
            continue
        told = [c for c in row if c.block == row[0].block]
        for answer in row[len(told):]:
            for claim in told:
                out.append(Relation(answer.id, claim.id, "counters", 0.6,
                                    f"in a row rated '{rating}', answers the claim the row checks"))
    return out


# evidence shares this many of the checked claim's words with it
_SHARED_WITH_CHECKED = 3


def _reviewed(claims: tuple[Claim, ...], review: tuple[str, str] | None) -> list[Relation]:
    """A fact check's ClaimReview rating the claim it checks as not standing ("Misleading"): the
    page's claim that tells it (most of its words) is answered by the page's figures on the same
    thing (counted facts sharing three of its words, not told by the claim's speaker)."""
    if not review or not _NOT_SO.fullmatch(review[1].strip(" .!")):
        return []
    checked_words = content_stems(review[0])
    if not checked_words:
        return []
    overlap = [(len(checked_words & content_stems(c.text)) / len(checked_words), n) for n, c in enumerate(claims)]
    share, at = max(overlap, default=(0.0, -1))
    if share < 0.5:
        return []
    told = claims[at]
    return [Relation(c.id, told.id, "counters", 0.6, f"the page's review rates the claim '{review[1]}'; its figures on "
                     f"{', '.join(sorted(checked_words & content_stems(c.text))[:4])} answer it")
            for c in claims if c is not told and c.kind == "fact" and c.quantities and c.speaker != told.speaker
            and len(checked_words & content_stems(c.text)) >= _SHARED_WITH_CHECKED]


# "… said it left because Sarno refused …": a party gives its own reason for what it did, and an
# account of the deed that gives another ("had walked out when asked to discuss …")
_OWN_REASON = re.compile(r"\b(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?\w+(?:\s+\w+){0,4}?\s+"
                         r"(?:because|only\s+after|in\s+response\s+to)\b", re.IGNORECASE)
_REASON_GIVEN = re.compile(r"\b(?:when|after|because|in\s+response\s+to)\b", re.IGNORECASE)
_NAME_WORD = re.compile(r"[a-z]+")
_NOT_NAMING = frozenset(("the", "its", "their", "a", "an", "of"))


def _rival_reasons(claims: tuple[Claim, ...]) -> list[Relation]:
    """ "Horvat said the Dren delegation had walked out when asked to discuss …. The Dren delegation
    said it left because Sarno refused …": a party named in the account just before gives its own
    reason for what it did, which answers that account whatever words each uses."""
    out = []
    for told, answer in zip(claims, claims[1:]):
        own = _OWN_REASON.search(answer.text)
        if not (told.speaker and answer.speaker) or answer.kind in ("question", "reference") \
                or not own or not _REASON_GIVEN.search(told.text):
            continue
        # (the same reason told by both sides, "after talks resumed" and "because talks had resumed", agrees)
        reason = content_stems(answer.text[own.end():])
        if not reason or len(reason & content_stems(told.text)) * 2 >= len(reason):
            continue
        party = frozenset(_NAME_WORD.findall(answer.speaker.lower())) - _NOT_NAMING
        if not party or party & frozenset(_NAME_WORD.findall(told.speaker.lower())) \
                or not party <= frozenset(_NAME_WORD.findall(told.text.lower())):
            continue
        out.append(Relation(answer.id, told.id, "counters", 0.5,
                            f"{answer.speaker} gives its own reason for what {told.speaker} said it did"))
    return out


# "Kelvo says the K2 uses 15% less energy than its previous model. Our tests found no measurable
# difference.": a test or study that found none of the effect a source just claimed
_FOUND_NONE = re.compile(r"\b(?:found|find|finds|showed|shows|show|measured|recorded|detected)\s+no\s+(?:measurable\s+|significant\s+|"
                         r"such\s+|real\s+|clear\s+|noticeable\s+)?(?:difference|evidence|saving|savings|improvement|benefit|"
                         r"change|effect|reduction|increase|gain)\b", re.IGNORECASE)
_CLAIMED_EFFECT = re.compile(r"\b(?:less|more|fewer|faster|slower|cheaper|better|lower|higher|cuts?|saves?|reduces?|halves|doubles)\b",
                             re.IGNORECASE)


def _found_none(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for claimed, answer in zip(claims, claims[1:]):
        if claimed.speaker and claimed.speaker.lower() != (answer.speaker or "").lower() and answer.kind == "fact" \
                and (found := _FOUND_NONE.search(answer.text)) and _CLAIMED_EFFECT.search(claimed.text) \
                and claimed.kind in ("fact", "prediction"):
            # (what it found none of, when named, is what the claim was about: "found no evidence of
            # fraud" answers no promise to cut waiting times)
            named = content_stems(answer.text[found.end():])
            if named and not shares_stem(named, content_stems(claimed.text)):
                continue
            out.append(Relation(answer.id, claimed.id, "counters", 0.5,
                                f"'{found.group(0)}' of the effect {claimed.speaker} claims just before"))
    return out


# "The register shows fewer than half the trees the mayor claimed.", "… £5.60, not £6 as the council
# leaflet says": a figure set against what a named source claimed, further back in the text
_CLAIM_CITED = re.compile(r"\b(?:than|not|fewer|less|half|twice)\b[^.;]{0,60}?\b(?:as\s+)?(?:the\s+|its\s+|their\s+)?"
                          r"(?P<who>[A-Za-z][\w’'-]+(?:\s+[A-Za-z][\w’'-]+){0,2})\s+(?:had\s+|has\s+)?"
                          r"(?:claimed|claims|said|says|stated|states|promised|reported|announced)\b")
_CITED_REACH = 8


def _claim_cited(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, answer in enumerate(claims):
        cited = _CLAIM_CITED.search(answer.text) if answer.kind not in ("question", "reference") else None
        if not cited:
            continue
        head = cited.group("who").lower().split()[-1]
        if answer.speaker and head in answer.speaker.lower().split():
            continue  # ("… lower than expected, the ministry said": the sentence's own teller, citing no one)
        # (back first; a letter may answer a leaflet it quotes only further on, where the leaflet gives
        # its own figure of the same thing)
        ahead = [c for c in claims[n + 1:n + 1 + _CITED_REACH] if next(differing_figures(answer, c), None)]
        for told in list(claims[max(0, n - _CITED_REACH):n][::-1]) + ahead:
            # (the speaker's own title or name, not someone speaking for them: "A spokesperson for the mayor")
            teller = re.split(r"\s+(?:for|of|at)\s+", (told.speaker or "").lower())[0]
            if told.speaker and head in re.findall(r"[a-z’'-]+", teller) and told.kind not in ("question", "reference") \
                    and (answer.speaker or "").lower() != told.speaker.lower():
                out.append(Relation(answer.id, told.id, "counters", 0.55, f"sets a figure against what {told.speaker} claimed: "
                                                                          f"'{cited.group(0).strip()}'"))
                if figures := next(differing_figures(answer, told), None):
                    out.append(Relation(answer.id, told.id, "conflicts", 0.55,
                                        f"{figures[0].text} vs {figures[1].text} ({figures[0].unit}), against what it claimed"))
                break
    return out


# "Sudria's state gas company called the increase \"blackmail\"": a source that pins a damning label on a
# change another has just announced ("fees … would rise by 40%") answers it (not "a last resort", which
# explains it)
_LABEL_PINNED = re.compile(r"\b(?:called|calls|described|describes|branded|brands|labelled|labeled|dismissed|dismisses)\s+"
                           r"(?:the|this|that|its|their)\s+(?P<noun>increase|rise|hike|cut|cuts|decision|plan|proposal|"
                           r"offer|deal|change|changes|policy|ban)\s+(?:as\s+)?[\"“‘'](?P<label>[^\"”’]{2,120})")
_DAMNING = re.compile(r"\b(?:blackmail|extortion|robbery|rip-?off|scandal|disgrace|betrayal|blow|outrage|insult|theft|cash\s+grab|"
                      r"stealth\s+tax|blank\s+(?:check|cheque)|kick\s+in\s+the\s+teeth|slap\s+in\s+the\s+face|attack|unfair|unjust|"
                      r"reckless|absurd|ridiculous|shameful|unacceptable|no\s+accountability|con|sham|farce|fiasco)\b", re.IGNORECASE)
# what announces the change the label is pinned on: "would rise by 40%", "will rise by 12%", "plans to cut"
_CHANGE_AHEAD = {"increase": re.compile(r"\b(?:will|would|to|set\s+to)\s+(?:rise|increase|go\s+up|be\s+raised)\b"),
                 "cut": re.compile(r"\b(?:will|would|to|set\s+to)\s+(?:be\s+)?(?:cut|reduced|fall|scrapped|closed|close)\b")}
_CHANGE_OF = {"increase": "increase", "rise": "increase", "hike": "increase", "cut": "cut", "cuts": "cut"}
_LABEL_REACH = 3


def _label_pinned(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, answer in enumerate(claims):
        pinned = _LABEL_PINNED.search(answer.text) if answer.speaker else None
        if not pinned or not _DAMNING.search(pinned.group("label")):
            continue
        noun = pinned.group("noun").lower()
        ahead = _CHANGE_AHEAD.get(_CHANGE_OF.get(noun, ""))
        announced = (lambda c: ahead.search(c.text) is not None) if ahead else (lambda c: noun.rstrip("s") in c.text.lower())
        if told := told_before(claims, n, _LABEL_REACH, announced, sourced=False):
            out.append(Relation(answer.id, told.id, "counters", 0.5, f"{answer.speaker} pins a damning label on it: '{pinned.group(0)}'"))
    return out


# "Armenian officials call that claim a pretext": a source that calls an account just given by another
# a name for a falsehood answers it, whatever words each uses
_CLAIM_LABELLED = re.compile(r"\b(?:call|calls|called|dismiss|dismisses|dismissed|brand|brands|branded)\s+(?:that|this|the|those|these|such)\s+"
                             r"(?:claims?|accounts?|allegations?|accusations?|charges?|figures?|reports?|statements?|version)\s+"
                             r"(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?[\"“‘']?(?P<label>pretext|lies?|fabrications?|smear|propaganda|fiction|fantasy|"
                             r"nonsense|slander|excuse|provocation|myth|distortion|invention|disinformation|fake|"
                             # ("dismissed the statement as empty words", "as mere rhetoric")
                             r"words|rhetoric|posturing|bluff|spin|"
                             # ('called the accusation "baseless"')
                             r"baseless|groundless|unfounded|false|untrue|absurd|fabricated|slanderous)\b", re.IGNORECASE)


_SPREAD_BY = re.compile(r"\b(?:spread|published|given|put\s+out|released|issued)\s+by\s+(?:the\s+)?([A-Z][^,;]{2,60}?)\s+(?:that|is|are|was|were|do|does|did)\b")


def _claim_labelled(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, answer in enumerate(claims):
        # (or an account called false outright, in the speaker's words: '"The information spread by Azerbaijan
        # does not correspond to reality," it said')
        labelled = (_CLAIM_LABELLED.search(answer.text) or account_called_false(answer.text, word_grams(answer.text))) \
            if answer.speaker and n else None
        # ("The information spread by the Armenian Ministry of Defence …": the account of the source it names)
        whose = content_stems(named.group(1)) if labelled and (named := _SPREAD_BY.search(labelled.group(0))) else None
        if labelled and (told := told_before(claims, n, 2, lambda c: not whose or bool(whose & content_stems(c.speaker or "")))):
            if whose and n >= 2 and claims[n - 2] is not told and claims[n - 2].speaker == told.speaker:
                told = claims[n - 2]  # (the named source's account over two sentences is answered at its start)
            out.append(Relation(answer.id, told.id, "counters", 0.5,
                                f"{answer.speaker} calls the account of {told.speaker} a falsehood: '{labelled.group(0)}'"))
    return out

# "Moscow insists that it is not a party to the conflict. That position is absurd.": the author's
# verdict on the position just told answers it
_POSITION_JUDGED = re.compile(r"\W*(?:That|This|Such\s+a|The)\s+(?:position|claim|argument|view|stance|account|assertion|"
                              r"reasoning|explanation|excuse|defence|defense)\s+(?:is|was)\s+(?:\w+ly\s+|also\s+)?"
                              rf"(?:{JUDGING_ADJECTIVES}|{JUDGED_WRONG}|not\s+true|untrue|false|nonsense|a\s+fiction|a\s+myth)\W*$"
                              # ("Such claims do not correspond to reality.", "These assertions are groundless.")
                              r"|\W*(?:Such|These|Those|The|Its|Their)\s+(?:claims|allegations|assertions|statements|accusations)\s+"
                              r"(?:(?:do|does|did)\s+not\s+(?:correspond\s+to|reflect)\s+(?:the\s+)?(?:reality|facts|truth)"
                              rf"|(?:are|were)\s+(?:\w+ly\s+)?(?:{JUDGING_ADJECTIVES}|{JUDGED_WRONG}|untrue|false|nonsense))\W*$",
                              re.IGNORECASE)


def _position_judged(claims: tuple[Claim, ...]) -> list[Relation]:
    out = []
    for n, answer in enumerate(claims):
        told = claims[n - 1] if n else None
        if told and not answer.speaker and told.speaker and told.kind not in ("question", "reference") \
                and (judged := _POSITION_JUDGED.match(answer.text)):
            out.append(Relation(answer.id, told.id, "counters", 0.5,
                                f"the author's verdict on the position of {told.speaker}: '{judged.group(0).strip()}'"))
    return out


def _answers_found(claims: tuple[Claim, ...], find, reach: int, accepts, why) -> list[Relation]:
    """A teller's sentence that `find` reads as an answer, set against the nearest claim up to `reach` before it,
    from another source, that `accepts(found)` takes."""
    out = []
    for n, answer in enumerate(claims):
        if answer.speaker and (found := find(answer)):
            if told := told_before(claims, n, reach, accepts(found)):
                out.append(Relation(answer.id, told.id, "counters", 0.5, why(answer, found, told)))
    return out


# "Sarno's government says the mission has failed to stop shelling … The mission's own reports show that
# shelling fell by 60% …": a fall shown in the very thing a source says was not stopped answers it
_FAILED_TO_CURB = re.compile(r"\b(?:failed|fails|failing)\s+to\s+(?:stop|reduce|cut|curb|prevent|end|tackle|bring\s+down)\s+"
                             r"(?:the\s+)?(?P<thing>[a-z]{4,})\b")
_FELL = re.compile(r"\b(?P<thing>[a-z]{4,})\s+(?:has\s+|have\s+|had\s+)?(?:fell|fallen|dropped|declined|halved|decreased|"
                   r"went\s+down)\b")


def _not_stopped(fell: re.Match):
    thing = content_stems(fell.group("thing"))

    def accepts(told: Claim) -> bool:
        curb = _FAILED_TO_CURB.search(told.text)
        return curb is not None and shares_stem(content_stems(curb.group("thing")), thing)
    return accepts


def _fall_shown(claims: tuple[Claim, ...]) -> list[Relation]:
    return _answers_found(claims, lambda answer: _FELL.search(answer.text), 2, _not_stopped,
                          lambda answer, fell, told: f"shows {fell.group(0)}, which {told.speaker} says was not stopped")


# "Reuters reported … that Azerbaijan had moved troops closer to the border. … There have been no troop movements.":
# a speaker's flat statement that none of what was just reported took place
_NONE_TOOK_PLACE = re.compile(r"\W*(?:There\s+(?:has|have|had)\s+been|There\s+(?:were|was))\s+no\s+(?P<what>[a-z][a-z\s-]{2,40}?)\W*$")


def _reported(none: re.Match):
    what = content_stems(none.group("what"))
    return lambda told: shares_stem(content_stems(told.text), what)


def _none_took_place(claims: tuple[Claim, ...]) -> list[Relation]:
    return _answers_found(claims, lambda answer: _NONE_TOOK_PLACE.match(answer.text), 3, _reported,
                          lambda answer, none, told: f"says no {none.group('what')} took place, against what {told.speaker} reported")


# "Exiled activists put the death toll much higher.": a count just given put otherwise, with no figure of one's own
_COUNT_PUT_OTHERWISE = re.compile(r"\bput(?:s|ting)?\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:toll|figure|number|count|total|tally)\s+"
                                  r"(?:much\s+|far\s+|considerably\s+|significantly\s+)?(?:higher|lower)\W*$")


def _count_put_otherwise(claims: tuple[Claim, ...]) -> list[Relation]:
    return _answers_found(claims, lambda answer: not answer.quantities and _COUNT_PUT_OTHERWISE.search(answer.text), 3,
                          lambda _put: lambda told: bool(told.quantities) and told.kind == "fact",
                          lambda answer, put, told: f"{answer.speaker} {put.group(0).strip(' .')} than {told.speaker}")


def told_rebuttals(claims: tuple[Claim, ...], sections: dict[str, tuple[int, str]],
                   blocks: tuple[Block, ...] = (), review: tuple[str, str] | None = None) -> list[Relation]:
    return _labelled_rebuttals(claims, sections) + _corrections(claims) + _rated_rows(claims, blocks) + _reviewed(claims, review) \
        + _rival_reasons(claims) + _found_none(claims) + side_answers(claims) + confirmations(claims) \
        + _claim_cited(claims) + _label_pinned(claims) + _claim_labelled(claims) + _position_judged(claims) + _fall_shown(claims) \
        + _none_took_place(claims) + _count_put_otherwise(claims)
