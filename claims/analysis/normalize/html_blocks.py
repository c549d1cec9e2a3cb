"""The blocks an HTML page is read into, and what is decided about a block from its neighbours:
pull quotes, signed quotations, rows of links, a wire dateline, a bold lead-in."""
from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field

from . import interview, labels, layout, quotations


@dataclass
class Piece:
    text: str
    offset: int
    href: str | None = None
    marker: str | None = None
    bold: bool = False
    line_break: bool = False  # the space a single <br> left: the block goes on on a new line


@dataclass
class HtmlBlock:
    tag: str
    aside: str | None  # why it is not prose, when it is not ("references" for a notes list)
    pieces: list[Piece] = field(default_factory=list)
    in_article: bool = False
    article: int = 0  # which top-level <article> it stands in, counted from 1 (0: none)
    quoted: bool = False  # inside a <blockquote>, itself or through a <p> within it
    row: int = 0  # a table cell's row, numbered through the page; 0 outside a table row
    continues: bool = False  # opened by two line breaks in a row: the rest of the element before it
    title_class: bool = False  # a paragraph styled as the document's title ('<p class=MsoTitle>')
    speaker_label: str | None = None  # a transcript's '<span class="speaker">' opening the paragraph
    font: str = ""  # a converted PDF's font classes on the line ("ff2 fs1"): what kind of line it is
    lang: str = ""  # the language its element or the nearest one around it declares ("cy", "en-gb")

    @property
    def is_quote(self) -> bool:
        return self.tag == "blockquote" or self.quoted


def other_language(blocks: list[HtmlBlock]) -> set[int]:
    """The blocks a page in two languages prints in the one that is not English (a Welsh paragraph
    before its English version): the page must mark English blocks as English for any to be set aside."""
    langs = {b.lang[:2] for b in blocks if b.lang and not b.aside}
    if "en" not in langs or len(langs) < 2:
        return set()
    return {n for n, b in enumerate(blocks) if b.lang and b.lang[:2] != "en"}


def pull_quotes(blocks: list[HtmlBlock]) -> set[int]:
    """Blockquotes that repeat words the story already prints (a pull quote): said once is enough."""
    quotes = [b for b in blocks if b.is_quote and not b.aside]
    repeated = quotations.repeated_quotes([block_text(b) for b in quotes], [block_text(b) for b in blocks if not b.is_quote])
    return {id(quotes[n]) for n in repeated}


def signed_quotes(blocks: list[HtmlBlock]) -> tuple[dict[int, str], set[int]]:
    """The quotation blocks a signature line ("— Anders Holm, chief engineer") closes, with its
    name, and the signature blocks themselves."""
    signed_by: dict[int, str] = {}
    signatures: set[int] = set()
    for n, block in enumerate(blocks):
        if n and blocks[n - 1].is_quote and not block.is_quote and (who := quotations.named_after(block_text(block))):
            # "That is what a care assistant told me": the paragraph after it names the speaker and stays
            j = n - 1
            while j >= 0 and blocks[j].is_quote and j not in signatures:
                signed_by.setdefault(j, who)
                j -= 1
            continue
        if not block.is_quote:
            continue
        cited = quotations.cited_name(block_text(block)) if block.tag == "cite" else None
        sign = quotations.QUOTE_SIGNATURE.match(block_text(block)) if cited is None else None
        if not (cited or sign):
            continue
        j = n - 1
        while j >= 0 and blocks[j].is_quote and j not in signatures:
            signed_by[j] = cited or sign.group("who").strip()
            j -= 1
        if j < n - 1:
            signatures.add(n)
    return signed_by, signatures


# '“We won the first battle in a difficult fight,”' in a blockquote, then 'Sandu told supporters early on
# Monday.' under it: the quotation's comma runs on into the teller's paragraph, one sentence
_RUNS_ON = re.compile(r",\s*[\"”’]\s*$")
_TELLER_OPENS = re.compile(r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|says|told|tells|added|adds|wrote|"
                           r"insisted|warned|explained|recalled|replied)\b")


