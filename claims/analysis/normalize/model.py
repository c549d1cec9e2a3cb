"""What normalization produces: one clean text, its blocks, and the structure lifted out of it."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

BODY_KINDS = frozenset({"paragraph", "list_item", "blockquote"})
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    kind: str  # heading | paragraph | list_item | blockquote
    start: int
    end: int
    level: int = 0
    page: int = 1
    speaker: str | None = None  # a blockquote's, from the "… said:" line that introduced it
    row: int = 0  # a table cell's row (numbered from 1), 0 outside a table
    row_labels: tuple[str, ...] = ()  # the short cells of that row: a fact check's "False", a status


@dataclass(frozen=True)
class Link:
    href: str
    start: int  # anchor span in the normalized text
    end: int
    role: str | None = None  # author | publisher | navigation, when layout says so; "card": a link card;
    # "sources": an address on a "Sources:" line, spanning the item it backs
    title: str | None = None  # a link card's title (the card stands after the claim it backs, not in it)


@dataclass(frozen=True)
class UrlBlock:
    """A run of bare addresses that a PDF page printed below its text (its link targets)."""

    urls: tuple[str, ...]
    at: int  # normalized offset of the cut: the page's text ends here
    page: int


@dataclass(frozen=True)
class Marker:
    label: str
    start: int
    end: int
    after_sentence: bool  # a marker after the closing full stop belongs to no sentence


@dataclass(frozen=True)
class Reference:
    label: str | None
    text: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date taken from the document itself
    # a fact check's machine-readable review (schema.org ClaimReview): the claim checked and its rating
    reviewed_claim: str | None = None
    review_rating: str | None = None


@dataclass(frozen=True)
class Normalized:
    text: str
    format: str
    blocks: tuple[Block, ...]
    links: tuple[Link, ...]
    url_blocks: tuple[UrlBlock, ...]
    markers: tuple[Marker, ...]
    references: tuple[Reference, ...]
    metadata: Metadata
    removed: tuple[tuple[str, str], ...]  # (what, text) lifted out of the prose, for evidence
    offset_map: tuple[tuple[int, int], ...] = ()  # (normalized start, raw start) anchors

    def raw_offset(self, pos: int) -> int:
        """Offset in the raw input of a normalized offset (start of the piece it came from)."""
        if not self.offset_map:
            return pos
        i = bisect.bisect_right(self.offset_map, (pos, float("inf"))) - 1
        if i < 0:
            return 0
        norm_start, raw_start = self.offset_map[i]
        return raw_start + (pos - norm_start)


@dataclass
class TextBuilder:
    """Appends cleaned pieces block by block, remembering where each came from in the raw input."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    anchors: list[tuple[int, int]] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    _block_start: int | None = None
    _pending_space: bool = False

    def begin(self) -> None:
        if self.length:
            self._put("\n\n", None)
        self._block_start = self.length
        self._pending_space = False

    def add(self, piece: str, raw_start: int | None = None) -> tuple[int, int]:
        """Append text, collapsing whitespace; return its normalized span (without spaces)."""
        if not piece:
            return self.length, self.length
        lead = piece[0].isspace()
        trail = piece[-1].isspace()
        words = _SPACES.split(piece.strip())
        if lead and self.length > (self._block_start or 0):
            self._pending_space = True
        if words == [""]:
            self._pending_space = self._pending_space or lead or trail
            return self.length, self.length
        if self._pending_space and self.length > (self._block_start or 0):
            self._put(" ", None)
        self._pending_space = False
        start = self.length
        text = " ".join(words)
        self._put(text, None if raw_start is None else raw_start + (len(piece) - len(piece.lstrip())))
        if trail:
            self._pending_space = True
        return start, self.length

    def space(self) -> None:
        self._pending_space = True

    def end(self, kind: str, level: int = 0, page: int = 1, speaker: str | None = None,
            row: int = 0, row_labels: tuple[str, ...] = ()) -> Block | None:
        start = self._block_start
        self._block_start = None
        self._pending_space = False
        if start is None:
            return None
        if self.length == start:
            # nothing was written: take back the separator
            self._drop_to(start - 2 if start >= 2 else start)
            return None
        block = Block(kind, start, self.length, level, page, speaker, row, row_labels)
        self.blocks.append(block)
        return block

    @property
    def position(self) -> int:
        return self.length

    def text(self) -> str:
        return "".join(self.parts)

    def text_from(self, start: int) -> str:
        """The text written from `start` on, joined from the last parts only (a link's anchor, read once per link,
        costs its own length, not the whole text's)."""
        pieces, total = [], self.length
        for part in reversed(self.parts):
            if total <= start:
                break
            pieces.append(part)
            total -= len(part)
        return "".join(reversed(pieces))[start - total:]

    def _put(self, s: str, raw_start: int | None) -> None:
        if raw_start is not None:
            self.anchors.append((self.length, raw_start))
        self.parts.append(s)
        self.length += len(s)

    def _drop_to(self, n: int) -> None:
        text = "".join(self.parts)[:n]
        self.parts = [text]
        self.length = n
        self.anchors = [a for a in self.anchors if a[0] < n]
