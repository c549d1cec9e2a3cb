"""Cues of a verdict a sentence gives: a thing rejected or dismissed as something, a judging word that
closes the sentence, a deed judged against a rule."""
from __future__ import annotations

import re

from .words import Cued, leftmost

# "The army-led government rejects the higher figures as “politically motivated”": a verdict given in rejecting
# (what follows the verb: its object, then "as" and the verdict, quoted or not)
VERDICT_AFTER_AS = r"\s+(?:[\w’'-]+\s+){1,5}?as\s+[“\"‘]?(?:a\s+|an\s+)?[a-z]"
DISMISSED_AS = re.compile(r"\b(?:rejects?|rejected|dismiss(?:es|ed)?)" + VERDICT_AFTER_AS)
DISMISSING = frozenset("reject rejects rejected dismiss dismisses dismissed".split())
# "Leaders in all three capitals hailed it as historic": a verdict given in praising
PRAISED_AS = re.compile(r"\b(?:hail(?:s|ed)?|prais(?:es|ed)|laud(?:s|ed)?)" + VERDICT_AFTER_AS)
PRAISING = frozenset("hail hails hailed praises praised laud lauds lauded".split())


# "But the target for 2027 looks unrealistic.": a sentence that ends by judging its subject gives a
# verdict, whatever date or figure its subject carries
_VERDICT_CLOSING = re.compile(r"\b(?:is|are|was|were|looks?|looked|seems?|seemed|appears?|appeared|remains?|remained)\s+"
                              r"(?:(?:too|very|highly|wholly|simply|deeply|clearly|increasingly|entirely|rather|plainly|frankly)\s+)?"
                              r"(?P<word>[a-z-]+)\W*$")


def verdict_closing(sentence: str, evaluative: list[str]) -> re.Match | None:
    """The copula and judging word that close the sentence, when the word is one of its `evaluative` words
    (or a target's reach judged: "The target of 600,000 a year by 2028 now looks out of reach.")."""
    words = sentence.rstrip(" .!?\"'”’)").rsplit(None, 1)
    last = words[-1].lower() if words else ""
    m = _VERDICT_CLOSING.search(sentence) if evaluative or last in _CLOSING_JUDGEMENTS else None
    if m and (m.group("word") in evaluative or m.group("word") in _CLOSING_JUDGEMENTS):
        return m
    return _REACH_JUDGED.search(sentence) if "reach" in sentence else None


# ("For Armenians in Karabakh, about 120,000 people, the consequences are severe.": how bad a thing is, weighed)
_CLOSING_JUDGEMENTS = frozenset("severe dire grave bleak grim serious alarming worrying troubling".split())


_REACH_JUDGED = re.compile(r"\b(?:is|are|was|were|looks?|looked|seems?|seemed|appears?|appeared|remains?|remained)\s+"
                           r"(?:now\s+|still\s+|increasingly\s+|already\s+)?(?:well\s+)?(?:out\s+of|beyond|within)\s+reach\W*$")


# "These actions are a gross violation of the ceasefire agreement": a deed judged against a rule (not one a
# court "ruled" or "found" to be so)
# ("said any movement of Russian warships … would be a violation": a deed ahead called one)
_VIOLATION_JUDGED = re.compile(r"\b(?:is|are|was|were|would\s+be|would\s+constitute|constitutes?|constituted|amounts?\s+to|amounted\s+to)\s+"
                               r"(?:an?\s+)?(?:(?:gross|flagrant|blatant|clear|serious|direct|grave|outright)\s+)?(?:violation|breach)"
                               r"(?:\s+of\b|\s*[.!]?\s*$)")
# ("Any restart without the regulator's approval would breach Ukrainian law": a deed supposed, judged against a law)
_WOULD_BREACH = re.compile(r"\bwould\s+(?:breach|violate|contravene)\s+(?:[\w’'-]+\s+){0,3}?(?:law|laws|rules?|treaty|agreement|"
                           r"ceasefire|truce|accord|constitution|charter|convention|sanctions|resolution)\b")
_FOUND_BEFORE = re.compile(r"\b(?:ruled|rules|found|finds|concluded|concludes|held|holds|determined|judged)\b")


def violation_judged(sentence: str, grams: frozenset[str]) -> re.Match | None:
    if "violation" not in grams and "breach" not in grams and "violate" not in grams and "contravene" not in grams:
        return None
    m = _VIOLATION_JUDGED.search(sentence) or _WOULD_BREACH.search(sentence)
    return m if m and not _FOUND_BEFORE.search(sentence, 0, m.start()) else None


