"""Stage 7: each claim linked to its sources — inline anchors, numbered markers, a PDF page's
block of link targets, and sources named without an address."""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from . import urls
from .normalize import Normalized
from .reference_entries import (
    WordIndex, claim_naming, note_pointed_back_to, reference_name, tokens, with_doi_addresses, with_linked_addresses,
)
from .named_sources import sources_named
from .segment import CREDITED_OUTLET
from .types import Source

_OUTLET_CREDIT = re.compile(CREDITED_OUTLET)
TOPIC_SHARE = 0.2


@dataclass
class _Entry:
    url: str | None
    name: str | None
    role: str
    how: str
    claims: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    # what the two lists hold, looked up in constant time (a source cited by thousands of claims)
    claims_held: set[str] = field(default_factory=set)
    evidence_held: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class ClaimSpan:
    id: str
    start: int
    end: int
    text: str
    page: int


class _Registry:
    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}
        self.notes: list[str] = []

    def add(self, *, url: str | None, name: str | None, role: str, how: str, claim: str | None, why: str) -> None:
        if url and not urls.normalize_url(url):
            url = None  # a bare "/" with no page address to resolve it against points nowhere
            if not name:
                return
        key = "url:" + urls.identity(url) if url else "name:" + (name or "").lower()
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = _Entry(urls.normalize_url(url) if url else None, name, role, how)
        if role == "citation" and entry.role != "citation":
            entry.role, entry.how = role, how
        if claim and claim not in entry.claims_held and entry.role == "citation":
            entry.claims.append(claim)
            entry.claims_held.add(claim)
        if why and why not in entry.evidence_held:
            entry.evidence.append(why)
            entry.evidence_held.add(why)

    def cites(self, url: str) -> bool:
        entry = self.entries.get("url:" + urls.identity(url))
        return entry is not None and bool(entry.claims)

    def sources(self) -> list[Source]:
        return [Source(id=f"s{i}", url=e.url, name=e.name, role=e.role, how=e.how, claims=tuple(e.claims),
                       evidence="; ".join(e.evidence)[:500]) for i, e in enumerate(self.entries.values(), start=1)]


def _claim_at(claims: "_Spans", pos: int, *, before: bool = False) -> ClaimSpan | None:
    """The claim holding offset `pos` (or, with `before`, ending just before it)."""
    i = bisect.bisect_right(claims.starts, pos) - 1
    if i < 0:
        return None
    c = claims[i]
    if c.start <= pos < c.end or (before and c.end <= pos and pos - c.end <= 3):
        return c
    return None


class _Spans(list):
    """Claims in reading order with their start offsets, so a look-up is a binary search."""

    def __init__(self, claims):
        super().__init__(claims)
        self.starts = [c.start for c in claims]


