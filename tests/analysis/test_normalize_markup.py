import pytest

from claims.analysis import Document, analyze
from claims.analysis.normalize import normalize
from claims.analysis.segment import segment

from .stage_helpers import CONFIG


def texts(norm):
    """The sentences of a normalized document, as text."""
    return [norm.text[s.start:s.end] for s in segment(norm)]


HTML = """<html><head><title>Dam repairs | The River Post</title>
<meta property="article:published_time" content="2026-02-01T10:00:00Z"></head>
<body><nav><a href="https://riverpost.example/">Home</a></nav>
<article><h1>Dam repairs begin</h1>
<p class="byline">By <a href="https://riverpost.example/staff/ann-lee">Ann Lee</a></p>
<figure><figcaption>The dam at dawn. (Photo: River Post)</figcaption></figure>
<p>Repairs began on Monday, the <a href="https://water.example/news?id=4&amp;utm_source=x">water board</a> said.
Costs reached &euro;3&nbsp;million.</p>
<p class="newsletter">Sign up for our newsletter.</p>
<p><a href="javascript:alert(1)">Click here</a> for nothing.</p>
</article></body></html>"""


def test_html_keeps_prose_and_sets_aside_navigation_bylines_captions_and_promos():
    norm = normalize(HTML, "html")
    sents = texts(norm)
    assert sents == ["Repairs began on Monday, the water board said.", "Costs reached €3 million.", "Click here for nothing."]
    assert norm.metadata.title == "Dam repairs begin"
    assert norm.metadata.published == "2026-02-01"
    assert norm.metadata.author == "Ann Lee"
    assert norm.metadata.publisher == "The River Post"


def test_html_links_keep_their_anchor_span_and_script_links_stay_text():
    norm = normalize(HTML, "html")
    prose = [link for link in norm.links if link.end > link.start]
    assert [(norm.text[link.start:link.end], link.href) for link in prose] == [("water board", "https://water.example/news?id=4&utm_source=x")]
    assert {link.role for link in norm.links if link.end == link.start} == {"author", "navigation"}


MARKDOWN = """# Rail strike talks stall

Published 3 March 2026 · Statement by Sam Ortiz, [Rail Union](https://railunion.example/)

Drivers walked out on **Tuesday** after talks broke down [1]. Management offered 2 per cent.[2] The union
wants 6 per cent, see [our claim](https://railunion.example/claim).

## References

1. Talks log, 2 March 2026. https://railunion.example/log
2. Company letter of 1 March 2026.
"""


def test_markdown_strips_markup_and_keeps_markers_inside_the_sentence():
    norm = normalize(MARKDOWN, "markdown")
    sents = texts(norm)
    assert sents == [
        "Drivers walked out on Tuesday after talks broke down [1].",
        "Management offered 2 per cent.",
        "The union wants 6 per cent, see our claim.",
    ]
    assert norm.metadata.title == "Rail strike talks stall"
    assert norm.metadata.published == "2026-03-03"
    assert norm.metadata.author == "Sam Ortiz"


def test_markdown_reference_list_is_structure_not_prose():
    norm = normalize(MARKDOWN, "markdown")
    assert [(r.label, r.urls) for r in norm.references] == [("1", ("https://railunion.example/log",)), ("2", ())]
    assert [(m.label, m.after_sentence) for m in norm.markers] == [("1", False), ("2", True)]


NO_ARTICLE_TAG = """<html><head><title>Tram extension approved - Northbridge Daily</title></head><body>
<header><a href="https://northbridgedaily.example/">Northbridge Daily</a><ul class="menu"><li><a href="/news">News</a></li></ul></header>
<div class="story-body"><h1>Tram extension approved</h1>
<p>The council voted 31 to 12 to extend the line.<sup><a href="#fn1">1</a></sup> It will cost
<a href="/docs/business-case">240 million pounds</a>.</p>
<ol class="footnotes"><li id="fn1">Council minutes, <a href="https://city.example/minutes/7">city.example</a></li></ol>
</div><footer><p>All rights reserved.</p></footer></body></html>"""


def test_html_without_an_article_tag_keeps_the_story_and_resolves_notes_and_relative_links():
    from claims.analysis import AnalysisConfig, Document, analyze
    import datetime as dt

    result = analyze(Document(NO_ARTICLE_TAG, "html"), config=AnalysisConfig(now=dt.date(2026, 1, 1)))
    assert [c.text for c in result.claims] == ["The council voted 31 to 12 to extend the line.", "It will cost 240 million pounds."]
    assert result.document.publisher == "Northbridge Daily"
    cited = {s.url: (s.how, s.claims) for s in result.sources if s.role == "citation"}
    assert cited == {"https://city.example/minutes/7": ("footnote", ("c1",)),
                     "https://northbridgedaily.example/docs/business-case": ("inline", ("c2",))}


BRIEF = """---
title: Bus fares in Lenholm
author: Ines Duarte
date: 2025-02-14
---

Bus fares in Lenholm
====================

*Briefing for the regional assembly*

Single fares rose to 2.40 euros in 2024.[^1]
The operator says the rise pays for new buses; riders dispute that.[^2]

Key figures
-----------

- Ridership fell 4% in 2024, according to the [authority](https://transit.example/ridership).

[^1]: Fare tables 2024. https://transit.example/fares
[^2]: Riders' Forum statement.
"""


def test_markdown_front_matter_setext_headings_standfirst_and_footnotes():
    from claims.analysis import AnalysisConfig, Document, analyze
    import datetime as dt

    result = analyze(Document(BRIEF, "markdown"), config=AnalysisConfig(now=dt.date(2026, 1, 1)))
    assert [h.text for h in result.headings] == ["Bus fares in Lenholm", "Key figures"]
    assert [c.text for c in result.claims] == [
        "Single fares rose to 2.40 euros in 2024.",
        "The operator says the rise pays for new buses; riders dispute that.",
        "Ridership fell 4% in 2024, according to the authority.",
    ]
    assert (result.document.author, result.document.published) == ("Ines Duarte", "2025-02-14")
    by_claim = {s.url or s.name: s.claims for s in result.sources}
    assert by_claim["https://transit.example/fares"] == ("c1",)
    assert by_claim["Riders' Forum statement."] == ("c2",)


def test_markdown_bold_lead_in_labels_the_paragraph_and_is_no_sentence():
    norm = normalize("# Floods\n\n**Key points.** The river rose two metres overnight. "
                     "Schools closed.\n\n**The dam held through the night.** Engineers checked it.\n", "markdown")
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    sents = texts(norm)
    assert headings == ["Floods", "Key points"]
    assert sents == ["The river rose two metres overnight.", "Schools closed.",
                     "The dam held through the night.", "Engineers checked it."]


def test_a_short_bold_finding_opening_a_list_item_is_its_first_sentence_not_a_label():
    norm = normalize("# Survey\n\n1. **Food insecurity has grown.** Some 23% of households skipped meals.\n"
                     "2. **Renters are hit hardest.** Private renters were twice as likely to fall behind.\n"
                     "3. **Key numbers.** About 2,150 residents replied.\n", "markdown")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Survey", "Key numbers"]
    assert texts(norm)[:2] == ["Food insecurity has grown.", "Some 23% of households skipped meals."]


def test_a_bold_figure_before_what_it_measures_is_part_of_the_claim():
    norm = normalize("# Key findings\n\n- **£312 a week**: the average cost of a nursery place, up 9% in a year.\n"
                     "- **Costs**: Fees rose in every district.\n", "markdown")
    assert texts(norm) == ["£312 a week: the average cost of a nursery place, up 9% in a year.", "Fees rose in every district."]
    # what it measures may open on a capital ("US aid …"); a date in bold still labels what follows
    norm = normalize("## Numbers of the week\n\n- **$145 million**: US aid promised to Armenia for its border.\n"
                     "- **43 km**: the length of the route.\n\n**2 December**: Commerce added 140 firms to its list.\n", "markdown")
    assert texts(norm) == ["$145 million: US aid promised to Armenia for its border.", "43 km: the length of the route.",
                           "Commerce added 140 firms to its list."]


def test_a_bold_lead_term_the_sentence_runs_on_from_is_its_subject_not_a_label():
    html = normalize("<main><h1>Kel Bridge</h1><p><b>Kel Bridge</b> is a road bridge over the River Kel. "
                     "It opened in 1968.</p><p><b>In short</b> The bridge is safe.</p></main>", "html")
    md = normalize("# Kel Bridge\n\n**Kel Bridge** is a road bridge over the River Kel. It opened in 1968.\n\n"
                   "**In short** The bridge is safe.\n", "markdown")
    for norm in (html, md):
        headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
        assert headings == ["Kel Bridge", "In short"]
        assert texts(norm) == ["Kel Bridge is a road bridge over the River Kel.", "It opened in 1968.", "The bridge is safe."]


def test_a_scoreline_or_key_figures_set_line_by_line_are_no_prose_in_markdown_and_text():
    block = "**Kelby Town 2** (Diallo 34, 67 pen)\n**Harlow Rovers 1** (Price 52)\nAttendance: 4,812"
    figures = "Income: £4.2m\nStaff: 46"
    md = normalize(f"# Match\n\n{block}\n\nDiallo scored twice.\n\n{figures}\n\nThe two sides meet again\nin 2026 at\n"
                   "Mill Lane.\n", "markdown")
    text = normalize(f"Match report\n\n{block.replace('**', '')}\n\nDiallo scored twice, the club said.\n\n{figures}\n", "text")
    assert texts(md) == ["Diallo scored twice.", "The two sides meet again in 2026 at Mill Lane."]
    assert texts(text) == ["Diallo scored twice, the club said."]


def test_html_standfirst_dateline_without_agency_and_bold_lead_in_are_not_prose():
    raw = ("<html><body><main><h1>Tolls to rise</h1>"
           "<p class='dek'>Commuters face higher costs</p>"
           "<p><strong>LAKESIDE —</strong> Tolls will rise by 15% on June 1, the operator said.</p>"
           "<p><strong>What happens next:</strong> The council will vote on March 27.</p>"
           "<p><strong>The council has the final say.</strong> Its vote is binding.</p>"
           "</main></body></html>")
    norm = normalize(raw, "html")
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    sents = texts(norm)
    assert headings == ["Tolls to rise", "What happens next"]
    assert sents == ["Tolls will rise by 15% on June 1, the operator said.", "The council will vote on March 27.",
                     "The council has the final say.", "Its vote is binding."]
    assert ("standfirst", "Commuters face higher costs") in norm.removed
    assert ("dateline", "LAKESIDE —") in norm.removed


def test_a_correction_note_about_the_article_is_no_claim_in_any_format():
    note = "Correction, 15 July 2025: An earlier version of this article gave the number of towns as 24."
    inputs = {
        "html": f"<article><h1>Water limits</h1><p>Supply fell by 9% in June.</p><p><em>{note}</em></p></article>",
        "markdown": f"# Water limits\n\nSupply fell by 9% in June.\n\n*{note}*\n",
        "text": f"Water limits\n\nSupply fell by 9% in June.\n\n{note[:60]}\n{note[60:]}\n",
    }
    for fmt, raw in inputs.items():
        norm = normalize(raw, fmt)
        assert texts(norm) == ["Supply fell by 9% in June."], fmt
        assert any(body.startswith("Correction, 15 July 2025") for _, body in norm.removed), fmt
    # an update carries news and stays
    norm = normalize("# Fire\n\nUpdate: The death toll has risen to 12.\n", "markdown")
    assert texts(norm) == ["Update: The death toll has risen to 12."]


