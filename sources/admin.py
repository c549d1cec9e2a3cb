from django.contrib import admin

from .models import ArticleSource, Citation, LinkCheck, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("url", "name", "domain", "liveness", "last_checked_at")
    list_filter = ("liveness",)
    search_fields = ("url", "name")


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ("claim", "source", "how", "confidence")
    raw_id_fields = ("claim", "source")


@admin.register(ArticleSource)
class ArticleSourceAdmin(admin.ModelAdmin):
    list_display = ("article", "source", "role")


@admin.register(LinkCheck)
class LinkCheckAdmin(admin.ModelAdmin):
    list_display = ("source", "checked_at", "status_code", "outcome")
    list_filter = ("outcome",)
