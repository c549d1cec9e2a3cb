"""A forwarded email: the message below the "Forwarded message" rule is the text; the forwarder's
note above it, and the header fields of the message forwarded, are not."""
from __future__ import annotations

import re

from . import line_dates

_FORWARD_RULE = re.compile(r"\s*(?:-{3,}\s*(?:Forwarded\s+message|Original\s+Message)\s*-{3,}|Begin\s+forwarded\s+message:)\s*",
                           re.IGNORECASE)
_FIELD = re.compile(r"\s*(?P<name>From|Date|Sent|Subject|To|Cc|Reply-To)\s*:\s*(?P<value>.*)", re.IGNORECASE)


def forwarded_message(lines: list[tuple[str, int] | None]
                      ) -> tuple[list[tuple[str, int] | None], list[tuple[str, str]], str | None, str | None]:
    """The lines with everything above the first forward rule, the rule and the forwarded header
    fields blanked; what was blanked (as removed notes); the forwarded subject and date."""
    start = next((i for i, line in enumerate(lines) if line is not None and _FORWARD_RULE.fullmatch(line[0])), None)
    if start is None:
        return lines, [], None, None
    removed = [("forwarding note", line[0].strip()) for line in lines[:start] if line is not None]
    removed.append(("forwarded header", lines[start][0].strip()))
    out: list[tuple[str, int] | None] = [None] * (start + 1)
    subject = date = None
    i = start + 1
    while i < len(lines) and (lines[i] is None and i == start + 1 or lines[i] is not None and _FIELD.fullmatch(lines[i][0])):
        if lines[i] is not None:
            field = _FIELD.fullmatch(lines[i][0])
            name, value = field.group("name").lower(), field.group("value").strip()
            if name == "subject":
                subject = re.sub(r"^(?:(?:fwd?|re)\s*:\s*)+", "", value, flags=re.IGNORECASE) or None
            elif name in ("date", "sent"):
                date = line_dates.published_in(value)
            removed.append(("forwarded header", lines[i][0].strip()))
        out.append(None)
        i += 1
    return out + lines[i:], removed, subject, date
