import json

import pytest
from django.core.management import CommandError, call_command

from claims import services
from claims.analysis import Document
from tests.claims.test_matching import RESIDENTS, TOWN_HALL

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def articles():
    newsroom = services.newsroom_get_or_create(slug="dunholm")
    first, _ = services.article_ingest(newsroom=newsroom, document=Document(TOWN_HALL, "text"))
    second, _ = services.article_ingest(newsroom=newsroom, document=Document(RESIDENTS, "text"))
    return first.article, second.article


def export(capsys, *args):
    call_command("export", *map(str, args))
    return capsys.readouterr().out


def test_export_graph_covers_the_article_and_the_claims_it_is_linked_to(articles, capsys):
    first, second = articles
    graph = json.loads(export(capsys, second.id, "--format", "graph"))
    assert {n["article"] for n in graph["nodes"]} == {first.id, second.id}
    assert {e["type"] for e in graph["edges"]} >= {"same_as", "conflicts", "counters"}


def test_export_aif_and_argdown_of_one_claims_neighbourhood(articles, capsys):
    _, second = articles
    aif = json.loads(export(capsys, second.id, "--format", "aif", "--claim", 2))
    assert any(n["type"] == "CA" for n in aif["nodes"]) and aif["edges"]
    argdown = export(capsys, second.id, "--format", "argdown", "--claim", 2)
    assert f"[a{second.id}c2]: Residents' association chair Ola Brandt" in argdown
    assert "><" in argdown


def test_export_of_a_missing_article_or_claim_is_a_clear_error(articles):
    with pytest.raises(CommandError, match="no article"):
        call_command("export", "99999")
    with pytest.raises(CommandError, match="has no claim 99"):
        call_command("export", str(articles[0].id), "--claim", "99")
