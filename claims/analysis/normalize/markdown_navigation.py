"""What in a Markdown text finds the way rather than tells: a table of contents (and a newsletter's
list of its sections), a breadcrumb trail over the title, links to places on the same page."""
from __future__ import annotations

import re

from . import layout


def _contents(blocks: list) -> set[int]:
    items = [n for n, b in enumerate(blocks) if b.kind == "list_item"]
    if not items:
        return set()
    headings = [b.plain() for b in blocks if b.kind == "heading"]
    found = {items[k] for k in layout.contents_entries([blocks[n].plain() for n in items], headings)}
    # the rest of a list that names the sections belongs to it ("GP waits" beside "Dental access",
    # a section named otherwise in its heading)
    for n in sorted(found):
        for step in (-1, 1):
            k = n + step
            while 0 <= k < len(blocks) and blocks[k].kind == "list_item" and len(blocks[k].plain().split()) <= 6:
                found.add(k)
                k += step
    return found


ONLY_LINK = re.compile(r"\s*\[(?P<text>[^\]]+)\]\([^)\s]+\)\s*")


_ANCHOR_LINK = re.compile(r"\s*\[[^\]]+\]\(#[^)\s]*\)\s*")


def _in_page_links(blocks: list) -> set[int]:
    """A live page's "Key events" ("- [Ferries cancelled](#e2)"): list items that only link to places
    on the same page point at text the page holds."""
    return {n for n, b in enumerate(blocks) if b.kind == "list_item" and _ANCHOR_LINK.fullmatch(" ".join(t for t, _ in b.lines))}


def _breadcrumbs(blocks: list) -> set[int]:
    """A wiki export's trail over its title ("1. [Transport Policy](index.html)" / "2. [Bus Services](…)"):
    the list items before the first heading, when each is a link and nothing else."""
    first_heading = next((n for n, b in enumerate(blocks) if b.kind == "heading"), 0)
    before = [n for n in range(first_heading) if blocks[n].kind == "list_item"]
    if len(before) < 2 or len(before) != first_heading or \
            not all(ONLY_LINK.fullmatch(" ".join(t for t, _ in blocks[n].lines)) for n in before):
        return set()
    return set(before)


def navigation_items(blocks: list) -> set[int]:
    """The list items that find the way rather than tell: a table of contents, a breadcrumb trail,
    links to places on the same page."""
    return _contents(blocks) | _breadcrumbs(blocks) | _in_page_links(blocks)
