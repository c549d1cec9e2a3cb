"""The numbers a page prints as note markers in its prose: glued to a sentence's stop ("… to Odesa.1 Rail …"), set
after it at a line's end ("… 2020. 4"), or glued to an author's name on a line of its own ("Murat Demir1")."""
from __future__ import annotations

import re

# a marker after a sentence's stop at the end of a line
LINE_END_MARKER = re.compile(r"""(?<=[.!?"”’])\s*(\d{1,2})\s*$""")
GLUED_MARKER = re.compile(r"[.!?](?:(?<=[a-z)\]][.!?])|(?<=\b(?:1[89]|20)\d\d\.)(?=\d{1,2}\s+[A-Z]))(\d{1,2})(?=\s|$)")
_NUMBER_AFTER_STOP_AT_LINE_END = re.compile(r"""[.!?"”’][ \t]*(\d{1,2})[ \t]*$""", re.MULTILINE)


def marker_labels(raw: str) -> set[str]:
    """Numbers printed as footnote markers in the prose ("… to Odesa.1 Rail …", "… 2020. 4"), and the one
    glued to an author's name on a line of its own ("Murat Demir1"), which the author note at the foot answers."""
    labels = set(GLUED_MARKER.findall(raw))
    labels.update(_NUMBER_AFTER_STOP_AT_LINE_END.findall(raw))
    labels.update(_NAME_MARKED.findall(raw))
    return labels


_NAME_MARKED = re.compile(r"^[ \t]*[A-ZÀ-Þ][\w’'-]*[a-z](?:[ \t]+[A-ZÀ-Þ][\w’'-]*[a-z]){1,3}(\d{1,2})[ \t]*$", re.MULTILINE)
