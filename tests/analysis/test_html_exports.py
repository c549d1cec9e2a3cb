"""HTML written by other programs: an email newsletter laid out in tables (its hidden preheader, the
bold line that heads a cell's section, the issue's date in the title), and pages saved from Word
or exported from Google Docs (a title paragraph, bold lines for headings, footnotes raised by style
with links back to their markers, links wrapped in redirects)."""
import datetime as dt

from claims.analysis import Document, analyze
from claims.analysis.normalize import normalize
from claims.analysis.segment import segment

from .stage_helpers import CONFIG, texts

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


WORD = """<html><head><title>Briefing note</title></head><body><div class=WordSection1>
<p class=MsoTitle>School transport costs<o:p></o:p></p>
<p class=MsoNormal><b><span style='font-size:13.0pt'>Background<o:p></o:p></span></b></p>
<p class=MsoNormal>The council spent £18.6 million on school transport in 2025/26.<a href="#_ftn1" name="_ftnref1"><span
class=MsoFootnoteReference>[1]</span></a> Taxi contracts cost £9,400 per pupil.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>The panel is asked whether it supports a consultation on the change.<o:p></o:p></p>
</div>
<div style='mso-element:footnote-list'><hr align=left size=1 width="33%">
<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Revenue
outturn 2025/26, <a href="https://www.google.com/url?q=https://www.kelby.gov.uk/outturn&amp;sa=D&amp;ust=17">
https://www.kelby.gov.uk/outturn</a></p></div></body></html>"""


def test_a_word_processor_s_title_paragraph_and_bold_lines_are_headings():
    analysis = analyze(Document(WORD, "html"), config=CONFIG)
    assert analysis.document.title == "School transport costs"
    assert [h.text for h in analysis.headings] == ["School transport costs", "Background"]
    # a bold line with no prose after it, or bold words inside a sentence, head nothing
    plain = analyze(Document("<p><b>Fares rose by 4% in May.</b></p><p>The council said so.</p>"
                             "<p>Buses run <b>every hour</b>.</p>", "html"), config=CONFIG)
    assert plain.headings == ()


def test_a_bold_line_over_a_list_heads_it_in_html_and_in_markdown():
    html = ("<h1>Survey</h1><p>We asked 2,150 residents.</p><p><strong>Key findings</strong></p>"
            "<ul><li>Some 23% of households skipped meals.</li></ul>")
    md = "# Survey\n\nWe asked 2,150 residents.\n\n**Key findings**\n\n- Some 23% of households skipped meals.\n"
    for text, fmt in ((html, "html"), (md, "markdown")):
        analysis = analyze(Document(text, fmt), config=CONFIG)
        assert [h.text for h in analysis.headings] == ["Survey", "Key findings"]
        assert [c.text for c in analysis.claims] == ["We asked 2,150 residents.", "Some 23% of households skipped meals."]


def test_footnotes_raised_by_style_with_links_back_cite_their_address_unwrapped():
    analysis = analyze(Document(WORD, "html"), config=CONFIG)
    assert [c.text for c in analysis.claims] == [
        "The council spent £18.6 million on school transport in 2025/26.",
        "Taxi contracts cost £9,400 per pupil.",
        "The panel is asked whether it supports a consultation on the change.",
    ]
    cited = {s.url: [analysis.claims.index(c) for c in analysis.claims if c.id in s.claims] for s in analysis.sources}
    assert cited == {"https://www.kelby.gov.uk/outturn": [0]}


QA_TABLE = """<html><head><meta name="author" content="Hannah Cole"></head><body>
<h1>Five questions for the new police chief</h1>
<p>Chief Constable Amara Osei took charge of Westmoor Police on 1 September. We put five questions to her.</p>
<table><tr><th>Question</th><th>Answer</th></tr>
<tr><td>How many officers does the force have?</td><td>We have 1,870 officers today. We will recruit 120 more.</td></tr>
<tr><td>Is crime going up?</td><td>Recorded burglary fell by 12% last year.</td></tr></table></body></html>"""


