"""Layout rules shared by every input format: what a heading, a byline or boilerplate looks like."""
from __future__ import annotations

import re

from ..lexicon import MONTH_NAMES, WEEKDAY_NAMES
from .closing_lines import is_closing_line
from .furniture import BOILERPLATE, PRODUCTION_CUE, SCRIPT_CLIP_LINE
from .letter_lines import SIGN_OFF
from .line_dates import DATELINE, ends_in_date, published_in
from .quotations import quote_key

# (a bracketed part of the address itself is kept whole: "…/S/RES/2674(2023)", "…/wiki/Cyprus_(island)")
URL = re.compile(r"""(?:https?://|www\.)(?:[^\s<>"'“”‘’\]()]|\([^\s<>"'“”‘’()]*\))+""", re.IGNORECASE)
URL_LINE = re.compile(r"""^\s*(?:https?://|www\.)\S+\s*$""", re.IGNORECASE)
# a wrapped title's line that stops on an article, a preposition or a conjunction goes on below
UNFINISHED_TITLE = re.compile(r"\b(?:a|an|the|of|and|or|for|to|in|on|at|by|with|without|from|into|over|after|before|between|"
                              r"against|under|its|their|how|why|what|is|are)\s*$", re.IGNORECASE)
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# the printer's marks a note may be called by after a sentence ("… of 2023.†")
PRINTER_MARKS = "†‡§¶"
# (a full stop then a footnote's number, a printer's mark or a raised numeral, "2024.†", "2024.ii", but
# not "Flash Update No. 3": an abbreviation before its number)
SENTENCE_END = re.compile(rf"""[.!?…]["'”’»)\]]*\s*(?:\[\d{{1,3}}\]|[{PRINTER_MARKS}]{{1,2}}|[{SUPERSCRIPT_DIGITS}]{{1,3}}|(?<=[.!?…])[ivx]{{1,4}})?$"""
                          r"""|(?<!\bNo)(?<!\bNos)(?<!\bVol)[.!?…]["'”’»)\]]*\s*\d{1,2}$""")
REFERENCE_HEADINGS = re.compile(
    r"^(references?|sources?|notes|footnotes|endnotes|bibliography|works cited|further reading|citations|links"
    # ("Data sources", "Sources and notes")
    r"|(?:data|main|key|primary)\s+sources|sources\s+and\s+(?:notes|methods?|methodology|references)"
    # ("For More Information" over a list of links, as a press release closes)
    r"|(?:for\s+)?(?:more|further)\s+information|useful\s+links)$",
    re.IGNORECASE,
)
# a section of terms and what they stand for ("Glossary", "Abbreviations", "Key terms"): definitions, no claims
GLOSSARY_HEADINGS = re.compile(r"^\W*(?:glossary(?:\s+of\s+terms)?|(?:list\s+of\s+)?(?:abbreviations|acronyms)(?:\s+(?:and|&)\s+"
                               r"(?:acronyms|abbreviations|terms))?|key\s+terms|terms\s+used(?:\s+in\s+this\s+\w+)?|definitions)\W*$",
                               re.IGNORECASE)
# (a release's closing "About Kelby Energy" and its media contacts: the issuer's standing description;
# a post's reader comments: "Comments (3)", "Leave a reply")
# ("ENDS" closes a release; "ends" in lower case is the last word of a title wrapped onto a line of its own)
END_OF_BODY = re.compile(r"^((?-i:ENDS|Ends)\.?|-+\s*ends\s*-+|#{3}|contributing|how\s+to\s+contribute|-\s*30\s*-|notes to editors:?|editor'?s'? notes?:?|(?:media|press)\s+contacts?:?|"
                         r"about\s+(?:the\s+)?(?-i:[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][\w&.'’-]*){0,5})|(?:reader\s+)?comments?(?:\s*\(\d+\))?|"
                         r"\d+\s+comments?|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:discussion|conversation)|"
                         # a social post's comments under the order they are sorted in, copied as text
                         r"most\s+relevant|top\s+comments|all\s+comments|newest(?:\s+first)?|oldest(?:\s+first)?|"
                         # a think tank's closing sections: "About the author", "Cite this", "How to cite this publication"
                         r"about\s+the\s+authors?|cite\s+this(?:\s+\w+)?|how\s+to\s+cite(?:\s+this(?:\s+\w+)?)?|suggested\s+citation:?|"
                         # a show's notes closing on who its guests are: "Our guest", "About our guests"
                         r"(?:our|this\s+week[’']s|today[’']s)\s+guests?|about\s+(?:the|our)\s+guests?)$", re.IGNORECASE)
