"""The lines around a document's prose: a memorandum's or a committee report's head of fields, a
title block's short lines (series, author, date) that read as no sentence, an exported page's
properties, and the sign-off under a memo or a letter."""
from __future__ import annotations

import re

from . import layout, line_dates, meta_lines

# a memorandum's head, a committee report's ("Report to: …", "Date of meeting: …", "Wards affected: All")
# and an email's ("From: …", "Sent: …", "To: …", "Subject: …")
_FIELD = re.compile(r"^(to|from|date|re|subject|cc|bcc|attn|attention|through|thru|report\s+(?:to|of|by|author)|"
                    r"date\s+of\s+meeting|meeting\s+date|wards?\s+affected|(?:key\s+)?decision(?:\s+required)?|"
                    r"contact\s+officer|classification|agenda\s+item|sent|tabled|answered|(?:question\s+)?reference|ref|"
                    # a decision note's "Deadline:" and "Cost:"
                    r"deadline|cost|lead\s+officer|"
                    # a meeting's minutes: who came
                    r"present|also\s+present|apologies(?:\s+for\s+absence)?|in\s+attendance|absent|chair)\s*:\s*(.+)$",
                    re.IGNORECASE)
# a line that names what the document is, not who published it
DOCUMENT_KIND = re.compile(r"(?:(?:confidential|internal)\s+)?(?:memorandum|memo|briefing(?:\s+note)?|policy\s+(?:brief|memo)|"
                           # ("ISSUE BRIEF" over a think tank's title, "Research note", "Backgrounder")
                           r"issue\s+brief|research\s+(?:note|brief|paper)|backgrounder|"
                           r"press\s+release|fact\s+sheet|report|statement|news\s+release|(?:statistical\s+)?bulletin|newsletter|"
                           r"inspection\s+(?:summary|report))"
                           # or how it is marked: "CONFIDENTIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED"
                           r"|(?:strictly\s+)?confidential|official(?:[-\s]sensitive)?|restricted|not\s+protectively\s+marked"
                           r"|(?:for\s+)?internal\s+use\s+only"
                           # or how a speech's text is marked: "CHECK AGAINST DELIVERY"
                           r"|(?:please\s+)?check\s+against\s+delivery|(?:speech\s+)?as\s+prepared\s+for\s+delivery", re.IGNORECASE)


def is_field_line(text: str) -> bool:
    """ "To: Cabinet Member for Environment", "Date: 21 September 2026": a line of a memo's head."""
    return bool(_FIELD.match(text.strip()))


# a head laid out as a table of two columns puts two fields on a line: "To: Cabinet Member …  Date: 24
# November 2026"
_SECOND_FIELD = re.compile(r"\s+(?=(?:Date|Ref|Our\s+ref|Your\s+ref|From|To|Cc|Subject)\s*:\s)")


def _two_fields(text: str) -> list[str]:
    """The fields a line of a head holds: one, two laid out as a table's columns, or several set apart
    by bars ("To: Lead Member | From: Director | Date: 18 November 2026")."""
    text = text.strip()
    if not _FIELD.match(text):
        return [text]
    parts = [part.strip(" |") for part in _FIELD_BAR.split(text)] if " | " in text else [text]
    out = []
    for part in parts:
        second = _SECOND_FIELD.search(part, 1)
        out += [part[:second.start()], part[second.end():]] if second else [part]
    return out


_FIELD_BAR = re.compile(r"\s+\|\s+(?=[A-Z][\w ]{1,25}:\s)")


def memo_fields(texts: list[str]) -> dict[str, str]:
    """The fields of a memorandum's head, when every line is one (a title line above may name the
    document: "MEMORANDUM")."""
    body = None
    if texts and (DOCUMENT_KIND.fullmatch(texts[0]) or len(texts) >= 3 and not _FIELD.match(texts[0])
                  and layout.is_heading_line(texts[0])):
        body, texts = texts[0], texts[1:]  # "Westmoor Borough Council" above a report's fields
    texts = [part for t in texts for part in _two_fields(t)]
    fields = [_FIELD.match(t) for t in texts]
    if len(fields) < 2 or not all(fields):
        return {}
    found = {re.sub(r"\s+", " ", m.group(1).lower()): m.group(2).strip() for m in fields}
    # an email's "Sent:" line dates it as a memo's "Date:" does
    found.setdefault("date", found.get("date of meeting") or found.get("meeting date") or found.get("sent")
                     or found.get("answered") or found.get("tabled") or "")
    if body and not DOCUMENT_KIND.fullmatch(body):
        found["body"] = body
    return found


