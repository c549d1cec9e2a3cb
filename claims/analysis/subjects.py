"""The subject of a reporting verb: the noun phrase before it within its clause, and whether it names
anyone (a person, a body) or an unnamed group ("Analysts", "some residents")."""
from __future__ import annotations

import re

from .lexicon import IRREGULAR_PASTS, MONTH_NAMES, PERSON_POSTS

_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # "1,100" is no break
_CLAUSE_BREAK = re.compile(_COMMA.pattern + r"|[;:—–(“”\"]|\b(?:that|while|whereas|when|and|but|because|although|though|which)\b")
# a relative clause's past verb right after "that": "that visited", "that has reviewed"
_DEED_FIRST = re.compile(r"(?:has\s+|had\s+|have\s+)?(?:[a-z]{3,}ed|went|saw|met|found|took|led|ran|made|held|wrote|sent)\b")
_QUOTE_MARKS = "\"“”‘’'"
_LEADING = re.compile(r"^(?:for example|for instance|however|meanwhile|also|moreover|further|then|yet|so|with|but|and)\b\s*,?\s*", re.I)
# "In 2022 the national inspectorate told …", "On Monday the mayor said …": when, then who
_WHEN_BEFORE_SUBJECT = re.compile(
    r"^(?:(?i:in|on|at|during|since|by|last|earlier|later|this)\s+(?:\w+\s+){0,2}?(?:\d{4}|[A-Z][a-z]+day|week|month|year|"
    rf"morning|afternoon|evening|night|(?:{MONTH_NAMES})(?:\s+\d{{1,2}}(?!\d))?(?!,?\s+\d{{4}}))"
    # ("A day later the ministry gave a figure …": a span counted on from the sentence before)
    r"|(?i:a|an|one|two|three|four|five|six|several|some)\s+(?i:days?|weeks?|months?|years?|hours?)\s+(?i:later|earlier|after))"
    r",?\s+(?=(?:the|a|an|its|both|all)\b|[A-Z]|\d)")  # ("last year 92 families told us")
    # ("On March 13 both foreign ministries announced": the day with its month)
_CAP_RUN = re.compile(r"((?:[A-ZÀ-Þ][\w’'.-]*\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?)*[A-ZÀ-Þ][\w’'.-]*)\s*$")
# ("Commuter groups have welcomed …": a plural group named by a word before it)
# ("Armenian officials call that claim a pretext and say …": a people's or a place's officials, whatever
# verb they share)
_GROUP_FIRST_SUBJECT = re.compile(r"([A-Z][a-z]+\s+(?:officials|diplomats|ministers|leaders|authorities|negotiators|lawmakers|"
                                  r"officers|prosecutors|investigators|analysts|experts|residents|campaigners|critics))\s+[a-z]+\b")
_FIRST_SUBJECT = re.compile(r"([A-Z][a-z]+\s+[a-z]{3,}s(?=\s+(?:have|had|were|are|did)\b)|(?:(?:[Tt]he|Its|Their|His|Her|Our)\s+(?:(?:de\s+facto|de\s+jure|so-called|self-(?:declared|proclaimed|styled))\s+)?[a-z][\w’'-]*(?:\s+(?!has\b|have\b|had\b|was\b|were\b|is\b|are\b|did\b)[a-z][\w’'-]*)?(?:\s+of\s+(?:the\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)?|"
                            r"(?:Several|Some|Many|Most|Few|Both|Two|Three|Four|Five)(?:\s+[a-z][\w’'-]*){1,3}|"
                            # ("Kazakhstan's central bank raised …": a name's body or office)
                            r"[A-Z][\w-]*[’']s(?:\s+[a-z][\w’'-]*){1,3}|(?!(?:Its|Their|His|Her|Our|This|That|These|Those|An?)\b)[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,4})\s+(?:has|have|had|was|were|is|are|did|"
                            # ("She left the palace on Sunday but said …": an irregular past too)
                            r"\w+ed|(?!(?:as|is|has|was|this|its|his)\b)[a-z]{3,}[^s\W]s|" + "|".join(sorted(IRREGULAR_PASTS)) + r")\b")
_TITLE_THEN_NAME_SUBJECT = re.compile(r"(?:The|Its|Their)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s+"
                                      r"([A-ZÀ-Þ][\w’'.-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,3}),\s+(?:has\s+|have\s+)?[a-z]{3,}ed\b")
