"""Note numbers a PDF draws in small type, raised: after the word they mark, or before their note."""
from __future__ import annotations

import re

from . import layout
from .note_marks import raised_label

# ("[1]" raised in small type, as some toolkits set a note; "ii" as a policy paper numbers its endnotes)
SUPERSCRIPT = re.compile(r"\d{1,3}|\[\d{1,3}\]|[*†‡]|[ivx]{1,4}")
RAISED = str.maketrans("0123456789", layout.SUPERSCRIPT_DIGITS)
Fact = tuple[float | None, float, bool]  # a line's height on the page, its type size, all bold


_MARK_AFTER = re.compile(r"[.,;:)\w%]$")


def raise_small_marks(lines: list[str], fragments: list[tuple[float, float, str, float, bool]]) -> list[str]:
    """ "… in 2019/20.¹": a note number set in smaller type right after a word or a stop, on its
    line, is written raised, or it would read as the figure's decimals ("2019/20.1")."""
    marks = []
    for (_, y0, before, size0, _), (_, y, text, size, _) in zip(fragments, fragments[1:]):
        digits = text.strip()
        if 0 < len(digits) <= 3 and digits.isdigit() and 0 < size < 0.85 * size0 and y >= y0 - 0.5 \
                and not before.endswith(("\n", " ")) and _MARK_AFTER.search(before):
            marks.append((before.rstrip()[-12:], digits))
    if not marks:
        return lines
    out = []
    for line in lines:
        for tail, digits in marks:
            if tail + digits in line:
                line = line.replace(tail + digits, tail + digits.translate(RAISED), 1)
        out.append(line)
    return out


def note_numbers_opening_notes(lines: list[str], facts: list[Fact]) -> tuple[list[str], list[Fact]]:
    """ "¹ Central Election Commission, final results, https://…": a footnote's number set small and
    a little above its words comes out as a line of its own; it opens the line of its note. (A mark
    after a sentence, "… of the vote.¹ The four …", stands between two runs of one printed line.)"""
    out_lines: list[str] = []
    out_facts: list[Fact] = []
    number = None
    for line, (y, size, bold) in zip(lines, facts):
        if number is not None:
            mark, (mark_y, mark_size, _), before_y = number
            number = None
            if y is not None and mark_y is not None and 0 < mark_size < 0.9 * size and 0 < mark_y - y < size \
                    and line.strip() and (before_y is None or abs(before_y - y) > 0.5):
                out_lines[-1], out_facts[-1] = f"{mark} {line.strip()}", (y, size, bold)
                continue
        if SUPERSCRIPT.fullmatch(line.strip()) and (line.strip().strip("[]").isdigit() or raised_numeral(line.strip())):
            number = (line.strip(), (y, size, bold), out_facts[-1][0] if out_facts else None)
        out_lines.append(line)
        out_facts.append((y, size, bold))
    return out_lines, out_facts


def raised_numeral(mark: str) -> str | None:
    """A roman numeral raised after a sentence ("… recommendation.ⁱⁱ"), as the number it stands for
    written raised, so that it reads as a note marker as raised digits do; None for anything else."""
    label = raised_label(mark) if mark[:1] in "ivx" else None
    return label.translate(RAISED) if label and label.isdigit() else None


_NUMERAL_OPENING = re.compile(r"(?P<n>[ivx]{1,4}) (?=[A-Z])")


def numbered_notes(lines: list[str], numerals: set[str]) -> list[str]:
    """ "ii European Council conclusions, 27 June 2024.": an endnote opening on a numeral the prose
    raised, numbered as its marker now is."""
    out = []
    for line in lines:
        m = _NUMERAL_OPENING.match(line)
        if m and m.group("n") in numerals:
            line = raised_label(m.group("n")) + line[m.end("n"):]
        out.append(line)
    return out