# "Figure 1: Share of trains on time, 2019–2024": the label of a chart or table, not prose
CAPTION = re.compile(r"^(?:figure|fig\.|table|chart|graph|map|exhibit|graphic)\s*\d+[a-z]?\s*[.:—–-]", re.IGNORECASE)
# A note about the article itself ("Correction, 15 July 2025: An earlier version …"): what it says
# is about the text, not the world. ("Update:" paragraphs are left alone: they carry news.)
# (its date may hold a time of day: "Update, 14 June 2024, 16:00: This article has been updated …")
_NOTE_DATE = r"(?:[^:\n]|(?<=\d):(?=\d\d))"
EDITORIAL_NOTE = re.compile(r"^(?:(?:correction|clarification|editor['’]s\s+note)\b" + _NOTE_DATE + r"{0,40}:"
                            # ("Update, 14 March: This article has been updated to include …": an update
                            # that tells of the article, not of the news)
                            r"|(?:update[sd]?\b" + _NOTE_DATE + r"{0,40}:\s*)?(?:this\s+(?:article|story|report|brief|piece|post|explainer|newsletter|outlook|analysis|"
                            r"commentary|column|preview|review|guide)\s+"
                            r"(?:was|has\s+been)\s+(?:amended|updated|corrected|changed)\b"
                            r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|brief|piece|post|explainer|newsletter)\b"
                            # ("Note: This memo updates our analysis of 2 October.": what the text does to an earlier one)
                            # ("This paper updates the Board on performance …" tells its purpose, a claim of its own)
                            r"|(?:note:\s*)?this\s+(?:memo|brief|briefing|note|paper|analysis|update|version)\s+"
                            r"(?:updates(?!\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?:on|about)\b)|replaces|supersedes|"
                            r"revises|corrects)\b)"
                            r"|n\.\s?b\.\s"
                            # ("Summary of a roundtable held in Astana on 11 February 2025.", "The discussion was held
                            # under the Chatham House Rule": what the text is a record of, and on what terms)
                            r"|summary\s+of\s+(?:a|an|the)\s+(?:roundtable|round-table|meeting|workshop|seminar|(?:panel\s+)?discussion|webinar|"
                            r"conference|event)\s+(?:held|hosted|convened|organi[sz]ed)\b"
                            r"|(?:the\s+)?(?:discussion|meeting|event|roundtable|workshop|seminar|session)\s+(?:was\s+)?(?:held|conducted)\s+"
                            r"under\s+(?:the\s+)?chatham\s+house\s+rules?\b"
                            # ("[Quotations translated from Azerbaijani by the desk.]": a note in brackets on how the text was made)
                            r"|\[(?=[^\[\]]{0,200}\]\W*$)[^\[\]]{0,120}?\b(?:translated|edited|condensed|abridged|transcribed|updated)\b)",
                            re.IGNORECASE)

# a heading over what is expected: "What to expect", "Outlook", "What happens next"
# the title of a box of figures beside the story ("Key facts", "At a glance", "In numbers")
# the name of a section of a report ("SUMMARY" in capitals over the first paragraph is no masthead)
SECTION_NAME = re.compile(r"(?:executive\s+)?summary|introduction|background|(?:situation\s+|general\s+|humanitarian\s+|security\s+)?overview|key\s+(?:findings|points|messages)|findings|"
                          r"conclusions?|recommendations?|next\s+steps|method(?:s|ology)?|context|purpose|causes|results|"
                          r"discussion|abstract|highlights", re.IGNORECASE)
FACT_BOX_HEADING = re.compile(r"^\W*(?:key\s+(?:facts|figures|numbers|stats|statistics)|at\s+a\s+glance|in\s+numbers|"
                              r"by\s+the\s+numbers|the\s+numbers|fact\s*(?:file|box|sheet))\W*$", re.IGNORECASE)
OUTLOOK_HEADING = re.compile(r"^\W*(?:what\s+to\s+expect|(?:the\s+)?outlook|(?:the\s+)?forecast|what\s+happens\s+next|"
                             r"what\s+next|next\s+steps|looking\s+ahead|the\s+(?:week|year|months)\s+ahead)\b", re.IGNORECASE)