def test_a_footnote_marker_inside_a_sentence_is_markup_not_part_of_the_word_before():
    from claims.analysis import AnalysisConfig, Document, analyze
    import datetime as dt

    html = ('<article><p>Costs rose 14%, mainly because of wage bills<sup><a href="#fn1">1</a></sup>. Fares rise in May.</p>'
            '<ol class="footnotes"><li id="fn1"><a href="https://lta.example/budget">Budget 2026</a></li></ol></article>')
    markdown = "Costs rose 14%, mainly because of wage bills[^1]. Fares rise in May.\n\n[^1]: Budget 2026. https://lta.example/budget\n"
    for raw, fmt in ((html, "html"), (markdown, "markdown")):
        result = analyze(Document(raw, fmt), config=AnalysisConfig(now=dt.date(2026, 1, 1)))
        assert [c.text for c in result.claims] == ["Costs rose 14%, mainly because of wage bills.", "Fares rise in May."], fmt
        assert {s.url: s.claims for s in result.sources if s.role == "citation"} == {"https://lta.example/budget": ("c1",)}, fmt


def test_json_ld_gives_author_publisher_and_date_when_the_page_shows_none_and_broken_json_ld_is_ignored():
    page = """<html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "ignored"},
 {"@type": ["NewsArticle"], "headline": "Fares rise", "datePublished": "2026-01-20T07:00:00Z",
  "author": [{"@type": "Person", "name": "Sam Okoye"}, {"@type": "Person", "name": "Ana Ruiz"}],
  "publisher": {"@type": "Organization", "name": "Lindmark Daily"}}]}</script>
<script type="application/ld+json">{not json</script></head>
<body><article><p>Fares rose by 8% on Monday.</p></article></body></html>"""
    norm = normalize(page, "html")
    assert (norm.metadata.author, norm.metadata.publisher, norm.metadata.published) == (
        "Sam Okoye, Ana Ruiz", "Lindmark Daily", "2026-01-20")
    assert texts(norm) == ["Fares rose by 8% on Monday."]
    broken = normalize('<script type="application/ld+json">[[[</script><p>Fares rose.</p>', "html")
    assert broken.metadata.author is None and texts(broken) == ["Fares rose."]


def test_a_blockquote_repeating_the_story_is_a_pull_quote_and_a_new_quotation_stays():
    page = """<article><p>"We have cut where we can. The alternative to higher fares is fewer buses," said Dana Whitfield.</p>
<blockquote>"The alternative to higher fares is fewer buses."</blockquote>
<blockquote><p>"Every litre we save in July is a litre we can use in September."</p></blockquote></article>"""
    norm = normalize(page, "html")
    sents = texts(norm)
    assert sents[-1] == '"Every litre we save in July is a litre we can use in September."'
    assert sum("fewer buses" in s for s in sents) == 1
    assert ("pull quote", '"The alternative to higher fares is fewer buses."') in norm.removed


def test_image_wrappers_and_fact_boxes_are_set_aside():
    page = """<article><div class="image"><img src="a.jpg"><span class="img-caption">The new centre. Image: Council</span></div>
<p>The centre will cost €40 million.</p>
<div class="factbox"><h4>Key facts</h4><ul><li>Cost: €40 million</li><li>Opening: 2028</li></ul></div></article>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The centre will cost €40 million."]
    assert {what for what, _ in norm.removed} == {"image", "factbox"}


def test_a_site_header_drawn_with_divs_is_set_aside_and_an_entry_header_is_not():
    page = """<div class="site-header"><span class="site-title">Harbour Notes</span> <a href="/about">About</a></div>
<div class="entry-header"><h1>Dredging stalls</h1></div><p>The dredger left the harbour in May.</p>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The dredger left the harbour in May."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Dredging stalls"]


def test_markdown_chart_captions_are_set_aside_and_notes_on_consecutive_lines_are_one_entry_each():
    brief = """# Late trains

Only 71.2% of trains were on time in 2024 [1]. Delays cost £180 million last year [2].

![Chart: on-time arrivals](chart.png)
*Figure 1: Share of trains on time, 2019–2024. Source: Office of Rail Statistics.*

## Notes

[1] Office of Rail Statistics, Performance 2024. <https://railstats.example/2024>
[2] Commuter Research Unit calculation.
"""
    norm = normalize(brief, "markdown")
    assert texts(norm) == [
        "Only 71.2% of trains were on time in 2024 [1].", "Delays cost £180 million last year [2]."]
    assert [(r.label, r.urls) for r in norm.references] == [("1", ("https://railstats.example/2024",)), ("2", ())]
    assert any(body.startswith("Figure 1:") for _, body in norm.removed)


def test_an_update_stamp_and_an_embedded_post_are_not_prose():
    page = """<article><h1>Wildfire near Carrow</h1><p><em>Updated August 3, 2025, 9:10 a.m.</em></p>
<p>The fire had burned about 4,200 hectares by Saturday.</p>
<blockquote class="twitter-tweet"><p>Evacuation centres are open.</p>&mdash; County Fire (@CountyFire) August 2, 2025</blockquote></article>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The fire had burned about 4,200 hectares by Saturday."]
    md = normalize("# Wildfire\n\nUpdated August 3, 2025, 9:10 a.m.\n\nThe fire spread.\n", "markdown")
    assert texts(md) == ["The fire spread."]


def test_wire_furniture_in_and_after_the_prose_is_no_claim():
    from claims.analysis import AnalysisConfig, Document, analyze
    import datetime as dt

    page = """<article><h1>Copper at a record</h1>
<p>Stocks fell to 98,000 tonnes by 1330 GMT. (Graphic: Copper stocks vs prices, <a href="https://graphics.example/c">click here</a>)</p>
<p>(Reporting by Jan Kowal; Editing by Susan Fenton)</p>
<p>Our Standards: <a href="https://wire.example/trust">The Trust Principles.</a></p></article>"""
    result = analyze(Document(page, "html"), config=AnalysisConfig(now=dt.date(2026, 1, 1)))
    assert [c.text for c in result.claims] == ["Stocks fell to 98,000 tonnes by 1330 GMT."]
    assert [(q.value, q.unit) for q in result.claims[0].quantities] == [(98000.0, "tonnes")]
    assert all(not s.claims for s in result.sources)


def test_an_html_link_inside_markdown_is_a_link_and_an_amendment_note_is_no_claim():
    md = ('Bills will rise to £603, according to <a href="https://ofwat.example/bills">the regulator</a>.\n\n'
          '*This article was amended on 20 February 2025 to correct the size of the increase.*\n')
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Bills will rise to £603, according to the regulator."]
    assert [(norm.text[link.start:link.end], link.href) for link in norm.links] == [("the regulator", "https://ofwat.example/bills")]


def test_a_said_colon_line_hands_its_speaker_to_the_quotation_below_it():
    from claims.analysis import AnalysisConfig, Document, analyze
    import datetime as dt

    html = """<main><p>Environment Secretary Priya Shah said:</p>
<blockquote><p>Communities have suffered devastating floods. This funding will protect them.</p></blockquote>
<p>ENDS</p><p>Email: press@env.gov.example</p></main>"""
    md = "Environment Secretary Priya Shah said:\n\n> Communities have suffered devastating floods. This funding will protect them.\n"
    for raw, fmt in ((html, "html"), (md, "markdown")):
        result = analyze(Document(raw, fmt), config=AnalysisConfig(now=dt.date(2026, 1, 1)))
        assert [(c.text, c.speaker) for c in result.claims] == [
            ("Communities have suffered devastating floods.", "Environment Secretary Priya Shah"),
            ("This funding will protect them.", "Environment Secretary Priya Shah")], fmt


def test_a_visible_date_line_dates_a_page_whose_head_gives_none():
    # (a person's name as a part of the dated line names the author too)
    for line, author in (("Date: 3 March 2025", None), ("Posted on March 3, 2025 by Ann Lee", "Ann Lee"),
                         ("March 3, 2025 | Ann Lee", "Ann Lee")):
        for raw, fmt in ((f"# Fares\n\n{line}\n\nFares rose by 5%.\n", "markdown"),
                         (f"<article><h1>Fares</h1><p>{line}</p><p>Fares rose by 5%.</p></article>", "html")):
            norm = normalize(raw, fmt)
            assert (norm.metadata.published, norm.metadata.author) == ("2025-03-03", author), (line, fmt)
            assert texts(norm) == ["Fares rose by 5%."], (line, fmt)


def test_a_dated_address_dates_a_page_that_says_nothing_else():
    page = ('<html><head><link rel="canonical" href="https://news.example/2025/05/20/copper-record"></head>'
            "<body><article><h1>Copper</h1><p>Copper rose 2% on Tuesday.</p></article></body></html>")
    assert normalize(page, "html").metadata.published == "2025-05-20"
    undated = page.replace("2025/05/20/", "markets/")
    assert normalize(undated, "html").metadata.published is None


def test_a_data_tables_cells_are_no_claims_but_sentences_in_a_layout_table_stay():
    page = ("<article><p>The council approved the budget on Monday.</p><table><tr><th>Item</th><th>Cost</th></tr>"
            "<tr><td>Roads</td><td>€4m</td></tr></table>"
            "<table><tr><td>Schools were repaired over the summer.</td></tr></table></article>")
    norm = normalize(page, "html")
    assert texts(norm) == [
        "The council approved the budget on Monday.", "Schools were repaired over the summer."]


def test_a_markdown_dateline_and_a_credit_line_are_not_prose():
    md = ("# Floods close the coast road\n\nBy Ana Ruiz | Shore Gazette | 3 March 2025\n\n"
          "PORT ELLEN — The coast road closed on Sunday after a sea wall failed.\n\n"
          "Crews expect to reopen it next week.\n\n*Additional reporting by Li Wei and Tom Hart.*\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The coast road closed on Sunday after a sea wall failed.", "Crews expect to reopen it next week."]
    assert ("dateline", "PORT ELLEN —") in norm.removed


def test_a_contributor_line_is_no_prose():
    html = ("<article><h1>Budget</h1><p>The council spent $612 million on police last year.</p>"
            "<p><em>Tribune reporter Sam Ortiz contributed to this report.</em></p></article>")
    assert texts(normalize(html, "html")) == ["The council spent $612 million on police last year."]
    md = "# Budget\n\nThe council contributed £4m to the scheme.\n\n*Sam Ortiz and Li Wei contributed reporting.*\n"
    assert texts(normalize(md, "markdown")) == ["The council contributed £4m to the scheme."]
    # where the reporter was
    html = ("<article><h1>Talks</h1><p>A previous round in Vienna collapsed after two days.</p>"
            "<p><em>Hana Kovač reported from Sarno.</em></p></article>")
    assert texts(normalize(html, "html")) == ["A previous round in Vienna collapsed after two days."]
    # a reporting from a place that is the story stays
    html = "<article><h1>Talks</h1><p>State television reported from the scene of the attack on Monday.</p></article>"
    assert texts(normalize(html, "html")) == ["State television reported from the scene of the attack on Monday."]


def test_a_markdown_standfirst_that_carries_a_date_dates_the_brief():
    md = ("# Heat pumps in rented homes\n\n_Briefing for the Housing Committee, Ostrava City — 14 November 2024_\n\n"
          "Only 3.1% of rented homes have a heat pump.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Only 3.1% of rented homes have a heat pump."]
    assert norm.metadata.published == "2024-11-14"


@pytest.mark.parametrize("subtitle,fmt", [
    ("*Seven charts that show how the heatwave unfolded.*", "markdown"),
    ("<p>The questions which will decide the Kelby by-election.</p>", "html"),
])
def test_a_subtitle_made_of_a_noun_and_a_relative_clause_is_no_prose(subtitle, fmt):
    raw = (f"# Heatwave\n\n{subtitle}\n\nTemperatures reached 38C on Tuesday.\n" if fmt == "markdown" else
           f"<article><h1>Heatwave</h1>{subtitle}<p>Temperatures reached 38C on Tuesday.</p></article>")
    assert texts(normalize(raw, fmt)) == ["Temperatures reached 38C on Tuesday."]
    # a sentence whose subject has a relative clause keeps its verb, and stays
    told = raw.replace("Seven charts that show how the heatwave unfolded.", "Seven towns that lost power were reconnected.")
    if fmt == "markdown":
        assert len(texts(normalize(told, fmt))) == 2


def test_a_markdown_standfirst_that_is_a_month_alone_dates_the_bulletin():
    norm = normalize("# Kessel Basin Bulletin\n\n*November 2026*\n\n## Drought\n\nRainfall fell by a third in August.\n", "markdown")
    assert norm.metadata.published == "2026-11"
    assert texts(norm) == ["Rainfall fell by a third in August."]


def test_a_kicker_a_standfirst_by_class_and_an_author_note_are_not_prose():
    page = """<html><head><meta name="author" content="Ana Ruiz"></head><body><article>
