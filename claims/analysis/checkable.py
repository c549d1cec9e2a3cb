"""What makes a sentence with no date, figure or source of its own still checkable: what a named
thing is, who runs a thing, how a group is made up, what records a body keeps, a court's ruling, the
only one in a place, a count by its order, a record over a span. Read after every other anchor has
failed. Also when a word that usually judges measures instead, and a hedging word hedges nothing."""
from __future__ import annotations

import re

from . import workings
from .measured_words import CONDITION_TOLD, RANKED, RECORD_OVER_A_SPAN, measures_not_judges
from .obligations import BY_LAW, PENALTY_BY_LAW, PENALTY_SET
from .tense import PAST_INABILITY, heard_before

# "Harwick Bridge is a road bridge over the River Kel", "With me is Tom Reyes, who chairs the Kelby
# Bus Users' Group": what a named thing is, placed by another name ("a club in crisis" is not), or
# what post a named person holds (an encyclopedia's opening line, a presenter's introduction)
_NAMED_THING_IS = re.compile(r"^(?P<name>[A-Z][\w’'-]+(?:\s+(?:of|the|on|upon|[A-Z][\w’'-]+))*\s+[A-Z][\w’'-]+)\s+(?:is|was)\s+"
                             r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:in|of|over|across|on|at|near|between|linking|"
                             r"run\s+by|owned\s+by|based\s+in)\s+(?:the\s+)?[A-Z]")
# "The name of the corridor in Azerbaijan is Zangezur": what a thing is called, and where
_NAME_IS = re.compile(r"\W*(?:The|Its|Their|His|Her)\s+(?:\w+\s+)?name\s+(?:of\s+[^,;]{2,60}?\s+)?is\s+(?:the\s+)?[\"“‘]?[A-Z]")
# "I'm Dana Whitfield, leader of Kelby Council": a speaker naming themself
_SELF_NAMED = re.compile(r"(?:I[’']m|I\s+am|My\s+name\s+is)\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+\s*(?:,|\.|$)")
_HOLDS_POST = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,\s+who\s+(?:chairs|leads|runs|heads|directs|owns|founded|"
                         r"represents|manages|coaches|edits|co-founded)\s+(?:the\s+)?[A-Z]")
_MEASURED_WHOLE = r"(?:trade|traffic|money|gas|oil|power|electricity|funding|spending|aid|water|land|budget|debt|cargo|freight)\b"
# a share of a group as the subject: "Most of those passengers", "Nearly all councils", "A third of pupils"
_SHARE_OF_A_GROUP = re.compile(r"\W*(?:most|nearly\s+all|almost\s+all|(?:the\s+)?(?:vast\s+)?majority|half|a\s+(?:third|quarter|"
                               r"fifth|minority|majority)|two\s+thirds|three\s+quarters|few|one\s+in\s+(?:two|three|four|five|ten))"
                               # ("Most of them were waiting for a care home place": the group named before)
                               r"\s+(?:(?:of\s+)?(?:the\s+|those\s+|these\s+|its\s+|their\s+|our\s+)?[a-z][\w-]*s\b|of\s+(?:them|those)\b"
                               # ("Most of that trade travels by lorry along the M2": a share of a whole that is measured)
                               r"|of\s+(?:that|this|the|its|their)\s+" + _MEASURED_WHOLE + r")"
                               # ("Much of that money is loans and guarantees, not grants": how a measured whole is made up)
                               r"|\W*much\s+of\s+(?:that|this|the|its|their)\s+" + _MEASURED_WHOLE,
                               re.IGNORECASE)
# "Most of the fall is in secondary schools", "Half of the overspend came from agency staff": where a
# change or a sum lies, which its figures show
_SHARE_OF_A_CHANGE = re.compile(r"\W*(?:most|much|half|all|nearly\s+all|almost\s+all|a\s+(?:third|quarter|fifth)|two\s+thirds|"
                                r"three\s+quarters)\s+of\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:fall|rise|increase|decrease|"
                                r"drop|growth|decline|cut|cuts|gap|overspend|underspend|saving|savings|cost|costs|spending|loss|losses)\s+"
                                r"(?:is|was|are|were|came|comes|has\s+been|had\s+been)\b", re.IGNORECASE)
