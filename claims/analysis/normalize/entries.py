"""A reference list's numbered entries: the number each opens on, and the lines that continue one."""
from __future__ import annotations

import re

# A reference-list entry's number: "1. …", "[2] …", "3 …"
ENTRY_LABEL = re.compile(r"^\[?(\d{1,3})[.)\]]?\s")
# a line that starts a numbered entry ("1. …", "[2] …"; a bare "3 " may be a wrapped figure)
# "1. …", "[1] …", or a bare "1 Island Energy Board, …" as footnote lists print them
_NUMBERED_LINE = re.compile(r"^\s*(?:\[?(\d{1,3})[.)\]]\s|(\d{1,3})\s+(?=[A-ZÀ-Þ])|\^\s)")


def is_numbered_line(line: str) -> bool:
    return bool(_NUMBERED_LINE.match(line))


def numbered_entries(lines: list[str]) -> list[str]:
    """A reference list's entries: a numbered line starts one, other lines continue the entry before."""
    entries: list[str] = []
    for text in lines:
        if not entries or _NUMBERED_LINE.match(text):
            entries.append(text.strip())
        else:
            entries[-1] += " " + text.strip()
    return entries