def test_an_interview_laid_out_as_a_question_and_answer_table_names_who_speaks_each_cell():
    analysis = analyze(Document(QA_TABLE, "html"), config=CONFIG)
    assert [(c.text, c.speaker) for c in analysis.claims[2:]] == [
        ("How many officers does the force have?", "Hannah Cole"), ("We have 1,870 officers today.", "Amara Osei"),
        ("We will recruit 120 more.", "Amara Osei"), ("Is crime going up?", "Hannah Cole"),
        ("Recorded burglary fell by 12% last year.", "Amara Osei")]
    # a table of figures with other headers names no speakers
    plain = analyze(Document(QA_TABLE.replace("Question", "Area").replace("Answer", "Note"), "html"), config=CONFIG)
    assert {c.speaker for c in plain.claims[2:]} == {None}


def _printed_line(text, font="ff2 fs1"):
    return f'<div class="t m0 x1 h2 y1 {font} fc0 sc0">{text}</div>'


CONVERTED_PDF = ('<html><head><meta name="generator" content="pdf2htmlEX"></head><body>'
                 '<div id="sidebar"><div id="outline"><a href="#pf1">1. Summary</a></div></div><div id="page-container">'
                 + _printed_line("Harbour water quality 2025", "ff1 fs3") + _printed_line("1. Summary", "ff1 fs2")
                 + _printed_line("Bathing water at the three beaches was rated excellent in 2025, the first time since")
                 + _printed_line("monitoring began in 2011.")
                 + _printed_line("Storm overflows discharged on 41 days last year.")
                 + _printed_line("Kelby Harbour Authority | Annual report 2025 | Page 1", "ff2 fs0") + "</div></body></html>")


