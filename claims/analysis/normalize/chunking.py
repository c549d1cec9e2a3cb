"""Plain or PDF text's lines grouped into chunks: runs of lines between blank lines, split where a
run holds several things (header lines, a heading over its points or paragraph, list items that
wrap, a minute's labels, a letter's salutation, a closing boilerplate line)."""
from __future__ import annotations

import re

from . import front, furniture, interview, labels, layout, letter_lines, line_dates, meta_lines
from .chunk_boilerplate import FOOTNOTE, split_at_boilerplate

# (a word processor's "o" bullet before a capital too, and a sub-point's en dash: "– The remaining …")
BULLET = re.compile(r"^\s*(?:[-*•▪◦]|–(?=\s+[A-Z])|o(?=\s+[A-Z]))\s+(?=\S)")  # a bulleted line is an item, never a heading ("1. Summary" may be)
# (a memo's lettered and numbered sub-points: "(a) more children are eligible;", "(ii) …")
LIST_ITEM = re.compile(r"^\s*(?:[-*•▪◦]|–(?=\s+[A-Z])|o(?=\s+[A-Z])|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4})\))\s+(?=\S)")


def group_chunks(lines: list[tuple[str, int] | None]) -> list[list[tuple[str, int]]]:
    """Runs of lines between blank lines; a run of short header lines splits into one chunk each."""
    out = []
    for chunk in _split_at_bullets(_split_at_turns(_split_at_salutation(_split_at_minute_labels(split_at_boilerplate(
            _split_after_memo_head(_raw_chunks(lines))))))):
        if out and len(out[-1]) == 1 and layout.REFERENCE_HEADINGS.match(out[-1][0][0].strip().rstrip(":")):
            out.append(chunk)  # the entries under "Notes", printed apart from it: numbered lines, not headings
        elif items := wrapped_items(chunk):
            out.extend(items)  # "• Only 91.5% of sailings ran … because of" / "technical faults …": one item each
        elif _one_paragraph_a_line(chunk):
            # pasted text: each line a whole paragraph, with no blank line between them
            out.extend(_paragraphs_a_line(chunk))
        elif len(chunk) > 1 and _head_lines(chunk):
            out.extend([line] for line in chunk)
        elif 2 <= len(chunk) <= 4 and front.title_over_byline(" ".join(t.strip() for t, _ in chunk[:-1]), chunk[-1][0]) \
                and len(chunk[0][0].split()) >= 3 and not any(layout.ends_sentence(t) for t, _ in chunk[:-2]) \
                and not front.front_matter([t for t, _ in chunk]):
            out.extend([chunk[:-1], [chunk[-1]]])  # a headline wrapped over two lines, its byline right under it
        elif (byline := _byline_inside(chunk)) is not None:
            # the same with the text run on under the byline and a dated line, no gap between them (as a
            # PDF prints it): the headline, each line of its head, then the text
            k, head_end = byline
            out.extend([chunk[:k]] + [[line] for line in chunk[k:head_end]] + [chunk[head_end:]])
        elif (dated := _dated_line_under_title(chunk)) is not None:
            # a title over its dated line, with the text run on under them ("Kelby Leisure Centre: options
            # for the future" / "DRAFT v3 - for discussion - 3 March 2026" / "The leisure centre opened …"),
            # perhaps under a series line ("MONITORING MEMO 2024/06")
            # (a title wrapped onto its second line stays one chunk)
            heads = [chunk[:2]] + [[chunk[2]]] if dated == 2 and chunk[1][0].strip()[:1].islower() else [[line] for line in chunk[:dated + 1]]
            out.extend(heads + [chunk[dated + 1:]])
        elif len(chunk) >= 2 and layout.REFERENCE_HEADINGS.match(chunk[0][0].strip().rstrip(":")):
            out.extend([[chunk[0]], chunk[1:]])  # "Notes" right above its numbered entries
        elif (len(chunk) >= 2 and layout.is_heading_line(chunk[0][0]) and not LIST_ITEM.match(chunk[0][0])
              and (points := [chunk[1:]] if all(LIST_ITEM.match(t) for t, _ in chunk[1:]) else wrapped_items(chunk[1:]))):
            out.append([chunk[0]])  # "Key findings" right above its points
            out.extend(points)
        elif len(chunk) >= 2 and (meta_lines.is_meta_line(chunk[0][0]) or layout.is_byline(chunk[0][0])) \
                and not layout.ends_sentence(chunk[0][0]) and layout.ends_sentence(chunk[-1][0]):
            # "Tbilisi Policy Institute | 14 January 2025", "Published: November 24, 2026 6:12am GMT" printed right
            # above the text
            out.extend([[chunk[0]], chunk[1:]])
        elif (dated := _entry_date(chunk)) is not None:
            # a timeline box's "Timeline" / "May 2021" / "Government takes control of the mine.", no gap between:
            # each head line alone, then the entry the date heads
            out.extend([[line] for line in chunk[:dated + 1]] + [chunk[dated + 1:]])
        elif len(chunk) >= 2 and _run_in_heading(chunk[0][0], chunk[1][0]):
            out.extend([[chunk[0]], chunk[1:]])  # "Recommendations" printed right above its paragraph
        else:
            out.append(chunk)
    return out