# "Source: Westmoor Older People's Survey", "Figures: Westmoor Borough Council. Turnout is …": the
# line under a chart or a table that says where its figures come from; a poll's "Fieldwork: 3–5
# October 2025. Sample: 2,014 adults …" says how they were gathered
# (with what a text is filed under: "Keywords: air pollution; nitrogen dioxide", "Tags: …")
# (a brief's "*References: Socor, V. (2024). …*" closing it on one line)
SOURCE_LINE = re.compile(r"^(?:sources?|data|notes?|credit|figures|fieldwork|sample|methodology|methods?|base|key\s?words|tags|topics|"
                         r"subjects|references?|bibliography|works\s+cited|further\s+reading)\s*:"
                         # "Figures are from our annual performance report, published July 2026."
                         r"|^(?:all\s+)?(?:figures|data|statistics|numbers)\s+(?:are|come|were\s+taken)\s+from\s+(?:our|the|its)\s"
                         # "The following information is from the Lakeport Police Department's daily log."
                         r"|^(?:the\s+)?following\s+(?:information|details|items|entries)\s+(?:is|are|comes?|was|were)\s+(?:taken\s+)?from\s",
                         re.IGNORECASE)


def is_source_note(paragraph: str) -> bool:
    """A short paragraph opening on a source label: "*Figures: Westmoor Borough Council. Turnout is …*"."""
    return bool(SOURCE_LINE.match(paragraph.strip())) and len(paragraph.split()) <= 40


# A wire dateline before the first sentence: "LONDON, March 4 (Reuters) - ", "KYIV (AP) — ",
# "ASHFORD, England (Wire Service) - " (the region named before the agency)
WIRE_DATELINE = re.compile(
    # ("LAKEPORT, Ore. – ": a US dateline's state, abbreviated, before the dash; "AUSTIN, Texas — ", written out)
    # ("STEPANAKERT/GORIS — ": two places for a story reported from both)
    # ("(Yerevan, October 5, 2023) - ": a rights group's dateline in brackets, the place in title case)
    # ("Baku, 22 July 2024 - ": a place in title case, when its full date and a dash follow)
    r"^(?P<bracket>\()?(?P<place>(?(bracket)[A-Z][a-z][A-Za-z .'-]{0,38}?|(?:[A-Z][A-Z .'/-]{1,40}?|[A-Z][a-z][A-Za-z'’-]{1,20}"
    r"(?:\s+[A-Z][a-z][A-Za-z'’-]{1,20})?(?=,\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d\s+(?:[-–—]|--)(?:\s|$)))))(?P<state>,\s*[A-Z][A-Za-z.]{1,20}(?:\s+[A-Z][A-Za-z.]{1,20})?(?=\s*\(|,\s*[A-Z][a-z]{2,8}\.?\s+\d|\s+(?:[–—]|--)))?"
    r"(?:,\s*(?P<date>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*(?P<year>(?:19|20)\d\d))?)?"
    # (a telex's "LONDON, JUNE 3 - " in capitals, one hyphen after the day; a release wire's
    # "KELBY, England, March 3, 2026 /PRNewswire/ -- ")
    # (an agency's "MOSCOW, November 10. /TASS/. ": its name between slashes after the date's full stop)
    # ("CHISINAU, Jan 9 (Balkan Insight Wire)" on a line of its own over the story: dated, it needs no dash)
    # ("WASHINGTON - The United States said …": a place in capitals and one hyphen)
    # ("AUSTIN, Texas — ": a state written out before a dash)
    r"(?(bracket)(?(date)\)\s*[-–—]+|(?!))|"
    r"(?:(?(state)(?(date)(?!)|\s+(?:[–—]|--))|(?!))|\s*\((?P<agency>[A-Za-z .&]{2,30})\)(?:\s*[-–—]+|(?(date)(?=\s*$)|(?!)))|\s*/(?P<wire>[A-Za-z .&-]{2,30})/\s*(?:[-–—]+)|(?<=\d)\.\s*/[A-Za-z .&-]{2,40}/\.|(?:(?<=[A-Z]{3})|(?<=\d)|(?<=[A-Z][a-z]\.)|(?<=[A-Z][a-z]{2}\.))\s+(?:[–—]|--)|(?<=\d)\s+-(?=\s|$)|(?<=[A-Z]{3})\s+-(?=\s)))(?:\s+|$)"
)
# "Page last updated", "This page was last edited on …": when a page last changed (its only date, at times)
_LAST_CHANGED_WORDS = r"(?:this\s+(?:page|article|story)\s+was\s+)?(?:page\s+)?last\s+(?:updated|reviewed|edited|modified)"
BYLINE = re.compile(
    rf"^(?:by|written by|posted by|prepared by|created by|interview by|interviewed by|"
    # a motion's mover and seconder: "Proposed by: Cllr Nadia Karim"
    rf"proposed by|seconded by|moved by|tabled by|"
    # ("Response published 12 November 2026": a petition's answer, dated apart)
    rf"(?:first|originally|response|reply|answer)\s+published|published|posted|updated|{_LAST_CHANGED_WORDS}|issued|"
    # a statistical release's "Release date: 14 May 2026"
    r"release\s+date|released|publication\s+date|date\s+of\s+(?:publication|release)|"
    # a written answer's "Answered on 9 October 2026", the date it was given ("Answered by …" heads the answer)
    r"answered(?=\s+on\b|\s*:)|"
    # ("From:" heads an email, "From Kelbypedia, the free encyclopedia" tags a page; "From September
    # the county will change …" opens a sentence)
    r"statement by|from(?=\s*:|(?:\s+\S+){1,6}\s*$)|authors?|date|dated)\b[\s:]",
    re.IGNORECASE,
)
BYLINE_AUTHOR = re.compile(
    r"(?:^|·|\||\s)\s*(?i:statement\ by|written\ by|posted\ by|prepared\ by|created\ by|interview\ by|proposed\ by:?|by|authors?:)\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Cllr|Councillor)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3})",
    re.VERBOSE,
)
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to under up upon vs via with "
    "without is are was be its it’s it's our their his her we".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line.rstrip()))


