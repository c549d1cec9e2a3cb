import os

import pytest

REQUIRE_SERVICES = os.environ.get("CLAIMTRACK_REQUIRE_SERVICES") == "1"


def pytest_configure(config):
    from django.conf import settings

    if REQUIRE_SERVICES and settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise pytest.UsageError("make test runs against PostgreSQL: DATABASE_URL must name one")


@pytest.fixture
def redis_url():
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        if REQUIRE_SERVICES:
            pytest.fail("TEST_REDIS_URL is not set although make test promises a Redis")
        pytest.skip("needs a Redis: run through `make test`")
    return url
