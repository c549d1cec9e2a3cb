"""Claimtrack settings: everything from the environment (see .env.example), safe embedded defaults."""
from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .env import database_from_url, env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and env_bool("DJANGO_REQUIRE_SECRET", False):
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required in production")
    SECRET_KEY = "embedded-mode-insecure-key-set-DJANGO_SECRET_KEY-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "newsrooms",
    "claims",
    "sources",
    "reviews",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {"default": database_from_url(env_str("DATABASE_URL"), BASE_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
LOGIN_URL = "/admin/login/"

REST_FRAMEWORK = {
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
}

# Celery: no broker means the embedded mode, where the same tasks run in-process.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL")
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = True
if CELERY_BROKER_URL is None:
    CELERY_BROKER_URL = "memory://localhost/"
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_ROUTES = {
    "claims.tasks.claims_match_task": {"queue": "matching"},
    "claims.tasks.*": {"queue": "analysis"},
    "sources.tasks.*": {"queue": "links"},
    "reviews.tasks.*": {"queue": "scans"},
    "newsrooms.tasks.*": {"queue": "webhooks"},
}
CELERY_TASK_DEFAULT_QUEUE = "analysis"

# The analysis engine's knobs (read by claims.config_factory).
CLAIMTRACK_CHECKWORTHY_THRESHOLD = float(env_str("CLAIMTRACK_CHECKWORTHY_THRESHOLD", "0.5"))
CLAIMTRACK_SHELF_LIFE_DAYS = {
    kind: env_int(f"CLAIMTRACK_SHELF_LIFE_{kind.upper()}_DAYS", days)
    for kind, days in {"fact": 365, "opinion": 730, "prediction": 730, "question": 1825, "reference": 1825}.items()
}
CLAIMTRACK_MATCH_SCAN_LIMIT = env_int("CLAIMTRACK_MATCH_SCAN_LIMIT", 5000)
CLAIMTRACK_SCAN_BATCH = env_int("CLAIMTRACK_SCAN_BATCH", 100_000)
# Outbound link checks are off unless asked for: development machines and tests stay offline.
CLAIMTRACK_LINK_CHECK = env_bool("CLAIMTRACK_LINK_CHECK", False)
CLAIMTRACK_LINK_RECHECK_DAYS = env_int("CLAIMTRACK_LINK_RECHECK_DAYS", 3)
CLAIMTRACK_LINK_CHECK_BATCH = env_int("CLAIMTRACK_LINK_CHECK_BATCH", 500)
CLAIMTRACK_LINK_TIMEOUT_SECONDS = env_int("CLAIMTRACK_LINK_TIMEOUT_SECONDS", 10)
CLAIMTRACK_PAYWALLED_DOMAINS = env_list("CLAIMTRACK_PAYWALLED_DOMAINS", [
    "nytimes.com", "wsj.com", "ft.com", "economist.com", "washingtonpost.com", "bloomberg.com", "thetimes.co.uk",
    "telegraph.co.uk", "lemonde.fr", "spiegel.de", "haaretz.com", "theatlantic.com", "newyorker.com", "wired.com",
])

# Celery beat: the scans and the link check, at intervals from the environment.
CELERY_BEAT_SCHEDULE = {
    "stale-scan": {"task": "reviews.tasks.stale_scan_task", "schedule": 60.0 * env_int("CLAIMTRACK_STALE_SCAN_MINUTES", 60)},
    "contested-scan": {"task": "reviews.tasks.contested_scan_task", "schedule": 60.0 * env_int("CLAIMTRACK_CONTESTED_SCAN_MINUTES", 30)},
    "link-check": {"task": "sources.tasks.link_check_task", "schedule": 60.0 * env_int("CLAIMTRACK_LINK_CHECK_MINUTES", 360)},
}
_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # a short visibility timeout is only useful if abandoned tasks are looked for as often
    "unacked_restore_interval": 1 if _VISIBILITY_TIMEOUT < 60 else 10,
    "unacked_restore_throttle": 1 if _VISIBILITY_TIMEOUT < 60 else 10,
}

CLAIMTRACK_MAX_UPLOAD_BYTES = env_int("CLAIMTRACK_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", False)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", False)
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", False)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_TLS_PROXY", False) else None
    SECURE_CONTENT_TYPE_NOSNIFF = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "WARNING")},
}
