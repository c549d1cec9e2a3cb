"""Figures laid out as lines rather than prose: a box of key figures or a scoreline set line by line,
and an infographic's figure printed large over its label."""
from __future__ import annotations

import re

from .layout import ends_sentence

_FIGURES_ONLY = re.compile(r"[£$€]?\d[\d,.]*[%km]?(?:\s+[£$€]?\d[\d,.]*[%km]?)+")
# a key figures panel's row: "4,500   2   US$6.2M"
_PANEL_FIGURES = re.compile(r"(?:[A-Z]{1,2})?[£$€]?\d[\d,.]*(?:[%kmKMB]|bn)?(?:\s+(?:[A-Z]{1,2})?[£$€]?\d[\d,.]*(?:[%kmKMB]|bn)?)*")
_PANEL_LABELS = re.compile(r"[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,11}")


# "**€11bn**: the gap in the budget talks", "27: member states that must agree": a figure glossed, as a
# "numbers that matter" list prints it, no sentence
_FIGURE_GLOSS = re.compile(r"\W*(?:[A-Z]{1,2})?[£$€]?\d[\d,.]*(?:bn|m|k|%|\+)?\W*:\s*[a-z][^.!?]*")


def is_figure_gloss(text: str) -> bool:
    return bool(_FIGURE_GLOSS.fullmatch(text.strip()))


def in_figure_panel(line: str, previous: str | None) -> bool:
    """Under a key figures heading, a row of figures ("4,500   2   US$6.2M"), or the row of their
    labels under it ("displaced   health centres closed   required"): no prose."""
    line = line.strip()
    return bool(_PANEL_FIGURES.fullmatch(line)) or previous is not None and bool(_PANEL_FIGURES.fullmatch(previous.strip())) \
        and bool(_PANEL_LABELS.fullmatch(line))


def is_figure_lines(lines: list[str], at_least: int = 2) -> bool:
    """Short lines, each with a figure and none a sentence ("Kelby Town 2 (Diallo 34, 67 pen)" over
    "Attendance: 4,812"; "Income: £4.2m" over "Staff: 46"): a scoreline or a box of key figures set
    line by line, no prose (a paragraph of prose, however wrapped, ends on a sentence). A line opening
    in lower case runs on from the one before ("48-hour target for" over "dangerous defects")."""
    if len(lines) == 2 and _FIGURES_ONLY.fullmatch(lines[0].strip()) \
            and len(lines[0].split()) == len(lines[1].split()) >= 2 and not any(ch.isdigit() for ch in lines[1]):
        return True  # "18,400  240  3" over "parcels  volunteers  sites": a row of figures over their labels
    items: list[list[str]] = []
    for t in lines:
        if items and t.strip()[:1].islower():
            items[-1].append(t.strip())
            if sum(len(part.split()) for part in items[-1]) > 8:
                return False  # (an item this long is prose, however many lines follow)
        else:
            items.append([t])
    joined = [" ".join(parts) for parts in items]
    return len(joined) >= at_least and all(len(t.split()) <= 8 and any(ch.isdigit() for ch in t) and not ends_sentence(t)
                                    for t in joined)


# a figure set on its own, as an infographic prints it large: "3,412", "£1.2m", "87%", "240"
_LONE_FIGURE = re.compile(r"[£$€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?[%+]?|[£$€]?\d+(?:\.\d+)?(?:%|k|m|bn)?\+?")
# what it counts, under it: a few words in lower case, no figure, no stop
_FIGURE_LABEL = re.compile(r"[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}")


def figures_over_labels(groups: list[list[str]]) -> set[int]:
    """The one-line chunks that are a figure on its own and the label in lower case right under it
    ("3,412" over "households helped"), both."""
    found: set[int] = set()
    for n in range(len(groups) - 1):
        if len(groups[n]) == 1 and len(groups[n + 1]) == 1 and _LONE_FIGURE.fullmatch(groups[n][0].strip()) \
                and _FIGURE_LABEL.fullmatch(groups[n + 1][0].strip()):
            found.update((n, n + 1))
    return found
