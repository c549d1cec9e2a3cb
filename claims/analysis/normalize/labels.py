"""Labels that open an entry and head it: a live entry's time of day, a timeline entry's date, a
minute's label."""
from __future__ import annotations

import re

from ..lexicon import MONTH_NAMES, WEEKDAY_NAMES

# A live entry's time of day opening its paragraph: "**19:05** — The meeting has opened.", "14.32 GMT - …"
# (set in bold, or followed by a dash: a figure opening a sentence is neither)
_CLOCK = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT))?"
LIVE_TIMESTAMP = re.compile(rf"\s*(?:(\*\*|__){_CLOCK}\1\s*(?:[-–—]|--)?|{_CLOCK}\s*(?:[-–—]|--))\s+(?=\S)(?!{_CLOCK})", re.IGNORECASE)
# A timeline entry's date opening its paragraph: "**March 2016** — The council approves …",
# "14 July 2021: The main contractor …", "2019 — The opening date slips …". It heads the entry
# (and dates it); a bare month or weekday counts only set in bold ("May: …" may be a speaker)
_MONTH = rf"(?:{MONTH_NAMES})"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_DAY_DATE = (rf"(?:(?:{WEEKDAY_NAMES}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
             rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*\d{{4}})?)")
# ("**2024-12-11** — Gazprom says …": a tracker's date in ISO form)
_LABEL_DATE = (rf"(?:(?:19|20)\d\d-[01]\d-[0-3]\d|{_DAY_DATE}|(?:early|mid|late|the\s+end\s+of)[\s-]+(?:{_MONTH}\s+)?\d{{4}}|(?:{_MONTH}|{_SEASON})\s+\d{{4}}"
               rf"|(?:19|20)\d\d|(?:last|this|next)\s+(?:{_MONTH}|{_SEASON}|week|month|year))")
DATE_LABEL = re.compile(rf"\s*(?:(\*\*|__)(?P<bold>{_LABEL_DATE}|{_MONTH}|{WEEKDAY_NAMES})[:.]?\1\s*(?:[-–—:]|--)?"
                        rf"|(?P<plain>{_LABEL_DATE})\s*(?:[–—:]|--|\s-))\s+(?=\S)", re.IGNORECASE)


# a forecast's or a diary's day before a colon, bold or not: "Saturday: Frost clearing slowly",
# "Monday and Tuesday: Unsettled", "Tonight: Clear skies"
DAY_LABEL = re.compile(rf"\s*(?:\*\*|__)?(?P<label>(?:Today|Tonight|Tomorrow|Overnight|This\s+(?:morning|afternoon|evening|weekend)|"
                       rf"(?:{WEEKDAY_NAMES})(?:\s+(?:night|morning|afternoon|evening))?(?:\s+(?:and|to|&)\s+(?:{WEEKDAY_NAMES}))?))"
                       r"(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)")


def lead_label(line: str, listed: bool = False) -> tuple[int, int, int] | None:
    """Where the date a timeline entry opens on, a forecast's day, a minute's label ("RESOLVED:") or a
    section's run-in heading ("Background. In 2024 …") starts and ends, and where the entry's text begins;
    `listed`: the line opens a list item, whose place in capitals before a colon heads it too."""
    m = DATE_LABEL.match(line) or DAY_LABEL.match(line) or MINUTE_LABEL.match(line) or RUN_IN_SECTION.match(line) \
        or NUMBERED_RUN_IN.match(line) or CAPITALS_RUN_IN.match(line) or (PLACE_LABEL.match(line) if listed else None)
    if not m:
        return None
    which = "label" if m.re is not DATE_LABEL else "bold" if m.group("bold") else "plain"
    return m.start(which), m.end(which), m.end()


