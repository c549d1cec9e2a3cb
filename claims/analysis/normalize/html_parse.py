"""HTML read in one pass: the page's blocks of text with their pieces (links, notes, bold runs), the
asides it marks by tag or class, and the head's metadata."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .html_blocks import HtmlBlock, Piece
from .html_classes import (
    ASIDE_CLASS,
    CAMEL,
    FONT_CLASSES,
    KEY_POINTS_CLASS,
    LINK_CARD,
    NOTE_HREF,
    QUOTATION_FIGURE,
    REFERENCE_CLASS,
    SAME_REASON,
    SIDE_NOTE_CLASS,
    SPEAKER_CLASS,
    TITLE_CLASS,
    bold_classes,
    class_words,
    set_in_bold,
    unseen,
)
from .html_tags import ADDRESS_REASON, ASIDE_TAGS, END_OPTIONAL, HEADING_TAGS, INLINE_TAGS, SKIP_TAGS, TEXT_BLOCKS, VOID_TAGS
from .note_marks import raised_label

_EDITORIAL_NOTE = re.compile(r"\s*\[[^\[\]\d][^\[\]]{0,60}\]\s*")



class _ClassReason(str):
    """Why a block is set aside, when an element's class says so; `element` is which element."""
    element = 0


class Collector(HTMLParser):
    def __init__(self, raw: str, kept: frozenset[int] = frozenset()):
        super().__init__(convert_charrefs=True)
        # the elements (by the order their start tags come in) whose aside-like class is not heeded:
        # a wrapper that took the headline with it
        self.kept = kept
        self.start_tags = 0
        self.swallowing: set[int] = set()  # the elements whose class set the headline aside
        self.prose_set_aside: dict[int, int] = {}  # how many paragraphs each element's class set aside
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        self.stack: list[tuple[str, str | None]] = []
        self.blocks: list[HtmlBlock] = []
        self.current: HtmlBlock | None = None
        self.href: str | None = None
        self.sup_depth = 0
        self.sup_start: tuple[HtmlBlock | None, int] = (None, 0)  # where the open superscript's text began
        self.editorial_notes: list[str] = []  # "[citation needed]" superscripts cut from the prose
        self.bold_depth = 0
        self.bold_classes, self.bold_spans = bold_classes(raw), []  # spans a stylesheet sets in bold, and which are open
        self.time_label = False  # inside a <time> that opens its entry
        self.q_depth = 0  # inside <q>: the browser draws the quotation marks, the text has none
        self.lang_at: dict[int, str] = {}  # the lang attribute declared at each depth of the open elements
        self.line_break: Piece | None = None  # the space a <br> left, which a second <br> right after makes a paragraph break
        self.skip_depth = 0
        self.kept_buttons = 0  # buttons read as text: a heading's
        self.in_speaker = False  # inside a transcript's speaker span
        self.article_depth = 0
        self.articles = 0  # top-level <article> elements opened so far
        self.saw_article = False
        self.meta: dict[str, str] = {}
        self.head_title: list[str] = []
        self.in_title = False
        self.time_values: list[str] = []
        self.base: str | None = None
        self.canonical: str | None = None
        self.linked_data: list[str] = []  # JSON-LD scripts
        self.in_linked_data = False
        self.rows = 0  # table rows opened so far
        self.unseen: list = []  # the tag of an element a reader never sees, and how deep the same tag nests in it
        self.side_note: list | None = None  # an open side or margin note: how deep its spans nest, its text, its links
        self.side_notes: list[tuple[str, str, tuple[str, ...]]] = []  # (label, text, links), a marker left in its place

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col if line - 1 < len(self.line_starts) else 0

    def _aside_reason(self) -> str | None:
        for tag, reason in reversed(self.stack):
            if reason:
                return reason
        return None

    def handle_starttag(self, tag, attrs):
        self.start_tags += 1
        if self.unseen and self.unseen[0] in END_OPTIONAL and tag in TEXT_BLOCKS:
            self.unseen = []  # "<p hidden>draft<p>Text": a paragraph whose end tag may be left out ends at the next block
        if self.unseen:
            if tag == self.unseen[0] and tag not in VOID_TAGS:
                self.unseen[1] += 1  # the same tag nested inside: its end tag is not the hidden one's
            return
        attrs = dict(attrs)
        if self.side_note is not None:
            self.side_note[0] += tag == "span"
            if tag == "a" and attrs.get("href"):
                self.side_note[2].append(attrs["href"])
            return
        if tag in ("span", "label") and self.current is not None and SIDE_NOTE_CLASS.search(attrs.get("class") or ""):
            # '…in 2023.<label class="margin-toggle sidenote-number"></label><input …/><span class="sidenote">Figures
            # from …</span> That is …': a note set in the margin beside its sentence, written inside the paragraph
            if tag == "span":
                self.side_note = [1, [], []]
            else:
                self.unseen = [tag, 1]  # the toggle a narrow screen shows in the note's place ("⊕")
            return
        if tag not in VOID_TAGS and unseen(tag, attrs):
            self.unseen = [tag, 1]
            return
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
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
        if tag == "time" and not self.skip_depth and self.current is not None and self.current.pieces \
                and self.current.pieces[-1].text[-1:].isalnum():
            # '<a>Priya Shah</a><time>November 19, 2026</time>': a byline's name and its date, laid out
            # apart by the page's styles, are two words
            self.current.pieces.append(Piece(" ", self._offset()))
        if tag == "button" and not self.skip_depth and self.current is not None and self.current.tag in HEADING_TAGS:
            self.kept_buttons += 1  # an accordion's question: a button that opens its answer, inside a heading
            return
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
                    self.current.continues = True
                else:
                    self.line_break = Piece(" ", self._offset(), line_break=True)
                    pieces.append(self.line_break)
            return
        if tag == "article":
            self.articles += not self.article_depth
            self.article_depth += 1
            self.saw_article = True
        elif tag == "tr":
            self.rows += 1
        cls = " ".join(filter(None, [attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("itemprop"),
                                     attrs.get("data-component"), attrs.get("data-testid"), attrs.get("data-gu-name")]))
        if "__" in cls:
            cls = class_words(cls)
        if cls and CAMEL.search(cls):
            cls = CAMEL.sub(" ", cls)  # "bylineDetails", "authorText": the words a camel-cased class joins
        reason = None
        if cls and REFERENCE_CLASS.search(cls) and tag not in INLINE_TAGS:
            reason = "references"
        elif tag == "figure" and cls and LINK_CARD.search(cls):
            reason = "link card"  # '<figure class="kg-bookmark-card"><a href=…>': a linked page's title and summary
        elif tag in ("figure", "blockquote") and cls and QUOTATION_FIGURE.search(cls):
            # a blog's pull-quote block ('<figure class="wp-block-pullquote"><blockquote>…<cite>…', '<blockquote
            # class="pullquote">'): a quotation like any other, set aside only when it repeats the story's words
            reason = None
        elif tag in ASIDE_TAGS:
            # ('<aside class="key-takeaways">': a box that sums up the story, named by its class)
            points = tag == "aside" and cls and KEY_POINTS_CLASS.search(cls)
            reason = points.group(0).lower() if points else tag
        elif tag == "address":
            reason = ADDRESS_REASON
        elif tag == "p" and self.stack and self.stack[-1][0] == "hgroup":
            # '<hgroup><h1>…</h1><p>The 43-kilometre corridor would …</p></hgroup>': the headline's subtitle
            reason = _ClassReason("standfirst")
            reason.element = self.start_tags
        elif cls and self.start_tags not in self.kept and tag not in ("html", "body") and ASIDE_CLASS.search(cls):
            # (the page's own classes describe the whole page: a theme's "wp-embed-responsive" on <body>)
            reason = ASIDE_CLASS.search(cls).group(1).lower()
            reason = _ClassReason(SAME_REASON.get(reason, reason))
            reason.element = self.start_tags
        elif tag == "header" and not self.article_depth:
            reason = "header"
        if tag == "blockquote" and self.stack and self.stack[-1] == ("figure", "figure"):
            # '<figure><blockquote>…</blockquote><figcaption>— Sarah Quinn, manager</figcaption></figure>':
            # a figure that holds a quotation is a quotation, its caption who said it
            self.stack[-1] = ("figure", None)
        self.stack.append((tag, reason))
        if tag == "span":
            self.bold_spans.append(set_in_bold(attrs, self.bold_classes))
            self.bold_depth += self.bold_spans[-1]
        if lang := (attrs.get("lang") or "").strip().lower():
            self.lang_at[len(self.stack) - 1] = lang
        if tag == "span" and self.current is not None and SPEAKER_CLASS.search(attrs.get("class") or ""):
            self.in_speaker = True  # '<span class="speaker">Tom Ellis</span> The operator told us …'
        if (tag == "cite" and any(t == "blockquote" for t, _ in self.stack)
                or tag == "figcaption" and ("figure", None) in self.stack) \
                and (self.current is None or not self.current.pieces):
            self._open_block("cite")  # '<blockquote><p>…</p><cite>Dr Amir Sayed, river scientist</cite>': who said it
            self.current.quoted = True
        elif tag in TEXT_BLOCKS:
            self._open_block(tag)
            if tag in ("p", "div") and TITLE_CLASS.search(attrs.get("class") or ""):
                self.current.title_class = True
            if tag == "div" and (font := FONT_CLASSES.findall(attrs.get("class") or "")):
                self.current.font = " ".join(font)
        elif reason and (self.current is None or not self.current.aside):
            # '<figure><span>Getty Images</span>…': text loose inside an aside is the aside's, not
            # the open prose block's around it (inside an aside already, it stays with it)
            self._close_block()
        elif tag == "a":
            self.href = attrs.get("href")
        elif tag == "sup":
            if not self.sup_depth:
                self.sup_start = (self.current, len(self.current.pieces) if self.current else 0)
            self.sup_depth += 1
        elif tag in ("strong", "b") or tag == "time" and self.current is not None and self.current.tag == "li" \
                and not "".join(p.text for p in self.current.pieces).strip():
            # ('<li><time>14 June</time> The first round opens …</li>': a timeline entry's date, read as its label)
            self.bold_depth += 1
            self.time_label = self.time_label or tag == "time"
        elif tag == "q":
            # 'called it <q>a tax on families</q>': the marks a browser draws are the quotation's
            self.q_depth += 1
            self.handle_data("“" if self.q_depth % 2 else "‘")

    def handle_endtag(self, tag):
        if self.side_note is not None:
            if tag == "span":
                self.side_note[0] -= 1
                if not self.side_note[0]:
                    self._close_side_note()
            return
        if self.unseen and tag != self.unseen[0] and self.unseen[0] in END_OPTIONAL:
            self.unseen = []  # "<div><p hidden>draft</div>": the enclosing block's end ends it too
        if self.unseen:
            if tag == self.unseen[0]:
                self.unseen[1] -= 1
                if not self.unseen[1]:
                    self.unseen = []
            return
        if tag == "title":
            self.in_title = False
            return
        if tag == "span":
            self.in_speaker = False
            if self.bold_spans and self.bold_spans.pop():
                self.bold_depth = max(0, self.bold_depth - 1)
        if tag == "button" and self.kept_buttons:
            self.kept_buttons -= 1
            return
        if tag in SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            self.in_linked_data = False
            return
        if tag == "center" and self.current is not None and self.current.pieces and not self.skip_depth:
            # "<center><b>Headline</b></center><font>Posted: 04.06.2024 …</font>": an old page's centred line
            # is a line of its own inside the cell that holds it
            self.line_break = Piece(" ", self._offset(), line_break=True)
            self.current.pieces.append(self.line_break)
        if tag in VOID_TAGS:
            return
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            t, reason = self.stack.pop()
            self.lang_at.pop(len(self.stack), None)
            if t == "a":
                self.href = None
            elif t == "sup":
                self.sup_depth = max(0, self.sup_depth - 1)
                if not self.sup_depth:
                    self._cut_editorial_note()
            elif t in ("strong", "b") or t == "time" and self.time_label:
                self.bold_depth = max(0, self.bold_depth - 1)
                self.time_label = self.time_label and t != "time"
            elif t == "q" and self.q_depth:
                self.handle_data("”" if self.q_depth % 2 else "’")
                self.q_depth -= 1
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
        if self.side_note is not None:
            self.side_note[1].append(data)
            return
        if self.in_linked_data:
            self.linked_data[-1] += data
            return
        if self.in_speaker and self.current is not None:
            self.current.speaker_label = (self.current.speaker_label or "") + data
            return
        if self.in_title:
            self.head_title.append(data)
            return
        if self.skip_depth or self.unseen or not data:
            return
        if self.current is None:
            if not data.strip():
                return
            self._open_block("div")
        if "\u00ad" in data or "\u200b" in data:
            data = data.replace("\u00ad", "").replace("\u200b", "")  # "cancel&shy;led", "Island&#8203;ers": one word
            if not data:
                return
        marker = None
        if self.sup_depth and re.fullmatch(r"\s*\[?\d{1,3}\]?\s*", data) \
                or (self.href or "").startswith("#") and re.fullmatch(r"\s*\[\d{1,3}\]\s*", data) \
                or NOTE_HREF.match(self.href or "") and re.fullmatch(r"\s*\d{1,3}\s*", data):
            # (Word and Google Docs raise a footnote's "[1]" by style, not <sup>: a link within the
            # page is enough; a newsletter's bare "1" links to "#footnote-1")
            marker = data.strip().strip("[]")
        elif self.sup_depth and self.current.pieces and (raised := raised_label(data)):
            marker = raised  # "… in 2024.<sup>ii</sup>": a note marked by a numeral or a letter
        self.current.pieces.append(Piece(data, self._offset(), self.href, marker, bool(self.bold_depth)))

    def _close_side_note(self):
        _, parts, links = self.side_note
        self.side_note = None
        text = " ".join("".join(parts).split())
        if text and self.current is not None:
            label = f"side-{len(self.side_notes) + 1}"
            self.current.pieces.append(Piece("", self._offset(), None, label))
            self.side_notes.append((label, text, tuple(links)))

    def _cut_editorial_note(self):
        """ "<sup>[citation needed]</sup>", "<sup>[when?]</sup>": an editor's bracketed note in a
        superscript is about the sentence, not part of it (a bracketed number is a marker, kept)."""
        block, start = self.sup_start
        if block is None or block is not self.current:
            return
        note = "".join(p.text for p in block.pieces[start:])
        if _EDITORIAL_NOTE.fullmatch(note) and not any(p.marker for p in block.pieces[start:]):
            del block.pieces[start:]
            self.editorial_notes.append(note.strip())

    def _open_block(self, tag):
        self._close_block()
        reason = self._aside_reason()
        if tag == "h1" and isinstance(reason, _ClassReason):
            self.swallowing.add(reason.element)
        if tag == "p" and isinstance(reason, _ClassReason):
            self.prose_set_aside[reason.element] = self.prose_set_aside.get(reason.element, 0) + 1
        self.current = HtmlBlock(tag, reason, in_article=bool(self.article_depth),
                                 article=self.articles if self.article_depth else 0,
                                 quoted=any(t == "blockquote" for t, _ in self.stack),
                                 row=self.rows if tag in ("td", "th") else 0,
                                 lang=self.lang_at[max(self.lang_at)] if self.lang_at else "")

    def _close_block(self):
        if self.current is not None and any(p.text.strip() for p in self.current.pieces):
            self.blocks.append(self.current)
        self.current = None

    def close(self):
        super().close()
        self._close_block()