# "No practice in the town is taking new patients", "None of the schools in the county": none of a
# group placed by where it is, which can be counted too
_NONE_OF_A_GROUP = re.compile(r"\W*(?:no|not\s+one|not\s+a\s+single|none\s+of\s+the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+"
                              r"(?:in|at|across|on)\s+(?:the|this|its|their|[A-Z])", re.IGNORECASE)
# ("Most people think the plan is wrong": a view held, not a make-up)
_BELIEF_AFTER = re.compile(r"\b(?:think|believe|feel|fear|hope|want|expect|say|agree|disagree|support|oppose|prefer|like|"
                           r"dislike|worry|doubt)(?:s|es)?\b", re.IGNORECASE)  # ("No one in the town wants the tip")


# "Fares are set by the operator, not by the Government": who runs, owns, pays or sets a thing, as
# it stands — a standing arrangement anyone can check
_DONE_BY_AGENT = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+|now\s+|still\s+)?(?:set|run|owned|funded|paid|operated|managed|controlled|"
                            r"regulated|financed|employed|appointed|elected|chosen|decided|licensed|leased|subsidi[sz]ed)\s+by\s+"
                            r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w’'-]+"
                            # ("The figures in the table are estimates by the International Institute for Strategic Studies")
                            r"|\b(?:is|are)\s+(?:an?\s+)?(?:estimates?|figures|data|projections?|counts?)\s+(?:by|from)\s+(?:the\s+)?[A-Z][\w’'-]+")


# "A yellow warning remains in place until midnight", "while the investigation is ongoing": how things
# stand as of writing, checkable now
_STANDING_STATE = re.compile(r"\b(?:remains?|remained)\s+(?:in\s+(?:place|force|effect)|illegal|legal|closed|open|shut|suspended|frozen|stalled|blocked|"
                             r"unknown|unclear|unchanged|valid|available|"
                             # ("Transnistria remains outside the control of the government in Chisinau")
                             r"(?:outside|beyond|under)\s+(?:the\s+)?(?:control|jurisdiction)\s+of)\b|\b(?:is|are)\s+(?:still\s+)?(?:ongoing|under\s*way|continuing)\b"
                             r"|\bstill\s+(?:unknown|unclear|closed|shut|suspended)\b"
                             # "Transnistria still receives Russian gas": a supply or a holding that goes on
                             # ("Chisinau now buys most of its power from Romania": a supply as it stands since a change)
                             r"|\b(?:still|now)\s+(?:receives?|gets?|buys?|sells?|supplies|supply|holds?|owns?|controls?|occupies|occupy|"
                             r"hosts?|employs?|imports?|exports?)\b"
                             # "All emergency services are running as normal"
                             r"|\b(?:is|are)\s+(?:still\s+)?(?:running|operating|working|open|trading)\s+as\s+(?:normal|usual)\b"
                             # "The budget of the Russian contingent is not public": what is or is not disclosed
                             r"|\b(?:is|are)\s+(?:still\s+)?(?:not\s+(?:public|published|disclosed|made\s+public)|secret|classified|confidential)\s*[.,;]"
                             # ("Moscow does not publish the size of its foreign garrisons")
                             r"|\b(?:does|do)\s+not\s+(?:publish|disclose|release|reveal)\b"
                             # "The defendants face charges including war crimes": where a case against someone stands
                             r"|\b(?:faces?|facing)\s+(?:\w+\s+)?(?:charges?|trial|prosecution|extradition)\b"
                             r"|\b(?:is|are)\s+(?:still\s+)?(?:charged\s+with|on\s+trial|in\s+custody|in\s+pre-?trial\s+detention)\b"
                             # "Azimuth is under EU sanctions": a listing as it stands
                             r"|\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?(?:under|subject\s+to)\s+(?:[A-Z]{2,}\s+|[A-Z][a-z]+\s+|"
                             r"international\s+|western\s+|personal\s+)?sanctions\b",
                             re.IGNORECASE)


