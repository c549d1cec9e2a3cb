"""Sources a sentence names without an address: an author-year citation, "figures compiled by …", an
outlet where a statement was made or read."""
from __future__ import annotations

import re
from collections.abc import Iterator

# ("footage published by the news agency APA": a word for what the source is, before its name)
_WHAT_IT_IS = r"(?:the\s+)?(?:(?:news\s+agency|agency|broadcaster|newspaper|channel|website)\s+)?"
_NAMED = re.compile(
    r"\b(?i:maps?|reports?|data|figures|footage|analysis|articles?|coverage|websites?|polls?|surveys?|stud(?:y|ies)|"
    # ("the warmest on record in the UK" names no record-keeper; "Footage published by …" opening a sentence)
    r"images?|(?<!\bon\s)records?|statistics)\s+(?:at|from|by|on|in|published by|compiled by)\s+"
    r"(?P<names>{name}(?:\s*(?:,|and)\s+{name})*)".format(
        # ("figures compiled by the International Committee of the Red Cross": "of the" inside a name)
        name=_WHAT_IT_IS + r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*")
)
# ("the London School of Hygiene and Tropical Medicine": after "of", "and" joins the name's own words)
_NAMES_SPLIT = re.compile(r"\s*,\s*|\s+and\s+")


def _named_parts(names: str) -> list[str]:
    parts: list[str] = []
    for piece in _NAMES_SPLIT.split(names):
        if parts and " of " in parts[-1] and not piece.startswith("the ") and names.find(parts[-1] + " and " + piece) >= 0:
            parts[-1] += " and " + piece
        else:
            parts.append(piece)
    return parts


# "(ONS, 2026)", "(Gregg and Tominey, 2005)", "(Smith et al., 2024)": a source and its year in brackets
_AUTHOR_YEAR = re.compile(r"\((?P<name>[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|and|of|for|the|&|et\s+al\.?)){0,6}),\s*"
                          r"(?:19|20)\d\d[a-z]?(?:,\s*p+\.\s*\d+(?:[-–]\d+)?)?\)")
# A news outlet named as where a statement was made or read: "told the BBC", "the Financial
# Times reported", "in an interview with Reuters". Only names that read as outlets count (an
# acronym, or a name with a newsroom word), so "told John Smith" names no source.
# ("the Turkish broadcaster TRT", "the news agency APA": the outlet after a word for what it is; "Interfax",
# "Xinhua": agencies named by a word of their own)
_OUTLET_KIND = (r"(?:(?:[A-Z][\w-]*|state|private|independent|online|local|national)\s+)?(?:broadcaster|news\s+agency|agency|newspaper|daily|"
                r"weekly|channel|television|website|news\s+site|outlet)\s+")
_OUTLET_NAME = (rf"(?:the\s+)?(?:{_OUTLET_KIND})?(?:[A-Z]{{2,6}}\b|Interfax|Xinhua|Anadolu|Armenpress|Sputnik|Novosti|Kommersant|Vedomosti|"
                r"(?:[A-Z][\w&.-]*\s+){0,3}(?:Times|Post|News|Journal|Guardian|Telegraph|"
                r"Reuters|Bloomberg|Herald|Tribune|Gazette|Courier|Chronicle|Press|Radio|Television|TV|Agency|Wire|"
                r"Magazine|Review|Economist|Monitor|Observer|Independent|Mail|Express|Standard|Mirror|Associated Press)\b)")
_OUTLET = re.compile(
    rf"\b(?:told|in an interview with|speaking to|writing in)\s+(?P<a>{_OUTLET_NAME})"
    rf"|(?P<b>{_OUTLET_NAME})\s+(?:reported|reports|revealed|first reported)\b")
# Words one of which any outlet match holds: the pattern above may start at every capital, so a
# sentence without any of them is not searched.
_OUTLET_CUES = ("told", "interview with", "speaking to", "writing in", "report", "revealed")
# "according to the Office for National Statistics", "according to SIPRI": a body that keeps figures,
# credited with them. A person ("according to Ali Aliyev") or a side ("according to the Armenian
# government") is who asserts the claim, not where it can be checked, so only an acronym, an outlet or
# a name carrying a word for a body counts.
_ACCORDING_TO = re.compile(
    r"\b[Aa]ccording to\s+(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*)*)")
_BODY_WORD = re.compile(
    r"\b(?:Office|Ministry|Department|Agency|Institute|Commission|Bank|Fund|Organi[sz]ation|Association|Service|"
    r"Authority|Bureau|Cent(?:re|er)|Council|Foundation|Project|Scheme|College|Union|Statistics|Survey|Observatory|"
    r"Registry|Board|Programme|Program)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a body named by whose it is, in lower case after the name: "the UN refugee agency", "Kosovo's interior ministry"
_BODY_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:agency|office|ministry|commission|mission|service|watchdog|regulator)\b"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+\b)?")
# ("according to US officials", "according to the UN controller"): people of a body, who assert
_PEOPLE_OF = re.compile(r"\s+(?:officials?|sources?|diplomats?|envoys?|spokes\w+|command\w*|officers?|controller|"
                        r"chief|ambassador|president|minister|lawmakers|analysts|intelligence)\b")


def sources_named(text: str) -> Iterator[tuple[str, str]]:
    """Each source the sentence names, with why it is read as one."""
    if "(" in text and (cited := _AUTHOR_YEAR.search(text)):
        # "… rose to 14.2% in the year to June (ONS, 2026).": an author-year citation names its source
        name = re.sub(r"\s+et\s+al\.?$", "", cited.group("name").strip())
        yield name, f"author-year citation: '{cited.group(0).strip()}'"
    for m in _NAMED.finditer(text):
        for name in _named_parts(m.group("names")):
            name = re.sub("^" + _WHAT_IT_IS, "", name.strip()).strip(" .")
            if name:
                yield name, f"named source: '{m.group(0)}'"
    if "ccording to" in text:
        for m in _ACCORDING_TO.finditer(text):
            # ("according to the Department's annual bus statistics": the body, not its possessive)
            name = re.sub(r"[’']s$", "", m.group("name").strip(" ."))
            if _PEOPLE_OF.match(text, m.end()):
                continue
            if tail := _BODY_AFTER.match(text, m.end()):
                # ("according to the UN refugee agency", "according to Kosovo's interior ministry")
                yield m.group("name") + tail.group(0), f"body credited: '{m.group(0)}{tail.group(0)}'"
                continue
            if _ACRONYM.fullmatch(name) or _BODY_WORD.search(name) or re.fullmatch(_OUTLET_NAME, name):
                yield name, f"body credited: '{m.group(0).rstrip(' .')}'"
    if not any(cue in text for cue in _OUTLET_CUES):
        return
    for m in _OUTLET.finditer(text):
        name = re.sub(r"^the\s+", "", (m.group("a") or m.group("b")).strip(), flags=re.IGNORECASE).strip(" .")
        name = re.sub(rf"^{_OUTLET_KIND}", "", name)  # ("Turkish broadcaster TRT": TRT)
        yield name, f"named outlet: '{m.group(0)}'"
