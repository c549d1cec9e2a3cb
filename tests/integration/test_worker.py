"""A task sent through a real Redis to a real Celery worker process, which writes real rows."""
import time
from pathlib import Path

import pytest
from django.db import connection

from claims import services
from claims.analysis import Document
from claims.models import ArticleVersion, Claim
from tests.integration.helpers import start_worker, stop, use_broker

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration]
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "harbour-bridge-closure.html"


@pytest.fixture
def worker(redis_url):
    if connection.vendor != "postgresql":
        pytest.skip("the worker shares the test database, which must be PostgreSQL")
    proc = start_worker(redis_url, "analysis")
    use_broker(redis_url)
    try:
        yield proc
    finally:
        use_broker(None)
        stop(proc)


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
