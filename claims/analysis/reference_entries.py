"""A reference list's entries as the sources stage reads them: a note that points back ("Ibid.", "op.
cit."), the author an unmarked entry names and the one claim that names that author."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .normalize.model import Reference

if TYPE_CHECKING:
    from .sources import ClaimSpan

_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower().replace(".", "")))


# "4 Ibid., p. 2.": the note before; "5 Central Election Commission of Georgia, op. cit.": that author's last note
_IBID = re.compile(r"\s*(?:\d{1,3}\s+)?ibid(?:em)?\.?(?:,?\s*(?:pp?\.|at)\s*[\d–-]+)?\.?\s*$", re.IGNORECASE)
_OP_CIT = re.compile(r"\s*(?:\d{1,3}\s+)?(?P<who>\S.{2,120}?),?\s+(?:op|loc)\.\s*cit\.", re.IGNORECASE)


def note_pointed_back_to(ref: Reference, notes: tuple[Reference, ...], at: int | None) -> Reference | None:
    """The earlier note a note of no address of its own points back to, by "Ibid." or "op. cit." (`at`:
    the note's place among `notes`, looked up once for all of them)."""
    if at is None:
        return None
    if _IBID.match(ref.text):
        return notes[at - 1] if at else None
    if cited := _OP_CIT.match(ref.text):
        who = " ".join(cited.group("who").split()).lower()
        # (the author's last note within the two hundred before: a long list is not read back whole for each)
        return next((n for n in reversed(notes[max(0, at - _OP_CIT_REACH):at])
                     if " ".join(_LABEL_OPENING.sub("", n.text).split()).lower().startswith(who)), None)
    return None


_OP_CIT_REACH = 200
_LABEL_OPENING = re.compile(r"^\s*\d{1,3}\s+")


_REFERENCE_STOPWORDS = frozenset("the a an of and for on in to by at from with its their our".split())


def _content_words(text: str) -> set[str]:
    return {w for w in tokens(re.sub(r"[’']s\b", "", text)) if w not in _REFERENCE_STOPWORDS and len(w) >= 3}


class WordIndex:
    """Each claim's content words, and which claims hold each word (built once per document)."""

    def __init__(self, claims: list[ClaimSpan]):
        self.claims = claims
        self.words = [_content_words(c.text) for c in claims]
        self.holding: dict[str, list[int]] = {}
        for i, words in enumerate(self.words):
            for w in words:
                self.holding.setdefault(w, []).append(i)

    def with_all(self, words: set[str]) -> list[int]:
        """The claims holding every one of `words`, in reading order."""
        postings = sorted((self.holding.get(w, []) for w in words), key=len)
        if not postings or not postings[0]:
            return []
        found = set(postings[0]).intersection(*postings[1:])
        return sorted(found)


def claim_naming(entry: str, index: WordIndex) -> ClaimSpan | None:
    """The one claim that names an unmarked entry's author ("Energy Regulator, Heat Pump Statistics,
    https://…" and "the national energy regulator disputes …"): the author's name as a phrase, or
    its words together with a word of the entry's title ("Northshire Council, Stock Survey 2024"
    and "… homes in Northshire …, according to the council's 2024 stock survey")."""
    text = re.sub(r"https?://\S+", "", _ENTRY_NUMBER.sub("", entry)).strip(" .,-–—:")
    if dated := _AUTHOR_THEN_YEAR.match(text):
        author, title = dated.group("author"), text[dated.end():]  # "Kyiv School of Economics (2024) The sea corridor …"
    else:
        author, _, title = text.partition(",")
    author_words, title_words = _content_words(author), _content_words(title) - _content_words(author)
    if not author_words:
        return None
    phrase = re.compile(r"\b" + r"\s+".join(map(re.escape, author.lower().split())) + r"\b")
    best: tuple[tuple[int, int], ClaimSpan] | None = None
    tie = False
    for i in index.with_all(author_words):
        claim, words = index.claims[i], index.words[i]
        score = (1 if phrase.search(claim.text.lower()) else 0, len(title_words & words))
        if score == (0, 0):
            continue
        if best is None or score > best[0]:
            best, tie = (score, claim), False
        elif score == best[0]:
            tie = True
    return None if best is None or tie else best[1]


# an entry in author-date style: the author, then the year in brackets ("Lloyd's List (2024) War risk …")
_AUTHOR_THEN_YEAR = re.compile(r"(?P<author>[^(),]{2,120}?)\s*\((?:19|20)\d\d[a-z]?\)\.?\s*")
# "[2] ", "2. ", "2 " before a reference entry; an encyclopedia's "^ " or "^ a b " (its back-links)
_ENTRY_NUMBER = re.compile(r"^(?:\[?\d{1,3}[.)\]]?\s*|\^\s*(?:[a-z]\s+)*)")


def reference_name(text: str) -> str:
    text = _ENTRY_NUMBER.sub("", text).strip()
    return text.split(",")[0][:120] if text else text


# how many links past the last one placed a note's words are looked for in
_LINKS_AHEAD = 50


def with_linked_addresses(notes: tuple[Reference, ...], links: tuple) -> tuple[Reference, ...]:
    """Notes that print no address, given the PDF link drawn on their words ("Ukrainian Sea Ports
    Authority, “Corridor statistics”, 1 August 2025." with its title linked): links and notes both
    in reading order."""
    if not links or all(note.urls for note in notes):
        return notes
    out, k = [], 0
    for note in notes:
        if not note.urls:
            text = " ".join(note.text.split()).lower()
            for j in range(k, min(len(links), k + _LINKS_AHEAD)):
                anchor = " ".join(links[j].anchor_text.split()).lower().strip(" .,;")
                if len(anchor) >= 8 and anchor in text:
                    note, k = replace(note, urls=(links[j].url,)), j + 1
                    break
        out.append(note)
    return tuple(out)


# "doi:10.1038/s41591-023-02419-z", "DOI: 10.5555/who.heat.2024": a work's address given as its DOI
_DOI = re.compile(r"\bdoi\s*:?\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)


def with_doi_addresses(notes: tuple[Reference, ...]) -> tuple[Reference, ...]:
    """Notes that print no address but a DOI, given the address the DOI resolves through."""
    if all(note.urls or "10." not in note.text for note in notes):
        return notes
    out = []
    for note in notes:
        if not note.urls and (doi := _DOI.search(note.text)):
            note = replace(note, urls=("https://doi.org/" + doi.group(1).rstrip(".,;:)]"),))
        out.append(note)
    return tuple(out)
