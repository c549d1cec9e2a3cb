"""schema.org metadata a news page embeds as JSON-LD (`<script type="application/ld+json">`):
headline, author, publisher and publication date, for pages whose visible byline is styled away;
and the publication date its meta tags give."""
from __future__ import annotations

import json
import re

from . import line_dates
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


# GOV.UK's formats for pages maintained in place, as against a news story or a speech dated when given
_KEPT_CURRENT_FORMATS = frozenset("travel_advice guide detailed_guide answer manual manual_section service_manual_guide "
                                  "simple_smart_answer transaction guidance step_by_step_nav".split())
_PUBLISHED_KEYS = ("article:published_time", "datepublished", "date", "dc.date", "dcterms.created", "pubdate", "og:published_time",
                   "govuk:first-published-at",
                   # the names other CMSs and analytics tags give the same date
                   "publisheddate", "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
                   "article.published", "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date",
                   # Dublin Core's plain date, under either prefix
                   "dcterms.date", "dc.date.created", "dcterms.available", "dc.date.available")
# ("20261124": a CMS's date written without separators)
_COMPACT_DATE = re.compile(r"((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{4,6})?")


def meta_published(meta: dict[str, str]) -> str | None:
    """The date a page's meta tags give it. A GOV.UK page kept current (travel advice, a guide) says
    what is so at its last update, not when it first went up years before."""
    kept_current = (meta.get("govuk:format") or "").strip().lower() in _KEPT_CURRENT_FORMATS
    for key in (("govuk:public-updated-at", "govuk:updated-at") if kept_current else ()) + _PUBLISHED_KEYS:
        if meta.get(key):
            compact = _COMPACT_DATE.fullmatch(meta[key].strip())
            published = meta[key][:10] if re.match(r"\d{4}-\d{2}-\d{2}", meta[key]) else \
                "-".join(compact.groups()) if compact else line_dates.published_in(meta[key])
            if published:
                return published
    return None