# a section's heading run into its first line, closed by a full stop: "Background. Kelby introduced …",
# "Cost. The expansion would cost …", "Recommendation." alone over its text
RUN_IN_SECTION = re.compile(r"\s*(?P<label>(?:Executive\s+summary|Summary|Introduction|Background|Context|Purpose|Proposals?|"
                            r"Costs?|Options?|Risks?|Issues?|Funding|Timetable|Consultation|Recommendations?|Next\s+steps|"
                            r"Conclusions?|Financial\s+implications|Legal\s+implications))\.(?:\s+(?=[A-Z\d])|\s*$)")


# a section's name in capitals run into its first sentence with no stop, as a box's bold lead-in prints
# it: "SUMMARY In October 2023, the leader of Abkhazia said …"
CAPITALS_RUN_IN = re.compile(r"\s*(?P<label>(?:EXECUTIVE\s+)?SUMMARY|BACKGROUND|CONTEXT|OVERVIEW|IN\s+BRIEF|KEY\s+POINTS|"
                             r"HIGHLIGHTS|CONCLUSIONS?|RECOMMENDATIONS?)\s+(?=[A-Z][a-z]|\d)")


# a listed item's country in capitals before a colon: "• NORTH MACEDONIA: Talks with the EU remain frozen …"
# (read in list items only: in a paragraph "HALE: We built 900 homes." is a transcript's speaker, "UPDATE:" news)
PLACE_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z’'.-]{2,}(?:\s+[A-Z][A-Z’'.-]{1,}){0,3})\s*:\s+(?=[A-Z\"“])")


# a numbered point's label and title run into its first sentence: "Issue 1: Placements. The council is
# paying for …", "Risk 2 – Staffing. There are …"
NUMBERED_RUN_IN = re.compile(r"\s*(?:\*\*|__)?(?P<label>(?:Issue|Point|Risk|Option|Theme|Finding|Priority|Objective|Question|Step)\s+"
                             r"\d{1,2}\s*[:.–—-]\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}\.)(?:\*\*|__)?\s+(?=[A-Z\d])")


# a minute's label: "RESOLVED: That the Clerk seeks quotes …", "Action: Clerk to contact …"
MINUTE_LABEL = re.compile(r"\s*(?:\*\*|__)?(?P<label>RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|DECISION|Decision|"
                          # a reply to a request for information: "Question 2: How much …?" over "Answer: The council paid …"
                          r"ACTIONS?|Actions?|NOTED|Noted|Question\s+\d{1,3}|Answer|Response|"
                          # a forecast's "Headline:" and "Outlook:"
                          r"HEADLINE|Headline|OUTLOOK|Outlook|"
                          # a cable's "Summary:" and "Comment:", closed by "End summary." and "End comment."
                          r"SUMMARY|Summary|COMMENT|Comment)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)")


# a paragraph's own short title run into its first sentence, as a bold lead-in prints it once the bold is
# lost: "Delay. If talks drag on, …", "Agreement in 2025. If the treaty is signed …" — a few words with no
# verb, not an answer ("Yes. Deliveries resumed …"); read only where two paragraphs or more open so
SHORT_RUN_IN = re.compile(r"\s*(?P<label>(?!(?:Yes|No|Not|Probably|Perhaps|Maybe|Never|True|False|Correct|Wrong|Right|Indeed|"
                          r"Certainly|Absolutely|Exactly|Thanks|Sure|OK|Okay|Agreed|Granted|Fine|Good|Well|So|Oh)\b)"
                          # (nor an abbreviation's stop: "St. Mary's ward", "Dr. Other", "Prof. Lee", "Gen. Ruiz")
                          r"(?!(?:Mrs|Prof|Gen|Sen|Rep|Gov|Col|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Nos|Vol|Fig|Art|Sec|Dept|Univ|Jan|Feb|"
                          r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Corp|Bros)\.)"
                          r"[A-Z][\w’'-]{2,}(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|"
                          r"should|said|says)\b)[\w’'-]+){0,3})\.\s+(?=[A-Z\"“])")