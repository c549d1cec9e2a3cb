"""Positions a sentence takes or reports: a view held, a stance on a proposal, a reaction told, a
demand on someone else, a priority stated, the writer siding with a view or declaring readiness."""
from __future__ import annotations

import re

from .words import Cued

# "We are ready to sign a peace treaty based on …": the writer's side states its readiness, a position (one quoted
# from a speaker, "“We are ready to talk day and night,” … told reporters", is reported)
READY_TO = re.compile(r"\s*(?:(?:But|And|So),?\s+)?(?:We|I)\s+(?:are|am)\s+(?:(?:fully|still|also|always|now)\s+)?(?:ready|willing|prepared)\s+to\b"
                      # ("The United Nations stands ready to support efforts to achieve a lasting peace": the set phrase
                      # of a body's offer)
                      r"|\s*(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+(?:stands|stand|remains|remain)\s+ready\s+to\b")


# "Business groups are not convinced.", "Residents remain sceptical of the plan": a view held, and
# who holds it is the subject before the verb
VIEW_HELD = re.compile(r"\b(?:is|are|was|were|remains?|remained)\s+[\"“‘]?(?:still\s+)?(?:not\s+(?:yet\s+)?(?:convinced|persuaded)"
                       r"|unconvinced|unpersuaded|sceptical|skeptical|doubtful"
                       # ("The Parliamentary Assembly is deeply concerned about …": a worry held)
                       r"|(?:deeply|gravely|seriously|extremely)\s+(?:concerned|alarmed|worried|troubled))\b"
                       # "Members expressed concern that the signs would not slow traffic": a worry held
                       r"|\bexpressed\s+(?:(?:their|its|his|her|grave|serious|deep|strong)\s+)?(?:concerns?|doubts?|fears?|worries)\s+that\b"
                       # "Many in Yerevan now see the Russian base in Gyumri as a liability rather than a guarantee": a
                       # thing seen as something, in the present
                       # (not one "said to regard" a thing so: a report at one remove)
                       # (or as being of some sort: "Analysts in Yerevan see the handover as largely symbolic")
                       r"|(?<!\bto\s)\b(?:see|sees|view|views|regard|regards)\s+[^.;:]{2,80}?\s+as\s+(?:[a-z]+ly\s+)?"
                       r"(?:(?:an?|the|their|its)\s+[\w-]+|[a-z]{2,}(?:ic|al|ive|ous|ful|less|ent|ant|ible|able)\b)"
                       # "Colleagues remember him as patient and dry-witted": a person as others remember them
                       r"|\b(?:remember|remembers|remembered)\s+(?:him|her|them)\s+as\b"
                       # "Few economists share that confidence": a view, shared or not (not a thing shared out: "share the cost")
                       r"|\b(?:share|shares|shared)\s+(?:that|this|the|his|her|their|its|such|a\s+similar|(?:the\s+)?[\w-]+[’']s)\s+(?:[a-z]+\s+)?"
                       r"(?:view|views|confidence|optimism|pessimism|assessment|concern|concerns|fear|fears|hope|hopes|belief|scepticism|"
                       r"skepticism|enthusiasm|doubts?|reading|analysis)\b")
VIEW_WORDS = frozenset("convinced persuaded unconvinced unpersuaded sceptical skeptical doubtful expressed concerned alarmed worried troubled "
                       "see sees view views regard regards share shares shared remember remembers remembered".split())


