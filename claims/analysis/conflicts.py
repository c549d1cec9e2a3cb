"""Numeric conflicts: the same kind of figure given twice, values beyond rounding apart."""
from __future__ import annotations

import re

from .figures import SHARES, beyond_rounding, dates, different_times, differing_figures, periods, two_counts_of_a_gathering
from .overlap import Doc, similarity
from .tellers import same_source
from .types import Claim, Relation

# how far back a figure is set against another, and a dispute attributed to a source reaches
MAX_REACH = 400


def _forecast_for_a_time(claim: Claim) -> bool:
    """A forecast that names the time its figure is for ("… by 2030")."""
    return claim.kind == "prediction" and any(t.kind in ("date", "horizon") for t in claim.times)


# ("It put the number of Armenian dead at two": what is counted may be named before the figure)
# ("Organisers put it at more than 50,000": the count just given, by a pronoun)
# ("The ombudsman put the civilian toll higher, at 25": a word for whose count, and how it compares, between)
_RECOUNT = re.compile(r"\bput(?:s|ting)?\s+(?:(?:the|that|this|its\s+own|their\s+own)\s+(?:(?P<adj>[a-z]+)\s+)?(?P<noun>number|figure|total|count|toll|cost|debt|bill|deficit|shortfall|losses|damage|arrears)"
                      r"(?:\s+of\s+(?:[\w’'-]+\s+){1,3}?)?|(?P<pronoun>it|them))\s*(?:(?:much\s+|far\s+)?(?:higher|lower),?\s+)?\bat\b",
                      re.IGNORECASE)
# what a rival count counts, not a sum or a figure of any kind
_HEADCOUNT = frozenset(("number", "toll", "count", "total"))
# words before "toll" or "figure" that say nothing of what is counted ("put the official toll at …")
_ANY_COUNT = frozenset("official final latest new overall total real true actual revised death provisional".split())
_SPAN_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years".split())


