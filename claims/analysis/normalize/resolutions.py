"""A resolution's layout: the body that resolves named once ("The Security Council,") over clauses
that each open on a participle ("Welcoming …,", "Noting …,") and then on a verb ("1. Decides …;").
Each clause is one of the body's statements, and the body is their speaker."""
from __future__ import annotations

import re

# "Recalling its previous resolutions,", "Deeply concerned at …,", "Having considered the report …,":
# how a resolution's preambular paragraphs open
PREAMBLE_OPENER = re.compile(r"(?:[A-Z][a-z]+ing|Having|Bearing\s+in\s+mind|(?:Deeply|Gravely|Seriously)\s+concerned|Concerned|"
                             r"Mindful|Convinced|Determined|Aware|Conscious|Alarmed|Encouraged)\b")
# "The Security Council,", "The General Assembly,", "The Parliamentary Assembly of the Council of Europe,"
_SUBJECT = re.compile(r"The\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:Council|Assembly|Commission|Committee|Conference|Board|Parliament|Court)"
                      r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})?\s*,")


def resolving_body(texts: list[str]) -> tuple[int, str] | None:
    """Which of the paragraphs names the body that resolves, over the preamble's first clause, and the
    body's name; None when the text is no resolution."""
    for n, text in enumerate(texts[:-1]):
        if len(text) <= 120 and _SUBJECT.fullmatch(text.strip()) and PREAMBLE_OPENER.match(texts[n + 1].lstrip()):
            return n, text.strip().rstrip(",").strip()
    return None
