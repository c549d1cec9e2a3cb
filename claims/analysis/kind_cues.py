"""The cues the kind of a claim is read from beside its tense: a dated report, a span measured, a plan
for a date, an announcement, a feeling that frames news, a recommendation, a side taken alone, a
refusal to comment."""
from __future__ import annotations

import re

from .lexicon import ATTITUDE, MONTH_NAMES, NEITHER_SAID, NO_REPLY, REPORTING, REPORTING_VERBS, WEEKDAY_NAMES
from .relative_clauses import qualifies_a_noun
from .tense import COULD_HAVE, TO_TELL
from .words import Phrases

# "the ministry said on Monday that …": the report itself is dated, so the sentence records it
DATED_REPORT = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|told(?:\s+\w+)?|confirmed|stated|wrote|warned|added|predicted|"
    # ("were criticised on Tuesday by the Taxpayers' Alliance, which said they would cost …")
    rf"forecast|estimated|published|criticised|criticized|condemned|welcomed|questioned)\s+(?:\w+\s+)?(?:(?:on|in|last|this|earlier|late|early)\s+)?(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|"
    # ("China's ministry said the next day that it would ban …", "said two days later": a day counted from the story's)
    r"yesterday|today|(?:19|20)\d\d|week|month|year|(?:next|following|same)\s+(?:day|morning|evening)|days?\s+later)\b"
    # ("Speaking to reporters outside the hospital on Monday, the chief executive said …", "On Monday, the
    # council said …": the day set before the telling)
    rf"|^\W*(?:(?:Speaking|Writing|Talking)\s+[^,;]{{0,80}}?\s+)?(?:on|last|this|earlier\s+on)\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b[^,;]{{0,20}},"
    r"[^.;]{0,100}?\b(?:said|says|told|announced|confirmed|wrote|warned)\b"
    # ("In 2018 President Mirziyoyev said Tashkent would take part": the year set before the telling; not "In
    # 2027, the minister said, the line will open", a year the telling only interrupts)
    rf"|^\W*in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d,?\s+[^.;,]{{0,80}}?"
    r"\b(?:said|told|announced|confirmed|wrote|warned)\b(?!,)"
    # ("On 1 March 2024 Armenia told Russia that its border guards would stop working at the airport": the day)
    rf"|^\W*on\s+(?:\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}})(?:,?\s+(?:19|20)\d\d)?,?\s+[^.;,]{{0,80}}?"
    r"\b(?:said|told|announced|confirmed|wrote|warned)\b(?!,)", re.IGNORECASE)
# "“We will publish a full count when the water goes down,” the minister said on Sunday": a promise
# in the speaker's own words, with no day ahead, stays a forecast however the telling is dated
QUOTED_PROMISE = re.compile(r"^\W*[“\"‘'](?:We|I)\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to)\b")
# "the average application took 41 weeks to decide": how long something took, measured
# ("Crossing the Caspian can take up to two weeks", "Treatment usually lasts three months": how long a thing
# takes, as it goes)
LASTED = re.compile(r"\b(?:took|takes|lasted|lasts|waited|spent|can\s+(?:take|last))\s+(?:an?\s+average\s+of\s+|about\s+|around\s+|nearly\s+|almost\s+|"
                     r"more\s+than\s+|over\s+|up\s+to\s+)?(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten)", re.IGNORECASE)
