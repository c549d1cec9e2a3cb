"""Cues that a sentence judges, advises or gives a verdict rather than reports: names pinned in
quotes, verdicts quoted or given, advice, courses of action judged, a text telling what it does."""
from __future__ import annotations

import re

from .lexicon import JUDGING_ADJECTIVES, NAMING_VERBS, REPORTING
from .time_patterns import DIGIT
from .words import Phrases

# "have warned that they may also raise prices": a possibility a source warns of is its forecast
WARNED = re.compile(r"\b(?:warned|warns|warn|warning|cautioned|cautions|caution)\s+(?:that\s+)?[^.;:]{0,80}?\b(?:may|might|could)\b")
# ("Too many landlords treat damp as a lifestyle problem": a count judged, whoever counts)
TOO_MUCH = re.compile(r"\btoo\s+(?:much|little|expensive|costly|dear|cheap|many|few|often|slow|slowly|late|long|high|low|soon)\b"
                      # ("But there simply aren't enough beds": too few, said the other way)
                      r"|\b(?:aren[’']t|isn[’']t|are\s+not|is\s+not|never)\s+enough\b"
                      # ("said families had not been consulted enough")
                      r"|\b(?:not|never|n[’']t)\s+(?:been\s+)?[a-z]{3,}ed\s+enough\b", re.IGNORECASE)


# "the money would be better spent on service": a judgement told with "would", no forecast
_WOULD_JUDGE = re.compile(r"\b(?:best|smart|smarter|right|wise|wiser|sensible|obvious|only\s+sensible)\s+(?:move|course|option|answer|"
                          # ("The smart move would be to diversify export routes faster": a course judged best, advice)
                          r"solution|step|thing\s+to\s+do|policy|approach)\s+would\s+be\b|\bwould\s+(?:therefore\s+|thus\s+|also\s+|surely\s+|certainly\s+|only\s+)?(?:be\s+|have\s+been\s+)?(?:much\s+|far\s+|too\s+|very\s+|deeply\s+|largely\s+|purely\s+|mostly\s+|merely\s+)?"
                          r"(?:[a-z]+\s+(?:and|or)\s+)?(?:better|best|worse|wiser|"
                          # ("Leaving the bloc would be largely symbolic": what a step would mean, weighed)
                          r"symbolic|futile|meaningless|"
                          r"preferable|fairer|unfair|unjust|wrong|right|wise|foolish|reckless|unworkable|pointless|"
                          # ("Leaving the union would be far more costly: …")
                          r"(?:more\s+|less\s+)?(?:costly|damaging|dangerous|risky|painful|disastrous)|"
                          r"counterproductive|harmful|a\s+mistake|a\s+disaster|a\s+better|"
                          # ("Elections would be a gift to the jihadists")
                          r"a\s+gift|a\s+betrayal|a\s+catastrophe|a\s+tragedy|a\s+disgrace|a\s+step\s+backwards?|"
                          # ("These steps would do more for Armenia's security than any declaration": worth weighed)
                          r"do\s+(?:far\s+|much\s+)?(?:more|less)\s+(?:good\s+|harm\s+|damage\s+)?(?:for|to)\b[^.;]{1,80}?\bthan)\b",
                          re.IGNORECASE)
# "Keeping every clinic open with the staff we have would not be safe": a course of action judged
_OPTION_JUDGED = re.compile(r"[\"“‘]?[A-Z][a-z]{2,}ing\s[^.;:!?]{0,120}?\bwould\s+(?:not\s+)?be\s+(?!able\b|expected\b|needed\b)"
                            r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:\s*[.,;]|\s+(?:and|or|for|to)\b)")
_CALLING = NAMING_VERBS + "|call|calling"
# a word, or a figure with its currency and separators ("the $300 billion figure", "the 1,200 jobs")
FIGURE_OR_WORD = r"(?:[$£€]?\d[\d.,]*%?|[\w’'-]+)"
NAMING = Phrases(_CALLING)
# "called the decision “a betrayal of rural patients”": a label pinned on something, in quotes
# ("has called attendance “everybody's business”": the thing named needs no article; "a group called
# “Friends of the Park”" names no thing before the quotation and is only a name)
CALLED_IT = re.compile(rf"\b(?:{_CALLING})\s+(?:the|this|that|it|its|his|her|their|[a-z][\w’'-]+)\b(?:\s+{FIGURE_OR_WORD}){{0,3}}"
                        r"(?:\s+as)?\s+[\"“‘]")
