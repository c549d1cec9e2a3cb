"""Pages of text extracted from a PDF (or typed as plain text): lines, the chunks between blank
lines, what each chunk is (prose, heading, footnote, link targets, page number, running header,
front matter), and the paragraphs a page break cut in two."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import figure_lines, front, furniture, interview, labels, layout, letter_lines, line_dates, meta_lines
from .chunking import BULLET, FOOTNOTE, LIST_ITEM, wrapped_items
from .model import Metadata
from .page_notes import bracketed_notes, footnotes_before_url_blocks, note_number, notes_in_turn, one_per_number
from .page_tables import is_table, table_set_apart, tables_row_by_row



@dataclass
class Chunk:
    kind: str  # body | heading | boilerplate | url_block | footnote | page_number | reference | list_item
    lines: list[tuple[str, int]]
    page: int = 1
    cuts: list[tuple[int, "Chunk"]] = field(default_factory=list)  # (line index, url block) wedged in

    @property
    def text(self) -> str:
        return " ".join(t.strip() for t, _ in self.lines)

    def keep_text_to(self, at: int) -> None:
        """Keep the chunk's text up to `at`, an offset in `text` (its lines joined by spaces)."""
        kept, pos = [], 0
        for line, off in self.lines:
            lead = len(line) - len(line.lstrip())
            size = len(line.strip())
            if pos + size <= at:
                kept.append((line, off))
            elif pos < at:
                kept.append((line[:lead + at - pos].rstrip(), off))
            pos += size + 1
        self.lines = kept or self.lines[:1]


# "Lena Okafor", "By Lena Okafor", "Lena Okafor, Senior Fellow": a name, perhaps with the author's role
# ("Murad Ismayilov*": the mark of the author note at the foot)
_NAME_LINE = re.compile(r"^(?:(?:by|author:?)\s+)?([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,3}[*†‡]?)"
                        r"(?:,\s+[A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,4})?$", re.IGNORECASE)


def _author_named(line: str) -> str | None:
    """The writer a line of the front matter names, perhaps with a post ("Lena Okafor, Senior Fellow"), or None
    ("Officer decision record" and "KELBY UNIVERSITY" name no one)."""
    if (name := _NAME_LINE.match(line)) and not layout.is_title_case(name.group(1) + " x") \
            and not _BODY_NAME_WORD.search(name.group(1)) and not front.DOCUMENT_KIND.search(name.group(1)) \
            and all(w[:1].isupper() for w in name.group(1).split()) and not _body_name(name.group(1)):
        return _MARKER_AFTER_NAME.sub("", name.group(1))  # "Marta Kowalczyk1": her footnote's marker
    return None


# three or more labels each with its figure, on one line: a bar chart's labels printed as text
_DIGIT_RUNS = re.compile(r"\d+")
_CHART_LABELS = re.compile(r"\s*(?:[A-ZÀ-Þ][\w’'.&-]*(?:\s[A-ZÀ-Þ][\w’'.&-]*){0,2}\s+[£$€]?\d[\d,.]*%?\s*){3,}")
_VIEWS_LINE = re.compile(r"[\d,.]+[KMB]?\s+views\b", re.IGNORECASE)
_CHAPTER_LINE = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s+(?:[-–]\s+)?[^\s:][^:]{0,60}")
_CHAPTERS_LABEL = re.compile(r"(?:chapters|timestamps|contents)\s*:?", re.IGNORECASE)
_LABELLED_FIELD = re.compile(r"\s*[A-Z][A-Z0-9 ]{1,20}:\s")
# a one-word label then two words or more after its colon, and the memo's fields that look the same
_PLACE_AND_SUBJECT = re.compile(r"\s*[A-Z][A-Z-]{2,20}:\s+[A-Z][A-Z'’-]*(?:\s+[A-Z0-9#][A-Z0-9#.'’-]*)+\s*")
_MEMO_FIELD = re.compile(r"\s*(?:TO|FROM|DATE|SUBJECT|SUBJ|RE|CC|BCC|REF|EDITOR|READER|ATTN|ATTENTION|CLASSIFICATION|FILE|COPY|"
                         r"DISTRIBUTION|PRIORITY|PAGES?|MEMO|MEMORANDUM|ISSUE|TOPIC|SOURCE|EMBARGO|EMBARGOED|NOTE|UPDATE)\s*:")