# "The fall reflects lower gas prices over the past three months": a span up to the writing is as
# checkable as a date
SPAN_UP_TO_NOW = re.compile(r"\b(?:over|in|during|for|across)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                             r"(?:days|weeks|months|years|decades?)\b", re.IGNORECASE)
# "A second tank is planned for 2028": what is planned, with no verb after it (kept out of the
# check-worthiness model's future words, which it was trained with)
PLANNED_FOR = re.compile(r"\b(?:is|are)\s+(?:planned|scheduled|pencilled\s+in)\s+for\b")
# "The remaining staff are to leave by the end of 2025", "They are also to hand over the checkpoint by the end
# of 2025": what is arranged to happen by a day ahead (not "The aim is to reduce …", an aim's content)
BE_TO_BY = re.compile(r"(?<!\baim\s)(?<!\bplan\s)(?<!\bgoal\s)(?<!\bidea\s)(?<!\btask\s)(?<!\bjob\s)(?<!\bhope\s)"
                      r"\b(?:is|are)\s+(?:also\s+|now\s+|still\s+|then\s+|each\s+|both\s+|all\s+)?to\s+(?:be\s+[a-z]{3,}(?:ed|en|wn)|(?!be\b)[a-z]{3,})\b"
                      r"[^.;:]{0,80}?\b(?:by|before|until|in|from|for)\s")
# "The authors say they adjusted for those factors where they could": as far as was possible
WHERE_POSSIBLE = re.compile(r"\b(?:where|wherever|when|whenever|as\s+far\s+as|as\s+much\s+as|as\s+best)\s+"
                            r"(?:they|he|she|it|we|I|you)\s+(?P<modal>could|can)\s*(?:[.,;]|$)", re.IGNORECASE)
# "The route is to be built and run by a US company": the main clause's arrangement still to be carried out
# (not "… agreed on an annex setting out how the deal is to be implemented", told inside another clause)
BE_TO_BE_DONE = re.compile(r"\W*(?:The|This|That|These|Those|Its|Their|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,6}?\s+"
                           r"(?P<be>(?:is|are)\s+to\s+be\s+[a-z]{3,}(?:ed|en|wn|t))\b")
# "…, the operator Wendlink has announced": a decision made public, which the sentence records
ANNOUNCED = re.compile(r"\b(?:announced|announces|confirmed|confirms)\b")


# "I am delighted to tell you that our breakfast club will open on 14 September": the feeling frames
# the news, and the news is the claim
# ("We welcome the commission's report, which found that the basin received 38% less rain …": a
# finding counted in what is welcomed)
FEELING_FRAMES_NEWS = re.compile(rf"\b(?:delighted|pleased|proud|glad|happy|sorry|sad|saddened)\s+{TO_TELL}\s+that\b"
                                  r"|\bwelcomes?\b[^.;]{0,80}?,?\s+(?:which|that)\s+(?:found|finds|showed|shows|confirmed|confirms)\s+that\b[^.;]*?\d",
                                  re.IGNORECASE)
POSSIBILITY = frozenset(("may", "might", "could"))
# what ought to be ("charges should be doubled from April"): a recommendation, whatever it dates or counts
OBLIGATION = frozenset(("should", "must", "ought to", "need to", "needs to"))
NOT_SO = POSSIBILITY | OBLIGATION
# "The Secretariat recommends that members apply …": a body arguing for an action, as of writing
RECOMMENDING_WORDS = ("recommends|recommend that|officers recommend|urges|calls on|is asked to|are asked to|is invited to|are invited to|"
                       "is recommended to|are recommended to|"
                       # a warning's advice in the passive: "Drivers are advised to allow an extra 20 minutes"
                       "are advised to|is advised to|are urged to|is urged to|are encouraged to|is encouraged to|are reminded to|"
                       "is asked whether|are asked whether|"
                       # a body's travel or health advice: "FCDO advises against all travel to …"
                       "advises against|advise against|advises people|advises anyone|advises all|"
                       # the writer's own request: "We ask the council to publish an employment land study"
                       "we ask the|we ask you|we would ask|we request that|we invite the")
RECOMMENDING = Phrases(RECOMMENDING_WORDS)
RESOLVES_TO = re.compile(r"\W*To\s+[a-z]{2,}\b")
# what takes the recommendation prior: the above, the author's own advice and the obligations
RECOMMENDS = Phrases("we recommend|i recommend|we urge|we propose|we call on|should|must|ought to|" + RECOMMENDING_WORDS)
# "Our customers expect more of us", "Parents expect better from the school": a standard held of
# someone, not a forecast
STANDARD_EXPECTED = re.compile(r"\bexpects?\s+(?:(?:much|far|a\s+lot|so\s+much)\s+)?(?:more|better|less|nothing\s+less|"
                               r"higher\s+standards|the\s+best|the\s+highest\s+standards)\s+(?:of|from)\b"
                               # ("Moscow expects loyalty; Washington expects sanctions to be enforced": a demand a side holds)
                               r"|\bexpects?\s+(?:loyalty|obedience|deference|gratitude|compliance|respect|concessions)\b"
                               r"|\bexpects?\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+be\s+(?:enforced|respected|"
                               r"honou?red|obeyed|upheld|observed)\b", re.IGNORECASE)


# "FCDO no longer advises against travel to Port Arlen", "Small items can no longer go in the bin": a
# state of affairs that has changed, checkable as it stands (not a view that has: "no longer believes"; nor
# one told in a relative clause, "The base is a relic of an arrangement that no longer works", which judges)
NO_LONGER_DOES = re.compile(r"\b(?<!will\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:can\s+|does\s+|do\s+)?no\s+longer\s+(?!(?:believes?|thinks?|feels?|considers?|"
                            r"expects?|trusts?|wants?|sees?)\b)(?:[a-z]+s|go|run|stop|take|offer|accept|need|have|drive|"
                            r"live|work|open|serve|call|use)\b")


# "Builders disagree.", "The board rejects that argument.": a side taken and nothing more
STANCE_ALONE = re.compile(r"\b(?:disputes?|disputed|rejects?|rejected|disagrees?|disagreed|denies|denied)"
                           # ("Shor, who lives in Moscow, denies any wrongdoing.")
                           r"(?:\s+(?:that|this|those|these|the|its|their|his|her)(?:\s+[a-z]+)?|\s+(?:any|all)\s+(?:wrongdoing|involvement|"
                           r"responsibility|knowledge|role|part|link|links|connection|claims?|allegations?|charges?)"
                           # ("The Kremlin denies any role in the vote.")
                           r"(?:\s+in\s+(?:the|its|their)\s+[a-z]+)?)?[\s.!\"”’]*$")
# "… did not respond to a request for comment", "declined to comment", "could not be reached for comment"
NO_COMMENT_WORDS = frozenset(("comment", "commented", "said", "give", "given", "provide", "provided", "replied", "responded", "confirmed"))
NO_COMMENT = re.compile(r"\b(?:did\s+not|didn[’']t|has\s+not|hasn[’']t|have\s+not)\s+(?:immediately\s+)?(?:respond|reply)(?:ed)?\s+to\s+"
                         r"(?:a\s+|our\s+|repeated\s+)?requests?\s+for\s+comment|\bdeclined\s+to\s+comment|"
                         r"\bcould\s+not\s+be\s+reached\s+for\s+comment|"
                         # "The ministry has not commented on that figure."
                         # ("Russia, which has a military base in Armenia, has not commented.": on nothing named)
                         # ("Azerbaijani officials have not commented publicly on the move.")
                         r"\b(?:has|have|did)\s+not\s+(?:yet\s+)?comment(?:ed)?(?:\s+(?:publicly|officially|further))?(?:\s+on\b|\s*[.;]?\s*$)|"
                         r"\b(?:hasn|haven|didn)[’']t\s+(?:yet\s+)?comment(?:ed)?(?:\s+(?:publicly|officially|further))?(?:\s+on\b|\s*[.;]?\s*$)|"
                         # ("Tbilisi offered … . Sukhumi has not replied.": an answer not given, to the offer just told)
                         + NO_REPLY.pattern + "|"
                         # "Moscow has not said how it will vote": what someone has not yet told (what a body "did
                         # not say" when it announced something is a gap in the account, and checkable)
                         r"\b(?:has|have)\s+not\s+(?:yet\s+)?said\s+(?:whether|how|when|if|what|why|where)\b|"
                         # ("The energy ministry has not confirmed the talks": reports left unconfirmed as of writing)
                         r"\b(?:has|have)\s+not\s+(?:yet\s+)?confirmed\s+(?:or\s+denied\s+)?(?:the|this|that|these|those|any)\s+"
                         r"(?:talks|reports?|meeting|deal|figures?|plans?|deaths?|arrests?|visit)\b|"
                         # ("Neither side said when flights would fully resume": the same, of both sides)
                         + NEITHER_SAID + "|"
                         # ("Police did not give a figure.", "He did not give a date.": what a source left out when asked)
                         r"\b(?:did|has|have)\s+not\s+(?:yet\s+)?(?:give|given|provide|provided)\s+(?:a|any)\s+(?:figure|date|number|"
                         r"timetable|timeline|toll|estimate|reason)\s*[.;]?\s*$",
                         re.IGNORECASE)


# "If Transnistria's supplies stop, the steel plant would have to shut": what a condition would bring,
# foretold (not a verdict put as one: "If it closed, that would be a mistake")
CONSEQUENCE_FORETOLD = re.compile(r"\W*(?:If|Unless|Should)\s[^,;:.]{3,160},\s+(?:[\w’'-]+\s+){1,10}?(?:would|will)\s+"
                                  r"(?!be\s+(?:better|worse|wrong|right|wise|unwise|fair|unfair|a\s+mistake|a\s+disaster|welcome)\b)"
                                  # ("… would be stretched": a consequence in the passive)
                                  r"(?:have\s+to\s+|need\s+to\s+|be\s+(?:forced|unable|able)\s+to\s+|also\s+|be\s+(?=[a-z]{3,}(?:ed|en|wn)\b))?[a-z]{3,}")
# "Without that section, the line cannot carry freight before 2030": what cannot happen before a day ahead
# (not what a treaty or a law forbids: "cannot close the base before 2044 without breaking the treaty")
CANNOT_BEFORE = re.compile(r"\bcan(?:not|[’']t)\b[^.;,]{0,60}\b(?:before|until|till)\s+(?:(?:the\s+end\s+of\s+)?\d{4}|[A-Z])"
                           r"(?![^.;]*\bwithout\s+(?:breaking|breaching|violating|leaving|withdrawing\s+from|amending|changing)\b)")


def cannot_before(sentence: str) -> re.Match | None:
    """What cannot happen before a day ahead, said of the sentence's own subject (not in a clause that qualifies a
    noun: "holding the treaty hostage to a referendum that cannot take place before 2027")."""
    m = CANNOT_BEFORE.search(sentence)
    return m if m and not qualifies_a_noun(sentence[:m.start()]) else None


# "If you travel against FCDO advice, your travel insurance could be invalidated": what may befall under
# a condition, foretold too (not what the reader or the writer may do: "If you are unhappy, you may ask
# for a review")
POSSIBLE_CONSEQUENCE = re.compile(r"\W*(?:If|Unless|Should)\s[^,;:.]{3,160},\s+(?!(?:you|we|I|they)\s)(?:[\w’'-]+\s+){1,8}?"
                                  r"(?:could|might|may(?=\s+(?:have\s+to|need\s+to|be|rise|fall|increase|drop|close|lose|cost|"
                                  r"face)\b))\s+(?:well\s+|also\s+|even\s+)?(?:have\s+to\s+|need\s+to\s+|be\s+)?[a-z]{3,}"
                                  # ("The EU could reimpose the measures if Pristina does not hold new elections": the
                                  # condition told after)
                                  r"|\W*(?!(?:You|We|I|They|you|we|they)\s)(?:[\w’'-]+\s+){1,8}?(?:could|might)\s+(?:well\s+|also\s+|even\s+)?"
                                  r"(?!have\b)[a-z]{3,}\b[^.;:]{0,160}?,?\s(?:if|unless)\s+(?!you\b)\w")


# "Option B would ask the EU asylum agency to deploy staff": what an option put for a decision does if chosen
# ("Under the plan, Serbia would not object to …": what a plan on the table provides, checkable against its text)
# "After that, the region faces rolling blackouts unless Chisinau steps in": what a side faces unless
# something is done, foretold
FACED_UNLESS = re.compile(r"\b(?:faces|face|risks|risk)\s+(?:[\w’'-]+\s+){1,6}?(?:unless|if)\s+\w")
OPTION_PUT = re.compile(r"\W*(?:(?:under\s+)?option\s+(?:[A-Z]|\d{1,2})\b,?\s+(?:[a-z]+\s+){0,4}?would\b"
                        r"|under\s+(?:the|this|that|its|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|deal|agreement|accord|"
                        r"arrangement|compromise|offer|settlement|framework)\s*,\s+[^.;]{0,80}?\bwould\b)", re.IGNORECASE)


# "A decision is due in March 2026", "The report is due next week": something expected by a time
# ahead ("due on receipt", "due in part to" name none)
# ("Eleven contracts are due for renewal in July 2027": what is due, then when)
# ("The alliance's next summit is due in Minsk in November": where, then when)
DUE_AHEAD = re.compile(rf"\b(?:is|are)\s+due\s+(?:for\s+[a-z]+\s+)?(?:(?:in|at)\s+(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?\s+)?(?:(?:in|on|by)\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAMES}|{WEEKDAY_NAMES}|\d|"
                        rf"the\s+(?:spring|summer|autumn|winter|new\s+year))|(?:next|this)\s+(?:week|month|year|spring|summer|"
                        rf"autumn|winter|{MONTH_NAMES}|{WEEKDAY_NAMES})"
                        # ("Kazakhstan's final report is due by the end of the year")
                        rf"|(?:by|before)\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:year|month|week|summer|spring|autumn|winter))")
# "The first bus arrives at 10.40am", "is now full by 8am": a time of day is as checkable as a date
CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)