def link_sources(norm: Normalized, claims: list[ClaimSpan], pdf_links: tuple = ()) -> tuple[list[Source], list[str]]:
    reg = _Registry()
    claims = _Spans(claims)
    claim_words_read: dict[str, tuple[set[str], frozenset[str]]] = {}
    meta = norm.metadata
    for link in norm.links:
        if link.role == "card":
            claim = _claim_at(claims, link.start, before=True)
            reg.add(url=link.href, name=None, role="citation", how="inline", claim=claim.id if claim else None,
                    why=f"link card after the claim: '{(link.title or '')[:60]}'")
            continue
        if link.role == "sources":  # a "Sources:" line under an item backs each claim of the item
            for claim in claims:
                if link.start <= claim.start < link.end:
                    reg.add(url=link.href, name=None, role="citation", how="inline", claim=claim.id,
                            why=f"'{(link.title or '')[:60]}' in the sources line under the item")
            continue
        if link.role or link.end <= link.start:
            role = link.role or "navigation"
            if role == "navigation" and urls.is_site_root(link.href):
                role = "publisher"  # the site's front page, linked from its own navigation
            reg.add(url=link.href, name=None, role=role, how="inline", claim=None, why=f"{role} link outside the prose")
            continue
        claim = _claim_at(claims, link.start)
        anchor = norm.text[link.start:link.end]
        if claim is None:
            reg.add(url=link.href, name=None, role="navigation", how="inline", claim=None, why=f"anchor '{anchor}' is in no claim")
            continue
        # "… the government confirmed. ([BBC](…))": a digest's credit names the outlet it links to
        credited = norm.text[link.start - 1:link.start] == "(" and norm.text[link.end:link.end + 1] == ")" \
            and not norm.text[link.end + 1:claim.end].strip() and _OUTLET_CREDIT.fullmatch(anchor)
        reg.add(url=link.href, name=anchor if credited else None, role="citation", how="inline", claim=claim.id,
                why=f"anchor '{anchor}'" + (" credits the outlet" if credited else ""))
    notes = with_doi_addresses(with_linked_addresses(norm.references, pdf_links))
    references = {r.label: r for r in notes if r.label}
    note_order = {id(r): i for i, r in enumerate(notes)}
    cited_labels = set()
    noted_only: set[str] = set()  # claims whose notes give no address: a page's printed targets may be theirs
    unlisted: dict[tuple[int, str], ClaimSpan | None] = {}  # (page, label) of each note number no list entry explains
    for marker in norm.markers:
        claim = _claim_at(claims, marker.start, before=marker.after_sentence)
        ref = references.get(marker.label)
        if ref is not None and not ref.urls:
            ref = note_pointed_back_to(ref, notes, note_order.get(id(ref))) or ref
        if ref is None:
            if claim is not None:
                unlisted.setdefault((claim.page, marker.label), claim)
            reg.notes.append(f"marker {marker.label} has no entry in a reference list")
            continue
        cited_labels.add(marker.label)
        how = "footnote" if not marker.label.isdigit() or not norm.text[marker.start:marker.end].startswith("[") else "reference"
        for url in ref.urls:
            reg.add(url=url, name=None, role="citation", how=how, claim=claim.id if claim else None, why=f"marker [{marker.label}]")
        if not ref.urls:
            reg.add(url=None, name=reference_name(ref.text), role="citation", how=how, claim=claim.id if claim else None, why=f"marker [{marker.label}]")
            if claim:
                noted_only.add(claim.id)
    claim_words: WordIndex | None = None
    for ref in notes:
        if ref.label in cited_labels:
            continue
        if ref.urls and claim_words is None:
            claim_words = WordIndex(claims)
        named_in = claim_naming(ref.text, claim_words) if ref.urls else None
        for url in ref.urls:
            if named_in:
                reg.add(url=url, name=None, role="citation", how="reference", claim=named_in.id,
                        why=f"reference list entry by '{reference_name(ref.text)}', whom the claim names")
            else:
                reg.add(url=url, name=None, role="citation", how="reference", claim=None, why="reference list entry no marker points to")
    person = meta.author or _footnote_person(norm)
    # "… killing 38 of the 67 people on board.²", the raised "2" a link to the report: the link's own note number
    # places it, before any printed list of the page's targets is aligned by order and address words
    placed = set()
    for link in pdf_links:
        claim = unlisted.get((link.page, link.anchor_text.strip()))
        if claim is not None:
            reg.add(url=link.url, name=None, role="citation", how="pdf_link", claim=claim.id,
                    why=f"link on note number '{link.anchor_text.strip()}'")
            placed.add(urls.identity(link.url))
    previous_cut = 0
    for block in norm.url_blocks:
        page_claims = [c for c in claims if previous_cut <= c.start and c.start < block.at]
        previous_cut = block.at
        citations = []
        for url in block.urls:
            if urls.is_site_root(url):
                reg.add(url=url, name=None, role="publisher", how="url_block", claim=None, why="site root among the page's link targets")
            elif urls.looks_like_profile(url, person):
                reg.add(url=url, name=None, role="author", how="url_block", claim=None, why="profile page among the page's link targets")
            elif urls.identity(url) not in placed:
                citations.append(url)
        for url, claim in align_url_block(citations, page_claims, claims, claim_words_read, noted=noted_only):
            reg.add(url=url, name=None, role="citation", how="url_block", claim=claim.id if claim else None,
                    why="page link target aligned by order and address words")
    _link_pdf_annotations(reg, [link for link in pdf_links if urls.identity(link.url) not in placed], claims, person,
                          claim_words_read)
    for c in claims:
        for name, why in sources_named(c.text):
            reg.add(url=None, name=name, role="citation", how="named", claim=c.id, why=why)
    return reg.sources(), reg.notes


def _words_and_stems(text: str) -> tuple[set[str], frozenset[str]]:
    words = tokens(text)
    # ("in February 2024"): the month a claim names, as an address dated that month carries it
    words.update(f"{y}-{MONTH_NUMBER[m.lower()[:3]]:02d}" for m, y in _MONTH_YEAR.findall(text))
    return words, frozenset(t[:5] for t in words if len(t) >= 5)


_MONTH_YEAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b")
MONTH_NUMBER = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


# how much a note number on a claim counts towards a printed target, against the rare words of its address
_NOTED_PRIOR = 0.5