<p class="kicker">Opinion</p><h1>Keep the allotments</h1>
<p class="standfirst">Selling the site would raise little and lose a great deal.</p>
<p>The council plans to sell the site for £3.2 million.</p>
<p><em>Ana Ruiz is a member of the Riverside Allotment Society.</em></p></article></body></html>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The council plans to sell the site for £3.2 million."]
    assert {what for what, _ in norm.removed} >= {"kicker", "standfirst", "author note"}


def test_a_note_on_the_writer_after_the_piece_s_kind_is_no_prose():
    brief = ("---\nauthor: Dilnoza Rakhimova\n---\n\n# The pact is a start\n\n"
             "*Commentary · Dilnoza Rakhimova is a senior fellow at the Central Asia Policy Forum.*\n\n"
             "The three states signed the agreement in March.\n")
    norm = normalize(brief, "markdown")
    assert texts(norm) == ["The three states signed the agreement in March."]
    # a label before someone else's post is part of the story
    assert len(texts(normalize(brief.replace("Commentary · Dilnoza", "Update · Bakhtiyor"), "markdown"))) == 2


def test_a_paragraph_in_bold_above_the_story_that_repeats_the_page_s_description_is_its_standfirst():
    page = """<html><head><meta name="description" content="A route across the Caspian has drawn new interest. Here is why."></head>
<body><div><h1>Explained: the Middle Corridor</h1>
<p class="lede"><strong>A route across the Caspian has drawn new interest. Here is why.</strong></p>
<p>Cargo on the route rose to 4.5 million tonnes in 2024.</p></div></body></html>"""
    assert texts(normalize(page, "html")) == ["Cargo on the route rose to 4.5 million tonnes in 2024."]
    # the story's first paragraph, which the description repeats, stays when it is not set apart in bold
    plain = page.replace("<strong>", "").replace("</strong>", "")
    assert texts(normalize(plain, "html"))[0] == "A route across the Caspian has drawn new interest."


def test_a_think_tank_s_citation_author_names_the_writer_and_her_line_with_her_post_is_no_prose():
    page = """<html><head><meta name="citation_author" content="Bekova, Aliya"></head><body><main>
<h1>Kazakhstan's multi-vector policy is under strain</h1><div class="authors">Aliya Bekova, Senior Fellow</div>
<p>Kazakh exports to Russia rose by about 25% in 2022.</p></main></body></html>"""
    norm = normalize(page, "html")
    assert norm.metadata.author == "Aliya Bekova"
    assert texts(norm) == ["Kazakh exports to Russia rose by about 25% in 2022."]


def test_a_desk_s_staff_credit_in_the_byline_names_no_author():
    page = ("<article><h1>Explosion at fuel depot</h1><p class=\"byline\">By Staff Writer | January 14, 2025</p>"
            "<p>An explosion killed two workers on Monday.</p></article>")
    norm = normalize(page, "html")
    assert (norm.metadata.author, norm.metadata.published) == (None, "2025-01-14")
    assert texts(norm) == ["An explosion killed two workers on Monday."]


def test_how_to_reach_the_author_under_the_story_is_no_prose():
    page = """<html><head><meta name="author" content="Dana Whitfield"></head><body><article><h1>Measles cases climb</h1>
<p>Nine cases were confirmed this week.</p>
<p>Reach Dana Whitfield at dwhitfield@ledger.example or 555-0143.</p></article></body></html>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["Nine cases were confirmed this week."]
    # reaching someone else is part of the story
    page = page.replace("Reach Dana Whitfield at", "Reach Dr. Ortega at")
    assert len(texts(normalize(page, "html"))) == 2


def test_a_fact_check_s_claim_box_and_verdict_are_not_prose():
    page = """<article><h1>Fact check: 50,000 trees?</h1>
<div class="claim-box"><p><strong>Claim:</strong> "We have planted 50,000 trees in the city since 2019." — Mayor Lena Osei, 24 September 2024</p>
<p><strong>Verdict:</strong> Mostly false</p></div>
<p>The register lists 21,480 trees planted since 2019.</p></article>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The register lists 21,480 trees planted since 2019."]


def test_blocks_named_by_a_data_gu_name_attribute_are_read_by_their_names():
    page = ("<main><div data-gu-name=\"headline\"><h1>Inflation falls to 2.4%</h1></div>"
            "<div data-gu-name=\"standfirst\"><p>Drop is bigger than economists expected and raises chance of a rate cut</p></div>"
            "<div data-gu-name=\"meta\"><address>Ann Lee</address><time datetime=\"2026-10-21\">Wed 21 Oct 2026 08.00 BST</time></div>"
            "<div data-gu-name=\"body\"><p>The annual rate fell to 2.4% in September.</p></div></main>")
    assert texts(normalize(page, "html")) == ["The annual rate fell to 2.4% in September."]


def test_a_series_line_with_its_number_over_the_title_is_no_prose():
    md = "Kelby Business Partnership — Briefing No. 14\n\n# Night-time economy\n\nEvening spending rose by 6% in 2025.\n"
    assert texts(normalize(md, "markdown")) == ["Evening spending rose by 6% in 2025."]


def test_a_city_in_capitals_and_a_colon_before_the_first_sentence_is_a_dateline():
    page = ("<article><h1>Metro line to open by 2027</h1><p>PUNE: The 23-km metro line will open by March 2027, "
            "officials said on Wednesday.</p><p>UPDATE: The date was confirmed on Thursday.</p></article>")
    assert texts(normalize(page, "html")) == ["The 23-km metro line will open by March 2027, officials said on Wednesday.",
                                              "UPDATE: The date was confirmed on Thursday."]
    # a transcript's speakers in capitals stay
    page = "<article><h1>Debate</h1><p>HALE: We built 900 homes.</p><p>RUIZ: You promised 5,000.</p></article>"
    assert texts(normalize(page, "html"))[0].startswith("HALE:")


def test_a_camel_cased_class_is_read_by_its_words():
    page = ("<article><h1>Water rates to rise</h1><div class=\"bylineDetails\"><span class=\"authorText\">Michael Gorman</span> · "
            "<span>CBC News</span> | <span>Last Updated: October 3</span></div>"
            "<p>Water bills will go up by 8.5 per cent on April 1.</p></article>")
    assert texts(normalize(page, "html")) == ["Water bills will go up by 8.5 per cent on April 1."]


def test_a_reporter_s_place_and_a_print_edition_line_are_no_prose():
    page = ("<article><h1>A town bet on a battery plant</h1><p class=\"css-byline\">By <span>Julie Creswell</span></p>"
            "<p>Reporting from Marlow, Ga.</p><p>The town borrowed $38 million in 2024.</p>"
            "<p>A version of this article appears in print on Sept. 21, 2026, Section B, Page 1.</p></article>")
    assert texts(normalize(page, "html")) == ["The town borrowed $38 million in 2024."]
    # a sentence that opens on the same words stays
    page = "<article><h1>Budget</h1><p>Reporting from the council meeting suggests a 5% rise…</p></article>"
    assert len(texts(normalize(page, "html"))) == 1


def test_a_reporting_service_s_credit_and_a_call_to_follow_are_no_prose():
    page = ("<article><h1>Council tax could rise</h1><p>Council tax could rise by 4.99% next year.</p>"
            "<p><i>This article was written by Simon Finlay, Local Democracy Reporting Service.</i></p>"
            "<p>Follow BBC Kent on <a href=\"https://facebook.example/k\">Facebook</a> and <a href=\"https://x.example/k\">X</a>.</p>"
            "</article>")
    assert texts(normalize(page, "html")) == ["Council tax could rise by 4.99% next year."]


def test_a_back_to_news_link_is_no_prose():
    page = ("<main><h1>New scanner</h1><p>A second MRI scanner has opened.</p>"
            "<p class=\"back\"><a href=\"/news\">Back to news</a></p></main>")
    assert texts(normalize(page, "html")) == ["A second MRI scanner has opened."]


@pytest.mark.parametrize("note", [
    "*Letters to the editor of the Harbour Gazette. Letters may be edited for length.*",
    "*The views expressed are the writers' own.*",
])
def test_a_letters_page_s_note_about_itself_is_no_prose(note):
    md = f"# Letters\n\n{note}\n\n## Ferry fares\n\nA return to the island now costs £31.\n"
    assert texts(normalize(md, "markdown")) == ["A return to the island now costs £31."]
    # a letter that tells how many letters came in is prose
    md = "# Letters\n\nWe received 212 letters about the ferry this month.\n"
    assert texts(normalize(md, "markdown")) == ["We received 212 letters about the ferry this month."]


def test_a_credit_for_the_reporting_a_story_draws_on_is_no_prose():
    md = "# Takeover\n\nParliament voted on 3 July 2025 to take over the network.\n\n*With reporting by Armenpress and Interfax.*\n"
    assert texts(normalize(md, "markdown")) == ["Parliament voted on 3 July 2025 to take over the network."]


def test_a_video_player_s_label_with_its_running_time_is_no_prose():
    page = ("<html><body><article><h1>Veto overridden</h1><div class='video'><span>Watch:</span> Lawmakers vote in Tbilisi (2:14)</div>"
            "<p>Parliament voted on Tuesday to override the veto.</p></article></body></html>")
    assert texts(normalize(page, "html")) == ["Parliament voted on Tuesday to override the veto."]


@pytest.mark.parametrize("note", [
    "*This explainer will be updated as more information becomes available.*",
    "This is a developing story.",
    "*This story will be updated.*",
])
def test_a_story_s_note_that_it_will_be_updated_is_no_prose(note):
    md = f"# Attack in the north\n\nA police officer was killed on Sunday.\n\n{note}\n"
    assert texts(normalize(md, "markdown")) == ["A police officer was killed on Sunday."]
    # what a story says some other thing will be is prose
    md = "# Attack in the north\n\nThe border crossing will be updated with new scanners.\n"
    assert texts(normalize(md, "markdown")) == ["The border crossing will be updated with new scanners."]


# ("First published …" was set aside before a response's date line was)
@pytest.mark.parametrize("line", ["*Response published 3 March 2026*", "First published 3 March 2026"])
def test_a_response_s_or_a_first_publication_s_date_line_is_no_prose(line):
    md = (f"# Petition: Save the lido\n\nThe lido has been shut since May.\n\n## Council response\n\n{line}\n\n"
          "The lido needs £2.4 million of repairs.\n")
    assert texts(normalize(md, "markdown")) == ["The lido has been shut since May.", "The lido needs £2.4 million of repairs."]