def is_title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if not words:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    return capital / len(content) >= 0.75 and words[0][0].isupper()


# "… in that period. 🧵": pictographs closing a post after its sentence
TRAILING_PICTOGRAPHS = re.compile(r"(?<=[.!?\"”’)])(?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])+\s*$")


_RUNS_ON = re.compile(r"[;,]\s*(?:and|or|but)$")


def is_heading_line(line: str, *, max_words: int = 14) -> bool:
    """A lone short line that does not read as a sentence: title case, or no closing full stop."""
    text = line.strip()
    if text and text[-1] >= "\u2600":
        text = TRAILING_PICTOGRAPHS.sub("", text)
    if not text or len(text) > 120:
        return False
    words = text.split()
    # ("(The figures were revised in March.)": a sentence in brackets)
    if len(words) > max_words or text.endswith((".", ",", ";", "…", ".)", "!)", "?)")):
        return False
    # (a closing quotation mark after a stop or a comma closes a quoted sentence; after a word, a headline's
    # quoted phrase: "… closes with call for \"responsible journalism\"")
    if text.endswith(("\u201d", '"')) and (len(text) < 2 or not text[-2].isalpha() or text.lstrip("\u201c\"")[:1] != text[:1]):
        return False
    if (text[-1].isdigit() or text[-1] == "]" or text[-1] in PRINTER_MARKS or text[-1] in SUPERSCRIPT_DIGITS) and ends_sentence(text):
        return False  # "… between 2015 and 2023.3", "… a day.[1]", "… of 2023.†": a full stop with its note's mark
    if text[0].islower() or not any(c.isalpha() for c in text):
        return False  # ("2023/24 142 135": a table's row of figures heads nothing)
    if _RUNS_ON.search(text):
        return False  # "(b) fewer operators are bidding for contracts; and": a sub-point that runs on
    if text.endswith(("?", "!")):
        return is_title_case(text)
    if text.endswith(":") and len(words) > 6 and _LEAD_IN_VERB.search(text):
        return False  # "From September the county will change who qualifies for free transport:": a sentence led into a list
    return True


# the verb a sentence leading into a list tells with
_LEAD_IN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|says?|said)\b",
                           re.IGNORECASE)


def is_standfirst(text: str) -> bool:
    """A subtitle under the headline: short and not a sentence — or a longer line that ends in the
    date it was written ("Briefing for the Scrutiny Panel — prepared by the Policy Unit, 2 February 2026").
    A line that ends on a colon leads into what follows."""
    if _PAGE_DESCRIBED.match(text) and len(text.split()) <= 40:
        # "A summary of the decisions taken by the cabinet on Wednesday.": what the page is, perhaps
        # with a note about itself after ("… at 11am. This is not a verbatim transcript.")
        first, *notes = _SENTENCE_END.split(text.strip())
        if len(first.split()) <= 25 and not _FINITE_VERB.search(first) and all(BOILERPLATE.match(n) for n in notes):
            return True
    if _noun_phrase_title(text):
        return True
    if ends_sentence(text) or text.rstrip().endswith(":"):
        return False
    words = len(text.split())
    return words <= 14 or (words <= 30 and ends_in_date(text))