def view_held(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return VIEW_HELD.search(sentence) if VIEW_WORDS & grams else None


# ("The Assembly calls on Azerbaijan to guarantee …": a demand made in the present; "called on Chisinau to
# provide evidence", told in the past, is a call made, below)
# "Campaigners want the county to bring back the £2 fare", "Police urged the driver to come forward": a
# demand on someone else ("The council wants to build homes" tells its own plan); "Public safety has
# to come first": a priority stated, and nothing more ("Kelby came first in the league" is a result)
DEMANDED = re.compile(r"\b(?:want|wants|wanted|urge|urges|urged|calls\s+on|call\s+on)\s+(?:the|a|an|its|their|his|her|our|all|every|[A-Z][\w’'-]*)"
                      r"(?:\s+[\w’'-]+){0,4}?\s+to\s+(?!be\b)[a-z]{2,}"
                      # ("Pakistan says it wants the Indus Waters Treaty, which India suspended in April, restored",
                      # "Azerbaijan wants the mission gone once a peace treaty is signed")
                      r"|(?<!%\s)(?<!\d\s)\b(?:want|wants|wanted)\s+(?:the|its|their)\s+(?:[^.;,]{0,60}?,[^.;,]{3,60}?,\s+|[^.;,]{0,60}?)\b(?:restored|reinstated|lifted|removed|withdrawn|"
                      r"released|scrapped|reversed|returned|reopened|cancelled|canceled|dropped|gone|out|closed|banned|disbanded)\b"
                      # ("The EU and the United States have pressed Yerevan to stop the trade", as "urged"; a party pressed,
                      # not "pressed the button to start")
                      r"|\b(?:pressed|presses|pressured|pressures)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+[\w’'-]+){0,4}?\s+to\s+(?!be\b)[a-z]{2,}")
# "Maia Sandu again called for the troops to leave": a call made names who makes it (told as a deed, not
# a view: the golds keep such a call a statement)
# ("Chisinau has repeatedly called for the depot to be destroyed": a call for a thing to be done, too)
CALLED_FOR = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:again\s+|also\s+|repeatedly\s+)?(?:(?:called|calls|call)\s+for|called\s+on)\s+"
                        r"(?:the|a|an|its|their|his|her|our|all|every|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?\s+to\s+(?:be\s+[a-z]{2,}(?:ed|en|wn)\b|(?!be\b)[a-z]{2,})")
# "The Green group wants a cap of 90 nights a year", "The Supporters' Trust has called for an independent
# review": a measure demanded names who demands it (the golds keep such a demand a statement, not a view)
WANTS_MEASURE = re.compile(r"\b(?:want|wants|(?:has\s+|have\s+)?(?:called|calls|call)\s+for)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?"
                           r"(?:cap|ban|limit|freeze|review|inquiry|halt|moratorium|referendum|investigation|audit|rethink|pause)\b"
                           # ("Baku, for its part, wants guarantees of unimpeded transit": assurances demanded)
                           r"|(?<!\bwill\s)(?<!\bwould\s)\b(?:want|wants|(?:has\s+|have\s+)?(?:called|calls|call)\s+for)\s+(?:[\w’'-]+\s+)?(?:guarantees|assurances|"
                           r"compensation|reparations)\b")
# "Both governments have said they want a negotiated settlement", "Lukashenko has said he wants a "big
# deal" with Washington": an aim a side says it holds (a measure demanded, "wants a cap", is a statement)
_AIM_WANTED = re.compile(r"\b(?:said|says|say|has\s+said|have\s+said)\s+(?:that\s+)?(?:he|she|it|they|we)\s+(?:still\s+|only\s+)?"
                         r"wants?\s+(?:a|an|the)\s+(?:[\w’'\"“”-]+\s+){0,2}?[\"“]?(?:settlement|deal|solution|agreement|peace|"
                         r"dialogue|compromise|partnership|relationship|reset|ceasefire|truce)\b")
# "The Kremlin said protecting the region's residents was a priority": a priority a side states
_PRIORITY_SAID = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?[^.;:]{0,100}?\b(?:is|was|are|were|remains?|would\s+be)\s+"
                            r"(?:a|the|its|their|our|his|her)\s+(?:top\s+|main\s+|key\s+|first\s+|absolute\s+)?priority\b")
