"""HTML: the article's blocks in reading order; navigation, captions and promos set aside."""
from __future__ import annotations

import html as html_lib
import re

from . import entries, front, interview, layout, letter_lines, line_dates, meta_lines, printed_html, quotations
from .html_blocks import (
    HtmlBlock,
    block_lines,
    block_text,
    bold_heading,
    cut_label,
    join_quotes_to_tellers,
    lift_lead_label,
    lift_timestamp,
    lift_wire_dateline,
    link_row,
    listed_lines,
    marked_bold,
    note_entry,
    other_language,
    printed_as_line,
    pull_quotes,
    qa_table_speakers,
    repeats_description,
    run_in_label,
    signed_quotes,
    speech_giver,
)
from .html_classes import KEY_POINTS_CLASS
from .html_links import absolute, date_in_address, first_site_root, navigation_links
from .html_parse import Collector
from .html_tags import HEADING_TAGS as _HEADINGS
from .inline import add_link, add_marker, cite_block_before, is_row_label, safe_href
from .linked_data import article_body, article_metadata, claim_review, meta_published
from .model import BODY_KINDS, Link, Metadata, Normalized, Reference, TextBuilder
from .note_marks import marked_notes, marks_in

_RELATED_HEADING = re.compile(r"(?:related|more\s+on\s+this\s+story|more\s+from|read\s+more|see\s+also|topics|"
                              # a sidebar's list of other stories under its own heading ("Most read")
                              r"most\s+(?:read|popular|viewed|shared|commented)|trending(?:\s+now)?|popular\s+now|top\s+stories|"
                              r"editor['’]s\s+picks|"
                              r"explore\s+more\s+on\s+(?:these|this)\s+topics?)"
                              r"(?:\s+(?:internet\s+)?(?:topics|stories|articles|content|links|reading))?:?", re.IGNORECASE)
_SURNAME_FIRST = re.compile(r"^([A-ZÀ-Þ][\w’'-]+),\s+([A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*)?)$")
_SECTION_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_LINKED_NAME = re.compile(r"[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){1,3}")