# "Priya Nair1, Tom Okafor2": an author's name with the mark of her affiliation (raised marks read as digits)
_MARKED_NAME = re.compile(r"[A-Z][a-z]+[1-9](?:,|\s|$)")
# "¹ Institute for Transport Studies, Northbridge  ² Centre for Urban Policy" (its first mark may be read as a digit)
_AFFILIATION = re.compile(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]\s*[A-ZÀ-Þ]")
# "Do congestion charges reduce road deaths?": a title may ask
# ("Transnistria: a frozen conflict thaws?": a topic, a colon and the question in lower case)
TITLE_QUESTION = re.compile(r"[A-ZÀ-Þ][^.!?:]{10,110}\?|[A-ZÀ-Þ][^.!?:]{2,40}:\s+[a-zà-ÿ][^.!?:]{8,100}\?")
# … also after its series, among the lines of a front matter ("The Kelby Briefing — Episode 41: Is
# the new bus network working?" over "Released 2 October 2025"; alone, "Asked by …: How many …?"
# is a question put)
_SERIES_QUESTION = re.compile(r"[A-ZÀ-Þ][^.!?:]{2,60}:\s+[A-ZÀ-Þ][^.!?:]{10,110}\?")


# '“The text is agreed. The politics are not.”': an interview's title, a remark in quotation marks
_TITLE_QUOTED = re.compile(r"[“\"][A-ZÀ-Þ][^“”\"]{3,110}[”\"]")


def is_quoted_title(line: str) -> bool:
    return bool(_TITLE_QUOTED.fullmatch(line)) and len(line.split()) <= 15


def is_front_title(line: str) -> bool:
    """A title line of a front matter that ends as a sentence would: a question, or a remark quoted whole."""
    return bool(TITLE_QUESTION.fullmatch(line) or _SERIES_QUESTION.fullmatch(line)) or is_quoted_title(line)


def front_matter(texts: list[str]) -> bool:
    """A few short lines before the prose that read as no sentence: series, title, author, date,
    the authors' affiliations."""
    if len(texts) > 6 or any(layout.ends_sentence(t) and not is_front_title(t) for t in texts):
        return False
    # authors marked with raised numbers, and the affiliations those numbers label
    marked = any(ch in layout.SUPERSCRIPT_DIGITS for t in texts for ch in t) or any(_MARKED_NAME.search(t) for t in texts)
    if all(_front_matter_line(t) or marked and _AFFILIATION.match(t) for t in texts):
        return True
    # "Response to the council's consultation on the … budget" over "Submitted 14 January 2025":
    # a long subtitle is front matter when a short dated line closes it
    # a subtitle over the writer's name alone: "What changes at Zvartnots and on the Iranian border" / "Hasmik Grigoryan"
    # a release's head over its title: "issued by the Registrar of the Court" / "ECHR 187 (2025)" / "16.09.2025" / the title
    return (len(texts) > 1 and line_dates.ends_in_date(texts[-1]) and len(texts[-1].split()) <= 8
            and all(layout.is_heading_line(t) for t in texts[:-1])) \
        or (len(texts) > 2 and line_dates.date_alone(texts[-2]) is not None and layout.is_heading_line(texts[-1])
            and len(texts[-1].split()) <= 16 and all(_front_matter_line(t) for t in texts[:-1])) \
        or (len(texts) == 2 and _WRITER_ALONE.fullmatch(texts[1]) is not None and len(texts[0].split()) <= 14
            and not layout.ends_sentence(texts[0]))


