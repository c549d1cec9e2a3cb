"""AsciiDoc pasted as plain text: its markup blanked out in place (every offset still points into
the raw text), so the plain-text reader sees the title, the author and revision lines, the
sections and the prose.

"= Title" and "== Section" lose their marks; attribute lines (":toc: left"), block attribute lines
("[abstract]", "[quote, Lena Park, Kelby Bus Users Group]"), block titles (".Summary") and block
delimiters ("____", "****") go; an admonition's label ("NOTE: ") is no part of its sentence;
"link:https://…[the review data page]" reads as its text. A quotation block's attribute line names
who is quoted.
"""
from __future__ import annotations

import re

_DOCUMENT_TITLE = re.compile(r"^= \S")
_SECTION = re.compile(r"^(={1,6}) (?=\S)")
_ATTRIBUTE = re.compile(r"^:!?[\w-]+!?:(?:[ \t].*)?$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[\w#.%,=\"' -]*\]$")
_QUOTE_ATTRIBUTES = re.compile(r"^\[(?:quote|verse)\s*,\s*(?P<who>[^,\]]+?)\s*(?:,[^\]]*)?\]$")
_BLOCK_TITLE = re.compile(r"^\.[A-Za-z][^.].*$")
_DELIMITER = re.compile(r"^(?:_{4,}|\*{4,}|={4,}|-{4,}|\.{4,}|\+{4,}|-{2})$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): ")
# "link:https://…[text]", "mailto:a@b[text]", "https://…[text]", "xref:file.adoc[text]", "<<anchor,text>>"
_MACRO = re.compile(r"(?:link:|xref:|mailto:)?(?P<target>(?:https?://|mailto:|xref:|link:)?[^\s\[\]]+)\[(?P<text>[^\]\n]*)\]"
                    r"|<<[\w-]+,(?P<ref>[^>\n]+)>>")
_EMAIL = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>\s*$")
_REVISION = re.compile(r"^v?\d+(?:\.\d+)*,\s*(?=\d{4}-\d{2}-\d{2}|\w)")


def is_asciidoc(raw: str) -> bool:
    """A document title line first, or sections marked with "==" and AsciiDoc's attribute lines."""
    if "\n==" not in raw and not raw.lstrip("\ufeff\n").startswith("= "):
        return False
    first = raw.lstrip("\ufeff\n").split("\n", 1)[0]
    sections = len(re.findall(r"^={2,6} \S", raw, re.MULTILINE))
    return bool(_DOCUMENT_TITLE.match(first)) and (sections >= 1 or bool(re.search(r"^:[\w-]+:", raw, re.MULTILINE))) \
        or sections >= 2 and bool(re.search(r"^(?::[\w-]+:|\[[\w, ]+\]$|_{4,}$)", raw, re.MULTILINE))


def blank_markup(raw: str) -> tuple[str, dict[int, str]]:
    """The text with AsciiDoc's markup replaced by spaces (lines keep their lengths), and the raw
    offsets of the lines of each quotation block with who is quoted."""
    lines = raw.split("\n")
    quoted: dict[int, str] = {}
    offset, header, quote_by, in_quote = 0, True, None, False
    for i, line in enumerate(lines):
        start, stripped = offset, line.rstrip()
        offset += len(line) + 1
        if header and i and not stripped:
            header = False  # the document header ends at the first blank line
        if i == 0 and _DOCUMENT_TITLE.match(stripped):
            lines[i] = "  " + line[2:]
            continue
        if header and i and (m := _EMAIL.search(stripped)) and not _ATTRIBUTE.match(stripped):
            lines[i] = line[:m.start()] + " " * (len(line) - m.start())  # "Marta Osei <marta.osei@…>"
            continue
        if header and i and (m := _REVISION.match(stripped)):
            lines[i] = " " * m.end() + line[m.end():]  # "v1.2, 2026-09-14"
            continue
        if _ATTRIBUTE.match(stripped) or _BLOCK_TITLE.match(stripped) or _BLOCK_ATTRIBUTES.match(stripped):
            if m := _QUOTE_ATTRIBUTES.match(stripped):
                quote_by = m.group("who")
            lines[i] = " " * len(line)
            continue
        if _DELIMITER.match(stripped):
            in_quote = bool(quote_by) and not in_quote and stripped.startswith("_")
            if not in_quote:
                quote_by = None
            lines[i] = " " * len(line)
            continue
        if in_quote and quote_by and stripped:
            quoted[start] = quote_by
        if m := _SECTION.match(line):
            lines[i] = " " * m.end() + line[m.end():]
        elif m := _ADMONITION.match(line):
            lines[i] = " " * m.end() + line[m.end():]
        if "[" in lines[i] or "<<" in lines[i]:
            lines[i] = _MACRO.sub(_macro_text, lines[i])
    return "\n".join(lines), quoted


def _macro_text(m: re.Match) -> str:
    text = m.group("ref") if m.group("ref") is not None else m.group("text") or m.group("target")
    whole = m.end() - m.start()
    # the text at the span's end, so what follows it ("….") closes up to it
    return text.rjust(whole) if len(text) <= whole else m.group(0)
