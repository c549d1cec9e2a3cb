"""A front-matter line that gives the text's date beside its other parts: a series and its number, an
issue, an institute, a period covered, each set apart by dots, bars, dashes, commas or spaces."""
from __future__ import annotations

import re

from .layout import ends_sentence
from .line_dates import ISSUE, PART_DATE, meta_date


_SPACED_DASH = re.compile(r"\s[-–—]\s")


# the span an update covers, over its text
_PERIOD_COVERED = re.compile(r"(?:reporting\s+period|period\s+covered|covering(?:\s+the\s+period)?)\s*:?\s", re.IGNORECASE)


_RELEASED_LAST = re.compile(r"[.;]\s+(?:Published|Issued|Released)\s*:?\s+(?:on\s+)?[^.;]{6,24}\.?$")


# a month and year closing a line, set apart by a comma or a run of spaces
_MONTH_SET_APART = re.compile(r"(?:,\s*|\s{2,})" + PART_DATE.pattern + r"\s*$", re.IGNORECASE)


# (or right after the paper's number, the run of spaces lost when the page head was read: "EURASIA ENERGY MEMO No. 44
# January 2025")
_NUMBER_THEN_MONTH = re.compile(r"\b(?:no\.?|number|\#)\s*\d{1,4}\s+" + PART_DATE.pattern + r"\s*$", re.IGNORECASE)


def is_meta_line(line: str) -> bool:
    """ "Briefing paper 2025/03 · Institute for Coastal Policy · 12 May 2025": parts set apart by
    dots or bars, one of them a date."""
    text = line.strip()
    if (released := _RELEASED_LAST.search(text)) and len(text.split()) <= 16 and ISSUE.search(text[:released.start()]):
        # "Report No. 4, covering November 2021. Published 15 December 2021.": an issue, what it covers and
        # when it came out, each closed by a full stop
        return meta_date(text) is not None
    # (three parts or more set apart by middle dots may run longer: "Sara Lindqvist, Tom Okafor · Kelby
    # Institute for Transport Studies · Presented at the Active Travel Conference, 10 November 2026")
    if ends_sentence(text) or len(text.split()) > (24 if text.count(" · ") >= 2 else 14):
        return False
    if _PERIOD_COVERED.match(text):
        return meta_date(text) is not None  # "Reporting period: 25 September – 6 October 2023"
    if ISSUE.search(text) and (_MONTH_SET_APART.search(text) or _NUMBER_THEN_MONTH.search(text)):
        return True  # "EURASIA SECURITY MEMO No. 61      April 2022", "Policy Memo No. 61, April 2022": a numbered paper's month
    # ("KELBY FM NEWS -- 0800 BULLETIN -- TUE 14 APRIL 2026": a broadcast script's slug)
    if re.search(r"\s(?:[·|•]|--)\s", text) or ISSUE.match(text) and re.search(r"\s[-–—]\s", text):
        return meta_date(text) is not None  # ("Issue 48 - 14 March 2026": a numbered issue and its date)
    parts = _SPACED_DASH.split(text) if " - " in text or "–" in text or "—" in text else ()
    if len(parts) >= 3:
        return PART_DATE.fullmatch(parts[-1].strip()) is not None  # "DRAFT v3 - for discussion - 3 March 2026"
    if len(parts) == 2 and len(parts[0].split()) <= 5 and re.search(r"\d", parts[0]) and PART_DATE.fullmatch(parts[1].strip()):
        return True  # "Monitoring note 2025/02 - 20 January 2025": a numbered paper and its date
    # "Institute for Child Policy, October 2024": a name, then the date alone after a comma
    last = text.rsplit(",", 1)[-1].strip() if "," in text else ""
    return bool(last) and bool(PART_DATE.fullmatch(last))
