"""What quoted words do: a remark quoted whole that judges, a verdict in the speaker's own words, a
quotation after its lead-in, a request quoted whole."""
from __future__ import annotations

import re

from .judgement import JUDGING, SHOULD_WORDS
from .lexicon import EVALUATIVE, EXPRESSIVE, HEDGES, MONTH_NAMES
from .words import Phrases
from .words import grams as word_grams

# “One good month does not make a recovery,” said Priya Nair. — a remark quoted whole, with no
# figure or date in it: a view or a reaction more often than anything a fact-checker could check
# ("…,” she said.", "…,” one parent wrote.": the teller, in a few words, before the verb)
# (in single quotation marks too, as British papers print speech: "'We were told to sign,' said …")
QUOTED_REMARK = re.compile(r"""\s*(?:["“‘][^"“”‘]{3,300}["”’]|'[^"“”‘']{3,300}[,.!?]')"""
                           # (a teller named with a title between commas: ', a senior adviser, Ali Akbar Velayati, said')
                           r"""\s*(?:[,.]?\s*(?:[A-Za-z][\w’'.-]*,?\s+){0,6}?(?:said|says|added|told|wrote|writes|according)\b"""
                           r"""[^"“”]{0,80})?$""")
# '"It shows the talks are alive," said Olesya Vartanyan of the International Crisis Group': a remark
# quoted whole from an analyst, a researcher or a think tank is their reading, not a report
ANALYST_QUOTED = re.compile(r"[\"”’]\s*,?\s+(?:said|says|added|wrote|writes)\s+[^\"“”]{0,60}?\b(?:analysts?|researchers?|experts?|"
                            r"fellow|professor|lecturer|political\s+scientist|International\s+Crisis\s+Group|think[\s-]tank|"
                            r"of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:Institute|Centre|Center|Foundation))\b")
# a deed told in the past inside the quoted words ("Moscow spent …", "they closed …"): a report, whoever tells it
DEED_TOLD = re.compile(r"\b(?:[a-z]{3,}ed|spent|paid|sent|took|gave|made|won|sold|bought|built|stole|broke|fled|fought|began|went|came)\b")
# "said the result was “disappointing but not a surprise”": a verdict in the speaker's words
_QUOTED_FRAGMENT = re.compile(r"[\"“‘](?P<words>(?:[^\"“”‘’\s]+\s){0,5}[^\"“”‘’\s]+)[\"”’]")
_MAX_FRAGMENTS = 4
# (what a thing is made "into": 'said the EU was turning Moldova into "a second Ukraine"')
_QUOTED_PREDICATE = re.compile(r"\b(?:was|is|were|are|been|as|called\s+it|would|will|into)\s+[\"“‘](?P<words>[^\"“”‘’]{3,60})[\"”’]")
# "told me the decision was “a gift to the developer”": what a thing is likened to, in the speaker's
# words, is their verdict on it ("the two sides were “not far apart”" describes, and so does a kind
# of thing spelt out by its own clause, "“a one-off that should not be counted twice”")
_QUOTED_LIKENESS = re.compile(r"(?:a|an)\s+(?![\d£$€])(?![^\d]*\b(?:that|which|who)\b)[^\d]*$", re.IGNORECASE)
# 'said it was “the proudest day of my career”': the speaker's own best or worst of something
_QUOTED_SUPERLATIVE = re.compile(r"the\s+(?:proudest|happiest|saddest|best|worst|greatest|finest|hardest|toughest|darkest|"
                                 r"brightest|most\s+[a-z]+)\b(?![^\d]*\d)", re.IGNORECASE)
# '"This is the most exciting day of my career"': a superlative measured against the speaker's own life
_OWN_SUPERLATIVE = re.compile(r"\bthe\s+(?:proudest|happiest|saddest|best|worst|greatest|finest|hardest|toughest|darkest|"
                              r"brightest|most\s+[a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:of\s+(?:my|our)\s+(?:career|life|lives|time)\b"
                              r"|(?:I|we)(?:['’]ve|\s+have)\s+ever\b)", re.IGNORECASE)