# what a subtitle opens on: a few words and a relative clause ("Five numbers that explain …", "The
# questions which will decide …"), with no verb of its own
_PHRASE_WITH_RELATIVE = re.compile(r"\W*(?:[\w’'-]+\s+){1,3}(?P<relative>that|which|who)\s+")


def _noun_phrase_title(text: str) -> bool:
    """ "Five numbers that explain where the EU stands before winter.", "Seven charts that show how …": a
    noun phrase whose only verb is its relative clause's, no sentence ("Seven towns that lost power were
    reconnected" has a verb of its own)."""
    phrase = _PHRASE_WITH_RELATIVE.match(text)
    if not phrase or len(text.split()) > 20 or len(_SENTENCE_END.split(text.strip())) > 1 \
            or _FINITE_VERB.search(text, 0, phrase.start("relative")):
        return False
    own_verb = _FINITE_VERB.match(text, phrase.end())  # the relative clause's: "that show", "which will decide"
    return not _FINITE_VERB.search(text, own_verb.end() if own_verb else phrase.end())


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_PAGE_DESCRIBED = re.compile(r"\W*(?:(?:A|An)\s+)?(?:summary|round-?up|digest|overview|guide|selection|list)\s+(?:of|to)\s", re.IGNORECASE)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shows?|showed|found|finds|says?|said)\b",
                          re.IGNORECASE)


def heads_what_follows(line: str, following: str) -> bool:
    """A short line all in bold (the caller knows) over prose heads a section: a few words, no stop
    (or a question an explainer answers under it, "What happened?", not one put to "you" in an
    interview), and a sentence under it ("Options" over "Option A would …", "Key findings" over a list)."""
    return len(line.split()) <= 10 and ends_sentence(following) and (
        not ends_sentence(line) or line.rstrip().endswith("?") and not _PUT_TO_YOU.search(line))


_PUT_TO_YOU = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def is_run_in_label(label: str, rest: str = "") -> bool:
    """A bold lead-in that labels its paragraph ("Summary.", "What happens next:"): a few words. One
    the sentence runs on from in lower case, with no stop after it ("**Harwick Bridge** is a road
    bridge …", an encyclopedia's lead term), is the sentence's subject."""
    if rest.lstrip()[:1].islower() and not re.search(r"[.:;!?\u2013\u2014-]\W*$", label.strip()):
        return False
    if _FINDING.search(label):
        return False  # "**Food insecurity has grown.** Some 23% …": a finding stated, the first claim of its item
    if re.match(r"\W*[£$€]?\d", label) and rest.lstrip(" :\u2013\u2014-")[:1].islower() or _FIGURE_LABEL.fullmatch(label.strip()):
        # "**£312 a week**: the average cost of a nursery place", "**$145 million**: US aid promised to …": a
        # figure and what it measures
        return False
    # (one closed by a colon may run longer: a blotter's "Main Street, 2:14 a.m. Sunday:"; one set off
    # by a dash longer still: a tracker's "**Build 500 council homes by 2028** — 212 homes …")
    words = len(label.split()) - (1 if re.search(r"\s[\u2013\u2014]$", label.rstrip()) else 0)
    most = 8 if re.search(r"\s[\u2013\u2014]$", label.rstrip()) else 6 if label.rstrip().endswith(":") else 4
    return 0 < words <= most and bool(re.search(r"[^\W\d_]", label))


_FIGURE_LABEL = re.compile(r"\W*(?:[£$€¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k))?|\d[\d,.]*\s*(?:%|per\s?cent|percent|"
                           r"million|billion|trillion|bn|km|kg|tonnes|MW|GW))\W*")
# a bold lead-in that is a sentence of its own: a subject, a finite verb, a full stop
_FINDING = re.compile(r"^\W*[A-Za-z][\w’'-]*(?:\s+[\w’'-]+)*?\s+(?:is|are|was|were|has|have|had|will|rose|fell|grew)\b[^:]*[.!]\W*$")


_EMBARGO = re.compile(r"(?:strictly\s+)?embargoed?\b|for\s+immediate\s+release\b|(?:press|news|media)\s+release\b", re.IGNORECASE)


