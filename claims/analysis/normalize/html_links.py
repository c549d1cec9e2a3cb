"""The addresses an HTML page's links carry: made absolute, the site's root, the date in a page's own address."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from .html_blocks import HtmlBlock
from .inline import safe_href
from .model import Link

_DATED_PATH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)")


def date_in_address(url: str | None) -> str | None:
    """ "https://news.example/2025/05/20/copper-record": the page's own address dates it."""
    m = _DATED_PATH.search(url or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def absolute(href: str | None, base: str | None) -> str | None:
    """A relative address made absolute against the page's own (fragments stay as they are)."""
    if not href or not base or href.startswith("#") or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
        return href
    return urljoin(base, href)


def navigation_links(block, base: str | None) -> list[Link]:
    """A block's links that lead elsewhere on the site, not to a source of the story."""
    return [Link(href, 0, 0, "navigation") for p in block.pieces if (href := safe_href(absolute(p.href, base)))]


def first_site_root(blocks: list[HtmlBlock]) -> str | None:
    """The first link to a site's root the page carries: the base for its relative addresses."""
    for block in blocks:
        for piece in block.pieces:
            if piece.href and re.match(r"^https?://[^/]+/?$", piece.href.strip()):
                return piece.href.strip()
    return None
