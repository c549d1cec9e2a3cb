"""An email newsletter laid out in tables: its hidden preheader, the bold line that heads a cell's
section, the issue's date in the title."""
from claims.analysis import Document, analyze
from claims.analysis.normalize import normalize

from .stage_helpers import CONFIG

MAILER = """<html><head><title>Tenant News - November 2026</title></head><body>
<span style="color:#fff;display:none;max-height:0">Repairs backlog halved and rents for 2027</span>
<table role="presentation"><tr><td><font size="5"><b>Tenant News</b></font></td></tr>
<tr><td><font size="4"><b>Repairs backlog halved</b></font><br /><br />
<font size="2">The number of repairs waiting more than 28 days has fallen from 1,840 in April to 910.<br /><br />
We hired 14 extra trades staff over the summer.</font></td></tr>
<tr><td><b>Rents</b> <a href="https://example.org/rents">from April</a><br /><br />The board has agreed a rise of 4.8%.</td></tr>
</table></body></html>"""


def test_a_preheader_hidden_by_its_style_is_no_claim():
    norm = normalize(MAILER, "html")
    assert "Repairs backlog halved and rents" not in norm.text
    visible = normalize('<p style="color: red">Fares rose by 4% in May.</p>', "html")
    assert "Fares rose by 4% in May." in visible.text


def test_a_bold_line_over_a_cell_s_prose_heads_its_section():
    analysis = analyze(Document(MAILER, "html"), config=CONFIG)
    assert [h.text for h in analysis.headings] == ["Repairs backlog halved"]
    assert [c.text for c in analysis.claims] == [
        "The number of repairs waiting more than 28 days has fallen from 1,840 in April to 910.",
        "We hired 14 extra trades staff over the summer.",
        "The board has agreed a rise of 4.8%.",
    ]


def test_a_date_closing_the_page_title_dates_the_issue_and_names_no_publisher():
    analysis = analyze(Document(MAILER, "html"), config=CONFIG)
    assert (analysis.document.published, analysis.document.publisher) == ("2026-11", None)
    assert [t.value for t in analysis.claims[0].times] == ["2026-04"]
    site = analyze(Document("<html><head><title>Fares rise - Kelby Post</title></head><body><p>Fares rose by 4% "
                            "in May 2026.</p></body></html>", "html"), config=CONFIG)
    assert site.document.publisher == "Kelby Post"
