"""Word lists the rule stages share. Each list is a reviewer-readable reason, not a tuning knob."""
from __future__ import annotations

import re

from .words import Phrases

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
}
# Common irregular past tenses.
IRREGULAR_PASTS = frozenset(
    "went took made gave got came saw told began brought won lost left held met paid sent built fell rose ran found kept "
    "led shot wrote spoke struck broke chose drove grew knew stood sold spent thought fought caught taught bought sought "
    "became forgot hid hit bore drew flew froze hung lay lent meant rode rang shook shut sank slid spread stole swept "
    "swore threw tore understood woke wore withdrew "
    # four-letter pasts in -ed, which the test for "-ed" words of five letters or more leaves out
    "died fled sued owed".split())
# Calendar names, capitalised as written (patterns that ignore case use them as they are)
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# ("₹2,500 crore", "5 lakh homes": the Indian scales, ten million and a hundred thousand)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "tn": 1e12, "trn": 1e12, "m": 1e6, "k": 1e3, "mn": 1e6,
          "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}
APPROX = ("around", "about", "approximately", "roughly", "nearly", "almost", "some", "an estimated", "estimated",
          "circa", "ca.", "more than", "over", "up to", "at least", "fewer than", "less than", "close to", "just over",
          "just under", "upwards of",
          # (a bound set by a negation: "no more than $8.6 million" is at most that, not over it)
          "no more than", "not more than", "no fewer than", "not fewer than", "no less than", "not less than", "at most")
REPORTING_VERBS = (
    "said|says|saying|say|claimed|claims|claim|claiming|reported|reports|reporting|accused|accuses|accusing|accuse|announced|announces|"
    "denied|denies|denying|argued|argues|argue|stated|states|told|tells|confirmed|confirms|confirming|warned|warns|insisted|insists|insist|"
    "alleged|alleges|added|adds|noted|notes|note|hinted|hailed|acknowledged|acknowledge|acknowledges|admitted|admits|admit|"
    "disputed|disputes|rejected|rejects|"
    "maintained|maintains|estimated|estimates|wrote|writes|testified|declared|declares|suggested|suggests|suggest|"
    "contended|contends|asserted|asserts|explained|explains|revealed|reveals|predicted|predicts|concluded|ruled|held|holds|described|describes|describe|"
    "attribute|attributes|attributed|blames|blamed|put|puts|logged|found|finds|showed|shows|according|expects|expect|believes|believe|believed|think|thinks|fears|fear|feared|"
    "forecast|forecasts|warn|show|recommends|recommended|recommend|urges|urged|urge|proposes|proposed|cite|cites|estimate|"
    "dispute|reject|deny|defended|defends|disagree|disagrees|disagreed|blame|criticised|criticized|criticises|criticizes|"
    "asked|demanded|propose|heard|questioned|queried|challenged|doubt|doubts|doubted|worry|worries|worried|opposed|opposes|"
    "submitted|submits|replied|replies|responded|responds|projects|projected|complained|complains|complain|commented|"
    # ("The Office for Budget Responsibility assumes net migration will settle at …": a forecaster's assumption)
    "assumes|"
    # ("The protesters have vowed to return every day until the government resigns": a vow made, by who makes it)
    "vowed|vows|"
    # ("Officials in Brussels privately concede that a Union of 35 members could not work")
    "concede|concedes|"
    # ("Putin apologised that the incident had occurred in Russian airspace")
    "apologised|apologized|apologises|apologizes|"
    # a tabloid's telling: "Mum-of-three Kerry Lowe, 38, fumed: …", "Shoppers have blasted the council"
    "fumed|fumes|raged|rages|blasted|blasts|slammed|slams|"
    # a post on a social network: "Harbour Holdings posted on X that …", "tweeted that"
    "posted|tweeted|tweets|"
    # "Members expressed concern that the signs would not slow traffic" (a feeling told: see attribution)
    "expressed|"
    # "Critics point out that the company was placed on a US sanctions list in 2020"
    "point out|points out|pointed out|"
    # ("Several participants pointed to Russian dams upstream": a cause named, told by who names it)
    "pointed to|"
    # ("Russian officials have spoken of adding drones to the base": a plan or a fear voiced)
    "spoken of|spoke of|speaks of|talked of|"
    # "Rights groups counter that the US law targets lobbying": a reply told (not "over the counter")
    "countered|counter that|counters that|"
    # "Many in Brussels hope that popular pressure will force the government to change course": a hope held
    # that something will happen (not "hopes to draw people back", an aim)
    "hope that|hopes that|hoped that|"
    # "Human rights groups have raised concerns about the defendants' access to lawyers": a concern voiced
    "raised concerns|raised concern|voiced concerns|voiced concern|raised doubts|voiced doubts|"
    # ("Participants broadly agreed that the agreement … was the most significant step": a view shared, told)
    "agreed that|agree that|"
    # ("Most participants thought not before 2030": a view held, in the past)
    "thought"
)
REPORTING = Phrases(REPORTING_VERBS)
# Reporting verbs that tell a belief rather than an utterance: an expectation stays a forecast.
ATTITUDE = frozenset("expects expect believes believe believed think thinks thought fears fear feared doubt doubts doubted worry worries worried assumes"
                     .split()) | {"hope that", "hopes that", "hoped that", "questioned"}