def test_a_pdf_converted_to_html_line_by_line_is_read_as_the_printed_page():
    norm = normalize(CONVERTED_PDF, "html")
    sentences = [norm.text[s.start:s.end] for s in segment(norm)]
    assert sentences == ["Bathing water at the three beaches was rated excellent in 2025, the first time since monitoring began in 2011.",
                         "Storm overflows discharged on 41 days last year."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Harbour water quality 2025", "1. Summary"]
    # offsets point back into the HTML
    at = norm.text.find("Storm")
    assert CONVERTED_PDF[norm.raw_offset(at):].startswith("Storm overflows")


SPEECH = """<html><head><title>Housing Secretary's speech to the LGA conference - GOV.UK</title></head><body><main>
<h1>Housing Secretary's speech to the LGA conference</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/government/people/rachel-obi">The Rt Hon Rachel Obi MP</a></dd></dl></div>
<p>Last year councils granted planning permission for 251,000 homes.</p>
<p>So today I am announcing £120 million for planning officers, the council leader Tom Reyes said.</p>
</main></body></html>"""


def test_a_speech_page_s_sentences_are_the_speaker_s_the_page_names_unless_they_name_another():
    result = analyze(Document(SPEECH, "html"), config=CONFIG)
    assert [c.speaker for c in result.claims] == ["Rachel Obi", "the council leader Tom Reyes"]
    # a page that is no speech lends nobody its sentences
    story = SPEECH.replace("speech to", "visit to")
    assert [c.speaker for c in analyze(Document(story, "html"), config=CONFIG).claims] == [None, "the council leader Tom Reyes"]


def test_a_timeline_entry_s_time_element_heads_and_dates_the_paragraph_under_it():
    page = ("<html><head><meta property='article:published_time' content='2026-04-08'></head><body><article>"
            "<h1>Tram delays</h1><ol><li><time datetime='2016-03'>March 2016</time><p>The council approves the extension.</p></li>"
            "<li><time datetime='2019-11'>November 2019</time><p>Work stops after the contractor fails.</p></li></ol></article></body></html>")
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [(c.text, [t.value for t in c.times]) for c in result.claims] == [
        ("The council approves the extension.", ["2016-03"]), ("Work stops after the contractor fails.", ["2019-11"])]


OLD_CMS = """<html><head><title>Border crossing reopens after 19 days</title><meta name="pubdate" content="20261124"></head>
<body><div class="story"><div class="headline">Border crossing reopens after 19 days</div>
<div class="byline">By <b>Marta Novak</b> | 24.11.2026 | 14:05</div>
<div class="text">
<b>DREN</b> – The Dren border crossing reopened to trucks on Monday, the interior ministry said.<br><br>
<b>Why it closed</b><br>
The crossing was shut on 5 November after protesters blocked the road.
</div></div></body></html>"""


def test_an_old_cms_page_of_divs_and_line_breaks_keeps_only_its_prose():
    norm = normalize(OLD_CMS, "html")
    assert texts(norm) == ["The Dren border crossing reopened to trucks on Monday, the interior ministry said.",
                           "The crossing was shut on 5 November after protesters blocked the road."]
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert headings == ["Border crossing reopens after 19 days", "Why it closed"]
    assert ("dateline", "DREN –") in norm.removed


def test_a_date_without_separators_in_meta_or_with_dots_in_a_byline_dates_the_page():
    assert normalize(OLD_CMS, "html").metadata.published == "2026-11-24"
    dotted = OLD_CMS.replace('<meta name="pubdate" content="20261124">', "")
    assert normalize(dotted, "html").metadata.published == "2026-11-24"
    # figures with dots that are no date stay figures
    assert normalize(dotted.replace("24.11.2026", "version 1.2.3"), "html").metadata.published is None


TIMELINE = """<html><body><h1>Talks calendar</h1><h2>What comes next</h2>
<ol><li><time datetime="2026-12-14">14 December</time> The first round opens in Geneva.</li>
<li><time datetime="2026-12-18">18 December</time> Negotiators report to ministers.</li></ol>
<p>The envoy expects a draft text before the end of the year.</p></body></html>"""


def test_a_time_opening_a_list_item_dates_that_entry_only():
    analysis = analyze(Document(TIMELINE, "html", published=dt.date(2026, 11, 26)), config=CONFIG)
    dated = {c.text: [t.value for t in c.times] for c in analysis.claims}
    assert dated["The first round opens in Geneva."] == ["2026-12-14"]
    assert dated["Negotiators report to ministers."] == ["2026-12-18"]
    assert "2026-12-18" not in dated["The envoy expects a draft text before the end of the year."]


def test_an_old_page_s_centred_headline_is_a_line_of_its_own_over_the_posted_line():
    from claims.analysis import Document, analyze
    from .stage_helpers import CONFIG
    page = ("<html><body><table><tr><td><a href='/'>Home</a></td><td>"
            "<center><font size='5'><b>Georgia summons EU ambassador</b></font></center>"
            "<font size='2'>Posted: 04.06.2024 | Author: Nino Beridze</font><br><br>"
            "<font>Georgia's foreign ministry summoned the EU ambassador on Monday.</font></td></tr></table></body></html>")
    result = analyze(Document(page, "html"), config=CONFIG)
    assert result.document.published == "2024-06-04"
    assert [t.value for t in result.claims[0].times] == ["2024-06-03"]


STYLED = """<html><head><style type="text/css">.c1{font-weight:700}.c2{font-style:italic}</style></head><body>
<p><span class="c1">Azerbaijan and the Middle Corridor</span></p>
<p><span>Freight through the corridor reached 2.7 million tonnes in 2023.</span></p>
<p><span class="c1">The bottlenecks</span></p>
<p><span>The port at Alat can handle about 15 million tonnes a year, said </span><span class="c1">Rashad Hasanov</span><span>.</span></p>
<p><span style="font-weight:700">What Baku wants</span></p>
<p><span>Baku wants a bigger share of the transit trade, officials said in October.</span></p>
</body></html>"""


def test_a_line_a_stylesheet_sets_in_bold_heads_what_follows_and_a_bold_name_inside_a_sentence_stays():
    norm = normalize(STYLED, "html")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == [
        "Azerbaijan and the Middle Corridor", "The bottlenecks", "What Baku wants"]
    assert texts(norm) == ["Freight through the corridor reached 2.7 million tonnes in 2023.",
                           "The port at Alat can handle about 15 million tonnes a year, said Rashad Hasanov.",
                           "Baku wants a bigger share of the transit trade, officials said in October."]
