import datetime as dt

import pytest

from claims import services
from claims.analysis import Document
from claims.models import Claim
from reviews import services as review_services
from reviews.models import Flag, Review

pytestmark = pytest.mark.django_db(transaction=True)

FIRST = """The museum reopened on May 2, 2024, after a two-year renovation.
Its director said the project cost 14 million euros.
Visitor numbers have doubled since the reopening.
A new wing will open in 2027."""

SECOND = """Update: the museum's shop is closed this week.

The museum reopened on May 2, 2024, after a two-year renovation.
Its director said the project cost 16 million euros.
A new wing will open in 2027."""


@pytest.fixture
def revised(django_user_model):
    newsroom = services.newsroom_get_or_create(slug="culture")
    v1, _ = services.article_ingest(newsroom=newsroom, document=Document(FIRST, "text", published=dt.date(2024, 6, 1)), title="Museum")
    reviewer = django_user_model.objects.create_user("r", password="x")
    cost = Claim.objects.get(version=v1, text__contains="14 million")
    review_services.review_submit(claim=cost, reviewer=reviewer, verdict="true")
    v2, created = services.article_ingest(newsroom=newsroom, document=Document(SECOND, "text", published=dt.date(2024, 6, 1)), title="Museum")
    assert created and v2.article_id == v1.article_id
    return v1, v2


def test_unchanged_claims_are_re_anchored_to_the_new_version_at_their_new_offsets(revised):
    v1, v2 = revised
    reopened = Claim.objects.get(text__startswith="The museum reopened")
    assert reopened.version_id == v2.id and reopened.anchor_state == "anchored"
    v2.refresh_from_db()
    assert v2.normalized_text[reopened.start:reopened.end] == reopened.text


def test_a_changed_claim_keeps_its_review_history_and_raises_text_changed(revised):
    _, v2 = revised
    cost = Claim.objects.get(text__contains="16 million")
    assert cost.anchor_state == "changed" and cost.version_id == v2.id
    assert Review.objects.filter(claim=cost, verdict="true").exists()
    assert Flag.objects.get(claim=cost, kind="text_changed", state="open").reasons


def test_a_claim_gone_from_the_text_is_orphaned_and_new_sentences_become_new_claims(revised):
    v1, v2 = revised
    gone = Claim.objects.get(text__startswith="Visitor numbers have doubled")
    assert gone.anchor_state == "orphaned" and gone.version_id == v1.id
    assert Claim.objects.filter(version=v2, text__contains="shop is closed").exists()
    assert Claim.objects.filter(article=v2.article).count() == 5
