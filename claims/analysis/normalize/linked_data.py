"""schema.org metadata a news page embeds as JSON-LD (`<script type="application/ld+json">`):
headline, author, publisher and publication date, for pages whose visible byline is styled away."""
from __future__ import annotations

import json
import re

from .model import Metadata

_ARTICLE_TYPES = re.compile(r"Article$|^BlogPosting$|^Report$|^ScholarlyArticle$|^WebPage$")


def article_metadata(scripts: list[str]) -> Metadata:
    """The first article-like object's fields; malformed JSON is ignored (it is only a hint)."""
    for item in _articles(scripts):
        published = item.get("datePublished") or item.get("dateCreated")
        return Metadata(
            title=_text(item.get("headline")),
            author=_name(item.get("author")),
            publisher=_name(item.get("publisher")),
            published=published[:10] if isinstance(published, str) and re.match(r"\d{4}-\d{2}-\d{2}", published) else None,
        )
    return Metadata()


def claim_review(scripts: list[str]) -> tuple[str, str] | None:
    """A fact check's ClaimReview: the claim it checks and the rating's name ("Misleading")."""
    for item in _typed(scripts, lambda kind: kind == "ClaimReview"):
        rating = item.get("reviewRating")
        claim, verdict = _text(item.get("claimReviewed")), _text(rating.get("alternateName")) if isinstance(rating, dict) else None
        if claim and verdict:
            return claim, verdict
    return None


def article_body(scripts: list[str]) -> str | None:
    """The first article-like object's `articleBody`: the story's text on a page that draws it with
    a script (the visible page is an empty root element)."""
    return next((body for item in _articles(scripts) if (body := _text(item.get("articleBody")))), None)


def _articles(scripts: list[str]):
    """The article-like objects of the page's JSON-LD scripts, in order."""
    return _typed(scripts, lambda kind: bool(_ARTICLE_TYPES.search(kind)))


def _typed(scripts: list[str], wanted):
    """The objects of the page's JSON-LD scripts whose @type (one of them) is `wanted`, in order."""
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and wanted(k) for k in kinds):
                yield item


def _objects(data, depth: int = 0):
    """Every object in the document, @graph members included, shallow first."""
    if depth > 4:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _objects(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _objects(data["@graph"], depth + 1)


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _text(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
