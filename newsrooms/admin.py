from django.contrib import admin

from .models import ApiKey, Membership, Newsroom, Webhook, WebhookDelivery


@admin.register(Newsroom)
class NewsroomAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "review_policy_days", "created_at")
    search_fields = ("name", "slug")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "newsroom", "role")
    list_filter = ("role", "newsroom")


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "newsroom", "created_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash")


@admin.register(Webhook)
class WebhookAdmin(admin.ModelAdmin):
    list_display = ("url", "newsroom", "active")


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin):
    list_display = ("webhook", "event", "status", "attempts", "created_at")
    list_filter = ("status",)
