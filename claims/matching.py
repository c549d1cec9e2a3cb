"""Cross-article matching: each claim of a new version against its newsroom's corpus.

Candidates come from PostgreSQL full-text search (a GIN-indexed tsvector) and trigram similarity
(pg_trgm); the pure `crossmatch` module judges each pair. On SQLite (the embedded mode) the
candidates are every current claim of the newsroom's other articles, which gives the same
results on small data.
"""
from __future__ import annotations

import re

from django.db import connection, transaction

from claims.analysis.crossmatch import ClaimView, decide, document_frequencies
from claims.analysis.relations import _STOPWORDS, stem
from claims.models import ArticleVersion, Claim, ClaimRelation

FTS_CANDIDATES = 20
TRIGRAM_CANDIDATES = 8
QUERY_TERMS = 8
SCAN_LIMIT = 5000
_TERM = re.compile(r"[A-Za-z][A-Za-z]{3,}")


def _view(claim: Claim) -> ClaimView:
    quantities = tuple((float(q["value"]), q.get("unit"), int(q["start"]) - claim.start) for q in claim.quantities or ())
    return ClaimView(claim.text, quantities, claim.speaker or None)


def query_terms(text: str) -> list[str]:
    """The claim's most telling words for an OR full-text query: names and long words first."""
    words = [w for w in _TERM.findall(text) if w.lower() not in _STOPWORDS]
    ranked = sorted(dict.fromkeys(words), key=lambda w: (not w[0].isupper(), -len(w)))
    # prefix queries on light stems, so that "faulty" finds "fault" and "ignore" finds "ignored"
    return list(dict.fromkeys(f"{stem(w.lower())}:*" for w in ranked[:QUERY_TERMS]))


def _candidates_postgres(claim: Claim, newsroom_id: int) -> list[int]:
    terms = query_terms(claim.text)
    ids: list[int] = []
    with connection.cursor() as cur:
        if terms:
            cur.execute(
                """SELECT c.id FROM claims_claim c JOIN claims_article a ON a.id = c.article_id,
                          to_tsquery('english', %s) q
                   WHERE a.newsroom_id = %s AND c.article_id <> %s AND c.anchor_state <> 'orphaned' AND c.search @@ q
                   ORDER BY ts_rank_cd(c.search, q) DESC LIMIT %s""",
                [" | ".join(terms), newsroom_id, claim.article_id, FTS_CANDIDATES],
            )
            ids.extend(r[0] for r in cur.fetchall())
        cur.execute(
            """SELECT c.id FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
               WHERE a.newsroom_id = %s AND c.article_id <> %s AND c.anchor_state <> 'orphaned' AND c.text %% %s
               ORDER BY similarity(c.text, %s) DESC LIMIT %s""",
            [newsroom_id, claim.article_id, claim.text, claim.text, TRIGRAM_CANDIDATES],
        )
        ids.extend(r[0] for r in cur.fetchall())
    return list(dict.fromkeys(ids))


def claims_match(*, version_id: int) -> dict:
    version = ArticleVersion.objects.select_related("article").filter(pk=version_id).first()
    if version is None:
        return {"version": version_id, "status": "missing"}
    article = version.article
    mine = list(Claim.objects.filter(version=version).exclude(kind__in=("question", "reference")))
    postgres = connection.vendor == "postgresql"
    if postgres:
        wanted = {c.id: _candidates_postgres(c, article.newsroom_id) for c in mine}
        pool = Claim.objects.in_bulk({i for ids in wanted.values() for i in ids})
    else:
        pool = {c.id: c for c in Claim.objects.filter(article__newsroom_id=article.newsroom_id)
                .exclude(article=article).exclude(anchor_state="orphaned")
                .exclude(kind__in=("question", "reference")).order_by("-id")[:SCAN_LIMIT]}
        wanted = {c.id: list(pool) for c in mine}
    df, n = document_frequencies([c.text for c in mine] + [c.text for c in pool.values()])
    rows = []
    for claim in mine:
        view = _view(claim)
        for other_id in wanted[claim.id]:
            other = pool.get(other_id)
            if other is None or other.kind in ("question", "reference"):
                continue
            verdict = decide(view, _view(other), df, n)
            if verdict is None:
                continue
            source, target = claim, other
            if verdict.type in ("counters", "supports") and verdict.evidence and _cue_in(other.text, verdict.evidence):
                source, target = other, claim  # the claim holding the cue is the one that disputes or supports
            rows.append(ClaimRelation(from_claim=source, to_claim=target, type=verdict.type, score=verdict.score,
                                      evidence=verdict.evidence[:1000], origin=ClaimRelation.Origin.DETECTED))
    with transaction.atomic():
        ClaimRelation.objects.bulk_create(rows, ignore_conflicts=True)
    return {"version": version_id, "status": "matched", "relations": len(rows), "candidates": len(pool)}


def _cue_in(text: str, evidence: str) -> bool:
    cue = re.match(r"'([^']+)'", evidence)
    return bool(cue) and cue.group(1).lower() in text.lower().replace("’", "'")
