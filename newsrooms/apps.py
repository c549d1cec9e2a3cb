from django.apps import AppConfig


class NewsroomsConfig(AppConfig):
    name = "newsrooms"
    default_auto_field = "django.db.models.BigAutoField"