# "HOUSE OF COMMONS", "Office for Budget Responsibility": the words that join a body's name, not a person's
_BODY_NAME_WORD = re.compile(r"\b(?:of|for|and|the|on)\b", re.IGNORECASE)
_FOOTNOTE_LABEL = re.compile(r"^\s*(?:\d{1,3}|[*†‡])\s+")
_MARKER_AFTER_NAME = re.compile(r"(?<=[^\W\d_])[\d*†‡¹²³⁴⁵⁶⁷⁸⁹]{1,2}$")
# a journal's running header: its volume and pages, a DOI ("… 14(2): 41-58 https://doi.org/10.5555/…")
_DOI = re.compile(r"\bdoi(?:\.org/|:\s*)10\.\d{4,}/", re.IGNORECASE)
# a body's name printed over a document's title: "Kelby Borough Council", "Kelby Met Service", "Kelby Water"
_BODY_NAME = re.compile(r"(?:[A-Z][\w’'&-]*\s+){0,4}(?:Council|Authority|Police|Service|Services|Trust|Water|Energy|Board|Agency|"
                        r"Team|Unit|Directorate|Division|Office|Department|Ministry|University|College|Hospital|Group|Company|Ltd|Limited|plc|PLC|Commission|"
                        r"Committee|Association|Federation|Union|Institute|Society|Network|Partnership|Foundation|Railways?)")


# what follows a letterhead without being the title: its address, a reference, a letter's addressee
_NO_TITLE_AFTER_HEAD = re.compile(r"\s*(?:\d|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame)\.?\s|.*\b(?:our|your)\s+ref"
                                  r"|.*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)", re.IGNORECASE)


_SUBJECT_LABEL = re.compile(r"(?:subject|subj)\s*:\s*", re.IGNORECASE)


def _body_name(line: str) -> bool:
    line = line.strip()
    return bool(_BODY_NAME.fullmatch(line.title() if line.isupper() else line))


def _letterhead(title: str, line: str) -> bool:
    """Whether the title taken so far is a body's name over the document's own title (the line after
    it, which names no body, and is no address or reference)."""
    return _body_name(title) and not _body_name(line) and not _NO_TITLE_AFTER_HEAD.match(line)


# an email's close, on a line of its own: "Thanks,", "Cheers,", "Best,"
_EMAIL_CLOSE = re.compile(r"\s*(?:thanks|many\s+thanks|thank\s+you|cheers|best|regards|all\s+the\s+best)\s*,\s*", re.IGNORECASE)
_PROVIDED_BY = re.compile(r"\s*news\s+provided\s+by\s*", re.IGNORECASE)


# "ENDS. Transcript prepared by the press office.": the end mark opening the closing line, in capitals
_ENDS_OPENING = re.compile(r"-*\s*ENDS\s*-*[.:]?\s")
# a form's field: a label in sentence case before a colon (a speaker's "TOM REYES:" or "Tom Reyes:" is not)
_FIELD_LINE = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,3}:\s+\S")
# ("www.caucasusmonitor.example | Monitoring note 2025/02 | 1": the paper's number between them)
_SITE_AND_PAGE = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\s*[|·•]\s*[^|·•]{1,60}?)?\s*[|·•–—-]\s*(?:page\s+)?\d{1,4}"
                            r"|(?:page\s+)?\d{1,4}\s*[|·•–—-]\s*(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
# a contents entry: a title and its page number either side of a dot leader
_CONTENTS_LINE = re.compile(r"\S.{0,80}?(?:\s\d{1,4}\s*(?:\.\s?){5,}\s*$|(?:\.\s?){5,}\s*\d{1,4}\s*$)")
_ADDRESS_AFTER_NAME = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")


def _long_sentence(text: str) -> bool:
    return text.count(" ") >= 5 and len(text.split()) >= 6 and layout.ends_sentence(text)


