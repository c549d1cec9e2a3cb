from celery import shared_task
from django.db import InterfaceError, OperationalError

from sources import services


@shared_task(acks_late=True, autoretry_for=(OperationalError, InterfaceError), retry_backoff=True, retry_jitter=True, max_retries=5)
def link_check_task() -> dict:
    return services.link_check_run()