# a person's name on a line of its own, perhaps with a middle initial: "Hasmik Grigoryan", "Anna K. Kovacs"
_WRITER_ALONE = re.compile(r"(?:By\s+)?[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s+[A-ZÀ-Þ]\.)?(?:\s+[A-ZÀ-Þ][a-zà-ÿ’'-]+){1,2}")


# "Policy Note 2022/4 — Shore power for cruise ships": a series and a title on one line
_TITLE_SEPARATOR = re.compile(r"\s[—–-]\s|:\s")


def _front_matter_line(text: str) -> bool:
    """Short, or a longer title or byline line ("Prepared by the Secretariat, 21 October 2022");
    the wrapped first lines of a paragraph run longer and have neither."""
    words = len(text.split())
    return words <= 8 or (words <= 14 and (layout.is_byline(text) or bool(_TITLE_SEPARATOR.search(text)) or line_dates.ends_in_date(text)
                                            or bool(HELD_ON.match(text)) or meta_lines.is_meta_line(text)))


# "Held on Tuesday 4 March 2025 at 7pm, Westmoor Town Hall": when a meeting sat dates its minutes
HELD_ON = re.compile(r"(?:(?:meeting\s+)?held|convened|(?:date\s+of\s+)?meeting)\s+(?:on\s+)?(?=\S*\s*\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
                     re.IGNORECASE)


# a page's properties as a workspace exports them under its title ("Created: February 18, 2026
# 2:14 PM", "Created by: Tomasz Wilk", "Tags: consultation, libraries", "Last edited: …")
_PROPERTY = re.compile(r"(?P<key>[A-Z][a-z]+(?: [a-z]+){0,2}):\s+(?P<value>\S.{0,120})")
_PROPERTY_AUTHOR = ("author", "created by", "owner", "written by", "by")
# the date a page was last put out before the one it was begun
_PROPERTY_DATES = ("published", "date", "last edited", "last updated", "updated", "edited", "created")


def properties(texts: list[str]) -> dict[str, str]:
    """A block of "Key: value" lines (two or more, none a sentence), by key in lower case; empty
    when any line is something else."""
    found = [_PROPERTY.fullmatch(t.strip()) for t in texts]
    if len(found) < 2 or not all(found) or any(layout.ends_sentence(t) and len(t.split()) > 8 for t in texts):
        return {}
    return {m.group("key").lower(): m.group("value").strip() for m in found}


def with_properties(fields: dict[str, str], author: str | None, published: str | None) -> tuple[str | None, str | None]:
    """The author and date a page's properties give, where none was found before them."""
    author = author or next((fields[k] for k in _PROPERTY_AUTHOR if fields.get(k)), None)
    return author, published or next(filter(None, (line_dates.published_in(fields[k]) for k in _PROPERTY_DATES if k in fields)), None)


# "| **Date of decision** | 2 July 2026 |": a record's properties set out as a table, its date in a row
_DATE_ROW = re.compile(r"^\|\s*(?:\*\*|__)?(?:date(?:\s+of\s+(?:decision|publication|issue|report))?|published|issued)"
                       r"(?:\*\*|__)?\s*:?\s*\|\s*(?P<value>[^|\n]{4,40}?)\s*\|", re.IGNORECASE | re.MULTILINE)


def table_date(raw: str) -> str | None:
    """The date a properties table gives its page, when nothing else dates it."""
    m = _DATE_ROW.search(raw) if "|" in raw else None
    return line_dates.published_in(m.group("value")) if m else None


# an address or a telephone number on a line of a sign-off ("rachel.moore@kelby.example | 01632 960 114")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\d.,])(?:\+\d{1,3}[\s-]?)?\(?0?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\d.,])")


# "Margaret Hale" / "Chair of Trustees", "Daniel Reyes" / "Grants Manager": a name over the post its
# holder signs in
_POST = re.compile(r"(?:[A-Z][\w&’'-]+\s+){0,2}(?:Chair|Chairman|Chairwoman|Chairperson|Vice[- ]Chair|Chief\s+Executive|(?:Managing\s+|Executive\s+)?Director|"
                   r"Head(?:teacher|\s+of)?|Manager|Secretary|Leader|President|Treasurer|Editor|Clerk|Mayor|Headmaster|"
                   r"Headmistress|Principal|Vice[- ]Chancellor|Chancellor|Provost|Dean|Rector)\b[\w\s,&’'-]{0,60}")


