"""Sentences about the future that are read otherwise all the same: a feeling foreseen, a document's terms, a
deal's terms, a share said, a motive read, an expectation dismissed, what is not known yet, a doubt told, a hope
held, a question left open, a course urged to answer, a comment refused."""
from __future__ import annotations

import re

_FEELING_FORESEEN = re.compile(r"\b(?:I|[Ww]e)\s+(?:know|understand|realise|realize|appreciate|recognise|recognize)\s+(?:that\s+)?"
                               r"(?:this|it|the\s+news|this\s+news|these\s+changes|the\s+decision|this\s+decision)\b[^.;]{0,30}?\bwill\b")
_DOCUMENT_PROVIDES = re.compile(r"\W*(?:under\s+[^,]{2,40},\s+)?(?:the|its|this|their)\s+(?:[\w’'-]+\s+){0,2}?(?:agreement|treaty|accord|deal|"
                                r"contract|law|act|constitution|rules|regulations|charter|licence|license|protocol|ceasefire|"
                                r"lease|guidance|code)\s+(?:says|states|provides|stipulates|requires|allows|sets\s+out)\b",
                                re.IGNORECASE)
# "Under a deal struck with the opposition, the vice-president will run the region until …": what a
# deal settles, checkable against its terms
# ("Under the framework initialled in Washington on August 8, the United States will hold … rights": a framework
# or a memorandum settles terms as a deal does)
UNDER_A_DEAL = re.compile(r"\W*Under\s+(?:a|an|the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:deal|agreement|accord|arrangement|declaration|pact|"
                           r"compromise|treaty|settlement|plan|proposal|terms|framework|memorandum|contract)\b[^,;.]{0,60},\s+[^.;:]{0,160}?"
                           r"\b(?:will|would|is\s+to|are\s+to)\b")
# ("Russian troops will remain on Armenia's borders … under a 1992 treaty": the deal named at the end)
# (a change it brings is foreseen: "Bills will keep rising each year until 2030, under a settlement …")
_UNDER_A_DEAL_CLOSING = re.compile(r"\b(?:will|would|is\s+to|are\s+to)\s+(?!(?:keep\s+|continue\s+to\s+)?(?:rise|rising|fall|falling|"
                                   r"increase|increasing|decrease|decreasing|grow|growing|drop|dropping|double|halve)\b)"
                                   r"[^.;:]{0,120}?\bunder\s+(?:a|an|the|this|its|their)\s+"
                                   r"(?:\d{4}\s+)?(?:[\w’'-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|declaration|arrangement|"
                                   r"settlement)\b[^,;]{0,40}[.!]?\s*$")
# ("Russia will provide Abkhazia with 7.5 billion roubles …, according to a draft agreement": a document's terms)
_PER_DOCUMENT = re.compile(r"\b(?:will|would)\b(?:[^.;:]|\.(?=\d)){0,160}?,?\s+according\s+to\s+(?:a|an|the|its|their)\s+(?:draft\s+|leaked\s+|new\s+|"
                           r"signed\s+|internal\s+|final\s+|agreed\s+)?(?:agreement|deal|treaty|budget|contract|plan|document|decree|law|report|"
                           r"strategy|proposal|text|declaration|communiqué|communique)\b"
                           # ("…, a decree signed by Vladimir Putin shows": the document named after the comma)
                           r"|\b(?:will|would)\b(?:[^.;:]|\.(?=\d)){0,160}?,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:decree|agreement|treaty|"
                           r"document|law|budget|contract|order|draft)\b[^,;.]{0,60}?\s(?:shows|says|states|stipulates|provides)\s*[.!]?\s*$")
_SHARE_SAID = re.compile(r"\W*(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+|only\s+)?\d[\d.,]*\s?"
                         r"(?:%|per\s*cent)\s+(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:said|say|told)\b", re.IGNORECASE)