# lower-case particles inside a name ("Pieter de Groot", "Ursula von der Leyen"), as a pattern
NAME_PARTICLES = r"(?:(?:de|van|von|der|den|da|di|du|del|della|la|le|bin|al|ibn|ter|ten)\s+)*"
# nobody in particular: no speaker, no actor ("Nobody disputes that")
# the posts that make whoever holds them a person, read before a name or as a speaker
PERSON_POSTS = ("spokes(?:man|woman|person)|minister|president|secretary|ambassador|chair(?:man|woman)?|director|mayor|"
                "councillor|governor")
NO_ONE = ("nobody", "no one", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "neither side", "neither party")
PRONOUNS = frozenset("he she they it we i you this that these those who which one".split())
VAGUE_SPEAKERS = re.compile(
    # ("Some Russian lawmakers have called for …", "many local residents": one word may say whose)
    r"\b(some|many|several|most|few|certain|unnamed|anonymous)\s+(?:[A-Za-z]+\s+)?(experts?|analysts?|observers?|officials?|critics?|"
    r"sources?|commentators?|people|scholars?|economists?|diplomats?|residents?|witnesses?|insiders?|lawmakers|legislators|"
    r"politicians|MPs|deputies|activists|campaigners|bloggers)\b"
    r"|^\s*(experts?|analysts?|observers?|critics?|sources?)\b"
    # ("Many in Brussels hope that …", "many in Moscow dismissed it as a bluff": unnamed people of a place)
    r"|^\s*(?:many|some|few|most|others)\s+in\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
VAGUE_TRIGGERS = Phrases("expert|experts|analyst|analysts|observer|observers|official|officials|critic|critics|source|sources|"
                         "commentator|commentators|people|scholar|scholars|economist|economists|diplomat|diplomats|resident|"
                         "residents|witness|witnesses|insider|insiders|lawmakers|legislators|politicians|mps|deputies|activists|"
                         "campaigners|bloggers")
PASSIVE_ATTRIBUTION = re.compile(
    r"\b(?:is|are|was|were|has been|have been)\s+(?:said|reported|believed|thought|alleged|rumou?red|understood|expected)\s+to\b"
    r"|\breportedly\b|\ballegedly\b|\bit is (?:said|claimed|believed|reported)\b",
    re.IGNORECASE,
)
PASSIVE_TRIGGERS = Phrases("said to|reported to|believed to|thought to|alleged to|rumored to|rumoured to|understood to|"
                           "expected to|reportedly|allegedly|it is said|it is claimed|it is believed|it is reported")
FUTURE = Phrases(
    "will|won't|shall|i'll|we'll|you'll|they'll|he'll|she'll|it'll|is going to|are going to|is set to|are set to|is expected to|are expected to|would like to|"
    # ("is widely expected to win again")
    "widely expected to|generally expected to|"
    # "We are not going to hit good status by 2027": a forecast too, denied
    "not going to|isn't going to|aren't going to|"
    # "The comet should be visible with binoculars for about a week": what should happen, expected, not advised
    "should be visible|should be back|should be over|should reopen|"
    # "The latest forecasts show heavy rain on Friday": what forecasts show is a forecast
    "forecasts show|forecast shows|forecasts suggest|forecast suggests|projections show|projections suggest|"
    # "If the talks fail again, the likeliest outcome is a frozen conflict": the outcome foreseen
    "likeliest outcome|most likely outcome|likeliest scenario|most likely scenario|likeliest result|most likely result|"
    "will have to|in the coming|over the next|was expected to|were expected to|plans to|plan to|intends to|"
    "intend to|aims to|aim to|is due to|are due to|expects to|expect|expects|is scheduled to|are scheduled to|"
    # "“We’re expecting the busiest roads we’ve ever seen on Wednesday”"
    "we're expecting|we are expecting|i'm expecting|i am expecting|they're expecting|they are expecting|"
    # "The trust is forecasting a deficit of £1.4 million for 2026/27"
    "is forecasting|are forecasting|is predicting|are predicting|is projecting|are projecting|"
    "is projected to|are projected to|is forecast to|are forecast to|is predicted to|are predicted to|is likely to|"
    "are likely to|was likely to|were likely to|not expected to|isn't expected to|aren't expected to|"
    # "A final decision is expected in the summer": what is due, with no verb after it
    "is expected in|are expected in|is expected by|are expected by|is expected later|is expected soon|is expected next|"
    # "The Met Office said rain was not expected until Wednesday"
    "not expected until|not expected before|is expected until|are expected until|"
    # "More rain is forecast for Monday"
    "is forecast for|are forecast for|is forecast on|are forecast on|"
    # a warning's "40 mm of rain is expected widely", "The heaviest rain is likely on Saturday afternoon"
    "is expected widely|are expected widely|is expected across|are expected across|is expected on|are expected on|"
    "is likely on|are likely on|is likely by|are likely by|is likely from|are likely from"
)
MODALS = Phrases("would|could|can|may|might|should|must|ought to|need to|needs to")
HEDGES = Phrases(
    "probably|possibly|perhaps|likely|unlikely|apparently|seem|seems|seemed|appear|appears|arguably|presumably|"
    "one can|one could|it is in|it is clear|it is likely|it is possible|to a certain|without a doubt|in our view|"
    "in my view|in my opinion|in our opinion|in my judgment|in my judgement|in our judgment|in our judgement|i think|we think|we believe|i believe|we recommend|i recommend|we urge|we propose|we call on|"
    "we disagree|i disagree|i want|we want|"
    # a stance restated ("We reaffirm our commitment to the 1991 agreement")
    "we reaffirm|we reiterate|we remain committed|we are committed|we stand with|we stand by|we condemn|we deplore|"
    # an analyst's judgement ("We assess that the complaint is aimed at …")
    "we assess that|i assess that|we judge that|i judge that|in our assessment|in my assessment|our assessment is|"
    # what cannot be excluded ("We cannot rule out that this was deliberate")
    "cannot rule out|can't rule out|can’t rule out|couldn't rule out|not rule out"
)
# Adjectives that pass a judgement: what an evaluative sentence, or a source's argued position, says
JUDGING_ADJECTIVES = ("misguided|reckless|irresponsible|absurd|ridiculous|shameful|foolish|unwise|sensible|unfair|unjust|"
                      "disastrous|terrible|appalling|cynical|hypocritical|pointless|wasteful|scandalous|unjustified|"
                      "unjustifiable|unacceptable|excessive|unreasonable|inadequate|insufficient|"
                      # how sound a thing is judged to be ("Traders say the deal is fragile.")
                      "fragile|precarious|shaky|flawed|unsustainable|doomed|"
                      # how likely a plan is judged to work ("the target for 2027 looks unrealistic", "now looks out of reach")
                      "unrealistic|implausible|unworkable|out of reach|unachievable|unattainable|achievable|attainable|"
                      # ("Independent engineers say the estimate is optimistic")
                      "optimistic|over optimistic|overoptimistic|"
                      # a charge or a verdict dismissed ("We regard this verdict as politically motivated.")
                      "politically motivated|baseless|groundless|unfounded|trumped up|"
                      # a finding called partial ("said the observers' conclusions were biased")
                      "biased|one sided|partisan|"
                      # a course defended or attacked as to its measure ("argues that the ties are pragmatic")
                      "pragmatic|proportionate|disproportionate")
EVALUATIVE = Phrases(
    # ("Stable neighbours are worth more than transit fees": a worth weighed, no sum)
    "worth more than|worth less than|matter more than|matters more than|"
    # ("Its departure closes a chapter that began in 2020": a figure of speech characterises, it tells nothing checkable)
    "closes a chapter|closed a chapter|close a chapter|wake up call|game changer|double edged sword|"
    # ("We have opened a new page": a turn in a relation, told in a figure of speech)
    "new page|turned the page|turn the page|new chapter|"
    # ("a row over number plates has been a barometer of relations": a thing read as the measure of another)
    "barometer of|litmus test|bellwether|"
    "house of cards|turning point|watershed moment|"
    "tectonic|paradigm|catastrophic|notorious|controversial|blatantly|successfully|significant|important|"
    "largest|best|worst|greatest|major|massive|deep|absolute|total|mixed blessing|victory|defeat|shock|myth|"
    "invincible|uncomfortable|symbolic|destabilizing|destabilising|favorable|favourable|strategic|better|worse|harder|"
    "unhurriedly|silent|silence|erstwhile|haunt|haunts|prefer|interest|interests|priority|danger|challenge|benefit|benefits|"
    "welcome|grateful|thank|thanks|thoughts are with|shocking|disgraceful|outrageous|unacceptable|clearly|obviously|"
    "should|must|ought|bad luck|afford to lose|inconvenient|main risk|biggest risk|main threat|biggest threat|nobody listened|chose to ignore|short sighted|admirable|laudable|regrettable|"
    # "Planting trees along rivers is one of the cheapest ways to protect fish": a means weighed
    "cheapest way|cheapest ways|easiest way|easiest ways|simplest way|simplest ways|quickest way|quickest ways|most effective way|"
    # ("Rotating troops is therefore almost impossible": a difficulty weighed)
    "almost impossible|virtually impossible|nearly impossible|all but impossible|"
    # ("The world cannot pretend it did not see this coming": an exhortation)
    "cannot pretend|can't pretend|cannot ignore|can't ignore|"
    # a price or a charge called theft: "It's daylight robbery."
    "daylight robbery|rip off|"
    "deplorable|wrong headed|caused injustice|maladministration|not good enough|"
    # "Closures are nothing new.": a thing judged familiar
    "nothing new|"
    # ("… has made regional self-reliance more attractive": an appeal weighed)
    "more attractive|less attractive|more appealing|less appealing|" + JUDGING_ADJECTIVES
)
# Speech that expresses a feeling rather than states anything: never a checkable fact, dated or not.
EXPRESSIVE = Phrases(
    "thoughts are with|thoughts go out|our thoughts|grateful|we thank|we also thank|thank you|thanks to all|"
    # a thanks or an apology put politely ("I would like to thank the volunteers who …") is given, not forecast
    "like to thank|like to congratulate|like to apologise|like to apologize|"
    "condolences|sympathies|deepest sympathy|proud of|delighted|saddened|heartbroken|we welcome|we regret|"
    "we are glad|i am glad|we're glad|i'm glad|we are pleased|i am pleased|we're pleased|i'm pleased|"
    "we are disappointed|i am disappointed|we're disappointed|i'm disappointed|bitterly disappointed|"
    "deeply disappointed|we are dismayed|i am dismayed|we are appalled|i am appalled|we are shocked|i am shocked|"
    "it feels like|it feels as|it felt like|it felt as|i am sorry|we are sorry|i'm sorry|we're sorry|"
    # ("We are deeply sorry for the distress this has caused.")
    "deeply sorry|truly sorry|very sorry|so sorry|sincerely sorry|genuinely sorry|"
    # the feeling told in the past ("We were surprised by how high the levels were")
    "we were surprised|i was surprised|we were shocked|i was shocked|we were stunned|i was stunned|we were amazed|"
    "i was amazed|we were disappointed|i was disappointed|we were dismayed|i was dismayed|we were appalled|i was appalled"
)
STATE_MARKERS = Phrases(
    # ("Protests have continued every night since then.": a course running up to the writing)
    "now|currently|so far|thus far|to date|still|continue|continues|continuing|has continued|have continued|ongoing|today|"
    "at present|presently|"
    "as of|as at|as it stands|remain|remains|remained|not yet|no longer|these days|at the moment|this week|this month|"
    "this year|until further notice|yet to|cannot yet|can't yet|could not yet|time of writing|time of publication|"
    # a running tally in sport: "taking his tally to 27 goals this season"; a school's: "Our attendance
    # this half term is 95.8%"
    "this season|this term|this half term|"
    # a sum converted at the rate of the day ("about $77 million at current exchange rates")
    "current exchange rates|current exchange rate|at current rates|at current prices|at today's prices"
)
REFERENCE_CUES = Phrases(
    "can be seen|can be found|can be read|can be viewed|see also|see the|see our|for more information|for more details|"
    # ("This article is part of our series on Armenia's foreign policy.": the series it belongs to)
    "our series|an occasional series|"
    "available at|available on|available from|can read|read our|read the|read more|as shown in|as shown on|map at|"
    "maps at|details are at|is published at|is published on|can be reached|can be contacted|see figure|see table|"
    "see chart|see annex|see appendix|see section|see page|are given in|is given in|summarised in|summarized in|"
    "set out in|are listed in|is listed in|can check|can look up|can find out|please find|find below|see below|"
    "set out below|here is what|here's what|here are the|here is how|here's how|here is why|here's why"
)
# what a source calls an account it disputes: "The operator says that figure is exaggerated"
JUDGED_WRONG = ("exaggerated|overstated|misleading|inaccurate|incorrect|wrong|too high|too low|"
                # "Kabul says the figure is far lower": a figure given put lower or higher, no figure of one's own
                "far lower|far higher|much lower|much higher|"
                # "say the result was rigged": a count called false
                "rigged|falsified|"
                # "says the debt figure is invented"
                "invented|fabricated|made up|bogus|fictitious|"
                # "the overflow figures understate the problem"
                "understate|understates|overstate|overstates|exaggerate|exaggerates|underestimate|underestimates|"
                "overestimate|overestimates|"
                # "said the report 'ignores what villagers see every day'"
                "ignores|overlooks|"
                # "said the report did not match their experience"
                "did not match|does not match|do not match|did not reflect|does not reflect")
COUNTER_CUES = Phrases(
    "claimed|claims|accused|accuses|denied|denies|rejected|rejects|disputed|disputes|contradicted|contradicts|contradict|"
    "dismissed|refuted|refutes|countered|counter that|counters that|insisted|insists|are not correct|is not correct|not true|false|"
    "critics say|critics argue|critics said|however|but|dispute|reject|deny|disagree|disagrees|disagreed|"
    "do not agree|does not agree|did not agree|don't agree|doesn't agree|defended|defends|"
    "does not support|do not support|did not support|doesn't support|don't support|"
    + JUDGED_WRONG
)
# "The Cabinet Member is asked to approve the routes before 1 November": a request looks ahead
REQUESTED = (r"(?:is|are)\s+(?:asked|invited|requested|urged)\s+to"
             # what is recommended or proposed is still to be done: "I recommend that we take both options to
             # Cabinet in January"
             r"|(?:recommends?|recommended|proposes?)\s+that")
FIRST_PERSON = Phrases("i|we|our|my|us")
# A capitalized word that is not a sentence's first: a named person, body or place. The pattern
# begins with the capital so that a search skips straight to capitals instead of testing the
# look-behinds at every character.
NAMED_ACTOR = re.compile(r"[A-Z](?<=\b[A-Z])(?<!^[A-Z])(?<![.!?]\s[A-Z])[a-z]{2,}")
# An action under way as of writing, "is cooperating", "are searching"; with the passive
# ("is being investigated") in UNDER_WAY_OR_BEING_DONE.
_ONGOING = r"\b(?:is|are)\s+(?:now\s+|still\s+|currently\s+)?"
# ("Closures are nothing new": a pronoun in -thing is nothing under way)
_NOT_DOING = r"going|nothing|something|anything|everything"
UNDER_WAY = re.compile(_ONGOING + rf"(?!(?:{_NOT_DOING})\b)[a-z]{{3,}}ing\b")
# ("the figures are misleading", "the results are encouraging": a verdict in an adjective, nothing under way)
_JUDGING_ING = ("misleading|encouraging|disappointing|worrying|alarming|surprising|confusing|concerning|troubling|"
                "reassuring|promising|compelling|convincing|interesting|striking|staggering|shocking|damning|appalling|"
                "frustrating|embarrassing|devastating|astonishing|amazing|exciting|depressing|humiliating|overwhelming|"
                "outstanding|welcoming|inspiring|challenging|demanding")
# ("are on their way", "are at the scene", "are on site": people at work now, too)
ON_THE_JOB = (r"on\s+(?:their|its|his|her|the)\s+way\b|at\s+the\s+scene\b|on\s+(?:site|scene)\b"
              # ("a further 140 are under construction", "the case is under review")
              r"|under\s+(?:construction|way|review|investigation|consideration|repair|development)\b"
              # ("talks on a new treaty are stalled", "the works are on hold": a halt that holds as of writing)
              r"|on\s+hold\b|(?:stalled|suspended|deadlocked|halted|paused)\b(?!\s+(?:on|every|at|for|until|from|by|in|after|when)\b)")
# ("is being built", "are being held": the irregular participles too)
_IRREGULAR_PARTICIPLES = "built|held|kept|spent|sent|sold|paid|made|laid|cut|shut|set|put|run|told|brought|bought|taught|fought|caught|found|dug|shown|done"
UNDER_WAY_OR_BEING_DONE = re.compile(_ONGOING + rf"(?:being\s+(?:[a-z]{{3,}}(?:ed|en)|{_IRREGULAR_PARTICIPLES})\b"
                                     rf"|(?!(?:{_NOT_DOING}|{_JUDGING_ING})\b)[a-z]{{3,}}ing\b|{ON_THE_JOB})")
# "Knife crime is at a record high", "stands at its lowest level since 1975": a measured level set
# against a record, checkable, and (in the present) a state as of writing
RECORD_LEVEL = re.compile(r"\b(?P<verb>is|are|was|were|stands?|stood|remains?|remained)\s+at\s+(?:a|an|its|their)\s+"
                          r"(?:all-time\s+|record\s+|[\w-]+-year\s+)?(?:high|low|highest|lowest|peak)\b", re.IGNORECASE)
# verbs that pin a name on something, in the speaker's own quoted words ("called the increase “a tax”",
# "described the quay as “the most polluted street”")
NAMING_VERBS = "called|calls|described|describes|branded|brands|dubbed|labelled|labeled"
# what a count of people at an event is a count of: "the crowd at about 2,000", "a turnout of 31,000"
GATHERING_NOUNS = "crowds?|turnout|attendance|audience|gathering"
# bodies that speak for themselves when they put, find or estimate a figure, and act in their own name
BODIES = frozenset("ministry department office agency authority council government regulator commission board "
                   "institute bureau service inspectorate watchdog police company union".split())
# "0800 555 0199", "+44 (0)20 7946 0000", "020 7946 0000": a telephone number
PHONE_NUMBER = r"(?:\+\d{1,3}\s?)?(?:\(0\)\s?\d{1,4}|\(?0\d{1,4}\)?)[\s-]?\d{2,4}[\s-]\d{3,4}(?:[\s-]?\d{1,4})?"

# "The centre needs £6.5 million of repairs over the next ten years": what is needed now, costed over a span ahead
NEEDED_OVER_SPAN = re.compile(r"\b(?:needs|need|requires|require)\s+(?:an?\s+)?"
                              r"(?:estimated\s+|further\s+|extra\s+|about\s+|around\s+|some\s+)?"
                              r"(?:US|A|C|NZ|HK|S)?[£$€]\s?\d[\d.,]*[^.;]{0,60}?\b(?:over|in)\s+the\s+(?:next|coming)\b", re.IGNORECASE)


# "Sukhumi has not replied.": a sentence that is only an answer not given, to what was just told (not "Yerevan
# proposed a mechanism; Azerbaijan has not responded", where the proposal is the claim)
NO_REPLY = re.compile(r"^\W*(?:[\w’'-]+\s+){1,5}?(?:has|have)\s+not\s+(?:yet\s+)?(?:replied|responded)(?:\s+to\s+(?:the|this|that|its|"
                      r"their)\s+(?:offer|proposal|request|letter|invitation|questions?))?\s*[.;]?\s*$")

# "Neither side said when flights would fully resume": what neither of two sides has told, as a pattern
NEITHER_SAID = r"^\W*[Nn]either\s+(?:side|party|government|country|capital|company)\s+(?:has\s+)?said\s+(?:whether|how|when|if|what|why|where)\b"