_YEAR_AT_END = re.compile(r"(?:19|20)\d\d\W*$")


def _dated_line_under_title(chunk: list[tuple[str, int]]) -> int | None:
    """Where the dated line under a title (and perhaps a series line over it) stands, the text run on
    under it; None when the chunk opens otherwise."""
    for k in (1, 2):
        # (or a line of parts set apart by dots or bars, one a date: "Working paper 2024/11 · … · October 2024")
        if len(chunk) < k + 2 or not layout.ends_sentence(chunk[-1][0]):
            continue
        # (a title wrapped onto a second line is one: "Drones over the Danube: Romania's exposed" / "ports")
        if (_dated_line(chunk[k][0]) or meta_lines.is_meta_line(chunk[k][0]) and not layout.ends_sentence(chunk[k][0])) \
                and (all(layout.is_heading_line(t) for t, _ in chunk[:k])
                     or k == 2 and chunk[1][0].strip()[:1].islower() and layout.is_heading_line(f"{chunk[0][0].strip()} {chunk[1][0].strip()}")):
            return k
    return None


def _dated_line(text: str) -> bool:
    return bool(_YEAR_AT_END.search(text)) and len(text.split()) <= 12 and not layout.ends_sentence(text) \
        and line_dates.ends_in_date(text.strip())


def _figure_rows(chunk: list[tuple[str, int]]) -> bool:
    """Rows of a small table ("Year 2015 2017 2019 …" over "KSI 301 288 264 …"), kept together."""
    return all(len(words := text.split()) >= 4 and sum(any(ch.isdigit() for ch in w) for w in words) >= 0.75 * len(words)
               for text, _ in chunk)