def _contents(blocks: list[HtmlBlock]) -> set[int]:
    items = [n for n, b in enumerate(blocks) if b.tag == "li" and not b.aside]
    if not items:
        return set()
    headings = [block_text(b) for b in blocks if b.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    return {items[k] for k in layout.contents_entries([block_text(blocks[n]) for n in items], headings)}


def _interview_roles(blocks: list[HtmlBlock], author: str | None, title: str | None) -> interview.Roles:
    paragraphs = [(n, interview.Paragraph(block_text(b), all(p.bold for p in b.pieces if p.text.strip())))
                  for n, b in enumerate(blocks) if b.tag == "p" and not b.aside and not b.is_quote]
    return interview.roles(paragraphs, author=author, title=title)


def _collect(raw: str, kept: frozenset[int] = frozenset()) -> Collector:
    collector = Collector(raw, kept)
    try:
        collector.feed(raw)
        collector.close()
    except Exception:  # html.parser is lenient, but a broken document must still yield its text
        collector._close_block()
    return collector


def _headline_swallowed(blocks: list[HtmlBlock]) -> bool:
    """The headline and every paragraph of prose set aside: a wrapper's class named like an aside
    ('<div class="content has-sidebar">') took the whole story with it."""
    prose = [b for b in blocks if b.tag == "p" and layout.ends_sentence(block_text(b))]
    return any(b.tag == "h1" and b.aside for b in blocks) and not any(b.tag == "h1" and not b.aside for b in blocks) \
        and len(prose) >= 2 and all(b.aside for b in prose)


def _story_swallowed(blocks: list[HtmlBlock]) -> bool:
    """Every paragraph of prose set aside, three or more: a class read as an aside's
    ('field--type-text-with-summary', a theme's own name) took the whole story with it."""
    prose = [b for b in blocks if b.tag == "p" and layout.ends_sentence(block_text(b))]
    return len(prose) >= 3 and all(b.aside for b in prose)


def build(raw: str) -> Normalized:
    collector = _collect(raw)
    if collector.swallowing and _headline_swallowed(collector.blocks):
        collector = _collect(raw, kept=frozenset(collector.swallowing))
    elif collector.prose_set_aside and _story_swallowed(collector.blocks):
        # the element whose class set most of the prose aside holds the story
        collector = _collect(raw, kept=frozenset({max(collector.prose_set_aside, key=collector.prose_set_aside.get)}))
    meta = collector.meta
    blocks = [b for b in collector.blocks if b.in_article] if collector.saw_article else collector.blocks
    if collector.articles > 1 and (main := next((b.article for b in blocks if b.tag == "h1"), 0)):
        # ("Next article" appended below the story by an endless scroll): the story is the article
        # that holds the page's headline
        blocks = [b for b in blocks if b.article == main]
    if printed_html.is_printed_page(meta, blocks):
        return printed_html.read(blocks)
    head_title = re.sub(r"\s+", " ", "".join(collector.head_title)).strip()
    linked = article_metadata(collector.linked_data)
    review = claim_review(collector.linked_data)
    site = meta.get("og:site_name") or linked.publisher
    title = meta.get("og:title") or linked.title
    if not any(b.tag == "h1" for b in blocks) and (titled := next((b for b in blocks if b.title_class), None)):
        titled.tag = "h1"  # a word processor's title paragraph ('<p class=MsoTitle>') where the page has no h1
    h1 = next((block_text(b) for b in blocks if b.tag == "h1"), None)
    head_parts = re.split(r"\s+(?:[|–—-]|::)\s+", head_title) if head_title else []
    if len(head_parts) == 2 and printed_as_line(head_parts[1], blocks) and not printed_as_line(head_parts[0], blocks):
        # "Ashby Valley Courier - Quarry expansion approved": the part the page prints as its
        # headline is the title, whichever side of the dash it stands
        head_parts.reverse()
    title = h1 or title or (head_parts[0] if head_parts else None)
    title_date = None
    if not site and len(head_parts) > 1:
        last = head_parts[-1]
        # "Tenant News - November 2026": a newsletter's title names its issue's date, not a site
        title_date = line_dates.date_alone(last)
        site = last if len(last.split()) <= 5 and not title_date else None
    base = collector.base or collector.canonical or meta.get("og:url") or first_site_root(collector.blocks)
    published = meta_published(meta)
    published = published or linked.published
    if not published and collector.time_values:
        published = collector.time_values[0][:10]
    published = published or title_date
    author = meta.get("author") or meta.get("article:author") or meta.get("dc.creator") or meta.get("dcterms.creator") \
        or _SURNAME_FIRST.sub(r"\2 \1", meta.get("citation_author") or "") or linked.author  # (Highwire tags: "Okafor, Adaeze")

    builder = TextBuilder()
    removed: list[tuple[str, str]] = [("editorial note", note) for note in collector.editorial_notes]
    references: list[Reference] = []
    marks = marks_in(raw)  # printer's marks after a stop ("… of 2023.†")
    in_references = in_glossary = False
    note_number = None
    seen_markers: set[str] = set()  # the note numbers the prose has printed as markers so far
    card_hrefs: set[str] = set()  # the addresses link cards cite, no navigation however often repeated
    seen_body = False
    first_h1 = next((n for n, b in enumerate(blocks) if b.tag == "h1"), None)
    lift_wire_dateline(blocks, removed)
    blocks = join_quotes_to_tellers(blocks)
    for block in blocks:
        if not block.aside and note_entry(block):
            block.aside = "references"
    repeats = pull_quotes(blocks)
    in_related = after_end = False
    quoted_by = None  # the speaker a "… said:" paragraph hands to the blockquote after it
    signed_by, signatures = signed_quotes(blocks)
    roles = _interview_roles(blocks, author, title)
    contents = _contents(blocks)
    turns = interview.turns([(n, marked_bold(b).lstrip()) for n, b in enumerate(blocks) if b.tag == "p" and not b.aside],
                            author)
    paragraphs = [(n, block_text(b), b.tag in _HEADINGS) for n, b in enumerate(blocks) if (b.tag == "p" or b.tag in _HEADINGS) and not b.aside]
    written_by, letter_signatures = interview.signed_letters([(n, listed_lines(blocks[n]), h) for n, _, h in paragraphs])
    spoken_by, speech_headings = interview.speeches(paragraphs)  # a debate record's speeches under their speakers
    spoken_by.update(qa_table_speakers(blocks, author))  # "Question | Answer" in a table
    spoken_by.update(interview.answered_under_headings(paragraphs))  # a written answer under "Answered by Tom Ashworth"
    foreign = other_language(blocks)
    speaker_of_speech = speech_giver(blocks, meta, title)  # "I am announcing …" in a minister's speech is hers
    row_labels: dict[int, list[str]] = {}  # a table row's short cells: a fact check's "Mostly false"
    for block in blocks:
        if block.row and is_row_label(label := block_text(block).strip()):
            row_labels.setdefault(block.row, []).append(label)
    last_paragraph = max((n for n, b in enumerate(blocks) if b.tag == "p"), default=-1)
    opens_section, after_heading = [], False  # whether the block kept before each is a heading
    for block in blocks:
        opens_section.append(after_heading)
        after_heading = after_heading if block.aside else block.tag in _HEADINGS
    for n, block in enumerate(blocks):
        text = block_text(block)
        role_speaker = roles.speaker(n, author) or (turns[n][0] if n in turns else None) or written_by.get(n) \
            or spoken_by.get(n) or (block.speaker_label or "").strip().rstrip(":").strip() \
            or (speaker_of_speech if block.tag == "p" and not block.aside else None) or None
        # the speaker a "… said:" line names holds through every paragraph of the quotation under it
        holds = quoted_by if block.is_quote and n + 1 < len(blocks) and blocks[n + 1].is_quote else None
        handed = quoted_by  # the "… said:" line over this block names who speaks it
        speaker, quoted_by = quoted_by or signed_by.get(n) or role_speaker, holds
        if n in speech_headings:
            removed.append(("speaker label", text))  # "Cllr Ana Ruiz (Harbourside, Labour)" over her speech
            continue
        if n in turns and turns[n][1] and (label := cut_label(block)):
            removed.append(("speaker label", label))  # "<b>HALE:</b> We have completed …"
        if n in signatures or n in letter_signatures:
            removed.append(("attribution", text))  # "— Anders Holm, chief engineer" under the quotation
            continue
        # ("The Foreign Secretary said:" over a box that holds the quotation in a plain paragraph)
        if block.tag == "p" and not block.is_quote and n + 1 < len(blocks) \
                and (blocks[n + 1].is_quote or block_text(blocks[n + 1])[:1] in "“\"") \
                and (who := quotations.lead_in_speaker(text)):
            removed.append(("attribution", text))
            quoted_by = who
            continue
        if block.tag == "p" and marks and (marked := marked_notes(block_lines(block), marks)):
            references.extend(Reference(label, note, tuple(layout.URL.findall(note))) for label, note in marked)
            removed.append(("footnote", text))  # "† Provisional.<br>‡ Revised.": the notes the marks point to
            continue
        if id(block) in repeats:
            removed.append(("pull quote", text))
            continue
        if n in foreign:
            removed.append(("other language", text))  # a Welsh paragraph before its English version
            continue
        if n in contents or (block.tag == "p" and n + 1 in contents and text.rstrip().endswith(":")):
            removed.append(("contents", text))  # "In today's brief:" and the sections it lists
            continue
        if block.tag == "p" and n + 1 < len(blocks) and blocks[n + 1].tag == "li" and layout.runs_into_list(text):
            removed.append(("lead-in", text))  # "We ask the European Union to:" over the asks that finish it
            continue
        # (a live page's oldest post, "Welcome to our live coverage" over "Good morning and welcome …",
        # opens its section with the greeting)
        if block.tag == "p" and (not seen_body or n == last_paragraph or opens_section[n]) and not block.is_quote \
                and letter_lines.is_greeting(text):
            removed.append(("greeting", text))
            continue
        # ("<li><time>March 2016</time><p>The council approves …</p></li>": a timeline entry's date heads it)
        # (a turn set all in bold, "<b>CR: Will Armenia leave the CSTO?</b>", is asked, not a heading)
        # (but a lone date on the writing's day before any prose, '<time>17 April 2025</time>' under the
        # byline, is the page's own date line, which dates no sentence under it)
        bold_heads = bold_heading(blocks, n) and n not in turns or (block.tag in ("li", "dt", "div") and n + 1 < len(blocks)
                                                 and blocks[n + 1].tag == "p" and bool(day := line_dates.date_alone(text))
                                                 and (seen_body or day != published))
        if block.tag == "caption" or (block.tag in ("td", "th") and not layout.ends_sentence(text) and not bold_heads):
            # a data table's cells ("Roads", "€4m") are figures, not prose; a page laid out in a table
            # still has its sentences, and the cell heading them may hold the byline on a line of its own
            removed.append(("table cell", text))
            for line in block_lines(block) if block.tag == "td" and len(block.pieces) > 1 else ():
                # (or a meta line with the writer after the date: "16.01.2025 | by Ion Caraman")
                if layout.is_byline(line) or meta_lines.is_meta_line(line):
                    author = author or layout.byline_author(line)
                    published = published or line_dates.meta_date(line)
            continue
        heading = block.tag in _HEADINGS or bold_heads
        if after_end or heading and layout.END_OF_BODY.match(text.strip()) \
                or seen_body and block.tag == "p" and letter_lines.VALEDICTION.fullmatch(text.strip().rstrip(",")):
            # "About Kelby Energy", "Notes to editors": what follows is about the sender, not the story;
            # what follows a letter's "Yours sincerely," signs it
            after_end = True
            removed.append((block.aside or "boilerplate", text))
            continue
        if heading and not seen_body and not published and line_dates.ends_in_date(text):
            published = line_dates.published_in(text)  # "Committee minutes, 10 November 2026" over the minutes
        if block.tag in _SECTION_HEADINGS:  # (a <dt> heads its own <dd>, no section)
            in_glossary = bool(layout.GLOSSARY_HEADINGS.match(text))
        elif in_glossary and not block.aside:
            removed.append(("glossary", text))  # "<dt>CSTO</dt><dd>Collective Security Treaty Organization</dd>" under "Glossary"
            continue
        if heading:
            in_references = bool(layout.REFERENCE_HEADINGS.match(text.rstrip(":")))
            in_related = not block.aside and bool(_RELATED_HEADING.fullmatch(text.strip()))
            if in_related:
                removed.append(("related", text))  # "Related Topics" and the links listed under it
                continue
        elif in_related and not block.aside and (block.tag == "li" or all(p.href or not p.text.strip() for p in block.pieces)):
            removed.append(("related", text))
            builder.links.extend(navigation_links(block, base))
            continue
        lead = next((piece for piece in block.pieces if piece.text.strip()), None)
        noted = not heading and lead is not None and lead.marker is not None and lead.marker in seen_markers
        if block.aside == "references" or (in_references and not heading and not block.aside) or noted:
            # (or a note led by the raised number a marker in the prose printed: '<p id="fn1"><sup>1</sup> …')
            # under a References heading until the next one; the page's footer is no entry
            if heading:
                continue
            if re.fullmatch(r"\[?\d{1,3}\]?\.?", text.strip()):
                note_number = text.strip().strip("[].")  # a note's number in a block of its own, its text in the next
                continue
            label = entries.ENTRY_LABEL.match(text)
            urls = tuple(dict.fromkeys([safe_href(p.href) for p in block.pieces if safe_href(p.href)] + layout.URL.findall(text)))
            number = note_number or (lead.marker if noted else None) or (label.group(1) if label else str(len(references) + 1))
            references.append(Reference(number, text[len(lead.text):].strip() if noted else text, urls))
            note_number = None
            continue
        if (block.aside == "summary" and block.tag == "dd" or block.tag == "li" and block.aside
                and KEY_POINTS_CLASS.fullmatch(block.aside)) and layout.ends_sentence(text) and len(text.split()) >= 6:
            # a notice's summary list (GOV.UK's "govuk-summary-list": "Hazard" — "The heater's cut-out
            # can fail, …") states in whole sentences what the page says nowhere else; a key points box
            # in whole sentences states claims ("Key points: Northline Rail fined £2.3m" is headline)
            block.aside = None
        elif heading and block.aside and KEY_POINTS_CLASS.fullmatch(block.aside) and not layout.ends_sentence(text) \
                and len(text.split()) >= 2:
            # the box's own heading ("Key takeaways", "The mission in brief") heads the points under it (a
            # fact box's one-word labels, "Height", "Operator", head no section)
            block.aside = None
        if block.aside or (not heading and (layout.is_boilerplate_line(text) or layout.is_byline(text)
                                            or meta_lines.is_meta_line(text) or link_row(block.pieces))):
            reason = block.aside or ("navigation" if link_row(block.pieces) else "boilerplate")
            removed.append((reason, text))
            if reason in ("byline", "author") or layout.BYLINE.match(text):
                # ("<address><a rel=author>Lena Marsh</a> Housing correspondent</address>": the linked name)
                author = author or layout.byline_author(text) or next(
                    (p.text.strip() for p in block.pieces if p.href and _LINKED_NAME.fullmatch(p.text.strip())), None)
            if not author and not seen_body and meta_lines.is_meta_line(text):
                author = front.meta_line_person(text, raw)  # "Opinion · Tigran Grigoryan · January 15, 2025"
            # (a press office's '<div class="date">13 September, 2022 11:40</div>' over the title)
            if not published and (reason in ("byline", "meta", "metadata", "dateline", "timestamp", "date", "dates")
                                  or layout.is_byline(text)
                                  or meta_lines.is_meta_line(text) or not seen_body and line_dates.date_alone(text)):
                # the page's head gave no date: the visible byline does, or a letter's date on its own line
                published = line_dates.meta_date(text)
            card = reason == "link card" and next((p for p in block.pieces if p.href), None)
            if card and (href := safe_href(absolute(card.href, base))):
                # a link card cites what the prose says just before it: placed at the end of that text
                if href not in card_hrefs:
                    card_hrefs.add(href)
                    builder.links.append(Link(href, builder.position, builder.position, "card", text))
                continue
            for p in block.pieces:
                href = safe_href(absolute(p.href, base))
                if href and href not in card_hrefs:
                    role = "author" if reason in ("byline", "author") or (author and p.text.strip() == author) else "navigation"
                    builder.links.append(Link(href, 0, 0, role))
            continue
        if block.tag == "p" and seen_body and layout.is_source_note(text):
            removed.append(("source line", text))  # "Figures: Westmoor Borough Council." under a table
            cite_block_before(builder, [(p.text, absolute(p.href, base)) for p in block.pieces if p.href])
            continue
        if not heading and (letter_lines.is_author_note(text, author) or n == last_paragraph and not author and letter_lines.is_closing_bio(text)):
            removed.append(("author note", text))  # "Grace Lindqvist is a member of …" under the column
            continue
        if not heading and not seen_body and block.tag == "p" and (layout.is_standfirst(text) or repeats_description(block, text, meta)):
            # (also a paragraph set whole in bold above the story that repeats the page's description word for word)
            removed.append(("standfirst", text))  # a subtitle under the headline is no sentence
            published = published or line_dates.published_in(text)
            continue
        if not heading and not seen_body and block.tag == "li" and not layout.ends_sentence(text) \
                and all(p.bold or not p.text.strip() for p in block.pieces):
            removed.append(("summary", text))  # the headline's points in bold above the story, no sentences
            continue
        if (first_h1 is not None and n < first_h1 or first_h1 is None and not seen_body and layout.is_all_caps(text)) \
                and not heading and len(text.split()) <= 6 and not layout.ends_sentence(text):
            # "Northern Wire Newsletters": a bar of a few words over the headline, in no element that says
            # so; with no headline element, a site's name in capitals over everything ("FENBY PARISH COUNCIL")
            removed.append(("masthead", text))
            builder.links.extend(navigation_links(block, base))
            continue
        if block.tag in ("p", "li") and (stamp := lift_timestamp(block)):
            removed.append(("timestamp", stamp))
        if block.tag in ("p", "li") and (lead := lift_lead_label(block)):
            builder.begin()  # "<b>March 2016</b> — The council approves …", "RESOLVED: That …": a label heads the entry (a date dates it)
            builder.add(*lead)
            builder.end("heading", level=4)
        pieces = block.pieces
        label = run_in_label(pieces) if block.tag in ("p", "div") else 0
        if label:
            # "<strong>What happens next:</strong> The council will vote …": the bold lead-in labels
            # the paragraph like a heading
            builder.begin()
            for piece in pieces[:label]:
                builder.add(piece.text.rstrip().rstrip(":.").rstrip(), piece.offset)
            builder.end("heading", level=4)
            pieces = pieces[label:]
        if not heading:
            seen_body = True
        builder.begin()
        for piece in pieces:
            if piece.marker:
                add_marker(builder, piece.marker, "", piece.offset)
                seen_markers.add(piece.marker)
            elif piece.href:
                add_link(builder, piece.text, absolute(piece.href, base), piece.offset)
            else:
                builder.add(piece.text, piece.offset)
        kind = "heading" if heading else "blockquote" if block.is_quote else "list_item" if block.tag == "li" else "paragraph"
        builder.end(kind, level=(int(block.tag[1]) if block.tag[0] == "h" and not bold_heads else 3) if heading else 0,
                    speaker=speaker if kind == "blockquote" or role_speaker or handed else None,
                    row=block.row, row_labels=tuple(row_labels.get(block.row, ())))
    if not any(b.kind in BODY_KINDS for b in builder.blocks) and (body := article_body(collector.linked_data)):
        # a page drawn by a script: its story is only in the JSON-LD's articleBody
        removed.append(("article body", "read from the page's JSON-LD"))
        for paragraph in re.split(r"\n\s*\n|\n", body):
            if paragraph.strip():
                builder.begin()
                builder.add(paragraph.strip(), max(0, raw.find(paragraph.strip()[:40])))
                builder.end("paragraph")
    for block in collector.blocks:
        if block.in_article or not collector.saw_article:
            continue
        builder.links.extend(navigation_links(block, base))
    # ("… rose by 5% in 2024 [1]." with "[1] Statistics Office, …" under "Sources": markers written as text)
    references.extend(Reference(label, note, links) for label, note, links in collector.side_notes)
    builder.markers.extend(entries.written_markers(builder.text(), builder.blocks, references, builder.markers))
    return Normalized(
        text=builder.text(), format="html", blocks=tuple(builder.blocks), links=tuple(builder.links),
        url_blocks=(), markers=tuple(builder.markers), references=tuple(references),
        metadata=Metadata(title=html_lib.unescape(title) if title else None, author=author, publisher=site,
                          published=published or date_in_address(collector.canonical or meta.get("og:url")),
                          reviewed_claim=review[0] if review else None, review_rating=review[1] if review else None),
        removed=tuple(removed), offset_map=tuple(builder.anchors),
    )
