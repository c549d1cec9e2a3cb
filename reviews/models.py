from django.conf import settings
from django.db import models

from claims.models import Claim
from newsrooms.models import Newsroom


class Flag(models.Model):
    class Kind(models.TextChoices):
        STALE = "stale"
        CONTESTED = "contested"
        SOURCE_DEAD = "source_dead"
        TEXT_CHANGED = "text_changed"

    class State(models.TextChoices):
        OPEN = "open"
        RESOLVED = "resolved"
        DISMISSED = "dismissed"

    class Severity(models.TextChoices):
        LOW = "low"
        MEDIUM = "medium"
        HIGH = "high"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="flags")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = models.CharField(max_length=16, choices=State.choices, default=State.OPEN)
    severity = models.CharField(max_length=8, choices=Severity.choices, default=Severity.MEDIUM)
    reasons = models.JSONField(default=list, help_text="Why: rule, words, other claims")
    reason_key = models.CharField(max_length=200, blank=True, help_text="Identifies the condition, so a dismissal sticks")
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "kind"], condition=models.Q(state="open"), name="one_open_flag_per_claim_kind"),
        ]
        indexes = [
            models.Index(fields=["state", "kind", "-created_at"], name="flag_queue"),
            models.Index(fields=["claim", "kind", "reason_key"], name="flag_dismissed_reason", condition=models.Q(state="dismissed")),
        ]


class Review(models.Model):
    class Verdict(models.TextChoices):
        # The ClaimReview rating scale used by fact-checkers (1 = false … 5 = true).
        FALSE = "false"
        MOSTLY_FALSE = "mostly_false"
        MIXED = "mixed"
        MOSTLY_TRUE = "mostly_true"
        TRUE = "true"
        UNVERIFIABLE = "unverifiable"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    verdict = models.CharField(max_length=16, choices=Verdict.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["claim", "-created_at"], name="review_claim_recent")]


class Assignment(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments")
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    due_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["reviewer", "completed_at"], name="assignment_open_by_reviewer")]


class AuditEvent(models.Model):
    newsroom = models.ForeignKey(Newsroom, null=True, blank=True, on_delete=models.CASCADE, related_name="audit_events")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=64)
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["newsroom", "-created_at"], name="audit_newsroom_recent")]
