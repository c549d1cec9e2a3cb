"""Does `analyze` stay linear on hostile input? Each kind of input at 1x, 2x and 4x its size.

    python bench/bad_input_scaling.py [--base-kb 640] [--repeat 3]

Kinds: one long paragraph of short sentences that all name the same figure and dispute each
other (the worst case for the relation stage), one paragraph with no sentence end at all, one
with no sentence end and a reporting verb every few words, one with no sentence end and a date
or figure every few words, one with no sentence end, a question word opening it and reported speech
with modals,
100,000-style one-word lines, unbalanced quotes, and arbitrary Unicode with control characters.
For time linear in the input, seconds per MB stays flat from 1x to 4x (the ratio column near 1).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.analysis import AnalysisConfig, Document, analyze  # noqa: E402
from engine_throughput import timed  # noqa: E402  (bench/ is on the path when a bench script runs)

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))


def disputed_paragraph(size: int) -> str:
    parts, n, total = [], 0, 0
    while total < size:
        s = (f"The union claimed on Tuesday that {n % 97 + 3} households lost power, "
             f"and the council denied it. ")
        parts.append(s)
        total += len(s)
        n += 1
    return "".join(parts)


def endless_sentence(size: int) -> str:
    words = "the harbour board and the union and the ministry argued about the fares".split()
    out, total, i = [], 0, 0
    while total < size:
        w = words[i % len(words)]
        out.append(w)
        total += len(w) + 1
        i += 1
    return " ".join(out)


def reporting_verbs_without_a_stop(size: int) -> str:
    """Reporting verbs whose subjects cannot be found, in one sentence: each is read for a subject."""
    unit = 'She has ruled out a freeze but said and "the harbour " said the "union '
    return unit * (size // len(unit) + 1)


def dates_and_figures_without_a_stop(size: int) -> str:
    """Months, figures and shares in one sentence: each is checked against those already read."""
    unit = "in May 2020 some 5 boats and a third of 40% in June and 7 ships "
    return unit * (size // len(unit) + 1)


def reports_and_questions_without_a_stop(size: int) -> str:
    """Reported speech with modals and a question word opening it, in one sentence: each telling is
    read for what follows it."""
    unit = "how do you think they said the council could and the board still "
    return unit * (size // len(unit) + 1)


def months_ahead_without_a_stop(size: int) -> str:
    """Bare months in one sentence that looks ahead: each month's year is read against what the
    sentence says of the time to come."""
    unit = "where local elections are due in April and talks by the end of the year, "
    return unit * (size // len(unit) + 1)


def months_counted_on_without_a_stop(size: int) -> str:
    """Months counted from the one named before them, in one sentence with no full stop ("In November …, and the
    following month …"): each looks back for the month before it."""
    unit = "In November hundreds resigned, and the following month barricades went up on the road, "
    return unit * (size // len(unit) + 1)


def months_after_last_year_without_a_stop(size: int) -> str:
    """Bare months told after a story in the year before the writing, each with a past perfect in a relative clause
    after it, in one sentence: each month is read for a flashback."""
    head = "9 June 2025\n\nBlackouts lasted 12 hours a day in July 2024. Washington ended a waiver"
    unit = " in March that had allowed it to pay,"
    return head + unit * ((size - len(head)) // len(unit) + 1)


def weekdays_after_would_without_a_stop(size: int) -> str:
    """Weekdays after a telling dated by a weekday and its "would", in one sentence: each weekday looks back for
    the telling and for words that go back to the past."""
    head = "9 June 2025\n\nThe company announced last Thursday that it would cut power"
    unit = " on Saturday and"
    return head + unit * ((size - len(head)) // len(unit) + 1)


def linked_outlets_in_one_paragraph(size: int) -> str:
    """Markdown links in one paragraph, each closing a sentence ("The vote passed. [Civil.ge](…)"): each link's
    anchor is read where it was written."""
    unit = "The vote passed on Monday. [Civil.ge](https://civil.ge/archives/661234) "
    return unit * (size // len(unit) + 1)


def bracketed_numbers_without_a_stop(size: int) -> str:
    """Numbers in brackets, one after another in one sentence: each is read for the noun it counts."""
    unit = "imports fell [2, 3] and exports rose (1) and "
    return unit * (size // len(unit))


def notes_without_addresses(size: int) -> str:
    """Markdown with a footnote on every sentence, the notes naming one body or pointing back ("Ibid."):
    each note is looked up among all the others, and one source gathers every claim."""
    count = size // 60
    prose = "".join(f"Rates rose by 2% in May.[^{i}] " for i in range(count))
    notes = "".join(f"[^{i}]: {'Ibid.' if i % 2 else 'Statistics Office, monthly bulletin.'}\n" for i in range(count))
    return prose + "\n\n" + notes


def one_word_lines(size: int) -> str:
    return "\n".join(["word"] * (size // 5))


def unbalanced_quotes(size: int) -> str:
    unit = "“He said. ‘It is “over. "
    return unit * (size // len(unit))


def arbitrary_unicode(size: int) -> str:
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(0x20, 0x2FF)] + ["\x00", "\x0b", "\x0c", "\u200b", "\u2028", "中", "🙂", "\n", ". "]
    return "".join(rng.choice(alphabet) for _ in range(size))


KINDS = {
    "paragraph of disputes and figures": disputed_paragraph,
    "one sentence, no full stop": endless_sentence,
    "reporting verbs, no full stop": reporting_verbs_without_a_stop,
    "dates and figures, no full stop": dates_and_figures_without_a_stop,
    "reports and a question, no full stop": reports_and_questions_without_a_stop,
    "months ahead, no full stop": months_ahead_without_a_stop,
    "months counted on, no full stop": months_counted_on_without_a_stop,
    "months after last year, no full stop": months_after_last_year_without_a_stop,
    "weekdays after 'would', no full stop": weekdays_after_would_without_a_stop,
    "linked outlets in one paragraph (Markdown)": linked_outlets_in_one_paragraph,
    "bracketed numbers, no full stop": bracketed_numbers_without_a_stop,
    "footnotes without addresses (Markdown)": notes_without_addresses,
    "one-word lines": one_word_lines,
    "unbalanced quotes": unbalanced_quotes,
    "arbitrary Unicode and controls": arbitrary_unicode,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-kb", type=int, default=640)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", help="run only the kinds whose name contains this")
    args = ap.parse_args()
    base = args.base_kb * 1000
    print(f"{'input':36s} {'1x s/MB':>8s} {'2x s/MB':>8s} {'4x s/MB':>8s} {'4x/1x':>6s}")
    for name, make in KINDS.items():
        if args.only and args.only not in name:
            continue
        per_mb = []
        for factor in (1, 2, 4):
            raw = make(base * factor)
            fmt = "markdown" if "(Markdown)" in name else "text"
            seconds = timed(lambda: analyze(Document(raw, fmt), config=CONFIG), args.repeat)
            per_mb.append(seconds / (len(raw.encode("utf-8")) / 1e6))
        print(f"{name:36s} {per_mb[0]:8.2f} {per_mb[1]:8.2f} {per_mb[2]:8.2f} {per_mb[2] / per_mb[0]:6.2f}", flush=True)


if __name__ == "__main__":
    main()
