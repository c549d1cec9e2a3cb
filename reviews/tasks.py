"""Periodic scans. Each is idempotent: running it twice, or twice at once, leaves the same flags."""
from celery import shared_task
from django.db import InterfaceError, OperationalError

from reviews import services


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, retry_jitter=True, max_retries=5)
def stale_scan_task() -> dict:
    return services.scan_run(kind="stale")


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, retry_jitter=True, max_retries=5)
def contested_scan_task() -> dict:
    return services.scan_run(kind="contested")