_MOTIVE_READ = re.compile(r"\b(?:is|are|was|were)\s+(?:betting|banking|gambling|counting)\s+(?:on|that)\b", re.IGNORECASE)
_JUDGING_ADVERB = re.compile(r"\b(?:rightly|wrongly|rightfully|unfairly|unjustly|deservedly|understandably)\b", re.IGNORECASE)
# What a sentence that speaks of the future tells all the same, in this order: (pattern, matched at the
# start, kind, why)
# the opening of an impersonal frame, after a conjunction or not: "It is …", "But it is …"
_IT_OPENS = r"\W*(?:(?:But|And|Yet|So)\s+)?"
# "It is naive to think Georgia will be different": the expectation is dismissed, a view and no forecast
_EXPECTATION_DISMISSED = re.compile(_IT_OPENS + r"(?:[Ii]t\s+(?:is|was|would\s+be)|[Ii]t[’']s)\s+(?:(?:very|simply|plainly|surely|dangerously)\s+)?"
                                    r"(?:na[iï]ve|foolish|wrong|mistaken|a\s+mistake|an\s+illusion|unrealistic|absurd|fanciful|"
                                    r"delusional|wishful\s+thinking|folly)\s+to\s+(?:think|believe|expect|assume|imagine|hope|suppose)\b")
# "It is unclear whether Serbia will hand Radoicic over": what is not known as of writing, as "remains
# unclear" is, and no forecast
# (the words, shared with time sensitivity, where the same sentences stay open as of writing)
NOT_YET_KNOWN = r"(?:unclear|uncertain|unknown|not\s+(?:yet\s+|immediately\s+)?(?:clear|known))"
# the question word a clause whose answer is not known opens on: "How long the base will stay is unclear"
UNKNOWN_ANSWER_OPENS = r"\W*(?:How|Whether|When|Who|What|Why)\b[^.;:]{3,160}?\b(?:is|remains)\s+(?:still\s+)?"
_NOT_KNOWN_YET = re.compile(_IT_OPENS + r"[Ii]t\s+(?:is|was|remains)\s+(?:still\s+|also\s+)?" + NOT_YET_KNOWN + r"\s+(?:whether|if|when|how|who)\b"
                            r"|" + UNKNOWN_ANSWER_OPENS + NOT_YET_KNOWN + r"\s*[.!]?\s*$")
# "It is far from certain that the new leadership will be any less dependent on Moscow": a doubt the writer holds
# the hedge a doubt is weighed in, no odds given: "far from certain", "by no means clear"
_FAR_FROM = r"(?:far\s+from|by\s+no\s+means|anything\s+but|not\s+at\s+all)"
_DOUBT_TOLD = re.compile(_IT_OPENS + r"[Ii]t\s+(?:is|remains|seems)\s+(?:(?:" + _FAR_FROM + r"|hardly)\s+(?:certain|clear|obvious|assured|guaranteed)"
                         r"|not\s+(?:certain|obvious|assured|guaranteed))\s+(?:that|whether)\b")
# "I am not optimistic that either will happen soon": the writer's doubt of what may come, held as an attitude
_DOUBT_FELT = re.compile(r"\W*(?:We|I)\s+(?:am|are|[’']m|[’']re)\s+(?:not|far\s+from|less\s+than)\s+(?:very\s+|at\s+all\s+|entirely\s+)?"
                         r"(?:optimistic|hopeful|confident|convinced|sure)\s+(?:that|about\s+whether)\b")
# "We hope that the Armenian side will take the necessary steps without delay": a hope the writer holds
_HOPE_HELD = re.compile(r"\W*(?:We|I)\s+(?:(?:also|sincerely|very\s+much|strongly|still)\s+)?(?:hope|trust|wish)\s+(?:that\s+)?(?!to\b)")
# "Residents … said they hoped trade would resume quickly": a hope reported, held by who tells it
_HOPE_TOLD = re.compile(r"\b(?:said|say|says|told\s+\w+)\s+(?:that\s+)?(?:they|he|she|it|we)\s+(?:still\s+)?(?:hoped|hope|hopes)\s+"
                        r"(?:that\s+)?(?!to\b)")
# "How long Yerevan will tolerate it is another question", "Whether it will do so is another matter": what is to
# come, put as a question left open
_LEFT_OPEN = re.compile(r"\W*(?:How|Whether|When|Who|What|Why|If)\b[^.;:]{3,160}?\b(?:(?:is|remains)\s+(?:still\s+)?(?:another|a\s+different|"
                        r"an\s+open|a\s+separate|the\s+(?:big|real|key)|a\s+(?:big|real|key))\s+(?:question|matter)|remains\s+to\s+be\s+seen|"
                        r"is\s+anyone[’']s\s+guess|"
                        # ("Whether demand will follow is far from certain.": a doubt weighed, no odds given)
                        r"is\s+(?:still\s+)?" + _FAR_FROM + r"\s+(?:certain|clear|assured|guaranteed))"
                        # ("It remains to be seen whether the new government will change course": the same, the question last)
                        r"|\W*It\s+(?:still\s+)?remains\s+to\s+be\s+seen\s+(?:whether|if|how|when|what)\b"
                        # ("The real question is what Brussels will do.")
                        r"|\W*The\s+(?:real|big|key|open|bigger)\s+question\s+(?:now\s+)?is\s+(?:what|whether|how|when|who|why)\b")