# "argue that closures would cost more": the forecast is the position a side argues, also when the arguing is
# set in commas ("Both governments, they argue, concluded that no outside power would arbitrate", "…
# would arbitrate, they argue.")
ARGUED_FUTURE = re.compile(r"\b(?:argue|argues|argued|arguing|contend|contends|contended)\b,?\s+(?:that\s+)?[^.;:!?]{0,160}?"
                            r"\b(?:would|will|could)\b"
                            r"|\b(?:would|will|could)\b[^.;:!?]{0,160}?,\s+(?:[\w’'-]+\s+){1,3}?(?:argue|argues|argued|contend|"
                            r"contends|contended)\W*$", re.IGNORECASE)


# "later than it should have been" regrets the past; it advises nothing
_SHOULD = re.compile(r"\b(?:should|ought\s+to)\b(?!\s+(?:not\s+)?have\b)", re.IGNORECASE)
# what makes a "should" part of a noun or a question rather than advice: "defects that should never
# have been there", "did not say how the authority should cover it"
_NOT_ADVICE_BEFORE = re.compile(r"\b(?:that|which|who|how|what|whether|when|where|why)\b[^,;:]*$", re.IGNORECASE)


# ("… warned that outside powers should not “impose” solutions": advice reported, its "that" the telling's)
_TOLD_THAT_BEFORE = re.compile(r"\b(?:said|says|warned|warns|argued|argues|insisted|insists|believes|believe|thinks|think)\s+that\s+[^,;:]*$",
                               re.IGNORECASE)


# "Should Georgia's relations with the EU continue to deteriorate, financing could be delayed": a
# "should" put first, before its subject, states a condition ("if they continue"); it advises nothing
_CONDITION_PUT_FIRST = re.compile(r"\W*Should\s+(?:(?:the|a|an|its|their|this|these|those|any|you|we|they|it|he|she)\b|"
                                  r"[A-Z][\w’'-]*)[^,;?]{3,160},\s+(?!.*\?\W*$)")


def without_condition_put_first(sentence: str, grams: frozenset[str]) -> frozenset[str]:
    """The sentence's words less a "should" that only opens its condition, as "if" would."""
    if "should" not in grams or not _CONDITION_PUT_FIRST.match(sentence) or len(_SHOULD.findall(sentence)) > 1:
        return grams
    return frozenset(g for g in grams if g.split(" ", 1)[0] != "should")


def advises(sentence: str) -> bool:
    return any(not _NOT_ADVICE_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
               or _TOLD_THAT_BEFORE.search(sentence, max(0, m.start() - 80), m.start()) for m in _SHOULD.finditer(sentence))


# "Officers propose raising it to £72", "The council proposes to raise rents": a course of action
# argued for as of writing ("has proposed closing …" tells of a deed done, and stays a fact)
# ("We are proposing a bus lane on Mill Road": the writer's own proposal, put for comment)
_PROPOSING = re.compile(r"\bproposes?\s+(?:to\s+[a-z]+|that\b|[a-z]{3,}ing\b)|\b(?:[Ww]e\s+are|[Ww]e[’']re)\s+proposing\s+(?:a|an|to|that|the)\b")


def proposing(sentence: str, grams: frozenset[str]) -> str | None:
    if "propose" not in grams and "proposes" not in grams and "proposing" not in grams:
        return None
    m = _PROPOSING.search(sentence)
    return m.group(0) if m else None


# "That the Committee approves part-night lighting from 1 April": a resolution a report puts to its committee
RESOLUTION = re.compile(r"(?:That|It\s+is\s+recommended\s+that)\s+(?:the\s+)?"
                        # ("That the committee approves option 3.1.": the body in lower case too)
                        r"(?:[A-Z][\w’'-]*\s+|(?:committee|council|cabinet|board|panel|executive|authority)\s+){1,4}(?:\([^)]{1,30}\)\s+)?"
                        r"(?:approves?|notes?|agrees?|endorses?|adopts?|authori[sz]es?|delegates?|considers?|"
                        r"recommends?|resolves?|supports?|instructs?|requests?|accepts?|receives?|confirms?)\b"
                        # "It is recommended that permission is granted, subject to the conditions set out below"
                        r"|It\s+is\s+(?:therefore\s+)?recommended\s+that\s"
                        # a motion's resolution: "This council resolves to ask the combined authority …"
                        r"|This\s+(?:council|committee|board|house|assembly)\s+(?:resolves|calls\s+on|urges|instructs|requests)\b"
                        # a recommendation's subjunctive, its "that" in the line above: "City Council adopt a 20-hour standard"
                        r"|(?:[A-Z][\w’'-]*\s+){0,2}(?:Council|Committee|Board|Cabinet|Commission)\s+(?-i:adopt|approve|endorse|direct|"
                        r"authorize|authorise|delegate|amend|request|receive)\b"
                        # and its sub-points under "It is recommended that Cabinet:", each opening on the verb
                        r"|(?:approves|notes\s+that|notes\s+the|agrees|endorses|adopts|authori[sz]es|delegates|instructs|"
                        r"requests|receives|confirms|resolves)\s")


