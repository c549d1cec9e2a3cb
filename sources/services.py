"""Writes for sources and citations."""
from __future__ import annotations

from claims.analysis import urls as url_rules
from claims.models import Article, Claim
from sources.models import ArticleSource, Citation, Source


def _source_key(url: str | None, name: str | None) -> str:
    return url_rules.identity(url) if url else "name:" + (name or "").strip().lower()


def sources_store(*, article: Article, claims_by_id: dict[str, Claim], sources) -> None:
    """Upsert the article's sources into its newsroom (one row per address), then cite them."""
    newsroom = article.newsroom
    keyed = {}
    for s in sources:
        key = _source_key(s.url, s.name)[:2000]
        keyed.setdefault(key, s)
    Source.objects.bulk_create(
        [Source(newsroom=newsroom, key=key, url=s.url, name=(s.name or "")[:300],
                domain=url_rules.domain(s.url) if s.url else "") for key, s in keyed.items()],
        ignore_conflicts=True,
    )
    stored = {row.key: row for row in Source.objects.filter(newsroom=newsroom, key__in=list(keyed))}
    citations, links = [], []
    for key, s in keyed.items():
        row = stored[key]
        if s.claims:
            for cid in s.claims:
                if cid in claims_by_id:
                    citations.append(Citation(claim=claims_by_id[cid], source=row, how=s.how, evidence=s.evidence[:2000]))
        else:
            links.append(ArticleSource(article=article, source=row, role=s.role))
    Citation.objects.bulk_create(citations, ignore_conflicts=True)
    ArticleSource.objects.bulk_create(links, ignore_conflicts=True)
