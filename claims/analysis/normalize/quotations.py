"""Quotations as a page sets them: the line that introduces one, the signature under one, a pull
quote that repeats the story's words."""
from __future__ import annotations

import re

from ..lexicon import NAME_PARTICLES

# "Environment Secretary Priya Shah said:" on its own, above the quotation it introduces
_LEAD_IN = re.compile(r"^(?:(?P<who>[^.!?:]{3,80}?)\s+(?:said|says|added|explained|stated|commented|wrote|told\s+[^.!?:]{1,40}?)"
                     r"|(?i:as|in\s+the\s+words\s+of)\s+(?P<whose>[^.!?:,]{3,80}?)(?:\s+(?:puts|put|says|said)\s+it)?"
                     # a release's "Quotes attributable to Minister Ellis:" over the quotations it credits
                     r"|(?i:quotes?|comments?|remarks?)\s+(?i:attributable|attributed)\s+to\s+(?P<credited>[^:]{3,80}?))\s*:\s*$")


# "— Rhona MacLeod, Strait Lines operations director": the signature line under a quotation; a forum's
# "— quoted from dave_k" names a poster by a handle
QUOTE_SIGNATURE = re.compile(rf"^\s*[—–]\s*(?:(?i:quoted\s+from|posted\s+by|written\s+by)\s+)?"
                             rf"(?P<who>[A-ZÀ-Þ][\w’'.-]*(?:\s+{NAME_PARTICLES}[A-ZÀ-Þ][\w’'.-]*){{0,3}}"
                             r"|(?:(?<=from\s)|(?<=by\s))@?[a-z_][\w.-]{1,39}"
                             # "— Polish defence ministry statement, 19 November": a body named by its words
                             r"|[A-ZÀ-Þ][\w’'.-]*(?:\s+[a-z][\w’'-]*){0,3}\s+(?:spokesperson|spokesman|spokeswoman|"
                             r"ministry|office|department|government|agency|police|official|officials|source|sources)"
                             # "— respondent, aged 34, Northgate", "— a nurse, Kelby General": one unnamed
                             # speaker, a single noun before the comma ("— and they did." is no signature)
                             r"|(?:(?:a|an|one)\s+)?(?!(?:and|but|or|so|then|not|as|yet|which|who)\b)[a-z]{3,}(?=\s*,|\s*$))"
                             # (what the words were given in: "— Kelby Council statement, 19 November")
                             r"(?:\s+(?:statement|press\s+release))?"
                             # (a post copied with its signature: "— Maia Sandu (@sandumaiamd) October 21, 2024")
                             r"(?:\s*\(@[\w.]{1,40}\)(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})?)?"
                             r"\s*(?:,[^.!?]{0,120})?\.?\s*$")


# "That is what a care assistant told me at the depot.", "Those were the words of Ana Ruiz.": the
# paragraph after an unsigned quotation names who said it
_NAMED_AFTER = re.compile(r"\W*(?:that|this|those|these)\s+(?:is|was|are|were)\s+(?:(?:what|how)\s+(?P<who>[^.!?,;:]{3,60}?)\s+"
                          r"(?:told|tells|said|says|wrote|writes|put\s+it|described\s+it)\b"
                          r"|the\s+words\s+of\s+(?P<whose>[^.!?,;:]{3,60}?)(?=[.,;]|\s+(?:at|in|on|last|this|who)\b))",
                          re.IGNORECASE)


# a quotation's credit given apart from it, in a <cite> or a callout's title: "Dr Amir Sayed, river
# scientist", "— Lena Park": the name before the role
_CITED_NAME = re.compile(r"^\s*[—–-]?\s*(?P<who>[^,;()]{2,60}?)\s*(?:[,;(].*)?$")


def cited_name(credit: str) -> str | None:
    m = _CITED_NAME.match(credit)
    return m.group("who") if m else None


def named_after(paragraph: str) -> str | None:
    """Who the paragraph after an unsigned quotation says said it."""
    m = _NAMED_AFTER.match(paragraph)
    return (m.group("who") or m.group("whose")).strip() if m else None


# a quotation signed after it at the end of its paragraph ('"… in 2024." — Mayor Tom Reyes, in a
# speech'), the dash typed as one or two hyphens too ('"Crime has doubled." - Councillor Dan Price')
_SIGNED_AFTER = re.compile(r"[\"”]\s*(?P<sign>(?:--?|[—–])\s*[A-ZÀ-Þa-z][^\"“”]{2,160})$")


def signed_at_end(text: str, clean=lambda sign: sign) -> tuple[str, int] | None:
    """Who signs a quotation closing `text`, and where the signature starts (`clean` takes a
    format's markup off the signature before it is read)."""
    m = _SIGNED_AFTER.search(text) if "\"" in text or "”" in text else None
    sign = QUOTE_SIGNATURE.match(re.sub(r"^\s*(?:--?|[—–])", "—", clean(m.group("sign")))) if m else None
    return (sign.group("who").strip(), m.start("sign")) if sign else None