# "The Department does not hold data on individual routes", "The trust publishes its waiting times
# monthly": what records a body keeps or publishes, which a request for them would show
_RECORDS_KEPT = re.compile(r"(?:The|This|Our|Its)\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?:[Dd]epartment|[Mm]inistry|[Cc]ouncil|[Tt]rust|"
                           r"[Aa]uthority|[Aa]gency|[Oo]ffice|[Bb]oard|[Gg]overnment|[Ss]ervice|[Ff]orce|[Cc]ompany|[Ii]nspectorate)\s+"
                           r"(?:(?:does|do|did)\s+not\s+|doesn[’']t\s+|don[’']t\s+|no\s+longer\s+)?(?:holds?|collects?|keeps?|records?|"
                           r"publish(?:es)?|gathers?|tracks?|monitors?)\s+(?:any\s+|no\s+|this\s+|that\s+|these\s+|such\s+|its\s+)?"
                           r"(?:[\w-]+\s+){0,3}?(?:data|information|records|figures|statistics|details)\b")


# "It is the only place in Northfield with free internet access", "the only maternity unit in the
# county": the one of its kind in a place named, which a count of that place would show
# ("the only land crossing between Russia and the South Caucasus": the one between two named places)
_ONLY_ONE_IN = re.compile(r"\bthe\s+only\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?[A-Z][\w-]*[^.;]{0,40}?\s+and\s+(?:the\s+)?[A-Z]"
                          # ("the country's only land link to Iran": the one leading to a named place)
                          r"|\bonly\s+(?:[\w-]+\s+){0,3}?(?:link|route|road|crossing|connection|bridge|border|outlet|access)\s+(?:to|with|into|from)\s+(?:the\s+)?[A-Z]"
                          # ("the only road linking Nagorno-Karabakh with Armenia")
                          r"|\bthe\s+only\s+(?:[\w-]+\s+){0,2}?(?:link|route|road|crossing|bridge|railway|pipeline|corridor)\s+(?:linking|connecting|joining)\s+"
                          r"(?:the\s+)?[A-Z]"
                          r"|\bthe\s+only\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?(?:[A-Z][\w-]*\b(?![’'])|county\b|city\b|"
                          r"town\b|borough\b|region\b|district\b|country\b|island\b|valley\b)"
                          # "Hungary was the only large member state below the target": the one on one side of a line
                          r"|\bthe\s+only\s+(?:[\w-]+\s+){0,3}?(?:below|above|under|over|short\s+of|to\s+miss|to\s+meet)\s+the\b")


# "The Republic of Armenia withdraws its candidacy to host …": a state's or a body's decision taken in the
# text that announces it, told in the present
_DECISION_TAKEN = re.compile(r"\W*(?:The\s+)?(?:[A-Z][\w’'-]+\s+(?:of\s+(?:the\s+)?)?){1,5}(?:hereby\s+)?(?:withdraws|suspends|recogni[sz]es|"
                             r"appoints|accepts|terminates|revokes|ratifies|renounces|lifts|imposes|recalls|expels|grants)\s+"
                             r"(?:its|the|their|a|an|all)\s")


# "It is the third increase in two years", "It was the club's fifth defeat": a count of events, by its order
_ORDINAL_COUNT = re.compile(r"\b(?:is|was|marks|marked|became)\s+(?:the|its|their|his|her|[A-Z][\w’'-]*[’']s)\s+"
                            r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                            r"(?:(?:straight|consecutive|successive|fatal|major|annual|such)\s+)?[a-z]{3,}", re.IGNORECASE)






