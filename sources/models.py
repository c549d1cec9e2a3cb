from django.db import models

from claims.models import Article, Claim
from newsrooms.models import Newsroom


class Source(models.Model):
    class Liveness(models.TextChoices):
        UNKNOWN = "unknown"
        LIVE = "live"
        DEAD = "dead"
        PAYWALLED = "paywalled"

    newsroom = models.ForeignKey(Newsroom, on_delete=models.CASCADE, related_name="sources")
    url = models.URLField(max_length=2000, null=True, blank=True, help_text="Normalized address")
    key = models.CharField(max_length=2000, help_text="Identity: the address without scheme and www, or the name")
    name = models.CharField(max_length=300, blank=True)
    domain = models.CharField(max_length=255, blank=True)
    liveness = models.CharField(max_length=16, choices=Liveness.choices, default=Liveness.UNKNOWN)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["newsroom", "key"], name="one_source_per_newsroom_key")]
        indexes = [models.Index(fields=["liveness", "last_checked_at"], name="source_liveness_checked")]

    def __str__(self):
        return self.url or self.name


class Citation(models.Model):
    class How(models.TextChoices):
        INLINE = "inline"
        FOOTNOTE = "footnote"
        REFERENCE = "reference"
        URL_BLOCK = "url_block"
        NAMED = "named"
        PDF_LINK = "pdf_link"
        REVIEWER = "reviewer"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="citations")
    how = models.CharField(max_length=16, choices=How.choices)
    confidence = models.FloatField(default=1.0)
    evidence = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "source"], name="one_citation_per_claim_source")]
        indexes = [models.Index(fields=["source"], name="citation_source")]


class ArticleSource(models.Model):
    """A source tied to the article as a whole: its publisher or author page, or an uncited reference."""

    class Role(models.TextChoices):
        PUBLISHER = "publisher"
        AUTHOR = "author"
        NAVIGATION = "navigation"
        CITATION = "citation"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="article_sources")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="article_links")
    role = models.CharField(max_length=16, choices=Role.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "source", "role"], name="one_article_source_role")]


class LinkCheck(models.Model):
    class Outcome(models.TextChoices):
        OK = "ok"
        FAILED = "failed"
        PAYWALLED = "paywalled"
        REDIRECT_HOME = "redirect_home"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="checks")
    checked_at = models.DateTimeField()
    method = models.CharField(max_length=8, default="HEAD")
    status_code = models.PositiveIntegerField(null=True, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    final_url = models.URLField(max_length=2000, blank=True)
    error = models.TextField(blank=True)
    elapsed_ms = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["source", "-checked_at"], name="linkcheck_source_recent")]
