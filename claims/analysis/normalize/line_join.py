"""Lines a hard wrap cut, joined again: a hyphen at a line's end is dropped when the document writes
the joined word elsewhere, and kept for a compound ("long-term") or a prefix ("anti-")."""
from __future__ import annotations

import re

_HYPHEN_KEEP_PREFIXES = frozenset(
    "anti post pre non co ex self cross multi inter intra pro counter semi sub super ultra "
    "well long short high low full half mid neo pan quasi vice all".split()
)
_WORD_BEFORE_HYPHEN = re.compile(r"([^\W\d_]+)-$")


class Vocabulary:
    """Whether a word stands in the document on its own (a whole word, not part of a hyphenated
    one): looked up in the text itself, as only a few line-end hyphens ever ask."""

    def __init__(self, raw: str):
        self.raw = raw
        self.lowered: str | None = None

    def __contains__(self, word: str) -> bool:
        if self.lowered is None:
            self.lowered = self.raw.lower()
        text, n, at = self.lowered, len(word), self.lowered.find(word)
        while at >= 0:
            if not _joined(text, at - 1, -1) and not _joined(text, at + n, 1):
                return True
            at = text.find(word, at + 1)
        return False


def _joined(text: str, i: int, step: int) -> bool:
    """Whether the character at i (and a hyphen's neighbour beyond it) continues the word."""
    if not 0 <= i < len(text):
        return False
    if text[i].isalpha():
        return True
    return text[i] == "-" and 0 <= i + step < len(text) and text[i + step].isalpha()


def join_line(previous: str, line: str, vocabulary: Vocabulary | set[str]) -> tuple[str, bool]:
    """How `line` attaches to `previous`: the text to append and whether a space goes first."""
    m = _WORD_BEFORE_HYPHEN.search(previous) if previous.endswith("-") else None
    if not m:
        return line, True
    head = m.group(1)
    tail_word = re.match(r"[^\W\d_]+", line)
    if not tail_word:
        return line, False
    tail = tail_word.group(0)
    joined = (head + tail).lower()
    if joined in vocabulary:
        return "\x00" + line, False  # drop the hyphen
    if f"{head}-{tail}".lower() in vocabulary or head.lower() in _HYPHEN_KEEP_PREFIXES or tail[0].isupper() or head[0].isupper():
        return line, False
    return "\x00" + line, False
