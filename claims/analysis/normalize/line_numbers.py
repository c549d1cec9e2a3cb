"""Line numbers printed in a margin: a pleading, a bill, a consultation response numbers its lines
(every line, or every fifth) so that a reply can cite "lines 12–14". The numbers are no part of the
text: read as words they split a sentence wherever a line broke ("Today the figure is 4%, 5
according to …") and put a stray number before each heading."""
from __future__ import annotations

import re

_NUMBERED = re.compile(r"[ \t]*(\d{1,3})(?:[ \t]+|$)")
# numbered lines in a run before it counts as a margin's: fewer could be a short list or table
_RUN_EVERY_LINE = 5
_RUN_EVERY_FEW = 3


def margin_numbers(lines: list[str | None]) -> dict[int, int]:
    """For each line whose leading number is a margin's line number, how many characters the number
    and the space after it take. A margin's numbers count the lines: between two of them the number
    grows by as many as the lines written between, blank lines aside (every line numbered, or every
    fifth and tenth ...), over a run long enough to be no list; and somewhere in the run a sentence
    goes on past a numbered line break, which a numbered list of rows or paragraphs never does."""
    found: dict[int, int] = {}
    run: list[tuple[int, int, int, str]] = []  # (line, count of written lines before it, number, rest)

    def close() -> None:
        if _is_margin(run):
            for i, _, _, _ in run:
                found[i] = len(_NUMBERED.match(lines[i]).group(0))
        run.clear()

    written = 0
    for i, line in enumerate(lines):
        if line is None or not line.strip():
            continue
        m = _NUMBERED.match(line)
        if m:
            number, rest = int(m.group(1)), line[m.end():]
            if run:
                _, before, last, _ = run[-1]
                if not (number > last and number - last == written - before <= 10):
                    close()
            run.append((i, written, number, rest))
        elif run and written - run[-1][1] > 10:
            close()
        written += 1
    close()
    return found


def _is_margin(run: list[tuple[int, int, int, str]]) -> bool:
    if not run:
        return False
    step = run[1][2] - run[0][2] if len(run) > 1 else 0
    if step == 1:
        counted = len(run) >= _RUN_EVERY_LINE
    else:
        counted = step > 1 and len(run) >= _RUN_EVERY_FEW and all(number % step == 0 for _, _, number, _ in run)
    return counted and any(rest[:1].islower() for _, _, _, rest in run)


def without_margin_numbers(lines: list[str]) -> list[str]:
    """The lines with a margin's line numbers taken off (a line that was only its number is blank)."""
    cuts = margin_numbers(lines)
    return [line[cuts[i]:] if i in cuts else line for i, line in enumerate(lines)]


def placed_without_margin_numbers(lines: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """The same for lines with their raw offsets, None for a blank line: a line that was only its
    number becomes blank, the others start past it."""
    cuts = margin_numbers([line[0] if line else None for line in lines])
    out: list[tuple[str, int] | None] = []
    for i, line in enumerate(lines):
        if line is None or i not in cuts:
            out.append(line)
            continue
        text, offset = line
        out.append((text[cuts[i]:], offset + cuts[i]) if text[cuts[i]:].strip() else None)
    return out