def join_quotes_to_tellers(blocks: list[HtmlBlock]) -> list[HtmlBlock]:
    """The blocks, with a quotation that closes on a comma joined to the paragraph under it that tells who said it."""
    out: list[HtmlBlock] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and last.is_quote and not last.aside and block.tag == "p" and not block.is_quote and not block.aside \
                and block.pieces and _RUNS_ON.search(block_text(last)) and _TELLER_OPENS.match(block_text(block)):
            last.pieces.extend([Piece(" ", block.pieces[0].offset)] + block.pieces)
            last.tag, last.quoted = "p", False
            continue
        out.append(block)
    return out


def link_row(pieces: list[Piece]) -> bool:
    """ "Lakeside Gazette | News | Weather": links and separators only, a menu drawn without a menu tag."""
    links = [p for p in pieces if p.href and p.text.strip()]
    return len(links) >= 2 and all(p.href or not _NOT_SEPARATOR.search(p.text) for p in pieces)


_NOT_SEPARATOR = re.compile(r"[^\s|·•/,–—-]")


# "PUNE: The 23-km metro line …": a city in capitals and a colon, as Indian papers set it before the
# first sentence (not a label such as "UPDATE:", nor a transcript's speaker, whose turns repeat it)
_CITY_COLON_DATELINE = re.compile(
    r"(?!(?:NOTE|UPDATE|UPDATED|WARNING|CORRECTION|CLARIFICATION|EXCLUSIVE|WATCH|BREAKING|LIVE|ALSO\s+READ|READ\s+MORE|"
    r"EDITOR'?S?\s+NOTE|SPOILER|PHOTOS?|VIDEO|ANALYSIS|OPINION|COMMENT|REVIEW)\b)[A-Z]{3,}(?:\s+[A-Z]{3,})?:\s+(?=[A-Z])")


def lift_wire_dateline(blocks: list[HtmlBlock], removed: list) -> None:
    """ "KYIV (AP) — " before the first sentence says where and who, not what."""
    # a standfirst, a wire's "(Adds …)" note or a byline paragraph may come first
    # (an old CMS's story in one div, its paragraphs split by line breaks: "<b>DREN</b> – The …")
    paragraphs = [b for b in blocks if b.tag in ("p", "div") and not b.aside and not b.title_class]
    colon_led = sum(1 for b in paragraphs if b.pieces and _CITY_COLON_DATELINE.match(b.pieces[0].text.lstrip()))
    for first in paragraphs[:4]:
        if not first.pieces:
            continue
        piece = first.pieces[0]
        stripped = piece.text.lstrip()
        m = layout.WIRE_DATELINE.match(stripped) or (_CITY_COLON_DATELINE.match(stripped) if colon_led == 1 else None)
        if m and not piece.href:
            removed.append(("dateline", m.group(0).strip()))
            cut = len(piece.text) - len(stripped) + m.end()
            first.pieces[0] = Piece(piece.text[cut:], piece.offset + cut, piece.href, piece.marker, piece.bold)
            return
        lead = next((k for k, p in enumerate(first.pieces) if p.text.strip()), 0)  # (past a line's opening white space)
        place = first.pieces[lead]
        if place.bold and len(first.pieces) > lead + 1 and not place.href and place.text.strip().isupper():
            before = "".join(p.text for p in first.pieces[:lead]) + place.text[:len(place.text) - len(place.text.lstrip())]
            joined = "".join(p.text for p in first.pieces[lead:lead + 2]).lstrip()
            if (m := layout.WIRE_DATELINE.match(joined)) and m.end() > len(place.text.strip()):
                # "<b>DREN</b> – The crossing …": the place in bold, its dash after it
                removed.append(("dateline", _cut(first, before + m.group(0))))
                return


def lift_timestamp(block: HtmlBlock) -> str | None:
    """ "<b>19:05</b> — The meeting has opened.": a live entry's time of day is cut from its pieces
    and returned; the pieces keep their offsets."""
    m = labels.LIVE_TIMESTAMP.match(marked_bold(block))
    return _cut(block, re.sub(r"\*\*", "", m.group(0))) if m else None


