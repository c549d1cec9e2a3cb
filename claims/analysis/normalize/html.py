"""HTML: the article's blocks in reading order; navigation, captions and promos set aside."""
from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from urllib.parse import urljoin

from . import interview, layout
from .inline import add_link, add_marker, safe_href
from .linked_data import article_metadata
from .html_blocks import (
    HtmlBlock, Piece, block_text, cut_label, lift_lead_label, lift_timestamp, lift_wire_dateline, link_row, marked_bold, pull_quotes, run_in_label,
    signed_quotes,
)
from .model import Link, Metadata, Normalized, Reference, TextBuilder

TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote figcaption dd dt td th pre caption address summary div".split())
SKIP_TAGS = frozenset("script style noscript template svg iframe button select option textarea object canvas math".split())
ASIDE_TAGS = frozenset("nav aside footer figure form".split())
VOID_TAGS = frozenset("br img hr meta link input source wbr area base col embed param track".split())
REFERENCE_CLASS = re.compile(r"\b(footnotes?|endnotes?|references?|citations?|bibliography)\b", re.IGNORECASE)
ASIDE_CLASS = re.compile(
    r"\b(byline|author|dateline|related|newsletter|share|social|advert\w*|ad|ads|promo|caption|credit|"
    r"subscribe|signup|breadcrumbs?|tags|comments?|footer|meta|timestamp|sidebar|nav\w*|menu|cookie\w*|disclaimer|"
    r"pull-?quote|(?:img|image|photo|picture)(?:-caption)?|fact-?box|key-?facts|info-?box|twitter-tweet|instagram-media|"
    r"tiktok-embed|embed|(?:site|page|global|main)-header|masthead|site-(?:title|branding)|banner|"
    r"standfirst|dek|kicker|strapline|subtitle|claim-?box|verdict|rating|key-?points|highlights|takeaways|summary)\b",
    re.IGNORECASE,
)


# class names that mean the same thing, under one name in the notes
_SAME_REASON = {"dek": "standfirst", "strapline": "standfirst", "subtitle": "standfirst"}


