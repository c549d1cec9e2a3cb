"""Cross-article matching through ingest: PostgreSQL's full-text and trigram candidates under
make test, the scan fallback on SQLite."""
import datetime as dt

import pytest
from django.db.models import F

from claims import services
from claims.analysis import Document
from claims.models import ClaimRelation

pytestmark = pytest.mark.django_db(transaction=True)

TOWN_HALL = """Water Main Burst Floods Market Square

A water main burst under Market Square in Dunholm on Monday night. The utility company Northwater said 40 homes lost
their water supply overnight. Repairs to the pipe will cost about 250,000 pounds, the council said.
The council said the pipe had been inspected in March and found in good condition."""

RESIDENTS = """Residents Say Warnings Went Unheeded

Northwater said 40 homes lost their water supply after the burst on Monday night. Residents' association chair Ola
Brandt said that at least 120 homes lost their water supply overnight. The claim that the pipe was in good condition
is contradicted by photographs of a leaking joint that residents sent to the council in February."""


def relations_between(a, b):
    pairs = ClaimRelation.objects.filter(from_claim__article__in=[a, b], to_claim__article__in=[a, b]).exclude(
        from_claim__article=a, to_claim__article=a).exclude(from_claim__article=b, to_claim__article=b)
    return {(r.from_claim.text[:30], r.to_claim.text[:30], r.type) for r in pairs.select_related("from_claim", "to_claim")}


@pytest.fixture(params=["scan", "index"])
def matching_path(request, settings):
    """Both ways of choosing candidates: the claim-by-claim scan and, on PostgreSQL, the index."""
    from django.db import connection

    if request.param == "index":
        if connection.vendor != "postgresql":
            pytest.skip("the full-text index is PostgreSQL's")
        settings.CLAIMTRACK_MATCH_SCAN_LIMIT = 0
    return request.param


def test_a_new_article_is_matched_against_the_newsrooms_corpus(matching_path):
    newsroom = services.newsroom_get_or_create(slug="dunholm")
    first, _ = services.article_ingest(newsroom=newsroom, document=Document(TOWN_HALL, "text", published=dt.date(2026, 2, 3)))
    second, _ = services.article_ingest(newsroom=newsroom, document=Document(RESIDENTS, "text", published=dt.date(2026, 2, 4)))
    found = relations_between(first.article, second.article)
    types = {}
    for a, b, t in found:
        types.setdefault(frozenset((a.strip(), b.strip())), set()).add(t)
    same = frozenset(("Northwater said 40 homes lost", "The utility company Northwater"))
    conflict = frozenset(("Residents' association chair O", "The utility company Northwater"))
    counter = frozenset(("The claim that the pipe was in", "The council said the pipe had"))
    assert "same_as" in types.get(same, set())
    assert "conflicts" in types.get(conflict, set())
    if matching_path == "scan":
        # the two claims share one of their six longest words, fewer than the index asks for
        # (docs/BENCHMARKS.md: the price of sub-second matching on a million claims)
        assert "counters" in types.get(counter, set())
    assert not any("conflicts" in t for pair, t in types.items() if pair == same)


def test_articles_of_other_newsrooms_are_never_matched():
    services.article_ingest(newsroom=services.newsroom_get_or_create(slug="one"), document=Document(TOWN_HALL, "text"))
    services.article_ingest(newsroom=services.newsroom_get_or_create(slug="two"), document=Document(RESIDENTS, "text"))
    assert not ClaimRelation.objects.exclude(from_claim__article__newsroom=F("to_claim__article__newsroom")).exists()


def test_relations_command_prints_every_relation_of_the_newsroom(capsys):
    import json

    from django.core.management import call_command

    newsroom = services.newsroom_get_or_create(slug="dunholm")
    services.article_ingest(newsroom=newsroom, document=Document(TOWN_HALL, "text"))
    services.article_ingest(newsroom=newsroom, document=Document(RESIDENTS, "text"))
    call_command("relations", "--newsroom", "dunholm", "--json")
    out = json.loads(capsys.readouterr().out)
    assert len(out) == ClaimRelation.objects.count() > 0
    assert set(out[0]) >= {"from", "to", "type", "score", "origin"}
    assert {r["origin"] for r in out} == {"detected"}
    assert any(r["from"]["article"] != r["to"]["article"] for r in out)