def has_clock_time(sentence: str) -> bool:
    return ("am" in sentence or "pm" in sentence or ".m." in sentence) and CLOCK_TIME.search(sentence) is not None


# ("more than twice as likely to be persistently absent as their classmates")
# ("The reception centre is at twice its capacity")
MEASURED_RATIO = re.compile(r"\b(?:twice|half)\s+as\s+(?:many|much|[a-z]{3,})\s+(?:as|among|in|for|at|to)\b"
                             r"|\bat\s+(?:twice|double|half|three\s+times|four\s+times)\s+(?:its|their|the)\s+(?:capacity|normal|usual)\b",
                             re.IGNORECASE)


# "We assess with moderate confidence that …": an analyst's judgement, told as such
ASSESSED_WITH_CONFIDENCE = re.compile(r"\b(?:We|I)\s+assess\s+with\s+(?:low|moderate|medium|high)\s+confidence\s+that\b")
ASSESSED = frozenset(("we assess that", "i assess that", "we judge that", "i judge that", "in our assessment", "in my assessment",
                       "our assessment is"))


# ("Participants agreed that no single government can slow the decline": a view those at a meeting share;
# states that agree that a road will be built strike a deal)
_DISCUSSANTS_AGREED = r"\b(?:participants|panell?ists|speakers|experts|attendees|delegates)\s+(?:\w+\s+)?agreed\s+that\b"
# ("Most analysts think not.": thinking, like believing, holds a view)
BELIEVED = re.compile(r"\b(?:believes?|believed|think|thinks)\b(?!\s+(?:in|to\s+be\s+(?:the\s+)?(?:first|last|largest|oldest)|about|of|through|again)\b)"
                      # (and "thought", not "is thought to be", hearsay, nor "thought of" or "thought better of")
                      r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbe\s)\bthought\b(?!\s+(?:to|of|about|through|again|better|up|out|it\s+over)\b)"
                      r"|" + _DISCUSSANTS_AGREED +
                      # ("Diplomats in Pristina doubt it, pointing to ten years of missed deadlines": a doubt held)
                      r"|\b(?:doubts?|doubted)\s+(?:it|this|that|whether|the)\b"
                      # ("Several participants questioned whether a referendum could pass before the 2026 elections": what
                      # may come, doubted; "have questioned whether online panels overstate support" asks what is so)
                      r"|\bquestion(?:s|ed)?\s+whether\b(?=[^.;]{0,80}?\b(?:could|would|will|can|might|may)\b)",
                      re.IGNORECASE)
