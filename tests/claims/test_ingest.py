from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims import services
from claims.analysis import Document
from claims.models import Article, ArticleVersion, Claim, ClaimRelation
from newsrooms.models import Newsroom
from sources.models import ArticleSource, Citation, Source

pytestmark = pytest.mark.django_db(transaction=True)
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "harbour-bridge-closure.html"


def counts():
    return tuple(m.objects.count() for m in (Newsroom, Article, ArticleVersion, Claim, ClaimRelation, Source, Citation, ArticleSource))


def test_ingest_stores_the_article_its_claims_sources_and_relations(capsys):
    call_command("ingest", str(SAMPLE), "--newsroom", "ledger")
    article_id = int(capsys.readouterr().out.strip())
    article = Article.objects.get(pk=article_id)
    assert article.newsroom.slug == "ledger"
    assert article.title.startswith("Millford's Harbour Bridge")
    assert str(article.published) == "2026-03-14"
    version = article.versions.get()
    claims = list(version.claims.order_by("ordinal"))
    assert len(claims) == len(version.analysis["claims"]) > 10
    assert all(version.normalized_text[c.start:c.end] == c.text for c in claims)
    assert Citation.objects.filter(claim__article=article, source__url__contains="traffic-counts-2025").exists()
    assert ClaimRelation.objects.filter(from_claim__article=article, type="counters").exists()


def test_ingesting_the_same_content_again_changes_nothing(capsys):
    call_command("ingest", str(SAMPLE), "--newsroom", "ledger")
    before = counts()
    call_command("ingest", str(SAMPLE), "--newsroom", "ledger")
    assert counts() == before
    ids = capsys.readouterr().out.split()
    assert ids[0] == ids[1]


def test_running_the_analysis_twice_writes_the_same_rows():
    newsroom = services.newsroom_get_or_create(slug="twice")
    version, _ = services.article_ingest(newsroom=newsroom, document=Document(raw=SAMPLE.read_text(), format="html"))
    before = counts()
    result = services.version_analyze(version_id=version.id)
    assert result["status"] == "already_analyzed"
    assert counts() == before


def test_a_missing_version_is_reported_not_raised():
    assert services.version_analyze(version_id=987654)["status"] == "missing"


@pytest.mark.parametrize("content", [b"", b"\x00\xff\x00binary" * 20])
def test_bad_input_writes_nothing(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    before = counts()
    with pytest.raises(CommandError):
        call_command("ingest", str(path), "--newsroom", "fresh")
    assert counts() == before


def test_a_missing_file_writes_nothing(tmp_path):
    before = counts()
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", str(tmp_path / "nope.md"), "--newsroom", "fresh")
    assert counts() == before
