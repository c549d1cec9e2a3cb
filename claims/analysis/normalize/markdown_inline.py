"""Markdown's inline markup (links, emphasis, notes, citation brackets) written out with the
offsets of what it keeps."""
from __future__ import annotations

import re

from . import layout
from .inline import CITED_NUMBERS, add_link, add_marker, cited_labels, safe_href
from .model import Link, TextBuilder
from .note_marks import RAISED_MARK, mark_label, raised_label

# Pandoc's inline note, "^[…]", written where its marker stands (brackets may nest one deep); a citation
# key, "[@smith2021, p. 12]", names an entry of a bibliography file the text does not carry
_NOTE_BODY = r"(?:[^\[\]]|\[[^\]]*\])*"
_INLINE = re.compile(
    r"""(?P<embed>!\[\[[^\]\n]+\]\])
      | (?P<wiki>\[\[(?P<wtarget>[^\]|#\n]*)(?:\#[^\]|\n]*)?(?:\|(?P<walias>[^\]\n]+))?\]\](?!\())
      | (?P<ocomment>%%[^\n]*?%%)
      | (?P<image>!\[(?P<alt>[^\]]*)\](?:\([^)]*\)|\[[^\]\n]*\]))
      | (?P<link>\[(?P<text>(?:[^\[\]]|\[[^\]]*\])+)\]\((?P<href>[^)\s]*(?:\([^)\s]*\)[^)\s]*)*)(?:\s+["'(][^)]*)?\))
      | (?P<reflink>\[(?P<rtext>[^\]]+)\]\[(?P<ref>[^\]]*)\])
      | (?P<auto><(?P<aurl>https?://[^>\s]+)>)
      | (?P<inote>\^\[(?P<inotetext>{note})\])
      | (?P<psup>\^(?P<psuplabel>\d{1,3})\^)
      | (?P<cite>\[-?@[^\]\s;,]{1,60}(?:[;,][^\]]{0,120})?\])
      | (?P<fnref>\[\^(?P<fnlabel>[^\]]+)\])
      | (?P<num>\[(?P<numlabel>{cited})\])
      | (?P<span>\[(?P<stext>[^\[\]]+)\]\{[^{}\n]*\})
      | (?P<struck>~~[^~\n]{1,200}?~~)
      | (?P<raised>{raised})
      | (?P<glued>(?:(?<=[a-z)”"’'][.!?])|(?<=\b(?:19|20)\d\d\.))\d{1,2}(?=\s+[A-Z“"‘]|\s*$))
      | (?P<escape>\\(?P<char>[!-/:-@\[-`{-~]))
      | (?P<hardbreak>\\$)
      | (?P<shortcode>(?<![\w:]):[a-z][a-z0-9_+-]*[a-z0-9]:(?![\w:]))
      | (?P<role>\{(?P<rolename>[a-z][\w:-]*)\}`(?P<roletext>[^`\n]+)`)
      | (?P<code>`+)
      | (?P<anchor><[aA]\s[^>]*?href\s*=\s*["'](?P<ahref>[^"']*)["'][^>]*>(?P<atext>.*?)</[aA]\s*>)
      | (?P<sup><sup>\s*(?:\[\[?(?P<suplink>\d{1,3})\]?\]\([^)\s]*\)|\[?(?P<suplabel>\d{1,3}|[ivxl]{1,6}|[a-z])\]?)\s*</sup>)
      | (?P<tag></?[A-Za-z][^>]*>)
      | (?P<emph>\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~|(?<![\w=])==(?=[^\s=])|(?<=[^\s=])==(?![\w=]))
    """.replace("{note}", _NOTE_BODY).replace("{cited}", CITED_NUMBERS).replace("{raised}", RAISED_MARK),
    re.VERBOSE,
)


