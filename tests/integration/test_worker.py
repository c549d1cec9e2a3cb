"""A task sent through a real Redis to a real Celery worker process, which writes real rows."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from claims import services
from claims.analysis import Document
from claims.models import ArticleVersion, Claim
from config.celery import app

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration]
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "harbour-bridge-closure.html"


def database_url_of_test_db() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


def reset_connections():
    """Drop pooled broker connections so the next send uses the broker now configured."""
    app.pool.force_close_all()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def worker(redis_url):
    if connection.vendor != "postgresql":
        pytest.skip("the worker shares the test database, which must be PostgreSQL")
    env = {**os.environ, "CELERY_BROKER_URL": redis_url, "DATABASE_URL": database_url_of_test_db()}
    proc = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "analysis", "-c", "1", "--pool", "solo",
         "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    saved = (app.conf.broker_url, app.conf.task_always_eager)
    app.conf.broker_url, app.conf.task_always_eager = redis_url, False
    reset_connections()
    try:
        yield proc
    finally:
        app.conf.broker_url, app.conf.task_always_eager = saved
        reset_connections()
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_a_real_worker_analyzes_an_ingested_version(worker):
    newsroom = services.newsroom_get_or_create(slug="worker")
    version, created = services.article_ingest(newsroom=newsroom, document=Document(raw=SAMPLE.read_text(), format="html"))
    assert created
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        version.refresh_from_db()
        if version.analyzed_at is not None:
            break
        assert worker.poll() is None, worker.stdout.read()
        time.sleep(0.3)
    assert version.analyzed_at is not None, "the worker did not analyze the version in 90 s"
    claims = Claim.objects.filter(version=version)
    assert claims.count() == len(version.analysis["claims"]) > 10
    assert claims.filter(text__startswith="The council accused Dunmore Civil").exists()
    assert ArticleVersion.objects.filter(article=version.article).count() == 1
