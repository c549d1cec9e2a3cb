"""Writes for sources and citations."""
from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from claims.analysis import urls as url_rules
from claims.models import Article, Claim
from reviews import scans
from sources import linkcheck
from sources.models import ArticleSource, Citation, LinkCheck, Source


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


def link_check_run(*, now=None, limit: int | None = None) -> dict:
    """Check the sources that are due, update their liveness, then raise or resolve source_dead flags."""
    now = now or timezone.now()
    due = (Source.objects.exclude(url=None)
           .filter(Q(last_checked_at=None) | Q(last_checked_at__lte=now - dt.timedelta(days=settings.CLAIMTRACK_LINK_RECHECK_DAYS)))
           .order_by("last_checked_at", "id"))[: limit or settings.CLAIMTRACK_LINK_CHECK_BATCH]
    sources = list(due) if settings.CLAIMTRACK_LINK_CHECK else []
    paywalled = frozenset(settings.CLAIMTRACK_PAYWALLED_DOMAINS)
    with ThreadPoolExecutor(max_workers=8) as pool:
        probes = list(pool.map(lambda s: linkcheck.probe(s.url, timeout=settings.CLAIMTRACK_LINK_TIMEOUT_SECONDS,
                                                           paywalled_domains=paywalled), sources))
    for source, result in zip(sources, probes):
        LinkCheck.objects.create(source=source, checked_at=now, method=result.method, status_code=result.status,
                                 outcome=result.outcome, final_url=result.final_url[:2000], error=result.error[:2000],
                                 elapsed_ms=result.elapsed_ms)
        history = list(source.checks.order_by("checked_at", "id").values_list("checked_at", "outcome"))
        liveness = linkcheck.liveness_after(history, source.liveness)
        Source.objects.filter(pk=source.pk).update(liveness=liveness, last_checked_at=now)
    flags = scans.scan("links", now=now, default_shelf=dict(settings.CLAIMTRACK_SHELF_LIFE_DAYS),
                       batch=settings.CLAIMTRACK_SCAN_BATCH)
    return {**flags, "checked": len(sources)}
