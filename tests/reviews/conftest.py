import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from claims import services
from claims.analysis import Document

ARTICLE = """Flood Barrier Review

On March 3, 2020, the regional authority opened the Kessel flood barrier on the river Aln. Engineers
said the temporary pumps are expected to stay for two years. So far, the barrier has held back
three spring floods. The barrier is currently the only protection for the lower town.

The contractor Fenwick Ltd claimed that the authority cut the maintenance budget by a third in 2020.
The regional authority denied that the maintenance budget for the barrier was cut by a third.
Next winter, the authority will install a second gate.
"""


@pytest.fixture
def article_version(db):
    newsroom = services.newsroom_get_or_create(slug="rivers")
    version, _ = services.article_ingest(newsroom=newsroom, document=Document(ARTICLE, "text", published=dt.date(2021, 3, 1)),
                                         title="Flood barrier review")
    services.version_analyze(version_id=version.id)
    version.refresh_from_db()
    return version


@pytest.fixture
def reviewer(db):
    return get_user_model().objects.create_user("checker", password="x")


def claim_with(version, words):
    return version.claims.get(text__contains=words)