# the quotation marks a speaker's words open and close on
CLOSING_MARKS = " .,;!”\"’"
OPENING_MARKS = "\"“‘'"


# "Turkish Cypriot authorities say the road is needed to link the village to the north": a need a group
# claims is the position it takes
# ("argued that the region badly needs investment")
_NEEDED = re.compile(r"\b(?:is|are)\s+(?:still\s+|urgently\s+|badly\s+)?(?:needed|necessary|essential|vital)\b"
                     r"|\b(?:badly|urgently|desperately|sorely)\s+needs?\b", re.IGNORECASE)


def said_needed(sentence: str, grams: frozenset[str]) -> str | None:
    if grams.isdisjoint(("needed", "necessary", "essential", "vital", "needs", "need")):
        return None
    m = _NEEDED.search(sentence)
    return m.group(0) if m else None


# words that set a possibility ahead of the writing
AHEAD_WORDS = Phrases("due|next|coming|soon|later|upcoming|tomorrow|tonight|overnight|until|estimate|estimates|forecast|forecasts|projected|"
                       "by the weekend|this weekend|"
                      # ("could meet online by the autumn", "may be reached within weeks")
                       "by the spring|by the summer|by the autumn|by the fall|by the winter|by year end|"
                       "within hours|within days|within weeks|within months")