class _Collector(HTMLParser):
    def __init__(self, raw: str):
        super().__init__(convert_charrefs=True)
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        self.stack: list[tuple[str, str | None]] = []
        self.blocks: list[HtmlBlock] = []
        self.current: HtmlBlock | None = None
        self.href: str | None = None
        self.sup_depth = 0
        self.bold_depth = 0
        self.line_break: Piece | None = None  # the space a <br> left, which a second <br> right after makes a paragraph break
        self.skip_depth = 0
        self.article_depth = 0
        self.saw_article = False
        self.meta: dict[str, str] = {}
        self.head_title: list[str] = []
        self.in_title = False
        self.time_values: list[str] = []
        self.base: str | None = None
        self.canonical: str | None = None
        self.linked_data: list[str] = []  # JSON-LD scripts
        self.in_linked_data = False

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col if line - 1 < len(self.line_starts) else 0

    def _aside_reason(self) -> str | None:
        for tag, reason in reversed(self.stack):
            if reason:
                return reason
        return None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key and attrs.get("content"):
                self.meta.setdefault(key, attrs["content"])
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "base" and attrs.get("href"):
            self.base = self.base or attrs["href"]
        if tag == "link" and "canonical" in (attrs.get("rel") or "").lower() and attrs.get("href"):
            self.canonical = self.canonical or attrs["href"]
        if tag == "time" and attrs.get("datetime"):
            self.time_values.append(attrs["datetime"])
        if tag in SKIP_TAGS:
            self.skip_depth += 1
            if tag == "script" and (attrs.get("type") or "").strip().lower() == "application/ld+json":
                self.in_linked_data = True
                self.linked_data.append("")
            return
        if tag in VOID_TAGS:
            if tag == "br" and self.current is not None:
                pieces = self.current.pieces
                # "…since 1998.<br><br>The Riverton …": two line breaks in a row end a paragraph
                if pieces and pieces[-1] is self.line_break:
                    pieces.pop()
                    self._open_block(self.current.tag)
                else:
                    self.line_break = Piece(" ", self._offset())
                    pieces.append(self.line_break)
            return
        if tag == "article":
            self.article_depth += 1
            self.saw_article = True
        cls = " ".join(filter(None, [attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"),
                                     attrs.get("data-component"), attrs.get("data-testid")]))
        reason = None
        if cls and REFERENCE_CLASS.search(cls):
            reason = "references"
        elif tag in ASIDE_TAGS:
            reason = tag
        elif cls and ASIDE_CLASS.search(cls):
            reason = ASIDE_CLASS.search(cls).group(1).lower()
            reason = _SAME_REASON.get(reason, reason)
        elif tag == "header" and not self.article_depth:
            reason = "header"
        self.stack.append((tag, reason))
        if tag in TEXT_BLOCKS:
            self._open_block(tag)
        elif reason and (self.current is None or not self.current.aside):
            # '<figure><span>Getty Images</span>…': text loose inside an aside is the aside's, not
            # the open prose block's around it (inside an aside already, it stays with it)
            self._close_block()
        elif tag == "a":
            self.href = attrs.get("href")
        elif tag == "sup":
            self.sup_depth += 1
        elif tag in ("strong", "b"):
            self.bold_depth += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
            return
        if tag in SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            self.in_linked_data = False
            return
        if tag in VOID_TAGS:
            return
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, reason = self.stack.pop()
            if t == "a":
                self.href = None
            elif t == "sup":
                self.sup_depth = max(0, self.sup_depth - 1)
            elif t in ("strong", "b"):
                self.bold_depth = max(0, self.bold_depth - 1)
            elif t == "article":
                self.article_depth = max(0, self.article_depth - 1)
            if t in TEXT_BLOCKS or (reason and self.current is not None and self.current.aside != self._aside_reason()):
                self._close_block()
                parent = next((pt for pt, _ in reversed(self.stack) if pt in TEXT_BLOCKS), None)
                if parent:
                    self._open_block(parent)
            if t == tag:
                break

    def handle_data(self, data):
        if self.current is not None and self.current.pieces and self.current.pieces[-1] is self.line_break \
                and not data.strip() and not self.in_linked_data and not self.in_title:
            return  # the line end between two <br>: the second still makes a paragraph break
        if self.in_linked_data:
            self.linked_data[-1] += data
            return
        if self.in_title:
            self.head_title.append(data)
            return
        if self.skip_depth or not data:
            return
        if self.current is None:
            if not data.strip():
                return
            self._open_block("div")
        marker = None
        if self.sup_depth and re.fullmatch(r"\s*\[?\d{1,3}\]?\s*", data):
            marker = data.strip().strip("[]")
        self.current.pieces.append(Piece(data, self._offset(), self.href, marker, bool(self.bold_depth)))

    def _open_block(self, tag):
        self._close_block()
        self.current = HtmlBlock(tag, self._aside_reason(), in_article=bool(self.article_depth),
                                 quoted=any(t == "blockquote" for t, _ in self.stack))

    def _close_block(self):
        if self.current is not None and any(p.text.strip() for p in self.current.pieces):
            self.blocks.append(self.current)
        self.current = None

    def close(self):
        super().close()
        self._close_block()


_RELATED_HEADING = re.compile(r"(?:related|more\s+on\s+this\s+story|more\s+from|read\s+more|see\s+also|topics)"
                              r"(?:\s+(?:internet\s+)?(?:topics|stories|articles|content|links|reading))?:?", re.IGNORECASE)
_DATED_PATH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)")
# a <details> block's <summary> ("How much is my bill going up?") heads the answer folded under it
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "summary"))


