"""Who tells a sentence that has no verb of telling: who holds the view, takes the position or makes the
demand; who names a thing in quotes or dismisses it as something; which record or body gives a figure."""
from __future__ import annotations

import re

from .judgement import CALLED_AN_ATTACK, FIGURE_OR_WORD, JUDGING_WORD_PINNED, NAMING
from .verdict_cues import CALLED_A_CRIME, VERDICT_AFTER_AS
from .lexicon import NAMING_VERBS, NO_ONE, PRONOUNS, REPORTING_VERBS, VAGUE_SPEAKERS
from .positions import CALLED_FOR, DEMANDED, WANT_WORDS, WANTS_MEASURE, position_taken, reaction_told, view_held
from .subjects import subject_before, unnamed_group
from .time_patterns import DIGIT

# a clause of time, cause or condition the subject sits in: "…, after scientists warned that …"
SUBORDINATE = re.compile(r"(?:after|before|once|until|since|as|when|while|because|although|though|unless|if)(?:\s|$)", re.IGNORECASE)
# "The strike began days after the union said talks had failed": the telling sits in a clause after the author's
# own deed, and its teller is the clause's subject, not the sentence's ("Officials who arrived after the storm
# said …": the deed is the speakers' own, in a relative clause)
_DEED_THEN_SUBORDINATE = re.compile(r"\b(?:[a-z]{3,}ed|began|opened|came|fell|rose|went|took|left|won|lost|met|was|were)\s+"
                                    r"(?:[\w’'-]+\s+){0,4}?(?:after|before|once|until|since|when|while|because)\s+(?=\S)")
_RELATIVE = re.compile(r"\b(?:who|which|that|whose)\s+(?:[\w’'-]+\s+)?$")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|whom)\s+[^,]{1,60}$")
_TELLING_AFTER_ASIDE = re.compile(r"\b(?:" + REPORTING_VERBS + r")\b", re.IGNORECASE)


def teller_in_clause(who: str, before: str = "", after: str = "") -> str | None:
    """The teller the words before a telling verb name: none when they open on a clause of the author's
    sentence ("…, after scientists warned that …") or sit in a relative clause set between commas with the
    sentence's own telling after it ("…, which Baku blames on Russian air defenses, Aliyev accused …"; alone,
    "…, which Kelby Water puts at up to £900,000", it is the sentence's), the clause's subject when they turn
    into one."""
    if SUBORDINATE.match(who) or before and _RELATIVE_ASIDE.search(before, max(0, len(before) - len(who) - 12)) \
            and "," in after and _TELLING_AFTER_ASIDE.search(after, after.index(",")):
        return None
    if (deed := _DEED_THEN_SUBORDINATE.search(who)) and not _RELATIVE.search(who, 0, deed.start()):
        return who[deed.end():] or None
    return who


# "The national figure for people over 75, from the Community Life Survey, is 26%": a named record gives the figure
_FROM_RECORD = re.compile(r"\bfrom\s+(?P<who>the\s+[A-ZÀ-Þ][\w’'-]*(?:\s+(?:[A-ZÀ-Þ][\w’'-]*|of|for|and|on)){0,6}?"
                          r"\s+(?:Survey|Census|Review|Report|Index|Study|Register|Statistics|Audit|Inquiry|Monitor))\b")
# "The UN's humanitarian office has cited a figure of about 15,000", "the ministry gave a figure of about
# 650": whoever gives a figure tells it
_FIGURE_GIVEN = re.compile(r"\s(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:gave|given|gives|give|cited|cites|cite|published|publishes|released|"
                           r"releases|issued|issues)\s+(?:a|an|its|their|the)\s+(?:new\s+|revised\s+|higher\s+|lower\s+|official\s+|"
                           r"separate\s+|provisional\s+)?(?:figure|estimate|toll|death\s+toll)\s+of\b"
                           # ("The human rights centre Viasna still counts 1,265 political prisoners": who counts gives the count)
                           r"|\s(?:still\s+|now\s+)?(?:counts|counted|tallies|tallied)\s+(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+)?\d"
                           # ("An alliance of opposition groups put turnout at no more than 20%": a figure put on a thing)
                           # (not "put their bins out at 7am", a chore and its hour)
                           r"|\s(?:has\s+|have\s+|had\s+)?(?:put|puts)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:(?!(?:out|down|up|off|away|back|on|in)\b)[a-z][\w-]*\s+){1,3}?at\s+"
                           r"(?:no\s+more\s+than\s+|no\s+less\s+than\s+|more\s+than\s+|less\s+than\s+|at\s+least\s+|about\s+|around\s+|"
                           r"some\s+|just\s+|only\s+|nearly\s+|almost\s+)?[$£€]?\d(?![\d.:]*\s*(?:am|pm|a\.m|p\.m)\b)(?!\d?[:.]\d\d)")
_FIGURE_WORDS = frozenset("figure estimate toll counts counted tallies tallied put puts".split())
_NOT_BEFORE = re.compile(r"\b(?:not|never|n[’']t)\s*$")
# "called the increase “a tax on …”": a verb that names something in the speaker's own quoted words
_NAMES_IT = re.compile(rf"\b(?P<verb>{NAMING_VERBS})\s+"
                       rf"(?:{FIGURE_OR_WORD}\s+){{1,5}}?(?:as\s+)?[\"“]")
# (and "Georgian Dream has dismissed the criticism": a charge brushed aside, by who brushes it)
_DISMISSED = re.compile(r"\b(?P<verb>dismiss(?:ed|es))(?:" + VERDICT_AFTER_AS + r"|\s+(?:the|this|that|those|these|its|their|all|such)\s+"
                        r"(?:criticism|criticisms|allegations?|accusations?|reports?|concerns?|warnings?|suggestions?|idea)\b)")