# "We rate the claim mostly false": a fact check's verdict
RATED = re.compile(r"(?:(?:overall|in\s+summary|in\s+conclusion),?\s+)?(?:We|I)\s+(?:(?:rate|rated|find|judge|consider)\s+"
                   r"(?:this|the|that|his|her|their)\s+(?:claim|statement|assertion|figure)\b"
                   # "Overall, we give a limited assurance opinion on the controls": an audit's verdict
                   r"|(?:give|gave)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:opinion|rating|assurance|verdict)\b)"
                   # "The claim is misleading because …": a fact check's ruling
                   r"|(?:The|This|That|His|Her|Their)\s+(?:claim|statement)\s+(?:is|was)\s+(?:(?:mostly|partly|largely|half)\s+)?"
                   r"(?:false|true|misleading|correct|incorrect|wrong|accurate|inaccurate|unsupported|exaggerated)\b", re.IGNORECASE)
# "To ask the Secretary of State for Transport, how many rural bus routes …", "To ask His Majesty's Government
# what steps …": a written question put to a minister in Parliament's form, which ends in a full stop
FORMAL_QUESTION = re.compile(r"To\s+ask\s+(?:(?:the\s+)?[A-Z][^,;]{2,120},|(?:His|Her)\s+Majesty['’]s\s+Government)\s+"
                             r"(?:how|what|whether|when|why|which|who|where|if)\b")