def sign_off(texts: list[str]) -> bool:
    """ "Rachel Moore" / "Head of Network Management" / "rachel.moore@… | 01632 960 114": a name over a
    role and how to reach them, no sentence among them."""
    return 2 <= len(texts) <= 5 and layout.is_title_case(texts[0]) and len(texts[0].split()) <= 5 \
        and not any(layout.ends_sentence(t) for t in texts) \
        and (any(_CONTACT.search(t) for t in texts[1:]) or len(texts) == 2 and bool(_POST.fullmatch(texts[1].strip())))


# "Ana Ciobanu" on a line of her own under the headline, over the date: the writer (two or three words,
# each a capitalised name, no small word of a body's or a heading's name)
_NAME_WORD = r"[A-ZÀ-Þ][a-zà-ÿ’'-]+"  # a capitalised word of a person's name
_PERSON_ALONE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}")
# a body's, a section's or a paper's word: no person's name holds one (a line alone, a part of a meta line)
_NOT_A_PERSON = re.compile(r"\b(?:Council|Ministry|Office|Agency|Service|News|Report|Review|Forum|Institute|Centre|Center|University|"
                           r"Group|Committee|Summary|Update|Opinion|Analysis|Comment|Editorial|Team|Unit|Department|Division|"
                           r"Desk|Staff|Secretariat|Board|Partnership|Campaign|Society|Association|Union|Trust|Party|Bank|Fund|"
                           r"Commission|Company|Press|Media|Times|Post|Herald|Daily|Weekly|Policy|Brief|Notes?|Papers?|"
                           r"Commentary|Briefing|Explainer|Feature|Interview|Foundation|Programme|Program|Network|Project|"
                           r"Observatory|Digest|Monitor|Bulletin|Buses|Railways?|Police|Data|Business|Journal|Magazine|Radio|"
                           r"Studio|Labs?|Partners|Authority|Gazette|Tribune|Chronicle|Courier|Mail|Guardian|Observer|Telegraph|"
                           r"Standard|Express|Mirror|Record|Echo|Argus|Advertiser|Watch|\w+watch|"
                           # (a place over a date: "Kelby Harbour" / "20 May 2026")
                           r"Harbour|Harbor|Street|Road|Square|Park|Bridge|Port|Hall|House|Market|Station|Airport|Valley|River|"
                           r"Lake|Town|City|Village|County|District|Region|Island|Bay|Hill)\b")


def long_title_over_date(line: str, next_line: str | None) -> bool:
    """ "Comment by the Information and Press Department … on the sentencing of …" over "5 August 2025
    11:42": a first line too long for a heading, closed by no stop, with the date on the line under it."""
    line = line.strip()
    return next_line is not None and 14 < len(line.split()) <= 32 and line[:1].isupper() \
        and not layout.ends_sentence(line) and not line.endswith((":", ",", ";", "-", "–", "—")) \
        and bool(line_dates.DATELINE.match(next_line.strip()) or line_dates.date_alone(next_line.strip()))


_BY_WRITER = re.compile(r"\s*By\s+[A-ZÀ-Þ][\w’'-]+\s+[A-ZÀ-Þ]")


def title_over_byline(line: str, next_line: str | None, *, dated: bool = True) -> bool:
    """ "Enlargement is back on the EU agenda. Is the Union ready?" over "By Clara Moreau", 'Georgia summons
    EU ambassador over "interference"' over "4 June 2024" (when `dated`): a headline that reads as
    sentences, known by the byline or the day's date right under it."""
    # (or a meta line of parts set apart by bars or dots, one a date: "Energy Corridors Monitor | Brief 12/2025 | 9 June 2025")
    return next_line is not None and 3 <= len(line.split()) <= 20 \
        and bool(_BY_WRITER.match(next_line) or dated and len(line_dates.date_alone(next_line.strip()) or "") == 10
                 or dated and meta_lines.is_meta_line(next_line) and not layout.ends_sentence(next_line))