def lift_lead_label(block: HtmlBlock) -> tuple[str, int | None] | None:
    """ "<b>March 2016</b> — The council approves …", "RESOLVED: That …": a timeline entry's date or a
    minute's label, cut from its pieces and returned with its raw offset."""
    marked = marked_bold(block)
    found = labels.lead_label(marked, block.tag == "li")
    if not found:
        return None
    start, end, text_start = found
    before = len(re.sub(r"\*\*", "", marked[:start]))
    first = block.pieces[0]
    at = first.offset + before if first.offset is not None and before < len(first.text) else None
    _cut(block, re.sub(r"\*\*", "", marked[:text_start]))
    return marked[start:end], at


def cut_label(block: HtmlBlock) -> str | None:
    """ "<b>HALE:</b> We have completed …": a transcript turn's speaker label, cut from its pieces."""
    m = re.match(r"\s*(?:\*\*)?[^:*]{1,40}:(?:\*\*)?\s+", marked_bold(block))
    return _cut(block, re.sub(r"\*\*", "", m.group(0))) if m else None


def marked_bold(block: HtmlBlock) -> str:
    """The opening pieces of a block with bold ones marked as Markdown would ("**19:05** — …"),
    so that one pattern reads a label or a timestamp in either format."""
    return "".join(p.text if not p.bold else f"**{p.text}**" for p in block.pieces[:2])


def _cut(block: HtmlBlock, stamp: str) -> str:
    cut = len(stamp)
    while block.pieces and cut >= len(block.pieces[0].text):
        cut -= len(block.pieces.pop(0).text)
    if block.pieces and cut:
        first = block.pieces[0]
        block.pieces[0] = Piece(first.text[cut:], first.offset + cut, first.href, first.marker, first.bold)
    return stamp.strip()


def run_in_label(pieces: list[Piece]) -> int:
    """How many leading pieces form a short bold lead-in followed by more text (0: none)."""
    n = 0
    while n < len(pieces) and not pieces[n].text.strip() and not pieces[n].href:
        n += 1  # (the white space a line break leaves before it)
    blank = n
    while n < len(pieces) and pieces[n].bold and not pieces[n].href and not pieces[n].marker:
        n += 1
    if n == blank:
        return 0
    label = "".join(p.text for p in pieces[:n])
    rest = "".join(p.text for p in pieces[n:]).strip()
    return n if rest and layout.is_run_in_label(label, rest) else 0


def note_entry(block: HtmlBlock) -> bool:
    """ "<p><a href="#_ftnref1">[1]</a> Revenue outturn 2025/26, …": a note that opens on a link back
    to its marker, as Word and Google Docs write their footnotes, is a reference-list entry."""
    first = next((p for p in block.pieces if p.text.strip()), None)
    return first is not None and (first.href or "").startswith("#") and bool(re.fullmatch(r"\s*\[?\d{1,3}\]?\s*", first.text)) \
        and len(block_text(block)) > len(first.text.strip())


def block_text(block: HtmlBlock) -> str:
    return re.sub(r"\s+", " ", "".join(p.text for p in block.pieces)).strip()


def block_lines(block: HtmlBlock) -> list[str]:
    """The block's lines as single <br>s part them: "<b>Headline</b><br><i>Posted on … by …</i>"."""
    lines, line = [], []
    for piece in block.pieces:
        if piece.line_break:
            lines.append(line)
            line = []
        else:
            line.append(piece.text)
    lines.append(line)
    return [text for parts in lines if (text := re.sub(r"\s+", " ", "".join(parts)).strip())]


def listed_lines(block: HtmlBlock) -> str:
    """The block's text with its line breaks read as commas: a letter signed "Nino Beridze<br>Tbilisi"
    is signed "Nino Beridze, Tbilisi"."""
    return ", ".join(block_lines(block))