# "but formal meetings with Moscow remain unlikely": odds that hold as of writing, of what is to come
# ("A return to armed conflict remains improbable.")
ODDS_REMAIN = re.compile(r"\b(?:remains?|remained)\s+(?:still\s+|highly\s+|very\s+)*(?:(?:un)?likely|(?:im)?probable)\b(?=\s*(?:[,.;:!?)]|$))",
                         re.IGNORECASE)


ARGUING = Phrases("argue|argues|argued|contend|contends|insist|insists|maintain|maintains|submitted|submits")
TOO_AND_WORD = re.compile(r"\btoo\s+[a-z]{3,}")
SAY_NOW_OR_SAID = Phrases("say|said")
# "The inquiry found that …", "Inspectors concluded that …": a finding, told as found
_FOUND_THAT = r"\b(?:found|finds|concluded|concludes)\s+that\b"
FOUND_THAT = re.compile(_FOUND_THAT)
# "The study found that demand could justify the cable only if …": what a study found may be, its finding
STUDY_FOUND_COULD = re.compile(r"\b(?:study|report|survey|review|analysis|assessment|audit|inquiry)\s+(?:\w+\s+)?" + _FOUND_THAT
                               + r"[^.;]{0,80}?\b(?:could|may|might)\b", re.IGNORECASE)