def align_url_block(targets: list[str], page: list[ClaimSpan], everything: list[ClaimSpan],
                    read: dict[str, tuple[set[str], frozenset[str]]] | None = None,
                    noted: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, ClaimSpan | None]]:
    """A monotone alignment of a page's link targets to the page's claims.

    Targets are listed in the order their links appear on the page, so the claim of each is at or
    after the claim of the one before; within that order the words of the address choose, weighted
    by how rare each word is in the article. `read`: the words of claims already read, by claim id
    (a document's pages share it, so each claim is read once, not once a page). `noted`: claims that
    carry a note number whose note gives no address, which the page's targets more likely belong to.
    """
    if not targets:
        return []
    if not page:
        return [(t, None) for t in targets]
    # a word of an address meets a claim's word when equal or when both share their first five letters
    read = {} if read is None else read

    def words_of(c: ClaimSpan) -> tuple[set[str], frozenset[str]]:
        found = read.get(c.id)
        if found is None:
            found = read[c.id] = _words_and_stems(c.text)
        return found

    claim_words = [words_of(c) for c in page]
    n = len(everything) or 1

    seen: dict[str, int] = {}

    def frequency(w: str) -> int:
        if w not in seen:
            seen[w] = sum(1 for ts, stems in all_words if w in ts or (len(w) >= 5 and w[:5] in stems))
        return seen[w]

    all_words = [words_of(c) for c in everything]
    address_words = {u: urls.words(u) for u in targets}

    def score(url: str, j: int) -> float:
        total = 0.0
        tokens, stems = claim_words[j]
        for w in address_words[url]:
            hit = w in tokens or (len(w) >= 5 and w[:5] in stems)
            if not hit:
                continue
            seen_in = frequency(w)
            # The article's topic words (in a fifth of its claims or more) say nothing about
            # which sentence a link belongs to; the rare words of an address do.
            if seen_in < 3 or seen_in / n < TOPIC_SHARE:
                total += math.log(1 + n / (1 + seen_in))
        return total

    k, m = len(targets), len(page)
    table = [[score(u, j) + (_NOTED_PRIOR if page[j].id in noted else 0.0) for j in range(m)] for u in targets]
    # best[i][j]: best total for targets[:i+1] with target i on claim j
    best = [[0.0] * m for _ in range(k)]
    back = [[0] * m for _ in range(k)]
    for j in range(m):
        best[0][j] = table[0][j]
    for i in range(1, k):
        run_best, run_arg = -1.0, 0
        for j in range(m):
            if best[i - 1][j] > run_best:
                run_best, run_arg = best[i - 1][j], j
            best[i][j] = run_best + table[i][j]
            back[i][j] = run_arg
    j = max(range(m), key=lambda x: (best[k - 1][x], -x))
    chosen = [0] * k
    for i in range(k - 1, -1, -1):
        chosen[i] = j
        j = back[i][j]
    # a target whose address gives no evidence follows the one before it
    for i in range(k):
        if table[i][chosen[i]] == 0 and i > 0:
            chosen[i] = chosen[i - 1]
    return [(targets[i], page[chosen[i]]) for i in range(k)]


def _link_pdf_annotations(reg: _Registry, links, claims: list[ClaimSpan], person: str | None,
                          claim_words_read: dict) -> None:
    """A PDF link attaches to the claim of its page that holds its words; links whose words are
    not found are aligned like printed link targets, by order and address words."""
    by_page: dict[int, list] = {}
    for link in links:
        by_page.setdefault(link.page, []).append(link)
    for page, page_links in by_page.items():
        page_claims = [c for c in claims if c.page == page]
        unplaced = []
        cursor = 0
        for link in page_links:
            if urls.is_site_root(link.url) and not link.anchor_text:
                reg.add(url=link.url, name=None, role="publisher", how="pdf_link", claim=None, why="site root link on the page")
                continue
            if urls.looks_like_profile(link.url, person) and not link.anchor_text:
                reg.add(url=link.url, name=None, role="author", how="pdf_link", claim=None, why="profile link on the page")
                continue
            anchor = " ".join(link.anchor_text.split()).lower()
            found = None
            if anchor:
                order = page_claims[cursor:] + page_claims[:cursor]
                found = next((c for c in order if anchor in " ".join(c.text.split()).lower()), None)
            if found is not None:
                cursor = page_claims.index(found)
                reg.add(url=link.url, name=None, role="citation", how="pdf_link", claim=found.id, why=f"link on '{link.anchor_text}'")
            elif not reg.cites(link.url):
                # (a link on a footnote's printed address is that note's, already cited by its marker)
                unplaced.append(link.url)
        for url, claim in align_url_block(unplaced, page_claims, claims, claim_words_read):
            reg.add(url=url, name=None, role="citation", how="pdf_link", claim=claim.id if claim else None,
                    why="link whose words were not found, aligned by order and address words")
            if claim is None:
                reg.notes.append(f"link to {url} on page {page} could not be placed on a claim")


def _footnote_person(norm: Normalized) -> str | None:
    for what, text in norm.removed:
        if what == "footnote":
            m = re.match(r"^\s*\d{1,3}\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+(?:is|was)\b", text)
            if m:
                return m.group(1)
    return None