def lead_in_speaker(line: str) -> str | None:
    """Who a "… said:" line above a quotation names."""
    m = _LEAD_IN.match(line)
    return _named_by(m) if m else None


def credited_speaker(line: str) -> str | None:
    """Who "Quotes attributable to Minister Ellis:" credits: a label over several quotations, each the
    same speaker's (None for any other line)."""
    if not line.endswith(":") or "ttribut" not in line:
        return None  # (asked of every paragraph: the cheap test first)
    m = _LEAD_IN.match(line)
    return _named_by(m) if m and m.group("credited") else None


def _named_by(m: re.Match) -> str:
    if m.group("credited"):  # "Minister Ellis": the name under the post
        return re.sub(r"^(?:Minister|Premier|Senator|Mayor|Councillor|Cllr|Dr)\s+", "", m.group("credited").strip())
    # "As one respondent to the consultation wrote:": the respondent, not "As one …"
    return re.sub(r"^(?:as|in\s+the\s+words\s+of)\s+", "", (m.group("who") or m.group("whose")).strip(), flags=re.IGNORECASE)


MAX_PULL_QUOTES = 50


def repeated_quotes(quotes: list[str], prose: list[str]) -> set[int]:
    """Which quotations repeat words the story already prints (a pull quote): said once is enough."""
    if not quotes or len(quotes) > MAX_PULL_QUOTES:
        return set()  # a page of hundreds of quotations is no story with a pull quote; each search reads the whole text
    printed = " | ".join(quote_key(text) for text in prose)
    return {n for n, text in enumerate(quotes) if len(key := quote_key(text)) >= 20 and key in printed}


def quote_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# the last sentence of a line, after the stop that ends the one before it
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+[A-Z][^.!?]*$")


def closing_lead_in(line: str) -> tuple[str, int] | None:
    """ "… up to £150 million. As its offer letter puts it:": who a lead-in closing a line names,
    and where in the line the lead-in starts."""
    line = line.rstrip()
    if not line.endswith(":"):
        return None
    tail = _LAST_SENTENCE.search(line)
    start = tail.start() if tail else 0
    who = lead_in_speaker(line[start:].strip())
    return (who, start) if who else None


# "Speech by Mayor Daniel Okoro at the Westmoor Arena, 19 November 2026", "Made by: Simon Lister
# (Minister for Rail)": a line over a speech or a statement naming who gives it
# ("A speech", "The Prime Minister's statement", "Remarks"): what a line over a speech calls it
_SPEECH_NAMED = r"(?:^|(?<=\s))\W*(?:(?:A|The)\s+)?(?:[\w’'-]+\s+){0,2}?(?:speech|remarks|address|lecture|statement)\s+"
_SPEECH_BY = re.compile(r"(?:" + _SPEECH_NAMED + r"(?:(?:as\s+)?(?:delivered|given|made|prepared)\s+)?by"
                        r"|(?:^|(?<=\s))\W*(?:made|delivered|given)\s+by\s*:)\s+"
                        r"(?P<who>(?:the\s+)?(?-i:(?:[A-ZÀ-Þ][\w’'.-]*\s+){0,5}[A-ZÀ-Þ][\w’'.-]*))"
                        r"(?=\s+(?:at|to|in|on|for|during)\s|\s*[,;(]|\W*$)", re.IGNORECASE)
# "Statement by the Prime Minister of Armenia, Nikol Pashinyan, at the general debate …": the office of a
# country, then the name between commas
_SPEECH_BY_OFFICE_OF = re.compile(_SPEECH_NAMED + r"by\s+"
                                  r"(?:the\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+of\s+(?:the\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+"
                                  r"(?P<who>(?-i:[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){1,3}))\s*,", re.IGNORECASE)
_OFFICE_BEFORE_NAME = re.compile(r"^(?:the\s+)?(?:(?:rt\.?\s+hon\.?|right\s+honourable|mayor|councillor|cllr|dr|minister|"
                                 r"premier|senator|professor|prof|sir|dame|president|governor|chief\s+constable)\.?\s+)+",
                                 re.IGNORECASE)

_HONOURS_AFTER_NAME = re.compile(r"\s+(?:MP|MSP|MS|AM|MLA|OBE|MBE|CBE|KC|QC)$")


def speech_line_giver(line: str, anywhere: bool = False) -> str | None:
    """Who a "Speech by …" line over a speech names, without the office before the name (`anywhere`
    in the line: a document's head lines read as one, "… Made by: Simon Lister (Minister for Rail) …")."""
    if "by" not in line:
        return None  # (asked of every head line: the cheap test first)
    line = line.strip().strip("*_")
    m = _SPEECH_BY.search(line) if anywhere else _SPEECH_BY.match(line)
    if not m:
        named = _SPEECH_BY_OFFICE_OF.search(line) if anywhere else _SPEECH_BY_OFFICE_OF.match(line)
        return named.group("who") if named else None
    who = _HONOURS_AFTER_NAME.sub("", _OFFICE_BEFORE_NAME.sub("", m.group("who").strip()))
    return who if who[:1].isupper() else None