# "Yerevan argues it violated the ceasefire statement": a breach charged, as a side argues it
VIOLATION_CHARGED = re.compile(r"\b(?:violated|violates|breached|breaches|flouted|flouts|contravened|contravenes)\s+"
                               r"(?:the|its|their|a|an|international|[A-Z])")


# "The information spread by the Armenian Ministry of Defence that our units fired … is false.": an account
# called false as a whole, the sentence closing on the word (what was or was not done is told apart)
_ACCOUNT_CALLED_FALSE = Cued("false untrue true fake lie lies fabrication disinformation correspond reflect",
                             r"\b(?:information|claims?|reports?|statements?|allegations?|accusations?|assertions?|rumou?rs?)\b"
                                   r"[^.;:!?]{0,200}?\b(?:is|are|was|were)\s+(?:completely\s+|absolutely\s+|entirely\s+|simply\s+)?"
                                   r"(?:false|untrue|not\s+true|fake|a\s+lie|lies|a\s+fabrication|disinformation)\W*$"
                                   # ('"The information spread by Azerbaijan does not correspond to reality," it said')
                                   r"|\b(?:information|claims?|reports?|statements?|allegations?|accusations?|assertions?)\b[^.;:!?]{0,120}?"
                                   r"\b(?:do|does|did)\s+not\s+(?:correspond\s+to|reflect)\s+(?:the\s+)?(?:reality|facts|truth)\b")


