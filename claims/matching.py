"""Cross-article matching: each claim of a new version against its newsroom's corpus.

Up to CLAIMTRACK_MATCH_SCAN_LIMIT claims, every claim of the newsroom's other articles is a
candidate (on SQLite, the embedded mode, always). Past it, on PostgreSQL, candidates come from
full-text search (a GIN-indexed tsvector) and, for short claims, trigram similarity (pg_trgm).
The pure `crossmatch` module judges each pair.
"""
from __future__ import annotations

import re

from django.conf import settings
from django.db import connection, transaction

from claims.analysis.crossmatch import ClaimView, decide, document_frequencies
from claims.analysis.overlap import STOPWORDS as _STOPWORDS
from claims.models import ArticleVersion, Claim, ClaimRelation

FTS_CANDIDATES = 20
TRIGRAM_CANDIDATES = 8
TRIGRAM_THRESHOLD = 0.3
QUERY_TERMS = 6  # the query asks for two of the claim's six most telling words: 15 pairs
_TERM = re.compile(r"[A-Za-z][A-Za-z]{3,}")


def _view(claim: Claim) -> ClaimView:
    quantities = tuple((float(q["value"]), q.get("unit"), int(q["start"]) - claim.start) for q in claim.quantities or ())
    return ClaimView.of(claim.text, quantities, claim.speaker or None)


def query_terms(text: str) -> list[str]:
    """The claim's most telling words, longest first (long words are the rare ones); the
    full-text configuration stems them, so "ignore" finds "ignored"."""
    words = [w.lower() for w in _TERM.findall(text) if w.lower() not in _STOPWORDS]
    return sorted(dict.fromkeys(words), key=lambda w: -len(w))[:QUERY_TERMS]


def tsquery(text: str) -> str | None:
    """Any two of the telling words: a restatement, a dispute or a conflicting figure shares at
    least two, and asking for two keeps each posting-list intersection small at any corpus size."""
    terms = query_terms(text)
    if len(terms) < 2:
        return terms[0] if terms else None
    return " | ".join(f"({a} & {b})" for i, a in enumerate(terms) for b in terms[i + 1:])


def _candidates_postgres(claims: list[Claim], newsroom_id: int, article_id: int) -> dict[int, list[int]]:
    """Candidates for every claim in two statements: full-text (OR of light-stem prefixes, ranked)
    and trigram similarity (a restatement shares most of its trigrams, so a high threshold)."""
    wanted: dict[int, list[int]] = {c.id: [] for c in claims}
    fts = [(c.id, q) for c in claims if (q := tsquery(c.text))]
    with connection.cursor() as cur:
        if fts:
            # the index scan runs once per claim, then the newsroom filter on its few matches
            cur.execute(
                """SELECT q.claim_id, m.id FROM unnest(%s::bigint[], %s::text[]) AS q(claim_id, terms),
                   LATERAL (SELECT hit.id FROM (
                                SELECT c.id, c.article_id, ts_rank_cd(c.search, tq) AS rank
                                FROM claims_claim c, to_tsquery('english', q.terms) tq
                                WHERE c.search @@ tq AND c.article_id <> %s AND c.anchor_state <> 'orphaned'
                                OFFSET 0) hit
                            JOIN claims_article a ON a.id = hit.article_id
                            WHERE a.newsroom_id = %s ORDER BY hit.rank DESC LIMIT %s) m""",
                [[i for i, _ in fts], [t for _, t in fts], article_id, newsroom_id, FTS_CANDIDATES],
            )
            for claim_id, other in cur.fetchall():
                wanted[claim_id].append(other)
        # a trigram index search costs tens of milliseconds a claim on a large corpus (see
        # docs/BENCHMARKS.md), so it serves only claims too short for a full-text query
        sparse = [c for c in claims if len(query_terms(c.text)) < 2]
        if not sparse:
            return {k: list(dict.fromkeys(v)) for k, v in wanted.items()}
        cur.execute("SET LOCAL pg_trgm.similarity_threshold = %s", [TRIGRAM_THRESHOLD])
        cur.execute(
            """SELECT q.claim_id, m.id FROM unnest(%s::bigint[], %s::text[]) AS q(claim_id, body),
               LATERAL (SELECT c.id FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
                        WHERE a.newsroom_id = %s AND c.article_id <> %s AND c.anchor_state <> 'orphaned'
                          AND c.text %% q.body
                        ORDER BY similarity(c.text, q.body) DESC LIMIT %s) m""",
            [[c.id for c in sparse], [c.text for c in sparse], newsroom_id, article_id, TRIGRAM_CANDIDATES],
        )
        for claim_id, other in cur.fetchall():
            wanted[claim_id].append(other)
    return {k: list(dict.fromkeys(v)) for k, v in wanted.items()}


def claims_match(*, version_id: int) -> dict:
    version = ArticleVersion.objects.select_related("article").filter(pk=version_id).first()
    if version is None:
        return {"version": version_id, "status": "missing"}
    article = version.article
    mine = list(Claim.objects.filter(version=version).exclude(kind__in=("question", "reference")))
    corpus = Claim.objects.filter(article__newsroom_id=article.newsroom_id).exclude(article=article)
    # A small corpus is compared claim by claim, on either database: the index only narrows a
    # corpus too large to read whole, so small newsrooms get the same results everywhere.
    limit = settings.CLAIMTRACK_MATCH_SCAN_LIMIT
    indexed = connection.vendor == "postgresql" and corpus[: limit + 1].count() > limit
    if indexed:
        with transaction.atomic():
            wanted = _candidates_postgres(mine, article.newsroom_id, article.id) if mine else {}
        pool = Claim.objects.in_bulk({i for ids in wanted.values() for i in ids})
    else:
        pool = {c.id: c for c in corpus.exclude(anchor_state="orphaned")
                .exclude(kind__in=("question", "reference")).order_by("-id")[: settings.CLAIMTRACK_MATCH_SCAN_LIMIT]}
        wanted = {c.id: list(pool) for c in mine}
    df, n = document_frequencies([c.text for c in mine] + [c.text for c in pool.values()])
    rows = []
    views = {c.id: _view(c) for c in pool.values() if c.kind not in ("question", "reference")}
    for claim in mine:
        view = _view(claim)
        for other_id in wanted[claim.id]:
            other = pool.get(other_id)
            if other_id not in views:
                continue
            verdict = decide(view, views[other_id], df, n)
            if verdict is None:
                continue
            source, target = (other, claim) if verdict.from_b else (claim, other)
            rows.append(ClaimRelation(from_claim=source, to_claim=target, type=verdict.type, score=verdict.score,
                                      evidence=verdict.evidence[:1000], origin=ClaimRelation.Origin.DETECTED))
    with transaction.atomic():
        ClaimRelation.objects.bulk_create(rows, ignore_conflicts=True)
    return {"version": version_id, "status": "matched", "relations": len(rows), "candidates": len(pool),
            "index": indexed}