# "This note summarises the county's figures …": what the text itself sets out to do
ABOUT_ITSELF = re.compile(r"(?:This|The present)\s+(?:note|paper|report|brief|briefing|memo|memorandum|document|section|"
                          r"chapter|article|analysis|study|page|guide|update|summary|post|piece|fact\s?sheet|newsletter|edition)"
                          # ("The present report on the United Nations operation in Cyprus covers …")
                          r"(?:\s+(?:on|of)\s+[^,.;:]{3,80}?)?\s+(?:summari[sz]es|sets\s+out|describes|outlines|examines|covers|lists|"
                          r"looks\s+at|reviews|presents|explains|considers|assesses|traces|discusses|explores|analyses|analyzes|"
                          # ("This summary records the main points of a roundtable held on 30 September 2025")
                          r"records\s+(?:the\s+)?(?:main\s+|key\s+)?(?:points|discussion|conclusions|proceedings)|"
                          # ("This paper updates the Board on performance against the four-hour standard")
                          r"(?:updates|informs|briefs|advises)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:on|of|about)\b|"
                          # "This briefing was prepared for the Scrutiny Committee"
                          r"(?:was|has\s+been|is)\s+(?:prepared|written|produced|compiled)\s+(?:for|by|at))\b"
                          # a letter's purpose: "I am writing on behalf of constituents affected by …"
                          r"|(?:I|We)\s+(?:am|are)\s+writing\s+(?:to\s+(?:you\s+)?(?:about|ask|raise|express|request|urge|seek|follow)|on\s+behalf\s+of|"
                          # ("We are writing as 23 civil society organisations that …": in what capacity)
                          r"as|about|regarding|in\s+response\s+to|with\s+regard\s+to|in\s+connection\s+with)\b"
                          # a show's or an issue's own subject: "This week we talk to Anna Ohanyan about …", "In this episode, I ask …"
                          r"|(?:This\s+week|In\s+this\s+(?:episode|issue|edition|newsletter|podcast|programme|program|interview)),?\s+(?:we|I)\s+"
                          r"(?:talk|speak|look|ask|hear|explore|examine|discuss|meet|sit\s+down)\b"
                          # a memo's purpose: "To inform members of the proposed increase …"
                          r"|To\s+(?:inform|update|advise|brief|seek|ask|set\s+out|outline|present)\s"
                          # a paper's own method: "We study road deaths in …" ("We estimate that …" finds)
                          r"|(?:(?:Using|Drawing\s+on|Based\s+on)\s[^,]{3,100},\s+we|We)\s+(?:study|examine|investigate|analy[sz]e|review|"
                          r"explore|model|describe|compare|measure)\s+(?!that\b|well\b|favou?rably\b|badly\b|poorly\b)"
                          # a speech's purpose: "Tonight I want to set out what our budget means for you"
                          r"|(?:(?:Tonight|Today|This\s+(?:morning|evening)|Here),?\s+)?(?:I|We)\s+(?:want|would\s+like|am\s+going|are\s+going)"
                          r"\s+to\s+(?:set\s+out|explain|outline|describe|talk\s+(?:to\s+you\s+)?about|tell\s+you\s+(?:about|what|how|why)|"
                          r"go\s+through)\s"
                          # the piece's own question after a clause that sets it: "Twelve months after the zone went
                          # live, we look at what the monitors say"
                          r"|[^,.;:]{3,100},\s+(?:we|I)\s+(?:look\s+at|examine|ask|explain|find\s+out|set\s+out)\s+"
                          r"(?:what|how|why|whether|where|which|who)\s"
                          # where its figures come from: "Figures come from the library service's own counts",
                          # "Prices are from the nurseries' published fees"
                          r"|(?:The\s+|These\s+|All\s+|Our\s+)?(?:[\w-]+\s+){0,2}(?i:figures?|data|prices|counts|numbers|statistics|"
                          r"estimates)(?:\s+in\s+this\s+(?:brief|briefing|report|note|paper|article|memo|page|piece))?"
                          # ("Figures in this brief come from official statements")
                          r"\s+(?:are|come|comes|were)\s+(?:taken\s+|drawn\s+)?from\s"
                          # an episode's or an article's own plan: "In this episode we look at where the extra £76 million went"
                          r"|In\s+(?:this|today['’]s)\s+(?:episode|video|article|report|briefing|paper|post|issue|edition|guide|"
                          r"newsletter|podcast|programme|program|piece|explainer),?\s+(?:we|I)(?:['’]ll)?\s+(?:look|examine|explain|set\s+out|"
                          r"explore|ask|consider|discuss|review|unpick|dig|find\s+out|go\s+through)\b")
# "It was a remarkable night for a party that …": the author's verdict on an event
EVENT_JUDGED = re.compile(r"[\"“‘']?(?:It|This|That)\s+(?:is|was|has\s+been|will\s+be|would\s+be)\s+(?:an?\s+)?(?:\w+ly\s+)?"
                           r"(?:remarkable|extraordinary|astonishing|stunning|historic|dramatic|humiliating|impressive|"
                           r"embarrassing|bitter|welcome|sorry|sad|shameful|disappointing|encouraging|worrying|troubling|"
                           # ("That was real progress, and I supported it.": the event weighed as a step)
                           r"(?:real|genuine|significant|great|major|little|no)\s+progress|(?:real\s+|major\s+|genuine\s+)?breakthrough|"
                           r"step\s+(?:forward|backwards?)|setback|turning\s+point|milestone)\b")
# "The choice is a blow to Washington, which had backed an earlier consortium": an event weighed by what it means for
# someone, whatever deed a clause after it tells
STAKE_WEIGHED = re.compile(r"(?:The|This|That|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,3}(?:is|was|will\s+be|would\s+be|came\s+as|comes\s+as)\s+"
                           r"(?:an?\s+)?(?:(?:major|serious|heavy|severe|big|fresh|further|welcome|rare|symbolic|personal)\s+)?"
                           r"(?:blow|setback|boost|coup|embarrassment)\s+(?:to|for)\b")
# "That balancing act has never been harder than it is today": a difficulty or a worth weighed against all the past
# (not a measure's record: "Inflation has never been higher")
NEVER_SO = re.compile(r"\b(?:has|have)\s+never\s+been\s+(?:harder|tougher|easier|worse|better|more\s+(?:difficult|important|urgent|"
                      r"dangerous|fragile|precarious|delicate))\b")