def embargo_date(line: str) -> str | None:
    """ "Embargoed until 00:01 Tuesday 4 March 2025": a release is published when its embargo lifts,
    and "For immediate release: 2 October 2026" or "Press release — Thursday 23 April 2026" on the day
    it names."""
    return published_in(line) if _EMBARGO.match(line.strip()) else None


# a member's party and post in brackets under their name: "(Labour, Minister of State for Transport)"; a
# short bracketed line with no sentence in it tells nothing
_BRACKETED_LABEL = re.compile(r"\((?=[^()]*[A-Za-z])[^()\n.!?:;]{2,80}\)")


def is_boilerplate_line(line: str) -> bool:
    text = line.strip()
    return bool(BOILERPLATE.match(text) or DATELINE.match(text) or EDITORIAL_NOTE.match(text) or CAPTION.match(text)
                or text[:1] == "(" and _BRACKETED_LABEL.fullmatch(text) and len(text.split()) <= 10
                or SIGN_OFF.match(text) or SCRIPT_CLIP_LINE.match(text) or PRODUCTION_CUE.fullmatch(text)
                or is_closing_line(text))


def is_all_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def byline_author(line: str) -> str | None:
    m = BYLINE_AUTHOR.search(line)
    if not m:
        return None
    # ("By Priya Shah November 19, 2026": the date after the name is no part of it)
    words = m.group("name").split()
    cut = next((k for k, w in enumerate(words) if k and w.lower().rstrip(".,") in _DATE_WORDS), len(words))
    name = " ".join(words[:cut]).rstrip(".,")
    # ("By Staff Writer", "By Staff and agencies": a desk's credit names no one)
    return None if _STAFF_CREDIT.fullmatch(name) else name


_STAFF_CREDIT = re.compile(r"(?:(?:our\s+)?staff(?:\s+(?:writer|reporter|correspondent)s?)?(?:\s+and\s+agencies)?|our\s+correspondent|"
                           r"(?:a\s+)?correspondent|agencies|news\s+desk)", re.IGNORECASE)


_DATE_WORDS = frozenset(w.lower() for w in (MONTH_NAMES + "|" + WEEKDAY_NAMES).split("|")) \
    | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun updated".split())


# "1. Summary", "2.1 Spending", "II. Key Findings", "A. Take-up": a numbered section title
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-H]\.)\s+[A-ZÀ-Þ][^.!?;]{0,60}$")


_LAST_CHANGED = re.compile(rf"^{_LAST_CHANGED_WORDS}\b", re.IGNORECASE)
LAST_CHANGED_ANYWHERE = re.compile(rf"\b{_LAST_CHANGED_WORDS}\b", re.IGNORECASE)


def is_byline(line: str) -> bool:
    """ "By Nora Quist", "Updated August 3, 2025, 9:10 a.m." (its "a.m." is no full stop), "This page
    was last edited on 3 March 2025, at 14:12 (UTC)." (a page's only date may be its last edit)."""
    text = line.strip()
    longest = 14 if _LAST_CHANGED.match(text) else 10
    return bool(BYLINE.match(text)) and (not ends_sentence(text) or (len(text.split()) <= longest and published_in(text) is not None))


# "We ask the European Union to:", "The manager recommends that:": a sentence cut off mid-clause, whose
# list below finishes it; alone it asserts nothing
_RUNS_INTO_LIST = re.compile(r"\b(?:to|that)\s*:\s*$")


def runs_into_list(paragraph: str) -> bool:
    """Whether a paragraph over a list is a sentence the list's items finish."""
    return len(paragraph) <= 200 and bool(_RUNS_INTO_LIST.search(paragraph)) and not ends_sentence(paragraph)


def contents_entries(items: list[str], headings: list[str]) -> set[int]:
    """The list items that name the story's own headings ("In today's brief:" and a line per
    section): a table of contents, no prose. Only when two or more do."""
    keys = {quote_key(h) for h in headings}
    hits = {n for n, item in enumerate(items) if quote_key(item) in keys}
    return hits if len(hits) >= 2 else set()


# a line that ends in its page number, with no sentence before it
PAGE_FOOTER = re.compile(r"[^.!?]{3,100}?\s(?:[-–—|·]\s*)?page\s+\d{1,4}(?:\s+of\s+\d{1,4})?", re.IGNORECASE)


# footnote numbers typed raised, and the plain digits they stand for
