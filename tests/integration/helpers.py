"""Real worker processes and bulk test data for the integration tests."""
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

from config.celery import app

ROOT = Path(__file__).resolve().parents[2]


def database_url_of_test_db() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


def start_worker(redis_url: str, queues: str, **env) -> subprocess.Popen:
    environ = {**os.environ, "CELERY_BROKER_URL": redis_url, "DATABASE_URL": database_url_of_test_db(), **env}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", queues, "-c", "1", "--pool", "solo",
         "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "warning"],
        cwd=ROOT, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def use_broker(url: str | None) -> None:
    """Point this process's Celery app at a broker (None: back to in-process tasks)."""
    app.conf.broker_url = url or "memory://localhost/"
    app.conf.task_always_eager = url is None
    # kombu keeps one pool per broker address; dropping the app's reference picks the right one
    app._pool = None
    app.amqp._producer_pool = None


def expired_claims(count: int, *, slug: str = "bulk") -> int:
    """`count` time-sensitive claims that expired in 2022, written with one INSERT … SELECT."""
    from claims.models import Article, ArticleVersion
    from newsrooms.models import Newsroom

    newsroom = Newsroom.objects.create(slug=slug, name=slug)
    article = Article.objects.create(newsroom=newsroom, title="bulk")
    version = ArticleVersion.objects.create(article=article, raw="bulk", format="text", sha256="b" * 64)
    with connection.cursor() as cur:
        cur.execute("""
            INSERT INTO claims_claim (article_id, version_id, ordinal, start, "end", text, prefix, suffix, kind,
                checkworthiness, checkworthy, speaker, speaker_vague, times, quantities, time_sensitive, expires,
                expires_on, time_basis, evidence, review_status, anchor_state, created_at, updated_at)
            SELECT %s, %s, g, 0, 10, 'claim ' || g, '', '', 'fact', 0.5, true, '', false, '[]', '[]', true,
                   '2022-01-01', DATE '2022-01-01', 'state as of writing: ''so far''', '[]', 'unreviewed', 'anchored', now(), now()
            FROM generate_series(1, %s) AS g
        """, [article.id, version.id, count])
    return count


NOW = dt.datetime(2026, 11, 25, 12, tzinfo=dt.timezone.utc)
