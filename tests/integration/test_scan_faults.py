"""Scans under faults: a worker killed mid-scan, and two scans at once."""
import signal
import threading
import time

import pytest
from django.db import connection, connections
from django.db.models import Count

from reviews import services
from reviews.models import Flag
from reviews.tasks import stale_scan_task
from tests.integration.helpers import NOW, expired_claims, start_worker, stop, use_broker

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.integration]


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("runs against the PostgreSQL that make test starts")


def assert_one_open_flag_per_claim(expected: int):
    per_claim = Flag.objects.filter(kind="stale", state="open").values("claim").annotate(n=Count("id"))
    assert per_claim.count() == expected
    assert not per_claim.filter(n__gt=1).exists()


def test_two_scans_at_once_leave_one_open_flag_per_claim_and_kind(settings):
    settings.CLAIMTRACK_SCAN_BATCH = 250
    total = expired_claims(3000)
    results, errors = [], []

    def run():
        try:
            results.append(services.scan_run(kind="stale", now=NOW))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r["raised"] for r in results) == total
    assert_one_open_flag_per_claim(total)


def test_a_worker_killed_mid_scan_is_replaced_and_no_flag_is_lost_or_doubled(redis_url):
    total = expired_claims(60_000)
    env = {"CLAIMTRACK_SCAN_BATCH": "500", "CELERY_VISIBILITY_TIMEOUT": "3"}
    first = start_worker(redis_url, "scans", **env)
    second = None
    use_broker(redis_url)
    try:
        stale_scan_task.delay()
        deadline = time.monotonic() + 60
        while Flag.objects.filter(kind="stale").count() < 2000 and time.monotonic() < deadline:
            assert first.poll() is None, first.stdout.read()
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        partial = Flag.objects.filter(kind="stale").count()
        assert 0 < partial < total, "the kill must land in the middle of the scan"
        second = start_worker(redis_url, "scans", **env)
        deadline = time.monotonic() + 120
        while Flag.objects.filter(kind="stale", state="open").count() < total and time.monotonic() < deadline:
            assert second.poll() is None, second.stdout.read()
            time.sleep(0.2)
        assert_one_open_flag_per_claim(total)
        assert Flag.objects.filter(kind="stale").count() == total
    finally:
        use_broker(None)
        stop(first)
        if second is not None:
            stop(second)