# "The new breakfast club has been a great success, with 46 children …", "The trial was a failure":
# a thing's worth weighed, whatever figure is given beside it
SUCCESS_JUDGED = re.compile(r"\b(?:is|was|has\s+been|have\s+been|were|are|proved|proved\s+to\s+be)\s+(?:an?\s+)?"
                            r"(?:(?:great|huge|big|real|resounding|roaring|tremendous|runaway|complete|total|qualified|"
                            r"dismal|abject|costly)\s+)?(?:success|failure|flop|triumph|fiasco)\b", re.IGNORECASE)
# "The presidential election … was neither free nor fair": a vote judged by the standard it is held to
VOTE_JUDGED = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:neither\s+free\s+nor\s+fair|not\s+free\s+(?:and|or|nor)\s+fair|"
                         r"(?:largely\s+|generally\s+)?free\s+and\s+fair)\b", re.IGNORECASE)
# "Western officials say the deployment is meant to intimidate Poland": a motive a source reads into
# another side's step ("The wall is designed to protect against a flood" tells what it is built for)
MOTIVE_ASCRIBED = re.compile(r"\b(?:say|says|said|believe|believes|argue|argues|claim|claims)\s+(?:that\s+)?(?:the|this|its|their|his|her)\s+"
                             r"(?:[\w’'-]+\s+)?(?:move|deployment|decision|step|visit|exercises?|drills|announcement|ban|sanctions|"
                             r"law|bill|offer|gesture|campaign)\s+(?:is|was|are|were)\s+(?:clearly\s+|really\s+)?(?:meant|designed|intended|aimed)\s+"
                             r"(?:to\s+(?!be\b|cost\b)[a-z]{3,}|at\b)")
# "That bet has failed.": a course's outcome judged in a word, with nothing measured beside it
# "the situation in Karabakh is analogous to that in South Ossetia before 2008": a likeness drawn
LIKENESS_DRAWN = re.compile(r"\b(?:is|are|was|were|seems|seemed|looks|looked|remains|becomes|became)\s+(?:\w+\s+)?"
                            r"(?:analogous|akin|tantamount)\s+to\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?reminiscent\s+of\b",
                            re.IGNORECASE)
LIKENESS_WORDS = frozenset(("analogous", "akin", "tantamount", "reminiscent"))
# "The lesson for the South Caucasus is that security guaranteed by one power is no security": a
# lesson drawn is the writer's reading
LESSON_DRAWN = re.compile(r"\W*(?:The|One|Another|A|Its|Their)\s+(?:\w+\s+)?(?:lesson|lessons|moral|takeaway)\s+(?:for|of|from|here)\b"
                          r"[^.;]{0,80}?\s+(?:is|are|was)\s+(?:that|clear|simple|obvious)\b")
COURSE_JUDGED = re.compile(r"\W*(?:That|This|The|Their|Its|His|Her|Our|Such\s+a)\s+(?:[\w’'-]+\s+)?(?:bet|gamble|policy|strategy|"
                           r"approach|experiment|plan|model|gambit|wager|calculation)\s+(?:has|have|had)\s+(?:(?:clearly|plainly|largely|"
                           r"utterly|spectacularly|now)\s+)?(?:failed|worked|paid\s+off|backfired|succeeded)\s*[.!]?\s*$")
# "Thanks to Priya and Tom for their help with user research": thanks given ("Thanks to the new road,
# journeys are faster" gives a cause)
_THANKS_FOR = re.compile(r"\W*(?:(?:many|huge|big|special|our|my)\s+)?thanks\s+(?:go\s+)?(?:to|also\s+to)\s+[^.,;:]{2,80}?\s+for\s+"
                         r"(?:their|his|her|your|all|the|everything|helping|making|giving|organising|organizing)\b", re.IGNORECASE)


def thanks_given(sentence: str) -> str | None:
    m = _THANKS_FOR.match(sentence)
    return m.group(0).strip() if m else None


# "the subplot … feels rushed", "the ending seems tacked on": an impression given, not a deed done
IMPRESSION = re.compile(r"\b(?:feels|felt|seems|seemed|sounds|sounded)\s+(?:a\s+bit\s+|a\s+little\s+|rather\s+|too\s+|very\s+|"
                        r"oddly\s+|strangely\s+|somewhat\s+)?[a-z]+(?:ed|ful|less|ous|ive|ic|ing|y)\b(?!\s+(?:by|to|that|in|on|at)\b)",
                        re.IGNORECASE)