def checkable_without_anchor(sentence: str, grams: frozenset[str]) -> str | None:
    """Why a sentence with no other anchor can still be checked, or None."""
    if _NAMED_THING_IS.match(sentence) or ("who" in grams and _HOLDS_POST.search(sentence)) or _SELF_NAMED.match(sentence) \
            or "name" in grams and _NAME_IS.match(sentence):
        return "what a named thing is, or the post a named person holds"
    if "by" in grams and (done_by := _DONE_BY_AGENT.search(sentence)):
        return f"who does it, named: '{done_by.group(0)}'"
    if (share := _SHARE_OF_A_GROUP.match(sentence) or _NONE_OF_A_GROUP.match(sentence) or _SHARE_OF_A_CHANGE.match(sentence)) \
            and not _BELIEF_AFTER.search(sentence, share.end()):
        # "Most of those passengers are shift workers", "Most councils already charge for garden
        # waste": how a group is made up, or what most of it does, can be counted
        return f"a share of a group: '{share.group(0).strip()}'"
    if state := _STANDING_STATE.search(sentence):
        return f"a state as of writing: '{state.group(0)}'"
    if ranked := RANKED.search(sentence):
        return f"a rank in a measured order: '{ranked.group(0)}'"  # "Kelby is the country's second-busiest port"
    if "law" in grams and (by_law := BY_LAW.search(sentence)):
        return f"what the law requires: '{by_law.group(0)}'"
    if ("punishable" in grams or "carries" in grams or "carry" in grams) and (penalty := PENALTY_BY_LAW.search(sentence)):
        return f"the penalty a law sets: '{penalty.group(0)}'"
    if does := workings.what_a_measure_does(sentence):
        return does
    if ruling := _RULING.search(sentence):
        return f"a court's ruling: '{ruling.group(0)}'"
    if changed := _CAN_CHANGED.search(sentence):
        return f"a rule or a service changed: '{changed.group(0)}'"
    if does := workings.what_it_does(sentence):
        return does
    if eligible := _ELIGIBLE.search(sentence):
        return f"who a scheme's rules cover: '{eligible.group(0)}'"
    if defect := _DEFECT.search(sentence):
        return f"a product's fault: '{defect.group(0)}'"
    if "verify" in grams or "confirm" in grams or "verified" in grams or "confirmed" in grams:
        if unverified := _UNVERIFIED.search(sentence):
            return f"what could not be checked: '{unverified.group(0)}'"
    if "only" in grams and (only := _ONLY_ONE_IN.search(sentence)):
        return f"the only one of its kind in a place, or on one side of a line: '{only.group(0)}'"
    if ("depend" in grams or "depends" in grams or "rely" in grams or "relies" in grams) and (leans := _SHARE_DEPENDED_ON.search(sentence)):
        return f"how much of a need one source meets: '{leans.group(0)}'"
    if records := _RECORDS_KEPT.match(sentence):
        return f"what records a body keeps: '{records.group(0)}'"
    if decided := _DECISION_TAKEN.match(sentence):
        return f"a decision taken, told in the present: '{decided.group(0).strip()}'"
    if condition := CONDITION_TOLD.search(sentence):
        return f"a patient's condition: '{condition.group(0)}'"
    if count := _ORDINAL_COUNT.search(sentence):
        return f"a count of events by its order: '{count.group(0)}'"
    if record := RECORD_OVER_A_SPAN.search(sentence):
        return f"a record over a span named: '{record.group(0)}'"
    if "no" in grams and (toll := _NO_TOLL.search(sentence)):
        return f"a toll of none, counted: '{toll.group(0)}'"
    if course := _ROUTE_RUNS.search(sentence):
        return f"where a built route runs, on a map: '{course.group(0)}'"
    if distance := _NEARER_TO_A_PLACE.search(sentence):
        return f"a distance compared, on a map: '{distance.group(0)}'"
    return None


# "The new base is closer to Azerbaijan and Iran.": which of two places lies nearer a named one (a government
# "closer to Moscow" is a leaning, no distance)
_NEARER_TO_A_PLACE = re.compile(r"\b(?:base|bases|port|ports|city|town|village|villages|border|airport|plant|site|capital|crossing|"
                                r"bridge|station|camp|headquarters|terminal|field|island|dam|mine|depot)\s+"
                                r"(?:is|are|was|were|lies|lie|sits|sit)\s+(?:much\s+|far\s+|even\s+)?(?:closer|nearer|farther|further)\s+"
                                r"(?:to|from)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+")