def _entry_sentence(text: str) -> bool:
    return len(text.split()) >= 3 and layout.ends_sentence(text)


def _prose_in_capitals(groups: list[list[tuple[str, int]]]) -> bool:
    """A telex or a notice set wholly in capitals: most of its long sentences are, so a line in
    capitals is no header for that alone."""
    sentences = [" ".join(t.strip() for t, _ in lines) for lines in groups]
    sentences = [t for t in sentences if _long_sentence(t)]
    return bool(sentences) and sum(t.isupper() for t in sentences) * 2 > len(sentences)


_ISSUE_NUMBER_END = re.compile(r"\b(?:No|Issue|Vol|Update)\.?\s*\d{1,4}\s*$")


def classify_chunks(groups: list[list[tuple[str, int]]],
                    marker_labels: set[str] = frozenset()) -> tuple[list[Chunk], Metadata, list[tuple[str, str]]]:
    groups = table_set_apart(groups)
    chunks: list[Chunk] = []
    removed: list[tuple[str, str]] = []
    title = author = publisher = published = None
    seen_body = in_references = after_end = in_fact_box = in_glossary = False
    caps_prose = _prose_in_capitals(groups)
    asked = front.questions_over_answers(groups)  # "How many people have returned?" over its answer
    figures = figure_lines.figures_over_labels([[t for t, _ in lines] for lines in groups])
    for n, lines in enumerate(groups):
        texts = [t.strip() for t, _ in lines]
        one_line = len(lines) == 1
        first = texts[0]
        if after_end:
            kind = "boilerplate"
        elif n in figures:
            kind = "boilerplate"  # "3,412" in large type over "households helped": a figure and its label
        elif all(layout.URL_LINE.match(t) for t in texts):
            kind = "url_block"
        elif layout.END_OF_BODY.match(" ".join(texts)) or layout.END_OF_BODY.match(first) or _ENDS_OPENING.match(first):
            # ("About the City of Lakeport" on the line over the boilerplate it heads, no gap between)
            kind, after_end = "boilerplate", True
        elif all(("....." in t or ". . . . ." in t) and _CONTENTS_LINE.search(t) for t in texts):
            kind = "boilerplate"  # "1. Summary ........ 2": a table of contents
        elif one_line and seen_body and n + 1 < len(groups) and line_dates.timeline_date(first) \
                and (BULLET.match(groups[n + 1][0][0]) or _entry_sentence(" ".join(t.strip() for t, _ in groups[n + 1]))):
            kind = "heading"  # a timeline's "2019" or "14 July 2021" over its entries, bulleted or not: no page number, no dateline
        elif one_line and (re.fullmatch(r"(?:page\s+)?\d{1,4}(?:\s+of\s+\d+)?|[-–—]\s?\d{1,4}\s?[-–—]", first, re.I)
                           or _SITE_AND_PAGE.fullmatch(first)):
            kind = "page_number"  # ("nsc.example | 1": the site's address beside the page number)
        elif len(lines) >= 2 and ":" in texts[-1][:9] and all(
                _CHAPTER_LINE.fullmatch(t) for t in texts[1 if _CHAPTERS_LABEL.fullmatch(first) else 0:]):
            kind = "boilerplate"  # a video's chapters: "00:00 Intro", "01:42 How the budget grew"
        elif one_line and first.endswith(":") and layout.REFERENCE_HEADINGS.match(first[:-1].strip()):
            kind, in_references = "heading", True  # "Sources:" over the list it labels (a credit line's "Source: …" has more)
        elif one_line and letter_lines.SALUTATION.fullmatch(first):
            kind = "boilerplate"  # "Dear Councillor Smith,"
        elif len(lines) <= 2 and seen_body and _EMAIL_CLOSE.fullmatch(first) and (one_line or len(texts[1].split()) <= 3):
            kind = "boilerplate"  # an email's "Thanks," and the first name under it
            after_end = True
        elif len(lines) <= 5 and letter_lines.SIGN_OFF.match(first):
            kind = "boilerplate"  # "Signed: M. Okonkwo / Head of Flood Risk / cc: …": who signs and who gets a copy
            after_end = after_end or bool(letter_lines.VALEDICTION.match(first))  # what follows "Yours sincerely," is its signature
        elif seen_body and not one_line and len(lines) <= 3 and furniture.BOILERPLATE.match(" ".join(t.strip() for t in texts)):
            kind = "boilerplate"  # a stock note wrapped over lines ("This summary is provided to help in understanding …")
        elif one_line and layout.PAGE_FOOTER.fullmatch(first):
            kind = "boilerplate"  # "Office of the City Auditor - Audit Memo 2023-07 Page 1": a page's footer
        elif len(lines) <= 3 and (layout.CAPTION.match(first) or all(layout.SOURCE_LINE.match(t) for t in texts)):
            kind = "boilerplate"  # "Figure 1: Monthly exports" and its "Source:" line label a chart
        elif is_table(texts) and not in_references:
            kind = "boilerplate"  # a table: its caption, then rows of figures
        elif layout.EDITORIAL_NOTE.match(first):
            kind = "boilerplate"
        elif one_line and (letter_lines.is_author_note(_FOOTNOTE_LABEL.sub("", first), author)
                           or n == len(groups) - 1 and not author and seen_body and letter_lines.is_closing_bio(first)):
            # "1 Marta Kowalczyk is a research fellow at …": who the author is, a note of its own
            kind = "footnote" if FOOTNOTE.match(first) else "boilerplate"
        elif one_line and not seen_body and _DOI.search(first) and not layout.ends_sentence(first):
            kind = "boilerplate"
        elif one_line and not seen_body and (kicker := line_dates.kicker_and_date(first)):
            kind = "boilerplate"  # "KELBY FACT CHECK 12 October 2026" above the title
            # ("EMBARGOED UNTIL 00:01 GMT THURSDAY 12 NOVEMBER 2026" names no publisher)
            publisher = publisher or (None if layout.embargo_date(first) else kicker[0].title())
            published = published or kicker[1]
        elif one_line and layout.is_boilerplate_line(first):
            kind = "boilerplate"
            m = line_dates.DATELINE.match(first)
            published = published or (line_dates.date_from_match(m) if m else None) or layout.embargo_date(first) \
                or (line_dates.published_in(first) if _VIEWS_LINE.match(first) else None) \
                or (line_dates.meta_date(first) if not seen_body and meta_lines.is_meta_line(first) else None)
            # ("48,213 views  Streamed live on 12 Sep 2026"; a series line with its month, "EURASIA ENERGY MEMO No. 44 January 2025")
            if layout.BYLINE.match(first):
                author = author or layout.byline_author(first)  # "Interview by Sam Ortiz, 12 February 2026"
        elif not seen_body and any(furniture.SOCIAL_AGE.fullmatch(t) for t in texts):
            # "Chief Executive at …" over "2d • Edited •": a social post's author headline and age; the
            # name over them, first taken for a title, is the author's
            kind = "boilerplate"
            if chunks and chunks[-1].kind == "heading" and title == chunks[-1].text and (name := _NAME_LINE.match(title)):
                author = author or _MARKER_AFTER_NAME.sub("", name.group(1))
                chunks[-1].kind, title = "boilerplate", None
        elif one_line and meta_lines.is_meta_line(first):
            kind = "boilerplate"  # series, publisher and date on one line
            published = published or line_dates.meta_date(first)
            # ("By Levan Tsereteli · Black Sea Energy Brief · May 2025", "Opinion · Tigran Grigoryan · …": who wrote it)
            author = author or layout.byline_author(first) \
                or front.meta_line_person(first, "\n".join(t for group in groups for t, _ in group))
        elif one_line and layout.is_byline(first):
            kind = "boilerplate"
            author = author or layout.byline_author(first)
            published = published or line_dates.meta_date(first)  # ("Updated August 2026": the month it was)
        elif in_glossary and not (one_line and layout.is_heading_line(first) and not _DEFINED.match(first)):
            # "CSTO – Collective Security Treaty Organization" under "Glossary" (a heading, "Abbreviations" or
            # "Background", goes on to the heading's own reading, which says whether the section is one too)
            kind = "boilerplate"
        elif in_references and not (one_line and layout.is_heading_line(first) and not layout.URL.search(first)):
            kind = "reference"
        elif seen_body and not one_line and bracketed_notes(texts):
            kind = "reference"  # "[1] Parliament of Georgia, …" over its wrapped address, to "[4] …": notes at a page's foot
        elif (len(lines) <= 3 or notes_in_turn(texts, marker_labels)) and (m := note_number(texts)) \
                and m.group(1) in marker_labels and seen_body:
            kind = "footnote"  # its number is printed as a marker in the prose
        elif not seen_body and (fields := front.memo_fields(texts)):
            kind = "boilerplate"  # "TO: … FROM: … DATE: … RE: …", the head of a memorandum
            published = published or line_dates.published_in(fields.get("date", ""))
            # the subject names the document; a letterhead taken as the title above it names who sent it
            subject = fields.get("re") or fields.get("subject")
            if subject and title and not publisher:
                publisher = title.title() if title.isupper() else title
            title = subject or title
            author = author or _ADDRESS_AFTER_NAME.sub("", fields.get("from") or "") or None  # "Tom Reyes <tom@…>"
            publisher = publisher or fields.get("body")
        elif not n and not one_line and len(texts) <= 3 and len(groups) > 1 \
                and front.title_over_byline(" ".join(texts), groups[1][0][0], dated=False):
            # a headline set large and wrapped, that reads as a sentence, over "By Lilit Avetisyan | 14 June 2024"
            # (over a date alone, lines of a letterhead or a report's kind stand as often)
            kind, title = "heading", " ".join(texts)
        elif not seen_body and title and chunks and chunks[-1].kind == "heading" and chunks[-1].text == title \
                and n + 1 < len(groups) and front.standfirst_over_byline(" ".join(texts), groups[n + 1][0][0]):
            kind = "boilerplate"  # the standfirst between the title and the byline
        elif not seen_body and not one_line and front.front_matter(texts) and not all(LIST_ITEM.match(t) for t in texts):
            kind = "boilerplate"
            if fields := front.properties(texts):
                author, published = front.with_properties(fields, author, published)  # an exported page's "Created by: …"
            # a line that is only a date dates the text before one that closes on a date ("Half-year
            # results for the six months to 30 September 2025" names the period reported)
            published = published or next(filter(None, map(line_dates.date_alone, texts)), None)
            for k, t in enumerate(texts):
                if line_dates.date_alone(t) or _PROVIDED_BY.fullmatch(t) or furniture.BOILERPLATE.match(t):
                    # (a series line over the author, "Policy Memo No. 902", names no one and no title; with its month,
                    # "EURASIA SECURITY MEMO No. 61      April 2022", it dates the memo)
                    published = published or (line_dates.meta_date(t) if meta_lines.is_meta_line(t) else None)
                    continue
                if (wire := layout.WIRE_DATELINE.fullmatch(t)) and wire.group("date"):
                    removed.append(("dateline", t))  # "CHISINAU, Jan 9 (Reuters)" under the byline
                    continue
                if k and _PROVIDED_BY.fullmatch(texts[k - 1]):
                    publisher = publisher or t  # "News provided by" over the issuer's name
                    continue
                elif (layout.is_byline(t) or line_dates.ends_in_date(t) or front.HELD_ON.match(t)) and not published and (date := line_dates.published_in(t)):
                    published = date  # "Prepared by the Secretariat, 21 October 2022", "Briefing for …, 9 October 2025"
                    # ("Daniel Reyes, Economic Policy Section   9 June 2025": the writer and post before the date)
                    author = author or _author_named(line_dates.before_last_date(t).rstrip(" ,·|–—-"))
                elif not published and meta_lines.is_meta_line(t) and (date := line_dates.meta_date(t)):
                    published = date  # "Policy Memo | November 2024" under a memo's title: the month it came out
                elif not author and (named := _author_named(t)):
                    author = named
                elif (title is None or title.isupper() and not t.isupper() or _letterhead(title, t)) and len(t.split()) >= 2 \
                        and (layout.is_heading_line(t) or front.is_front_title(t)) and not front.DOCUMENT_KIND.fullmatch(t):
                    # the first headline-like line of the front matter, past a series line in capitals
                    # ("HOUSE OF COMMONS" over "Westmoor Tram Project") or a body's name over the title
                    if title and _body_name(title):
                        publisher = publisher or (title.title() if title.isupper() else title)
                    title = t
                    if k + 1 < len(texts) and (texts[k + 1][:1].islower() or layout.UNFINISHED_TITLE.search(t) or t.endswith(":")) \
                            and len(texts[k + 1].split()) <= 6:
                        # a title wrapped onto a second line: "… in the Velora" / "valley"; a subtitle under its
                        # colon: "Baku and Moscow After the Aktau Crash:" / "A Partnership Under Strain"
                        title = f"{t} {texts[k + 1]}"
        elif len(lines) <= 3 and (FOOTNOTE.match(lines[0][0]) or (one_line and layout.URL.search(first)
                                                                    and not layout.ends_sentence(first))) \
                and chunks and chunks[-1].kind == "body" and not layout.ends_sentence(chunks[-1].text):
            # a page break cut the paragraph before it: page-bottom matter, numbered or a bare
            # source line ("Transport Department, Trials Evaluation, https://…")
            kind = "footnote"
        elif one_line and layout.is_all_caps(first) and not seen_body and not layout.NUMBERED_HEADING.match(first) \
                and not (caps_prose and _long_sentence(first)) and not layout.SECTION_NAME.fullmatch(first.strip()):
            kind = "boilerplate"
            # (a title in capitals may have its own colon: "TURKEY AND ARMENIA: NORMALIZATION IN SLOW MOTION", not a
            # field's one-word label: "SUBJECT: …")
            if title is None and (len(first.split()) >= 6 and not (_LABELLED_FIELD.match(first) and len(first.split(":")[0].split()) < 2)
                                  or _PLACE_AND_SUBJECT.fullmatch(first) and not _MEMO_FIELD.match(first)):
                # "CITY OF LAKEPORT LAUNCHES $25 MILLION LEAD PIPE …": a headline, longer than a letterhead; "TAJIKISTAN:
                # KHATLON FLOODS": a place, then what befell it, as a situation report heads itself
                title = first
            elif title and _letterhead(title, first) and len(first.split()) >= 2 and not _LABELLED_FIELD.match(first):
                publisher, title = publisher or title, first  # "Kelby Water" over "NOTICE OF TEMPORARY USE BAN"
            elif (dated := line_dates.date_alone(first)) is not None:
                published = published or dated  # a cable's "O 131422Z JUN 24": when it was sent
            elif not front.DOCUMENT_KIND.fullmatch(first.strip()) and not _LABELLED_FIELD.match(first):
                # (a letterhead, not "EDITOR: J. PRICE  READER: SAM OKORO", a line of labelled fields)
                publisher = publisher or first.title()
        elif one_line and not seen_body and re.match(r"[A-Za-z]", first) and (alone := line_dates.date_alone(first)) \
                and not (chunks and re.search(r"[\d,]\s*$", chunks[-1].text) and not _ISSUE_NUMBER_END.search(chunks[-1].text)):
            # "September 2026" on a line of its own under the title: when it was put out (not a table's
            # "2025-26", nor the end of a title wrapped after "…, 9"; a title's "Flash Update No. 3" is whole)
            kind = "boilerplate"
            published = published or alone
        elif one_line and in_fact_box and figure_lines.in_figure_panel(first, chunks[-1].text if chunks else None):
            kind = "boilerplate"
        elif one_line and not seen_body and title and not author \
                and (writer := front.front_writer(first, groups[n + 1][0][0] if n + 1 < len(groups) else None)):
            kind, author = "boilerplate", writer  # "Ana Ciobanu" over "24 October 2024", under the headline
        elif one_line and not BULLET.match(first) and not interview.timed_turn(first) and not interview.asked_turn(first) and not labels.DATE_LABEL.match(first) \
                and (layout.is_heading_line(first) or n in asked or not seen_body and (front.TITLE_QUESTION.fullmatch(first)
                                                                           or n and title is None and front.is_quoted_title(first)
                                                                           or not n and len(groups) > 1 and (front.long_title_over_date(first, groups[1][0][0])
                                                                                                             or front.title_over_byline(first, groups[1][0][0])))):
            # ("Do congestion charges reduce road deaths?" or '“The text is agreed. The politics are not.”' above
            # everything else is the title, not a question or a remark)
            # (a kind label over the title, "Research Note", names no part of the text)
            kind = "boilerplate" if not seen_body and title is None and front.DOCUMENT_KIND.fullmatch(first.strip()) else "heading"
            in_references = bool(layout.REFERENCE_HEADINGS.match(first.rstrip(":")))
            in_glossary = bool(layout.GLOSSARY_HEADINGS.match(first))
            if not seen_body and (title is None or _letterhead(title, first)) and not in_references and kind == "heading" \
                    and not layout.SECTION_NAME.fullmatch(first.strip().rstrip(":")):
                # ("HIGHLIGHTS" over the first points of a situation report names a part, not the document)
                if title:
                    publisher = publisher or title  # "Kelby Met Service" over "Five-day forecast for the Kelby Valley"
                title = first
            if not seen_body and not published and front.HELD_ON.search(first):
                published = line_dates.published_in(first)  # "Minutes of the Board meeting held on 15 September 2026"
        elif one_line and first.endswith(":") and len(first.split()) <= 6:
            kind = "heading"  # "Key points this week:" over the points it labels
        elif all(LIST_ITEM.match(t) for t, _ in lines) or wrapped_items(lines) == [lines]:
            # the points of a box of figures under its title ("Key facts": "• 12 branch libraries") are no
            # prose, also when each point is a chunk of its own
            fact_box = in_fact_box and figure_lines.is_figure_lines([LIST_ITEM.sub("", t, count=1) for t in texts], at_least=1)
            kind = "boilerplate" if fact_box else "list_item"
        elif seen_body and front.sign_off(texts):
            kind = "boilerplate"  # the writer's name, role and how to reach them under the memo
            author = author or texts[0]
        elif len(lines) >= 3 and all(_FIELD_LINE.match(t) for t in texts):
            kind = "boilerplate"  # "Application number: …" / "Site: …" / "Proposal: …": a form's fields
            if not seen_body and (fields := front.properties(texts)):
                author, published = front.with_properties(fields, author, published)
        elif len(_DIGIT_RUNS.findall(first)) >= 3 and _CHART_LABELS.fullmatch(first) and all(not layout.ends_sentence(t) and len(t.split()) <= 12 for t in texts[1:]):
            kind = "boilerplate"  # a chart's labels and values ("Lib Dems 1,412  Labour 1,377  …") and its source line
        elif figure_lines.is_figure_lines(texts) and not in_references:
            kind = "boilerplate"  # a scoreline or a box of key figures, set line by line
        elif seen_body and len(lines) <= 2 and layout.is_source_note(" ".join(texts)):
            kind = "boilerplate"  # "Figures are from our annual performance report, …" under the figures
        else:
            kind = "body"
        if kind in ("body", "list_item"):
            seen_body = True
        in_fact_box = kind in ("heading", "boilerplate") and bool(layout.FACT_BOX_HEADING.match(first)) or in_fact_box and kind == "boilerplate"
        if kind == "footnote":
            removed.extend(("footnote", note) for note in one_per_number(texts))
        elif kind in ("url_block", "page_number", "boilerplate"):
            removed.append((kind, " ".join(texts)))
        chunks.append(Chunk(kind, list(lines)))
    footnotes_before_url_blocks(chunks, removed)
    tables_row_by_row(chunks, removed)
    if title and (label := _SUBJECT_LABEL.match(title)) and len(title) > label.end():
        title = title[label.end():]  # a memo's "Subject: Residents' parking permits": the subject is the title
    return chunks, Metadata(title=title, author=author, publisher=publisher, published=published), removed


# a term and what it stands for, over a dash: "CSTO – Collective Security Treaty Organization"
_DEFINED = re.compile(r"\s*\S.{0,40}?\s[–—-]\s\S")
