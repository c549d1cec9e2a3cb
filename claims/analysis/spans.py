"""Disjoint spans of a sentence already read, asked whether a new span overlaps any of them."""
from __future__ import annotations

import bisect
from collections.abc import Iterable


class DisjointSpans:
    """Spans kept in order of start; a question looks at the two neighbours of the new span only,
    so a sentence holding thousands of dates or figures stays linear."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.ends = [b for _, b in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return (i > 0 and self.ends[i - 1] > start) or (i < len(self.starts) and self.starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
