"""Text and link annotations out of PDF bytes (pypdf), pages separated by form feeds.

Each link keeps the words its rectangle covers on the page, so that the citation can attach to
the claim holding them; a link whose words cannot be read falls back to the page-order alignment
used for printed link targets.
"""
from __future__ import annotations

import contextlib
import io
import logging
import re

from ..types import AnalysisError, PdfLink
from . import layout
from .line_numbers import without_margin_numbers
from .pdf_links import page_links
from .pdf_marks import RAISED, SUPERSCRIPT, note_numbers_opening_notes, numbered_notes, raise_small_marks, raised_numeral



@contextlib.contextmanager
def _quiet_pypdf():
    """pypdf logs its repairs of damaged files; the caller gets one clear error instead."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def extract(data: bytes, label: str = "PDF") -> tuple[str, tuple[PdfLink, ...]]:
    with _quiet_pypdf():
        return _extract(data, label)


def _extract(data: bytes, label: str) -> tuple[str, tuple[PdfLink, ...]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - any failure means we cannot read it
                raise AnalysisError(f"{label}: the PDF is encrypted") from None
        drawn, links = [], []
        for number, page in enumerate(reader.pages, start=1):
            fragments: list[tuple[float, float, str, float, bool]] = []
            faces: list[str] = []  # each fragment's font, by name

            def visit(text, cm, tm, font_dict, font_size, fragments=fragments, faces=faces):
                if text and text.strip():
                    faces.append(str((font_dict or {}).get("/BaseFont", "")))
                    x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    bold = "bold" in str((font_dict or {}).get("/BaseFont", "")).lower()
                    fragments.append((x, y, text, abs(font_size * (tm[0] or 1) * (cm[0] or 1)), bold))

            lines = without_margin_numbers((page.extract_text(visitor_text=visit) or "").split("\n"))
            lines = raise_small_marks(lines, fragments)
            if _glyph_by_glyph(lines):
                # each character drawn on its own: pypdf's plain reading puts one on each line, its
                # layout reading puts them back on the page's lines, with the paragraph gaps
                lines = [" ".join(line.split()) for line in (page.extract_text(extraction_mode="layout") or "").split("\n")]
                drawn.append((lines, [(None, 0.0, False)] * len(lines)))
            else:
                facts, starts = _line_facts(lines, fragments)
                order = [i for i in _reading_order(lines, facts, starts, float(page.mediabox.width)) if lines[i].strip()] \
                    if lines else []
                if order and order != [i for i, line in enumerate(lines) if line.strip()]:
                    lines, facts = [lines[i] for i in order], [facts[i] for i in order]
                drawn.append(note_numbers_opening_notes(lines, facts))
            links.extend(page_links(page, number, fragments, faces))
        # the body's type size is read off the whole document: a short last page of notes in
        # small type would otherwise take its notes for the prose
        body_size = _body_size([line for lines, _ in drawn for line in lines],
                               [size for _, facts in drawn for _, size, _ in facts])
        pages = [_SPLIT_COMPOUND.sub(r"\1-\2", _with_layout(lines, facts, body_size)) for lines, facts in drawn]
    except AnalysisError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise AnalysisError(f"{label}: unreadable PDF ({exc})") from None
    text = "\n\f\n".join(pages)
    if not text.strip():
        raise AnalysisError(f"{label}: the PDF has no text layer (a scan?); run OCR first")
    return text, tuple(links)


# "Moscow- Baku": a compound whose halves were drawn as separate runs comes out with a space after
# its hyphen ("pre- and post-war" keeps its space)
_SPLIT_COMPOUND = re.compile(r"(\w)- (?!(?:and|or|to|nor)\b)([^\W\d_])")
_DROP_CAP = re.compile(r"[\"“‘]?[A-ZÀ-Þ]")
# a vertical gap this many times the usual line spacing separates paragraphs (Word's and
# LibreOffice's default space after a paragraph makes about 1.5)
_GAP = 1.4
# above the first prose, the title, byline and date are set apart more loosely and stay one block
_TITLE_GAP = 1.6


def _glyph_by_glyph(lines: list[str]) -> bool:
    """A page whose plain reading is mostly one character a line: its text was drawn glyph by glyph."""
    lines = [line for line in lines if line.strip()]
    return len(lines) >= 40 and sum(1 for line in lines if len(line.strip()) == 1) > 0.6 * len(lines)


def _line_facts(lines: list[str], fragments: list[tuple[float, float, str, float, bool]]
                ) -> tuple[list[tuple[float | None, float, bool]], list[float | None]]:
    """For each extracted line, the height it is printed at, its type size and whether it is all
    one bold run ((None, 0.0, False) where no drawn run matches it); and where it starts across."""
    facts, starts = [], []
    k = 0
    for line in lines:
        stripped = line.strip()
        x, y, size, bold = None, None, 0.0, False
        for j in range(k, min(len(fragments), k + 40)):
            run = fragments[j][2].strip()
            if run and stripped.startswith(run[:20]):
                x, y, size, k = fragments[j][0], fragments[j][1], fragments[j][3], j + 1
                bold = fragments[j][4] and run == stripped
                if SUPERSCRIPT.fullmatch(run) and j + 1 < len(fragments) and fragments[j + 1][3] > size \
                        and (text := fragments[j + 1][2].strip()) and text[:20] in stripped:
                    # "¹ A pushback is counted once per group …": a note opening on its number in small
                    # raised type is set at the height and size of its words
                    y, size = fragments[j + 1][1], fragments[j + 1][3]
                break
        facts.append((y, size, bold))
        starts.append(x)
    return facts, starts


def _top_down(ids, y) -> list[int]:
    return sorted(ids, key=lambda i: -y[i])


def _column(ids, y) -> list[int]:
    """A column's lines, top down, up to a gap many times its usual step (a footer far below)."""
    ids = _top_down(ids, y)
    steps = sorted(y[a] - y[b] for a, b in zip(ids, ids[1:]))
    if not steps:
        return ids
    usual = steps[len(steps) // 2]
    for k, (a, b) in enumerate(zip(ids, ids[1:])):
        if y[a] - y[b] > 5 * max(usual, 1.0):
            return ids[:k + 1]
    return ids


def _reading_order(lines: list[str], facts: list[tuple[float | None, float, bool]], starts: list[float | None],
                   width: float) -> list[int]:
    """The order to read a page's lines in. A page set in two columns is read down the left column,
    then the right, between what spans the page above and below them, whatever order the PDF drew
    them in; any other page, as drawn."""
    order = list(range(len(lines)))
    if width <= 0 or any(facts[i][0] is None or starts[i] is None for i in order if lines[i].strip()):
        return order
    order = _footer_drawn_first(order, lines, facts)
    middle = width / 2
    side = {}
    for i in order:
        x, size = starts[i], facts[i][1] or 10.0
        if not lines[i].strip():
            continue
        # a line's reach, from its letters at about half the type size each
        reach = x + len(lines[i].strip()) * size * 0.45
        side[i] = "left" if reach < middle + 5 else "right" if x > middle - 10 else "across"
    y = {i: facts[i][0] for i in side}
    left = _column((i for i in side if side[i] == "left"), y)
    right = _column((i for i in side if side[i] == "right"), y)
    if len(left) < 3 or len(right) < 3:
        return order
    for i in set(side) - set(left) - set(right):
        side[i] = "across"  # a page footer at the foot, far below the column it starts in
    top, bottom = max(y[i] for i in left + right), min(y[i] for i in left + right)
    if min(y[i] for i in right) > max(y[i] for i in left) or max(y[i] for i in right) < min(y[i] for i in left):
        return order  # one block under the other: no columns side by side
    above = [i for i in side if side[i] == "across" and y[i] > top]
    below = [i for i in side if side[i] == "across" and y[i] < bottom]
    if len(above) + len(below) + len(left) + len(right) != len(side):
        return order  # something spans the page between the columns: not two plain columns
    return _top_down(above, y) + left + right + _top_down(below, y)


def _footer_drawn_first(order: list[int], lines: list[str], facts: list[tuple[float | None, float, bool]]) -> list[int]:
    """A page's footer that a report generator draws before the text ("Kelby City Council - Living
    wage annual report 2026   1", printed below every other line) is read after it; a header drawn
    with it ("CHECK AGAINST DELIVERY" above every other line) stays first. (The notes a generator
    draws at the foot with the page number come first too: up to six lines.)"""
    shown = [i for i in order if lines[i].strip()]
    y = {i: facts[i][0] for i in shown}
    for k in (6, 5, 4, 3, 2, 1):
        if len(shown) < k + 2:
            continue
        floor, ceiling = min(y[i] for i in shown[k:]) - 12, max(y[i] for i in shown[k:]) + 12
        # the longest run of at most six lines drawn first, each well below or well above
        # everything after them, at least one below
        below = [i for i in shown[:k] if y[i] < floor]
        if below and all(y[i] < floor or y[i] > ceiling for i in shown[:k]):
            moved = set(below)
            return [i for i in order if i not in moved] + sorted(below, key=lambda i: -y[i])  # read down the foot
    return order


def _spacings(facts: list[tuple[float | None, float, bool]]) -> tuple[float, dict[float, float]]:
    """The usual step from one line to the next: over the page, and between lines of each type size
    (notes in small type are set closer or wider than the prose)."""
    known = [(y, round(size, 1)) for y, size, _ in facts if y is not None]
    steps = sorted(a - b for (a, _), (b, _) in zip(known, known[1:]) if a - b > 0.5)
    if not steps:
        return 0.0, {}
    by_size: dict[float, list[float]] = {}
    for (a, size_a), (b, size_b) in zip(known, known[1:]):
        if a - b > 0.5 and size_a == size_b:
            by_size.setdefault(size_a, []).append(a - b)
    usual = {size: _usual_step(found) for size, found in by_size.items() if len(found) >= 2}
    return steps[int(len(steps) * 0.3)], usual


def _usual_step(steps: list[float]) -> float:
    """The step between the lines of one paragraph: the smallest that recurs (a letter of one-line
    paragraphs has more steps between paragraphs than within them), else a low percentile."""
    counts: dict[float, int] = {}
    for step in steps:
        counts[round(step * 2) / 2] = counts.get(round(step * 2) / 2, 0) + 1
    recurring = [step for step, n in counts.items() if n >= 2]
    return min(recurring) if recurring else sorted(steps)[int(len(steps) * 0.3)]


def _with_layout(lines: list[str], facts: list[tuple[float | None, float, bool]], body_size: float) -> str:
    """The extracted text with the page's layout put back: lines printed at the same height (a
    header's left and right parts) joined, and a blank line where the vertical gap between two
    lines is well above the usual spacing (pypdf loses both). Lines whose height cannot be
    found stay as they are."""
    if sum(1 for y, _, _ in facts if y is not None) < 3:
        return "\n".join(lines)
    spacing, spacing_by_size = _spacings(facts)
    if not spacing:
        return "\n".join(lines)
    out: list[str] = []
    previous: float | None = None
    previous_size = 0.0
    heading_above = prose_above = False
    prose_next = _prose_follows(lines, facts, body_size)
    drop_cap = ""
    cells = 1  # the runs read into the printed line so far
    row_above = (-1, 0.0)  # where the last printed line of three cells or more stands in `out`, and its size
    numerals: set[str] = set()  # the roman numerals raised as note marks
    for n, (line, (y, size, bold)) in enumerate(zip(lines, facts)):
        if _DROP_CAP.fullmatch(line.strip()) and size >= 1.8 * body_size and n + 1 < len(lines) \
                and lines[n + 1].lstrip()[:1].islower():
            # "T" set large beside "he county council plans …": a drop cap opens the word under it
            drop_cap = line.strip()
            continue
        if drop_cap:
            line, drop_cap = drop_cap + line.lstrip(), ""
        # a short line set larger than the body ("Background" in 12 points over 11-point prose), or
        # all in bold, is a heading even when the paragraph gap around it is no wider than between
        # paragraphs; above the page's first prose, such lines are the title block and stay together
        # — but for the last of them, right above the prose, when lines stand above it ("The problem"
        # under a title and a meta line)
        # (a title set large and wrapped, "Whose numbers? Displacement in the Velora" / "valley", runs on
        # at its own leading, wider than the body's)
        # (or in title case after a word that cannot end it: "… Peacekeeping Without a" / "Peace Process")
        title_runs_on = y is not None and previous is not None and size == previous_size \
            and size >= _HEADING_RATIO * body_size and 0 < previous - y <= 1.5 * size \
            and (line.lstrip()[:1].islower() or bool(out) and layout.UNFINISHED_TITLE.search(out[-1]) is not None)
        heading = not title_runs_on and bool((prose_above or n > 0 and prose_next[n] and out)
                       and (size >= _HEADING_RATIO * body_size or bold and size >= 0.95 * body_size)
                       and _heading_shape(line.strip()))
        gap = _GAP if prose_above else _TITLE_GAP
        prose_was_above = prose_above
        prose_above = prose_above or _is_prose(line, size, body_size)
        break_before = (heading or heading_above) and bool(line.strip()) and not title_runs_on
        heading_above = heading
        if y is not None and previous is not None and out:
            if SUPERSCRIPT.fullmatch(line.strip()) and 0 < size < 0.8 * previous_size and 0 < y - previous < previous_size:
                # a footnote number raised in small type; after a figure ("fell by only 60.²") it is
                # written raised, or it would read as the figure's decimals
                mark, before = line.strip(), out[-1].rstrip()
                if (before[-2:-1].isdigit() or before[-1:].isdigit()) and mark.isdigit():
                    mark = mark.translate(RAISED)
                elif numeral := raised_numeral(mark):
                    numerals.add(mark)
                    mark = numeral
                out[-1] = before + mark
                continue
            if abs(previous - y) <= 0.5 and line.strip():
                out[-1] = f"{out[-1].rstrip()} {line.strip()}"  # the same printed line
                # (runs of one type size side by side are a table's cells; a line number in small type
                # beside each line is none)
                cells = cells + 1 if cells and abs(size - previous_size) < 0.5 else 0
                row_above = _table_rows(out, cells, row_above, size)
                continue
            cells = 1
            # (back up to the top of the next column mid-sentence, "… nine return trips" / "a day. …",
            # the sentence runs on)
            runs_on = y > previous and size == previous_size and line.lstrip()[:1].islower() \
                and not out[-1].rstrip().endswith((".", "!", "?", ":"))
            if not title_runs_on and previous - y > gap * spacing_by_size.get(round(size, 1), spacing) \
                    or y - previous > 2 * spacing and not runs_on \
                    or prose_was_above and size and previous_size and abs(size - previous_size) > 0.15 * max(size, previous_size) \
                    or not prose_was_above and 0 < previous_size < 0.9 * body_size and _is_prose(line, size, body_size):
                # a paragraph gap, a jump back up the page (a footer drawn before the text), or a change
                # of type size inside the prose (a pull quote set larger, notes set smaller), or the prose
                # opening right under a byline or a date line set smaller
                out.append("")
        if break_before and out and out[-1].strip():
            out.append("")
        out.append(line)
        if y is not None:
            previous, previous_size = y, size
    return "\n".join(numbered_notes(out, numerals) if numerals else out)


_DIGIT = re.compile(r"\d")


def _table_rows(out: list[str], cells: int, row_above: tuple[int, float], size: float) -> tuple[int, float]:
    """Keeps a table's rows of three cells or more, drawn cell by cell, in one block, and sets its head
    row apart from the paragraph right above it; returns where the last such row now stands in `out`,
    and its type size. (Two runs side by side are as often a label and its value, "TO:" and who a
    memo goes to; figures over a row of their labels with no figure are an infographic's, not a table.)"""
    if cells != 3:
        return row_above
    if len(out) >= 3 and not out[-2].strip() and row_above == (len(out) - 3, size) \
            and _DIGIT.search(out[-1]):
        # rows of figures under each other, or under their head row, are one table however far apart
        del out[-2]
    elif len(out) >= 2 and out[-2].rstrip().endswith((".", "!", "?")):
        # "… their asylum claims." over "Month | Pushbacks documented | Calls for help": a head row
        out.insert(-1, "")
    return len(out) - 1, size


def _prose_follows(lines: list[str], facts: list[tuple[float | None, float, bool]], body_size: float) -> list[bool]:
    """For each line, whether the next printed line is prose: body type and six words or more."""
    out = [False] * len(lines)
    following = False
    printed, printed_at = "", None  # a printed line read in parts ("Tom Ellis (Lab):" in bold, then the speech)
    for n in range(len(lines) - 1, -1, -1):
        y, size, _ = facts[n]
        if y is None or not lines[n].strip():
            out[n] = following
            continue
        joined = printed_at is not None and abs(printed_at - y) <= 0.5
        printed = f"{lines[n].strip()} {printed}" if joined else lines[n]
        printed_at = y
        # the parts of one printed line are not each other's next line: they share what follows them
        out[n] = out[n + 1] if joined else following
        following = _is_prose(printed, size, body_size)
    return out


def _is_prose(line: str, size: float, body_size: float) -> bool:
    """A line of the body's text: its type size and six words or more."""
    return body_size > 0 and abs(size - body_size) < 0.2 and len(line.split()) >= 6


_HEADING_RATIO = 1.08
# a few words, no sentence's end, perhaps after a section number: "Background", "3. What comes next"
# (or an explainer's question: "What happens now?")
_HEADING_SHAPE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:[^\W_][^.!?;,]{0,80}[^\W_]|[^\W\d_])\??", re.UNICODE)


def _heading_shape(text: str) -> bool:
    """A heading's few words — or, of three words or more, a label over what it introduces ("This Council
    notes:", "What landlords say:"; not a memo's "To:" or "Subject:" field)."""
    return bool(_HEADING_SHAPE.fullmatch(text)) \
        or text.endswith(":") and len(text.split()) >= 3 and bool(_HEADING_SHAPE.fullmatch(text[:-1]))


def _body_size(lines: list[str], sizes: list[float]) -> float:
    """The type size of most of the page's words."""
    words: dict[float, int] = {}
    for line, size in zip(lines, sizes):
        if size > 0:
            words[round(size, 1)] = words.get(round(size, 1), 0) + len(line.split())
    return max(words, key=words.get) if words else 0.0
