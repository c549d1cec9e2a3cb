"""Writes for reviews and flags: scans, verdicts, dismissals, each leaving an audit trail."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import Claim
from reviews import scans
from reviews.models import AuditEvent, Flag, Review

SCAN_KINDS = ("stale", "contested")


def scan_run(*, kind: str, now: dt.datetime | None = None) -> dict:
    if kind not in SCAN_KINDS:
        raise ValueError(f"unknown scan {kind!r}: expected one of {', '.join(SCAN_KINDS)}")
    return scans.scan(kind, now=now or timezone.now(), default_shelf=dict(settings.CLAIMTRACK_SHELF_LIFE_DAYS),
                      batch=settings.CLAIMTRACK_SCAN_BATCH)


@transaction.atomic
def review_submit(*, claim: Claim, reviewer, verdict: str, note: str = "") -> Review:
    if verdict not in Review.Verdict.values:
        raise ValidationError(f"unknown verdict {verdict!r}")
    review = Review.objects.create(claim=claim, reviewer=reviewer, verdict=verdict, note=note)
    Claim.objects.filter(pk=claim.pk).update(reviewed_at=review.created_at, review_status=Claim.ReviewStatus.REVIEWED)
    AuditEvent.objects.create(newsroom_id=claim.article.newsroom_id, actor=reviewer, action="review_submitted",
                              target_type="claim", target_id=str(claim.pk), data={"verdict": verdict})
    return review


@transaction.atomic
def flag_dismiss(*, flag: Flag, user, note: str) -> Flag:
    """Dismiss an open flag; the same reason will not raise it again."""
    if not note.strip():
        raise ValidationError("a dismissal needs a note saying why")
    updated = Flag.objects.filter(pk=flag.pk, state=Flag.State.OPEN).update(
        state=Flag.State.DISMISSED, note=note, closed_at=timezone.now(), closed_by=user)
    if not updated:
        raise ValidationError("only an open flag can be dismissed")
    AuditEvent.objects.create(newsroom_id=flag.claim.article.newsroom_id, actor=user, action="flag_dismissed",
                              target_type="flag", target_id=str(flag.pk), data={"note": note, "reason_key": flag.reason_key})
    flag.refresh_from_db()
    return flag
