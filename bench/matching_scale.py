"""Cross-article matching of a 100-claim article against corpora of 10k, 100k and 1M claims in
PostgreSQL, beside a brute-force scan of the same corpus.

    bash scripts/test-services.sh .venv/bin/python bench/matching_scale.py [--sizes 10000,100000,1000000]

The corpus is generated from a 100,000-word pronounceable vocabulary (a news corpus has 100,000 to 500,000 word types) (shorter words more frequent) with Zipf's law
for word frequency (the content words of prose once stopwords are gone), 14 words a claim; the new article's claims are drawn the same way
and a fifth of them restate a corpus claim with two words changed. "Indexed" is the real
`claims_match` service (full-text and trigram candidates from the GIN indexes, then the
reranker); "brute force" ranks every claim of the corpus by trigram similarity with a sequential
scan, measured on 5 claims and scaled to 100.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
WORDS_PER_CLAIM = 14


def vocabulary(n: int = 100_000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 4))))
    # frequent words are short ones (Zipf's law of abbreviation): rank follows length
    return sorted(words, key=lambda w: (len(w), w))


STOPWORD_RANKS = 200


def zipf_sampler(n: int, rng: random.Random, s: float = 1.0):
    """Draw vocabulary ranks with Zipf's law (probability of rank r proportional to 1/r^s) over
    ranks 200 and below: the 200 most frequent words of English are function words, which the
    full-text configuration drops, so the generated text holds content words only."""
    import bisect
    import itertools

    cumulative = list(itertools.accumulate(1 / (r ** s) for r in range(STOPWORD_RANKS + 1, STOPWORD_RANKS + n + 1)))
    total = cumulative[-1]
    return lambda: bisect.bisect_left(cumulative, rng.random() * total)


def grow_corpus(cur, article_id: int, version_id: int, start: int, count: int, words: list[str], rng: random.Random) -> None:
    """Claims written with COPY, their words drawn with Zipf's law."""
    columns = ("article_id, version_id, ordinal, start, \"end\", text, prefix, suffix, kind, checkworthiness, checkworthy, "
               "speaker, speaker_vague, times, quantities, time_sensitive, expires, time_basis, evidence, review_status, "
               "anchor_state, pdf_links_placeholder")
    columns = columns.replace(", pdf_links_placeholder", ", created_at, updated_at")
    draw = zipf_sampler(len(words), rng)
    with cur.copy(f"COPY claims_claim ({columns}) FROM STDIN") as copy:
        for ordinal in range(start + 1, start + count + 1):
            text = " ".join(words[draw()] for _ in range(WORDS_PER_CLAIM))
            copy.write_row((article_id, version_id, ordinal, 0, len(text), text, "", "", "fact", 0.5, True, "", False,
                            "[]", "[]", False, "", "", "[]", "unreviewed", "anchored", "now", "now"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    args = ap.parse_args()
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, check=True)
    import django

    django.setup()
    from django.db import connection

    from claims import matching
    from claims.models import Article, ArticleVersion, Claim, ClaimRelation
    from newsrooms.models import Newsroom

    words = vocabulary()
    rng = random.Random(11)
    draw = zipf_sampler(len(words), rng)
    newsroom = Newsroom.objects.create(slug="bench", name="Bench")
    corpus_article = Article.objects.create(newsroom=newsroom, title="corpus")
    corpus_version = ArticleVersion.objects.create(article=corpus_article, raw="", format="text", sha256="c" * 64)
    have = 0
    print(f"{'corpus':>10s} {'indexed 100 claims':>20s} {'brute force (scaled)':>22s} {'ratio':>8s}")
    for size in [int(s) for s in args.sizes.split(",")]:
        with connection.cursor() as cur:
            cur.execute("DROP INDEX IF EXISTS claim_search_gin")
            cur.execute("DROP INDEX IF EXISTS claim_text_trgm")
            t0 = time.perf_counter()
            grow_corpus(cur, corpus_article.id, corpus_version.id, have, size - have, words, rng)
            cur.execute("CREATE INDEX claim_search_gin ON claims_claim USING GIN (search)")
            cur.execute("CREATE INDEX claim_text_trgm ON claims_claim USING GIN (text gin_trgm_ops)")
            cur.execute("ANALYZE claims_claim")
            build = time.perf_counter() - t0
        have = size
        sample = list(Claim.objects.filter(article=corpus_article).order_by("?").values_list("text", flat=True)[:20])
        article = Article.objects.create(newsroom=newsroom, title=f"new {size}")
        version = ArticleVersion.objects.create(article=article, raw="", format="text", sha256=f"{size:064d}")
        texts = []
        for i in range(100):
            if i % 5 == 0:
                base = sample[i // 5].split()
                base[rng.randrange(len(base))] = rng.choice(words)
                base[rng.randrange(len(base))] = rng.choice(words)
                texts.append(" ".join(base))
            else:
                texts.append(" ".join(words[draw()] for _ in range(WORDS_PER_CLAIM)))
        Claim.objects.bulk_create([Claim(article=article, version=version, ordinal=i, start=0, end=len(t), text=t, kind="fact")
                                   for i, t in enumerate(texts)])
        runs = []
        for _ in range(3):
            ClaimRelation.objects.filter(from_claim__article=article).delete()
            ClaimRelation.objects.filter(to_claim__article=article).delete()
            t0 = time.perf_counter()
            result = matching.claims_match(version_id=version.id)
            runs.append(time.perf_counter() - t0)
        indexed = statistics.median(runs)
        with connection.cursor() as cur:
            cur.execute("SET enable_indexscan = off; SET enable_bitmapscan = off")
            t0 = time.perf_counter()
            for text in texts[:5]:
                cur.execute("SELECT id FROM claims_claim WHERE article_id = %s ORDER BY similarity(text, %s) DESC LIMIT 20",
                            [corpus_article.id, text])
                cur.fetchall()
            brute = (time.perf_counter() - t0) / 5 * 100
            cur.execute("RESET enable_indexscan; RESET enable_bitmapscan")
        print(f"{size:>10,d} {indexed:>18.3f} s {brute:>20.1f} s {brute / indexed:>7.0f}x"
              f"   (relations {result['relations']}, candidates {result['candidates']}, corpus built in {build:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