# "A survey … found that only 3% would go back": what a poll found people would do is its finding
POLL_FOUND_WOULD = re.compile(r"\b(?:survey|poll|study|census|questionnaire)\b[^.;]{0,80}?\b(?:found|finds|showed|shows|suggested|suggests)\s+"
                              r"(?:that\s+)?[^.;]{0,60}?\bwould\b", re.IGNORECASE)
# "… describe the incursions as “unacceptable” but have not asked NATO to invoke Article 4": a deed done or
# not done, told beside a verdict
# (or in the past: "… called the move “a provocation” and summoned the Russian chargé d'affaires")
# (a call, a promise or more words told beside it are the speaker's position still: "… “shocking” and called for …")
# (the day between: "apologized for the “tragic incident” on December 28 but stopped short of …")
# (its teller named again by pronoun: "Moscow called the decision “unfriendly”, but it has not threatened to retaliate")
DEED_BESIDE = re.compile(r"[\"”’](?:\s+(?:on|in|last)\s+[\w ]{3,20}?)?\s*,?\s+(?:but|and)\s+(?:(?:it|they|he|she)\s+(?=ha[sdv]))?"
                         r"(?:(?:has|have|had)\s+(?:not|never)\s+[a-z]{3,}(?:ed|en|wn)"
                         r"|(?:(?:has|have|had)\s+(?:also\s+|since\s+)?)?"
                         r"(?!(?:called|promised|pledged|urged|demanded|vowed|warned|added|insisted|appealed|asked|offered|"
                         # ("called the day “historic” and thanked President Trump": a courtesy, no deed)
                         r"welcomed|praised|criticised|criticized|accused|blamed|thanked|congratulated|hailed|applauded|"
                         r"commended)\b)"
                         r"(?:[a-z]{3,}(?:ed|en|wn)|sent|left|met|kept|held|made|took|gave|set|cut|shut|put|sold|won|lost|built|paid))\b")