# "Its North–South trade route to Iran and India runs through Azerbaijani territory": where a pipeline, a railway or
# a trade route runs (not "the road to peace runs through Moscow", a figure of speech)
# ("The Trans-Caspian International Transport Route, known as the Middle Corridor, links China to Europe": the places a
# route joins, named)
_ROUTE_RUNS = re.compile(r"\b(?:pipelines?|railways?|rail\s+lines?|railroads?|highways?|motorways?|trade\s+routes?|transport\s+(?:corridors?|routes?)|"
                         r"cables?|canals?|interconnectors?|(?-i:Route|Corridor))\b[^.;:]{0,60}?\b(?:(?:runs?|passes|pass|crosses|cross|goes|go)\s+"
                         r"(?:through|across|along|under|beneath|via)\b|(?:links?|connects?)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*"
                         r"\s+(?:to|with|and)\s+(?-i:[A-Z]))", re.IGNORECASE)


# "Uzbekistan and Turkmenistan depend on the Amu Darya for most of their irrigation water": how much of a need one
# source meets, which supply figures settle
_SHARE_DEPENDED_ON = re.compile(r"\b(?:depends?|rely|relies)\s+on\s+[^.;:]{2,60}?\s+for\s+(?:most|much|all|half|nearly\s+all|almost\s+all|"
                                r"the\s+bulk|a\s+(?:third|quarter|fifth|large\s+share))\s+of\b", re.IGNORECASE)


# "There were no casualties on the Armenian side.": a count of the dead or hurt that is nought
_NO_TOLL = re.compile(r"\b(?:were|was|are|is|have\s+been|has\s+been)\s+no\s+(?:reported\s+)?(?:casualties|deaths|fatalities|injuries|"
                      r"victims|dead|wounded|losses)\b", re.IGNORECASE)


# "Initial findings point to an electrical fault", "the data show …": what a piece of evidence shows
EVIDENCE_SAYS = re.compile(
    r"\b(?:findings|evidence|data|figures|records|tests|results|analysis|inquiry|investigation|report|survey|study|"
    r"audit|statistics|census|logs?)\s+(?:\w+\s+)?(?:points?|shows?|showed|indicates?|indicated|suggests?|suggested|"
    r"finds|found|confirms?|confirmed|reveals?|revealed)\b"
    # and what it cannot show: "The study was observational and cannot show that …"
    r"|\b(?:study|survey|data|analysis|trial|research|figures)\b[^.;]{0,40}?\b(?:cannot|can[’']t|does\s+not|did\s+not|could\s+not)\s+"
    r"(?:show|prove|establish)\b", re.IGNORECASE)
# ("more likely than not", "as likely as not" give the odds of one event, no measured comparison)
_ODDS = re.compile(r"\b(?:as|more|less|most|least|times|twice|thrice)\s+(?:un)?likely\b(?!\s+(?:than|as)\s+not\b)", re.IGNORECASE)


def hedge_measures(hedge: str, sentence: str) -> bool:
    """A hedging word in a use that hedges nothing: "smokers were twice as likely to be admitted" (a
    measured comparison), "appears to have been used by fewer than 20 boats a year, the records
    show" (the records tell), "as well planned as it is in English and maths" (a comparison, not
    "it is in their interest"), a court's ruling weighing odds ("ruled that the law likely violates …")."""
    return hedge in ("likely", "unlikely") and bool(_ODDS.search(sentence) or _RULED_LIKELY.search(sentence)) \
        or hedge in ("appears", "appear", "seems", "seem", "apparently") and bool(EVIDENCE_SAYS.search(sentence)) \
        or hedge == "it is in" and "as it is in" in sentence \
        or hedge in ("seemed", "seems", "appeared", "appears") and bool(_APPOSITION_HEDGED.search(sentence)) \
        or hedge in ("appears", "appear") and bool(workings.IN_A_TEXT.search(sentence)) \
        or hedge in ("appears", "appear") and bool(_APPEAR_BEFORE.search(sentence))
    # ("appears in the treaty": where, not how likely; "refusing to appear before a parliamentary commission": to come
    # before a body, not how likely)