# the auxiliaries and adverbs between a subject and its verb: "has called", "has also described"
_AUXILIARY_TAIL = re.compile(r"(?:\b(?:has|have|had|also|again|publicly|repeatedly|previously|once)\s+)+$")


def teller_by_stance(sentence: str, grams: frozenset[str], previous: str | None) -> tuple[str, bool, str] | None:
    """(who, vague, why) for a sentence told by a stance, a naming or a figure given, or None."""
        # ("Campaigners want the county to …": a demand made is told by who makes it, and "The town council
    # objects to the application" a position by who takes it)
    held = view_held(sentence, grams) or (DEMANDED.search(sentence) or WANTS_MEASURE.search(sentence) or CALLED_FOR.search(sentence)
                                          if WANT_WORDS & grams else None) \
        or position_taken(sentence, grams) or reaction_told(sentence, grams)
    # (past its auxiliary: "The EU and the United States have pressed Yerevan to …")
    who = subject_before(_AUXILIARY_TAIL.sub("", sentence[:held.start()]), sentence) if held else None
    if who and who.lower() not in PRONOUNS and who.lower() not in NO_ONE and not SUBORDINATE.match(who):
        return (who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who), f"a view held by '{who}': '{held.group(0)}'")
    if who and who.lower() in ("he", "she") and previous:
        # ("The representative of Armenia said … . He called on the Council to …": the speaker before goes on)
        return (previous, False, f"pronoun '{who}' with '{held.group(0)}', speaker of the sentence before")
    named = _NAMES_IT.search(sentence) if ('"' in sentence or "“" in sentence) else None
    named = named or (JUDGING_WORD_PINNED.search(sentence) if NAMING.any(grams) else None)
    # ("Moldova's government dismissed the appeal as propaganda": a verdict given, by who gives it)
    named = named or (_DISMISSED.search(sentence) if "dismissed" in grams or "dismisses" in grams else None)
    # ("Belgrade calls the closures an attack on the Serb community": a naming, by who names)
    named = named or (CALLED_AN_ATTACK.search(sentence) if "attack" in grams or "assault" in grams else None)
    # ("Kremlin spokesman Dmitry Peskov has called the attacks terrorism": a deed named a crime, by who names it)
    named = named or CALLED_A_CRIME.search(sentence, grams)
    # ("The schools minister, Catherine Rowe, has called attendance …": the name before the auxiliary)
    who = subject_before(_AUXILIARY_TAIL.sub("", sentence[:named.start()])) if named else None
    if who and who.lower() in ("he", "she") and previous:
        # ("Pashinyan unveiled a plan … . He called it the “Crossroads of Peace”.": the one just named goes on)
        return (previous, False, f"pronoun '{who}' with '{named.group('verb')}', speaker of the sentence before")
    if who and who.lower() not in PRONOUNS:
        return (who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who),
                f"'{named.group('verb')}' with {'a quotation' if named.re is _NAMES_IT else 'a verdict' if named.re is _DISMISSED else 'a judging word'} after '{who}'")
    m = _FROM_RECORD.search(sentence) if "from" in grams and DIGIT.search(sentence) else None
    if m:
        return (m.group("who"), False, f"a figure from '{m.group('who')}'")
    given = _FIGURE_GIVEN.search(sentence) if not _FIGURE_WORDS.isdisjoint(grams) else None
    who = subject_before(sentence[:given.start()], sentence) if given and not _NOT_BEFORE.search(sentence, 0, given.start()) else None
    if who and who.lower() not in PRONOUNS and who.lower() not in NO_ONE and not SUBORDINATE.match(who):
        return (who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who), f"a figure given by '{who}': '{given.group(0).strip()}'")
    if "report" in grams and (met := _MET_AND_REPORTED.match(sentence)):
        who = met.group("who")
        return (who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who), f"what '{who}' report they meet")
    return None


# "Yet pickers still report pressure from local officials", "Drivers report waits of up to five days": what a
# group meets, told by the group (the bare "report" is a noun too often to be read anywhere else: "an inspection
# report", "Full report and methodology"; "Greece, Italy and Romania report the highest rates" is a measure)
_MET_AND_REPORTED = re.compile(r"\W*(?:(?:Yet|But|And|Still|Now|Meanwhile|Today),?\s+)?(?P<who>(?:[A-Za-z][a-z]+\s+){0,2}[A-Za-z][a-z]+s)\s+"
                               r"(?:(?:still|also|now|often|regularly|increasingly|routinely)\s+)?report\s+(?!back\b|to\b|on\b|in\b|for\b)[a-z]")


# "In a poll by the International Republican Institute, only 31% of respondents described …": the pollster
# tells what its respondents said
_SHARE_OF_RESPONDENTS = re.compile(r"(?:only\s+|just\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.,]+\s?(?:%|per\s*cent)\s+of\s+"
                                   r"(?:the\s+)?(?:respondents|those|people|voters|adults)\b",
                                   re.IGNORECASE)
_POLL_BY = re.compile(r"\b(?:poll|survey)\s+(?:\w+\s+){0,2}?(?:by|for|from)\s+(?P<who>(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:[A-Z][\w’'&-]*|of|for|and))*)")


def pollster(speaker: str, sentence: str) -> str | None:
    """The body whose poll gives the answers a share of its respondents is said to give, or None."""
    poll = _POLL_BY.search(sentence) if _SHARE_OF_RESPONDENTS.match(speaker) else None
    return poll.group("who") if poll else None
