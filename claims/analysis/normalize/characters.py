"""Characters read as the letters they stand for, before any layout is read."""
from __future__ import annotations

import re

# Typographic ligatures a PDF's text layer often keeps ("ﬁnancial"), soft hyphens and zero-width
# spaces: the words are read as the letters they stand for
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st", "\u00ad": None, "\u200b": None})


def letters(text: str) -> str:
    if any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u00ad\u200b"):
        text = text.translate(_LIGATURES)
    if "``" in text:
        # ``quoted'': typed in ASCII, as TeX and older wires write quotation marks
        text = _ASCII_QUOTES.sub(lambda m: "\u201c" if m.group(0) == "``" else "\u201d", text)
    return text


_ASCII_QUOTES = re.compile(r"(?<!`)``(?!`)|(?<=\S)''")  # (a code fence's ``` is none)


# UTF-8 read as Windows-1252 ("Councilâ€™s", "Â£1,912", "â€“"): each character is the bytes
# of one UTF-8 character taken one by one, and read back as that character. A run is put right only
# when its bytes decode, so "São" or "à " in French stays as written.
_CONTINUATION = ("[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                 "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]")
_MISREAD = re.compile(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}|[\u00f0-\u00f4]{_CONTINUATION}{{3}}")


def _read_back(m: re.Match) -> str:
    run = m.group(0)
    if run == "\u00e2\u20ac\ufffd":
        return "\u201d"  # the closing quote's last byte (0x9D) has no Windows-1252 character: only it is lost
    try:
        return run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def utf8_read_back(text: str) -> str:
    if "\u00c2" in text or "\u00c3" in text or "\u00e2" in text:
        return _MISREAD.sub(_read_back, text)
    return text