PRIORITY_STATED = re.compile(r"\b(?:(?:has|have|must|should)\s+(?:to\s+)?(?:always\s+)?come|comes?)\s+first(?=\s*(?:[,.;!?\"”’]|$))")
# "We support the target but …", "I oppose these proposals": a position taken on a proposal ("We
# support 300 families a year" is something done)
POSITION_TAKEN = re.compile(r"\b(?:[Ww]e|I)\s+(?:(?:fully|strongly|broadly|firmly|do\s+not|don[’']t|cannot|can[’']t)\s+)?"
                            r"(?:support|oppose|back|endorse|object\s+to|reject)\s+(?:the|this|these|its|their|your|such|any)\s+"
                            r"(?:[\w-]+\s+){0,3}?(?:target|targets|plan|plans|proposal|proposals|principle|aim|aims|ambition|"
                            r"scheme|policy|policies|idea|decision|bid|move|call|change|changes|strategy|approach|option)\b"
                            # "Ward councillors oppose any cut to the evening buses": opposing, now, is a stance whoever holds it
                            # ("will oppose any option that …" tells what a side will do)
                            # ("lends objects to the schools", "an object to the left": the noun)
                            r"|(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!['’]ll\s)\b(?:oppose|opposes"
                            r"|(?<!\ban\s)(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bany\s)object\s+to|(?<![a-z]s\s)objects\s+to)\s+"
                            r"(?:(?:the|this|these|its|their|any|all|a|an)\s+[a-z]"
                            # "The Kelby Civic Society opposes Option B": an option named by its letter or number
                            r"|(?:[Oo]ption|[Pp]roposal|[Pp]lan|[Ss]cheme)\s+(?:[A-Z]|\d{1,2})\b)"
                            # "Kelby Cycling Campaign welcomes the plan's target of 15% …": a side taken on a plan
                            r"|(?<!\bwill\s)(?<!\bwould\s)\b(?:welcomes|supports|backs|endorses)\s+(?:the|this|these|its|their|a|an)\s+"
                            r"(?:[\w’'-]+\s+){0,3}?(?:target|targets|plan|plans|proposal|proposals|aim|aims|ambition|scheme|policy|"
                            r"policies|decision|strategy|approach|option)\b")
# "In the officer’s view, the proposal would not harm …", "In the view of the inspectors, …": a view
# framed as one before the clause it holds, whatever that clause forecasts
VIEW_FRAMED = re.compile(r"^(?:In|From)\s+(?:(?:the|my|our|his|her|their|its)\s+)?(?:[\w’'.-]+\s+){0,3}?(?:view|opinion)"
                         # ("In my view the scheme would cause harm": the comma may be left out before the clause)
                         r"(?:\s+of\s+[^,]{1,60})?(?:,|\s+(?=(?:the|this|that|these|those|it|its|there|we|I|they)\b))")
# the words each of these needs, looked for before its pattern is run
WANT_WORDS = frozenset("want wants wanted called calls call pressed presses pressured pressures".split())
_DEMAND_WORDS = WANT_WORDS | frozenset("urge urges urged calls called call".split())
_POSITION_WORDS = frozenset("support oppose opposes back endorse object objects reject welcomes supports backs endorses".split())


# "The prime minister is said to favour a phased approach": a stance passed on by no one named
_STANCE_SAID_TO = re.compile(r"\b(?:is|are|was|were)\s+(?:said|understood|thought|believed|reported)\s+to\s+(?:favour|favor|prefer|"
                             r"back|support|oppose|want|dislike|be\s+(?:sceptical|skeptical|keen|opposed|doubtful|unhappy|furious|"
                             r"angry|reluctant|frustrated|uneasy|sympathetic))\b", re.IGNORECASE)


_PASSED_ON = frozenset("said understood thought believed reported".split())