@pytest.mark.parametrize("box", ['<aside class="key-takeaways">', '<div class="key-points">'])
def test_a_key_points_box_in_whole_sentences_states_claims_but_headline_fragments_do_not(box):
    end = "</aside>" if box.startswith("<aside") else "</div>"
    page = (f"<article><h1>Walking and memory</h1>{box}<ul><li>Adults who walked 4,000 steps a day had a lower risk.</li>"
            f"<li>Risk down 25%</li></ul>{end}<p>The study followed 78,000 people.</p></article>")
    assert texts(normalize(page, "html")) == ["Adults who walked 4,000 steps a day had a lower risk.",
                                              "The study followed 78,000 people."]


@pytest.mark.parametrize("note", ["This article is for information only and is not a substitute for medical advice.",
                                  "The information on this page is not intended to replace advice from your GP."])
def test_a_health_page_s_disclaimer_is_no_prose(note):
    page = f"<article><h1>Walking</h1><p>The study followed 78,000 people.</p><p><em>{note}</em></p></article>"
    assert texts(normalize(page, "html")) == ["The study followed 78,000 people."]


@pytest.mark.parametrize("fmt,page", [
    ("markdown", "# Cabinet decisions\n\nA summary of the decisions taken by the cabinet on Tuesday.\n\nThe cabinet approved a £3 million contract.\n"),
    ("html", "<article><h1>Cabinet decisions</h1><p>A round-up of the decisions taken by the cabinet on Tuesday.</p>"
             "<p>The cabinet approved a £3 million contract.</p></article>"),
])
def test_a_line_under_the_title_saying_what_the_page_is_is_no_prose(fmt, page):
    assert texts(normalize(page, fmt)) == ["The cabinet approved a £3 million contract."]
    # one that tells something is prose
    told = page.replace("the decisions taken by the cabinet on Tuesday.", "the decisions was sent to 40 councillors.")
    assert len(texts(normalize(told, fmt))) == 2


def test_a_summary_line_with_a_note_about_the_record_after_it_is_no_prose():
    md = ("# Lobby briefing readout\n\n*Summary of the spokesperson's briefing to journalists at 11am. "
          "This is not a verbatim transcript.*\n\nThe spokesperson said 54,000 appointments had been rescheduled.\n")
    assert texts(normalize(md, "markdown")) == ["The spokesperson said 54,000 appointments had been rescheduled."]
    # a second sentence that tells something keeps the line as prose
    told = md.replace("This is not a verbatim transcript.", "Ministers were not present.")
    assert len(texts(normalize(told, "markdown"))) == 3


@pytest.mark.parametrize("note", ["This transcript has been edited for length and clarity.", "This is not a verbatim record."])
def test_a_transcript_s_note_about_itself_is_no_prose(note):
    page = f"<article><h1>Interview</h1><p>The study followed 78,000 people.</p><p><em>{note}</em></p></article>"
    assert texts(normalize(page, "html")) == ["The study followed 78,000 people."]


def test_an_interview_s_note_about_itself_closing_its_introduction_is_no_claim():
    page = ("<article><h1>Interview</h1><p>Ana Ruiz has led the port since 2019. She spoke to us on Monday. "
            "The conversation was lightly edited for clarity.</p><p>The port handled 612 ships in 2024.</p></article>")
    claims = [c.text for c in analyze(Document(raw=page, format="html"), config=CONFIG).claims]
    assert claims == ["Ana Ruiz has led the port since 2019.", "She spoke to us on Monday.", "The port handled 612 ships in 2024."]


@pytest.mark.parametrize("marker", ["Story continues below advertisement", "Continue reading the main story", "Article continues after this ad"])
def test_an_ad_break_s_marker_is_no_prose(marker):
    page = f"<article><h1>Ferries</h1><p>Sailings will be cut by a third.</p><p>{marker}</p><p>The cut starts in November.</p></article>"
    assert texts(normalize(page, "html")) == ["Sailings will be cut by a third.", "The cut starts in November."]


def test_a_read_aloud_player_and_a_sponsored_box_are_no_prose():
    page = ("<article><h1>Waits</h1><div class=\"audio-player\"><button>Listen to this article</button><span>· 4 min</span></div>"
            "<p>Waits rose to 61 days.</p><section class=\"sponsored-content\"><h3>Sponsored</h3>"
            "<p>Five foods doctors say you should never eat</p></section></article>")
    assert texts(normalize(page, "html")) == ["Waits rose to 61 days."]


def test_a_wire_story_s_update_note_and_assistance_credit_are_no_prose():
    page = ("<article><h1>Inflation rises</h1><p><em>(Updates with economist comment in fifth paragraph.)</em></p>"
            "<p>Inflation rose to 3.4% in May.</p><p>— With assistance from Andrew Atkinson</p></article>")
    assert texts(normalize(page, "html")) == ["Inflation rose to 3.4% in May."]


def test_a_bold_lead_in_closed_by_a_colon_may_run_to_six_words():
    page = ("<article><h1>Blotter</h1><p><strong>Harbor Park, 11:40 p.m. Saturday:</strong> Officers cited three juveniles.</p>"
            "<p><strong>The council said on Monday that</strong> fares would rise.</p></article>")
    assert texts(normalize(page, "html"))[0] == "Officers cited three juveniles."
    # a long bold opening with no colon is the sentence's own start
    assert "The council said on Monday that fares would rise." in texts(normalize(page, "html"))


def test_a_note_of_where_a_log_s_entries_come_from_is_no_prose():
    page = ("<article><h1>Blotter</h1><p>Officers cited three juveniles on Saturday.</p>"
            "<p><em>The following information is from the Lakeport Police Department's daily log.</em></p></article>")
    assert texts(normalize(page, "html")) == ["Officers cited three juveniles on Saturday."]


def test_a_match_report_s_scoreboard_is_no_prose():
    page = ("<article><h1>Rovers 2-1 Town</h1><div class=\"scoreboard\"><span>Rovers 2</span><span>Town 1</span>"
            "<span>Att: 8,912</span></div><p>Kwame Osei headed in an 88th-minute winner.</p></article>")
    assert texts(normalize(page, "html")) == ["Kwame Osei headed in an 88th-minute winner."]


def test_an_embedded_player_s_loading_text_is_no_prose():
    page = ("<article><h1>Crash closes I-85</h1><div class=\"video-player\">Video player loading . . .</div>"
            "<p>Two people were killed in the crash.</p></article>")
    assert texts(normalize(page, "html")) == ["Two people were killed in the crash."]


def test_a_row_of_links_drawn_without_a_menu_tag_is_navigation():
    page = """<div id="top"><a href="/">Lakeside Gazette</a> | <a href="/news">News</a> | <a href="/weather">Weather</a></div>
<div class="story"><h1>Night flights to double</h1><p>The airport handled 8,100 night flights last year.</p></div>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The airport handled 8,100 night flights last year."]
    assert ("navigation", "Lakeside Gazette | News | Weather") in norm.removed


def test_a_signature_line_under_a_markdown_quotation_names_its_speaker_and_is_no_prose():
    md = ("The ferries keep breaking down.\n\n> We have never been this short of ships.\n>\n"
          "> — Rhona MacLeod, Strait Lines operations director\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The ferries keep breaking down.", "We have never been this short of ships."]
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["Rhona MacLeod"]


def test_an_html_quotation_signed_in_its_footer_names_its_speaker_and_key_points_are_set_aside():
    page = """<main><h1>Dam repairs to cost triple</h1><ul class="key-points"><li>Repair bill now €96 million</li></ul>
