"""Markdown: the layout read from its blocks (titles, datelines, labels, signatures, notes) into the
normalized text; the blocks and inline markup themselves are read in markdown_blocks."""
from __future__ import annotations

import re

from . import entries, figure_lines, front, interview, labels, layout, letter_lines, line_dates, meta_lines, quotations
from .inline import cite_block_before, safe_href
from .markdown_blocks import parse_blocks
from .markdown_inline import inline_links, plain_text, urls_in, write_inline
from .markdown_front import front_matter
from .markdown_navigation import ONLY_LINK, navigation_items
from .model import Link, Metadata, Normalized, Reference, TextBuilder
from .note_marks import marked_notes, marks_in, roman_entries

_TASK_MARKER = re.compile(r"\s*(?:TODO|DOING|LATER|NOW|WAITING|WAIT|CANCELED|CANCELLED)\s+\S")
_NOTE_NUMBER = re.compile(r"(\d{1,3})[.)]?\s+\S")
# "<sup>1</sup> The Children's Society, …": a note led by the raised number its marker prints
_SUP_NOTE = re.compile(r"\s*<sup>\s*\[?(\d{1,3})\]?\s*</sup>")
_RATING_LABEL = re.compile(r"(?:our\s+)?(?:verdict|rating|ruling)", re.IGNORECASE)
_RATING = re.compile(r"[^.!?\n]{1,40}(?:[.!?]\s*|$)")
# a dateline set in bold or italics before a dash: "**SANTA LUCIA, 16 August 2023** — "
_EMPHASISED_DATELINE = re.compile(r"(\*\*|__|\*|_)(?P<inner>[A-ZÀ-Þ][^*_\n]{2,80}?)\1\s*(?:[-–—]|--)\s+")

_RUN_IN_LABEL = re.compile(r"^\s*(?:\*\*|__)(?P<label>[^*_\s][^*_]{0,60}?)[.:]?(?:\*\*|__)[.:]?(?:\s+[\u2013\u2014])?\s+(?=\S)")

_ALL_BOLD = re.compile(r"\s*(\*\*|__)(?:(?!\1).)+\1\s*", re.DOTALL)


# how many paragraphs and headings from the top a speech's "Speech by …" line may stand
_SPEECH_HEAD = 6


def _interview_roles(blocks: list, author: str | None, title: str | None) -> interview.Roles:
    paragraphs = []
    for n, block in enumerate(blocks):
        if block.kind == "paragraph":
            joined = " ".join(t.strip() for t, _ in block.lines)
            paragraphs.append((n, interview.Paragraph(plain_text(joined), bool(_ALL_BOLD.fullmatch(joined)))))
    return interview.roles(paragraphs, author=author, title=title)


# a repository's alert box ("> [!NOTE]", "> [!WARNING]") or a notebook's callout ("> [!info] Source"):
# a note about the document, set aside; a quotation callout ("> [!quote] Cllr Ray Dunn, cabinet
# member for housing") names who is quoted in its title
_ALERT = re.compile(r"\s*\[!(?P<type>[A-Za-z]+)\][+-]?(?:[ \t]+(?P<title>\S.*?))?\s*$")
_CALLOUT_TYPES = frozenset("note tip important warning caution abstract summary tldr info todo hint success check done "
                           "question help faq attention failure fail missing danger error bug example quote cite".split())
_IMAGE_LINE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]\n]*\])")
_ITALIC_LINE = re.compile(r"([*_])[^*_].*\1")


class _MarkerLabels:
    """The labels of the markers written so far, gathered as they come (a long text asks often)."""

    def __init__(self, markers: list) -> None:
        self.markers, self.seen, self.labels = markers, 0, set()

    def number_all(self, block) -> bool:
        """Whether a block's lines open on "[1]", "[2]"… that the text before it prints as markers."""
        if not entries.is_numbered_line(block.lines[0][0]):
            return False
        self.labels.update(m.label for m in self.markers[self.seen:])
        self.seen = len(self.markers)
        return bool(self.labels) and all((m := entries.ENTRY_LABEL.match(t.strip())) and m.group(1) in self.labels
                                         for t, _ in block.lines)


_BOLD_NAME = re.compile(r"\*\*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,3}\*\*")


def _is_byline_or_meta(line: str) -> bool:
    return (not layout.ends_sentence(line) or layout.is_byline(line)) \
        and bool(layout.BYLINE.match(line) or layout.is_boilerplate_line(line) or meta_lines.is_meta_line(line))