_APPEAR_BEFORE = re.compile(r"\bappears?\s+(?:before|in\s+court|at\s+(?:a|the)\s+(?:hearing|trial|inquiry|court)|on\s+(?:television|TV|the\s+ballot))\b",
                            re.IGNORECASE)


# "Georgia was granted EU candidate status in December 2023, a decision that seemed to anchor the country in the
# West": the hedge qualifies what the deed was taken to mean, set after it; the deed is told
_APPOSITION_HEDGED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:decision|move|step|deal|vote|choice|ruling|change|measure|"
                                r"gesture|outcome|result|concession|promise)\s+(?:that|which)\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:seemed|seems|appeared|appears)\b[^,;]*$", re.IGNORECASE)


# "Judge Pitman ruled that the law likely violates the First Amendment": the odds a court's ruling
# weighs are its words, the ruling told
_RULED_LIKELY = re.compile(r"\b(?:ruled|held|concluded|determined)\s+that\b[^.;]{0,120}?\b(?:un)?likely\b", re.IGNORECASE)


# "The heater's thermal cut-out can fail, causing the casing to overheat": a product's fault as a recall
# notice tells it, found and checkable, not a possibility weighed
# "The study was observational and cannot show that green space causes …": what evidence cannot
# establish, a limit of it, not a possibility
# ("Regional Wire could not independently verify either account": what a newsroom could not check is told)
# "Regional Wire could not independently verify either account", "The claims could not be verified"
_HOW_DONE = r"(?:be\s+)?(?:independently\s+|immediately\s+)?"
_VERIFY = r"(?:verify|confirm|verified|confirmed)"
_CANNOT_ESTABLISH = re.compile(rf"\b(?:cannot|can[’']t|can\s+not|could\s+not|couldn[’']t)\s+{_HOW_DONE}(?:{_VERIFY}|show|prove|establish|"
                               r"determine|tell\s+(?:us\s+)?whether|say\s+whether|rule\s+out)\b"
                               # ("Neither figure can yet be checked independently": none of them checkable as yet)
                               r"|\b(?:neither|none|no)\b[^.;:]{0,40}?\bcan\s+(?:yet\s+)?be\s+(?:independently\s+)?"
                               r"(?:checked|verified|confirmed)\b", re.IGNORECASE)
# ("The mission was not in a position to verify these allegations.")
_UNVERIFIED = re.compile(rf"\b(?:could\s+not|couldn[’']t|was\s+unable\s+to|were\s+unable\s+to|(?:was|were)\s+not\s+in\s+a\s+position\s+to)\s+"
                         rf"{_HOW_DONE}{_VERIFY}\b", re.IGNORECASE)
_DEFECT = re.compile(r"\b(?:can|could|may)\s+(?:fail(?!\s+to\b)|overheat|catch\s+fire|break(?!\s+(?:down|even|through|up|away|ground|records?)\b)|"
                     r"snap|detach|come\s+loose|leak|crack|"
                     r"short[- ]circuit|melt|ignite|explode|cause\s+(?:burns|injury|injuries|a\s+fire|fires|an?\s+electric\s+shock))\b",
                     re.IGNORECASE)


# "The Supreme Court unanimously allows the appeal", "The decision … is therefore quashed": a court's
# ruling told in the present, as a judgment summary tells it
_RULING = re.compile(r"\b(?:(?:unanimously|therefore|also)\s+)?(?:allows|dismisses|upholds|quashes|grants|refuses|rejects)\s+"
                     r"(?:the|this|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:appeal|application|claim|challenge|case|petition)\b"
                     r"|\b(?:is|are)\s+(?:therefore\s+)?(?:quashed|dismissed|allowed|upheld|set\s+aside)\b"
                     # a tribunal's judgment: "The claim of unfair dismissal succeeds.", "The complaint fails."
                     r"|^\W*(?:the|this|her|his|their)\s+(?:[\w-]+\s+){0,5}?(?:claims?|complaints?|appeals?|grounds?)\s+(?:[\w-]+\s+){0,6}?"
                     r"(?:succeeds?|fails?|is\s+well[- ]founded|are\s+well[- ]founded)\W*$", re.IGNORECASE)