<p>The board blamed higher steel prices, the water board said on Wednesday.</p>
<blockquote><p>"We could not have foreseen the state of the spillway."</p><footer>— Anders Holm, chief engineer</footer></blockquote></main>"""
    norm = normalize(page, "html")
    assert texts(norm) == ["The board blamed higher steel prices, the water board said on Wednesday.",
                           '"We could not have foreseen the state of the spillway."']
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["Anders Holm"]


def test_markdown_front_lines_a_bold_dateline_a_pull_quote_and_credits_are_no_prose():
    md = ("# Reservoirs at a record low\n\n"
          "*Briefing for the Environment Scrutiny Committee — prepared by the Policy Unit, 16 August 2025*\n\n"
          "**PORT ELLEN, 16 August 2025** — The water company will extend rationing to nine towns.\n\n"
          "> \"We are asking everyone to cut their use by a fifth.\"\n\n"
          "\"We are asking everyone to cut their use by a fifth,\" said its director, Ana Ruiz.\n\n"
          "*Additional reporting by Pablo Ortega. Edited by Lucía Serra.*\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The water company will extend rationing to nine towns.",
                           "\"We are asking everyone to cut their use by a fifth,\" said its director, Ana Ruiz."]
    assert norm.metadata.published == "2025-08-16"
    assert [what for what, _ in norm.removed] == ["standfirst", "dateline", "pull quote", "boilerplate"]
    dated = normalize("**PORT ELLEN, 3 May 2024** — Ferries were cancelled.\n", "markdown")
    assert (texts(dated), dated.metadata.published) == (["Ferries were cancelled."], "2024-05-03")


def test_two_line_breaks_in_a_row_end_an_html_paragraph_and_one_does_not():
    page = ("<div class='text'>Teachers have voted to strike<br>next week.<br><br>\n"
            "<b>Related:</b> <a href='/budget'>Board approves budget</a><br><br>\n"
            "Some parents have criticised the union.</div>")
    norm = normalize(page, "html")
    assert texts(norm) == ["Teachers have voted to strike next week.", "Some parents have criticised the union."]
    assert [norm.text[b.start:b.end] for b in norm.blocks] == ["Teachers have voted to strike next week.",
                                                               "Some parents have criticised the union."]


def test_a_bold_label_opening_a_markdown_list_item_is_a_heading_not_a_sentence():
    norm = normalize("1. **Two berths.** Equip the two ferry berths for about £14 million.\n"
                     "2. **All four berths.** Equip every berth for about £31 million.\n", "markdown")
    assert texts(norm) == ["Equip the two ferry berths for about £14 million.", "Equip every berth for about £31 million."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Two berths", "All four berths"]


def test_an_html_superscript_in_markdown_is_a_marker_its_note_a_reference_and_a_closing_lead_in_names_the_quotation():
    md = ("The estimated cost has risen to £268 million.<sup>1</sup> The bank has offered a loan. As its offer letter puts it:\n\n"
          "> The loan is conditional on construction starting before 31 March 2026.\n\n"
          "<small>1. Tram Extension Cost Review, March 2025.</small>\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The estimated cost has risen to £268 million.", "The bank has offered a loan.",
                           "The loan is conditional on construction starting before 31 March 2026."]
    assert [(m.label, m.after_sentence) for m in norm.markers] == [("1", True)]
    assert [r.label for r in norm.references] == ["1"]
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["its offer letter"]


def test_a_press_release_s_bold_dateline_is_no_heading_and_notes_to_editors_end_the_story():
    md = ("FOR IMMEDIATE RELEASE\n\n**LONDON, 4 June 2024** – The trust today published a study of river spills.\n\n"
          "## Notes to editors\n\n1. The trust is a charity working to protect rivers.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The trust today published a study of river spills."]
    assert norm.metadata.published == "2024-06-04"
    assert not [b for b in norm.blocks if b.kind == "heading"]


def test_a_live_blog_summary_box_is_set_aside_and_a_spaced_footnote_marker_takes_its_space_with_it():
    page = ("<div class='live-blog'><div class='summary'><ul><li>About 48,000 homes without power</li></ul></div>"
            "<div class='entry-body'>The operator says 48,000 homes are still without power.</div></div>")
    assert texts(normalize(page, "html")) == ["The operator says 48,000 homes are still without power."]
    norm = normalize("Cycle counts rose by 77% [^a]. Traffic fell.\n\n[^a]: Automatic counters.\n", "markdown")
    assert texts(norm) == ["Cycle counts rose by 77%.", "Traffic fell."]


def test_a_fact_check_s_rating_label_and_rating_are_no_claim_and_what_follows_stays():
    norm = normalize("**Verdict:** Mostly false.\n\n**Rating:** Misleading. Offences rose, but by far less than double.\n",
                     "markdown")
    assert texts(norm) == ["Offences rose, but by far less than double."]
    assert [text for what, text in norm.removed if what == "verdict"] == ["Verdict: Mostly false.", "Rating: Misleading."]


def test_a_markdown_quotation_signed_after_a_dash_in_its_paragraph_keeps_the_signature_out():
    norm = normalize('**Claim:** "We planted 10,000 trees in 2024." — Mayor Tom Reyes, in a speech on 3 March.\n', "markdown")
    assert texts(norm) == ['"We planted 10,000 trees in 2024."']
    assert [b.speaker for b in norm.blocks if b.kind == "paragraph"] == ["Mayor Tom Reyes"]


def test_a_quotation_signed_by_an_unnamed_speaker_in_its_own_blockquote_line_keeps_the_signature_out():
    norm = normalize('# Survey\n\n> "I\'ve stopped using the oven. We eat cold food most days." — respondent, aged 34, Northgate\n\n'
                     '"We will fight on" — and they did.\n', "markdown")
    assert texts(norm) == ['"I\'ve stopped using the oven.', 'We eat cold food most days."', '"We will fight on" — and they did.']
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["respondent"]


def test_an_update_note_about_the_article_and_a_correction_in_a_blockquote_are_no_prose():
    md = ("# Ferry cut\n\n**Update, 14 March 2026:** This article has been updated to include a response from the operator.\n\n"
          "The ferry will run 18 sailings a day from 1 May.\n\n**Update:** The operator has now cut two more sailings.\n\n"
          "> **Correction:** An earlier version of this article said the cut would save £2.4m. The figure is £1.4m.\n")
    assert texts(normalize(md, "markdown")) == ["The ferry will run 18 sailings a day from 1 May.",
                                               "The operator has now cut two more sailings."]
    html = ("<article><h1>Ferry cut</h1><p><strong>Update, 14 March 2026:</strong> This article has been updated to "
            "include a response from the operator.</p><p>The ferry will run 18 sailings a day from 1 May.</p></article>")
    assert texts(normalize(html, "html")) == ["The ferry will run 18 sailings a day from 1 May."]


def test_a_note_that_an_outlook_was_updated_is_no_prose():
    md = ("# Five things to watch\n\nXi Jinping will host the summit in Astana in June.\n\n"
          "*This outlook was updated on 30 December to correct the date of the summit.*\n")
    assert texts(normalize(md, "markdown")) == ["Xi Jinping will host the summit in Astana in June."]


@pytest.mark.parametrize("label", ["Update, 14 March 2026, 16:00:", "Correction, 2 April 2026, 09:15 GMT:"])
def test_an_editorial_note_dated_to_the_minute_is_no_prose(label):
    html = (f"<article><h1>Ferry cut</h1><p>The ferry will run 18 sailings a day from 1 May.</p><p><strong>{label}</strong> "
            "This article has been updated to include a response from the operator.</p></article>")
    assert texts(normalize(html, "html")) == ["The ferry will run 18 sailings a day from 1 May."]


def test_an_empty_blockquote_is_read_as_nothing():
    assert texts(normalize("# T\n\n>\n\nThe pier reopened in May.\n", "markdown")) == ["The pier reopened in May."]


def test_a_bar_of_a_few_words_over_the_headline_in_no_named_element_is_no_prose():
    page = ('<body><div id="top"><span>Northern Wire</span> <a href="/newsletters">Newsletters</a></div>'
            "<h1>Night flights to double</h1><div>The airport handles about 3,000 night flights a year.</div>"
            "<div>Flights doubled</div></body>")
    norm = normalize(page, "html")
    assert texts(norm) == ["The airport handles about 3,000 night flights a year.", "Flights doubled"]
    assert ("masthead", "Northern Wire Newsletters") in norm.removed


def test_a_skip_link_with_no_class_is_no_prose():
    page = ('<body><a href="#main">Skip to main content</a><main id="main"><h1>Roads</h1>'
            "<p>The council has approved an extra £3.5 million for road repairs.</p></main></body>")
    assert texts(normalize(page, "html")) == ["The council has approved an extra £3.5 million for road repairs."]


def test_a_related_topics_heading_and_the_links_under_it_are_no_prose():
    page = ("<article><h1>Fares to rise</h1><p>Fares will rise by 9% from April.</p>"
            "<h2>Related Topics</h2><ul><li><a href='/topics/ferries'>Ferries</a></li>"
            "<li><a href='/topics/wend'>Isle of Wend</a></li></ul></article>")
    norm = normalize(page, "html")
    assert texts(norm) == ["Fares will rise by 9% from April."]
    assert {link.role for link in norm.links} == {"navigation"}


INTERVIEW_MD = """---
author: Lena Park
---

# Ten minutes with the harbour master

*Tomas Reyes has run Kelby harbour since March. He spoke to Lena Park about dredging.*

**You have been in the job six months. What surprised you?**

How shallow the channel has become. We dredged 40,000 tonnes last year.

**Will you ask the council for more money?**

Yes. Our budget has not risen since 2019.
"""


def _speakers(norm):
    return [(norm.text[s.start:s.end], norm.blocks[s.block].speaker) for s in segment(norm)]


def test_an_interview_s_bold_questions_are_the_author_s_and_the_answers_the_interviewee_s():
    said = dict(_speakers(normalize(INTERVIEW_MD, "markdown")))
    assert said["What surprised you?"] == "Lena Park"
    assert said["We dredged 40,000 tonnes last year."] == "Tomas Reyes"
    assert said["Yes."] == "Tomas Reyes"
    assert said["Tomas Reyes has run Kelby harbour since March."] is None


def test_an_html_interview_reads_its_roles_from_strong_paragraphs():
    html = ("<html><head><meta name='author' content='Lena Park'></head><body><article>"
            "<p><em>Tomas Reyes has run Kelby harbour since March.</em></p>"
            "<p><strong>What surprised you?</strong></p><p>We dredged 40,000 tonnes last year.</p>"
            "<p><strong>Will you ask for more money?</strong></p><p>Yes, as our budget has not risen.</p>"
            "</article></body></html>")
    said = dict(_speakers(normalize(html, "html")))
    assert (said["What surprised you?"], said["We dredged 40,000 tonnes last year."]) == ("Lena Park", "Tomas Reyes")


def test_an_explainer_s_bold_questions_answered_by_the_desk_give_no_speaker():
    explainer = ("# The harbour dredging explained\n\n*Dr Ana Silva of Kelby University has studied the harbour.*\n\n"
                 "**What is being dredged?**\n\nThe channel, which has silted up since 2019.\n\n"
                 "**Who pays for it?**\n\nThe council pays, with a grant from the port.\n")
    assert all(speaker is None for _, speaker in _speakers(normalize(explainer, "markdown")))


def test_a_live_entry_s_time_of_day_is_lifted_but_a_span_of_times_is_prose():
    md = "# Council live\n\n**19:05** — The meeting has opened.\n\n20:40 – The budget was approved.\n\n10:15 – 12:30 is when it opens.\n"
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The meeting has opened.", "The budget was approved.", "10:15 – 12:30 is when it opens."]
    html = ("<html><body><article><p><strong>19:05</strong> — The meeting has opened.</p>"
            "<p><b>20:40</b> The budget was approved.</p></article></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["The meeting has opened.", "The budget was approved."]
    assert ("timestamp", "19:05 —") in norm.removed


def test_a_wire_dateline_naming_a_region_before_the_agency_is_lifted():
    html = ("<html><body><article><p>ASHFORD, England (Wire Service) - Thousands marched on Sunday.</p>"
            "</article></body></html>")
    assert texts(normalize(html, "html")) == ["Thousands marched on Sunday."]


def test_a_us_dateline_with_its_state_written_out_is_lifted():
    for dateline in ("AUSTIN, Texas — ", "NEW YORK, New York -- "):
        html = f"<html><body><article><p>{dateline}A federal judge blocked the law on Tuesday.</p></article></body></html>"
        assert texts(normalize(html, "html")) == ["A federal judge blocked the law on Tuesday."]
    # a place and a country in title case are the sentence's own words
    html = "<html><body><article><p>Paris, France — the city of light — drew 40 million visitors.</p></article></body></html>"
    assert texts(normalize(html, "html"))[0].startswith("Paris, France")


NEWSLETTER = """# The Morning Brief — Tuesday 14 October 2025

Good morning. Here is what you need to know today.

**In today's brief:**

- Bin collections move to fortnightly
- Weather

## Bin collections move to fortnightly

General waste will be collected every two weeks from 3 November.

## Weather

Rain will spread from the west overnight.

