from django.contrib import admin

from .models import Assignment, AuditEvent, Flag, Review


@admin.register(Flag)
class FlagAdmin(admin.ModelAdmin):
    list_display = ("claim", "kind", "state", "severity", "created_at")
    list_filter = ("kind", "state", "severity")
    raw_id_fields = ("claim",)


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ("claim", "reviewer", "verdict", "created_at")
    raw_id_fields = ("claim",)


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ("claim", "reviewer", "due_at", "completed_at")
    raw_id_fields = ("claim",)


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("action", "target_type", "target_id", "actor", "created_at")
    list_filter = ("action",)