def build(raw: str) -> Normalized:
    meta, body_offset = front_matter(raw)
    blocks, definitions, footnotes = parse_blocks(raw[body_offset:])
    marks = marks_in(raw)  # ("4.9†" in a table cell: a mark the notes at the foot may open on)
    builder = TextBuilder()
    references: list[Reference] = []
    removed: list[tuple[str, str]] = []
    role_links: list[tuple[str, str]] = []
    title = meta.get("title")
    author = meta.get("author") or meta.get("authors")
    # ("created:" dates a notebook's page that has no "date:")
    dated = meta.get("date") or meta.get("published") or meta.get("created") or ""
    published = line_dates.published_in(dated) or (dated[:10] if re.match(r"\d{4}-\d{2}-\d{2}", dated) else None)
    publisher = meta.get("publisher")
    in_references = in_glossary = False
    seen_body = after_end = False
    quoted_by = None  # the speaker a "… said:" paragraph hands to the blockquote after it
    marker_labels = _MarkerLabels(builder.markers)
    roles = _interview_roles(blocks, author, title)
    contents = navigation_items(blocks)
    turns = interview.turns([(n, b.lines[0][0].lstrip()) for n, b in enumerate(blocks) if b.kind == "paragraph"], author)
    paragraphs = [(n, b.plain(), b.kind == "heading") for n, b in enumerate(blocks) if b.kind in ("paragraph", "heading")]
    # "*Speech by Mayor Daniel Okoro at …*" over the text: what the speech says is his
    giver = next((who for _, text, heading in paragraphs[:_SPEECH_HEAD]
                  if not heading and (who := quotations.speech_line_giver(text))), None)
    written_by, letter_signatures = interview.signed_letters(paragraphs)
    written_by.update(interview.answered_under_headings(paragraphs))  # an answer under "Answered by Tom Ashworth"
    replied_by, reply_headers = interview.replies(
        [(n, b.plain(), b.kind == "heading") for n, b in enumerate(blocks) if b.kind in ("paragraph", "heading", "blockquote")])
    quotes = [b for b in blocks if b.kind == "blockquote"]
    last_paragraph = max((n for n, b in enumerate(blocks) if b.kind == "paragraph"), default=-1)
    repeated = {id(quotes[n]) for n in quotations.repeated_quotes(
        [b.plain() for b in quotes],
        [b.plain() for b in blocks if b.kind in ("paragraph", "list_item")])} if quotes else set()
    for n, block in enumerate(blocks):
        joined = " ".join(t.strip() for t, _ in block.lines)
        plain = plain_text(joined)
        if block.kind.startswith("footnote:"):
            label = block.kind.split(":", 1)[1]
            references.append(Reference(label, plain, tuple(urls_in(joined))))
            continue
        if after_end:
            removed.append(("boilerplate", plain))
            continue
        callout = _ALERT.match(block.lines[0][0]) if block.kind == "blockquote" and block.lines else None
        if callout and callout.group("type").lower() in ("quote", "cite") and callout.group("title") and len(block.lines) > 1:
            removed.append(("attribution", plain_text(callout.group("title"))))
            quoted_by = quotations.cited_name(plain_text(callout.group("title")))
            block.lines = block.lines[1:]
            plain = plain_text(" ".join(t.strip() for t, _ in block.lines))
        elif callout and callout.group("type").lower() in _CALLOUT_TYPES:
            removed.append(("alert", plain))  # "[!NOTE] This report is maintained by volunteers. Last updated …"
            stamp = layout.LAST_CHANGED_ANYWHERE.search(plain)
            published = published or (line_dates.published_in(plain[stamp.start():]) if stamp else None)
            continue
        if block.kind == "heading" and layout.END_OF_BODY.match(plain.strip()):
            after_end = True  # "## Notes to editors": what follows is about the sender, not the story
            removed.append(("boilerplate", plain))
            continue
        if block.kind == "heading":
            in_references = bool(layout.REFERENCE_HEADINGS.match(plain.rstrip(":")))
            in_glossary = bool(layout.GLOSSARY_HEADINGS.match(plain))
            if in_references and "|" in raw:  # ("| 1 | Naftogaz, … | https://… |": the list laid out as a table)
                references.extend(entries.table_entries(raw[body_offset + block.lines[0][1]:]))
            if block.level == 1 and title is None and not seen_body:
                title = plain
            # "The Morning Brief — Tuesday 14 October 2025", or a masthead's "Issue 212 | Wednesday 15 January
            # 2025" under the title: a heading above the body that closes on its date dates the issue
            if not seen_body and published is None and line_dates.ends_in_date(plain):
                published = line_dates.published_in(plain)
        elif in_glossary:
            removed.append(("glossary", plain))  # "**CSTO** – Collective Security Treaty Organization, …" under "Glossary"
            continue
        elif (in_references or block.kind == "paragraph" and marker_labels.number_all(block)) \
                and len(block.lines) > 1 and all(entries.is_numbered_line(t) for t, _ in block.lines):
            # "[1] …" "[2] …" on consecutive lines: one entry a line, though Markdown joins them (under
            # no heading too, when the text's markers number them)
            for entry in entries.numbered_entries([t for t, _ in block.lines]):
                references.append(Reference(entries.ENTRY_LABEL.match(entry).group(1), plain_text(entry), tuple(urls_in(entry))))
            continue
        elif in_references and (numbered := roman_entries([t for t, _ in block.lines])):
            # "i. Statistics Office, …" / "ii. …": the notes a "<sup>ii</sup>" points to, numbered in numerals
            references.extend(Reference(label, plain_text(text), tuple(urls_in(text))) for label, text in numbered)
            continue
        elif in_references:
            label = entries.ENTRY_LABEL.match(plain) or re.match(r"^(\d{1,3})[.)]$", block.marker)
            number = label.group(1) if label else None
            if number is None and block.kind == "list_item":
                number = str(sum(1 for r in references if r.label) + 1)
            references.append(Reference(number, plain, tuple(urls_in(joined))))
            continue
        if block.kind == "paragraph" and len(block.lines) > 1 and _IMAGE_LINE.fullmatch(block.lines[0][0].strip()) \
                and _ITALIC_LINE.fullmatch(" ".join(t.strip() for t, _ in block.lines[1:])):
            removed.append(("caption", plain))  # an image with its italic caption under it
            continue
        if n in reply_headers:
            removed.append(("reply header", plain))  # "**Reply from dave_k** · 4 September 2025": who writes below
            continue
        if block.kind == "paragraph" and len(block.lines) == 1 and (only := ONLY_LINK.fullmatch(block.lines[0][0])) \
                and len(only.group("text").split()) <= 4 and not layout.ends_sentence(plain):
            removed.append(("navigation", plain))  # "[Atlassian](http://www.atlassian.com/)" on a line of its own
            role_links.extend((text, href) for text, href in inline_links(joined))
            continue
        if block.kind == "paragraph" and not seen_body and len(block.lines) == 1 and n + 1 < len(blocks) and blocks[n + 1].lines \
                and (writer := front.front_writer(plain, plain_text(blocks[n + 1].lines[0][0]))):
            removed.append(("byline", plain))  # a post's writer alone over the date: "Nino Gelashvili" / "Mar 20, 2025"
            author = author or writer
            continue
        # a byline or a dated line, or a few of them held by hard breaks ("*Briefing for the … Committee,
        # 9 September 2026*" over "*Prepared by: Policy and Research Team*")
        # (a post's writer in bold over the date, "**Ani Sargsyan**" / "Mar 28, 2025", before the text)
        named = not seen_body and 2 <= len(block.lines) <= 3 and bool(_BOLD_NAME.fullmatch(block.lines[0][0].strip())) \
            and bool(line_dates.date_alone(plain_text(block.lines[1][0]).strip()))
        if block.kind == "paragraph" and 0 < len(block.lines) <= 4 \
                and all(map(_is_byline_or_meta, (lines := [plain_text(t).strip() for t, _ in block.lines])[1 if named else 0:])):
            removed.append(("byline" if layout.BYLINE.match(plain) or named else "boilerplate", plain))
            after_end = after_end or seen_body and bool(letter_lines.VALEDICTION.match(plain))  # "Best wishes," over the signature
            author = author or (lines[0] if named else next(filter(None, map(layout.byline_author, lines)), None)
                                or next(filter(None, (front.meta_line_person(t, raw) for t in lines)), None))
            published = published or next(filter(None, map(line_dates.meta_date, lines)), None)
            role_links.extend((text, href) for text, href in inline_links(joined))
            continue
        if block.kind == "paragraph" and not seen_body \
                and (fields := front.memo_fields([plain_text(t).strip() for t, _ in block.lines])):
            # "**To:** Transport Committee" / "**Date:** 9 October 2026" / "**Subject:** …": a memo's head
            # exported from a word processor, its labels in bold and its lines held by hard breaks
            removed.append(("memo head", plain))
            published = published or line_dates.published_in(fields.get("date", ""))
            title = title or fields.get("re") or fields.get("subject") or None
            continue
        if block.kind == "paragraph" and not seen_body and (fields := front.properties([plain_text(t) for t, _ in block.lines])):
            removed.append(("properties", plain))  # "Created: …", "Created by: …", "Tags: …" under an exported page's title
            author, published = front.with_properties(fields, author, published)
            continue
        if n in letter_signatures:
            removed.append(("attribution", plain))  # "*Mary Polwin, Kelby*" under her letter
            continue
        if n in contents or (block.kind == "paragraph" and n + 1 in contents and plain.rstrip().endswith(":")):
            removed.append(("contents", plain))  # "In today's brief:" and the sections it lists
            continue
        if block.kind == "paragraph" and n + 1 < len(blocks) and blocks[n + 1].kind == "list_item" and layout.runs_into_list(plain):
            removed.append(("lead-in", plain))  # "We ask the European Union to:" over the asks that finish it
            continue
        if block.kind == "list_item" and _TASK_MARKER.match(plain):
            removed.append(("task", plain))  # an outliner's "TODO ask finance for the figures": a note to do, no claim
            continue
        if block.kind == "paragraph" and seen_body and 2 <= len(block.lines) <= 5 \
                and front.sign_off([plain_text(t).strip() for t, _ in block.lines]):
            removed.append(("signature", plain))  # "Daniel Reyes" / "Grants Manager" under a letter
            continue
        if block.kind == "paragraph" and (not seen_body or n == last_paragraph) and letter_lines.is_greeting(plain):
            removed.append(("greeting", plain))  # "Good morning. Here is what you need to know today."
            continue
        if id(block) in repeated:
            removed.append(("pull quote", plain))  # the story prints these words where they were said
            continue
        if block.kind == "paragraph" and (note := _NOTE_NUMBER.match(plain) or _SUP_NOTE.match(joined)) \
                and any(marker.label == note.group(1) for marker in builder.markers):
            # "<small>1. Tram Extension Cost Review, March 2025.</small>": the note a "<sup>1</sup>" points to
            references.append(Reference(note.group(1), plain, tuple(urls_in(joined))))
            removed.append(("footnote", plain))
            continue
        if block.kind == "paragraph" and (marked := marked_notes([t for t, _ in block.lines], marks | {m.label for m in builder.markers})):
            # "† Provisional." / "‡ Estimate based on customs declarations.": the notes the prose's marks point to
            references.extend(Reference(label, text, tuple(urls_in(text))) for label, text in marked)
            removed.append(("footnote", plain))
            continue
        if block.kind == "paragraph" and seen_body and layout.is_source_note(plain):
            removed.append(("source line", plain))  # "*Figures: Westmoor Borough Council.*" under a table
            cite_block_before(builder, inline_links(joined))
            continue
        if block.kind == "paragraph" and layout.is_boilerplate_line(plain) \
                or block.kind == "blockquote" and layout.EDITORIAL_NOTE.match(plain):
            removed.append(("boilerplate", plain))  # ("> **Correction:** An earlier version …": a note set off)
            after_end = after_end or seen_body and bool(letter_lines.VALEDICTION.match(plain))  # what follows "Best wishes," signs it
            continue
        if block.kind == "paragraph" and (letter_lines.is_author_note(plain, author)
                                          or n == last_paragraph and not author and letter_lines.is_closing_bio(plain)):
            removed.append(("author note", plain))
            continue
        if block.kind == "paragraph" and figure_lines.is_figure_lines([plain_text(t) for t, _ in block.lines]) \
                or block.kind in ("paragraph", "list_item") and figure_lines.is_figure_gloss(plain):
            removed.append(("figures", plain))  # a scoreline or a box of key figures, set line by line
            continue
        role_speaker = roles.speaker(n, author) or (turns[n][0] if n in turns else None) or written_by.get(n) \
            or replied_by.get(n) or (giver if block.kind == "paragraph" else None)
        speaker, quoted_by = quoted_by or role_speaker, None
        lines = list(block.lines)
        if n in turns and turns[n][1]:
            # "**Sara Byrne:** And ridership has fallen …": who takes the turn, not what is said
            text, off = lines[0]
            end = turns[n][1] + len(text) - len(text.lstrip())
            removed.append(("speaker label", plain_text(text[:end]).strip()))
            lines[0] = (text[end:], off + end)
        if block.kind == "paragraph" and n + 1 < len(blocks) and blocks[n + 1].kind == "blockquote":
            if who := quotations.lead_in_speaker(plain):
                removed.append(("attribution", plain))
                quoted_by = who
                continue
            # "… up to £150 million. As its offer letter puts it:": the lead-in closes a paragraph
            if closing := quotations.closing_lead_in(lines[-1][0]):
                quoted_by, start = closing
                removed.append(("attribution", lines[-1][0][start:].strip()))
                lines[-1] = (lines[-1][0][:start], lines[-1][1])
        if block.kind == "paragraph" and not seen_body and len(block.lines) == 1 and layout.is_standfirst(plain) \
                and not (removed and removed[-1][0] == "memo head"):  # ("**Background**" under a memo's head heads its section)
            if title is None and n == 0 and _ALL_BOLD.fullmatch(joined) and not front.DOCUMENT_KIND.fullmatch(plain.strip()):
                # "**Washington brokers transit route through Armenia's south**" opening the file, no "#": the headline
                title = plain
            removed.append(("standfirst", plain))  # a subtitle line under the title is no sentence
            # "Briefing for …, Council — 14 November 2024"; a month alone, "*November 2026*", dates it too
            published = published or line_dates.published_in(plain) or line_dates.date_alone(plain)
            continue
        if block.kind == "blockquote" and len(lines) > 1 and (sign := quotations.QUOTE_SIGNATURE.match(plain_text(lines[-1][0]))):
            # "> — Rhona MacLeod, operations director" under the quotation: who said it, not what
            removed.append(("attribution", plain_text(lines[-1][0]).strip()))
            speaker = speaker or sign.group("who").strip()
            lines = lines[:-1]
        if block.kind == "blockquote" and not speaker and n + 1 < len(blocks) and blocks[n + 1].kind == "paragraph":
            speaker = quotations.named_after(blocks[n + 1].plain())  # "That is what a nurse told me." under it
        if block.kind == "paragraph" and not seen_body and (m := _EMPHASISED_DATELINE.match(lines[0][0])) \
                and (date := line_dates.published_in(m.group("inner"))):
            # "**SANTA LUCIA, 16 August 2023** — The regional …": where and when the story was filed
            removed.append(("dateline", plain_text(m.group(0)).strip()))
            published = published or date
            lines[0] = (lines[0][0][m.end():], lines[0][1] + m.end())
        elif block.kind == "paragraph" and not seen_body and (m := layout.WIRE_DATELINE.match(lines[0][0])):
            # "KESTREL VALLEY — A magnitude 4.8 aftershock …": where the story was filed, not what it says
            removed.append(("dateline", m.group(0).strip()))
            lines[0] = (lines[0][0][m.end():], lines[0][1] + m.end())
        if lines and block.kind in ("paragraph", "list_item") and (m := labels.LIVE_TIMESTAMP.match(lines[0][0])):
            # "**19:05** — The meeting has opened.": when a live entry was posted, not what it says
            removed.append(("timestamp", plain_text(m.group(0)).strip()))
            lines[0] = (lines[0][0][m.end():], lines[0][1] + m.end())
        if lines and block.kind in ("paragraph", "list_item") and (lead := labels.lead_label(lines[0][0], block.kind == "list_item")):
            # "**March 2016** — The council approves …": a timeline entry's date heads (and dates) it;
            # "RESOLVED: That …", a minute's label, heads it
            builder.begin()
            builder.add(lines[0][0][lead[0]:lead[1]], lines[0][1] + body_offset + lead[0])
            builder.end("heading", level=4)
            lines[0] = (lines[0][0][lead[2]:], lines[0][1] + lead[2])
        run_in = _RUN_IN_LABEL.match(lines[0][0]) if lines and block.kind in ("paragraph", "list_item", "blockquote") else None
        if run_in and _RATING_LABEL.fullmatch(run_in.group("label").strip()) \
                and (rating := _RATING.match(lines[0][0], run_in.end())):
            # "**Verdict:** Mostly false.": a fact check's rating is no claim; what follows it may be
            removed.append(("verdict", plain_text(lines[0][0][:rating.end()]).strip()))
            lines[0] = (lines[0][0][rating.end():], lines[0][1] + rating.end())
            if not any(text.strip() for text, _ in lines):
                continue
            run_in = None
        if run_in and layout.is_run_in_label(run_in.group(0).strip(), lines[0][0][run_in.end():]):
            # "**Summary.** Reservoirs stood at …": the bold lead-in labels the paragraph like a heading
            builder.begin()
            builder.add(run_in.group("label"), lines[0][1] + body_offset + run_in.start("label"))
            builder.end("heading", level=3)
            lines[0] = (lines[0][0][run_in.end():], lines[0][1] + run_in.end())
        signed = quotations.signed_at_end(lines[-1][0], plain_text) if lines and block.kind in ("paragraph", "blockquote") else None
        if signed:
            # '"We planted 10,000 trees in 2024." — Mayor Tom Reyes, in a speech on 3 March.': the
            # signature names the speaker and is no part of the claim
            removed.append(("attribution", plain_text(lines[-1][0][signed[1]:]).strip()))
            speaker = signed[0]
            lines[-1] = (lines[-1][0][:signed[1]], lines[-1][1])
        builder.begin()
        for k, (text, off) in enumerate(_links_rejoined(lines)):
            if k:
                builder.space()
            write_inline(builder, text.strip(), off + body_offset + (len(text) - len(text.lstrip())), definitions)
        kind = block.kind if block.kind in ("heading", "list_item", "blockquote") else "paragraph"
        level = block.level
        if kind in ("paragraph", "list_item", "blockquote") and len(lines) == 1 and _ALL_BOLD.fullmatch(lines[0][0]) \
                and n + 1 < len(blocks) and (kind == "paragraph" or blocks[n + 1].kind == "list_item"
                                             or blocks[n + 1].kind == "paragraph" and blocks[n + 1].lines[0][0][:2] == "  ") \
                and layout.heads_what_follows(plain, blocks[n + 1].plain()):
            # "**Key findings**" over prose, no stop: a label, as "<p><b>Options</b></p>" in HTML; "- **Housing**"
            # over the items nested under it, a topic; "1. **Who was freed?**" over the paragraph indented
            # under it, the question it answers
            kind, level = "heading", 3
        if kind != "heading":
            seen_body = True
        builder.end(kind, level=level, speaker=speaker if kind == "blockquote" or signed or role_speaker else None,
                    row=block.row, row_labels=block.row_labels)
    for text, href in role_links:
        href = safe_href(href)
        if href:
            role = "author" if author and plain_text(text).strip() == author else "publisher"
            builder.links.append(Link(href, 0, 0, role))
    # "… from Chisinau [2]." with "[2]: https://…" at the end: a bare number shown in brackets is a link
    # to the address its definition gives, read as a note marker pointing at it
    builder.markers.extend(entries.round_markers(builder.text(), [(0, builder.position)], references))
    builder.markers.sort(key=lambda marker: marker.start)
    listed, marked = {r.label for r in references if r.label}, {m.label for m in builder.markers}
    references.extend(Reference(label, url, (url,)) for label, url in definitions.items()
                      if label in marked and label.isdigit() and label not in listed and safe_href(url))
    return Normalized(
        text=builder.text(), format="markdown", blocks=tuple(builder.blocks), links=tuple(builder.links),
        url_blocks=(), markers=tuple(builder.markers), references=tuple(references),
        metadata=Metadata(title=title, author=author, publisher=publisher, published=published or front.table_date(raw)),
        removed=tuple(removed), offset_map=tuple(builder.anchors),
    )


def _links_rejoined(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A paragraph's lines, with a line whose link text runs on to the next ("[The EU and
    particularly\nthe](https://…)") joined to it, the line break read as the space it stands for
    (one character for one, so every offset holds)."""
    out: list[tuple[str, int]] = []
    for text, off in lines:
        if out and out[-1][0].count("[") > out[-1][0].count("]") and off == out[-1][1] + len(out[-1][0]) + 1:
            out[-1] = (out[-1][0] + " " + text, out[-1][1])
        else:
            out.append((text, off))
    return out
