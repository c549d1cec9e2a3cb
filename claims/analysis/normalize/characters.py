"""Characters read as the letters they stand for, before any layout is read."""
from __future__ import annotations

# Typographic ligatures a PDF's text layer often keeps ("ﬁnancial"), soft hyphens and zero-width
# spaces: the words are read as the letters they stand for
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st", "\u00ad": None, "\u200b": None})


def letters(text: str) -> str:
    if any(ch in text for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u00ad\u200b"):
        return text.translate(_LIGATURES)
    return text
