from pathlib import Path

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True)
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "harbour-bridge-closure.html"


def test_the_home_page_lists_articles_and_the_article_page_shows_its_claims(client, capsys):
    call_command("ingest", str(SAMPLE), "--newsroom", "ledger")
    article_id = capsys.readouterr().out.strip()
    home = client.get("/")
    assert home.status_code == 200
    assert "Harbour Bridge" in home.content.decode()
    page = client.get(f"/articles/{article_id}/").content.decode()
    assert "The council accused Dunmore Civil" in page
    assert page.count('class="claim-row"') > 10


def test_an_unknown_article_is_a_404(client):
    assert client.get("/articles/424242/").status_code == 404