# a body's name in one word, by its inner capital or in capitals ("WendLink", "NHS", "ABI")
# ("WendLink", "UNHCR", and a body's one-word name set beside its title: "The regulator, Ofwat, said")
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z]+[A-Z][\w’'-]*|[A-Z]{2,}[a-z]?|(?!(?:However|Meanwhile|Instead|Yesterday|Today|Tonight|Also|"
                            r"Too|Though|Nonetheless|Nevertheless|Separately|Similarly|Likewise|Earlier|Later|Now|Then|Still|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}")
_TITLED_NAME = re.compile(r"(?:(?:former|acting|deputy|interim|then)\s+)?(?:(?:prime|foreign|defence|interior|finance)\s+)?"
                          rf"(?:{PERSON_POSTS}|leader|envoy|general|commander|chief|senator|speaker|premier|chancellor)\s+"
                          r"(?P<name>[A-ZÀ-Þ][\w’'.-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,2})")
_PROPER_NAME = re.compile(r"[A-ZÀ-Þ][\w’'.-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,3}")
NOT_NAMES = frozenset("the a an such this that these those its their our his her my your some many".split())

_GROUP_DETERMINERS = frozenset("some many several most few certain unnamed anonymous other numerous".split())


# "Housing minister Ana Ribeiro is due to present a bill": a named person the sentence is about
# (past an opening phrase of time: "A year ago, Prime Minister Nikol Pashinyan unveiled …")
_NAMED_SUBJECT = re.compile(r"(?P<lead>(?:A|An|Two|Three|Four|Five|Six|Last|In|On|Earlier|Later)\s[^,]{2,30},\s+)?(?:[A-Za-z]+\s+){0,2}?(?P<name>[A-ZÀ-Þ][a-z’'-]+(?:\s+[A-ZÀ-Þ][a-z’'-]+){1,2})"
                            # "Councillor Amira Shah, the finance lead, presented …": past a title in commas
                            r"(?:,\s+(?:the|a|an|its|their)\s+[^,]{3,60},)?\s+(?:is|was|has|had|will|would|\w+ed|"
                            # ("Council leader Rita Osei made several claims …": a past of its own)
                            + "|".join(sorted(IRREGULAR_PASTS)) + r")\b")


# "Analysts at Fenby Securities cut their price target …": people named by the body they work for,
# whom a later "they wrote" points back to
_STAFF_OF_BODY = re.compile(r"(?P<name>(?i:analysts|economists|strategists|researchers|scientists|engineers|lawyers|officials|"
                            r"inspectors|auditors)\s+(?:at|from|with)\s+(?:the\s+)?[A-ZÀ-Þ][\w’'&.-]*(?:\s+(?:of\s+|for\s+)?[A-ZÀ-Þ][\w’'&.-]*){0,4})"
                            r"\s+[a-z]")


def named_subject(sentence: str) -> str | None:
    """The person a sentence without a speaker is about, whom a later "she said" may point back to."""
    if staff := _STAFF_OF_BODY.match(sentence):
        return staff.group("name")
    m = _NAMED_SUBJECT.match(sentence)
    if not m or not m.group("lead") and sentence.split(None, 1)[0] in _NOT_SUBJECT_STARTS \
            or m.group("name").split()[0] in _NOT_SUBJECT_STARTS:
        # ("The decision was read out on state television by the junta's spokesman, Colonel Idrissa
        # Maiga.": the person who did it, named as the passive's agent)
        agent = _NAMED_AGENT.search(sentence)
        return agent.group("name") if agent else None
    return m.group("name")


# "Thousands of people have rallied in Yerevan since early May": an unnamed group a sentence tells of,
# whom a later "They argue …" points back to
_GROUP_OPENS = re.compile(r"(?P<who>[A-Z][a-z-]+(?:\s+(?:of\s+)?[a-z][\w-]*){0,3}?)\s+(?:have|had|were|are|[a-z]{3,}ed)\b")


def group_subject(sentence: str) -> str | None:
    """The unnamed group a sentence without a speaker opens with, if any."""
    m = _GROUP_OPENS.match(sentence)
    if not m or m.group("who").split()[0] in _NOT_SUBJECT_STARTS:
        return None
    return m.group("who") if unnamed_group(m.group("who")) else None