_VERDICT_WORDS = Phrases("missed chance|missed chances|missed opportunity|missed opportunities|let down|clear result|clear mandate|"
                         # ('wrote that the law "copies the best European practice"': a law judged by a standard)
                         "best practice|best european practice|european standards|"
                         # ('said the opening showed that normalisation was "on track"': progress judged)
                         "on track|off track|back on track|a small step|a big step|a giant step|step forward|"
                         "the squeeze|the pinch|out of road|only way forward|the only option|"
                         "once in a|"  # ("a once-in-a-generation chance", as the words read it)
                         "inconvenient|dangerous|unsafe|disappointing|surprise|disgrace|shameful|outrageous|excellent|fantastic|terrible|awful|"
                         "unacceptable|ridiculous|absurd|scandal|scandalous|betrayal|shambles|farce|fair|unfair|"
                         # a case called a persecution ('"This is a political persecution," his lawyer told reporters')
                         "persecution|witch hunt|vendetta|show trial|"
                         # signs or rules called hard to follow ('caught by "confusing" signs')
                         "confusing|baffling|misleading|bewildering|"
                         # a thing judged fit or unfit for its use ('beds were "no longer fit for purpose"')
                         "fit for purpose|not fit for|unfit for|"
                         "reckless|irresponsible|welcome|encouraging|worrying|good news|bad news|great|appalling|"
                         "serious|sustained|inexcusable|negligent|unforgivable|exemplary|unwelcome|false economy|trivial|"
                         "a waste|wasteful|nonsense|madness|short sighted|misguided|wrong headed|mistake|folly|cynical|"
                         "insult|insulting|slap in the|disastrous|catastrophic|laughable|pathetic|shocking|"
                         "vindictive|heartless|cruel|unjustified|unjustifiable|unfounded|devastating|heartbreaking|"
                         "tragic|dire|grim|alarming|staggering|astonishing|remarkable|regrettable|unfortunate|"
                         # a tribute: what someone was like ("She was fearless, and she was usually right")
                         "fearless|brave|courageous|generous|inspirational|inspiring|wonderful|brilliant|formidable|"
                         "tireless|selfless|irreplaceable|larger than life|force of nature|usually right|always right|"
                         # a figure of speech that judges ("makes a mockery of", "turning the corner")
                         "mockery|turning the corner|turned the corner|flatter the|flatters the|a whitewash|whitewash|"
                         # a sentence's or a deed's meaning judged ("sends a clear message", "a family has paid the price")
                         "clear message|strong message|sends a message|send a message|paid the price|pay the price|"
                         "was the heart|is the heart|"
                         # a deed named as an assault on something held dear ("an attack on our democracy")
                         "on our democracy|to our democracy|attack on democracy|assault on democracy|affront to|"
                         "a blow to|strike a blow|dealt a blow|"
                         # ("You have given a lesson in democracy": praise in a figure of speech)
                         "a lesson in|an example to|a model for|"
                         # a day or a step called a milestone ('"Today is a historic day for Moldova"')
                         "historic day|historic moment|historic step|historic decision|historic achievement|turning point|"
                         # ('"This is a goodwill gesture toward the Georgian people," Peskov told reporters')
                         "goodwill gesture|gesture of goodwill|a good gesture|"
                         # ("considers the closure of the border … a red line": a limit a side sets)
                         "a red line|red lines|"
                         # ('blames Brussels for "blackmail"': a deed named as a crime, in the speaker's word)
                         "blackmail|extortion|sabotage|provocation|"
                         # ('"This was a deliberate, ethnically motivated killing"': a death named a crime and its motive)
                         "ethnically motivated|racially motivated|deliberate killing|cold blooded|act of terror|act of terrorism|"
                         # a side's conduct judged in a diplomat's word ('said Baku's actions were «unfriendly»')
                         "unfriendly|provocative|counterproductive|unconstructive|unprecedented|"
                         # an attitude in the speaker's own word ("said it was “confident” of meeting the rules")
                         "confident|optimistic|hopeful|pessimistic|concerned|worried|alarmed|troubled|dismayed|"
                         # how hard a call was, or how talks went, in the speaker's words ("had been “finely balanced”")
                         "finely balanced|knife edge|close call|constructive|productive|"
                         # a quality denied in the speaker's words ("were “hardly typical”", "“far from perfect”")
                         "hardly|far from|anything but|"
                         # what a thing is worth the money ("was “not affordable this side of an election”")
                         "not affordable|unaffordable|value for money|poor value|"
                         # a choice judged ("was “spending money on the wrong things.”")
                         "the wrong things|the wrong priorities|wrong priorities|the right priorities|"
                         # a conduct judged ('had shown "a cavalier attitude to safety"')
                         "cavalier|complacent|complacency|careless|callous|lax|slapdash|blatant|flagrant|disregard|"
                         # bad faith charged ('wrote that Armenia "keeps inventing new preconditions"')
                         "inventing|invents new|invented new|pretext|pretexts|excuses|stalling|dragging its feet|dragging their feet|"
                         # a plight in the speaker's figure of speech ('had been "on the brink of a humanitarian catastrophe"')
                         "on the brink|brink of|catastrophe|disaster")


