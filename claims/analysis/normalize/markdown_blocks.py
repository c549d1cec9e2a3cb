"""Markdown read line by line into blocks (headings, lists, quotes, tables, notes, link definitions);
their inline markup is written out by `markdown_inline`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout
from .inline import is_row_label
from .markdown_inline import INLINE_NOTE, inline_note_label, plain_text
from .quotations import QUOTE_SIGNATURE

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*(?:\{:?\s*[#.][^{}]*\}\s*)?$")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_TABLE_OPEN = re.compile(r"^\s*<table\b", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^ {0,3}\*\[[^\]]+\]:\s")
_INDENTED_CODE = re.compile(r"(?: {4}|\t)\s*\S")
# a grid table's rule ("+------+-----+", "+======+") and the caption line under a table (": Number of routes")
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_TABLE_CAPTION = re.compile(r"^\s*(?:Table)?:\s+\S")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
# MDX: a module line ("import Tabs from '@theme/Tabs';", "export const meta = …"), a comment in
# braces ("{/* Reviewed on 17 June */}") and an admonition's fence (":::info Consultation results",
# ":::"), whose title labels the box; the box's sentences stay
_MODULE_LINE = re.compile(r"^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"]|export\s+(?:const|let|default|function)\b.*?)\s*;?\s*$")
_MACRO_OPEN = re.compile(r"\s*<div\b[^>]*\bclass=[\"'][^\"']*-(?:information|info|note|tip|warning)-macro\b", re.IGNORECASE)
_DIV_OPEN = re.compile(r"<div\b", re.IGNORECASE)
_DIV_CLOSE = re.compile(r"</div\s*>", re.IGNORECASE)
_BRACE_COMMENT_OPEN = re.compile(r"^\s*\{/\*")
# (Pandoc's and Quarto's fenced divs too: "::: {.callout-note}", "::: {#refs}")
# a documentation site's admonition ('!!! info "Key figures"', '??? note'), or a content tab ('=== "2025"')
_INDENTED_BOX = re.compile(r"^(?:!!!|\?\?\?\+?|===)[ \t]+\S.*$")
_ADMONITION_FENCE = re.compile(r"^ {0,3}:::+(?:\s*\{[^{}\n]*\}|\s*\{?[A-Za-z][\w-]*\}?(?:[ \t].*)?)?\s*$")
_LIST = re.compile(r"^(\s*)([-*+•]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")  # a task list's "[x] " goes with the marker
# a collapsible block's title: "<summary>How we count</summary>"
_SUMMARY = re.compile(r"^\s*<summary>(.*?)</summary>\s*$", re.IGNORECASE)
_QUOTE = re.compile(r"^ {0,3}>\s?")
_LINK_DEF = re.compile(r"^ {0,3}\[([^\]^]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?\s*$")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]]+)\]:\s*(.*)$")
@dataclass
class MdBlock:
    kind: str
    lines: list[tuple[str, int]]
    level: int = 0
    marker: str = ""  # a list item's bullet or number
    row: int = 0  # a table row's number, for the cells of whole sentences read from it
    row_labels: tuple[str, ...] = ()  # that row's short cells ("False", "Kept")

    def plain(self) -> str:
        """The block's text with its markup removed (for layout decisions and metadata)."""
        return plain_text(" ".join(t for t, _ in self.lines))


_CELL = re.compile(r"[^|]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s*$")


# a quotation closed by its sentence end, then who said it: '"Burglary has doubled." – Dan Pryce'
_QUOTE_CLOSED = re.compile(r"^[\"“].*[.!?][\"”]")


def _sentence_cells(line: str, off: int) -> tuple[list[tuple[str, int]], tuple[str, ...]]:
    """A row's cells of whole sentences, with offsets, and its short cells (a verdict, a status)."""
    cells, labels = [], []
    for m in _CELL.finditer(line):
        text = m.group(0).strip()
        if is_row_label(text):
            labels.append(text)
        if len(text.split()) >= 5 and (_SENTENCE_END.search(text) or (quoted := _QUOTE_CLOSED.match(text))
                                       and QUOTE_SIGNATURE.match(text[quoted.end():])):
            cells.append((text, off + m.start() + m.group(0).index(text)))
    return cells, tuple(labels)


