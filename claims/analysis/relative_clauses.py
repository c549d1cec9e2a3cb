"""Relative clauses and the clauses that qualify a noun: a future or a modal inside one is the noun's, not the
sentence's ("the company that will run the route", "assessments that Moscow could use")."""
from __future__ import annotations

import re

from .lexicon import REPORTING_VERBS

# "38 bus routes that commercial operators will not run": a counted noun with its relative clause
_COUNTED_THAT = re.compile(r"\b\d[\d,.]*\s+(?:[a-z-]+\s+){0,2}[a-z]+s\s+that\s+(?:[\w’'-]+\s+){0,3}$")
# "…, which is due to start", "…, who will chair it": a relative clause right before the future
# (", which diplomats in Brussels expect to happen in January": a relative clause with its own subject)
# (", where local elections are due in April": a place's relative clause)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\s+(?:is\s+|are\s+|was\s+|were\s+)?$|,\s+(?:which|where)\s+(?:[\w’'-]+\s+){1,4}$",
                              re.IGNORECASE)
# ("have agreed on the rules their border commissions will follow": a clause with no "that" under a deed done)
# ("It gives the government a mandate it will use for years": the object of a verb, qualified by a clause
# with no "that")
_CONTACT_CLAUSE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|already\s+)?[a-z]{3,}(?:ed|en)\s+(?:on\s+|to\s+)?the\s+[a-z]+s\s+"
                             r"(?:[\w’'-]+\s+){1,3}$"
                             r"|\b(?:gives?|gave|given|offers?|offered|hands?|handed|leaves?|left|grants?|granted|wins?|won|"
                             r"secures?|secured)\s+(?:[\w’'-]+\s+){0,3}?(?:a|an)\s+[a-z]+\s+(?:it|they|he|she|we)\s+$",
                             re.IGNORECASE)
# "…, a move officials say will save $1.2 million", "…, a change that will cost …": a noun in apposition
# sums up the clause before it, and the future qualifies that noun
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an)\s+[a-z]+\s+(?:(?:that|which)\s+|(?:[\w’'-]+\s+){1,3}?"
                                r"(?:say|says|said|estimate|estimates|expect|expects|believe|believes)\s+)$")


_RELATIVE_MODAL = re.compile(r"\b(?:that|which|who)\s+(?:may|might|could|would|can)\b", re.IGNORECASE)
_RELATIVE_MODALS = frozenset(("may", "might", "could", "would", "can"))
# ("goods that Russia's army can use": a subject of its own, a name's possession too)
_OBJECT_RELATIVE_MODAL = re.compile(r"\b(?P<noun>[a-z][\w’'-]*)\s+(?:that|which)\s+(?:(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
                                    r"(?:(?<=[’']s)\s+[a-z]+)?|it|they|he|she|we)"
                                    r"\s+(?P<modal>may|might|could|would|can)\b", re.IGNORECASE)


_AGREED_OR_SETTLED_HOW = re.compile(r"\b(?:agreed|agree|agrees|decided|decide|decides|settled|settle|determined|determine|set\s+out|specified)\s+"
                                    r"(?:on\s+)?(?:how\s+(?:much|many|far|long)|whether|which|who|when|where)\b[^,.;:]{0,60}?"
                                    r"\b(?P<modal>may|might|could|can)\b", re.IGNORECASE)


_SETTLING_WORDS = frozenset("agreed agree agrees decided decide decides settled settle determined determine set specified".split())


def _relative_with_subject(before: str) -> bool:
    """ "the company that will run the route", "a gesture that nationalists would attack": a noun's relative clause,
    perhaps with its own subject, right before the future (not "said that prices would …", what was told, nor what a
    noun holds: "a real danger that the ceasefire will collapse")."""
    m = _OBJECT_RELATIVE_BEFORE.search(before) if ("that" in before or "which" in before) else None
    return m is not None and m.group("noun").lower() not in _NOT_A_RELATIVE_HEAD


# nouns whose "that" clause is what they hold, not a relative one ("a statement that inspectors would visit",
# "a real danger that nationalists will attack")
_CONTENT_NOUNS = frozenset(
    "statement statements report reports announcement letter message post ruling decision news claim claims warning warnings "
    "assurance assurances promise promises pledge pledges view views belief beliefs hope hopes fear fears idea notion "
    "danger risk chance chances likelihood possibility prospect prospects expectation expectations probability sign signs "
    "odds assumption bet threat threats fact suggestion suggestions argument proposal understanding agreement guarantee "
    "guarantees impression sense feeling certainty doubt doubts concern concerns indication indications evidence".split())


_OBJECT_RELATIVE_BEFORE = re.compile(r"\b(?:a|an|the|any|every|no)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][\w’'-]*)\s+(?:that|which)\s+"
                                     r"(?:(?:(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)|it|they|he|she|we|[a-z]+s)\s+)?$", re.IGNORECASE)
# the words a "that" clause of what is told, thought or judged follows
_BEFORE_A_TOLD_CLAUSE = frozenset(REPORTING_VERBS.split("|")) | frozenset(
    "so such fact sure clear likely possible unlikely hope hopes hoped fear fears feared now and but is was are were "
    "means meant shows showed suggest suggests suggested agreed agree agrees decided understood knew know knows "
    "assume assumes assumed expect expects expected".split())
# (the union read once, not built again for each sentence)
_NOT_A_RELATIVE_HEAD = _BEFORE_A_TOLD_CLAUSE | _CONTENT_NOUNS
_RELATIVE_WORDS = frozenset(("that", "which", "who"))
_MODAL_WORD = {m: re.compile(rf"\b{m}\b", re.IGNORECASE) for m in _RELATIVE_MODALS}


def qualifies_a_noun(before: str) -> bool:
    """Whether the words before a future or a modal end in a clause that qualifies a noun: a relative clause, a
    counted noun's, a clause with no "that" under a deed done, a noun in apposition."""
    return bool(_RELATIVE_BEFORE.search(before) or _COUNTED_THAT.search(before) or _APPOSITION_BEFORE.search(before)
                or _CONTACT_CLAUSE.search(before)) or _relative_with_subject(before)


def modals_in_relative_clauses(sentence: str, modals: list[str], grams: frozenset[str]) -> list[str]:
    """The modals of `modals` that stand only inside relative clauses ("the plots that would later hold the depot"), or
    inside a question a deed leaves open ("has never agreed how much water each side may take")."""
    if _RELATIVE_MODALS.isdisjoint(modals):
        return []
    relative = [m.group("modal").lower() for m in _AGREED_OR_SETTLED_HOW.finditer(sentence)] \
        if not _SETTLING_WORDS.isdisjoint(grams) else []
    if not _RELATIVE_WORDS.isdisjoint(grams):
        relative += [w.split()[-1].lower() for w in _RELATIVE_MODAL.findall(sentence)]
        # ("assessments that Moscow could use to delay the project": a relative clause with its own subject; not
        # "said that Moscow could …", what was told)
        relative += [m.group("modal").lower() for m in _OBJECT_RELATIVE_MODAL.finditer(sentence)
                     if m.group("noun").lower() not in _BEFORE_A_TOLD_CLAUSE]
    if not relative:
        return []
    return [modal for modal in set(relative)
            if modal in modals and relative.count(modal) == len(_MODAL_WORD[modal].findall(sentence))]
