"""Stage 2: sentences with exact offsets, block by block (a sentence never crosses a block)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import BODY_KINDS, Normalized
from .normalize.furniture import BOILERPLATE
from .normalize.layout import PRINTER_MARKS

_CANDIDATE = re.compile(
    r"""(?P<stop>[.!?…]+["'”’»)\]]*)      # closing punctuation and quotes
        (?P<glued>\[\^?\w{1,10}\]|\d{1,2}|[{marks}]{1,2})?   # a reference or footnote marker glued after the full stop
        (?P<gap>\s+)
        (?=(?P<next>["'“‘(\[]?\S))""".replace("{marks}", PRINTER_MARKS),
    re.VERBOSE,
)
_TOKEN_WINDOW = 80
_FOOTNOTE_NUMBER = re.compile(r"\d{1,3}\s+")
_FOLLOWING_WORD = re.compile(r"[\w'’]+")
# the name a digest credits an item to ("BBC", "Kelby Echo"): the sentence before it is its, and so is the link on it
CREDITED_OUTLET = r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}"
_OUTLET_IN_BRACKETS = re.compile(rf"\s*\({CREDITED_OUTLET}\)\s*")
_OUTLET_NAME = re.compile(rf"{CREDITED_OUTLET}")
_TRAILING_MARKER = re.compile(r"""(?<=[.!?"”’)])\s?(\[\^?\w{1,10}\]|\d{1,2}|[%s]{1,2})\s*$""" % PRINTER_MARKS)
# what opens a marker that is one whatever the notes say: a bracket, or a printer's mark ("… in 2023.† Re-exports …")
_MARK_OPENERS = "[" + PRINTER_MARKS
# Titles and labels that always stand before a name or a number.
_NEVER_ENDS = frozenset(
    "mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm maj pres rev hon fr mt ft no nos vol vols rs coun cllr "
    "fig figs art sec ch pp op cf approx dept univ e.g i.e vs viz al jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Abbreviations that end a sentence when a capitalized word follows.
_ENDS_BEFORE_CAPITAL = frozenset("a.m p.m etc inc ltd co corp jr sr plc llc bros".split())
# what follows a clock time in running text: the day it falls on, or its time zone
_CLOCK_FOLLOWERS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Eastern Pacific Central Mountain ET EST "
                             "EDT PT PST PDT CT CST CDT MT GMT BST UTC".split())
# Initialisms used as adjectives ("U.S. policy"): they end a sentence only before a typical opener.
_LETTER_LABELS = frozenset("Option Plan Annex Appendix Part Section Schedule Article Category Class Grade Group Phase Stage Zone "
                           "Block Route Table Figure Scenario Model Type Level Tier Team Unit Ward Gate Terminal Platform".split())
_INITIALISMS = re.compile(r"^(?:[a-z]\.){1,3}[a-z]?$")
_OPENERS = frozenset(
    "the a an it he she they we i in on at but and however this that these those there his her its "
    "their our meanwhile yet so still also after before when while since if for as".split()
)
_HAS_LETTER = re.compile(r"[^\W\d_]")
# a pictograph opening a callout or a list ("💡 This page summarises …", "⚠️ The counters …", "👉 Read
# the report"): arrows, symbols, dingbats and emoji with their joiners and variation selectors
_PICTOGRAPH = re.compile(r"[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int


def split_block(text: str, base: int, skip: set[int], caseless: bool = False) -> list[tuple[int, int]]:
    """Sentence spans of one block's text, as absolute offsets (`caseless`: the text opens no sentence
    with a capital, as a post typed all in lower case does)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        glued = m.group("glued")
        if glued and glued[0] not in _MARK_OPENERS and base + m.start("glued") not in skip:
            continue  # digits after a full stop that no marker accounts for: "No.1 pick"
        if not _is_boundary(text, m, caseless):
            continue
        end = m.end("stop")
        spans.append((start, end))
        start = m.end()
        # a footnote number printed after the full stop belongs to no sentence
        lead = _FOOTNOTE_NUMBER.match(text, start)
        if lead and base + start in skip:
            start = lead.end()
    end = len(text)
    # a marker after the paragraph's last full stop belongs to no sentence either
    trailing = _TRAILING_MARKER.search(text, start)
    if trailing and (trailing.group(1)[0] in _MARK_OPENERS or base + trailing.start(1) in skip):
        end = trailing.start(1)
    if spans and _OUTLET_IN_BRACKETS.fullmatch(text, start, end):
        # "… the government confirmed. (BBC)": the outlet a digest credits closes the sentence before it
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))
    out = []
    for s, e in spans:
        while s < e and (text[s].isspace() or _PICTOGRAPH.match(text, s)):
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and _HAS_LETTER.search(text, s, e):
            out.append((base + s, base + e))
    return out


def _is_boundary(text: str, m: re.Match, caseless: bool = False) -> bool:
    nxt = m.group("next")
    first = nxt[-1]
    stop = m.group("stop")
    if not (first.isupper() or first.isdigit() or nxt[0] in "“\"'‘([" and first.isalnum() or caseless and first.isalpha()
            or _PICTOGRAPH.match(first)):
        return False
    if not stop.startswith("."):
        return True
    if stop.startswith("..") or "…" in stop:
        return True
    # the word before the stop, looked for in a short window (a search from the block's start
    # would make a long paragraph cost quadratic time)
    window = text[max(0, m.start("stop") + 1 - _TOKEN_WINDOW):m.start("stop") + 1].rsplit(None, 1)
    token = window[-1] if window else ""  # the window ends at the stop, never in a space
    word = token.lower().lstrip("(\"'“‘[")
    word = word[:-1] if word.endswith(".") else word
    if not word:
        return True
    original = token.lstrip("(\"'“‘[").rstrip(".")
    if len(original) == 1 and original.isupper():
        # an initial: "John F. Kennedy"; a label's letter ends the sentence: "… should support Option B. A
        # smaller presence …"
        before = window[0].rsplit(None, 1)[-1] if len(window) > 1 and window[0].strip() else ""
        # (and the platform a post went up on: "… President Alexander Stubb wrote on X. NATO said …")
        return before in _LETTER_LABELS or original == "X" and before in ("on", "via")
    following = _FOLLOWING_WORD.match(text, m.end())
    follow = following.group(0) if following else ""
    if original == "v" and follow[:1].isupper():
        return False  # a case's name: "Avetisyan and Others v. Azerbaijan"
    if word in ("no", "nos"):
        return not follow[:1].isdigit()  # "No. 10 Downing St." is a label; "No. It is not." an answer
    if word in _NEVER_ENDS:
        return False
    if word in ("a.m", "p.m") and follow in _CLOCK_FOLLOWERS:
        return False  # "around 2 a.m. Saturday, the patrol said", "by 5 p.m. Eastern"
    if word in _ENDS_BEFORE_CAPITAL:
        # "Smith & Co. Ltd." runs on; "… sold to Acme Co. The deal …" ends
        return (follow[:1].isupper() or follow[:1].isdigit()) and follow.lower() not in _ENDS_BEFORE_CAPITAL
    if _INITIALISMS.match(word):
        return follow.lower() in _OPENERS
    return True


_STOP_THEN_LOWER = re.compile(r"(?<=[a-z0-9%)])[.!?]\s+[a-z]")
_STOP_THEN_CAPITAL = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")
# ("Published 2 October 2026." at the end of a note dates the text)
# closing an introduction's paragraph as well as on a line of its own (where furniture sets it aside)
_EDITED_RECORD = re.compile(r"(?:This|The)\s+(?:transcript|interview|conversation|exchange)\s+(?:has\s+been|was)\s+"
                            r"(?:lightly\s+|slightly\s+)?(?:edited|condensed)\b[^.!?]{0,80}\.")
_NOTHING_STATED = re.compile(r"[\"“]?(?:good\s+(?:morning|afternoon|evening|night)|thank\s+you(?:\s+very\s+much)?|thanks|hello|"
                             # ("That concludes today's call.": a chair's close)
                             r"that\s+concludes\s+(?:today[’']s|this|our|the)\s+(?:call|briefing|meeting|session|programme|program|"
                             r"broadcast|press\s+conference|conference\s+call)|"
                             r"goodbye|welcome)(?:\s+(?:all|everyone|again))?(?:,?\s+and\s+(?:good\s+(?:morning|afternoon|evening)|welcome))?"
                             # ("Good afternoon and welcome to our live coverage.": a live page's greeting)
                             r"(?:\s+(?:back\s+)?to\s+(?:our|the|this)\s+live\s+(?:coverage|blog|page|updates?|reporting)(?:\s+of\s+[^.!?]{1,80})?)?"
                             r"[.!]?[\"”]?\s*"
                             r"|end\s+(?:of\s+)?(?:summary|comment|note|text|message)\.?\s*"  # a cable's close of its summary or comment
                             r"|(?:published|updated|first\s+published|last\s+updated)(?:\s+on)?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?\s*",
                             re.IGNORECASE)


# a chapter of a programme in a list, with the time it starts in brackets: "(02:10) What the 2020 statement actually says"
_TIMED_TOPIC = re.compile(r"\(\d{1,2}:\d{2}(?::\d{2})?\)\s+[^.!;]{2,90}[?]?")
# a figure, a dash and what it counts, with no verb: a key number's label in a box of figures
_FIGURE_AND_LABEL = re.compile(r"[•*\s-]*[£$€]?\d[\d.,]*\s*(?:%|[a-zA-Z]+(?:\s+[a-z]+)?)?\s*[—–]\s*"
                               r"(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|[a-z]{3,}ed)\b)"
                               r"[a-z][^.!?;:]{2,110}")


def segment(norm: Normalized) -> list[Sentence]:
    skip = {m.start for m in norm.markers if m.after_sentence}
    text = norm.text
    out: list[Sentence] = []
    # a text typed all in lower case opens its sentences so: several stops before a lower-case word
    # and none before a capital
    caseless = not _STOP_THEN_CAPITAL.search(text, 0, 20000) and len(_STOP_THEN_LOWER.findall(text, 0, 20000)) >= 3
    linked = {(link.start, link.end) for link in norm.links}
    for i, block in enumerate(norm.blocks):
        if block.kind not in BODY_KINDS:
            continue
        spans = split_block(text[block.start:block.end], block.start, skip, caseless)
        if len(spans) > 1 and spans[-1] in linked and _OUTLET_NAME.fullmatch(text, *spans[-1]):
            # "… in its third reading. [Civil.ge](https://civil.ge/…)": the outlet a digest links after its item
            # credits the sentence before it, as "(BBC)" does
            spans[-2:] = [(spans[-2][0], spans[-1][1])]
        for s, e in spans:
            if text[s] == "(" and BOILERPLATE.match(text[s:e]):
                continue  # "(Graphic: Copper stocks vs prices, click here)" set in the prose is no claim
            if e - s <= 120 and _NOTHING_STATED.fullmatch(text, s, e):
                continue  # a speech's "Good evening." and "Thank you." state nothing
            if block.kind == "list_item" and e - s <= 100 and _TIMED_TOPIC.fullmatch(text, s, e):
                continue  # "(14:35) Why Iran is nervous": a show's chapter, listed with where it starts
            if e - s <= 140 and _FIGURE_AND_LABEL.fullmatch(text, s, e):
                continue  # "30% — fall in flow after the strike": a key number and its label, no statement
            if e - s <= 160 and _EDITED_RECORD.fullmatch(text, s, e):
                continue  # "The interview has been edited for length.": the record's note about itself
            out.append(Sentence(s, e, i))
    return out