def write_inline(builder: TextBuilder, text: str, offset: int, definitions: dict[str, str]) -> None:
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            before = text[pos:m.start()]
            if (m.group("fnref") or m.group("sup") or m.group("psup") or m.group("inote") or m.group("cite") or m.group("role")) \
                    and text[m.end():m.end() + 1] in _CLOSING_PUNCTUATION | {""}:
                before = before.rstrip()  # "an increase of 77% [^a].": the marker's space goes with it
            builder.add(before, offset + pos)
        if m.group("wiki"):  # a notebook's "[[Kelby Council|the council]]": the words shown
            shown = "walias" if m.group("walias") else "wtarget"
            builder.add(m.group(shown), offset + m.start(shown))
        elif m.group("link"):
            inner = m.group("text")
            start = builder.position
            write_inline(builder, inner, offset + m.start("text"), definitions)
            _link_span(builder, start, m.group("href"))
        elif m.group("reflink") and _undefined_citations(m, definitions):
            # "… software [1][2]." with no "[2]: …" defined is no reference link but two citation brackets
            split = m.start("ref") - 1
            write_inline(builder, text[m.start():split], offset + m.start(), definitions)
            write_inline(builder, text[split:m.end()], offset + split, definitions)
        elif m.group("reflink"):
            start = builder.position
            write_inline(builder, m.group("rtext"), offset + m.start("rtext"), definitions)
            key = (m.group("ref") or m.group("rtext")).lower()
            _link_span(builder, start, definitions.get(key))
        elif m.group("anchor"):  # an HTML link written into the Markdown
            start = builder.position
            write_inline(builder, m.group("atext"), offset + m.start("atext"), definitions)
            _link_span(builder, start, m.group("ahref"))
        elif m.group("auto"):
            add_link(builder, m.group("aurl"), m.group("aurl"), offset + m.start("aurl"))
        elif m.group("fnref"):
            add_marker(builder, m.group("fnlabel"), "", offset + m.start())
        elif m.group("inote"):  # Pandoc's inline note, "…in 2025.^[Measured by diffusion tubes …]"
            add_marker(builder, inline_note_label(m.group("inotetext")), "", offset + m.start())
        elif m.group("sup"):  # an HTML superscript written into the Markdown: "prices.<sup>1</sup>", "<sup>[1](#fn1)</sup>"
            label = m.group("suplabel") or m.group("suplink")
            add_marker(builder, label if label.isdigit() else raised_label(label) or label, "", offset + m.start())
        elif m.group("psup"):  # Pandoc's superscript, "… has not left it.^1^": a note's number raised
            add_marker(builder, m.group("psuplabel"), "", offset + m.start())
        elif m.group("struck"):  # "give Moldova ~~€200 million~~ €250 million": struck words are withdrawn, as <del> is
            if text[m.end():m.end() + 1] == " " and (m.start() == 0 or text[m.start() - 1] == " "):
                pos = m.end() + 1  # (one space stands between the words either side, not two)
                continue
        elif m.group("raised"):  # "… of 2023.†", "… in 2024.¹": a mark typed raised or as a printer's symbol
            add_marker(builder, mark_label(m.group("raised")), "", offset + m.start())
        elif m.group("glued"):  # "… Grain Initiative.1 Ships …", "… in 2017.1 That …": a note's number, its raise lost in conversion
            add_marker(builder, m.group("glued"), "", offset + m.start())
        elif m.group("num"):
            add_marker(builder, cited_labels(m.group("numlabel")), m.group(0), offset + m.start())
        elif m.group("escape"):
            builder.add(m.group("char"), offset + m.start("char"))
        elif m.group("role"):  # MyST's "{cite}`kelby2025`" cites a source; "{numref}`fig-1`" points at a figure
            if m.group("rolename").startswith("cite"):
                add_marker(builder, m.group("roletext"), "", offset + m.start())
        elif m.group("span"):  # Pandoc's bracketed span, "[prepared for the committee]{.underline}": its words
            write_inline(builder, m.group("stext"), offset + m.start("stext"), definitions)
        pos = m.end()
    if pos < len(text):
        builder.add(text[pos:], offset + pos)


def _link_span(builder: TextBuilder, start: int, href: str | None) -> None:
    href = safe_href(href)
    if not href:
        return
    anchor = builder.text_from(start)
    start += len(anchor) - len(anchor.lstrip(" "))
    if builder.position > start:
        builder.links.append(Link(href, start, builder.position))


_CLOSING_PUNCTUATION = frozenset(".,;:!?)")
_CITATION_BRACKET = re.compile(CITED_NUMBERS)


def _undefined_citations(m: re.Match, definitions: dict[str, str]) -> bool:
    """Both brackets of a "[1][2]" hold citation numbers and no link definition claims the second."""
    ref = m.group("ref")
    return (ref.lower() not in definitions and bool(_CITATION_BRACKET.fullmatch(ref))
            and bool(_CITATION_BRACKET.fullmatch(m.group("rtext"))))


# an inline note found anywhere in a line, for the notes list
INLINE_NOTE = re.compile(rf"\^\[({_NOTE_BODY})\]")


def inline_note_label(note: str) -> str:
    """The label an inline note is known by: its own words (it has no number)."""
    return "note:" + " ".join(note.split())[:60]


def plain_text(text: str) -> str:
    """Text of a line with its markup removed (for layout decisions and metadata)."""
    builder = TextBuilder()
    builder.begin()
    write_inline(builder, text, 0, {})
    return builder.text()


def urls_in(text: str) -> list[str]:
    seen = [href for _, href in inline_links(text)]
    for u in layout.URL.findall(text):
        u = u.rstrip(".,;:")
        if u not in seen:
            seen.append(u)
    return seen


def inline_links(text: str) -> list[tuple[str, str]]:
    return [(m.group("text"), m.group("href")) for m in _INLINE.finditer(text) if m.group("link")]
