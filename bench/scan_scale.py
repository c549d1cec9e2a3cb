"""Stale and contested scans over a million generated claims in PostgreSQL, beside a naive
per-row ORM loop on a 50k sample.

    bash scripts/test-services.sh .venv/bin/python bench/scan_scale.py [--claims 1000000] [--sample 50000]

(test-services.sh starts a throwaway PostgreSQL and Redis and sets DATABASE_URL.) Each scan runs
in a child process so its peak memory (max RSS) is measured on its own.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.timezone.utc)


def setup_django():
    import django

    django.setup()


def generate(claims: int) -> None:
    """Claims in 2 newsrooms and 1,000 articles: a quarter time-sensitive and expired, some reviewed,
    one in fifty in a counters relation, one in a hundred in a numeric conflict."""
    from django.db import connection

    per_article = max(1, claims // 1000)
    with connection.cursor() as cur:
        cur.execute("TRUNCATE newsrooms_newsroom, claims_article, claims_articleversion, claims_claim, "
                    "claims_claimrelation, reviews_flag, reviews_auditevent CASCADE")
        cur.execute("INSERT INTO newsrooms_newsroom (slug, name, review_policy_days, shelf_life_days, created_at) "
                    "SELECT 'n' || g, 'Newsroom ' || g, 365, '{}', now() FROM generate_series(1, 2) g")
        cur.execute("INSERT INTO claims_article (newsroom_id, title, url, author, publisher, published, published_precision, "
                    "published_estimated, created_at, updated_at) SELECT (SELECT min(id) FROM newsrooms_newsroom) + g % 2, "
                    "'Article ' || g, '', '', '', DATE '2021-01-01', 'day', false, now(), now() FROM generate_series(1, 1000) g")
        cur.execute("INSERT INTO claims_articleversion (article_id, raw, format, sha256, normalized_text, pipeline_version, "
                    "analysis, analyzed_at, created_at) SELECT id, '', 'text', md5(id::text), '', '1', NULL, now(), now() FROM claims_article")
        cur.execute(f"""
            INSERT INTO claims_claim (article_id, version_id, ordinal, start, "end", text, prefix, suffix, kind,
                checkworthiness, checkworthy, speaker, speaker_vague, times, quantities, time_sensitive, expires,
                expires_on, time_basis, reviewed_at, evidence, review_status, anchor_state, created_at, updated_at)
            SELECT v.article_id, v.id, g.n, 0, 40, 'Generated claim number ' || g.n || ' of article ' || v.article_id,
                   '', '', CASE WHEN g.n % 5 = 0 THEN 'prediction' ELSE 'fact' END, 0.7, g.n % 2 = 0, '', false, '[]', '[]',
                   g.n % 4 = 0, CASE WHEN g.n % 4 = 0 THEN '2022-01-01' ELSE '' END,
                   CASE WHEN g.n % 4 = 0 THEN DATE '2022-01-01' END, 'state as of writing: ''so far''',
                   CASE WHEN g.n % 10 = 3 THEN TIMESTAMPTZ '2024-01-01' END, '[]', 'unreviewed', 'anchored', now(), now()
            FROM claims_articleversion v CROSS JOIN generate_series(0, {per_article - 1}) AS g(n)
        """)
        cur.execute("""
            INSERT INTO claims_claimrelation (from_claim_id, to_claim_id, type, origin, score, evidence, created_at)
            SELECT c.id, c.id + 1, CASE WHEN c.id % 100 = 0 THEN 'conflicts' ELSE 'counters' END, 'detected', 0.7, '', now()
            FROM claims_claim c WHERE c.id % 50 = 0 AND EXISTS (SELECT 1 FROM claims_claim d WHERE d.id = c.id + 1)
        """)
        cur.execute("ANALYZE")


def child_scan(kind: str) -> None:
    setup_django()
    from reviews import services

    t0 = time.perf_counter()
    result = services.scan_run(kind=kind, now=NOW)
    seconds = time.perf_counter() - t0
    print(json.dumps({"kind": kind, "seconds": seconds, "result": result,
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run_child(kind: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def naive_loop(sample: int) -> tuple[float, int]:
    """What a per-row ORM loop costs: each claim fetched, its rules checked in Python, a flag saved."""
    from django.db import IntegrityError, transaction

    from claims.models import Claim, ClaimRelation
    from reviews.models import Flag

    Flag.objects.all().delete()
    t0 = time.perf_counter()
    raised = 0
    for claim in Claim.objects.select_related("article__newsroom").order_by("id")[:sample].iterator():
        reasons = []
        if claim.time_sensitive and claim.expires_on and claim.expires_on <= NOW.date():
            reasons.append(f"{claim.time_basis} passed on {claim.expires}")
        if claim.reviewed_at and claim.reviewed_at <= NOW - dt.timedelta(days=claim.article.newsroom.review_policy_days):
            reasons.append("review too old")
        if reasons and not Flag.objects.filter(claim=claim, kind="stale", state="open").exists():
            try:
                with transaction.atomic():
                    Flag.objects.create(claim=claim, kind="stale", reasons=reasons, reason_key="x")
                    raised += 1
            except IntegrityError:
                pass
        if ClaimRelation.objects.filter(type="counters", from_claim=claim).exists() or \
                ClaimRelation.objects.filter(type="counters", to_claim=claim).exists():
            if not Flag.objects.filter(claim=claim, kind="contested", state="open").exists():
                Flag.objects.create(claim=claim, kind="contested", reasons=["counter"], reason_key="y")
                raised += 1
    return time.perf_counter() - t0, raised


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--sample", type=int, default=50_000)
    ap.add_argument("--child")
    args = ap.parse_args()
    if args.child:
        child_scan(args.child)
        return
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True)
    setup_django()
    t0 = time.perf_counter()
    generate(args.claims)
    from claims.models import Claim

    total = Claim.objects.count()
    print(f"generated {total:,} claims in {time.perf_counter() - t0:.1f} s")
    rows = [run_child("stale"), run_child("contested"), run_child("stale"), run_child("contested")]
    for r in rows:
        print(f"{r['kind']:10s} scan {r['seconds']:6.1f} s  peak RSS {r['max_rss_mb']:5.0f} MB  {r['result']}")
    fresh = {r["kind"]: r for r in rows[:2]}
    naive_seconds, _ = naive_loop(args.sample)
    per_claim_naive = naive_seconds / args.sample
    set_based = (fresh["stale"]["seconds"] + fresh["contested"]["seconds"]) / total
    print(f"naive ORM loop: {args.sample:,} claims in {naive_seconds:.1f} s = {per_claim_naive * 1e6:.0f} µs per claim; "
          f"extrapolated to {total:,}: {per_claim_naive * total:.0f} s")
    print(f"set-based stale+contested: {set_based * 1e6:.1f} µs per claim; the naive loop costs {per_claim_naive / set_based:.0f}x as much")


if __name__ == "__main__":
    main()