# "The Government should set out, within three months, how it intends to support a peace agreement": a
# course urged, the future only in the question it is to answer
_URGED_TO_ANSWER = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:[\w’'-]+,?\s+){1,12}?(?:how|what|when|whether|why|where)\s+(?:it|they|he|she|we|"
                              r"the\s+[\w-]+)\s+(?:intends?|plans?|will|would|is\s+going)\b")
# "I will not comment on characterisations.": a spokesperson's refusal, no forecast
_COMMENT_REFUSED = re.compile(r"\W*(?:I|We)\s+(?:will\s+not|won[’']t|shall\s+not|would\s+not|wouldn[’']t)\s+comment\b")
# "Pashinyan said Armenia did not intend to expel the Russian base": an intention disowned, told as a position held
_INTENT_DISOWNED = re.compile(r"\b(?:said|says|say|told\s+\w+|stated|insisted|assured\s+\w+)\s+(?:that\s+)?[^.;:]{2,60}?\b"
                              r"(?:did|does|do)\s+not\s+intend\s+to\b")
# "Georgian Dream says the law is modelled on the US Foreign Agents Registration Act and will make funding
# transparent": where a text comes from, checkable against the text it is said to copy, told before what it will do
_ORIGIN_TOLD = re.compile(r"\b(?:said|says|say|argues|argued|insists|insisted)\s+(?:that\s+)?[^.;:]{2,60}?\b(?:is|was|are|were)\s+"
                          r"(?:closely\s+|largely\s+|partly\s+)?(?:modell?ed|based|copied|drawn)\s+(?:on|from)\b")
_FUTURE_READ_OTHERWISE = (
    (_COMMENT_REFUSED, True, "opinion", "a comment refused"),
    # "I know this will worry some of you", "We know this will disappoint regular users"
    (_FEELING_FORESEEN, False, "opinion", "how the news will be taken, acknowledged"),
    # "The agreement says the mandate will be extended automatically unless either side objects": checkable
    # against the agreement's text
    (_DOCUMENT_PROVIDES, True, "fact", "what a document provides"),
    (UNDER_A_DEAL, True, "fact", "what a deal settles"),
    (_UNDER_A_DEAL_CLOSING, False, "fact", "what a deal settles"),
    (_PER_DOCUMENT, False, "fact", "what a document provides"),
    # "58% said they would accept shorter hours if all branches stayed open": a survey's finding
    (_SHARE_SAID, True, "fact", "a share of those asked said so"),
    # '"Customers will rightly ask what they are getting for their money"': a verdict on what will be done
    (_JUDGING_ADVERB, False, "opinion", "a verdict in an adverb"),
    # '"The junta is betting that Moscow will protect it"': a reading of someone's motives
    (_MOTIVE_READ, False, "opinion", "a reading of someone's motives"),
    (_EXPECTATION_DISMISSED, True, "opinion", "an expectation dismissed"),
    (_DOUBT_TOLD, True, "opinion", "a doubt held"),
    (_DOUBT_FELT, True, "opinion", "a doubt held"),
    (_HOPE_HELD, True, "opinion", "a hope held"),
    (_HOPE_TOLD, False, "opinion", "a hope held"),
    (_URGED_TO_ANSWER, False, "opinion", "a course urged"),
    (_LEFT_OPEN, True, "opinion", "a question left open"),
    (_NOT_KNOWN_YET, True, "fact", "what is not known as of writing"),
    (_INTENT_DISOWNED, False, "fact", "an intention disowned, a position told"),
    (_ORIGIN_TOLD, False, "fact", "where a text comes from, told"),
)


def future_read_otherwise(sentence: str) -> tuple[str, str] | None:
    """The kind and the reason a sentence about the future takes all the same, or None."""
    for pattern, at_start, kind, why in _FUTURE_READ_OTHERWISE:
        if m := (pattern.match(sentence) if at_start else pattern.search(sentence)):
            return kind, f"{why}: '{m.group(0).strip()}'"
    return None