*You are receiving this email because you signed up to The Morning Brief. [Unsubscribe](https://brief.example/u)*
"""


def test_a_newsletter_s_greeting_contents_list_and_email_footer_are_no_prose_and_its_title_dates_it():
    norm = normalize(NEWSLETTER, "markdown")
    assert texts(norm) == ["General waste will be collected every two weeks from 3 November.",
                           "Rain will spread from the west overnight."]
    assert norm.metadata.published == "2025-10-14"
    html = ("<html><body><article><h1>Brief</h1><p>Hello everyone, and welcome.</p><p>Inside:</p>"
            "<ul><li>Bins</li><li>Weather</li></ul><h2>Bins</h2><p>Bins go fortnightly.</p>"
            "<h2>Weather</h2><p>Rain will spread.</p></article></body></html>")
    assert texts(normalize(html, "html")) == ["Bins go fortnightly.", "Rain will spread."]
    # a greeting from the place the letter is written in, with its one-line welcome
    md = "# The Week\n\nHello from Tbilisi. This week: a new route, and what it means.\n\n## Route\n\nTalks resumed in May.\n"
    assert texts(normalize(md, "markdown")) == ["Talks resumed in May."]


def test_a_newsletter_s_closing_and_the_name_under_it_are_no_prose():
    md = ("# Brief\n\nHi everyone,\n\nThe committee approved the scheme by six votes to four.\n\n"
          "Thanks for reading,\nOwen Hughes\n\nUntil next week!\n\nThat's it for today. See you tomorrow.\n\n"
          "Thanks for reading the report, which found 40% more.\n")
    assert texts(normalize(md, "markdown")) == ["The committee approved the scheme by six votes to four.",
                                               "Thanks for reading the report, which found 40% more."]


def test_a_list_naming_only_one_heading_stays_prose():
    md = "# Brief\n\n- Bins go fortnightly.\n- Libraries close early.\n\n## Bins go fortnightly.\n\nText.\n"
    assert "Libraries close early." in texts(normalize(md, "markdown"))


def test_a_credit_loose_in_a_figure_a_byline_component_and_related_internet_links_are_no_prose():
    html = ("<html><body><div id='main'>"
            "<div data-component='byline-block'><span>Ellie Stone</span><span>BBS News, Cardiff</span></div>"
            "<div data-component='text-block'><p>About 18,000 homes were without power.</p></div>"
            "<figure><img src='x.jpg'><span>Getty Images</span><figcaption>The river burst its banks</figcaption></figure>"
            "<div data-component='text-block'><p>Eleven flood warnings were issued.</p></div>"
            "<div><h2>Related internet links</h2><ul><li><a href='https://nrw.example/'>Flood warnings</a></li></ul></div>"
            "</div></body></html>")
    assert texts(normalize(html, "html")) == ["About 18,000 homes were without power.", "Eleven flood warnings were issued."]


def test_a_credits_line_is_no_prose_and_a_dublin_core_creator_is_the_author():
    html = ("<html><head><meta name='dcterms.creator' content='Lilit Petrosyan'></head><body><main><h1>Border deal</h1>"
            "<div class='credits'>Lilit Petrosyan, Yerevan &mdash; 27 May 2024</div>"
            "<p>Armenia handed four villages to Azerbaijan on Friday.</p></main></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["Armenia handed four villages to Azerbaijan on Friday."]
    assert norm.metadata.author == "Lilit Petrosyan"


def test_a_bold_label_opening_a_blockquote_is_no_claim():
    md = "# Brief\n\n> **Summary.** About 900,000 children are not eligible.\n"
    assert texts(normalize(md, "markdown")) == ["About 900,000 children are not eligible."]


TRANSCRIPT = """Westmoor mayoral debate
Broadcast on Radio Westmoor, 2 April 2025

RUIZ: Your manifesto promised 5,000 new homes.

HALE: We have completed 3,100 homes since 2021.

BYRNE: Only about 1,900 of those were started on his watch.

HALE: That is simply not true.
"""


def test_a_transcript_s_speaker_labels_name_who_takes_each_turn_in_text_markdown_and_html():
    for raw, fmt, who_speaks in (
            (TRANSCRIPT, "text", ["Ruiz", "Hale", "Byrne", "Hale"]),
            ("# Debate\n\n**Ruiz:** Homes were promised.\n\n**Hale:** We built them.\n\n**Ruiz:** All of them?\n",
             "markdown", ["Ruiz", "Hale", "Ruiz"]),
            ("<html><body><article><p><b>RUIZ:</b> Homes were promised.</p><p><b>HALE:</b> We built them.</p>"
             "<p><b>RUIZ:</b> All of them?</p></article></body></html>", "html", ["Ruiz", "Hale", "Ruiz"])):
        said = _speakers(normalize(raw, fmt))
        assert [who for _, who in said] == who_speaks, fmt
        assert not any(":" in text for text, _ in said), fmt


def test_a_recording_s_time_before_each_label_is_cut_with_it_and_a_series_title_may_ask():
    raw = ("The Kelby Briefing — Episode 41: Is the new bus network working?\nReleased 2 October 2025\n\n"
           "[00:00:04] PRIYA NAIR: The council says passenger numbers are up.\n\n"
           "[00:00:31] TOM REYES: On the main corridors, yes.\n\n"
           "[00:00:52] PRIYA NAIR: The figures show 212,000 journeys in August.\n")
    md = "# Bus talk\n\n(00:04) Priya Nair: Numbers are up.\n\n(00:31) Tom Reyes: Not in the villages.\n\n(00:52) Priya Nair: Why?\n"
    for norm, who_speaks in ((normalize(raw, "text"), ["Priya Nair", "Tom Reyes", "Priya Nair"]),
                             (normalize(md, "markdown"), ["Priya Nair", "Tom Reyes", "Priya Nair"])):
        said = _speakers(norm)
        assert [who for _, who in said] == who_speaks
        assert not any(":" in text or "0" in text[:3] for text, _ in said)
    norm = normalize(raw, "text")
    assert norm.metadata.title == "The Kelby Briefing — Episode 41: Is the new bus network working?"
    assert norm.metadata.published == "2025-10-02"


def test_a_webcast_s_time_inside_the_bold_label_is_cut_with_it_and_a_welcome_states_nothing():
    md = ("# Planning Committee, 19 November 2026\n\n"
          "**[00:00:12] Cllr Ann Reid (Chair):** Good evening and welcome. Item 4 is the Mill Lane application.\n\n"
          "**[00:01:05] Sarah Kemp (Planning officer):** The site is allocated for housing.\n\n"
          "**[00:04:40] Cllr Tom Hale:** I think this is the wrong site.\n\n"
          "**[00:07:02] Cllr Ann Reid (Chair):** The application is approved by seven votes to three.\n")
    said = _speakers(normalize(md, "markdown"))
    assert said == [("Item 4 is the Mill Lane application.", "Cllr Ann Reid"),
                    ("The site is allocated for housing.", "Sarah Kemp"),
                    ("I think this is the wrong site.", "Cllr Tom Hale"),
                    ("The application is approved by seven votes to three.", "Cllr Ann Reid")]


def test_a_call_transcript_s_labels_with_a_post_after_the_name_name_who_speaks():
    md = ("# Results call\n\n**Operator:** Welcome to the call.\n\n**Ana Ruiz, Chief Executive:** Sales rose 4%.\n\n"
          "**Tom Hale, Kelby Securities:** Will margins recover?\n\n**Ana Ruiz:** We expect so.\n")
    said = _speakers(normalize(md, "markdown"))
    assert [who for _, who in said] == ["Operator", "Ana Ruiz", "Tom Hale", "Ana Ruiz"]
    assert [text for text, _ in said][1:3] == ["Sales rose 4%.", "Will margins recover?"]


_NAMED_TURNS = (("Kelby Echo", "Will the bridge reopen this year?"), ("Tom Hale", "We expect it to reopen in May."),
                ("KE", "The council says the repairs cost £4m."), ("TH", "That figure is right."),
                ("KE", "Why the delay?"), ("TH", "The steel arrived late."))


def test_an_interview_s_sides_named_in_full_then_by_initials_take_turns_asked_all_in_bold():
    # the interviewer's turns are bold throughout, the answers' labels alone; the initials are the
    # names given at each side's first turn
    md = "# Bridge interview\n\n" + "".join(
        f"**{who}: {said}**\n\n" if who in ("Kelby Echo", "KE") else f"**{who}:** {said}\n\n" for who, said in _NAMED_TURNS)
    html = "<html><body><article><h1>Bridge interview</h1>" + "".join(
        f"<p><strong>{who}: {said}</strong></p>" if who in ("Kelby Echo", "KE") else f"<p><strong>{who}:</strong> {said}</p>"
        for who, said in _NAMED_TURNS) + "</article></body></html>"
    for norm in (normalize(md, "markdown"), normalize(html, "html")):
        assert _speakers(norm) == [(said, {"KE": "Kelby Echo", "TH": "Tom Hale"}.get(who, who)) for who, said in _NAMED_TURNS]
        assert [b for b in norm.blocks if b.kind == "heading"] == list(norm.blocks[:1])


def test_an_explainer_s_bold_questions_over_its_answers_still_head_them():
    html = ("<html><body><article><h1>Gas</h1><p><b>Q: Is gas flowing again?</b></p><p>A: Yes. It resumed in May.</p>"
            "<p><b>Q: Who pays?</b></p><p>A: The EU pays.</p><p><b>Q: What next?</b></p><p>A: Talks.</p></article></body></html>")
    norm = normalize(html, "html")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][1:] == [
        "Q: Is gas flowing again?", "Q: Who pays?", "Q: What next?"]


def test_labels_used_once_each_or_naming_notes_are_no_turns():
    md = "# Fact check\n\n**Claim:** Homes were promised.\n\n**Verdict:** False.\n\nNOTE: This was updated. NOTE: twice.\n"
    assert all(who is None for _, who in _speakers(normalize(md, "markdown")))


def test_a_faq_s_summaries_are_headings_and_its_feedback_prompt_and_last_updated_line_no_prose():
    html = ("<html><body><main><h1>Council tax</h1><details><summary>How much is my bill going up?</summary>"
            "<p>The share is rising by 4.99%.</p></details><p>Was this page helpful? <a href='/f'>Yes</a></p>"
            "<p>Last updated: 1 March 2025</p></main></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["The share is rising by 4.99%."]
    assert "How much is my bill going up?" in [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]


def test_a_definition_list_s_terms_head_their_descriptions():
    html = ("<html><body><article><h1>Water bills</h1><dl><dt>How much will my bill rise?</dt>"
            "<dd>The average bill will go up by £86 a year.</dd><dt>Is that fair?</dt>"
            "<dd>WaterWatch says it is not.</dd></dl></article></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["The average bill will go up by £86 a year.", "WaterWatch says it is not."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][1:] == [
        "How much will my bill rise?", "Is that fair?"]


@pytest.mark.parametrize("html", [
    "<article><p>The trust said costs rose. <span class='sr-only'>Opens in a new window</span></p>"
    "<p hidden>Draft: check the figure.</p><figure aria-hidden='true'><p>Icons by Kelby Design</p></figure>"
    "<p>Parking is free in Wales.<span aria-hidden='true'> Share this</span></p></article>",
    # a page behind a dialog marks its story aria-hidden: the story is still read
    "<div id='page' aria-hidden='true'><article><p>The trust said costs rose.</p>"
    "<p>Parking is free in Wales.</p></article></div>",
    # a hidden paragraph whose end tag is left out ends at the next block, or with its enclosing one
    "<article><p>The trust said costs rose.<p hidden>Draft: check the figure.<p>Parking is free in Wales.</p></article>",
    "<article><p>The trust said costs rose.</p><div><p hidden>Draft: check the figure.</div>"
    "<p>Parking is free in Wales.</p></article>",
])
def test_text_a_reader_never_sees_is_no_prose(html):
    assert texts(normalize(html, "html")) == ["The trust said costs rose.", "Parking is free in Wales."]


def test_a_wire_dateline_after_an_adds_note_and_a_byline_paragraph_is_lifted():
    html = ("<html><body><div class='story'><h1>UPDATE 2-Port workers vote to strike</h1>"
            "<p>(Adds union comment in paragraph 2)</p><p>By Ines Kowal</p>"
            "<p>KELBY, March 3 (Newswire) - Dock workers have voted to strike, their union said on Tuesday.</p>"
            "<p>The port handles a fifth of the traffic.</p></div></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["Dock workers have voted to strike, their union said on Tuesday.",
                           "The port handles a fifth of the traffic."]
    assert ("dateline", "KELBY, March 3 (Newswire) -") in norm.removed


@pytest.mark.parametrize("note", ["*This page is no longer being updated.*", "We have now stopped updating this page."])
def test_a_live_page_s_note_that_it_is_no_longer_updated_is_no_prose(note):
    md = f"# Storm: live updates\n\n{note}\n\n### 18:40\n\nThe wind warning has been lifted.\n"
    assert texts(normalize(md, "markdown")) == ["The wind warning has been lifted."]


def test_a_debate_record_s_speaker_headings_name_who_speaks_under_them_and_are_no_headings():
    html = ("<html><body><main><h1>Bus services</h1><h4>Cllr Ana Ruiz (Harbourside, Labour)</h4>"
            "<p>Three routes in my ward were withdrawn in January.</p>"
            "<h4>Cllr Tom Ellis (Cabinet Member for Transport)</h4><p>The council spends £6.3 million a year on buses.</p>"
            "<h4>Cllr Ana Ruiz (Harbourside, Labour)</h4><p>That is not enough.</p></main></body></html>")
    assert _speakers(normalize(html, "html")) == [
        ("Three routes in my ward were withdrawn in January.", "Ana Ruiz"),
        ("The council spends £6.3 million a year on buses.", "Tom Ellis"), ("That is not enough.", "Ana Ruiz")]
    # her own evidence, told with a reporting verb, is still hers
    record = html.replace("That is not enough.", "The figures I have seen show the county is fourth of six.")
    assert [c.speaker for c in analyze(Document(record, "html"), config=CONFIG).claims][-1] == "Ana Ruiz"
    # one heading that looks like a speaker's, in a story, names no one
    story = ("<html><body><main><h1>Profiles</h1><h2>Ana Ruiz (Harbourside)</h2><p>She was elected in 2019.</p>"
             "<h2>Tom Ellis (Westmoor North)</h2><p>He chairs the transport board.</p></main></body></html>")
    assert all(who is None for _, who in _speakers(normalize(story, "html")))


@pytest.mark.parametrize("fmt,page", [
    ("html", "<html><body><main><h1>Ferries: Islands</h1><h2>Asked by Ruth Lang</h2><p>To ask the Secretary of State, "
             "how many sailings were cancelled in 2025.</p><h2>Answered by Omar Faris</h2><p>There were 1,240 cancellations "
             "in 2025.</p><p>We will publish the figures each quarter.</p></main></body></html>"),
    ("markdown", "# Ferries: Islands\n\n## Asked by Ruth Lang\n\nTo ask the Secretary of State, how many sailings were "
                 "cancelled in 2025.\n\n## Answered by Omar Faris\n\nThere were 1,240 cancellations in 2025.\n\n"
                 "We will publish the figures each quarter.\n"),
    ("text", "Ferries: Islands\n\nAsked by Ruth Lang\n\nTo ask the Secretary of State, how many sailings were cancelled "
             "in 2025.\n\nAnswered by Omar Faris\n\nThere were 1,240 cancellations in 2025.\n\n"
             "We will publish the figures each quarter.\n"),
])
def test_a_written_answer_s_headings_name_who_asks_and_who_answers(fmt, page):
    assert [who for _, who in _speakers(normalize(page, fmt))] == ["Ruth Lang", "Omar Faris", "Omar Faris"]
    # a story's heading "Asked by …" with no answer under an "Answered by" names no one
    story = page.replace("Answered by Omar Faris", "What the figures show")
    assert all(who is None for _, who in _speakers(normalize(story, fmt)))


@pytest.mark.parametrize("fmt,page", [
    ("html", "<html><body><main><h1>Ferries: Islands</h1><h2>Answered by Omar Faris</h2>"
             "<p>(Labour, Minister of State for Transport)</p><p>Answered on 9 October 2026</p>"
             "<p>There were 1,240 cancellations in 2025.</p></main></body></html>"),
    ("markdown", "# Ferries: Islands\n\n## Answered by Omar Faris\n\n(Labour, Minister of State for Transport)\n\n"
                 "Answered on 9 October 2026\n\nThere were 1,240 cancellations in 2025.\n"),
    ("text", "Ferries: Islands\n\nAnswered by Omar Faris\n\n(Labour, Minister of State for Transport)\n\n"
             "Answered on 9 October 2026\n\nThere were 1,240 cancellations in 2025.\n"),
])
def test_a_member_s_party_line_in_brackets_and_the_answer_s_date_line_are_no_prose(fmt, page):
    assert texts(normalize(page, fmt)) == ["There were 1,240 cancellations in 2025."]
    # a bracketed aside that holds a sentence is prose
    aside = page.replace("(Labour, Minister of State for Transport)", "(The figures were revised in March.)")
    assert texts(normalize(aside, fmt)) == ["(The figures were revised in March.)", "There were 1,240 cancellations in 2025."]


def test_a_closing_prompt_to_write_in_is_no_prose():
    html = ("<html><body><article><p>The share of households with no car rose to 29%.</p>"
            "<p><em>Have we missed something? Email us at letters@echopost.example.</em></p></article></body></html>")
    assert texts(normalize(html, "html")) == ["The share of households with no car rose to 29%."]


def test_a_q_and_a_interview_s_questions_are_the_author_s_and_answers_the_interviewee_s():
    md = ("---\nauthor: Lena Park\n---\n\n# Ten minutes with the harbour master\n\n"
          "Tomas Reyes has run Kelby harbour since March.\n\n**Q:** What surprised you?\n\n"
          "**A:** How shallow the channel has become.\n\n**Q:** Will you ask for more money?\n\n**A:** Yes.\n")
    assert _speakers(normalize(md, "markdown"))[1:] == [
        ("What surprised you?", "Lena Park"), ("How shallow the channel has become.", "Tomas Reyes"),
        ("Will you ask for more money?", "Lena Park"), ("Yes.", "Tomas Reyes")]


def test_a_written_question_s_asker_and_answerer_speak_their_paragraphs():
    raw = ("Written question and answer\nTabled: 12 May 2025\nAnswered: 20 May 2025\n\n"
           "Asked by Councillor Sara Byrne: How many children were waiting for a school place?\n\n"
           "Answered by Councillor Tom Hale, cabinet member for education: On 1 May, 212 children were waiting.\n\n"
           "Most of those waiting are in Years 7 to 9.\n")
    norm = normalize(raw, "text")
    assert norm.metadata.published == "2025-05-20"
    assert _speakers(norm) == [
        ("How many children were waiting for a school place?", "Councillor Sara Byrne"),
        ("On 1 May, 212 children were waiting.", "Councillor Tom Hale"),
        ("Most of those waiting are in Years 7 to 9.", "Councillor Tom Hale")]


LETTERS = ("Letters\n\nHarbour plan ignores fishermen\n\nThe marina will create few jobs. Losing the harbour would finish it.\n\n"
           "Mary Polwin, Kelby\n\nFares are too high\n\nA return ticket now costs £7.40.\nArthur Venn, Polgate\n")


def test_a_letters_page_s_signatures_name_who_wrote_each_letter_in_every_format():
    expected = [("The marina will create few jobs.", "Mary Polwin"), ("Losing the harbour would finish it.", "Mary Polwin"),
                ("A return ticket now costs £7.40.", "Arthur Venn")]
    md = ("# Letters\n\n## Harbour plan ignores fishermen\n\nThe marina will create few jobs. Losing the harbour would finish it."
          "\n\n*Mary Polwin, Kelby*\n\n## Fares are too high\n\nA return ticket now costs £7.40.\n\n**Arthur Venn, Polgate**\n")
    html = ("<html><body><article><h1>Letters</h1><h2>Harbour plan ignores fishermen</h2><p>The marina will create few jobs. "
            "Losing the harbour would finish it.</p><p>Mary Polwin, Kelby</p><h2>Fares are too high</h2>"
            "<p>A return ticket now costs £7.40.</p><p class='signature'>Arthur Venn, Polgate</p></article></body></html>")
    for raw, fmt in ((LETTERS, "text"), (md, "markdown"), (html, "html")):
        norm = normalize(raw, fmt)
        assert _speakers(norm) == expected, fmt
        assert ("attribution", "Arthur Venn, Polgate") in norm.removed, fmt


def test_a_letter_signed_with_name_and_town_on_two_lines_is_signed_and_its_signature_is_no_prose():
    html = ("<html><body><article><h1>Letters</h1><h2>The law copies Moscow</h2><p>Russia passed a similar law in 2012.</p>"
            "<p class='sig'>Nino Beridze<br>Tbilisi</p><h2>Transparency</h2><p>Voters have a right to know.</p>"
            "<p class='sig'>David Kapanadze<br>Batumi, Georgia</p></article></body></html>")
    norm = normalize(html, "html")
    assert _speakers(norm) == [("Russia passed a similar law in 2012.", "Nino Beridze"), ("Voters have a right to know.", "David Kapanadze")]
    assert ("attribution", "David Kapanadze Batumi, Georgia") in norm.removed


def test_one_signed_paragraph_is_no_letters_page():
    raw = "Harbour report\n\nThe marina will create few jobs.\n\nMary Polwin, Kelby\n"
    norm = normalize(raw, "text")
    assert _speakers(norm) == [("The marina will create few jobs.", None)]
    assert ("attribution", "Mary Polwin, Kelby") not in norm.removed


def test_a_timeline_entry_s_opening_date_heads_it_in_every_format():
    md = "# Tram\n\n- **March 2016** — The council approves the plan.\n- **14 July 2021:** Halden Rail fails.\n- 2019 — Works slip.\n"
    html = ("<html><body><article><h1>Tram</h1><ul><li><b>March 2016</b> — The council approves the plan.</li>"
            "<li><strong>14 July 2021:</strong> Halden Rail fails.</li><li>2019 — Works slip.</li></ul></article></body></html>")
    txt = "Tram\n\n• March 2016 — The council approves the plan.\n• 14 July 2021: Halden Rail fails.\n• 2019 — Works slip.\n"
    for raw, fmt in ((md, "markdown"), (html, "html"), (txt, "text")):
        norm = normalize(raw, fmt)
        assert texts(norm) == ["The council approves the plan.", "Halden Rail fails.", "Works slip."], fmt
        assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][-3:] == ["March 2016", "14 July 2021", "2019"], fmt


def test_a_bare_month_opens_an_entry_only_in_bold_and_a_year_only_before_a_separator():
    md = "# Talks\n\nMay: I think we will win.\n\n2019 was a hard year.\n\n**May:** Talks resumed.\n"
    norm = normalize(md, "markdown")
    assert texts(norm) == ["May: I think we will win.", "2019 was a hard year.", "Talks resumed."]


DEBATE_RECORD = """Westmoor Tram Project
Volume 771: debated on Wednesday 4 June 2025

Tom Ellis (Westmoor North) (Lab): The project was approved in 2016.

Fares have risen by 40% since 2019.

Sarah Quill (Eastgate) (Con): Does the hon. Gentleman accept that?

Tom Ellis: The review found otherwise.

2.44 pm

The Minister for Transport (Helen Rooke): We have provided £95 million.
"""


def test_a_debate_record_names_members_with_seat_and_party_then_by_name_and_a_minister_by_office():
    said = _speakers(normalize(DEBATE_RECORD, "text"))
    assert said == [("The project was approved in 2016.", "Tom Ellis"), ("Fares have risen by 40% since 2019.", "Tom Ellis"),
                    ("Does the hon. Gentleman accept that?", "Sarah Quill"), ("The review found otherwise.", "Tom Ellis"),
                    ("We have provided £95 million.", "Helen Rooke")]


def test_a_name_and_colon_is_a_label_only_for_a_member_the_record_named_in_full():
    raw = DEBATE_RECORD.replace("Tom Ellis: The review", "Key point: The review")
    said = dict(_speakers(normalize(raw, "text")))
    assert "Key point: The review found otherwise." in said


def test_a_line_saying_where_a_table_s_figures_come_from_is_no_prose():
    md = "# Results\n\nThe Greens won 23 seats.\n\n| Party | Seats |\n|---|---|\n| Green | 23 |\n\n*Figures: Westmoor Council. Turnout is the share of voters.*\n"
    html = "<html><body><article><p>The Greens won 23 seats.</p><p><em>Source: Westmoor Council.</em></p></article></body></html>"
    poll = ("# Poll\n\nLabour leads by three points.\n\n| Party | Share |\n|---|---|\n| Labour | 34% |\n\n"
            "*Fieldwork: 3–5 October 2025. Sample: 2,014 adults in Great Britain. Margin of error ±2 points.*\n")
    assert texts(normalize(md, "markdown")) == ["The Greens won 23 seats."]
    assert texts(normalize(html, "html")) == ["The Greens won 23 seats."]
    assert texts(normalize(poll, "markdown")) == ["Labour leads by three points."]  # how a poll's figures were gathered
    method = "# Flows\n\nTransfers fell by 3% in 2024.\n\n*Method: figures are for transfers from Russia only.*\n"
    assert texts(normalize(method, "markdown")) == ["Transfers fell by 3% in 2024."]  # how the figures were drawn up
    closing = ('# Gas\n\nExports rose by 9% in 2024 (Socor, 2024).\n\n---\n\n'
               '*References: Socor, V. (2024). "Corridor costs". Eurasia Daily Monitor.*\n')
    assert texts(normalize(closing, "markdown")) == ["Exports rose by 9% in 2024 (Socor, 2024)."]  # a references line


def test_one_signature_under_a_statement_in_the_first_person_names_who_makes_it():
    raw = ("Annual Report\n\nChair's statement\n\nIncome rose to £4.2 million.\n\nWe handled 612 vessel calls.\n"
           "Dr Helen Marr, Chair\n\nKey figures\n\nIncome rose again.\n")
    norm = normalize(raw, "text")
    assert _speakers(norm) == [("Income rose to £4.2 million.", "Dr Helen Marr"), ("We handled 612 vessel calls.", "Dr Helen Marr"),
                               ("Income rose again.", None)]
    assert ("attribution", "Dr Helen Marr, Chair") in norm.removed


def test_a_notice_s_summary_list_keeps_its_whole_sentences_and_a_summary_box_of_bullets_stays_aside():
    html = ("<html><body><main><h1>Recall</h1><dl class='govuk-summary-list'><dt>Product</dt><dd>BW-200 heater, batch 2411</dd>"
            "<dt>Hazard</dt><dd>The heater's thermal cut-out can fail, causing the casing to overheat.</dd></dl>"
            "<div class='summary'><ul><li>Fourteen reports of overheating have been received so far.</li></ul></div>"
            "<p>About 38,000 heaters were sold.</p></main></body></html>")
    assert texts(normalize(html, "html")) == ["The heater's thermal cut-out can fail, causing the casing to overheat.",
                                             "About 38,000 heaters were sold."]


def test_shortcodes_on_lines_of_their_own_draw_nothing_and_a_sentence_inside_a_box_stays():
    md = normalize('---\ntitle: "Fares"\n---\n\nSingle fares rose to £2.50 on 1 March.\n\n'
                   '{{< figure src="/bus.jpg" caption="The bus station on the first day." >}}\n\n'
                   '{{% notice note %}}\nWeekly tickets are not affected.\n{{% /notice %}}\n\n'
                   '{{< tweet user="KelbyBuses" id="1766011" >}}\n', "markdown")
    assert texts(md) == ["Single fares rose to £2.50 on 1 March.", "Weekly tickets are not affected."]


def test_pandoc_inline_notes_cite_their_sentence_and_citation_keys_leave_the_text():
    md = ("Levels outside 14 schools exceeded the limit in 2025.^[Measured by diffusion tubes at school gates.] "
          "The limit is 40 micrograms per cubic metre [@defra2024]. Children breathe faster [@smith2021, p. 12].\n")
    analysis = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in analysis.claims] == ["Levels outside 14 schools exceeded the limit in 2025.",
                                                 "The limit is 40 micrograms per cubic metre.", "Children breathe faster."]
    assert [(s.name, [analysis.claims.index(c) for c in analysis.claims if c.id in s.claims]) for s in analysis.sources] \
        == [("Measured by diffusion tubes at school gates.", [0])]


def test_an_accordion_question_in_a_button_inside_a_heading_is_the_heading():
    html = ('<main><h1>Garden waste</h1><h2 class="accordion-header"><button type="button">How much will it cost?</button></h2>'
            '<div class="accordion-body"><p>A subscription costs £52 a year.</p></div>'
            '<p>Share this page <button>Copy link</button></p></main>')
    analysis = analyze(Document(html, "html"), config=CONFIG)
    assert [h.text for h in analysis.headings] == ["Garden waste", "How much will it cost?"]
    assert [c.text for c in analysis.claims] == ["A subscription costs £52 a year."]


def test_a_post_s_reader_comments_and_a_grid_of_statistic_cards_are_no_prose():
    md = ("# Why the ferry loses money\n\nThe ferry lost £380,000 in the year to March.\n\nComments (2)\n------------\n\n"
          "**Jo_Fenby** · 4 August 2026\n\nNobody uses it because it's always late.\n")
    assert texts(normalize(md, "markdown")) == ["The ferry lost £380,000 in the year to March."]
    html = ('<article><h1>Roads</h1><p>The council spent £8.3 million on repairs.</p><div class="stats-grid">'
            '<div class="stat-card"><span class="stat-number">14,200</span><span>potholes reported in 2025</span></div>'
            '</div></article>')
    assert texts(normalize(html, "html")) == ["The council spent £8.3 million on repairs."]


def test_a_markdown_definition_list_heads_each_answer_with_its_question():
    md = ("# Parking permits\n\nHow much will a permit cost?\n:   A first permit will cost £72 a year.\n\n"
          "Can I pay monthly?\n:   No. Permits are paid for a year at a time.\n")
    analysis = analyze(Document(md, "markdown"), config=CONFIG)
    assert [h.text for h in analysis.headings] == ["Parking permits", "How much will a permit cost?", "Can I pay monthly?"]
    assert [c.text for c in analysis.claims] == ["A first permit will cost £72 a year.", "No.",
                                                 "Permits are paid for a year at a time."]


def test_a_transcript_s_speaker_span_names_who_speaks_its_paragraph():
    html = ('<main><h1>Episode 31</h1><p><span class="timestamp">00:00:12</span> <span class="speaker">Priya Nair</span> '
            'Three bus routes were withdrawn in September. Why?</p><p><span class="speaker">Tom Ellis:</span> We could not '
            'fill that gap.</p><p>Tom Ellis spoke to us in <span class="place">Kelby</span> on Monday.</p></main>')
    analysis = analyze(Document(html, "html"), config=CONFIG)
    assert [(c.text, c.speaker) for c in analysis.claims] == [
        ("Three bus routes were withdrawn in September.", "Priya Nair"), ("Why?", "Priya Nair"),
        ("We could not fill that gap.", "Tom Ellis"), ("Tom Ellis spoke to us in Kelby on Monday.", None)]


def test_a_said_colon_line_hands_its_speaker_to_every_paragraph_of_the_quotation_and_no_further():
    html = """<main><p>Roads Minister Jane Okafor said:</p>
<blockquote><p>Learners have waited far too long.</p><p>We expect waits to fall to nine weeks by 2027.</p></blockquote>
<p>The pass rate was 48% in 2025.</p></main>"""
    md = ("Roads Minister Jane Okafor said:\n\n> Learners have waited far too long.\n>\n"
          "> We expect waits to fall to nine weeks by 2027.\n\nThe pass rate was 48% in 2025.\n")
    for raw, fmt in ((html, "html"), (md, "markdown")):
        result = analyze(Document(raw, fmt), config=CONFIG)
        assert [c.speaker for c in result.claims] == ["Roads Minister Jane Okafor"] * 2 + [None], fmt


def test_the_paragraph_after_an_unsigned_quotation_can_name_its_speaker_and_stays_a_sentence():
    html = ("<article><p>Most passengers work shifts.</p><blockquote>I finish at ten. I don't know how I get home.</blockquote>"
            "<p>That is what a care assistant told me at the depot last week.</p></article>")
    md = ("Most passengers work shifts.\n\n> I finish at ten. I don't know how I get home.\n\n"
          "That is what a care assistant told me at the depot last week.\n")
    for raw, fmt in ((html, "html"), (md, "markdown")):
        result = analyze(Document(raw, fmt), config=CONFIG)
        assert [c.speaker for c in result.claims] == [None, "a care assistant", "a care assistant", None], fmt
    # a signature under the quotation keeps its say
    signed = md.replace("get home.\n", "get home.\n>\n> — Ana Ruiz, nurse\n")
    assert [c.speaker for c in analyze(Document(signed, "markdown"), config=CONFIG).claims][1] == "Ana Ruiz"


def test_a_row_of_figures_over_a_row_of_their_labels_is_no_prose():
    text = normalize("Annual report\n\nWe gave out 18,400 parcels this year.\n\n18,400  240  3\nparcels  volunteers  sites\n\n"
                     "Demand rose in 2025\nacross three towns.\n", "text")
    assert texts(text) == ["We gave out 18,400 parcels this year.", "Demand rose in 2025 across three towns."]


def test_a_q_element_s_quotation_marks_drawn_by_the_browser_are_in_the_text():
    html = ("<html><body><article><p>Karen Hale called it <q>a tax on families, <q>pure and simple</q></q>.</p>"
            "</article></body></html>")
    assert texts(normalize(html, "html")) == ["Karen Hale called it “a tax on families, ‘pure and simple’”."]


def test_a_page_in_two_languages_keeps_its_english_and_sets_the_other_aside():
    html = ('<html lang="cy"><body><main><p lang="cy">Cafodd yr hen lyfrgell ei chau yn 2023.</p>'
            '<p lang="en">The old library was closed in 2023.</p><div lang="en-GB"><p>It had a leaking roof.</p></div>'
            "</main></body></html>")
    norm = normalize(html, "html")
    assert texts(norm) == ["The old library was closed in 2023.", "It had a leaking roof."]
    assert ("other language", "Cafodd yr hen lyfrgell ei chau yn 2023.") in norm.removed
    # a page in one language, whatever it declares, keeps all it says
    one = normalize('<html lang="cy"><body><main><p>The old library was closed in 2023.</p></main></body></html>', "html")
    assert texts(one) == ["The old library was closed in 2023."]


def test_a_timeline_box_in_whole_sentences_states_its_dated_events():
    html = ("<html><body><article><h1>Pier to reopen</h1><p>Kelby pier will reopen on 12 December.</p>"
            "<aside class='timeline'><h2>Timeline</h2><ul>"
            "<li><b>January 2025</b> – Storm Eowyn damages the pier's deck and closes it.</li>"
            "<li><b>June 2025</b> – The council approves a £2.7 million repair.</li></ul></aside>"
            "</article></body></html>")
    said = texts(normalize(html, "html"))
    assert "Storm Eowyn damages the pier's deck and closes it." in said
    assert "The council approves a £2.7 million repair." in said


def test_a_newsletter_s_list_of_its_sections_and_its_lead_in_are_no_prose():
    md = ("# Weekly issue 48\n\n**In this issue:**\n\n- GP waits\n- Dental access\n- Your views\n\n"
          "## Dental access\n\nOnly two practices are taking patients.\n\n## Your views\n\nResidents wrote in.\n")
    assert texts(normalize(md, "markdown")) == ["Only two practices are taking patients.", "Residents wrote in."]


def test_a_briefing_s_close_naming_the_next_weekday_is_no_prose():
    md = "# Kelby this week\n\nThe council approved 112 homes on Wednesday.\n\nThat's all for this week. See you next Friday.\n"
    assert texts(normalize(md, "markdown")) == ["The council approved 112 homes on Wednesday."]



def test_an_interview_s_introduction_that_says_who_spoke_to_whom_names_the_answerer():
    html = ("<html><body><article><h1>The text is agreed</h1>"
            "<p>Anna Petrosyan spoke to Laurence Broers, an associate fellow at Chatham House, on 20 March 2025.</p>"
            "<p><strong>Q: Armenia and Azerbaijan say they have agreed a text. What happened, do you think?</strong></p>"
            "<p>A: Both foreign ministries announced that talks were complete. We were surprised.</p>"
            "<p><strong>Q: So when will it be signed, in your view?</strong></p><p>A: Not soon, I think.</p>"
            "</article></body></html>")
    said = dict(_speakers(normalize(html, "html")))
    assert said["We were surprised."] == "Laurence Broers"