_NAMED_AGENT = re.compile(r"\b(?:was|were)\s+(?:[a-z]+\s+){1,6}?by\s+(?:[^,.;]{0,60},\s+)?"
                          r"(?:(?:Colonel|Col\.|General|Gen\.|Major|Captain|Capt\.|Dr|Mr|Mrs|Ms|Professor|Prof\.|Sir|Dame|Lord|Lady|"
                          r"Inspector|Sergeant|Judge|Justice)\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})[.!]?\s*$")


# a sentence opening with one of these has its subject elsewhere ("In March Prices Rose …")
_NOT_SUBJECT_STARTS = frozenset("The A An In On At For By From After Before Since Until During But And Its Their This That "
                                "These Those When While If As".split())


def unnamed_group(who: str) -> bool:
    """ "Analysts", "Some hydrologists", "local residents": people the text does not name."""
    words = who.split()
    if len(words) > 4 or any(w[:1].isupper() for w in words[1:]):
        return False
    if words[0].lower() in ("one", "another") and len(words) > 1:
        return True  # "one resident, who asked not to be named"
    head = words[-1].lower()
    plural = head == "people" or (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    return plural and (words[0].lower() in _GROUP_DETERMINERS or len(words) == 1 or words[0][:1].islower()
                       or words[0].lower() not in NOT_NAMES and not words[0].lower().endswith(("'s", "’s")))


_TEAM_WORDS = ("colleagues", "authors", "workers", "collaborators")
_NAME_AND_TEAM = re.compile(r"(?<![\w’'-])(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,2})\s+(?:(?:and|&)\s+(?:(?:his|her|their)\s+)?"
                            r"(?:colleagues|co-?authors|co-?workers|collaborators))$")


_BRACKETS_AT_END = re.compile(r"\s*\([^()]{1,120}\)$")
# when the subject told it, between the subject and the verb: "today", "on Monday"
_WHEN_AFTER_SUBJECT = re.compile(r"\s+(?:today|yesterday|tonight|earlier|also|now|on\s+[A-Z][a-z]+day)$")
_NOT_A_NOUN = r"(?!(?:was|were|is|are|has|have|had|be|been|will|would|can|could|may|might|[a-z]+ed|[a-z]+wn)\b)"
_HEAD_BEFORE_MODIFIERS = re.compile(rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:{_NOT_A_NOUN}[\w’'-]+\s+){{0,2}}?{_NOT_A_NOUN}[\w’'-]+"
                                    r"(?=\s+(?:on|in|of|about|at|from|for|by|with)\s)")

# a short head noun phrase, then the relative clause that describes it: "Inspectors who visited …"
_HEAD_THEN_RELATIVE = re.compile(r"(?P<head>(?:[\w’'-]+\s+){0,3}?[\w’'-]*[A-Za-z][\w’'-]*)\s+(?:who|which|that)\s")


# a name, then a relative clause that tells: "criticised by the Taxpayers' Alliance, which said"
_NAMED_THEN_RELATIVE = re.compile(r"(?P<name>(?:\bthe\s+)?[A-ZÀ-Þ][\w’'.-]*(?:\s+(?:of|for|on|and|[A-ZÀ-Þ][\w’'.-]*))*(?<=[\w’'.])"
                                  r"|\b(?:the\s+|some\s+|many\s+|local\s+)?[a-z]{3,}s)\s*,\s+(?:which|who)$")


# people sent from a body named in capitals, who tell as one: "International observers from the OSCE's …"
_GROUP_FROM_BODY = re.compile(r"(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]{2,}s\s+from\s+(?:the\s+)?[A-ZÀ-Þ][^,;]*$")
# "Office for Democratic Institutions and Human Rights", "Organization for Security and Co-operation":
# an "and" between capitalised words, after a name of two words or more, is part of that name
_NAME_BEFORE_AND = re.compile(r"[A-ZÀ-Þ][\w’'.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-ZÀ-Þ][\w’'.-]*\s+$")


def _and_in_name(text: str, found: re.Match) -> bool:
    return found.group(0) == "and" and text[found.end():].lstrip()[:1].isupper() \
        and _NAME_BEFORE_AND.search(text, max(0, found.start() - 80), found.start()) is not None


def sentence_subject(sentence: str) -> str | None:
    """The subject that opens the sentence, before its first verb."""
    first = _GROUP_FIRST_SUBJECT.match(sentence) or _FIRST_SUBJECT.match(sentence) or _TITLE_THEN_NAME_SUBJECT.match(sentence)
    return first.group(1) if first else None


def subject_before(before: str, sentence: str = "") -> str | None:
    """The noun phrase right before a reporting verb, within its clause (`sentence`, the whole of
    it, for a verb that shares the sentence's subject)."""
    text = before.rstrip()
    if not text:
        return None
    if text.endswith(_TEAM_WORDS) and (team := _NAME_AND_TEAM.search(text)):
        return team.group("name")  # "Lindqvist and colleagues found": the named author's study
    if text.endswith(("which", "who")) and (relative := _NAMED_THEN_RELATIVE.search(text)):
        return relative.group("name")  # "… by the Taxpayers' Alliance, which said": the body named before it
    if text[-1:].isalpha() and (when := _WHEN_AFTER_SUBJECT.search(text)) and when.start() and text[when.start() - 1] == ")":
        text = text[:when.start()].rstrip()  # "Lakeshore Health (NYSE: LKH) today reported": the ticker, then when
    if text.endswith(")"):
        # 'A report on 9 July ("Hospital parking charges rise") said': the subject is before the brackets
        text = _BRACKETS_AT_END.sub("", text).rstrip()
    breaks = [b for b in _CLAUSE_BREAK.finditer(text) if not _and_in_name(text, b)]
    clause = text[breaks[-1].end():] if breaks else text
    clause = _LEADING.sub("", clause.strip())
    clause = _WHEN_BEFORE_SUBJECT.sub("", clause)
    if breaks and breaks[-1].group(0).strip().lower() == "that" and _DEED_FIRST.match(clause):
        # "A UN mission that visited Stepanakert on October 1 said": the noun the clause qualifies tells
        return subject_before(text[:breaks[-1].start()], sentence)
    if not clause and breaks and breaks[-1].group(0).strip().lower() in ("and", "but"):
        # "She has ruled out a freeze but said …": the verb shares the sentence's subject ("The
        # chancellor, Rachel Ward, welcomed the fall but said …": the name set beside the title)
        return sentence_subject(sentence or text)
    if not clause:
        # "France, for example, accused": skip a parenthetical between subject and verb
        if breaks and len(breaks) >= 2 and text.rstrip().endswith(","):
            clause = text[breaks[-2].end():breaks[-1].start()] if len(breaks) >= 2 else ""
            inner = text[: breaks[-1].start()]
            # (a quotation's closing mark before the title is no part of it: '"…," the port's director, Anna Berg, told')
            parts = [p.strip().strip(_QUOTE_MARKS).strip() for p in _COMMA.split(inner) if p.strip().strip(_QUOTE_MARKS).strip()]
            clause = parts[-2] if len(parts) >= 2 else (parts[-1] if parts else "")
            if len(parts) >= 2 and (_PROPER_NAME.fullmatch(parts[-1]) or _ONE_WORD_NAME.fullmatch(parts[-1])):
                # "the mayor of Brask, Ewa Nowak, said", "the operator, WendLink, said": name and title
                return f"{parts[-1]}, {parts[-2]}"
            if len(parts) >= 2 and (titled := _TITLED_NAME.fullmatch(parts[-1])):
                # "Its leader, former president Igor Dodon, said": the name after its own title
                return f"{titled.group('name')}, {parts[-2]}"
        if not clause:
            return None
    if len(breaks) == 1 and breaks[0].group(0).strip() == "and" and clause and len(clause.split()) <= 4:
        # "Russia and Iran have long argued", "Azerbaijan and Turkmenistan reject": a subject of two
        # names opening the sentence tells as one
        first = _LEADING.sub("", _WHEN_BEFORE_SUBJECT.sub("", text[:breaks[0].start()].strip()))
        if first and len(first.split()) <= 4 and first[:1].isupper() and clause[:1].isupper():
            return f"{first} and {clause.strip()}"
    cap = _CAP_RUN.search(clause)
    words = clause.split()
    if len(words) > 8:
        if relative := _HEAD_THEN_RELATIVE.match(clause):
            return relative.group("head")  # "Inspectors who visited the school in September found": who found
        if _GROUP_FROM_BODY.match(clause):
            return clause.strip()  # "Observers from the Organization for Security and Co-operation in Europe"
        if cap:
            return cap.group(1).strip()
        # "An article on 2 July about the Northgate housing scheme said": the head before what
        # places or describes it
        head = _HEAD_BEFORE_MODIFIERS.match(clause)
        return head.group(0) if head else None
    if cap and len(cap.group(1).split()) >= len(words) - 1 and words[0][0].isupper():
        return clause.strip()
    return clause.strip() if words else None