# "Some 62% of Armenians oppose the deal", "Two thirds of voters oppose the reform": a count of those who take
# a side is what a poll or a vote found, checkable ("Ward councillors oppose any cut" is the side they take)
_COUNTED_HOLDERS = re.compile(r"(?:\d%|\d\s+per\s*cent|\d\s+percent|\bmajority|\bminority|\b(?:two|three|four)[- ]thirds|\bhalf|"
                              r"\bquarters?|\b\d[\d,]*\s+of\s+(?:the|its|their|all)|(?:^|,)\s*\d[\d,]*)\s+(?:of\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


def position_taken(sentence: str, grams: frozenset[str]) -> re.Match | None:
    """ "We oppose these proposals", "Kelby Town Council objects to the application"."""
    if not _POSITION_WORDS & grams or not (taken := POSITION_TAKEN.search(sentence)):
        return None
    return None if _COUNTED_HOLDERS.search(sentence, max(0, taken.start() - 60), taken.start()) else taken


# "The government in Sarno welcomed the decision": a reaction told as a deed names who reacted, the
# sentence's speaker, though what it tells stays a thing done
_REACTION_TOLD = re.compile(r"\b(?:(?:has|have|had)\s+(?:also\s+|already\s+)?)?"
                            r"(?:welcomed|criticised|criticized|condemned|praised|hailed|denounced|applauded|slammed)\s+"
                            r"(?:the|this|these|that|its|their|his|her|a|an)\s+[a-z][\w’'-]*")
_REACTION_WORDS = frozenset("welcomed criticised criticized condemned praised hailed denounced applauded slammed".split())


# "The Ministry of Foreign Affairs strongly condemns this unprovoked aggression": a stance taken in the
# present, a view of whoever takes it (told in the past, "condemned the attack", it is a deed)
_STANCE_PRESENT = re.compile(r"\b(?:strongly\s+|firmly\s+|resolutely\s+|categorically\s+|warmly\s+|deeply\s+)?(?:condemns|denounces|deplores|"
                             r"welcomes|regrets)\s+(?:the|this|these|that|its|their|his|her|a|an)\b"
                             # ("Georgia remains committed to the peaceful resolution of the conflict")
                             r"|\b(?:remains?|is|are)\s+(?:fully\s+|firmly\s+|strongly\s+|still\s+)?committed\s+to\b"
                             # ("Georgia considers both regions occupied territory": a status a side holds a place to have)
                             r"|\b(?:considers|regards)\s+(?:[\w’'-]+\s+){1,4}?(?:as\s+)?(?:an?\s+|the\s+)?(?:occupied|illegal|illegitimate|"
                             r"unlawful|invalid|sovereign|integral|part\s+of|"
                             # ("Georgia considers the plan a violation of its sovereignty")
                             r"violation\s+of|breach\s+of|threat\s+to|provocation|null\s+and\s+void|unacceptable)\b"
                             # ("The two countries reconfirm their intention to normalize relations")
                             r"|\b(?:reconfirms?|reaffirms?|reiterates?|confirms?|affirms?)\s+(?:their|its|his|her|our)\s+(?:\w+\s+)?"
                             r"(?:intention|commitment|readiness|willingness|support|position|determination|resolve)\b")
_STANCE_PRESENT_WORDS = frozenset("condemns denounces deplores welcomes regrets committed considers regards reconfirm reconfirms "
                                  "reaffirm reaffirms reiterate reiterates confirm confirms affirm affirms".split())


def reaction_told(sentence: str, grams: frozenset[str]) -> re.Match | None:
    if _REACTION_WORDS & grams:
        return _REACTION_TOLD.search(sentence)
    return stance_in_present(sentence, grams)


def stance_in_present(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return _STANCE_PRESENT.search(sentence) if _STANCE_PRESENT_WORDS & grams else None


def view_taken(sentence: str, grams: frozenset[str]) -> re.Match | None:
    """A view held, a position taken on a proposal, a demand on someone else, a priority stated or a
    readiness declared."""
    return view_held(sentence, grams) or (("view" in grams or "opinion" in grams) and VIEW_FRAMED.match(sentence)) \
        or position_taken(sentence, grams) \
        or ("to" in grams and not _PASSED_ON.isdisjoint(grams) and _STANCE_SAID_TO.search(sentence)) \
        or (_DEMAND_WORDS & grams and (DEMANDED.search(sentence) or _AIM_WANTED.search(sentence))) \
        or ("first" in grams and PRIORITY_STATED.search(sentence)) or ("priority" in grams and _PRIORITY_SAID.search(sentence)) \
        or ("that" in grams and not _INSIST_WORDS.isdisjoint(grams) and _demanded_that(sentence)) \
        or stance_in_present(sentence, grams) or (("agree" in grams or "disagree" in grams) and _AGREED.search(sentence)) \
        or READY_TO.match(sentence) or resolution_stance(sentence) or character_insisted(sentence, grams) \
        or ("reasons" in grams or "reason" in grams or "grounds" in grams) and _REASONS_TO_DOUBT.search(sentence) \
        or ("long" in grams and _LONG_ARGUED.search(sentence)) or None


# "Russia and Iran have long argued that any such project needs the approval of every littoral state": a position held
# over years ("Ashgabat has long said it wants to diversify" tells what it said)
_LONG_ARGUED = re.compile(r"\b(?:has|have|had)\s+long\s+(?:argued|insisted|maintained|contended)\b")


# "There are three reasons to doubt that Armenia will return.": the writer's doubt or belief, set out as an argument
_REASONS_TO_DOUBT = re.compile(r"\b(?:reasons?|grounds)\s+(?:to|for)\s+(?:doubt|believe|think|expect|suspect|question|worry|fear|"
                               r"hope|scepticism|skepticism|optimism|pessimism|concern)\b", re.IGNORECASE)


# A resolution's clauses, the body that resolves named once over them (no subject of their own): the
# preamble's "Welcoming the report …," and "Expressing concern at …," (a clause, closing on a comma or a
# semicolon: "Welcoming the move, Aliyev said …" is a sentence of its own), the operative "Requests the
# Secretary-General to submit …;" and "Condemns the attack."
_PREAMBLE_STANCE = re.compile(
    r"\W*(?:Welcoming|Deploring|Condemning|Regretting|Stressing|Emphasi[sz]ing|Underlining|Urging|Commending|Reaffirming|"
    r"Reiterating|Encouraging|Calling\s+(?:on|upon)|Noting\s+with\s+(?:deep\s+|grave\s+)?(?:concern|regret|appreciation|satisfaction|alarm)|"
    r"Expressing\s+(?:its\s+)?(?:deep\s+|grave\s+|serious\s+|full\s+)?(?:concern|regret|support|appreciation|gratitude|alarm))\b"
    r"[^.!?]*[,;]\s*$")
_OPERATIVE_STANCE = re.compile(
    r"\W*(?:\d{1,3}\.\s*)?(?:(?:Requests|Urges|Encourages|Invites|Calls\s+(?:on|upon)|Demands)\s+(?:the|all|both|its|member)\b"
    r"[^.;:!?]{0,100}?\bto\s+[a-z]|(?:Welcomes|Condemns|Deplores|Stresses|Emphasi[sz]es|Underlines|Reaffirms|Expresses)\s+(?:the|its|all|that)\b)")


def resolution_stance(sentence: str) -> re.Match | None:
    return _OPERATIVE_STANCE.match(sentence) or (_PREAMBLE_STANCE.match(sentence) if sentence.rstrip()[-1:] in ",;" else None)


# "The ruling party says the law is about transparency, and I agree": the writer sides with a view
# ("we agree to pay" is a deed; "We do not agree: the sample was drawn at random" goes on to what is checkable)
_AGREED = re.compile(r"(?:^\W*|[,;]\s*(?:and\s+|but\s+)?)(?:I|[Ww]e)\s+(?:(?:fully|strongly|entirely|wholly|do\s+not|don[’']t)\s+)?"
                     r"(?:dis)?agree(?:\s+with\s+(?:him|her|them|it|this|that))?\s*[.!]?\s*$")


_INSIST_WORDS = frozenset("insist insists insisted demand demands demanded require requires required".split())
# "Baku still insists that Armenia first change its constitution": a demand in the subjunctive, the
# verb's bare form after one party ("insists that the figures show …" reports what they show)
# (in the past, "Aliyev … demanded that Moscow admit guilt", the demand is a deed told, as "called on" is)
_DEMANDED_THAT = re.compile(r"\b(?:insists?|demands?|requires?)\s+that\s+"
                            r"(?P<who>(?:the\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s+"
                            r"(?:first\s+|immediately\s+|also\s+|not\s+)?(?P<verb>[a-z]{3,})\b")
_NOT_BARE = frozenset("was has had did does will would can could may might must shall should".split())


# "Paris insists that the weapons are purely defensive", "Moscow insists its specialists run the site safely",
# "insisted that it was the only way to attract investment": a side holding to what its own course is worth
# ("insists that it is not a party to the conflict" tells where it stands, checkable)
_CHARACTER_INSISTED = Cued("insist insists insisted",
                           r"\binsist(?:s|ed)?\s+(?:that\s+)?[^.;:!?]{0,100}?\b(?:(?:purely|entirely|strictly|solely|wholly)\s+)?"
                           r"(?:defensive|peaceful|safe|safely|lawful|lawfully|legal|legally|legitimate|necessary|temporary|"
                           r"voluntary|transparent|humanitarian|the\s+only\s+(?:way|option|solution|choice))\b")


def character_insisted(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return _CHARACTER_INSISTED.search(sentence, grams)


def _demanded_that(sentence: str) -> re.Match | None:
    m = _DEMANDED_THAT.search(sentence)
    if not m or m.group("who").endswith("s") or m.group("verb") in _NOT_BARE or m.group("verb").endswith(("s", "ed", "ing")):
        return None
    return m