# the writer's own best or worst of what they have met: "the best British film I have seen this year"
BEST_MET = re.compile(r"\bthe\s+(?:best|worst|finest|greatest|funniest|saddest|most\s+[a-z]+)\s+(?:[\w’'-]+\s+){0,3}?(?:I|we)(?:['’]ve|\s+have)"
                      r"\s+(?:ever\s+)?(?:seen|heard|read|watched|eaten|had|met|known|visited|played)\b")
# "Three sailings a day is not a service.", "Landlords are not the villains here", "This is about safety,
# not money": a name or a motive denied to a thing, a judgement of what it is
LABEL_DENIED = re.compile(r"\b(?:is|are|was|were|'s|’s)\s+not\s+(?:a|an|the)\s+[a-z]+(?:\s+here)?\s*(?:[.,;!”\"’]|$)"
                          r"|\bis\s+about\s+[a-z]+(?:\s+[a-z]+)?,\s+not\s+[a-z]+")
# "Any fall in prices will be welcome news for households": what a thing is worth to those it reaches
# ("this is not necessarily good news", "was hardly welcome news": the judgement hedged or denied)
NEWS_JUDGED = re.compile(r"\b(?:will\s+be|would\s+be|is|was|are|were)\s+(?:not\s+|hardly\s+|no\s+)?(?:necessarily\s+|entirely\s+|"
                         r"altogether\s+|particularly\s+|all\s+)?(?:a\s+)?(?:very\s+)?(?:welcome|good|great|bad|terrible|"
                         r"grim|worrying|sobering|devastating)\s+news\b", re.IGNORECASE)
# "We would much rather help people get it right", "The council would prefer to keep it open", "I would
# like more": a preference stated, not a forecast
# ("I would welcome your agreement to …", "We would be grateful for …": a request put politely)
_WOULD_PREFER = re.compile(r"\b(?:would|’d|'d)\s+(?:much\s+|far\s+|really\s+)?(?:rather|prefer|like|be\s+grateful|"
                           r"(?:welcome|appreciate)\s+(?:your|any|it\s+if|the\s+(?:opportunity|chance)|comments|views|feedback|"
                           r"an?\s+(?:response|reply|meeting|discussion|update)))\b", re.IGNORECASE)


def would_judges(sentence: str) -> re.Match | None:
    return _WOULD_JUDGE.search(sentence) or _OPTION_JUDGED.match(sentence) \
        or any(w in sentence for w in ("rather", "prefer", "like", "welcome", "appreciate", "grateful")) \
        and _WOULD_PREFER.search(sentence)


# "Residents' associations have said a 50% rise is unjustified": a judgement reported, not a fact;
# also "said the decision was correct" (a decision judged right or wrong; a figure said to be
# correct is a checkable claim)
CALL_JUDGED = "correct|incorrect|wrong|justified|unjustified"
# "called the decision short-sighted": a judging word pinned on something, no quotation
# ("Tbilisi calls this creeping annexation.": a name of the speaker's own pinned on what was just told,
# in words not capitalised as a proper name's, closing the sentence)
# ("Baku has called such conditions unacceptable": a judging word pinned on what was just told)
JUDGING_WORD_PINNED = re.compile(rf"\b(?P<verb>{NAMING_VERBS})\s+(?:(?:the|this|that|these|those|such|it|its|his|her|their)\b"
                                 rf"(?:\s+[\w’'-]+){{0,3}}?"
                                 rf"\s+(?:{JUDGING_ADJECTIVES}|{CALL_JUDGED}|[a-z]+-[a-z]+)\s*(?:[.,;!]|$)"
                                 r"|(?:this|that|it|these|those)\s+(?!a\s+day\b|quits\b)(?:an?\s+|the\s+)?(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*\s*[.!]?\s*$"
                                 # ("Tbilisi calls the closure a violation of freedom of movement": a damning name for a deed)
                                 r"|(?:(?:the|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}|it|them|this|that)\s+an?\s+(?:[a-z]+\s+)?"
                                 # ("Bzhania called the storming of parliament a coup attempt")
                                 r"(?:coup|putsch|hoax|fabrication|fraud|"
                                 r"violation|breach|betrayal|provocation|crime|disgrace|mistake|blunder|scandal|sham|farce|travesty|"
                                 r"land\s+grab|annexation|blackmail|punishment|insult|catastrophe|humiliation|act\s+of\s+aggression|"
                                 # ("calls it a tool of Western influence": a thing named as someone's instrument)
                                 r"tool|pawn|puppet|proxy|instrument|front)\b"
                                 # ("calls the investigation political persecution": a wrong named, no article)
                                 r"|(?:the|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?\s+(?:political\s+|politically\s+"
                                 r"motivated\s+)?(?:persecution|harassment|repression|revenge|propaganda|slander|blackmail)\b)")