def account_called_false(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return _ACCOUNT_CALLED_FALSE.search(sentence, grams)


# the tempers a comparison of them judges ("more cautious", "less diplomatic"), and the shared moods, beliefs and sways a
# change told of them reads (each list both the cue words and the pattern's alternatives)
_TEMPERS = ("cautious careful guarded circumspect restrained measured reserved diplomatic blunt outspoken forthright candid "
            "frank upbeat optimistic pessimistic sceptical skeptical hawkish dovish conciliatory defiant combative gloomy "
            "sanguine relaxed wary muted subdued effusive enthusiastic ambivalent cagey coy evasive emphatic hesitant reticent "
            "confident hopeful nervous worried anxious")
_MOODS = ("perception perceptions fear fears view belief hope hopes assumption consensus optimism pessimism mood trust "
          "confidence enthusiasm appetite goodwill euphoria illusion illusions calculus faith patience sympathy leverage "
          "influence clout sway standing prestige credibility politics dynamics landscape equation")

# ("Azerbaijani officials called the deaths murder, and Moscow called them a tragic accident": a name given to a
# deed, unquoted)
CALLED_A_CRIME = Cued("called calls branded brands labelled labeled termed dubbed",
                      r"\b(?P<verb>called|calls|branded|brands|labelled|labeled|termed|dubbed)\s+(?:the\s+[a-z]+|them|it|this|that)\s+"
                      r"(?:an?\s+)?(?:(?:tragic|terrible|deliberate|political|cold-blooded|brutal|outright|plain)\s+)?"
                      r"(?:murder|murders|accident|crime|provocation|genocide|massacre|blackmail|terrorism|war\s+crimes?|lies?|"
                      r"farce|disgrace|betrayal|sham|hoax|witch\s+hunt)\b")

# Readings, risks, costs and conducts weighed, each with the words it needs
_READINGS = (
    # "Yet the economy tells a different story.", "In the villages it's a different story": a reading set against another
    Cued("story picture", r"\b(?:tells?|told|telling|paints?|painted|painting)\s+(?:a\s+)?(?:very\s+|rather\s+|quite\s+|completely\s+|"
                          r"somewhat\s+)?(?:different|similar|more\s+complicated|more\s+nuanced)\s+(?:story|picture)\b"
                          r"|\b(?:is|was|it[’']s)\s+(?:a\s+)?(?:very\s+|rather\s+|quite\s+|completely\s+)?different\s+story\b"),
    # "A country that buys its gas from one supplier cannot afford to provoke it": a risk weighed, no sum
    Cued("afford", r"\bcan(?:not|[’']t)\s+afford\s+to\s+(?:provoke|ignore|alienate|antagonise|antagonize|anger|offend|wait|"
                   r"fail|lose|be\s+seen)\b"),
    # ("the logical conclusion of a decade in which …", "steadily hollowed out the institutions": a course of events
    # read as a whole, or told in a figure of speech)
    Cued("conclusion consequence result hollow hollowed hollowing hollows",
         r"\bthe\s+(?:logical\s+conclusion|natural\s+consequence|inevitable\s+result)\s+of\b|\bhollow(?:ed|ing|s)?\s+out\b"),
    # ("has spent two years dismantling the institutions that once made the country a model", "eroding the rule of law": a
    # state's course read as the undoing of what holds it in check; "The council is dismantling the old bridge" is a deed)
    Cued("dismantle dismantles dismantled dismantling erode erodes eroded eroding undermine undermines undermined undermining",
         # (not a charge told: "responsible for undermining democracy", "accused them of eroding …")
         r"(?<!\bfor\s)(?<!\bof\s)(?<!\bwith\s)\b(?:dismantl|erod|undermin)(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w’'-]*[’']s\s+)?(?:\w+\s+){0,2}?"
         r"(?:institutions|democracy|independence|rule\s+of\s+law|checks\s+and\s+balances|freedoms?|judiciary|courts|free\s+press|"
         r"civil\s+society|media\s+freedom)\b"),
    # ("The evidence points the other way": a reading set against a claim)
    Cued("points point pointed", r"\b(?:evidence|facts|data|figures|record)\s+(?:points?|pointed)\s+(?:the\s+other\s+way|elsewhere|"
                                 r"in\s+the\s+opposite\s+direction)\b"),
    # ("For Tehran, the most sensitive issue is the border": what matters most to a side, as the writer reads it)
    Cued("issue concern priority question problem worry fear risk threat goal aim interest prize stake challenge consideration",
         r"^\W*For\s+(?:[A-Z][\w’'-]*\s*){1,4},\s+the\s+(?:most\s+[a-z]+|main|key|biggest|central|real|chief|greatest|"
         r"top|overriding|primary)\s+(?:issue|concern|priority|question|problem|worry|fear|risk|threat|goal|aim|interest|"
         r"prize|stake|challenge|consideration)\b"),
    # ("it gives Baku a bargaining chip it did not have before", "gives Moscow trading cards with all stakeholders": a
    # gain read in a figure of speech)
    Cued("chip chips card cards", r"\b(?:bargaining|trading|trump)\s+(?:chips?|cards?)\b|\ba\s+card\s+to\s+play\b"),
    # ("The diaspora again played a decisive role": a part weighed; "Brussels can help by releasing the growth plan
    # faster": a way forward put)
    Cued("role part help", r"\bplay(?:ed|s|ing)?\s+(?:a|an|the)\s+(?:decisive|key|crucial|pivotal|central|vital|leading|critical|"
                           r"outsized)\s+(?:role|part)\b|\bcan\s+help\s+by\s+[a-z]+ing\b"),
    # ("the most significant step since the 1994 ceasefire": a weight given, no measure to rank by)
    Cued("most least", r"\bthe\s+(?:most|least)\s+(?:significant|important|consequential|serious|dangerous|ambitious|successful|"
                       r"promising|decisive|meaningful|symbolic|historic)\s+(?:step|move|moment|development|event|change|decision|"
                       r"achievement|breakthrough|setback|challenge|threat|advance|shift)\b"),
    # ("Their departure went almost unnoticed, which tells you how little they had come to matter": what the writer
    # draws from a fact, told to the reader)
    Cued("tells says speaks", r"\b(?:which|that|this|it)\s+(?:tells|told)\s+(?:you|us)\s+(?:how|all|everything|something|a\s+lot)\b"
                              r"|\b(?:which|that|this|it)\s+(?:says|said|speaks)\s+(?:a\s+lot|much|volumes|everything)\s+about\b"),
    # ("It is no coincidence that … reported alleged drone attacks": a motive insinuated)
    Cued("coincidence", r"^\W*It\s+(?:is|was)\s+(?:no|not\s+a|hardly\s+a|surely\s+no)\s+coincidence\b"),
    # ("Much depends on the outcome of the war": what the future turns on, weighed)
    Cued("depends depend", r"^\W*(?:Much|Everything|A\s+lot|So\s+much|A\s+great\s+deal)\s+(?:now\s+|still\s+|will\s+)?depends?\s+on\b"),
    CALLED_A_CRIME,
    # ("In that sense, the Taliban are exploiting a gap …": a reading of what was told before, restated; one that
    # foretells, "In other words, the deal will collapse", stays a forecast, nor one with a figure or a date: "Put
    # simply, prices rose by 12% in 2024")
    Cued("sense words differently simply way",
         r"^(?![^.;]*\b(?:will|would|could|may|might|shall)\b)(?![^.;]*\d)\W*(?:In\s+(?:that|this)\s+sense|In\s+other\s+words|"
         r"Put\s+(?:differently|simply|another\s+way)|Seen\s+(?:this|that)\s+way)\s*,"),
    # ("… is a price worth paying", "worth the risk": a cost weighed against what it buys)
    Cued("worth", r"\bprice\s+worth\s+paying\b|\bworth\s+the\s+(?:risk|cost|price|effort|trouble)\b"),
    # ("Tajik officials were more cautious.", "Russian commentators are less diplomatic.": a temper compared, as
    # the writer reads it)
    Cued(_TEMPERS, r"^[^,;:]{0,60}?\b(?:is|are|was|were|seemed|sounded|appeared|has\s+been|have\s+been)\s+(?:(?:far|much|rather|"
                   r"somewhat|considerably|noticeably|markedly|even|a\s+little|a\s+lot|notably|decidedly|visibly)\s+)?(?:more|less)\s+"
                   rf"(?:{'|'.join(_TEMPERS.split())})(?:\s+(?:than|about|on|in|over|toward|towards|with)\s+[^.;\d]{{0,80}})?\W*$"),
    # ("That perception has collapsed.", "That fear has eased.", "The mood in Yerevan has soured.", "Azerbaijan's
    # leverage has grown.", "Still, the politics have shifted for good.": a shared mood, a belief or a side's sway told
    # as changed, with nothing counted or dated to measure it by; "Russia's influence in the region has weakened since
    # its invasion of Ukraine" is dated)
    Cued(_MOODS, r"^(?![^.]*\d)(?![^.]*\bsince\b)\W*(?:(?:Still|But|Yet|And|Now|By\s+now|Since\s+then),?\s+)?"
                 r"(?:[Tt]hat|[Tt]his|[Tt]he|[Ss]uch|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w-]*(?:[’']s|s[’']))\s+"
                 rf"(?:[a-z]+\s+)?(?:{'|'.join(_MOODS.split())})(?:\s+(?:in|of|among|across|within|towards?)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,2}}?)?"
                 r"\s+(?:has|have|had)\s+(?:since\s+|now\s+|largely\s+|all\s+but\s+|long\s+|"
                 r"quietly\s+|steadily\s+|sharply\s+)?(?:collapsed|eased|faded|vanished|evaporated|shifted|changed|weakened|grown|"
                 r"hardened|softened|waned|gone|disappeared|diminished|dissipated|receded|cooled|soured|dimmed|crumbled|eroded|"
                 r"worn\s+thin|run\s+out|increased|declined|waxed)\b"),
    # ("Some delegates say patience in Riyadh is running out", "said trust was wearing thin": a shared mood told as
    # changing, in a telling)
    Cued(_MOODS, r"\b(?:say|says|said|believe|believes|fear|fears|feel|feels|felt|warn|warns|warned)\s+(?:that\s+)?(?:the\s+)?"
                 rf"(?:[a-z]+\s+)?(?:{'|'.join(_MOODS.split())})(?:\s+(?:in|of|among|with|between)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,2}})?\s+"
                 r"(?:is|are|was|were)\s+(?:running\s+(?:out|low|thin)|wearing\s+thin|fading|waning|evaporating|draining\s+away)\b"),
    # ("What has changed is the politics.", "What is new is the money": the writer's reading of what counts, put first)
    Cued("changed new different matters counts", r"^\W*(?:But\s+|Yet\s+|And\s+)?What\s+(?:has\s+|have\s+)?(?:really\s+|truly\s+)?"
                                                r"(?:changed|is\s+new|is\s+different|matters(?:\s+most)?|counts)\s+(?:now\s+)?is\b"),
    # ("The more plausible risk is coercion": the likelier danger named, no odds given)
    Cued("plausible likely probable realistic serious immediate",
         r"^\W*(?:But\s+|Yet\s+)?(?:The|A)\s+(?:more|most|less|least|far\s+more|much\s+more)\s+(?:plausible|likely|probable|"
         r"realistic|serious|immediate)\s+(?:risk|danger|threat|scenario|outcome|explanation|course)\s+is\b"),
    # ("Kazakhstan faces the same exposure.": a plight read by likeness to another's)
    Cued("same similar comparable", r"\bfac(?:es|e|ed|ing)\s+(?:the\s+same|a\s+similar|a\s+comparable|much\s+the\s+same)\s+"
                                    r"(?:exposure|risk|risks|dilemma|problem|problems|threat|predicament|challenge|choice|bind|trap)\b"),
    # ("The unit is in better condition today than it was ten years ago", "The army is in worse shape than in 2020": a
    # state compared by eye, dated or not, with no measure to compare by)
    Cued("better worse", r"\b(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?in\s+(?:far\s+|much\s+|no\s+)?"
                         r"(?:better|worse)\s+(?:condition|shape|health|order|repair|state)\b"),
    # ("The budget assumes revenue will stay at its 2024 level, which looks optimistic": the clause before judged whole
    # at the sentence's close)
    Cued("looks seems appears sounds", r",\s+which\s+(?:looks|seems|appears|sounds)\s+(?:(?:very|rather|too|highly|overly|"
                                        r"somewhat|a\s+little|wildly|increasingly)\s+)?(?:optimistic|ambitious|unrealistic|"
                                        r"unlikely|generous|doubtful|implausible|risky|hopeful|naive|premature|excessive|"
                                        r"tight|bold|brave|rosy|shaky|fragile|improbable)\W*$"),
    # ("The windfall is real, but it is borrowed from the future", "living on borrowed time": a gain or a spell read in a
    # figure of speech)
    Cued("borrowed", r"\bborrowed\s+(?:from\s+the\s+future|time)\b"),
    # ("That approach served the country well.": a course judged by how it turned out)
    Cued("served serves serve", r"\b(?:has\s+|have\s+|had\s+)?(?:served|serves|serve)\s+(?:\w+\s+){0,3}?(?:well|badly|poorly|admirably)\b"),
    # ("The war has narrowed the room for manoeuvre.": a side's freedom read as narrowed or widened, a figure of speech)
    Cued("room", r"\broom\s+(?:for|to)\s+(?:manoeuvre|maneuver|manoeuvring|maneuvering)\b"),
    # ("The energy squeeze has done the rest.": what finished a course of events, as the writer reads it)
    Cued("rest", r"\b(?:has\s+|have\s+|had\s+)?(?:done|did|does|do)\s+the\s+rest\W*$"),
    # ("The crash did not create the crisis; it exposed it.": a course of events read, one cause set aside for another)
    Cued("exposed revealed accelerated deepened laid sharpened hastened",
         r"\bdid\s+not\s+(?:create|cause|start|begin|invent|produce)\s+(?:the|this|that|a)\s+[\w-]+\s*[;,:—–]+\s*(?:it\s+)?"
         r"(?:merely\s+|only\s+|simply\s+)?(?:exposed|revealed|accelerated|deepened|laid\s+bare|sharpened|hastened)\b"),
    # ("But the old hierarchy, in which Baku deferred to Moscow, is over.": an order of things declared at an end)
    Cued("hierarchy order era quo days consensus model arrangement balance settlement honeymoon age",
         r"^\W*(?:But\s+|Yet\s+|And\s+|So\s+)?(?:the|that|this)\s+(?:old\s+|post-[\w-]+\s+|former\s+)?(?:hierarchy|order|era|"
         r"status\s+quo|days|consensus|model|arrangement|balance|settlement|honeymoon|age)\b[^.;]{0,120}?\b(?:is|are|was)\s+"
         r"(?:now\s+|long\s+|well\s+and\s+truly\s+|effectively\s+|largely\s+|clearly\s+)?(?:over|gone|dead|finished|history|"
         r"a\s+thing\s+of\s+the\s+past)\W*$"),
    # ("Some opposition leaders now privately admit the strategy has failed": a view passed on from private talk)
    Cued("privately", r"\bprivately\s+(?:admit|admits|admitted|concede|concedes|conceded|acknowledge|acknowledges|acknowledged|"
                      r"accept|accepts|accepted|say|says|said|believe|believes|fear|fears|worry|worries|complain|complains|"
                      r"doubt|doubts|question|questions)\b"),
    # ("Yerevan cannot close it without provoking Moscow": a risk weighed, as "cannot afford to provoke" is)
    Cued("without", r"\bcan(?:not|[’']t)\s+[a-z]+(?:\s+[\w’'-]+){0,3}?\s+without\s+(?:provoking|angering|alienating|"
                    r"antagonising|antagonizing|risking|losing|offending|triggering|inviting|jeopardising|jeopardizing|"
                    r"undermining|damaging|upsetting)\b"),
    # ("the treaty owes much to Russia's distraction with Ukraine": a cause weighed, as the writer or a side reads it;
    # beside a figure or a quotation, "said the charge had cost its members \"tens of thousands of pounds\" and argued
    # that the fall owed more to newer cars", the report is checkable)
    Cued("owes owe owed", r"^(?![^.]*[\d\"“])[^.]*?\bow(?:es|e|ed)\s+(?:much|a\s+lot|a\s+great\s+deal|more|less|little|everything|something|"
                         r"at\s+least\s+as\s+much|as\s+much)\s+to\b"),
    # ("managed its relationship with Russia with remarkable care": a conduct judged)
    Cued("remarkable great considerable extraordinary admirable surprising notable exemplary impressive commendable",
         r"\bwith\s+(?:remarkable|great|considerable|extraordinary|admirable|surprising|notable|exemplary|"
         r"impressive|commendable)\s+(?:care|skill|caution|restraint|success|patience|speed|agility|dexterity)\b"),
)


def reading_or_risk(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return leftmost(_READINGS, sentence, grams)


# "Still, the crash has shown that Russia's leverage … is weaker", "The victory proved that the policy works": what an
# event is taken to show is a lesson drawn (what an audit, data or a study shows is evidence, read elsewhere);
# "Three factors explain Baku's confidence": the analyst's account of why
_LESSON_OR_ACCOUNT = Cued("shown showed demonstrated revealed exposed proved proven underlined underscored highlighted confirmed factors "
                          "reasons things forces considerations",
                          r"\b(?:crash|war|wars|crisis|affair|episode|row|dispute|conflict|protests?|elections?|votes?|referendum|invasion|"
                                r"pandemic|standoff|stand-off|scandal|rift|events|victory|defeat|collapse|failure|summit|deal|"
                                # ("Still, the attack exposed how much Kazakhstan depends on a route through Russia")
                                r"attacks?|strikes?|blast|explosion|incident|blockade|shutdown|outage|blackout|drought|floods?)"
                                # ("Local elections on October 4 exposed the dilemma")
                                r"(?:\s+(?:on|in|of|last|this)\s+[\w’'-]+(?:\s+\d{1,2})?)?\s+"
                                r"(?:has\s+|have\s+|had\s+)?(?:also\s+|clearly\s+|only\s+)?(?:shown|showed|demonstrated|revealed|exposed|"
                                r"proved|proven|underlined|underscored|highlighted|confirmed)\s+(?:that|how|the\s+limits|the\s+(?:dilemma|"
                                r"weakness(?:es)?|divisions?|contradictions?|fault\s+lines?|fragility|cracks|hollowness))\b"
                                r"|^\W*(?:\w+\s+){0,2}(?:factors|reasons|things|forces|considerations)\s+(?:explain|account\s+for|lie\s+behind|"
                                r"underpin|drive)\b")


def lesson_or_account(sentence: str, grams: frozenset[str]) -> re.Match | None:
    return _LESSON_OR_ACCOUNT.search(sentence, grams)


# "Few observers expected the mission to end so quietly", "Many observers expected Astana to pay for this help":
# what a group expected or assumed is a view it held, dated or not (a passive "was expected to" looks ahead; what
# it feared or hoped "would" happen is a forecast, as the golds keep it)
_EXPECTATION_HELD = Cued("expected assumed suspected",
                         r"^\W*(?:(?!(?:was|were|is|are|be|been|being|it|this|that)\b)[\w’'-]+\s+){1,5}?(?:had\s+(?:long\s+)?)?"
                         r"(?:expected|assumed|suspected)\s+(?:that\b|(?:[\w’'-]+\s+){1,5}?to\s+[a-z])", flags=0)
_TOLD_WORDS = frozenset("said says told announced forecast predicted reported stated".split())


def expectation_held(sentence: str, grams: frozenset[str]) -> re.Match | None:
    # (one a body told, "… expected sales to reach 2 million, it said", is its forecast, reported)
    return _EXPECTATION_HELD.search(sentence, grams) if _TOLD_WORDS.isdisjoint(grams) else None


# "Only three years ago, enlargement was widely seen as dead", "has long been described as NATO's most vulnerable
# point": a view passed on by no one named ("is described as white, in his 20s" describes; one in a relative
# clause, "…, in which Iran was seen as sympathetic", qualifies what the sentence tells)
# ("the purchase was read in Bishkek as a message to Dushanbe": where the reading is made, named)
_VIEW_PASSED_ON = Cued("seen regarded viewed considered described read interpreted perceived",
                       r"\b(?:is|are|was|were|been)\s+(?:(?:widely|long|often|generally|increasingly|now)\s+)?"
                             r"(?:seen|regarded|viewed|considered|read|interpreted|perceived)(?:\s+(?:in|by|across)\s+"
                             r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?\s+as\b(?!\s+(?:part|one)\s+of\b)"
                             # (not "was read as the meeting opened", a time)
                             r"(?!\s+(?:the\s+|a\s+|an\s+)?\w+\s+(?:began|begins|opened|opens|started|starts|ended|ends|closed|"
                             r"closes|arrived|arrives|left|leaves)\b)"
                             r"|\b(?:is|are|was|were|been)\s+(?:(?:widely|long|often|generally)\s+)?described\s+as\s+(?:the\s+|its\s+|"
                             r"[A-Z][\w’'-]*[’']s\s+)(?:single\s+)?(?:most|least|biggest|greatest|weakest|worst|best)\b", flags=0)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|where|whose)\b", re.IGNORECASE)


def view_passed_on(sentence: str, grams: frozenset[str]) -> re.Match | None:
    if not (m := _VIEW_PASSED_ON.search(sentence, grams)):
        return None
    return None if _RELATIVE_BEFORE.search(sentence, 0, m.start()) else m


# "Output alone says little.", "The figures tell us little about who benefits": what a measure shows weighed, the
# whole sentence, by the writer; a measure tells no one anything ("It says nothing about winter" tells what a text
# leaves out, and "The ministry says little" is a deed of its own)
EVIDENCE_WEIGHED = re.compile(r"\W*(?:(?:the|these|those|such|this|that|its|their)\s+)?(?:[a-z][\w’'-]*\s+){0,2}"
                              r"(?:output|figures?|numbers?|data|statistics|results?|counts?|polls?|surveys?|growth|totals?|"
                              r"rankings?|index|headline|turnout|record)\s+(?:alone\s+|by\s+(?:itself|themselves)\s+|"
                              r"on\s+(?:its|their)\s+own\s+)?(?:says|say|tells?(?:\s+us)?|reveals?)\s+(?:very\s+)?"
                              r"(?:little|nothing|much|a\s+lot|next\s+to\s+nothing)(?:\s+about\b[^.;:!?]*)?[.!]?[\"”’']?\s*$",
                              re.IGNORECASE)


# "Either way, the era in which Moscow alone arbitrated the region's conflicts is over.", "Whatever happens next, the
# region's map of influence has shifted": the writer's conclusion, drawn whichever way things go (with a figure or
# a date it stays checkable; with a future it is a forecast)
CONCLUDED_REGARDLESS = re.compile(r"\W*(?:Either\s+way|Whatever\s+happens(?:\s+next|\s+now)?|Whatever\s+the\s+outcome|In\s+any\s+case|"
                                  r"Come\s+what\s+may|One\s+way\s+or\s+another),\s+"
                                  r"(?![^.;]*(?:\d|\b(?:will|would|shall|going\s+to|won[’']t)\b))")


# "Independent verification is impossible, because journalists were kept out": a difficulty weighed as a bar, whatever
# cause is given for it ("The landslide made the road impossible to use" tells what a deed did)
# (told by someone, "The ministry said access was impossible", it is their account)
_IMPOSSIBLE_HELD = re.compile(r"\b(?:is|was|are|were|remains?|remained|seems?|seemed)\s+(?:(?:all\s+but|almost|virtually|nearly|practically|"
                              r"still|simply)\s+)?impossible\b")
_TOLD_BEFORE = re.compile(r"(?<!\bto\s)\b(?:said|says|say|told|tells|claimed|claims|reported|reports|argued|argues|insisted|insists|"
                          r"added|adds|warned|warns|according)\b")


def impossible_held(sentence: str) -> re.Match | None:
    barred = _IMPOSSIBLE_HELD.search(sentence)
    return barred if barred and not _TOLD_BEFORE.search(sentence, 0, barred.start()) else None