_DEFINITION = re.compile(r"^:[ \t]{1,4}(\S.*)$")
# a line of template tags: Hugo's shortcodes ('{{< figure … >}}'), Liquid's ('{% include toc.html %}', a
# raw block with what it holds), kramdown's attribute list under a paragraph ('{: .lead}')
_SHORTCODES = re.compile(r"\s*(?:\{\{[<%].*?[%>]\}\}\s*|\{%\s*raw\s*%\}.*?\{%\s*endraw\s*%\}\s*|\{%.*?%\}\s*|\{:[^{}]*\}\s*)+")


def parse_blocks(raw: str) -> tuple[list[MdBlock], dict[str, str], dict[str, str]]:
    lines = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        lines.append((line.rstrip("\r\n"), pos))
        pos += len(line)
    definitions: dict[str, str] = {}
    footnotes: dict[str, str] = {}
    blocks: list[MdBlock] = []
    current: MdBlock | None = None
    in_fence = in_comment = in_brace_comment = in_percent_comment = after_table = in_table = outline = False
    macro_depth = 0
    rows = 0
    quoted_items: set[int] = set()
    indented_box = False  # inside a documentation site's admonition or content tab, its lines indented
    for i, (line, off) in enumerate(lines):
        if _INDENTED_BOX.match(line):
            # '!!! info "Key figures"', '??? note "How we measure"', '=== "2025"': a box's or a tab's
            # title line; what it holds is indented under it
            indented_box, current = True, None
            continue
        if indented_box and line.strip():
            if _INDENTED_CODE.match(line):
                lead = 1 if line.startswith("\t") else 4
                line, off = line[lead:], off + lead  # read as if the box were not there
            else:
                indented_box = False
        if in_comment or line.lstrip().startswith("<!--"):
            # an HTML comment (an editor's note, a cut draft) is no part of the text, over lines too
            in_comment = "-->" not in line
            current = None
            continue
        if in_brace_comment or _BRACE_COMMENT_OPEN.match(line):
            in_brace_comment = "*/}" not in line
            current = None
            continue
        if macro_depth or _MACRO_OPEN.match(line):
            # a wiki export's note box in HTML ('<div class="confluence-information-macro …">'): a note
            # about the page, with every <div> inside it, to the </div> that closes it
            # (a stray closing tag ends the box; it does not open a debt that hides the rest)
            macro_depth = max(0, macro_depth + len(_DIV_OPEN.findall(line)) - len(_DIV_CLOSE.findall(line)))
            current = None
            continue
        if in_percent_comment or line.startswith("%%"):
            # a notebook's comment, "%%check this figure%%", on lines of its own
            in_percent_comment = line.count("%%") % 2 == (0 if in_percent_comment else 1)
            current = None
            continue
        if _ADMONITION_FENCE.match(line) or (current is None and _MODULE_LINE.match(line)):
            current = None
            continue
        if _FENCE.match(line):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if in_table or _TABLE_OPEN.match(line):
            # a table written in HTML inside the Markdown is figures, like a pipe table's cells
            in_table = not _TABLE_CLOSE.search(line)
            current = None
            continue
        if not line.strip() or _SHORTCODES.fullmatch(line):
            # ('{{< figure src=… >}}', '{{% notice note %}}': a static-site generator's shortcodes on a
            # line of their own draw something or open a box; a sentence inside the box stays)
            current = None
            continue
        if current is None and _INDENTED_CODE.match(line) and not (blocks and blocks[-1].kind == "list_item") \
                and not (outline and _LIST.match(line)):
            # code indented by four spaces after a blank line ("    Out[4]: 0.163"), not a list's
            # paragraph, nor an outliner's child bullet under a heading bullet ("\t- Kelby's buses …")
            continue
        if _ABBREVIATION.match(line):
            continue  # Markdown Extra's "*[ICB]: Integrated Care Board" defines a term, no text
        if m := _LINK_DEF.match(line):
            definitions[m.group(1).lower()] = m.group(2)
            current = None
            continue
        if m := _FOOTNOTE_DEF.match(line):
            footnotes[m.group(1)] = m.group(2)
            current = MdBlock("footnote", [(m.group(2), off + m.start(2))], 0)
            current.level = 0
            blocks.append(current)
            current.kind = f"footnote:{m.group(1)}"
            continue
        if (m := _DEFINITION.match(line)) and current is not None and current.kind == "paragraph" and len(current.lines) == 1:
            # a definition list ("How much will a permit cost?" over ":   A first permit will cost …"):
            # the term heads its definition
            current.kind, current.level = "heading", 3
            current = MdBlock("paragraph", [(m.group(1), off + m.start(1))], 0)
            blocks.append(current)
            continue
        if (m := _SETEXT.match(line)) and current is not None and current.kind == "paragraph" and len(current.lines) == 1:
            current.kind = "heading"
            current.level = 1 if m.group(1).startswith("=") else 2
            text, off = current.lines[0]
            current.lines[0] = (_CLOSING_HASHES.sub("", text), off)  # "Summary ##" over its rule
            current = None
            continue
        if m and current is not None and current.kind == "paragraph" and len(current.lines) <= 3 and m.group(1).startswith("=") \
                and not any(layout.ends_sentence(t) for t, _ in current.lines):
            # "EASTERN NEIGHBOURHOOD DIGEST" / "Issue 212 | Wednesday 15 January 2025" over a rule of equals
            # signs: a masthead of short lines, each a heading of its own
            if blocks and blocks[-1] is current:
                blocks.pop()
            blocks.extend(MdBlock("heading", [piece], 1) for piece in current.lines)
            current = None
            continue
        if _HR.match(line):
            current = None
            continue
        if m := _SUMMARY.match(line):
            blocks.append(MdBlock("heading", [(m.group(1), off + m.start(1))], 3))
            current = None
            continue
        if m := _ATX.match(line):
            blocks.append(MdBlock("heading", [(m.group(2), off + m.start(2))], len(m.group(1))))
            current = None
            continue
        if _GRID_RULE.match(line) or (after_table and _TABLE_CAPTION.match(line)):
            after_table = not _TABLE_CAPTION.match(line)
            current = None
            continue
        after_table = False
        if line.lstrip().startswith("|"):
            # a table is figures, but a cell that holds whole sentences (a promise tracker's "What we
            # found" column) is prose, read row by row
            cells, labels = _sentence_cells(line, off)
            rows += bool(cells)
            blocks.extend(MdBlock("paragraph", [cell], 0, row=rows, row_labels=labels) for cell in cells)
            current, after_table = None, True
            continue
        if m := _LIST.match(line):
            if h := _ATX.match(line[m.end():]):
                # "- ## Where we are": an outliner's heading, a bullet like every other block
                blocks.append(MdBlock("heading", [(h.group(2), off + m.end() + h.start(2))], len(h.group(1))))
                current, outline = None, True
                continue
            current = MdBlock("list_item", [(line[m.end():], off + m.end())], 0, m.group(2))
            blocks.append(current)
            continue
        if m := _QUOTE.match(line):
            text = line[m.end():]
            if item := _LIST.match(text):
                # "> - Setting it up would cost …": a key points box's bullets in a quote are its items
                current = MdBlock("list_item", [(text[item.end():], off + m.end() + item.end())], 0, item.group(2))
                blocks.append(current)
                quoted_items.add(id(current))
                continue
            if current is not None and id(current) in quoted_items and text.strip():
                current.lines.append((text, off + m.end()))  # the quoted item wraps onto this line
                continue
            if current is None or current.kind != "blockquote":
                current = MdBlock("blockquote", [], 0)
                blocks.append(current)
            if text.strip():
                current.lines.append((text, off + m.end()))
            continue
        if current is not None and current.kind in ("paragraph", "list_item", "blockquote") or (
            current is not None and current.kind.startswith("footnote")
        ):
            current.lines.append((line, off))
            continue
        current = MdBlock("paragraph", [(line, off)], 0)
        blocks.append(current)
    for block in [b for b in blocks if not b.kind.startswith("footnote")]:
        for text, off in block.lines:
            for m in INLINE_NOTE.finditer(text):
                label = inline_note_label(m.group(1))
                footnotes[label] = m.group(1)
                blocks.append(MdBlock(f"footnote:{label}", [(m.group(1), off + m.start(1))], 0))
    return blocks, definitions, footnotes