def _split_after_memo_head(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A memo printed without blank lines ("CONFIDENTIAL" / "MEMORANDUM" / "To: …" / "Date: …" /
    "Subject: …" / "• From April 2027 …"): the lines in capitals over the head each a chunk of their
    own, the head's fields one chunk, the text under them another."""
    out = []
    for chunk in chunks:
        caps = 0
        while caps < min(2, len(chunk)) and layout.is_all_caps(chunk[caps][0]) and len(chunk[caps][0].split()) <= 3:
            caps += 1
        if (dated := _issued_head(chunk)) is not None:
            # "KELBY HOSPITALS NHS TRUST" / "STATEMENT" / "Issued: Tuesday 18 August 2026" / "We are aware …":
            # a statement's head in capitals and its dated line, each a chunk of its own, then its text
            out.extend([line] for line in chunk[:dated + 1])
            out.append(chunk[dated + 1:])
            continue
        fields = caps
        while fields < len(chunk) and front.is_field_line(chunk[fields][0]):
            fields += 1
        if fields - caps < 2 or not any(layout.ends_sentence(text) for text, _ in chunk[fields:]):
            out.append(chunk)  # (a head alone, its letterhead above it, is read whole)
            continue
        out.extend([line] for line in chunk[:caps])
        out.append(chunk[caps:fields])
        if fields < len(chunk):
            out.append(chunk[fields:])
    return out


def _issued_head(chunk: list[tuple[str, int]]) -> int | None:
    """Where the dated line ends a head of capitals lines opening a run of sentences, or None."""
    caps = 0
    while caps < min(3, len(chunk)) and layout.is_all_caps(chunk[caps][0]) and len(chunk[caps][0].split()) <= 6:
        caps += 1
    if not caps or caps + 1 >= len(chunk) or not layout.is_byline(chunk[caps][0]) \
            or not any(layout.ends_sentence(text) for text, _ in chunk[caps + 1:]):
        return None
    return caps


def _split_at_minute_labels(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """ "RESOLVED: That …", "Action: Clerk to …" under a minute's paragraph start paragraphs of their own,
    as a script's cue lines do ("CUE: …" over "AUDIO: …")."""
    out = []
    for chunk in chunks:
        # ("Monday 26 October – Half term begins" over "Thursday 12 November – Parents' evening": a list of
        # dated entries printed without blank lines, each its own entry)
        dated = len(chunk) > 1 and all(labels.DATE_LABEL.match(text) for text, _ in chunk)
        # ("Product: Brightwarm fan heater" / "Batch numbers: 2509 to 2610" / "Hazard: The cut-out can fail …":
        # a notice's labelled lines, each starting a paragraph of its own)
        # ("Background. Kelby introduced …" / "Proposal. Officers propose …": sections run into their lines)
        run_in = sum(1 for text, _ in chunk if labels.RUN_IN_SECTION.match(text)) >= 2
        fields = [text for text, _ in chunk if LABELLED_LINE.match(text)]
        # (a memo's or an email's head, and a form's fields with no prose among them, are read whole)
        labelled = len(fields) >= 3 and not any(front.is_field_line(text) for text in fields) \
            and any(layout.ends_sentence(text) for text, _ in chunk if not LABELLED_LINE.match(text))
        starts = [n for n, (text, _) in enumerate(chunk)
                  if n and (dated or labelled and LABELLED_LINE.match(text) or run_in and labels.RUN_IN_SECTION.match(text)
                            or ":" in text and (labels.MINUTE_LABEL.match(text) or labels.DAY_LABEL.match(text)
                                                or furniture.SCRIPT_CUE.match(text)))]
        for a, b in zip([0] + starts, starts + [len(chunk)]):
            out.append(chunk[a:b])
    return out


# "Batch numbers: 2509 to 2610": a short label in capital and lower case, a colon, its value
LABELLED_LINE = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,2}:\s+\S")


# a recording's time alone on a line, over the turn it times: "[10:12]"
BARE_STAMP = re.compile(r"\s*[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*")


def _split_at_turns(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """A transcript printed without blank lines ("QUESTION: Will the limit be reviewed?" over "CH SUPT
    WARD: That is a matter for …"): each labelled line after a finished sentence starts a turn of
    its own (a time alone on the line above goes with it), when the run holds two turns or more."""
    out = []
    for chunk in chunks:
        if len(chunk) < 2 or ":" not in "".join(text for text, _ in chunk):
            out.append(chunk)
            continue
        turns = [n for n, (text, _) in enumerate(chunk)
                 if interview.opens_turn(text.lstrip()) and (n == 0 or layout.ends_sentence(chunk[n - 1][0])
                                                             or BARE_STAMP.fullmatch(chunk[n - 1][0]))]
        starts = [n for n in (n - 1 if n and BARE_STAMP.fullmatch(chunk[n - 1][0]) else n for n in turns) if n]
        if len(turns) < 2 or not starts:
            out.append(chunk)
            continue
        out.extend(chunk[a:b] for a, b in zip([0] + starts, starts + [len(chunk)]))
    return out


def _split_at_salutation(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """ "… Chair, Environment Scrutiny Committee / Dear Councillor Smith, / Thank you for …": a
    letter's salutation is a chunk of its own between the addressee and the letter."""
    out = []
    for chunk in chunks:
        at = next((n for n, (text, _) in enumerate(chunk) if letter_lines.SALUTATION.fullmatch(text.strip())), None)
        if at is None:
            out.append(chunk)
            continue
        out.extend(part for part in (chunk[:at], [chunk[at]], chunk[at + 1:]) if part)
    return out


def wrapped_items(chunk: list[tuple[str, int]]) -> list[list[tuple[str, int]]] | None:
    """A list whose items wrap onto unmarked lines (each such line continuing a line that ends no
    sentence), split into one chunk an item; None when the chunk is no such list."""
    if len(chunk) < 2 or not LIST_ITEM.match(chunk[0][0]) or all(LIST_ITEM.match(t) for t, _ in chunk) \
            or _run_in_heading(chunk[0][0], chunk[1][0]):
        return None  # ("1. Street lighting" over its paragraph is a numbered heading)
    items: list[list[tuple[str, int]]] = []
    for line in chunk:
        if LIST_ITEM.match(line[0]):
            items.append([line])
        elif layout.ends_sentence(items[-1][-1][0]):
            return None
        else:
            items[-1].append(line)
    return items


def _one_paragraph_a_line(chunk: list[tuple[str, int]]) -> bool:
    """Three or more long lines that nearly all end a sentence: paragraphs pasted one a line, not a
    hard-wrapped paragraph (whose lines end mid-sentence)."""
    body = chunk[1:] if chunk and not layout.ends_sentence(chunk[0][0]) else chunk
    if len(body) < 3:
        return False
    ended = sum(1 for t, _ in body if layout.ends_sentence(t))
    return ended >= 0.8 * len(body) and sum(len(t) for t, _ in body) / len(body) >= 60


# a bullet's glyph opening a line ("• Priya Shah (Labour) – 1,412"), not a dash that may run on a sentence
_GLYPH_BULLET = re.compile(r"\s*[•▪◦●‣]\s+(?=\S)")


def _split_at_bullets(chunks: list[list[tuple[str, int]]]) -> list[list[tuple[str, int]]]:
    """Bulleted items set in a block of prose with no gap around them (a PDF whose paragraphs have no
    space between them): the prose before them, each item, and the prose after them apart. An item
    ends at the next bullet, or at a line that opens a sentence after an item's line well short of
    the block's width (a wrapped item runs on from a full line)."""
    out = []
    for chunk in chunks:
        if len(chunk) < 2 or not any(_GLYPH_BULLET.match(t) for t, _ in chunk[1:]):
            out.append(chunk)
            continue
        width = max(len(t.rstrip()) for t, _ in chunk)
        current, in_item = [chunk[0]], bool(_GLYPH_BULLET.match(chunk[0][0]))
        for (before, _), line in zip(chunk, chunk[1:]):
            item = _GLYPH_BULLET.match(line[0])
            ended = layout.ends_sentence(before) or before.rstrip().endswith(":") \
                or in_item and len(before.rstrip()) < 0.75 * width
            if item and (ended or in_item) or in_item and not item and ended and line[0].lstrip()[:1].isupper():
                out.append(current)
                current, in_item = [line], bool(item)
            else:
                current.append(line)
        out.append(current)
    return out


def _paragraphs_a_line(chunk: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """Each line a paragraph, but for a line of the body that ends mid-sentence, which runs on into the
    line under it ("… began on September" / "27, 2025. A first round …")."""
    out: list[list[tuple[str, int]]] = []
    open_paragraph = False
    for k, line in enumerate(chunk):
        if open_paragraph:
            out[-1].append(line)
        else:
            out.append([line])
        # (a first line that ends no sentence and reads as a heading is the title over them)
        open_paragraph = not layout.ends_sentence(line[0]) and k + 1 < len(chunk) \
            and not (k == 0 and layout.is_heading_line(line[0]))
    return out


_PROVISION_NUMBER = re.compile(r"^\(\d{1,2}\)\s+(?=[A-ZÀ-Þ])")


def _entry_date(chunk: list[tuple[str, int]]) -> int | None:
    """Where a timeline entry's date line ("May 2021", "2024") stands among a chunk's first two lines, with at most a
    short heading line above it and the entry's sentence under it; None otherwise."""
    for k in range(min(2, len(chunk) - 1)):
        text = chunk[k][0].strip()
        if line_dates.timeline_date(text) and layout.ends_sentence(chunk[-1][0]) \
                and chunk[k + 1][0].strip()[:1].isupper() and all(layout.is_heading_line(t) for t, _ in chunk[:k]):
            return k
    return None


def _run_in_heading(line: str, following: str) -> bool:
    """A short title-case line with no full stop above a paragraph that starts a sentence; or a
    numbered one in any case ("2. Street lighting"), well shorter than the line under it (a wrapped
    paragraph's first line is about as long as its second)."""
    text = line.strip()
    # (or on a numbered provision: "§ 2. Registration" over "(1) An organisation must apply …")
    after = _PROVISION_NUMBER.sub("", following.strip(), count=1)
    # (the paragraph may open on a quotation: "CLAIM" over '"Crime in Kelby has doubled …"')
    if not (layout.is_heading_line(text) and after.lstrip("\"“‘'")[:1].isupper() and (len(after.split()) > 5 or layout.ends_sentence(after))
            and not FOOTNOTE.match(text)):
        return False
    if len(text.split()) <= 5 and layout.is_title_case(text):
        return True
    return bool(_SECTION_NUMBER.match(text)) and len(text.split()) <= 8 and len(text) < 0.6 * len(after)


# ("3.2 Funding", and a law's "§ 2. Registration", "Article 4. Entry into force" over their text)
_SECTION_NUMBER = re.compile(r"(?:§\s*|(?:Article|Section|Art\.)\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Þ]")


def _byline_inside(chunk: list[tuple[str, int]]) -> tuple[int, int] | None:
    """Where a "By …" line stands under a headline of one or two lines with prose run on under it, and
    where the head's lines (the byline, a dated line) end."""
    for k in (1, 2):
        if len(chunk) < k + 2 or not front.title_over_byline(" ".join(t.strip() for t, _ in chunk[:k]), chunk[k][0], dated=False) \
                or len(chunk[0][0].split()) < 3 or layout.ends_sentence(chunk[0][0]) and k == 2:
            continue
        end = k + 1
        while end < len(chunk) - 1 and layout.is_byline(chunk[end][0]) and not layout.ends_sentence(chunk[end][0]):
            end += 1  # ("Published: November 24, 2026 6:12am GMT" under it)
        return (k, end) if layout.ends_sentence(chunk[-1][0]) else None
    return None


def _head_lines(chunk: list[tuple[str, int]]) -> bool:
    """Header lines, or a title with its series, date or byline lines right under it (whether the first line is
    a title over a byline is asked once for the chunk, not once a line)."""
    titled = front.title_over_byline(chunk[0][0], chunk[1][0])
    return all(_header_like(t) or titled and line_dates.date_alone(t.strip()) for t, _ in chunk[1:]) \
        and (_header_like(chunk[0][0]) or layout.is_heading_line(chunk[0][0]) or titled) and not _figure_rows(chunk)


def _header_like(line: str) -> bool:
    text = line.strip()
    return (layout.is_boilerplate_line(text) or layout.is_all_caps(text) or layout.END_OF_BODY.match(text) is not None
            or bool(layout.BYLINE.match(text)) or meta_lines.is_meta_line(text)
            or (bool(layout.NUMBERED_HEADING.match(text)) and len(text.split()) <= 8))


def _raw_chunks(lines: list[tuple[str, int] | None]) -> list[list[tuple[str, int]]]:
    chunks, current = [], []
    for line in lines:
        if line is None:
            if current:
                chunks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        chunks.append(current)
    return chunks


# A footnote number glued to a full stop ("… to Odesa.1 Rail …"); the letter before the stop is
# matched rather than looked behind for, which a scan of a whole document would try at every character
# begins at the stop, so a search skips to stops (the look-behind checks the letter before it); after
# a year, "in 2018.3 The ministry", a number before a capital is a marker too (no year has decimals)