# "Households on a low income may qualify for a reduction of up to 100%": who a scheme's rules cover, as
# "can apply for a social tariff" tells
_ELIGIBLE = re.compile(r"\b(?:may|could|can)\s+(?:also\s+)?(?:qualify|be\s+eligible)\s+for\b"
                       # ("People with long-term conditions can also get it free")
                       r"|\b(?:can|may)\s+(?:also\s+)?(?:get|have|claim|receive)\b[^.;]{0,40}?\bfree\b", re.IGNORECASE)


# "Residents can now book online", "You can still use a watering can": a rule or a service changed, or
# what it still allows, as it stands; "It can no longer rotate troops": a capacity lost, as of writing (what
# "can no longer" be done is also read before any advice the sentence words: kind_cues.NO_LONGER_DOES)
_CAN_CHANGED = re.compile(r"\bcan\s+(?:now|still|no\s+longer)\b", re.IGNORECASE)


# "Decisions may be called in by the scrutiny committee until 5pm on 15 October", "Objections can be
# lodged until 4 December": what a procedure permits up to a day, a notice's rule
_PERMITTED_UNTIL = re.compile(r"\b(?:may|can)\s+be\s+(?:called\s+in|submitted|lodged|made|sent|returned|collected|viewed|inspected|"
                              r"paid|renewed|claimed|registered|appealed|booked)\b[^.;]{0,60}?\b(?:until|before|by)\s", re.IGNORECASE)


# "Officers recommended approval, saying the council could not show a supply of land": what could not
# be done, told in the past tense, is the teller's "cannot" ("could not have" supposes instead)
_INABILITY_REPORTED = re.compile(r"\b(?:said|saying|told|telling|admitted|admitting|argued|arguing|explained|stated|claimed|"
                                 r"added|noted)\b[^.;]{0,160}?\bcould(?:\s+not|\s+no\s+longer|n['’]t)\b(?!\s+have\b)", re.IGNORECASE)


def modal_reports(modal: str, sentence: str, grams: frozenset[str], *, dated_past: bool) -> bool:
    """A modal that reports rather than judges or forecasts: a promise or an order heard in the
    past ("We were told this would be finished …"), a rule's words ("guidance says … should be
    allowed"), the most a rule lets a court impose ("could be fined up to £1,000"), what could not be
    done on a day gone by ("On 4 November, 3,200 customers could not log in") or told in the past
    ("saying the council could not show a five-year supply"), what a procedure permits up
    to a day ("Objections can be lodged until 4 December")."""
    return modal in ("would", "will", "must", "should") and heard_before(sentence, modal) \
        or modal in ("must", "should") and measures_not_judges(modal, sentence) \
        or modal in ("could", "can", "may") and "up" in grams and bool(PENALTY_SET.search(sentence)) \
        or modal == "could" and (dated_past and bool(PAST_INABILITY.search(sentence)) or bool(_INABILITY_REPORTED.search(sentence))) \
        or modal in ("may", "can") and permits_until(sentence, grams) \
        or modal in ("can", "could", "may") and bool(_DEFECT.search(sentence)) \
        or modal in ("can", "could") and bool(_CANNOT_ESTABLISH.search(sentence)) \
        or modal in ("may", "could", "can") and bool(_ELIGIBLE.search(sentence)) \
        or modal == "can" and bool(_CAN_CHANGED.search(sentence) or _ONLY_ONCE_DONE.search(sentence))


# "the treaty can only be signed after Armenia removes territorial claims …": a condition set
_ONLY_ONCE_DONE = re.compile(r"\bcan\s+only\s+be\s+[a-z]{3,}(?:ed|en|wn)\s+(?:after|once|when|if)\b")


def permits_until(sentence: str, grams: frozenset[str]) -> bool:
    """What a procedure permits up to a day: a rule of the notice, dated ahead like a schedule."""
    return "be" in grams and bool(_PERMITTED_UNTIL.search(sentence))