# (also across a lead-in's colon: 'said: "It should have been built a decade ago."')
SAID_JUDGED = re.compile(r"\b(?:said|says|say)(?:\s*:\s*[\"“‘]|\s+)(?:that\s+)?(?:[^.;:]{0,80}?\b(?:is|was|are|were|would\s+be)\s+(?:(?:\w+ly|still|now|also|too)\s+)?"
                         rf"(?:{JUDGING_ADJECTIVES})|(?:the|its|his|her|their|this|that)\s+(?:\w+\s+)?(?:decision|call|ruling|verdict|"
                         rf"choice|move|penalty|sending-off|appointment|sacking)\s+(?:is|was|were|had\s+been)\s+(?:\w+ly\s+)?"
                         rf"(?:{CALL_JUDGED})"
                         # "say the authority should have drawn on its reserves": what was done, judged
                         r"|(?i:the|its|his|her|their|this|that|it|they|he|she)\s+(?:[\w’'-]+\s+){0,3}?should\s+(?:not\s+)?have\s+[a-z]{3,}"
                         # "says the crisis is of Chisinau's own making": blame laid
                         r"|[^.;:]{0,80}?\b(?:is|was|are|were)\s+(?:entirely\s+|largely\s+|partly\s+)?of\s+(?:its|their|his|her|our|[\w’'-]+[’']s)\s+own\s+making"
                         # "says she remains the country's only legitimate president": a claim to legitimacy
                         r"|[^.;:]{0,80}?\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:the\s+|[\w’'-]+[’']s\s+)*(?:only\s+|sole\s+)?"
                         r"(?:legitimate|illegitimate|rightful)\b)\b")

# words that judge, in what a source argues ("argue that the levy is unfair")
JUDGING = Phrases("fair|right|wise|unworkable|unaffordable|better|worse|best|worst|mistake|" + JUDGING_ADJECTIVES + "|" + CALL_JUDGED
                  # what a measure is said to do that judges it ("the premium punishes owners", "the figures
                  # understate the problem", "the charges are a tax on the sick")
                  + "|punishes|punish|punishing|understate|understates|overstate|overstates|exaggerate|exaggerates|a tax on|own making"
                  # ("Ukrainian officials say the bridge remains a legitimate military target": a thing judged fair game)
                  + "|legitimate target|legitimate targets|legitimate military"
                  # ("says she remains the country's only legitimate president": a claim to legitimacy, contested)
                  + "|only legitimate|illegitimate|rightful"
                  # ("Local drivers say it has been unsafe for years": a hazard judged by those who meet it)
                  + "|unsafe")
# "Clean Air Kelby argues that the council should close Station Road": a course argued for
SHOULD_WORDS = Phrases("should|ought to")


# "Operators argue that the figures show e-scooters are as safe as cycling": evidence put forward
_EVIDENCE_SHOWN = re.compile(r"\b(?:figures|data|statistics|records|study|studies|research|evidence)\s+(?:show|shows|showed|suggest|"
                             r"suggests|found|finds)\b", re.IGNORECASE)


def group_argues(sentence: str, speaker: str | None, counted_or_dated: bool) -> bool:
    """ "Consumer groups argue that customers are being asked to pay for decades of underinvestment":
    a position a group argues, with no figure, date or evidence of its own to check (one body's
    argued finding, "The regulator has argued that …", stays a report)."""
    if not speaker or _EVIDENCE_SHOWN.search(sentence):
        return False
    # ("Critics of 20 mph limits argue …": a figure in the name of who argues is none of the position's)
    at = sentence.find(speaker)
    if counted_or_dated and (at < 0 or DIGIT.search(sentence, at + len(speaker))):
        return False
    # ("Some diplomats in Tbilisi argue …": the head noun comes before the place or body that qualifies it)
    head = re.split(r"\s+(?:of|in|at|from|on|across|inside|within)\s+", speaker, maxsplit=1)[0].split()[-1].lower()
    # ("Some argue that Yerevan is being lured into a Western trap": a group named by a word of how many)
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s", "us", "is")) or head in _HOW_MANY


