"""Plain text and text extracted from PDF pages.

PDF text arrives hard-wrapped, hyphenated at line ends, and with whatever sat at the bottom of
a page (footnotes, the page's link targets, the page number) wedged between the two halves of a
sentence that the page break cut. This module undoes that.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import entries, furniture, interview, layout, line_dates, quotations
from .model import Link, Normalized, Reference, TextBuilder, UrlBlock
from .forwarded import forwarded_message
from .line_numbers import placed_without_margin_numbers
from .timed_lines import (
    CHANNEL_POST_ANYWHERE,
    CHAT_LINE_ANYWHERE,
    POSTER_HEAD_ANYWHERE,
    channel_posts,
    chat_messages,
    monitored_posts,
    subtitle_text,
)
from .page_breaks import join_page_breaks
from .pasted_markup import blank_pasted_markup
from .chunking import BARE_STAMP, LIST_ITEM, group_chunks
from .note_markers import marker_labels
from .pages import Chunk, classify_chunks
from .prose_notes import plain_markers, prose_markers, raised_markers
from .raw_lines import split_lines
from .resolutions import resolving_body
from .note_marks import marked_notes, marks_in
from .labels import SHORT_RUN_IN
from .line_join import Vocabulary
from .paragraphs import CLASSIFICATION_MARKING, lead_heading, write_paragraph
from .running_lines import closing_footer_date, drop_running_lines, issue_date



# a footer line that says when the text was issued: "Issued 3 May 2024 · Fenby Water · Page 1 of 1"
_ISSUED_LINE = re.compile(r"\s*(?:issued|published|updated|last\s+updated|dated?)\s*:?\s+[^·|]{6,40}", re.IGNORECASE)


_BARE_QA = re.compile(r"\s*[QA]\s*[.:]\s*")
# two lines in a row that open on a number
_NUMBERED_LINES = re.compile(r"^[ \t]*\d{1,3}(?:[ \t]|$).*\n[ \t]*\d{1,3}(?:[ \t]|$)", re.MULTILINE)


def build(raw: str, fmt: str) -> Normalized:
    raised = raised_markers(raw)
    raw = plain_markers(raw)
    raw, rst_notes, block_quoted = blank_pasted_markup(raw)
    feeds = [m.start() for m in re.finditer("\f", raw)] if "\f" in raw else []
    lines = split_lines(raw)
    signature: list[tuple[str, str]] = []
    if "\n--" in raw:
        lines, signature = furniture.signature_apart(lines)
    # (each reading below runs only when the raw text has what it looks for)
    if _NUMBERED_LINES.search(raw):
        lines = placed_without_margin_numbers(lines)
    forwarding, forwarded_subject, forwarded_date = [], None, None
    if "orwarded" in raw or "Original Message" in raw:
        lines, forwarding, forwarded_subject, forwarded_date = forwarded_message(lines)
    if "-->" in raw:
        lines = subtitle_text(lines)
    chat_notices, chat_date, chat_group = [], None, None
    if CHAT_LINE_ANYWHERE.search(raw):
        lines, chat_notices, chat_date, chat_group = chat_messages(lines)
    elif CHANNEL_POST_ANYWHERE.search(raw):
        lines, chat_notices, chat_date, chat_group = channel_posts(lines)
    posters: dict[int, str] = {}
    if POSTER_HEAD_ANYWHERE.search(raw):
        lines, chat_notices, chat_date, posters = monitored_posts(lines)
    lines, quoted, intros = interview.quoted_email(lines)
    quoted.update(block_quoted)
    quoted.update(posters)
    lines, running = drop_running_lines(lines, feeds)
    labels = marker_labels(raw) | {label for _, label in raised} | rst_notes
    chunks, metadata, removed = classify_chunks(group_chunks(lines), labels)
    if metadata.published is None:
        # "POLICY MEMO No. 14 … March 2023" printed on every page dates the issue
        dated = (issue_date(r) for r in dict.fromkeys(running))
        metadata = replace(metadata, published=next((d for d in dated if d), None))
    if metadata.published is None:
        # "Issued 3 May 2024 · Fenby Water · Page 1 of 1": a notice's one footer line, set aside as furniture,
        # says when it was issued
        issued = (_ISSUED_LINE.match(c.text) for c in chunks if c.kind == "boilerplate")
        metadata = replace(metadata, published=next((d for m in issued if m and (d := line_dates.published_in(m.group(0)))), None))
    if metadata.published is None:
        metadata = replace(metadata, published=closing_footer_date(lines))
    if forwarding or chat_notices:
        metadata = replace(metadata, title=forwarded_subject or metadata.title or chat_group,
                           published=metadata.published or forwarded_date or chat_date)
    removed = forwarding + chat_notices + signature + [("running header", r) for r in dict.fromkeys(running)] + [("attribution", i) for i in intros] + removed
    chunks = join_page_breaks(chunks)
    if feeds:
        # pages are known exactly: a form feed separates them
        for chunk in chunks:
            chunk.page = bisect.bisect_right(feeds, chunk.lines[0][1]) + 1
    chunks = _signatures_apart(chunks)
    vocabulary = Vocabulary(raw)
    builder = TextBuilder()
    url_blocks: list[UrlBlock] = []
    references: list[Reference] = []
    headings_seen = 0
    caret_entries = 0
    _lift_wire_dateline(chunks, removed)
    quoted_by = credited = None
    # "Speech by Mayor Daniel Okoro at …" over the text: what the speech says is his
    giver = next((who for _, line in removed if (who := quotations.speech_line_giver(line, anywhere=True))), None)
    pulled = _pull_quotes(chunks)
    # paragraphs that open on a short title of their own ("Delay. If talks drag on, …"), two or more of them
    run_in = {id(c) for c in chunks if c.kind == "body" and SHORT_RUN_IN.match(c.lines[0][0])}
    run_in = run_in if len(run_in) >= 2 else set()
    resolving = resolving_body([c.text for c in chunks])  # "The Security Council," over its clauses
    marks = marks_in(raw)
    # ("Q." on a line of its own over the question: the label and the line under it are read as one)
    # ("[10:12]" on a line of its own over "QUESTION: …": the same)
    turns = interview.turns([(n, c.text if len(c.lines) > 1 and (_BARE_QA.fullmatch(c.lines[0][0]) or BARE_STAMP.fullmatch(c.lines[0][0]))
                              else c.lines[0][0].lstrip())
                             for n, c in enumerate(chunks) if c.kind == "body"], metadata.author)
    paragraphs = [(n, c.text, c.kind == "heading") for n, c in enumerate(chunks) if c.kind in ("body", "heading")]
    written_by, letter_signatures = interview.signed_letters(paragraphs)
    written_by.update(interview.answered_under_headings(paragraphs))  # an answer under "Answered by Tom Ashworth"
    for n, chunk in enumerate(chunks):
        if id(chunk) in pulled:
            removed.append(("pull quote", chunk.text))  # the note prints these words where they were said
            continue
        if chunk.kind in ("boilerplate",):
            continue
        if resolving and n == resolving[0]:
            removed.append(("resolution subject", chunk.text))
            continue
        by_body = resolving[1] if resolving and n > resolving[0] else None
        if chunk.kind == "reference":
            for text in entries.numbered_entries([t for t, _ in chunk.lines]):
                label = entries.ENTRY_LABEL.match(text)
                if not label and text.startswith("^"):
                    # an encyclopedia's "^ …" entries are numbered by their order, as its "[1]" markers count
                    caret_entries += 1
                    references.append(Reference(str(caret_entries), text, tuple(layout.URL.findall(text))))
                    continue
                references.append(Reference(label.group(1) if label else None, text, tuple(layout.URL.findall(text))))
            for pos, junk in chunk.cuts:
                url_blocks.append(UrlBlock(tuple(t.strip() for t, _ in junk.lines), builder.position, chunk.page))
            continue
        if chunk.kind == "body" and marks and (marked := marked_notes([t for t, _ in chunk.lines], marks)):
            # "† Provisional." / "‡ Revised.": the notes the prose's printer's marks point to
            references.extend(Reference(label, text, tuple(layout.URL.findall(text))) for label, text in marked)
            removed.append(("footnote", chunk.text))
            continue
        if n in letter_signatures:
            removed.append(("attribution", chunk.text))  # "Mary Polwin, Kelby" under her letter
            continue
        if who := quotations.credited_speaker(chunk.text.strip()):
            removed.append(("attribution", chunk.text))  # "Quotes attributable to Minister Ellis:"
            credited = who
            continue
        if chunk.text[:1] not in "\"“":
            credited = None  # the quotations under a credit run to the first paragraph that is not one
        if chunk.kind == "heading":
            builder.begin()
            builder.add(chunk.lines[0][0], chunk.lines[0][1])
            for text, off in chunk.lines[1:]:
                builder.add(" " + text, off - 1)  # a headline wrapped onto a second line
            builder.end("heading", level=1 if headings_seen == 0 and metadata.title == chunk.text else 2, page=chunk.page)
            headings_seen += 1
            continue
        if chunk.kind == "list_item":
            for k, (text, off) in enumerate(chunk.lines):
                marker = LIST_ITEM.match(text)
                if not marker:
                    builder.add(" " + text, off - 1)  # the item wraps onto this line
                    continue
                if k:
                    builder.end("list_item", page=chunk.page, speaker=by_body)
                start = marking.end() if (marking := CLASSIFICATION_MARKING.match(text, marker.end())) else marker.end()
                skip = lead_heading(builder, text[start:], off + start, chunk.page, listed=True)
                builder.begin()
                builder.add(text[start + skip:], off + start + skip)
            builder.end("list_item", page=chunk.page, speaker=by_body)
            continue
        if n in turns and turns[n][1]:
            # "HALE: We have completed …": who takes the turn, not what is said
            who, end = turns[n]
            label = chunk.text[:end].strip()
            line, off = chunk.lines[0]
            while len(chunk.lines) > 1 and end >= len(line.strip()):
                # the label's own line ("Q." over the question), or a time over the labelled line
                # ("[10:12]" over "QUESTION: Will …"): counted in the text the lines join into
                end -= min(end, len(line.strip()) + 1)
                chunk.lines = chunk.lines[1:]
                line, off = chunk.lines[0]
            end += len(line) - len(line.lstrip())
            removed.append(("speaker label", label))
            if end:
                chunk.lines[0] = (line[end:], off + end)
        if (cue := furniture.SCRIPT_CUE.match(chunk.lines[0][0])) and cue.group("label") == "CUE":
            # "CUE: The trust's finance director … defended the rise.": read on air, the label is not
            removed.append(("cue label", "CUE:"))
            line, off = chunk.lines[0]
            chunk.lines[0] = (line[cue.end():], off + cue.end())
        if chunk.text[:1] in "\"“" and (signed := quotations.signed_at_end(chunk.text)):
            removed.append(("attribution", chunk.text[signed[1]:]))  # '"…" - Councillor Dan Price, in a leaflet'
            chunk.keep_text_to(signed[1])
            quoted_by = signed[0]
        write_paragraph(builder, chunk, vocabulary, url_blocks, speaker=turns[n][0] if n in turns else
                         quoted_by or credited or written_by.get(n) or quoted.get(chunk.lines[0][1]) or giver or by_body,
                        run_in=id(chunk) in run_in)
        # "As one respondent to the consultation wrote:" closing a paragraph names the quotation under it
        closing = quotations.closing_lead_in(chunk.lines[-1][0])
        quoted_by = closing[0] if closing else None
    normalized = builder.text()
    # a page's footnotes are the reference list its numbered markers point to
    listed = {r.label for r in references if r.label}
    for what, text in removed:
        if what != "footnote":
            continue
        label = re.match(r"^\s*(\d{1,3})\.?\s+\S", text)  # ("2 Internal data, …", "1. Gazprom, …")
        urls = tuple(u.rstrip(".,;") for u in layout.URL.findall(text))
        if label and label.group(1) not in listed:
            listed.add(label.group(1))
            references.append(Reference(label.group(1), text, urls))
        elif not label and urls:
            # an unnumbered source line at a page's foot: cited by the claim that names its author
            references.append(Reference(None, text, urls))
    builder.markers.extend(prose_markers(normalized, builder.blocks, labels, references, raised, builder.anchors,
                                         builder.markers))
    builder.markers.sort(key=lambda marker: marker.start)
    return Normalized(
        text=normalized,
        format=fmt,
        blocks=tuple(builder.blocks),
        links=_prose_links(normalized, builder.blocks),
        url_blocks=tuple(url_blocks),
        markers=tuple(builder.markers),
        references=tuple(references),
        metadata=metadata,
        removed=tuple(removed),
        offset_map=tuple(builder.anchors),
    )


def _prose_links(normalized: str, blocks: list) -> tuple[Link, ...]:
    """ "… rose by 5% in 2024 [https://stats.example/trade].": an address written in the prose cites the
    sentence it stands in."""
    if "http" not in normalized and "www." not in normalized:
        return ()
    found = []
    for block in blocks:
        if block.kind != "heading":
            for m in layout.URL.finditer(normalized, block.start, block.end):
                url = m.group(0).rstrip(".,;:)]>")
                found.append(Link(url, m.start(), m.start() + len(url)))
    return tuple(found)


def _lift_wire_dateline(chunks: list[Chunk], removed: list) -> None:
    """ "LONDON, March 4 (Wire) - " opens a wire story; it says where and who, not what."""
    first = next((c for c in chunks if c.kind == "body"), None)
    if first is None:
        return
    for chunk in chunks[:chunks.index(first)]:
        # ("CHISINAU, Jan 9 (Balkan Insight Wire)" on a line of its own, taken for a heading)
        if chunk.kind == "heading" and (alone := layout.WIRE_DATELINE.fullmatch(chunk.text.strip())) and alone.group("date"):
            removed.append(("dateline", chunk.text.strip()))
            chunk.kind = "boilerplate"
            return
    # ("ODESA — …", "MOSCOW — …": a roundup opens each item on its own dateline)
    at = [k for k, c in enumerate(chunks) if c.kind == "body" and layout.WIRE_DATELINE.match(c.lines[0][0].lstrip())]
    opened = [chunks[k] for k in at]
    # (a brief's stories, each under its headline: "NATO to send extra troops" over "BRUSSELS - NATO will …")
    headed = len(at) >= 2 and all(k and chunks[k - 1].kind == "heading" for k in at)
    for chunk in (opened if len(opened) >= _ROUNDUP_ITEMS or headed else [first]):
        text, offset = chunk.lines[0]
        lead = len(text) - len(text.lstrip())
        m = layout.WIRE_DATELINE.match(text.lstrip())
        if m:
            removed.append(("dateline", m.group(0).strip()))
            chunk.lines[0] = (text[lead + m.end():], offset + lead + m.end())


_ROUNDUP_ITEMS = 3


def _pull_quotes(chunks: list[Chunk]) -> set[int]:
    """Short paragraphs that are a quotation whole and repeat words the body prints elsewhere."""
    quotes = [c for c in chunks if c.kind == "body" and len(c.lines) <= 3 and _WHOLE_QUOTATION.fullmatch(c.text.strip())]
    if not quotes:
        return set()
    quoted = {id(c) for c in quotes}
    repeated = quotations.repeated_quotes([c.text for c in quotes], [c.text for c in chunks if c.kind == "body" and id(c) not in quoted])
    return {id(quotes[n]) for n in repeated}


_WHOLE_QUOTATION = re.compile(r"[\"“][^\"“”]{10,300}[\"”]")


def _signatures_apart(chunks: list[Chunk]) -> list[Chunk]:
    """A signature set on the line under a letter's or a statement's last sentence ("… pay it." /
    "Arthur Venn, Polgate") becomes a paragraph of its own, as it would be with a blank line
    between (interview.signed_letters then decides whether it signs anything)."""
    def signed_last(chunk: Chunk) -> bool:
        return chunk.kind == "body" and len(chunk.lines) > 1 and not chunk.cuts \
            and bool(interview.LETTER_SIGNATURE.match(chunk.lines[-1][0])) and layout.ends_sentence(chunk.lines[-2][0])
    out: list[Chunk] = []
    for chunk in chunks:
        if signed_last(chunk):
            out += [replace(chunk, lines=chunk.lines[:-1]), replace(chunk, lines=chunk.lines[-1:])]
        else:
            out.append(chunk)
    return out