# "… said that the pipeline had been laid without permission in 1992 and that its repair was “a matter for
# the commissions”": a dated deed reported before the verdict, in a clause of its own, is checkable
DATED_DEED_BEFORE = re.compile(r"\bthat\s+[^“”\"]{5,200}?\b(?:(?:had|has|have)\s+(?:been\s+)?[a-z]{3,}|(?:was|were)\s+[a-z]{3,}(?:ed|en|wn|id|t))\b"
                               r"[^“”\"]{0,80}?\b(?:in|on|since)\s+(?:1[89]\d\d|20\d\d|\d{1,2}\s+[A-Z][a-z]+)\b[^“”\"]{0,60}?\band\s+that\b")


def reports_speech(grams: frozenset[str]) -> bool:
    return any(w not in ATTITUDE for w in REPORTING.all(grams))


def only_belief(grams: frozenset[str], sentence: str | None = None) -> bool:
    """ "Some hydrologists believe …": a belief is held, not stated as a fact (also when the telling words
    after the belief are its content: "believe the crisis shows the limits of …")."""
    if not REPORTING.any(grams):
        return False
    if not reports_speech(grams):
        return True
    first = _TELLING_OR_HOLDING.search(sentence) if sentence else None
    if first is not None and _HEARSAY_PASSIVE.match(sentence, first.start()):
        # "Some diplomats are said to doubt that …": hearsay passes on the attitude the verb after it names
        first = _TELLING_OR_HOLDING.search(sentence, first.end())
    return first is not None and (first.group(0).lower() in ATTITUDE
                                  or first.group(0).lower() == "agreed that" and _DISCUSSANTS_AGREED_RE.search(sentence) is not None)


_DISCUSSANTS_AGREED_RE = re.compile(_DISCUSSANTS_AGREED, re.IGNORECASE)
_TELLING_OR_HOLDING = re.compile(r"\b(?:" + REPORTING_VERBS + r")\b", re.IGNORECASE)
_HEARSAY_PASSIVE = re.compile(r"(?:said|reported|understood)\s+to\s+(?:have\s+)?(?=[a-z])", re.IGNORECASE)


# what may happen, asked after or doubted, is a doubt held rather than a forecast ("questioned whether a referendum
# could pass before the 2026 elections", as "doubt that a treaty can be signed before the end of the year")
COULD_HAVE_OR_DOUBTED = re.compile(COULD_HAVE.pattern + r"|\b(?:doubt(?:s|ed)?|question(?:s|ed)?)\s+(?:that|whether)\b", re.IGNORECASE)


# "Sandu won 42% in the first round … and will face Stoianoglo in a runoff on November 3": a deed done, then
# what is scheduled after it, told as one fact
# (a name in apposition before the deed: "The incumbent, Maia Sandu, received 42.5 per cent … and will face …")
DEED_THEN_SCHEDULE = re.compile(r"(?:[^,;:]{0,40}?,\s+[A-ZÀ-Þ][^,;:]{0,40}?,\s+)?[^,;:]{0,80}?\b(?:[a-z]{3,}ed|won|lost|took|made|held|met|sold|paid|left|"
                                r"got|gave|became|rose|fell)\b"
                                r"[^;:]{0,200}?\band\s+will\s+(?:now\s+)?(?:face|meet|hold|sit|go|stand|host|play|visit|travel|return|"
                                r"resume|reopen|start|begin|take\s+office)\b")

