"""Writes for articles, versions and claims. Keyword-only, typed, one transaction each."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging

from django.db import transaction
from django.utils import timezone

from claims.analysis import AnalysisError, Document, PdfLink, analysis_to_json, analyze
from claims.analysis.iso_dates import parse_iso
from claims.analysis.types import PIPELINE_VERSION
from claims.config_factory import analysis_config
from claims.models import Article, ArticleVersion, Claim, ClaimRelation
from newsrooms.models import Newsroom
from sources.services import sources_store

logger = logging.getLogger(__name__)
QUOTE_CONTEXT = 32


def content_sha256(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def newsroom_get_or_create(*, slug: str) -> Newsroom:
    newsroom, _ = Newsroom.objects.get_or_create(slug=slug, defaults={"name": slug.replace("-", " ").title()})
    return newsroom


@transaction.atomic
def article_ingest(*, newsroom: Newsroom, document: Document, title: str = "", url: str = "") -> tuple[ArticleVersion, bool]:
    """Store an article version; returns (version, created). The same content twice is one version.

    Analysis runs in `version_analyze`, enqueued once this transaction commits.
    """
    if not document.raw.strip():
        raise AnalysisError("empty document: there is no text to analyze")
    sha = content_sha256(document.raw)
    existing = (ArticleVersion.objects.select_related("article")
                .filter(article__newsroom=newsroom, sha256=sha).order_by("created_at").first())
    if existing is not None:
        return existing, False
    article = None
    if url:
        article = Article.objects.filter(newsroom=newsroom, url=url).first()
    if article is None and title:
        article = Article.objects.filter(newsroom=newsroom, title=title).first()
    if article is None:
        article = Article.objects.create(newsroom=newsroom, title=title, url=url)
    version = ArticleVersion.objects.create(
        article=article, raw=document.raw, format=document.format, sha256=sha,
        pdf_links=[{"url": link.url, "page": link.page, "anchor_text": link.anchor_text} for link in document.pdf_links],
    )
    if document.published:
        Article.objects.filter(pk=article.pk).update(published=document.published, published_precision="day")
    from claims.tasks import version_analyze_task  # tasks import services: import here to keep one direction

    transaction.on_commit(lambda: version_analyze_task.delay(version.id))
    return version, True


def version_analyze(*, version_id: int, now: dt.date | None = None) -> dict:
    """Analyze a stored version and persist claims, sources, citations and relations. Idempotent."""
    with transaction.atomic():
        version = ArticleVersion.objects.select_for_update().select_related("article__newsroom").filter(pk=version_id).first()
        if version is None:
            logger.warning("version %s no longer exists", version_id)
            return {"version": version_id, "status": "missing"}
        if version.analyzed_at is not None:
            return {"version": version_id, "status": "already_analyzed", "claims": version.claims.count()}
        article = version.article
        document = Document(raw=version.raw, format=version.format,
                            published=article.published if article.published_precision == "day" else None,
                            title=article.title or None,
                            pdf_links=tuple(PdfLink(**link) for link in version.pdf_links or ()))
        result = analyze(document, config=analysis_config(now=now, newsroom=article.newsroom))
        payload = analysis_to_json(result)
        previous = (ArticleVersion.objects.filter(article=article, analyzed_at__isnull=False)
                    .exclude(pk=version.pk).order_by("-analyzed_at").first())
        claims = _claims_reanchor(version, previous, result) if previous else _claims_store(version, result)
        sources_store(article=article, claims_by_id=claims, sources=result.sources)
        _relations_store(claims, result.relations)
        _article_update(article, result)
        version.normalized_text = result.text
        version.analysis = payload
        version.pipeline_version = PIPELINE_VERSION
        version.analyzed_at = timezone.now()
        version.save(update_fields=["normalized_text", "analysis", "pipeline_version", "analyzed_at"])
        from claims.tasks import claims_match_task

        transaction.on_commit(lambda: claims_match_task.delay(version_id))
    return {"version": version_id, "status": "analyzed", "claims": len(claims)}


ANALYSIS_FIELDS = ("version", "ordinal", "start", "end", "text", "prefix", "suffix", "kind", "checkworthiness", "checkworthy",
                   "speaker", "speaker_vague", "times", "quantities", "time_sensitive", "expires", "expires_on", "evidence",
                   "time_basis", "anchor_state")


def _claim_values(version: ArticleVersion, text: str, n: int, c) -> dict:
    parsed = parse_iso(c.expires) if c.expires else None
    return dict(
        version=version, ordinal=n, start=c.start, end=c.end, text=c.text,
        prefix=text[max(0, c.start - QUOTE_CONTEXT):c.start], suffix=text[c.end:c.end + QUOTE_CONTEXT],
        kind=c.kind, checkworthiness=c.checkworthiness, checkworthy=c.checkworthy, speaker=(c.speaker or "")[:300],
        speaker_vague=c.speaker_vague, times=[t.as_json() for t in c.times],
        quantities=[q.as_json() for q in c.quantities], time_sensitive=c.time_sensitive,
        expires=c.expires or "", expires_on=parsed[0] if parsed else None, evidence=[e.as_json() for e in c.evidence],
        time_basis=next((e.why.split(";")[0] for e in c.evidence if e.stage == "time_sensitivity"), "")[:300],
        anchor_state=Claim.AnchorState.ANCHORED,
    )


def _claims_store(version: ArticleVersion, result) -> dict[str, Claim]:
    rows = [Claim(article=version.article, **_claim_values(version, result.text, n, c)) for n, c in enumerate(result.claims)]
    Claim.objects.bulk_create(rows)
    stored = Claim.objects.filter(version=version).order_by("ordinal")
    return {result.claims[c.ordinal].id: c for c in stored}


def _claims_reanchor(version: ArticleVersion, previous: ArticleVersion, result) -> dict[str, Claim]:
    """Carry the previous version's claims (and so their reviews and flags) over to this one."""
    from claims.analysis.anchoring import Quote, reanchor
    from reviews.models import Flag

    old = list(Claim.objects.filter(version=previous).order_by("ordinal"))
    anchors = reanchor([Quote(c.text, c.prefix, c.suffix, c.start) for c in old], result.text,
                       [(c.start, c.end, c.text) for c in result.claims])
    moved: dict[int, Claim] = {}
    orphaned = []
    for claim, anchor in zip(old, anchors):
        if anchor.new_index is None:
            claim.anchor_state = Claim.AnchorState.ORPHANED
            orphaned.append(claim)
            continue
        for field, value in _claim_values(version, result.text, anchor.new_index, result.claims[anchor.new_index]).items():
            setattr(claim, field, value)
        claim.anchor_state = anchor.state
        moved[anchor.new_index] = claim
    Claim.objects.bulk_update(list(moved.values()), ANALYSIS_FIELDS)
    Claim.objects.bulk_update(orphaned, ["anchor_state"])
    fresh = [Claim(article=version.article, **_claim_values(version, result.text, n, c))
             for n, c in enumerate(result.claims) if n not in moved]
    Claim.objects.bulk_create(fresh)
    changed = [c for c in moved.values() if c.anchor_state == Claim.AnchorState.CHANGED]
    Flag.objects.bulk_create(
        [Flag(claim=c, kind=Flag.Kind.TEXT_CHANGED, severity=Flag.Severity.HIGH, reason_key=f"changed:{version.id}",
              reasons=[f"the text of this claim changed in version {version.id}"]) for c in changed],
        ignore_conflicts=True,
    )
    stored = Claim.objects.filter(version=version).order_by("ordinal")
    return {result.claims[c.ordinal].id: c for c in stored}


def _relations_store(claims: dict[str, Claim], relations) -> None:
    rows = [
        ClaimRelation(from_claim=claims[r.source], to_claim=claims[r.target], type=r.type, score=r.score,
                      evidence=r.evidence, origin=ClaimRelation.Origin.DETECTED)
        for r in relations if r.source in claims and r.target in claims
    ]
    ClaimRelation.objects.bulk_create(rows, ignore_conflicts=True)


def _article_update(article: Article, result) -> None:
    d = result.document
    changes = {}
    if not article.title and d.title:
        changes["title"] = d.title[:500]
    if not article.author and d.author:
        changes["author"] = d.author[:300]
    if not article.publisher and d.publisher:
        changes["publisher"] = d.publisher[:300]
    if article.published is None and d.published:
        parsed = parse_iso(d.published)
        if parsed:
            changes.update(published=parsed[0], published_precision=parsed[1], published_estimated=d.published_estimated)
    if changes:
        Article.objects.filter(pk=article.pk).update(**changes)
