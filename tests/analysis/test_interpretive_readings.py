"""Per-stage cases written for Claimtrack: the readings an interpretive memo or a news analysis gives in plain
words — a temper compared, a mood told as changed, a risk weighed, a cause weighed — beside the told sentences
that look like them."""
import datetime as dt

import pytest

from claims.analysis import Document, analyze

from .stage_helpers import CONFIG, analyzed, only_claim

MARCH_2025 = dt.date(2025, 3, 10)


def kinds(text, published=MARCH_2025):
    return [c.kind for c in analyzed(text, published=published).values()]


@pytest.mark.parametrize("text,value", [
    ("A spokesman said demarcation would take at least two more years.", "P2Y"),
    ("The board should fund the service for three more years.", "P3Y"),
])
def test_a_span_of_more_years_is_a_duration(text, value):
    claim = only_claim(text, MARCH_2025)
    assert [t.value for t in claim.times] == [value]
    assert not claim.quantities


def test_a_news_page_s_date_line_under_its_byline_dates_no_sentence():
    page = ("<html><head><meta property='article:published_time' content='2025-04-17T09:30:00+05:00'></head><body><article>"
            "<h1>Border road reopens</h1><p class='byline'>By Aida Sultanova, Bishkek</p>"
            "<time datetime='2025-04-17'>17 April 2025</time>"
            "<p>Tajik officials were more cautious.</p><p>The road had been closed since April 2021.</p></article></body></html>")
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [h.text for h in result.headings] == ["Border road reopens"]
    assert [(c.text, [t.value for t in c.times]) for c in result.claims] == [
        ("Tajik officials were more cautious.", []), ("The road had been closed since April 2021.", ["2021-04"])]
    # a timeline's dates, after prose, still head their entries
    page = ("<html><body><article><h1>Tram delays</h1><p>The line has been delayed twice.</p>"
            "<div>March 2016</div><p>The council approves the extension.</p></article></body></html>")
    claims = analyze(Document(page, "html"), config=CONFIG).claims
    assert [t.value for t in claims[-1].times] == ["2016-03"]


@pytest.mark.parametrize("credit", ["Additional reporting by Farrukh Yusupov in Dushanbe.",
                                    "Reporting by Lena Marsh in Moscow; additional reporting by Ana Ruiz in Kyiv; Editing by Tom Reyes"])
def test_a_credit_that_says_where_each_reporter_was_is_no_claim(credit):
    page = f"<article><h1>Talks</h1><p>The talks collapsed on Monday.</p><p><em>{credit}</em></p></article>"
    assert [c.text for c in analyze(Document(page, "html"), config=CONFIG).claims] == ["The talks collapsed on Monday."]
