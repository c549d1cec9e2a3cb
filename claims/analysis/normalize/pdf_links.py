"""A PDF page's link annotations and the words printed under them.

A link's rectangle is matched to the text runs drawn on its line; where a whole line is one run, the
words under the rectangle are found by measuring the run glyph by glyph in its face's widths.
"""
from __future__ import annotations

import re

from ..types import PdfLink
from . import characters

_SLACK = 2.0  # points of tolerance around a link rectangle
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z“\"])")


def _core_widths() -> dict[str, dict[str, float]]:
    """The advance widths (thousandths of an em) of the core faces, from the font metrics pypdf ships."""
    try:
        from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS
        return {name: dict(m.character_widths) for name, m in CORE_FONT_METRICS.items()
                if name in ("Helvetica", "Helvetica-Bold", "Times-Roman", "Times-Bold", "Courier")}
    except (ImportError, KeyError, AttributeError):
        return {}


_CORE_WIDTHS = _core_widths()


def _widths_of(face: str) -> dict[str, float]:
    """The widths to measure a run by: its own core face's, or the nearest one's (a serif face by
    Times, a fixed one by Courier, any other by Helvetica), a fair measure of where a glyph falls in
    a line that is drawn as one run."""
    name = face.lstrip("/").split("+")[-1].lower()
    bold = "bold" in name
    family = "Times" if any(w in name for w in ("times", "serif", "georgia", "garamond", "cambria", "roman")) and "sans" not in name \
        else "Courier" if any(w in name for w in ("courier", "mono")) else "Helvetica"
    key = family if family == "Courier" else f"{family}-Bold" if bold else "Times-Roman" if family == "Times" else family
    return _CORE_WIDTHS.get(key) or _CORE_WIDTHS.get("Helvetica") or {"default": 500.0}


def _offset_at(text: str, x: float, edge: float, size: float, widths: dict[str, float]) -> int:
    """How many characters of a run starting at x lie before the edge (a glyph counts as before it
    when its middle is)."""
    default = widths.get("default", 500.0)
    advance = x
    for i, ch in enumerate(text):
        width = widths.get(ch, default) * size / 1000
        if advance + width / 2 > edge:
            return i
        advance += width
    return len(text)


def _within(text: str, x: float, left: float, right: float, size: float, widths: dict[str, float]) -> str:
    """The part of a text run that falls between the rectangle's edges, from the start of the word
    the left edge falls in to the end of the word the right edge falls in: a link in the middle of
    a printed line ("rather “silent” about")."""
    if size <= 0:
        return text
    start = _offset_at(text, x, left, size, widths)
    while start < len(text) and text[start].isspace():
        start += 1  # (the edge in the space before the word)
    while 0 < start < len(text) and not text[start - 1].isspace():
        start -= 1
    n = max(1, _offset_at(text, x, right, size, widths))
    while n < len(text) and not text[n].isspace() and not text[n - 1].isspace():
        n += 1
    return text[start:n]


def page_links(page, number: int, fragments: list[tuple[float, float, str, float, bool]], faces: list[str]) -> list[PdfLink]:
    """The page's link annotations, each with the words printed under its rectangle."""
    out: list[PdfLink] = []
    last = None  # the right edge and the height of the link rectangle before
    for ref in page.get("/Annots") or []:
        try:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            action = action.get_object() if action is not None else {}
            uri = action.get("/URI")
            if not uri:
                continue
            x0, x1 = sorted(float(v) for v in annot["/Rect"][0::2])
            y0, y1 = sorted(float(v) for v in annot["/Rect"][1::2])
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        # (a run's baseline sits low in the rectangle: the line above, whose baseline is near its top, is not in it)
        words = [_within(t, x, x0, x1, size, _widths_of(face)) for (x, y, t, size, _), face in zip(fragments, faces)
                 if y0 - _SLACK <= y <= y1 - 0.5 * size and x <= x1 + _SLACK and x + 0.6 * size * len(t) >= x0 - _SLACK]
        anchor = " ".join(" ".join(words).split())
        # (justified lines stretch their spaces, so the measured edges may take in a word of the
        # sentence before: "places. The death toll on"; a link's words seldom cross a sentence's end)
        anchor = max(_SENTENCE_BREAK.split(anchor), key=len) if _SENTENCE_BREAK.search(anchor) else anchor
        if out and out[-1].url == str(uri) and last is not None and _runs_on(last, (x0, y0)):
            # a phrase linked word by word, or line by line ("met" · "in" · "Ashgabat"): one link on the phrase
            out[-1] = PdfLink(url=str(uri), page=number, anchor_text=characters.letters(f"{out[-1].anchor_text} {anchor}"))
        else:
            out.append(PdfLink(url=str(uri), page=number, anchor_text=characters.letters(anchor)))
        last = (x1, y0, y1)
    return out


def _runs_on(last: tuple[float, float, float], box: tuple[float, float]) -> bool:
    """Whether a link's rectangle continues the one before it: further along the same line, close after it, or
    on the next line down."""
    (last_x1, last_y0, last_y1), (x0, y0) = last, box
    height = max(1.0, last_y1 - last_y0)
    if abs(y0 - last_y0) < 0.5 * height:
        return -1.0 <= x0 - last_x1 <= 2.0 * height
    return 0 < last_y0 - y0 <= 2.0 * height