def standfirst_over_byline(text: str, next_line: str | None) -> bool:
    """ "Pickers are paid more and the boycott is over. The harder part is making it last." under the title and
    over "By Dilnoza Karimova | 15 April 2024": a standfirst, a sentence or two that sum the piece up (the
    title already taken above it)."""
    # (a headline without a stop over the byline, under a site's or a paper's name taken for the title, is no standfirst)
    return next_line is not None and 3 <= len(text.split()) <= 45 and text.count(". ") <= 2 and layout.ends_sentence(text) \
        and bool(_BY_WRITER.match(next_line))


def front_writer(line: str, next_line: str | None) -> str | None:
    """The writer a line under the title names: a name alone with the date on the line after it, or
    authors each marked for an affiliation ("Anna Sargsyan¹ and Tigran Hovhannisyan² 1 Yerevan State
    University. …", the affiliations run on to the same line)."""
    line = line.strip()
    if _PERSON_ALONE.fullmatch(line) and not _NOT_A_PERSON.search(line) \
            and next_line is not None and line_dates.date_alone(next_line.strip()) is not None:
        return line
    marked = _AUTHORS_MARKED.match(line)
    return marked.group("first") if marked else None


# "Anna Sargsyan¹ and Tigran Hovhannisyan²", "Lena Holt*, Sam Reed†": two or more authors, each with the
# mark of an affiliation
_AUTHOR_NAME = _NAME_WORD + r"(?:\s+[A-ZÀ-Þ][a-zà-ÿ’'.-]+){1,2}"  # (an initial's stop in the later words: "Sam J. Reed")
_AFFILIATION_MARK = r"[¹²³⁴⁵⁶⁷⁸⁹*†‡]+"
_AUTHORS_MARKED = re.compile(rf"(?P<first>{_AUTHOR_NAME}){_AFFILIATION_MARK}(?:,?\s+(?:and\s+)?{_AUTHOR_NAME}{_AFFILIATION_MARK})+(?=\s|$)")


# "How many people have returned?" over the prose that answers it: a fact sheet's or an explainer's
# questions, set as headings (two or more of them, each a short question on a line of its own with
# prose under it; a lone rhetorical question stays a claim)
# (perhaps numbered: "1. How much will bills rise?", "2. Why?")
_ASKS = re.compile(r"(?:\d{1,2}[.)]\s+)?(?:What|How|Why|Who|When|Where|Which|Is|Are|Was|Were|Can|Could|Will|Would|Does|Do|Did|"
                   r"Should|Has|Have)\b[^.!?]{0,80}\?")


def questions_over_answers(groups: list[list[tuple[str, int]]]) -> set[int]:
    found = {n for n, lines in enumerate(groups[:-1]) if len(lines) == 1 and _ASKS.fullmatch(lines[0][0].strip())
             and len(lines[0][0].split()) <= 12 and not _ASKS.fullmatch(groups[n + 1][0][0].strip())
             and layout.ends_sentence(" ".join(t for t, _ in groups[n + 1]))}
    return found if len(found) >= 2 else set()


# "Opinion · Tigran Grigoryan · January 15, 2025": the parts of a meta line, one of them a person's name
_META_PARTS = re.compile(r"\s+[·|•]\s+")
_WORD = re.compile(r"[a-z][a-z’'-]+")


def meta_line_person(line: str, text: str) -> str | None:
    """The person a meta line names among its parts ("Opinion · Tigran Grigoryan · January 15, 2025"), or None: a
    name of two or three capitalised words, none of them a body's word, nor one the `text` writes in lower case."""
    parts = _META_PARTS.split(line.strip())
    if len(parts) < 2:
        return None
    lower = None
    for part in (p.strip() for p in parts):
        if not _PERSON_ALONE.fullmatch(part) or _NOT_A_PERSON.search(part):
            continue
        lower = lower if lower is not None else set(_WORD.findall(text))
        if not any(w.lower() in lower for w in part.split()):
            return part
    return None