# "Armenia's GDP grew by 8.3% in 2023, the statistics committee said, and the central bank expects growth of
# about 6% this year", "Our income … fell by 18% this year, and we expect it to fall further": a counted deed
# done, with a forecast added after it, is told as a fact; so is a dated one ("Water levels have fallen since
# Wednesday, but more rain is forecast for next week")
# (an irregular past too: "We have cut business rates for 400 small firms, and we will do it again next year")
# (a dated measure compared, the day first: "Turnout on Monday night was lower than at the weekend, but organisers
# say the protests will continue")
COUNTED_DEED_THEN_FORECAST = re.compile(r"(?:[^,;:]{0,100}?\b(?:[a-z]{3,}ed|grew|rose|fell|fallen|won|lost|took|paid|sold|spent|cut|hit|shut|"
                                        r"began|made)\b[^,;:]{0,60}?"
                                        rf"(?:\d|\b(?:since|on|last)\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|week|month)\b)"
                                        rf"|[^,;:]{{0,60}}?\b(?:on|last)\s+(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|week|month)\b[^,;:]{{0,40}}?\b(?:was|were)\s+"
                                        r"(?:\w+\s+)?(?:lower|higher|smaller|larger|bigger|fewer|more|less)\s+than\b)[^;:]{0,120}?"
                                        r"(?:,\s*(?:and|but|though|while)|;)\s+[^,;:]{0,60}?\b(?:expects?|forecasts?|predicts?|"
                                        # ("has dropped by about 1.5 metres since 2005, and scientists warn it could fall by up to 9 metres")
                                        r"warns?|warned|will|"
                                        # ("… reached 5.6 billion cubic metres in 2024, and Gazprom has said they could rise …")
                                        r"(?:has\s+|have\s+)?said\s+(?:that\s+)?[^,;:]{0,40}?\b(?:could|would|may|might)\b)\b")


# "Armenia has agreed to reopen the railway, but insists it will keep full control of its border": a decision taken,
# told, with the side's stance on what follows added after it
DECIDED_THEN_STANCE = re.compile(r"[^,;:]{0,100}?\b(?:has|have)\s+(?:agreed|decided|voted|pledged|promised|offered)\s+to\s+[a-z]+\b"
                                 r"[^,;:]{0,80},\s+(?:but|and)\s+(?:insists?|says?|warns?|adds?)\b")


# "The deal would have let Russian investors buy property …": what a text that was dropped provided,
# checkable against it (not what might have been: "Fleet renewal would have brought levels down anyway")
# "The margin could hardly have been thinner": an emphasis on how things were, no possibility
COULD_HARDLY_HAVE = re.compile(r"\bcould\s+(?:hardly|scarcely|barely|not)\s+have\s+been\s+(?:any\s+)?[a-z]{3,}er\b")
PROVISION_DROPPED = re.compile(r"\W*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:deal|agreement|law|bill|plan|treaty|accord|proposal|"
                               # ("The law, signed by the governor in May, would have required …": a clause between)
                               r"amendment|decree|contract)(?:,\s+[^,;]{3,80},)?\s+would\s+have\s+(?:let|allowed|required|given|forced|banned|barred|"
                               r"obliged|granted|created|set\s+up|removed|cut|raised)\b")
WHETHER_ALONE = re.compile(r"\W*Whether\s(?![^,;:]*\b(?:is|are|was|were|remains?|remained|seems?|depends?|will|would|matters?)\b)[^,;:]+[.!]?\W*$")


# "Progress on the Aras bridge.", "Any US proposal for third-party management of the route.": an item with
# no verb of its own ("The commission meets on 9 December …" tells something)
_ITEM_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|did)\b"
                        r"|^\W*(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,2}?\s+[a-z]+s\b(?!\s+of\b)")


def verbless_item(sentence: str) -> bool:
    return len(sentence.split()) <= 16 and not _ITEM_VERB.search(sentence)


# "Overchuk warned that Armenia would lose access to cheap Russian gas if it left the Eurasian bloc": a
# consequence warned of is a forecast, whatever condition it is put under
_WARNED_WOULD = re.compile(r"\b(?:warned|warns|cautioned|cautions|threatened|threatens)\s+(?:that\s+)?[^.;:]{0,100}?\bwould\s+(?!have\b)[a-z]")


def warned_would(sentence: str, grams: frozenset[str]) -> str | None:
    return "would" if "would" in grams and _WARNED_WOULD.search(sentence) else None


# "The central bank kept its base rate at 18% on Friday, saying inflation … was still too high": the reason a dated
# or counted deed is given, in a participle after it; the deed is the claim, whatever its reason judges
REASON_AFTER_DEED = re.compile(r",\s+(?:saying|arguing|explaining|noting|citing|adding)\b")