def bold_heading(blocks: list[HtmlBlock], n: int) -> bool:
    """A short line all in bold over prose heads a section: "<p><b>Options</b></p>" in a page saved
    from a word processor; "<td><b>Repairs backlog halved</b><br><br>The number of repairs …</td>"
    in an email laid out in tables, its prose after two line breaks in the same cell."""
    block = blocks[n]
    if n + 1 >= len(blocks) or block.aside or block.is_quote:
        return False
    following = blocks[n + 1]
    if block.tag in ("td", "th"):
        if not following.continues:
            return False
    elif block.tag not in ("p", "div") or following.tag not in ("p", "div", "li") or _all_bold(following):
        return False
    text = block_text(block)
    return _all_bold(block) and layout.heads_what_follows(text, block_text(following))


def _all_bold(block: HtmlBlock) -> bool:
    words = [p for p in block.pieces if p.text.strip()]
    return bool(words) and all(p.bold and not p.href and not p.marker for p in words)


_QA_HEADER = re.compile(r"\s*(?:questions?|q)\s*[:.]?\s*|\s*(?:answers?|a)\s*[:.]?\s*", re.IGNORECASE)


def qa_table_speakers(blocks: list[HtmlBlock], author: str | None) -> dict[int, str | None]:
    """An interview laid out as a table under a "Question | Answer" header row: the left cell of
    each row is the interviewer's (the author's), the right the person the introduction names.
    Blocks by index, with who speaks them."""
    header = next((b.row for b in blocks if b.tag == "th" and _QA_HEADER.fullmatch(block_text(b))), None)
    if header is None or sum(1 for b in blocks if b.row == header and _QA_HEADER.fullmatch(block_text(b))) < 2:
        return {}
    first = next(n for n, b in enumerate(blocks) if b.row == header)
    answers = interview.interviewee(" ".join(block_text(b) for b in blocks[:first] if b.tag == "p"), author)
    found: dict[int, str | None] = {}
    column, row = 0, header
    for n, block in enumerate(blocks[first:], start=first):
        if block.tag not in ("td", "th") or block.row <= header:
            continue
        if block.row != row:
            column, row = 0, block.row
        elif not block.continues:
            column += 1
        found[n] = author if column == 0 else answers
    return found


# a speech's page: "Housing Secretary's speech to …", "Remarks by the Mayor at …", GOV.UK's format tag
_SPEECH_TITLE = re.compile(r"\b(?:speech|remarks|address|lecture)\b", re.IGNORECASE)
_PERSON_LINK = re.compile(r"/(?:people|person|ministers?)/", re.IGNORECASE)
_HONORIFIC = re.compile(r"^(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable)\s+|\s+(?:MP|MSP|MS|AM|MLA|OBE|MBE|CBE|KC|QC)$", re.IGNORECASE)


def speech_giver(blocks: list[HtmlBlock], meta: dict[str, str], title: str | None) -> str | None:
    """Who gives the speech a page prints: the person its metadata links to ("From: … The Rt Hon
    Rachel Obi MP"); nobody when the page is no speech."""
    if meta.get("govuk:format", "").lower() != "speech" and not _SPEECH_TITLE.search(title or ""):
        return None
    for block in blocks:
        for piece in block.pieces:
            if piece.href and _PERSON_LINK.search(piece.href) and piece.text.strip():
                name = piece.text.strip()
                while (bare := _HONORIFIC.sub("", name)) != name:
                    name = bare
                return name
    return None


def repeats_description(block: HtmlBlock, text: str, meta: dict) -> bool:
    """Whether a paragraph set whole in bold repeats the page's description word for word (a standfirst)."""
    description = meta.get("description") or meta.get("og:description")
    return bool(description) and " ".join(description.split()) == " ".join(text.split()) \
        and all(p.bold or not p.text.strip() for p in block.pieces)


def printed_as_line(part: str, blocks: list[HtmlBlock]) -> bool:
    """Whether the page prints this part of its <title> as a line of its own (its headline)."""
    wanted = " ".join(html_lib.unescape(part).split()).casefold()
    return any(line.casefold() == wanted for b in blocks if not b.aside for line in block_lines(b))