def _date_in_address(url: str | None) -> str | None:
    """ "https://news.example/2025/05/20/copper-record": the page's own address dates it."""
    m = _DATED_PATH.search(url or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _absolute(href: str | None, base: str | None) -> str | None:
    """A relative address made absolute against the page's own (fragments stay as they are)."""
    if not href or not base or href.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
        return href
    return urljoin(base, href)


def _first_site_root(blocks: list[HtmlBlock]) -> str | None:
    for block in blocks:
        for piece in block.pieces:
            if piece.href and re.match(r"^https?://[^/]+/?$", piece.href.strip()):
                return piece.href.strip()
    return None


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


def build(raw: str) -> Normalized:
    collector = _Collector(raw)
    try:
        collector.feed(raw)
        collector.close()
    except Exception:  # html.parser is lenient, but a broken document must still yield its text
        collector._close_block()
    meta = collector.meta
    blocks = [b for b in collector.blocks if b.in_article] if collector.saw_article else collector.blocks
    head_title = re.sub(r"\s+", " ", "".join(collector.head_title)).strip()
    linked = article_metadata(collector.linked_data)
    site = meta.get("og:site_name") or linked.publisher
    title = meta.get("og:title") or linked.title
    h1 = next((block_text(b) for b in blocks if b.tag == "h1"), None)
    title = h1 or title or (re.split(r"\s+[|–—-]\s+", head_title)[0] if head_title else None)
    if not site and head_title and re.search(r"\s[|–—-]\s", head_title):
        last = re.split(r"\s+[|–—-]\s+", head_title)[-1]
        site = last if len(last.split()) <= 5 else None
    base = collector.base or collector.canonical or meta.get("og:url") or _first_site_root(collector.blocks)
    published = None
    for key in ("article:published_time", "datepublished", "date", "dc.date", "dcterms.created", "pubdate", "og:published_time"):
        if meta.get(key):
            published = meta[key][:10] if re.match(r"\d{4}-\d{2}-\d{2}", meta[key]) else layout.published_in(meta[key])
            if published:
                break
    published = published or linked.published
    if not published and collector.time_values:
        published = collector.time_values[0][:10]
    author = meta.get("author") or meta.get("article:author") or meta.get("dc.creator") or linked.author

    builder = TextBuilder()
    removed: list[tuple[str, str]] = []
    references: list[Reference] = []
    in_references = False
    seen_body = False
    lift_wire_dateline(blocks, removed)
    repeats = pull_quotes(blocks)
    in_related = False
    quoted_by = None  # the speaker a "… said:" paragraph hands to the blockquote after it
    signed_by, signatures = signed_quotes(blocks)
    roles = _interview_roles(blocks, author, title)
    contents = _contents(blocks)
    turns = interview.turns([(n, marked_bold(b).lstrip()) for n, b in enumerate(blocks) if b.tag == "p" and not b.aside],
                            author)
    written_by, letter_signatures = interview.signed_letters(
        [(n, block_text(b), b.tag in _HEADINGS) for n, b in enumerate(blocks) if (b.tag == "p" or b.tag in _HEADINGS) and not b.aside])
    for n, block in enumerate(blocks):
        text = block_text(block)
        role_speaker = roles.speaker(n, author) or (turns[n][0] if n in turns else None) or written_by.get(n)
        speaker, quoted_by = quoted_by or signed_by.get(n) or role_speaker, None
        if n in turns and turns[n][1] and (label := cut_label(block)):
            removed.append(("speaker label", label))  # "<b>HALE:</b> We have completed …"
        if n in signatures or n in letter_signatures:
            removed.append(("attribution", text))  # "— Anders Holm, chief engineer" under the quotation
            continue
        if block.tag == "p" and not block.is_quote and n + 1 < len(blocks) and blocks[n + 1].is_quote \
                and (who := layout.lead_in_speaker(text)):
            removed.append(("attribution", text))
            quoted_by = who
            continue
        if id(block) in repeats:
            removed.append(("pull quote", text))
            continue
        if n in contents or (block.tag == "p" and n + 1 in contents and text.rstrip().endswith(":")):
            removed.append(("contents", text))  # "In today's brief:" and the sections it lists
            continue
        if block.tag == "p" and not seen_body and not block.is_quote and layout.is_greeting(text):
            removed.append(("greeting", text))
            continue
        if block.tag == "caption" or (block.tag in ("td", "th") and not layout.ends_sentence(text)):
            # a data table's cells ("Roads", "€4m") are figures, not prose; a page laid out in a table
            # still has its sentences
            removed.append(("table cell", text))
            continue
        heading = block.tag in _HEADINGS
        if heading:
            in_references = bool(layout.REFERENCE_HEADINGS.match(text.rstrip(":")))
            in_related = not block.aside and bool(_RELATED_HEADING.fullmatch(text.strip()))
            if in_related:
                removed.append(("related", text))  # "Related Topics" and the links listed under it
                continue
        elif in_related and not block.aside and (block.tag == "li" or all(p.href or not p.text.strip() for p in block.pieces)):
            removed.append(("related", text))
            builder.links.extend(Link(href, 0, 0, "navigation") for p in block.pieces if (href := safe_href(_absolute(p.href, base))))
            continue
        if block.aside == "references" or (in_references and not heading):
            if heading:
                continue
            label = layout.ENTRY_LABEL.match(text)
            urls = tuple(dict.fromkeys([safe_href(p.href) for p in block.pieces if safe_href(p.href)] + layout.URL.findall(text)))
            references.append(Reference(label.group(1) if label else str(len(references) + 1), text, urls))
            continue
        if block.aside or (not heading and (layout.is_boilerplate_line(text) or layout.is_byline(text)
                                            or layout.is_meta_line(text) or link_row(block.pieces))):
            reason = block.aside or ("navigation" if link_row(block.pieces) else "boilerplate")
            removed.append((reason, text))
            if reason in ("byline", "author") or layout.BYLINE.match(text):
                author = author or layout.byline_author(text)
            if not published and (reason in ("byline", "meta", "dateline", "timestamp") or layout.is_byline(text)
                                  or layout.is_meta_line(text)):
                published = layout.meta_date(text)  # the page's head gave no date: the visible byline does
            for p in block.pieces:
                href = safe_href(_absolute(p.href, base))
                if href:
                    role = "author" if reason in ("byline", "author") or (author and p.text.strip() == author) else "navigation"
                    builder.links.append(Link(href, 0, 0, role))
            continue
        if block.tag == "p" and seen_body and layout.SOURCE_LINE.match(text) and len(text.split()) <= 40:
            removed.append(("source line", text))  # "Figures: Westmoor Borough Council." under a table
            continue
        if not heading and layout.is_author_note(text, author):
            removed.append(("author note", text))  # "Grace Lindqvist is a member of …" under the column
            continue
        if not heading and not seen_body and block.tag == "p" and layout.is_standfirst(text):
            removed.append(("standfirst", text))  # a subtitle under the headline is no sentence
            published = published or layout.published_in(text)
            continue
        if block.tag in ("p", "li") and (stamp := lift_timestamp(block)):
            removed.append(("timestamp", stamp))
        if block.tag in ("p", "li") and (dated := lift_lead_label(block)):
            builder.begin()  # "<b>March 2016</b> — The council approves …", "RESOLVED: That …": a label heads the entry (a date dates it)
            builder.add(*dated)
            builder.end("heading", level=4)
        pieces = block.pieces
        label = run_in_label(pieces) if block.tag == "p" else 0
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
            elif piece.href:
                add_link(builder, piece.text, _absolute(piece.href, base), piece.offset)
            else:
                builder.add(piece.text, piece.offset)
        kind = "heading" if heading else "blockquote" if block.is_quote else "list_item" if block.tag == "li" else "paragraph"
        builder.end(kind, level=(int(block.tag[1]) if block.tag[0] == "h" else 3) if heading else 0,
                    speaker=speaker if kind == "blockquote" or role_speaker else None)
    for block in collector.blocks:
        if block.in_article or not collector.saw_article:
            continue
        for p in block.pieces:
            href = safe_href(_absolute(p.href, base))
            if href:
                builder.links.append(Link(href, 0, 0, "navigation"))
    return Normalized(
        text=builder.text(), format="html", blocks=tuple(builder.blocks), links=tuple(builder.links),
        url_blocks=(), markers=tuple(builder.markers), references=tuple(references),
        metadata=Metadata(title=html_lib.unescape(title) if title else None, author=author, publisher=site,
                          published=published or _date_in_address(collector.canonical or meta.get("og:url"))),
        removed=tuple(removed), offset_map=tuple(builder.anchors),
    )
