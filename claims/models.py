from django.db import models

from newsrooms.models import Newsroom


class Article(models.Model):
    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="articles")
    title = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    author = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(max_length=300, blank=True)
    published = models.DateField(null=True, blank=True)
    published_precision = models.CharField(max_length=8, blank=True, help_text="day, month or year")
    published_estimated = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["newsroom", "-created_at"], name="article_newsroom_recent")]

    def __str__(self):
        return self.title or f"Article {self.pk}"


class ArticleVersion(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    raw = models.TextField()
    format = models.CharField(max_length=16)
    sha256 = models.CharField(max_length=64)
    pdf_links = models.JSONField(default=list, blank=True, help_text="Link annotations of a PDF: url, page, anchor_text")
    normalized_text = models.TextField(blank=True)
    pipeline_version = models.CharField(max_length=16, blank=True)
    analysis = models.JSONField(null=True, blank=True)
    analyzed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "sha256"], name="one_version_per_article_content")]
        indexes = [models.Index(fields=["sha256"], name="version_sha256")]
        get_latest_by = "created_at"


class Claim(models.Model):
    class Kind(models.TextChoices):
        FACT = "fact"
        OPINION = "opinion"
        PREDICTION = "prediction"
        QUESTION = "question"
        REFERENCE = "reference"

    class ReviewStatus(models.TextChoices):
        UNREVIEWED = "unreviewed"
        IN_REVIEW = "in_review"
        REVIEWED = "reviewed"

    class AnchorState(models.TextChoices):
        ANCHORED = "anchored"
        CHANGED = "changed"
        ORPHANED = "orphaned"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="claims")
    version = models.ForeignKey(ArticleVersion, on_delete=models.CASCADE, related_name="claims")
    ordinal = models.PositiveIntegerField()
    # W3C Web Annotation selectors: TextPositionSelector (start, end) and TextQuoteSelector.
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    prefix = models.CharField(max_length=64, blank=True)
    suffix = models.CharField(max_length=64, blank=True)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    checkworthiness = models.FloatField(default=0.0)
    checkworthy = models.BooleanField(default=False)
    speaker = models.CharField(max_length=300, blank=True)
    speaker_vague = models.BooleanField(default=False)
    times = models.JSONField(default=list, blank=True)
    quantities = models.JSONField(default=list, blank=True)
    time_sensitive = models.BooleanField(default=False)
    expires = models.CharField(max_length=10, blank=True, help_text="ISO date or reduced date")
    expires_on = models.DateField(null=True, blank=True, help_text="`expires` as a day, for the scans")
    time_basis = models.CharField(max_length=300, blank=True, help_text="Why the claim is time-sensitive (rule and words)")
    reviewed_at = models.DateTimeField(null=True, blank=True, help_text="When the latest review was submitted")
    evidence = models.JSONField(default=list, blank=True)
    review_status = models.CharField(max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED)
    anchor_state = models.CharField(max_length=16, choices=AnchorState.choices, default=AnchorState.ANCHORED)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["version", "ordinal"], name="one_claim_per_version_ordinal")]
        indexes = [
            models.Index(fields=["article", "ordinal"], name="claim_article_ordinal"),
            models.Index(fields=["expires_on"], name="claim_expires_on", condition=models.Q(time_sensitive=True)),
            models.Index(fields=["kind", "checkworthy"], name="claim_kind_checkworthy"),
        ]
        ordering = ["article_id", "ordinal"]

    def __str__(self):
        return self.text[:80]


class ClaimRelation(models.Model):
    class Type(models.TextChoices):
        COUNTERS = "counters"
        SUPPORTS = "supports"
        SAME_AS = "same_as"
        CONFLICTS = "conflicts"

    class Origin(models.TextChoices):
        DETECTED = "detected"
        REVIEWER = "reviewer"

    from_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_out")
    to_claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="relations_in")
    type = models.CharField(max_length=16, choices=Type.choices)
    origin = models.CharField(max_length=16, choices=Origin.choices, default=Origin.DETECTED)
    score = models.FloatField(default=0.0)
    evidence = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["from_claim", "to_claim", "type", "origin"], name="one_relation_per_pair_type_origin"),
            models.CheckConstraint(condition=~models.Q(from_claim=models.F("to_claim")), name="relation_not_to_itself"),
        ]
        indexes = [models.Index(fields=["to_claim", "type"], name="relation_to_type")]