def _is_money(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()  # a currency's code: "USD", "EUR"


def _counts_again(claim: Claim) -> bool:
    """A count given by a pronoun or a word for a headcount for what was just counted: "Organisers put it
    at more than 50,000", "The ombudsman put the civilian toll higher, at 25"."""
    return bool(claim.quantities) and (m := _RECOUNT.search(claim.text)) is not None \
        and (m.group("pronoun") is not None or m.group("noun").lower() in _HEADCOUNT or m.group("noun").lower() == "figure"
             and any(not q.unit for q in claim.quantities))


def _recounted(told: Claim, recount: Claim):
    """The figure a rival count gives ("It put the number of Armenian dead at two") and the first one the
    account before it counted ("Four Armenian soldiers were killed"), when beyond rounding apart, whatever
    words each counts in."""
    m = _RECOUNT.search(recount.text)
    given = next((q for q in recount.quantities if q.start - recount.start >= m.end()), None) if m else None
    if given is None:
        return None
    if not m.group("pronoun") and m.group("noun").lower() not in _HEADCOUNT \
            and not (m.group("noun").lower() == "figure" and not given.unit):
        # ("put the cost at close to $8 billion": a sum is set only against a sum; "later put the figure at
        # 170", a bare number, recounts what was counted)
        return None
    # (a sum only against a sum; a count in words of its own against no span of time: "put it at $8.6
    # million" is no rival to "blackouts of four hours")
    counted = [q for q in told.quantities if q.unit and q.unit not in SHARES
               and (q.unit == given.unit if _is_money(given.unit) else not _is_money(q.unit) and q.unit not in _SPAN_UNITS)]
    if (adjective := (m.group("adj") or "").lower()) and adjective not in _ANY_COUNT:
        # ("put the civilian toll higher, at 25": the count of civilians, not of soldiers or of all the dead)
        counted = [q for q in counted if q.unit.lower().startswith(adjective[:6])]
    counted = counted[0] if counted else None
    if given and counted and beyond_rounding(counted.value, given.value):
        return counted, given
    return None


# "Only 34.2% of registered voters took part …" / "An alliance of opposition groups put turnout at no more than 20%": a
# share of voters, the one figure a rival count of turnout can be set against
_TURNOUT_PUT = re.compile(r"\bput(?:s|ting)?\s+(?:the\s+|its\s+own\s+|their\s+own\s+)?(?:official\s+|real\s+|actual\s+)?"
                          r"(?:turnout|participation)(?:\s+figure)?\s+(?:at|closer\s+to)\b", re.IGNORECASE)
_TURNOUT_TOLD = re.compile(r"\b(?:turnout|took\s+part|voted|cast\s+(?:their\s+)?ballots?|participation)\b", re.IGNORECASE)


def _rival_turnouts(claims: tuple[Claim, ...]) -> list[Relation]:
    """A turnout put by one source against the share of voters another gave just before, beyond rounding apart."""
    out = []
    for j, claim in enumerate(claims):
        if not claim.quantities or not (put := _TURNOUT_PUT.search(claim.text)):
            continue
        given = next((q for q in claim.quantities if q.unit == "percent" and q.start - claim.start >= put.end()), None)
        for i in range(max(0, j - 2), j):
            told = claims[i]
            share = next((q for q in told.quantities if q.unit == "percent"), None)
            if given and share and _TURNOUT_TOLD.search(told.text) and not same_source(told.speaker, claim.speaker) \
                    and beyond_rounding(share.value, given.value):
                why = f"{given.text} vs {share.text} (turnout)"
                out += [Relation(claim.id, told.id, "conflicts", 0.6, why),
                        Relation(claim.id, told.id, "counters", 0.6, f"{claim.speaker or 'the text'} puts turnout otherwise: {why}")]
    return out


# "Georgian Dream won 53.9% of the vote" and "An exit poll … gave Georgian Dream 40.9%": a party's share, told twice
_NAMED = r"(?P<party>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
_SHARE = r"(?:about\s+|around\s+|almost\s+|nearly\s+|over\s+|under\s+)?(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
_SHARES_OF_A_PARTY = (re.compile(rf"{_NAMED}\s+(?:won|took|received|gained|got|polled|secured)\s+{_SHARE}"),
                      re.compile(rf"\b(?:gave|gives|put|puts|showed|shows)\s+{_NAMED}\s+(?:at\s+)?{_SHARE}"))


def _party_shares(claim: Claim) -> dict[str, float]:
    return {" ".join(m.group("party").split()): float(m.group("n"))
            for pattern in _SHARES_OF_A_PARTY for m in pattern.finditer(claim.text)}


def _rival_shares(claims: tuple[Claim, ...]) -> list[Relation]:
    """A party's share of the vote given by one source against the share another gave it just before."""
    out = []
    shares = {i: _party_shares(c) for i, c in enumerate(claims) if c.quantities and ("%" in c.text or "cent" in c.text)}
    for j, given in shares.items():
        for i in range(max(0, j - 3), j):
            for party, value in given.items():
                told = shares.get(i, {}).get(party)
                if told is not None and beyond_rounding(told, value) and not same_source(claims[i].speaker, claims[j].speaker) \
                        and not different_times(dates(claims[i]), dates(claims[j])):
                    out.append(Relation(claims[j].id, claims[i].id, "conflicts", 0.6, f"{value:g}% vs {told:g}% ({party}'s share)"))
    return out


def numeric_conflicts(doc: Doc) -> list[Relation]:
    """The same kind of figure given twice with values beyond rounding apart."""
    out = _rival_turnouts(doc.claims) + _rival_shares(doc.claims)
    claims = doc.claims
    # an option or a piece of advice ("Equip every berth for about £31 million") asserts no figure
    counted = [i for i, c in enumerate(claims) if c.kind not in ("opinion", "question", "reference")
               and (any(q.unit and q.unit not in SHARES for q in c.quantities) or _counts_again(c))]
    dated = {i: dates(claims[i]) for i in counted}
    spans = {i: periods(claims[i]) for i in counted}
    for x, i in enumerate(counted):
        for j in counted[x + 1:x + 1 + MAX_REACH]:
            if different_times(dated[i], dated[j]):
                continue  # "£120 million" in March 2016 and "£245 million" in January 2022: a figure revised
            if spans[i] and spans[j] and not spans[i] & spans[j]:
                continue  # a half-year's figure and a full year's forecast
            if _forecast_for_a_time(claims[i]) != _forecast_for_a_time(claims[j]):
                continue  # "exports are expected to rise to 65 bcm by 2030": a figure ahead, no rival to one as it stands
            # ("The Dren authorities put the number at 1,200 families": a rival count of what was just
            # counted, told as one, whatever words the two share)
            recount = j - i <= 2 and not same_source(claims[i].speaker, claims[j].speaker) \
                and _RECOUNT.search(claims[j].text) is not None
            figures = list(differing_figures(claims[i], claims[j]))
            if not figures and recount and (rival := _recounted(claims[i], claims[j])):
                figures = [rival]
            for qa, qb in figures:
                score, shared = similarity(doc, i, j)
                if score < 0.35 and not recount and not (two_counts_of_a_gathering(claims, i, j, qa.unit)
                                                         and not same_source(claims[i].speaker, claims[j].speaker)):
                    break
                out.append(Relation(claims[j].id, claims[i].id, "conflicts", round(min(1.0, score), 3),
                                    f"{qa.text} vs {qb.text} ({qa.unit})"))
                if recount and claims[j].speaker:
                    # ("Chisinau says an audit put the debt at just $8.6 million", after Gazprom's $709 million):
                    # a side's own count set against another's disputes it
                    out.append(Relation(claims[j].id, claims[i].id, "counters", round(min(1.0, score), 3),
                                        f"{claims[j].speaker} sets its own count against it: {qa.text} vs {qb.text}"))
                break  # one conflict a pair of claims, on its first pair of figures
    return out
