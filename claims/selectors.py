"""Reads for articles and claims."""
from __future__ import annotations

from django.db.models import Count, Prefetch, QuerySet

from claims.models import Article, ArticleVersion, Claim


def article_list(*, newsroom=None) -> QuerySet[Article]:
    qs = Article.objects.select_related("newsroom").annotate(claim_count=Count("claims"))
    if newsroom is not None:
        qs = qs.filter(newsroom=newsroom)
    return qs.order_by("-created_at")


def article_current_version(*, article: Article) -> ArticleVersion | None:
    return article.versions.exclude(analyzed_at=None).order_by("-created_at").first()


def claims_of_version(*, version: ArticleVersion) -> QuerySet[Claim]:
    from sources.models import Citation

    return (Claim.objects.filter(version=version).order_by("ordinal")
            .prefetch_related(Prefetch("citations", queryset=Citation.objects.select_related("source")),
                              "relations_out__to_claim", "flags"))
