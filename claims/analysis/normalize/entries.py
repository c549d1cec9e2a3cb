"""A reference list's numbered entries: the number each opens on, and the lines that continue one."""
from __future__ import annotations

import re

from .inline import CITED_NUMBERS, cited_labels
from .model import Marker, Reference

# A reference-list entry's number: "1. …", "[2] …", "(3) …", "3 …"
ENTRY_LABEL = re.compile(r"^(?:\[|\((?=\d{1,3}\)))?(\d{1,3})[.)\]]?\s")
# a line that starts a numbered entry ("1. …", "[2] …"; a bare "3 " may be a wrapped figure)
# "1. …", "[1] …", or a bare "1 Island Energy Board, …" as footnote lists print them
# (a title in quotation marks may open an entry: '2 "Transnistria's industry halts …," Moldpres, …')
_NUMBERED_LINE = re.compile(r"^\s*(?:[\[(]?(\d{1,3})[.)\]]\s|(\d{1,3})\s+(?=[\"“‘]?[A-ZÀ-Þ])|\^\s)")


def is_numbered_line(line: str) -> bool:
    return bool(_NUMBERED_LINE.match(line))


def numbered_entries(lines: list[str]) -> list[str]:
    """A reference list's entries: a numbered line, or one opening on an author and a year in brackets,
    starts one; other lines continue the entry before (an address broken at the line's end runs on with no space: "https://www.state.gov/georgia-" over
    "foreign-agents-act-statement")."""
    entries: list[str] = []
    for text in lines:
        if not entries or _NUMBERED_LINE.match(text) or _AUTHOR_DATE_OPENS.match(text) and not _BROKEN_ADDRESS.search(entries[-1]):
            entries.append(text.strip())
        else:
            entries[-1] = continued(entries[-1], text)
    return entries


def continued(entry: str, line: str) -> str:
    """An entry with its next line: after a space, or with none where an address broke at the line's end."""
    line = line.strip()
    if _BROKEN_ADDRESS.search(entry) and _ADDRESS_RUNS_ON.match(line) or _ADDRESS_AT_END.search(entry) and _ADDRESS_REST.fullmatch(line):
        return entry + line
    return f"{entry} {line}"


# an unnumbered entry in author-date style opens on its author and year: "UNHCR (2023) Armenia: …",
# "Mirzoyan, A. (2023) Statement …"
_AUTHOR_DATE_OPENS = re.compile(r"\s*[A-ZÀ-Þ][^()\n]{1,80}?\s\((?:19|20)\d\d[a-z]?\)")
# an address cut after a hyphen, a slash or an underscore at the end of a line, and the rest of it on
# the next: a line of address characters alone, or a first word with a hyphen, slash or dot in it
# (or cut anywhere, "…/elections/geor" over "gia/578134": the next line is only the rest of an address)
_ADDRESS_AT_END = re.compile(r"\bhttps?://\S+$")
_ADDRESS_REST = re.compile(r"[\w%~+=&?#.-]*[-/=?&#][\w%~+=&?#./-]*")
_BROKEN_ADDRESS = re.compile(r"\bhttps?://\S*[-/_]$")
_ADDRESS_RUNS_ON = re.compile(r"[\w%~+=&?#.-]*[\w/]+(?:$|[-./_][\w%~+=&?#./-]*(?=\s|$))")


# "… since March 2022 (1).", "… reported in April (2, 3).": numbers in round brackets after a word cite
# a list whose entries open on "(1)" (and nothing else: "(1) fares and (2) routes" enumerates)
_ROUND_MARKER = re.compile(rf"(?<=[\w%’'”\"])\s\(({CITED_NUMBERS})\)(?=[.!?;:,]|[ \t]*(?:\n|$))")
_ROUND_ENTRY = re.compile(r"\s*\(\d{1,3}\)\s")


def round_markers(text: str, spans: list[tuple[int, int]], references: list[Reference]) -> list[Marker]:
    """Numbers in round brackets closing a sentence that cite a list whose entries open on them, "(1) …"
    — or any numbered list, when two numbers or more of it are cited so ("… in 2024 (1). … fell (2).")."""
    round_listed = {r.label for r in references if r.label and _ROUND_ENTRY.match(r.text)}
    listed = round_listed or {r.label for r in references if r.label}
    if not listed:
        return []
    found = [Marker(label, m.start() + 1, m.end(), after_sentence=False)
             for start, end in spans if "(" in text[start:end]
             for m in _ROUND_MARKER.finditer(text, start, end) for label in cited_labels(m.group(1)) if label in listed]
    return found if round_listed or len({marker.label for marker in found}) >= 2 else []


# a references table's row: "| 2 | Moldelectrica, system operator report, January 2025 | https://… |"
_TABLE_ENTRY = re.compile(r"^\s*\|\s*\[?(\d{1,3})[.)\]]?\s*\|(.+)$")
_URL_IN_CELL = re.compile(r"https?://[^\s|<>()]+")


def table_entries(section: str) -> list[Reference]:
    """The entries of a reference list laid out as a table under its heading: a row opening on its
    number, its other cells the entry (up to the next heading)."""
    found = []
    for line in section.splitlines():
        if line.lstrip().startswith("#"):
            break
        if row := _TABLE_ENTRY.match(line):
            cells = [c.strip() for c in row.group(2).split("|") if c.strip()]
            found.append(Reference(row.group(1), ", ".join(cells), tuple(_URL_IN_CELL.findall(row.group(2)))))
    return found


_BRACKET_MARKER = re.compile(rf"\[({CITED_NUMBERS})\]")


def written_markers(text: str, blocks, references: list[Reference], existing=()) -> list[Marker]:
    """Markers written as text in the prose, "… at the quay [1].", "[3, 4]", "(2)": they cite a reference
    list's entries with those numbers (a marker already read at the same place is not read again)."""
    listed = {r.label for r in references if r.label}
    if not listed:
        return []
    taken = {marker.start for marker in existing}
    found: list[Marker] = []
    prose = [(block.start, block.end) for block in blocks if block.kind != "heading"]
    for start, end in prose:
        if "[" in text[start:end]:
            for m in _BRACKET_MARKER.finditer(text, start, end):
                if m.start() in taken:
                    continue
                # ("… a day.[1]": after the stop, it points back to the sentence it closes)
                after_sentence = text[m.start() - 1:m.start()] in (".", "!", "?", '"', "”", "’")
                found.extend(Marker(label, m.start(), m.end(), after_sentence=after_sentence)
                             for label in cited_labels(m.group(1)) if label in listed)
    found.extend(round_markers(text, prose, references))
    return found
