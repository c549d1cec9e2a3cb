from django.contrib import admin

from .models import Article, ArticleVersion, Claim, ClaimRelation


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "newsroom", "published", "created_at")
    list_filter = ("newsroom",)
    search_fields = ("title", "url")


@admin.register(ArticleVersion)
class ArticleVersionAdmin(admin.ModelAdmin):
    list_display = ("article", "format", "sha256", "pipeline_version", "analyzed_at")
    exclude = ("analysis",)


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ("text", "kind", "checkworthy", "time_sensitive", "expires", "review_status", "anchor_state")
    list_filter = ("kind", "checkworthy", "time_sensitive", "review_status", "anchor_state")
    search_fields = ("text", "speaker")
    raw_id_fields = ("article", "version")


@admin.register(ClaimRelation)
class ClaimRelationAdmin(admin.ModelAdmin):
    list_display = ("from_claim", "type", "to_claim", "origin", "score")
    list_filter = ("type", "origin")
    raw_id_fields = ("from_claim", "to_claim")