def quoted_verdict(sentence: str) -> str | None:
    """A verdict in the speaker's quoted words: "said the result was “disappointing”", or a remark
    quoted whole that is one ("“These figures are a national scandal,” said Helen Ward")."""
    if not ('"' in sentence or "“" in sentence or "‘" in sentence):
        return None
    m = _QUOTED_PREDICATE.search(sentence)
    if m and (_VERDICT_WORDS.any(word_grams(m.group("words"))) or _QUOTED_LIKENESS.match(m.group("words"))
              or _QUOTED_SUPERLATIVE.match(m.group("words"))):
        return m.group("words")
    whole = QUOTED_REMARK.match(sentence) or LEAD_IN_QUOTE.match(sentence)
    if whole and _VERDICT_WORDS.any(word_grams(whole.group(0))):
        return whole.group(0).strip()
    judged = _QUOTE_OPENS_JUDGING.search(sentence)
    if judged and (_VERDICT_WORDS.any(word_grams(judged.group("words"))) or _AN_END_DECLARED.match(judged.group("words"))):
        return judged.group(0).strip(" “\"‘")
    if own := _OWN_SUPERLATIVE.search(sentence):
        return own.group(0)  # '"This is the most exciting day of my career," said …': the speaker's own best
    # 'said the decision "makes a mockery" of the process': a few quoted words that judge, wherever
    # they stand in the sentence
    # (not a term quoted as the subject of what follows: 'apologised that the "tragic incident" had occurred …')
    fragment = next((m.group("words") for m in list(_QUOTED_FRAGMENT.finditer(sentence))[:_MAX_FRAGMENTS]
                     if _VERDICT_WORDS.any(word_grams(m.group("words"))) and not _TERM_AS_SUBJECT.match(sentence, m.end())), None)
    return fragment


_TERM_AS_SUBJECT = re.compile(r"\s+(?:had|has|was|were|is|are|would|will)\s+(?:been\s+)?[a-z]{3,}(?:ed|en|wn|red)\b")


# ('"This is the end of free television in Georgia," said …': an end declared, as the speaker sees it)
_AN_END_DECLARED = re.compile(r"the\s+(?:end|death)\s+of\b", re.IGNORECASE)
# 'Fiona MacRae said: “This is good news for the 18,000 people …': a quotation that opens with a verdict
_QUOTE_OPENS_JUDGING = re.compile(r"[\"“‘](?:This|That|It)(?:\s+(?:is|was|has\s+been|will\s+be|would\s+be)|['’]s)\s+"
                                  r"(?P<words>(?:[\w’'-]+\s+){0,2}[\w’'-]+)")


# what makes a remark quoted whole judge: a word that judges, hedges or advises, or "nobody"
_UNIVERSAL = Phrases("nobody|no one")
# ("… and nobody has surveyed the mountain sections yet", "No one was hurt": a deed nobody did is checked, not judged)
_NO_ONE_DID = re.compile(r"\b(?:nobody|no\s+one)\s+(?:has|have|had|was|were)\s+(?:yet\s+|ever\s+|been\s+)?"
                         r"(?:[a-z]{3,}ed|seen|been|done|taken|given|hurt|killed|found|paid|built|made|won|lost)\b", re.IGNORECASE)
# a spokesperson's stock phrases, which tell of effort or care and state nothing to check: "We are
# doing everything we can", "We have not taken this decision lightly", "going above and beyond"
_STOCK_REMARK = Phrases("everything we can|everything they can|everything i can|in our power|everything possible|"
                        "above and beyond|decision lightly|taken lightly|take lightly")
# 'Councillor Ravi Mehta said: "Most landlords do the right thing.': a quotation after its lead-in
# (a tabloid's "fumed:", "raged:" too)
LEAD_IN_QUOTE = re.compile(r"[^\"“”]{3,160}\b(?:said|says|added|told\s+[\w ]{2,30}|fumed|raged|blasted|slammed|insisted|warned|"
                           r"explained|admitted|declared)\s*:\s*[\"“‘][^\"“”]{3,300}[\"”’]?\s*$")


