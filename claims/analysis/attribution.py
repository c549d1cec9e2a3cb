"""Stage 4: who asserts a claim — quotes, reporting verbs, "according to", and vague attributions."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import chain

from .action_tellers import ACTION_VERBS, NOTHING_MORE, THAT_AFTER, action_reports
from .judgement import ABOUT_ITSELF, RESOLUTION
from .quote_speakers import has_quotes, opening_quotation_end, within_quotation
from .reporting_nouns import read_as_noun
from .set_apart_tellers import AFTER_NAME, VERB, teller_after_the_words, teller_named_apart
from .stance_tellers import pollster, teller_by_stance, teller_in_clause
from .subjects import sentence_subject, subject_before, unnamed_group
from .lexicon import (
    ATTITUDE, MONTH_NAMES, NO_ONE, NO_REPLY, PASSIVE_ATTRIBUTION, PASSIVE_TRIGGERS, PERSON_POSTS, PRONOUNS, REPORTING,
    VAGUE_SPEAKERS, VAGUE_TRIGGERS, WEEKDAY_NAMES,
)
from .verdict_cues import EVIDENCE_WEIGHED

# "… was 8.9% in 2023/24 (Department for Education, 2024).": an author-date citation closing the sentence
_CITED_IN_BRACKETS = re.compile(r"\((?P<who>[A-ZÀ-Þ][\w’'&.-]*(?:\s+(?:[A-ZÀ-Þ][\w’'&.-]*|of|for|and|the|on|et\s+al\.?))*)"
                                r",?\s+(?:19|20)\d\d[a-z]?(?:,\s*p+\.\s*\d+)?\)\W*$")
_NOT_A_SOURCE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                           r"Q[1-4]|FY|Table|Figure|See)\b")
# how far before a reporting verb its subject is looked for, and how many verbs a sentence is read for
_SUBJECT_REACH = 240
_MAX_CANDIDATES = 16
# an aside between dashes closing the words before the verb
_DASHED_ASIDE = re.compile(r"\s+[–—]\s[^–—]{3,200}?\s[–—]\s*$")
_ASKS = re.compile(r"^\W*(?:should|will|would|can|could|does|do|did|is|are|was|were|has|have|must|may|might)\b[^?]*\?\W*$",
                   re.IGNORECASE)
# "How much of the fall do you expect to recover?": a question word, then the verb before its subject
# (the question mark closing the sentence is checked apart)
_WH_ASKS = re.compile(r"^\W*(?:how|what|why|when|where|which)\b[^?]{0,120}?\b(?:do|does|did|will|would|can|could|should|is|are)\s+"
                      r"(?:you|we|they|he|she|it|I)\b", re.IGNORECASE)
_BE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$")
# "The proposal … was rejected by the National Education Union": a telling in the passive, its teller
# named as its agent
_PASSIVE_BE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
# "Members expressed concern that …": a feeling told about what follows
_FEELING_TOLD = re.compile(r"\s+(?:(?:their|its|his|her|grave|serious|deep|strong)\s+)?(?:concerns?|doubts?|fears?|worries|surprise|"
                           r"disappointment|frustration|anger|alarm)\s+(?:that|about|over|at)\b")
# (a decision in the passive, "rejected by the council", is a deed, not a telling)
_STANCE_IN_PASSIVE = frozenset("disputed criticised criticized questioned challenged denied condemned welcomed opposed "
                               "claimed predicted estimated accused blamed".split())
_TOLD_BY_AGENT = re.compile(r"\s+by\s+(?P<who>(?:the\s+)?[A-ZÀ-Þ][\w’'&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-ZÀ-Þ][\w’'&-]*){0,6}"
                            # ("opposed by the Baltic states", "by the Western allies": the kind, then who)
                            r"(?:\s+(?:states|countries|governments|allies|members|partners|leaders|authorities|officials))?"
                            # ("disputed by the union", "welcomed by residents")
                            r"|the\s+[a-z]{3,}(?:\s+[a-z]{3,})?(?=\s*[.,;]|\s*$)|[a-z]{3,}s(?=\s*[.,;]|\s*$))")
# a comparison's standard, told by someone: "more than the port authority estimated", "less than forecast"
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# what follows "added" when it reports: a clause, a quotation, or the end of the sentence
_TELLING_AFTER = re.compile(r"\s*(?:that\b|[,:.;!?\"“”]|$)")
# a speaker who is a person by the post named with them ("Kremlin spokesman Dmitry Peskov"), and one
# that is a body ("the ministry's press office"); a name alone may be either ("Norland Hydro")
# where a group is from, after its head: "Leaders in all three capitals", "Officials at the ministry"
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|across)\s+")
_A_PERSON = re.compile(rf"(?i:\b(?:{PERSON_POSTS}|chief\s+executive|professor|dr|mr|mrs|ms)\b)")
_A_BODY = re.compile(r"\b(?:ministry|office|council|government|agency|commission|service|bank|department|court|committee|union|"
                     r"party|group|company|authority|mission|institute|centre|center|report|survey|study|data|figures)\b", re.IGNORECASE)
# "An official there, who asked not to be named, said …": a teller kept unnamed
_UNNAMED_ON_REQUEST = re.compile(r"\b(?:asked|declined|wished)\s+not\s+to\s+be\s+(?:named|identified)|\bwho\s+declined\s+to\s+be\s+named"
                                 r"|\bspeaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|\bon\s+condition\s+of\s+anonymity", re.IGNORECASE)
# a relative pronoun ending the subject read, or standing as all of it
# ("… in the four northern municipalities, where most reject Kosovo's independence": a clause of place, its verb no telling)
_RELATIVE_LAST = re.compile(r"\s(?:who|whom)$|^(?:who|which)$|^(?:where|when)\b", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\b[^,;]*$", re.IGNORECASE)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:must|should|would|could|can|cannot|may|might|will|shall|to|(?:can|won|wouldn|couldn|shouldn|mustn)[’']t)\s+$", re.IGNORECASE)
_KEPT_UP = re.compile(r"\b(?:continues|continue|continued|keeps|kept|went\s+on)\s+to\s+$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"(?:was|were|is|are)\s")
_NO_ONE = frozenset(NO_ONE)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$")
# a noun in apposition opening the subject: "a move officials", "a change campaigners"
_APPOSITION = re.compile(r"an?\s+[a-z]+\s+\S")
_AS_ASIDE = re.compile(r"(?:^|\s)as\s", re.IGNORECASE)
_A_COUNT = re.compile(r"(?:about|around|some|only|just)?\s*[\d.,]+\s*(?:%|per\s*cent|percent)?")
# counsel's "submitted that …", an answer's "replied that …"
# (a regulator's or a court's "ruled that …", "held, unanimously, that …"; "ruled out a freeze" and "held talks" tell nothing)
_TELLS_ONLY_WITH_THAT = frozenset("submitted submits replied replies responded responds ruled held holds posted tweeted tweets "
                                  "concede concedes confirming".split())


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    vague: bool
    why: str | None
    # the speaker comes from the layout (a quotation's lead-in, an interview's answers), not from
    # anything the sentence says
    by_layout: bool = False


_FIRST_PERSON_IN = re.compile(r"\b(?:I|my|our|we)\b")


# a tabloid's description glued before a name: "Mum-of-three", "Father-of-two", "Grandmother-of-five"
_DESCRIBED_BEFORE_NAME = re.compile(r"[A-Z][a-z]+-of-[a-z]+\s+(?=[A-ZÀ-Þ])")


_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "Many in Yerevan now see the Russian base as a liability": people of a place, unnamed, holding a view
_MANY_IN = re.compile(r"\W*(?P<who>(?:Many|Some|Few|Most|Others)\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:now\s+|still\s+|also\s+)?"
                      r"(?:see|view|regard|believe|think|say|fear|argue|doubt|suspect)\b")
_DATED_PRONOUN = re.compile(rf"(?:in|on|by|last|this|early\s+in|late\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES})"
                            r"(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?,?\s+(?P<pronoun>he|she|they|we|it)", re.IGNORECASE)
# "his team", "her family": a group named by whose it is, which "he" or "she" later does not take up
POSSESSED_GROUP = re.compile(r"(?:his|her|their)\s+(?:\w+\s+)?(?:team|family|colleagues|lawyers|supporters|staff|aides|"
                             r"relatives|friends|campaign|office|crew|unit)", re.IGNORECASE)
# "construction projects in Abkhazia", "projects, …": a noun, where "The IMF projects growth of 3%" tells
_NOUN_FOLLOWS = re.compile(r"\s*(?:[,.;:)]|(?:in|on|at|across|for|and|or|of|worth|that\s+(?:have|had|were|are))\b)")

def attribute(sentence: str, grams: frozenset[str], previous: str | None = None,
              quoted_by: str | None = None, previous_group: str | None = None) -> Attribution:
    """Who asserts the sentence. `previous` is the last named speaker (for "she said" and running
    quotations); `quoted_by` the speaker of the "… said:" line above a blockquote it stands in;
    `previous_group` the unnamed group that told the sentence just before ("Opposition parties reject
    that claim. They say …")."""
    found = _attribute(sentence, grams, previous, previous_group)
    if found.speaker and EVIDENCE_WEIGHED.match(sentence):
        found = Attribution(None, False, None)  # "The figures say little": a measure weighed tells nothing
    if found.speaker and (described := _DESCRIBED_BEFORE_NAME.match(found.speaker)):
        found = replace(found, speaker=found.speaker[described.end():])  # "Mum-of-three Kerry Lowe": Kerry Lowe
    if found.speaker and (poll_by := pollster(found.speaker, sentence)):
        found = Attribution(poll_by, False, f"a poll by '{poll_by}' gives its respondents' answers")
    if quoted_by and (not found.speaker or (found.speaker == previous and previous not in sentence)
                      # "The figures I have seen show …", in her speech: her own evidence
                      or _FIRST_PERSON_IN.search(found.speaker)
                      # ('“… Today's sanctions show that …”' under "The Foreign Secretary said:": the subject of
                      # a verb inside the quoted words is not who speaks them)
                      or within_quotation(sentence, sentence.find(found.speaker))):
        # the quotation's own lead-in or signature outranks the speaker of the sentence before it
        return Attribution(quoted_by, False, f"'{quoted_by}' by the layout (a quotation's lead-in or signature, an interview's question or answer)",
                           by_layout=True)
    return found


def _clause_then_teller(sentence: str, verb_at: int) -> bool:
    """ "The road was unlit, a coroner ruled.": a clause of its own (four words or more) before the
    comma, a few words of teller after it (not "On Monday, the council replied.")."""
    comma = sentence.rfind(",", 0, verb_at)
    return comma >= 0 and len(sentence[comma + 1:verb_at].split()) <= 5 and len(sentence[max(0, comma - 200):comma].split()) >= 4


# a person or people kept unnamed: "A person with knowledge of the matter", "two people familiar with the talks"
_PEOPLE_UNNAMED = re.compile(r"(?:an?|one|two|three|four|several|some)\s+(?:\w+\s+)?(?:person|people|sources?|officials?|diplomats?)\b",
                             re.IGNORECASE)
# a phrase opening the sentence before its subject: "In an interview with the Financial Times, a senior official said …"
_OPENING_PHRASE = re.compile(r"\W*(?:In|At|On|During|After|Before|Speaking|Writing|Asked|Interviewed|Later|Earlier)\b[^,;]{0,80}")
# a source closing the sentence after a comma: "…, the Kremlin said at the time."
_CLOSING_TELLING = re.compile(r",\s+(?:(?:the|a|an|its|his|her|their|one|two|three|four|several|some|\d+)\s+[\w’'.-]+|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,4}?\s+(?P<told>(?:has\s+|have\s+|had\s+)?(?:said|says|reported))"
                              r"(?:\s+(?:in|on|at|last|this|earlier|later|late|early|during)\b[^,;:]{0,40})?\s*[.!]?[\"”’]?\s*$")


# a side named first, then its telling: "Yerevan argues …", "Baku says …" ("A study found" is the cited work's)
_SIDE_OPENS_TELLING = re.compile(r"\W*(?:The\s+)?(?:[A-Z][\w’'-]+\s+){1,3}(?:argues|argued|says|said|insists|insisted|claims|claimed|"
                                 r"maintains|maintained|contends|contended|accuses|accused|denies|denied|rejects|rejected)\b")


def _attribute(sentence: str, grams: frozenset[str], previous: str | None, previous_group: str | None = None) -> Attribution:
    if "that" in grams and RESOLUTION.match(sentence):
        return Attribution(None, False, None)  # "That the Committee notes …": put to the committee, not told by it
    if ABOUT_ITSELF.match(sentence):
        return Attribution(None, False, None)  # "This guide explains …": the text itself, no source of it
    reporting = REPORTING.any(grams)
    if named := teller_named_apart(sentence, grams):
        return Attribution(*named)
    m = _CITED_IN_BRACKETS.search(sentence) if sentence.rstrip().endswith((")", ").", ")!")) else None
    bracketed = None
    if m and not _NOT_A_SOURCE.match(m.group("who")):
        who = m.group("who").strip()
        bracketed = Attribution(who, False, f"cited in brackets: '({m.group(0).strip(' .()')})'")
        if not _SIDE_OPENS_TELLING.match(sentence):
            return bracketed
        # ("Yerevan argues it violated the statement (Mirzoyan 2023)": the side named first tells it; the
        # work cited is its evidence)
    if told := teller_after_the_words(sentence, reporting, previous):
        return Attribution(*told)
    passive = PASSIVE_ATTRIBUTION.search(sentence) if PASSIVE_TRIGGERS.any(grams) else None
    if _ASKS.match(sentence) or sentence.rstrip(" \"'”’)").endswith("?") and _WH_ASKS.match(sentence):
        reporting = False  # "Should the committee require monthly cost reports?" asks; nobody tells
    quoted_end = opening_quotation_end(sentence) if reporting and has_quotes(sentence) else -1
    verbs = VERB.finditer(sentence) if reporting else iter(())
    if reporting and (closing := _CLOSING_TELLING.search(sentence, max(0, len(sentence) - 160))) \
            and (last := VERB.search(sentence, closing.start("told"))):
        # "Putin apologised to Aliyev … that the incident had occurred in Russian airspace, the Kremlin said at the
        # time": the source closing the sentence tells all of it, the telling inside included
        verbs = chain([last], verbs)
    for n, m in enumerate(verbs):
        if n == _MAX_CANDIDATES:
            break  # a real sentence has a few reporting verbs; a pathological one must stay linear
        if m.start("verb") < quoted_end:
            continue  # ('"… when the EU's own targets say demand will fall," one executive told us': the quotation's verb)
        verb = m.group("verb")
        if verb == "according" or (passive and passive.start() <= m.start("verb") < passive.end()):
            continue
        if verb in _STANCE_IN_PASSIVE and (agent := _TOLD_BY_AGENT.match(sentence, m.end("verb"))) \
                and _PASSIVE_BE.search(sentence, max(0, m.start("verb") - 20), m.start("verb")):
            who = agent.group("who")
            return Attribution(who, bool(VAGUE_SPEAKERS.search(who)) or unnamed_group(who),
                               f"'{verb} by {who}': a telling in the passive, its teller its agent")
        if _BE_BEFORE.search(sentence, max(0, m.start("verb") - 7), m.start("verb")):
            continue  # "The appeal will be heard within 28 days": a passive, told by nobody in it
        if read_as_noun(sentence, verb, m.start("verb"), m.end("verb")):
            continue  # "the reports our members made", "an estimated €4.1 billion": a noun or an adjective
        if verb == "proposed" and not (_PERFECT_BEFORE.search(sentence, max(0, m.start() - 8), m.start("verb"))
                                       or THAT_AFTER.match(sentence, m.end("verb"))):
            continue  # "the proposed bridge": an adjective; "has proposed", "proposed that …" tell
        if verb.endswith("ed") and sentence.startswith(" by ", m.end("verb")):
            continue  # "a path described by walkers", "figures reported by the BBC": a participle, its agent after it
        if verb == "expressed" and not _FEELING_TOLD.match(sentence, m.end("verb")):
            continue  # "expressed its thanks", "expressed in pounds": no telling
        if verb in _TELLS_ONLY_WITH_THAT and not THAT_AFTER.match(sentence, m.end("verb")) \
                and not (NOTHING_MORE.fullmatch(sentence, m.end("verb")) and _clause_then_teller(sentence, m.start("verb"))) \
                and not (verb in ("replied", "responded") and NO_REPLY.match(sentence)):
            # (an answer not given is told by who has not given it: "Sukhumi has not replied.")
            # "submitted its plans in May", "replied to the letter": a deed; "submitted that …" tells,
            # and so does the verb closing the sentence ("…, a coroner has ruled.")
            continue
        if _MODAL_BEFORE.search(sentence, max(0, m.start("verb") - 12), m.start("verb")) \
                and not _KEPT_UP.search(sentence, max(0, m.start("verb") - 16), m.start("verb")):
            continue  # "it must say so", "declined to comment": an obligation or a refusal, not a report
        if (_PASSIVE_AUX.match(m.group(0)) or _BE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())) \
                and (verb.endswith("ed") or verb in ("told", "found", "put", "shown", "forecast")):
            continue  # "residents were told …", "will be found": the subject heard or underwent it
        if verb == "projects" and _NOUN_FOLLOWS.match(sentence, m.end("verb")):
            continue  # "take part in large construction projects in Abkhazia": the noun
        if verb in ("adds", "added", "add") and not _TELLING_AFTER.match(sentence, m.end("verb")):
            continue  # "each year of delay adds $85 million": a sum, not a statement
        before = sentence[max(0, m.start() - _SUBJECT_REACH): m.start()]
        if before.rstrip().endswith(("–", "—")):
            before = _DASHED_ASIDE.sub(" ", before)  # "Sir Paul Dean – who has campaigned … – said": the aside left out
        if verb in ATTITUDE and _CONDITION_BEFORE.search(before):
            continue  # "If the owners believe in the project, they can pay": a supposition, not a view reported
        if _WHAT_BEFORE.search(before):
            continue  # "about 60% of what its own plan said was needed": the telling is inside a noun phrase
        if "than" in before and _THAN_BEFORE.search(before):
            continue  # "£4 million more than the port authority estimated last year": what it is measured against
        who = subject_before(before, sentence)
        if verb == "assumes" and who is not None and not _THE.sub("", who)[:1].isupper():
            continue  # "The schedule assumes that …": a plan's assumption has no teller; "The OBR assumes …" has
        if verb.endswith("ing") and (before.rstrip().endswith(",") or before.rstrip().endswith(" by")):
            # (and "opened the briefing by confirming that …": the teller is who opened it)
            # "Meta declined to sign, saying the code …": the participle's teller is the sentence's subject, also
            # past a day and an aside ("raised its rate … on Friday, its first increase since 2023, saying …")
            who = sentence_subject(sentence) or who
        if who is None or (who := teller_in_clause(who, before.rstrip(), sentence[m.end():])) is None:
            continue  # "…, after scientists warned that …": the telling sits in a clause of the author's sentence
        if _RELATIVE_LAST.search(who):
            # "persecuting anyone who disagrees with …", "Residents who complained said …", "An official
            # there, who asked not to be named, said …": the verb of a relative clause tells nothing; a
            # telling after it still may
            continue
        if _APPOSITION.match(who) and before.rstrip().endswith(who) \
                and before.rstrip()[:-len(who)].rstrip().endswith(",") and not NOTHING_MORE.fullmatch(sentence, m.end("verb")) \
                and not _OPENING_PHRASE.fullmatch(before.rstrip()[:-len(who)].rstrip()[:-1]):
            # "…, a move officials say will save …": the telling sums up the clause before, not the
            # sentence ("…, a review by the taskforce found." closing the sentence is its source)
            continue
        if " as " in f" {who.lower()} " and _AS_ASIDE.search(who + " ") and not _AS_ASIDE.match(sentence.lstrip(" \"“‘'(")):
            continue  # "£5.60, not £6 as the council leaflet says", "240, not 420 as previously reported": an aside's source
        if who.lower() in _NO_ONE or _A_COUNT.fullmatch(who) or _NOT_A_SOURCE.match(who):
            # "Nobody disputes that", "of which 389 opposed the closure", "29% said": no one in
            # particular tells it ("the report of 2 November, which found": nor a date)
            continue
        if dated := _DATED_PRONOUN.fullmatch(who):
            who = dated.group("pronoun")  # "In June 2024 he told parliament …": the pronoun tells, the date dates it
        if pronoun := _PRONOUN_WITH_AUXILIARY.fullmatch(who):
            who = pronoun.group("pronoun")  # "I don't doubt the total", "We've heard that before": the pronoun tells
        if who.lower() in PRONOUNS:
            if who.lower() in ("i", "we") and "“" in before and not has_quotes(before):
                continue  # ('“We expect inflation to …,” she said': the quoted words' own verb; the telling follows)
            if who.lower() in ("i", "we") and not has_quotes(before):
                return Attribution(None, False, None)  # "We believe …" outside quotation marks: the author's own view
            if who.lower() == "they" and previous_group:
                return Attribution(previous_group, True, f"pronoun '{who}' with reporting verb '{verb}', the group of the sentence before")
            if who.lower() == "it" and previous and (_A_PERSON.search(previous) and not _A_BODY.search(previous)
                                                      or unnamed_group(_PLACE_AFTER.split(previous, 1)[0])
                                                      or _PEOPLE_UNNAMED.match(previous)):
                # ('Peskov said … . … but it shows how far Yerevan has drifted': "it" is no person; 'Leaders in all
                # three capitals hailed it … . It says nothing about winter': nor a group; 'A person with knowledge
                # of the matter said … . … It found that …': nor a source kept unnamed)
                continue
            if who.lower() in ("he", "she") and previous and POSSESSED_GROUP.fullmatch(previous):
                continue  # ('…, his team believes, …. "We find them everywhere," he said.': "he" is no team)
            if previous:
                return Attribution(previous, False, f"pronoun '{who}' with reporting verb '{verb}', speaker of the sentence before")
            continue
        if verb in ACTION_VERBS and not action_reports(sentence, m, before, who):
            continue
        who = AFTER_NAME.sub("", who) or who
        # one capitalised word inside the sentence is a name ('"…," Collins said'), not a group
        named_inside = " " not in who and who[:1].isupper() and not sentence.lstrip(" \"“‘'(").startswith(who)
        vague = bool(VAGUE_SPEAKERS.search(who)) or (not named_inside and unnamed_group(who)) \
            or bool(_UNNAMED_ON_REQUEST.search(sentence, 0, m.start()))
        return Attribution(who, vague, f"reporting verb '{verb}' after '{who}'")
    if bracketed:
        return bracketed
    if many_in := _MANY_IN.match(sentence):
        return Attribution(many_in.group("who"), True, f"vague attribution '{many_in.group('who')}'")
    told = teller_by_stance(sentence, grams, previous)
    if told:
        return Attribution(*told)
    vague = VAGUE_SPEAKERS.search(sentence) if VAGUE_TRIGGERS.any(grams) else None
    if vague and re.search(rf"{re.escape(vague.group(0))}\s+(?:\w+\s+)?(?:had|have|has|say|said|hinted|believe|argue|warn|think)", sentence, re.I):
        return Attribution(vague.group(0), True, f"vague attribution '{vague.group(0)}'")
    if passive:
        return Attribution(None, True, f"passive attribution '{passive.group(0)}'")
    return Attribution(None, False, None)


# a pronoun with its auxiliary or adverb before the reporting verb: "I don't", "We've", "They have also"
_PRONOUN_WITH_AUXILIARY = re.compile(
    r"(?P<pronoun>I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)(?:['’](?:ve|d|ll|m|re|s))?"
    r"(?:\s+(?:do|does|did|don['’]t|doesn['’]t|didn['’]t|not|have|has|had|also|all|both|still|never|always|just|really|certainly))*")