_HOW_MANY = frozenset("some many few several most".split())


def said_judged(sentence: str, grams: frozenset[str]) -> str | None:
    m = SAID_JUDGED.search(sentence) if REPORTING.any(grams) and (JUDGING.any(grams) or "should" in grams) else None
    if m is None and "up" in grams and REPORTING.any(grams):
        m = _SAID_UP_TO.search(sentence)
    if m is None and ("attack" in grams or "assault" in grams):
        m = _SAID_AN_ATTACK.search(sentence)
    if m is None and "concern" in grams:
        m = _SAID_A_CONCERN.search(sentence)
    if m is None and "continue" in grams:
        m = _SAID_CANNOT_GO_ON.search(sentence)
    if m is None and not _LAWLESS_WORDS.isdisjoint(grams) \
            and (unlawful := _SAID_UNLAWFUL.search(sentence) or _HELD_UNLAWFUL.search(sentence)) \
            and not _COURT_BEFORE.search(sentence, 0, unlawful.start()):
        m = unlawful
    return m.group(0) if m else None


# "The corporation says the losses cannot continue": a course judged unsustainable
_SAID_CANNOT_GO_ON = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?[^.;:\d]{0,80}?\b(?:cannot|can\s+not|can\s+no\s+longer|"
                                r"could\s+not|could\s+no\s+longer)\s+continue\b")
# "The IAEA has repeatedly said the staffing level is a concern": a worry held
_SAID_A_CONCERN = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?[^.;:\d]{0,80}?\b(?:is|was|are|were|remains?|remained)\s+"
                             r"(?:a\s+(?:(?:serious|major|growing|real|particular|grave)\s+)?concern|(?:a\s+)?cause\s+for\s+concern)\b")
# "Energoatom says the registration is void under international law", "Baku says the checkpoint is fully
# legal": a side's verdict on what is lawful (a court that says so rules)
_SAID_UNLAWFUL = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?[^.;:\d]{0,80}?\b(?:is|was|are|were)\s+"
                            r"(?:(?:fully|entirely|perfectly|completely|totally)\s+)?(?:null\s+and\s+)?"
                            r"(?:void|illegal|unlawful|illegitimate|invalid|legal|lawful|legitimate)\b")
# "Georgia, the EU and the United States consider the vote illegitimate": the same verdict, held
_HELD_UNLAWFUL = re.compile(r"\b(?:consider|considers|considered|regard|regards|regarded|deem|deems|deemed)\s+"
                            r"(?:the|this|that|it|them|its|their)\b[^.;:\d]{0,60}?\s+(?:as\s+)?"
                            r"(?:void|illegal|unlawful|illegitimate|invalid|legal|lawful|legitimate)\b")
_LAWLESS_WORDS = frozenset("void illegal unlawful illegitimate invalid legal lawful legitimate".split())
_COURT_BEFORE = re.compile(r"\b(?:court|courts|judge|judges|tribunal|ruling)\b", re.IGNORECASE)
# "Belgrade says the ban is an attack on the Serb community": a measure named an assault on a people or a right
# ("Belgrade calls the closures an attack on the Serb community": named one, no verb between)
CALLED_AN_ATTACK = re.compile(r"\b(?P<verb>called|calls|call|branded|brands|described|describes)\s+(?:[\w’'-]+\s+){1,4}?(?:as\s+)?"
                              r"an?\s+(?:direct\s+|deliberate\s+|open\s+|blatant\s+|unprecedented\s+)?(?:attack|assault)\s+on\b")
_SAID_AN_ATTACK = re.compile(r"\b(?:said|says|say|called|calls|call)\s+(?:that\s+)?[^.;:\d]{0,80}?\b(?:is|was|are|were|amounts?\s+to|"
                             r"amounted\s+to|constitutes?|constituted)\s+(?:an?\s+)?(?:direct\s+|deliberate\s+|open\s+|blatant\s+|"
                             r"unprecedented\s+)?(?:attack|assault)\s+on\s+(?:the|our|their|its|his|her|a)?\s*[\w’'-]+"
                             r"|" + CALLED_AN_ATTACK.pattern)


# "The Kremlin said it was up to Moldova to explain the result": whose duty something is, a judgement
_SAID_UP_TO = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?it\s+(?:is|was|would\s+be)\s+up\s+to\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+to\s+[a-z]")