# '"Please do not travel unless you have to," said …': a request quoted whole
_QUOTED_REQUEST = re.compile(r"\s*[\"“‘](?:please|do\s+not|don['’]t)\b", re.IGNORECASE)


# '"Demand has been exceptionally strong," she said': a quality turned up by an intensifier is weighed, not
# measured ("… higher than it has ever been" compares, and can be checked)
_INTENSIFIED = re.compile(r"\b(?:exceptionally|incredibly|extremely|hugely|immensely|remarkably|unbelievably|tremendously|"
                          r"enormously|truly|utterly)\s+(?!(?:well|much|many|few|little|than)\b)[a-z]{3,}", re.IGNORECASE)
_COMPARED = re.compile(r"\b[a-z]+er\s+than\b|\bmore\s+than\b|\bever\b", re.IGNORECASE)
# "Patient volumes were strong across all of our markets", "Demand remains strong": a state of trade
# judged in the speaker's own words
_STATE_JUDGED = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|remains?|remained)\s+(?:very\s+|particularly\s+|"
                           r"really\s+|extremely\s+)?(?:strong|weak|robust|solid|resilient|healthy|encouraging|disappointing|"
                           r"sluggish|subdued)\b"
                           # "… but across a whole population it matters": what counts, weighed
                           r"|\b(?:it|this|that|what)\s+(?:really\s+|still\s+)?matters\b"
                           # '"This is a matter of Finland's national security," Orpo told reporters': what is at
                           # stake, named
                           r"|\b(?:is|was|are|were)\s+(?:not\s+)?(?:simply\s+|purely\s+|only\s+)?a\s+(?:matter|question)\s+of\s+"
                           r"(?:[\w’']+\s+){0,2}(?:security|principle|survival|honou?r|dignity|sovereignty|life\s+and\s+death)\b"
                           # ('"The releases are a bargaining chip, not a change of course,"': a thing framed against another)
                           r"|\b(?:is|are|was|were)\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?,\s+not\s+(?:a|an)\s+[\w-]+",
                           re.IGNORECASE)


# '"Protecting children online is not unconstitutional," he said', '"The Act is akin to a law that …"':
# a verdict on what is lawful, a likeness drawn, a thing's worth or cost weighed, in the speaker's words
_LAWFULNESS_OR_LIKENESS = Phrases("unconstitutional|unlawful|illegal|illegitimate|akin to|tantamount to|no different from|"
                                  # ('"This is a landmark study"', '"the drug is expensive"': worth and cost weighed)
                                  "landmark|milestone|game changer|breakthrough|expensive|costly|overpriced")
# what a quotation counts or dates, in its own words (a telling's "on Tuesday" or "in a 37-page opinion"
# after it counts nothing the speaker said)
_FIGURE_IN_WORDS = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                              r"hundred|thousand|million|billion|half|quarter|dozen|percent|per\s+cent|year|years|month|months|week|"
                              r"weeks|day|days|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                              rf"{MONTH_NAMES})\b", re.IGNORECASE)
_QUOTED_WORDS = re.compile(r"""\s*["“‘]([^"“”‘]{3,300})["”’]""")


def figures_only_outside_quote(sentence: str) -> bool:
    """A remark quoted whole whose own words count and date nothing ('"…," Pitman wrote in a 37-page opinion')."""
    quoted = _QUOTED_WORDS.match(sentence)
    return quoted is not None and not _FIGURE_IN_WORDS.search(quoted.group(1))


def remark_judges(sentence: str, grams: frozenset[str]) -> str | None:
    return (EVALUATIVE.first(grams) or JUDGING.first(grams) or EXPRESSIVE.first(grams) or HEDGES.first(grams)
            or _LAWFULNESS_OR_LIKENESS.first(grams)
            or (_UNIVERSAL.first(grams) if not _NO_ONE_DID.search(sentence) else None) or SHOULD_WORDS.first(grams) or _STOCK_REMARK.first(grams)
            or ((request := _QUOTED_REQUEST.match(sentence)) and request.group(0).strip(" \"“‘"))
            or ((intensified := _INTENSIFIED.search(sentence)) and not _COMPARED.search(sentence) and intensified.group(0))
            or ((judged := _STATE_JUDGED.search(sentence)) and judged.group(0)))
