"""Celery tasks for articles: thin, idempotent, retried only on transient database errors."""
from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims import matching, services


@shared_task(bind=True, acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True,
             retry_jitter=True, max_retries=5)
def version_analyze_task(self, version_id: int) -> dict:
    return services.version_analyze(version_id=version_id)


@shared_task(bind=True, acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True,
             retry_jitter=True, max_retries=5)
def claims_match_task(self, version_id: int) -> dict:
    return matching.claims_match(version_id=version_id)
