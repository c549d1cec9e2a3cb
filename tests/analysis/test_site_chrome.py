"""What a page or a document export puts around its text: a government page's skip link, its
metadata list, contents list and feedback box; a workspace export's property lines and callouts;
a memo's sign-off block."""
import datetime as dt

from claims.analysis import Document, analyze
from claims.analysis.normalize import normalize
from claims.analysis.segment import segment

from .stage_helpers import CONFIG


def texts(norm):
    return [norm.text[s.start:s.end] for s in segment(norm)]


def claims_citing(page, url):
    """The claims of an HTML page, and those the source at `url` is a citation of."""
    result = analyze(Document(page, "html"), config=CONFIG)
    by_id = {c.id: c.text for c in result.claims}
    return list(by_id.values()), [by_id[i] for s in result.sources if s.url == url and s.role == "citation" for i in s.claims]


def headings(norm):
    return [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]


GOVERNMENT_PAGE = """<html><body>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<main id="main-content"><h1>New funding for driving tests</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/dft">Department for Transport</a> and <a href="/jo">Jane Okafor MP</a></dd>
<dt>Published</dt><dd>12 March 2026</dd></dl></div>
<div class="gem-c-contents-list"><h2>Contents</h2><ol><li><a href="#background">Background</a></li><li><a href="#next">Next steps</a></li></ol></div>
<p>The average wait for a driving test was 18 weeks in February.</p>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><a href="/contact">Report a problem with this page</a></div>
</main></body></html>"""


def test_a_government_page_s_skip_link_metadata_contents_and_feedback_box_are_no_prose():
    norm = normalize(GOVERNMENT_PAGE, "html")
    assert texts(norm) == ["The average wait for a driving test was 18 weeks in February."]
    assert headings(norm) == ["New funding for driving tests"]
    # the metadata list's date dates the page, as its head's first-published tag would
    assert norm.metadata.published == "2026-03-12"
    tagged = normalize('<html><head><meta name="govuk:first-published-at" content="2026-07-02T14:00:00+01:00"></head>'
                       '<body><p>Councils granted permission for 251,000 homes.</p></body></html>', "html")
    assert tagged.metadata.published == "2026-07-02"


WORKSPACE_PAGE = """# Library opening hours review

Created: February 18, 2026 2:14 PM
Created by: Tomasz Wilk
Tags: consultation, libraries
Last edited: March 2, 2026 9:40 AM

<aside>
💡 This page summarises the review for the committee.

</aside>

Kelby's nine libraries were open for 312 hours a week in 2025.
"""


def test_a_workspace_page_s_property_lines_give_its_author_and_date_and_are_no_prose():
    norm = normalize(WORKSPACE_PAGE, "markdown")
    assert texts(norm) == ["This page summarises the review for the committee.",
                           "Kelby's nine libraries were open for 312 hours a week in 2025."]
    assert (norm.metadata.author, norm.metadata.published) == ("Tomasz Wilk", "2026-03-02")
    # "Key: value" lines after the prose has begun are the prose's
    body = normalize("# Title\n\nVisits fell by 14%.\n\nStatus: the review is on hold.\nOwner: the library team.\n", "markdown")
    assert texts(body) == ["Visits fell by 14%.", "Status: the review is on hold.", "Owner: the library team."]


def test_the_same_property_lines_pasted_as_plain_text_date_and_sign_the_page():
    norm = normalize(WORKSPACE_PAGE.replace("<aside>\n", "").replace("</aside>\n", ""), "text")
    assert (norm.metadata.author, norm.metadata.published) == ("Tomasz Wilk", "2026-03-02")
    assert "Created by" not in " ".join(texts(norm))
    # … also a longer block of them, past what a title block holds
    longer = WORKSPACE_PAGE.replace("Tags:", "Status: Draft\nOwner: Libraries team\nVerification: None\nTags:")
    norm = normalize(longer.replace("<aside>\n", "").replace("</aside>\n", ""), "text")
    assert (norm.metadata.author, norm.metadata.published) == ("Tomasz Wilk", "2026-03-02")


def test_a_see_also_line_points_elsewhere_and_cites_nothing():
    from claims.analysis import Document, analyze

    from .stage_helpers import CONFIG

    page = ("# Library review\n\nVisits fell by 14% between 2019 and 2025.\n\n"
            "See also: [[Library visits dashboard]] and [Hallam evaluation](https://hallam.example/evaluation).\n")
    result = analyze(Document(page, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Visits fell by 14% between 2019 and 2025."]
    assert all(not s.claims for s in result.sources)


MEMO = """BRIEFING NOTE

To: Cabinet Member for Highways
From: Rachel Moore, Head of Network Management
Date: 14 October 2026
Subject: Winter gritting routes 2026/27

1. Purpose

The council treats 1,140 km of road before frost or snow.

Rachel Moore
Head of Network Management
rachel.moore@kelby.example | 01632 960 114
"""


def test_a_memo_s_sign_off_with_how_to_reach_the_writer_is_no_prose():
    norm = normalize(MEMO, "text")
    assert texts(norm) == ["The council treats 1,140 km of road before frost or snow."]
    # a closing block with a sentence in it is prose, whatever number it gives
    norm = normalize(MEMO.replace("rachel.moore@kelby.example | 01632 960 114",
                                  "Residents can report icy roads on 01632 960 114."), "text")
    assert texts(norm)[-1].endswith("Residents can report icy roads on 01632 960 114.")


def test_a_memo_s_subject_is_its_title_and_the_letterhead_above_it_its_publisher():
    norm = normalize("KELBY COUNTY COUNCIL\n\n" + MEMO, "text")
    assert (norm.metadata.title, norm.metadata.publisher) == ("Winter gritting routes 2026/27", "Kelby County Council")
    norm = normalize("Kelby County Council\n\n" + MEMO, "text")
    assert (norm.metadata.title, norm.metadata.publisher) == ("Winter gritting routes 2026/27", "Kelby County Council")


def test_a_charity_or_company_number_footer_is_no_prose_but_a_sentence_about_a_charity_is():
    norm = normalize("The trust repaired 212 homes last year.\n\nKelby Roads Trust is a registered charity, no. 1190023.\n\n"
                     "Registered in England and Wales. Company number 04512345.\n\n"
                     "The trust is a registered charity that runs 12 shelters.\n", "text")
    assert texts(norm) == ["The trust repaired 212 homes last year.", "The trust is a registered charity that runs 12 shelters."]


def test_ends_with_a_full_stop_closes_the_text():
    norm = normalize("Fenby Road will reopen on Thursday.\n\nENDS.\n\nTranscript prepared by the press office.\n", "text")
    assert texts(norm) == ["Fenby Road will reopen on Thursday."]
    # … also opening the closing line; a sentence that says "ends" is prose
    norm = normalize("Fenby Road will reopen on Thursday.\n\nENDS. Transcript prepared by the press office.\n", "text")
    assert texts(norm) == ["Fenby Road will reopen on Thursday."]
    norm = normalize("The consultation ends on Friday.\n\nIt ends. Nobody minds.\n", "text")
    assert texts(norm) == ["The consultation ends on Friday.", "It ends.", "Nobody minds."]


TABLOID = """<html><body><article><h1>Pool to shut for two years</h1>
<div class="gallery"><img src="pool.jpg"><span class="count">1 of 4</span></div>
<p>The pool will shut on September 1 for a £6.8 million refit.</p>
<p><strong>DON'T MISS:</strong> <a href="/news/beach">Beach huts sell for record £40k</a> [PICTURES]</p>
<p>Recommended repairs to the roof will cost £2 million.</p>
<div class="taboola"><h3>Most read</h3><p><a href="/x">Star shares heartbreaking update</a></p></div>
</article></body></html>"""


def test_a_gallery_count_a_don_t_miss_line_and_a_recommendation_widget_are_no_prose():
    assert texts(normalize(TABLOID, "html")) == ["The pool will shut on September 1 for a £6.8 million refit.",
                                                 "Recommended repairs to the roof will cost £2 million."]


NATIONAL_PAGE = """<html><body><main><article><h1>Kelby rent controls</h1>
<address aria-label="Contributor info"><a rel="author" href="/profile/lena-marsh">Lena Marsh</a> Housing correspondent</address>
<p>Kelby council has voted to cap rent increases.</p>
<div class="submeta"><h2>Explore more on these topics</h2><ul><li><a href="/housing">Housing</a></li></ul></div>
<a href="/help/reuse">Reuse this content</a>
</article></main></body></html>"""


def test_an_address_block_names_the_author_and_topic_links_under_explore_more_are_no_prose():
    norm = normalize(NATIONAL_PAGE, "html")
    assert texts(norm) == ["Kelby council has voted to cap rent increases."]
    assert norm.metadata.author == "Lena Marsh"


ENDLESS_SCROLL = """<html><body><article><h1>Ferry fares to rise 12%</h1>
<p>Ferry fares will rise by 12% from 1 April, the operator has announced.</p></article>
<div class="next-article-divider"><span>Next article</span></div>
<article><h1>Kelby pier reopens</h1><p>The pier has reopened after storm repairs costing £1.4 million.</p></article>
</body></html>"""


def test_the_next_story_an_endless_scroll_appends_is_not_the_story_s_text():
    norm = normalize(ENDLESS_SCROLL, "html")
    assert texts(norm) == ["Ferry fares will rise by 12% from 1 April, the operator has announced."]
    # articles that are parts of one page with no headline among them all stay
    cards = ENDLESS_SCROLL.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    assert len(texts(normalize(cards, "html"))) == 2


WIRE_RELEASE = """<html><body><div class="bw-release-story"><h1>Kelby Energy to build a battery site</h1>
<p><b>KELBY, England--(BUSINESS WIRE)--</b>Kelby Energy today announced plans to build a 40-megawatt battery site.</p>
<p><b>About Kelby Energy</b></p><p>Kelby Energy is an independent renewable energy company founded in 2014.</p>
<p>View source version on businesswire.com: <a href="https://www.businesswire.com/news/1">https://www.businesswire.com/news/1</a></p>
</div></body></html>"""


def test_a_wire_release_s_about_section_and_source_version_line_end_the_story():
    assert texts(normalize(WIRE_RELEASE, "html")) == ["Kelby Energy today announced plans to build a 40-megawatt battery site."]


def test_a_newsletter_s_buttons_and_receiving_line_are_no_prose():
    md = ("# The Bus Stop\n\n[Subscribe now](https://x.example/s)\n\nRoute 7 was cut on 5 October.\n\n[Share](https://x.example/sh)\n\n"
          "*You're receiving this because you subscribed to The Bus Stop. [Unsubscribe](https://x.example/u)*\n")
    assert texts(normalize(md, "markdown")) == ["Route 7 was cut on 5 October."]


TABLE_LAYOUT_PAGE = """<html><head><title>Marsh Gazette - Ferry fares to rise in May</title></head><body><table><tr>
<td><a href="/">Home</a><br><a href="/news">News</a></td>
<td><font size="4"><b>Ferry fares to rise in May</b></font><br><i>Posted on Friday, April 3, 2026 by Ola Brandt</i><br><br>
Ferry fares will rise by 6% on 1 May.<br><br>The operator carried 410,000 passengers last year.</td>
</tr></table></body></html>"""


def test_a_page_laid_out_in_a_table_gives_its_headline_byline_and_date_from_the_cell_over_the_story():
    norm = normalize(TABLE_LAYOUT_PAGE, "html")
    assert texts(norm) == ["Ferry fares will rise by 6% on 1 May.", "The operator carried 410,000 passengers last year."]
    # "Site - Headline": the part the page prints on a line of its own is the headline
    assert (norm.metadata.title, norm.metadata.publisher) == ("Ferry fares to rise in May", "Marsh Gazette")
    assert (norm.metadata.author, norm.metadata.published) == ("Ola Brandt", "2026-04-03")
    # the usual order stays: "Headline | Site" when the page prints the headline
    usual = normalize(TABLE_LAYOUT_PAGE.replace("Marsh Gazette - Ferry fares to rise in May", "Ferry fares to rise in May | Marsh Gazette"), "html")
    assert (usual.metadata.title, usual.metadata.publisher) == ("Ferry fares to rise in May", "Marsh Gazette")
    # "Headline :: Site", and a meta line with the date first and the writer after a bar
    dotted = normalize(TABLE_LAYOUT_PAGE.replace("Marsh Gazette - Ferry fares to rise in May", "Ferry fares to rise in May :: Marsh Gazette")
                       .replace("<i>Posted on Friday, April 3, 2026 by Ola Brandt</i>", "03.04.2026 | by Ola Brandt"), "html")
    assert (dotted.metadata.title, dotted.metadata.publisher) == ("Ferry fares to rise in May", "Marsh Gazette")
    assert (dotted.metadata.author, dotted.metadata.published) == ("Ola Brandt", "2026-04-03")


BLOG_PLATFORM_POST = """<html><body class="single single-post wp-embed-responsive"><article class="post type-post">
<h1 class="entry-title">Why our river is still failing</h1>
<div class="entry-content"><p>Volunteers took 312 samples between April and July.</p>
<figure class="wp-block-pullquote"><blockquote><p>We are not going to hit good status by 2027.</p><cite>Dr Amir Sayed, river scientist</cite></blockquote></figure>
<div class="sharedaddy sd-like-enabled"><h3 class="sd-title">Like this:</h3><span class="loading">Loading...</span></div>
</div></article></body></html>"""


def test_a_blog_platform_post_keeps_its_text_under_the_page_s_classes_and_its_pull_quote_block_signed_by_its_cite():
    norm = normalize(BLOG_PLATFORM_POST, "html")
    # the <body>'s "wp-embed-responsive" describes the page, it sets nothing aside
    assert texts(norm) == ["Volunteers took 312 samples between April and July.", "We are not going to hit good status by 2027."]
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["Dr Amir Sayed"]
    # a pull quote that repeats the story's words is still set aside
    repeated = BLOG_PLATFORM_POST.replace("<p>Volunteers took 312 samples between April and July.</p>",
                                          "<p>Dr Sayed said: We are not going to hit good status by 2027.</p>")
    assert texts(normalize(repeated, "html")) == ["Dr Sayed said: We are not going to hit good status by 2027."]
    # a blockquote classed as a pull quote is read the same way: kept when its words are printed nowhere else
    page = ('<html><body><article><h1>Treaty</h1><p>Both ministries said the text was agreed.</p>'
            '<blockquote class="pullquote"><p>"The treaty is ready for signing," the minister said.</p></blockquote>'
            '<p>Baku insists on a change.</p></article></body></html>')
    assert texts(normalize(page, "html")) == ["Both ministries said the text was agreed.",
                                              '"The treaty is ready for signing," the minister said.', "Baku insists on a change."]
    repeated = page.replace("<p>Baku insists on a change.</p>", '<p>"The treaty is ready for signing," the minister said.</p>')
    assert texts(normalize(repeated, "html")).count('"The treaty is ready for signing," the minister said.') == 1


def test_a_wrapper_whose_class_reads_like_an_aside_does_not_take_the_story_with_it():
    page = ('<html><body><div class="content has-sidebar"><h1>Ferry fares rise</h1><p>Fares rose by 6% in May.</p>'
            '<p>The operator blamed fuel costs.</p></div><div class="sidebar"><p>Read our other stories.</p></div></body></html>')
    # the wrapper held the headline: its class is not heeded, the real sidebar's still is
    assert texts(normalize(page, "html")) == ["Fares rose by 6% in May.", "The operator blamed fuel costs."]


def test_a_link_card_cites_the_claim_before_it_and_an_excerpt_is_no_prose():
    page = ('<html><body><article><h1>The true cost</h1><p class="gh-article-excerpt">The figures leave out three costs.</p>'
            '<p>The council says the scheme will cost £11.4 million.</p><p>That leaves out £2.1 million of land.</p>'
            '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://council.example/case">'
            '<div class="kg-bookmark-title">Business case</div><span class="kg-bookmark-author">Kelby Council</span></a></figure>'
            '<p>A spokesperson said the land belonged to another budget.</p></article></body></html>')
    claims, cited = claims_citing(page, "https://council.example/case")
    assert claims == ["The council says the scheme will cost £11.4 million.", "That leaves out £2.1 million of land.",
                      "A spokesperson said the land belonged to another budget."]
    assert cited == ["That leaves out £2.1 million of land."]


def test_a_figure_holding_a_quotation_is_a_quotation_signed_by_its_caption():
    page = ('<html><head><meta itemprop="author" content="Sarah Quinn"></head><body><article><h1>A record winter</h1>'
            '<p>We gave out 4,870 parcels.</p><figure><img src="a.jpg" alt=""><figcaption>Volunteers packing parcels.</figcaption></figure>'
            '<figure><blockquote>People are choosing between heating and eating.</blockquote>'
            '<figcaption>— Sarah Quinn, manager</figcaption></figure></article></body></html>')
    norm = normalize(page, "html")
    # a photo's caption stays set aside; the quotation is read, and its caption names who said it
    assert texts(norm) == ["We gave out 4,870 parcels.", "People are choosing between heating and eating."]
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["Sarah Quinn"]
    assert norm.metadata.author == "Sarah Quinn"  # from the page's itemprop meta


def test_css_module_class_names_count_by_the_component_and_element_they_name():
    page = ('<html><body><article><span class="ArticleHeader_flag__u7Xc1">Council</span><h1>Bins to go fortnightly</h1>'
            '<div class="ArticleBody_paragraph__c2LfD">General waste will be collected every two weeks from 5 October.</div>'
            '<aside class="RelatedLinks_root__3dLxq"><p>Recycling rates fall for third year.</p></aside>'
            '<div class="ArticleBody_paragraph__c2LfD">The recycling rate was 41% in 2025.</div></article>'
            '<footer class="SiteFooter_root__Hh1Xa"><p>The Kelby Record is published by Kelby Media Ltd.</p></footer></body></html>')
    assert texts(normalize(page, "html")) == ["General waste will be collected every two weeks from 5 October.",
                                              "The recycling rate was 41% in 2025."]


def test_a_newsletter_s_bare_footnote_links_point_to_its_numbered_notes():
    page = ('<html><body><article><h1>Ferry numbers</h1>'
            '<p>The operator said it carried 410,000 passengers.<a class="footnote-anchor" href="#footnote-1">1</a></p>'
            '<div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content">'
            '<p>Council minutes, 12 June 2026: <a href="https://council.example/minutes">minutes</a></p></div></div>'
            '</article></body></html>')
    claims, cited = claims_citing(page, "https://council.example/minutes")
    assert claims == cited == ["The operator said it carried 410,000 passengers."]


CORRECTED_PAGE = """<html><body><article><h1>Storm Bram</h1>
<dialog open><p>Do you accept all cookies?</p><button>Accept</button></dialog>
<template><p>Subscribe to keep reading.</p></template>
<p>Northern Grid said <del>most</del> <ins>all</ins> customers should be reconnected by Thursday.</p>
<p>Engineers restored <s>2,000</s> 3,000 homes on <strike>Monday</strike> Tuesday.</p>
<iframe src="https://maps.example/cuts">Your browser does not support embedded maps.</iframe>
</article></body></html>"""


def test_words_struck_through_a_template_and_an_iframe_s_fallback_are_not_the_page_s_text():
    assert texts(normalize(CORRECTED_PAGE, "html")) == [
        "Northern Grid said all customers should be reconnected by Thursday.",
        "Engineers restored 3,000 homes on Tuesday."]


SHORTCODES = """<html><body><div class="entry-content"><h1>Flood scheme approved</h1>
<p>[caption id="attachment_12" align="alignright" width="300"]<img src="/a.jpg"> Flood water on Mill Road.[/caption]</p>
<p>A £3.2 million flood scheme was approved on Thursday.</p>
<p>[pullquote align="left"]“A long four years for residents”[/pullquote]</p>
<p>[embed]https://www.youtube.com/watch?v=abc123[/embed]</p>
<p>[gallery ids="4410,4411,4413" columns="3"]</p>
<p>The [council] said work would start in April.</p>
</div></body></html>"""


def test_a_blog_platform_s_shortcodes_printed_unrendered_are_no_prose():
    expected = ["A £3.2 million flood scheme was approved on Thursday.", "The [council] said work would start in April."]
    assert texts(normalize(SHORTCODES, "html")) == expected
    md = "# Flood scheme approved\n\n" + "\n\n".join(
        line.removeprefix("<p>").removesuffix("</p>") for line in SHORTCODES.splitlines()[2:-1] if "<img" not in line) + "\n"
    assert texts(normalize(md, "markdown")) == expected


DRUPAL_NEWS = """<html><body><main><article class="node node--type-news">
<h1 class="page-title"><span class="field field--name-title">Support scheme agreed</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>Changes to the council tax support scheme were agreed on Wednesday.</p></div>
</article></main></body></html>"""


def test_a_body_field_whose_type_allows_a_summary_is_the_story_not_a_summary_box():
    assert texts(normalize(DRUPAL_NEWS, "html")) == ["Changes to the council tax support scheme were agreed on Wednesday."]
    boxed = DRUPAL_NEWS.replace("field--type-text-with-summary", "article-summary")
    assert texts(normalize(boxed, "html")) == []


BROADCASTER_PAGE = """<html><body><div class="headline__wrapper"><h1>Record Thanksgiving travel</h1></div>
<div class="byline__names"><span class="byline__name">Maya Chen</span>, CNN</div>
<div class="article__content"><p class="paragraph">A record 81.9 million people are expected to travel, according to AAA.</p></div>
<header><div class="author-date"><span>By </span><a href="/authors/ps">Priya Shah</a><time datetime="2026-11-19T11:42:00Z">November 19, 2026</time></div></header>
</body></html>"""


def test_a_bem_byline_is_no_prose_and_a_byline_s_date_is_no_part_of_the_name():
    norm = normalize(BROADCASTER_PAGE, "html")
    assert texts(norm) == ["A record 81.9 million people are expected to travel, according to AAA."]
    assert norm.metadata.author in ("Maya Chen", "Priya Shah")
    assert not norm.metadata.author.endswith("November")


TABLOID_BULLETS = """<html><body><div id="js-article-text"><h2>Pier to close for two years</h2>
<ul class="mol-bullets-with-font"><li><strong>Kelby Pier will shut from January while £9m repairs are carried out</strong></li>
<li><strong>Engineers found corroded steel beneath the deck</strong></li></ul>
<p>Kelby Pier will close for two years from January.</p></div></body></html>"""


def test_the_headline_s_points_in_bold_above_the_story_are_no_prose():
    assert texts(normalize(TABLOID_BULLETS, "html")) == ["Kelby Pier will close for two years from January."]
    # points written as whole sentences state what they say
    sentences = TABLOID_BULLETS.replace("beneath the deck</strong>", "beneath the deck.</strong>")
    assert texts(normalize(sentences, "html")) == ["Engineers found corroded steel beneath the deck.",
                                                   "Kelby Pier will close for two years from January."]


def test_a_class_read_as_an_aside_that_takes_every_paragraph_of_the_story_is_not_heeded():
    page = ('<html><body><h1>Ferry fares rise</h1><div class="promo-layout"><p>Fares rose by 6% in May.</p>'
            '<p>The operator blamed fuel costs.</p><p>Islanders said the rise was unfair.</p></div>'
            '<div class="sidebar"><p>Read our other stories.</p></div></body></html>')
    assert texts(normalize(page, "html")) == ["Fares rose by 6% in May.", "The operator blamed fuel costs.",
                                              "Islanders said the rise was unfair."]
    # with the story in prose of its own, a promotion beside it stays aside
    told = page.replace('<div class="promo-layout">', '<div><p>A new ferry enters service on Monday.</p></div><div class="promo-layout">')
    assert texts(normalize(told, "html")) == ["A new ferry enters service on Monday."]


PORTAL_PAGE = """<html><body><div id="module-article"><header class="caas-header"><h1>Four-day week pilot approved</h1></header>
<div class="caas-attr-meta"><time datetime="2026-11-17T19:20:11.000Z">Tue, November 17, 2026 at 2:20 PM EST</time></div>
<div class="caas-logo"><span class="caas-attr-provider">The Kelby Herald</span></div>
<p class="sdc-article-header__sub-title">Nearly half of patients waited more than four hours.</p>
<div class="caas-body"><p>The board voted 4-1 on Monday night to try a four-day week.</p>
<div class="more-about"><span>More about</span><a href="/t/w">Water</a><a href="/t/s">Sewage</a></div>
<div class="video"><p>Please use Chrome browser for a more accessible video player</p></div>
<p>Thursday 12 November 2026 10:31, UK</p><p>November 23, 2026 at 9:05 a.m. EST</p><p>Fri 17 May 2024</p>
<p><em>This article originally appeared on The Kelby Herald: Four-day week pilot approved</em></p></div></div></body></html>"""


def test_a_portal_s_provider_logo_a_sub_title_a_player_s_notice_dated_lines_topic_links_and_where_it_first_ran_are_no_prose():
    assert texts(normalize(PORTAL_PAGE, "html")) == ["The board voted 4-1 on Monday night to try a four-day week."]


def test_an_academic_site_s_disclosure_and_republishing_boxes_are_no_prose():
    page = ("<html><body><article><h1>Warmer rivers</h1><div itemprop='articleBody'><p>Temperatures rose by 1.4C since 1995.</p></div>"
            "<div class='disclosure'><h3>Disclosure statement</h3><p>Lena Holt receives funding from the research council.</p></div>"
            "<div class='republish-article'><h3>Republish this article</h3><p>We believe in the free flow of information.</p></div>"
            "</article></body></html>")
    assert texts(normalize(page, "html")) == ["Temperatures rose by 1.4C since 1995."]


def test_a_note_led_by_the_number_a_marker_in_the_prose_printed_is_a_source_not_prose():
    page = ('<html><body><div class="story"><h1>Pool to close</h1><p>The roof was found to contain RAAC in 2024.'
            '<sup><a href="#fn1">1</a></sup></p><hr><p id="fn1"><sup>1</sup> Fenby District Council, structural survey, September 2024.</p>'
            '</div></body></html>')
    claims, _ = claims_citing(page, None)
    assert claims == ["The roof was found to contain RAAC in 2024."]
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [(s.name, s.how) for s in result.sources] == [("Fenby District Council", "footnote")]


def test_a_call_to_comment_below_is_no_prose():
    page = "<article><h1>Parking</h1><p>Charges rose to £2.40 an hour.</p><p><strong>Have YOUR say in the comments below.</strong></p></article>"
    assert texts(normalize(page, "html")) == ["Charges rose to £2.40 an hour."]



def test_a_letter_sent_as_html_is_dated_by_its_date_line_and_signed_after_its_valediction():
    page = ("<html><body><table><tr><td><p>20 November 2026</p><p>Dear Parents/Carers,</p>"
            "<p>The school's boiler failed on Tuesday morning.</p><p>Thank you for your patience.</p>"
            "<p>Yours sincerely,</p><p>Mrs A. Clarke<br>Headteacher</p></td></tr></table></body></html>")
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [c.text for c in result.claims] == ["The school's boiler failed on Tuesday morning.", "Thank you for your patience."]
    assert result.document.published == "2026-11-20"
    assert [t.value for t in result.claims[0].times] == ["2026-11-17"]


def test_an_old_table_page_s_capitals_masthead_is_no_prose_and_a_heading_ending_in_a_date_dates_minutes():
    page = ("<html><body><center><font size=4><b>FENBY PARISH COUNCIL</b></font></center><table><tr><td>"
            "<font>The hall committee has raised &pound;31,500 towards the roof.<br><br>The roof has leaked since 2025.</font>"
            "</td></tr></table></body></html>")
    assert texts(normalize(page, "html")) == ["The hall committee has raised £31,500 towards the roof.", "The roof has leaked since 2025."]
    minutes = ("<html><body><h1>Kelby Allotments Association</h1><h2>Committee minutes, 10 November 2026</h2>"
               "<p>Members agreed to raise the plot fee by £8 from 1 January.</p><p>Next meeting: 12 January 2027</p></body></html>")
    result = analyze(Document(minutes, "html"), config=CONFIG)
    assert result.document.published == "2026-11-10"
    assert [(c.text, [t.value for t in c.times]) for c in result.claims] == [
        ("Members agreed to raise the plot fee by £8 from 1 January.", ["2027-01-01"])]



def test_a_video_block_and_its_media_caption_are_no_prose():
    html = ('<article><h1>Breaches fall</h1><div data-component="text-block"><p>The mission recorded 31 violations last month.</p></div>'
            '<div data-component="video-block"><span class="visually-hidden">Media caption, </span>Watch: life on the front line in Dren</div>'
            '<div data-component="text-block"><p>Their next report is due in mid-December.</p></div></article>')
    assert texts(normalize(html, "html")) == ["The mission recorded 31 violations last month.", "Their next report is due in mid-December."]


def test_a_closing_line_saying_who_the_writer_is_is_no_claim_where_no_byline_names_him():
    html = ("<article><h1>Peacekeepers</h1><p>Russia deployed 1,960 troops in November 2020.</p>"
            "<p><em>Anar Valiyev is Associate Professor at ADA University, Baku, Azerbaijan.</em></p></article>")
    assert texts(normalize(html, "html")) == ["Russia deployed 1,960 troops in November 2020."]
    md = "# Peacekeepers\n\nRussia deployed 1,960 troops in November 2020.\n\n*Anar Valiyev is Associate Professor at ADA University.*\n"
    assert texts(normalize(md, "markdown")) == ["Russia deployed 1,960 troops in November 2020."]
    # a post told inside the story stays
    html = ("<article><h1>Charity</h1><p>Jane Smith is director of the Kelby Food Bank.</p>"
            "<p>The food bank fed 4,200 families last year.</p></article>")
    assert len(texts(normalize(html, "html"))) == 2


def test_a_fact_box_written_as_sentences_states_claims_and_one_of_fragments_does_not():
    html = ('<article><h1>Monitors</h1><p>The mission recorded 31 violations in October.</p>'
            '<aside class="factbox"><h2>The mission in brief</h2><ul>'
            '<li>It was deployed in March 2024 after a ceasefire ended six weeks of fighting.</li>'
            '<li>240 monitors</li></ul></aside></article>')
    assert texts(normalize(html, "html")) == ["The mission recorded 31 violations in October.",
                                              "It was deployed in March 2024 after a ceasefire ended six weeks of fighting."]


def _govuk_page(fmt):
    return (f'<html><head><title>Velora travel advice - GOV.UK</title><meta name="govuk:format" content="{fmt}">'
            '<meta name="govuk:first-published-at" content="2019-03-04T10:00:00+00:00">'
            '<meta name="govuk:public-updated-at" content="2026-11-24T16:12:00+00:00"></head><body><main>'
            '<h1>Velora</h1><p>Flights from Port Arlen airport resumed on 18 November.</p></main></body></html>')


def test_a_gov_uk_page_kept_current_is_dated_by_its_last_update_and_a_news_story_by_its_first():
    advice = analyze(Document(_govuk_page("travel_advice"), "html"), config=CONFIG)
    assert advice.document.published == "2026-11-24"
    assert [t.value for t in advice.claims[0].times] == ["2026-11-18"]
    story = analyze(Document(_govuk_page("news_story"), "html"), config=CONFIG)
    assert story.document.published == "2019-03-04"


def test_a_classification_banner_at_the_head_and_foot_of_a_brief_is_no_prose():
    brief = ("UNCLASSIFIED//FOR OFFICIAL USE ONLY\n\n# Outlook for the ceasefire\n\n"
             "The talks broke down on 26 November.\n\nSECRET//NOFORN\n\nOFFICIAL-SENSITIVE\n")
    claims = [c.text for c in analyze(Document(brief, "markdown"), config=CONFIG).claims]
    assert claims == ["The talks broke down on 26 November."]
    told = analyze(Document("The file was marked SECRET//NOFORN by the ministry.", "text"), config=CONFIG)
    assert [c.text for c in told.claims] == ["The file was marked SECRET//NOFORN by the ministry."]


LIVE_PAGE = """<html><head><title>Flood warnings live | Kelby Post</title>
<meta property="article:published_time" content="2026-11-26T08:55:00Z"></head><body><article>
<h1>Flood warnings live: river Esk at record level</h1><p class="notice">This page will update automatically.</p>
<div class="post"><time datetime="2026-11-26T14:10:00Z">14:10 GMT</time><h3>Bridge closed</h3>
<p>Police have closed Ruswarp bridge.</p></div>
<div class="post"><time datetime="2026-11-26T09:00:00Z">09:00 GMT</time><h3>Welcome</h3>
<p>Good morning and welcome to our live coverage of the floods.</p>
<p>The Environment Agency has issued 14 flood warnings.</p></div></article></body></html>"""


def test_a_live_page_s_notice_post_hours_and_opening_greeting_are_no_prose():
    claims = [c.text for c in analyze(Document(LIVE_PAGE, "html"), config=CONFIG).claims]
    assert claims == ["Police have closed Ruswarp bridge.", "The Environment Agency has issued 14 flood warnings."]


def test_a_cms_s_published_date_meta_dates_the_page():
    page = ('<html><head><meta name="publishedDate" content="2026-11-24T11:42:10"></head><body><article>'
            '<h1>Refugees cross into Chad</h1><p>Nearly 400,000 people have crossed into Chad so far this year, '
            'the agency said on Monday.</p></article></body></html>')
    result = analyze(Document(page, "html"), config=CONFIG)
    assert result.document.published == "2026-11-24"
    assert [t.value for t in result.claims[0].times] == ["2026", "2026-11-23"]


def test_a_sidebar_list_under_most_read_is_no_prose():
    page = ('<html><body><div class="main-col"><h1>Mission weighed</h1><p>The mission now has 2,300 troops.</p></div>'
            '<div class="side-col"><h3>Most read</h3><ol><li><a href="/a">Floods hit southern provinces</a></li></ol></div></body></html>')
    assert [c.text for c in analyze(Document(page, "html"), config=CONFIG).claims] == ["The mission now has 2,300 troops."]


def test_a_subhead_printed_dates_a_news_agencies_line_and_a_more_on_box_are_no_claims():
    from claims.analysis import Document, analyze

    from .stage_helpers import CONFIG

    page = ('<html><body><main><h1>Nearly all have fled, officials say</h1>'
            '<p class="article__subhead"><em>More than 100,000 people have crossed in a week.</em></p>'
            '<div class="article-dates"><span>30 Sep 2023</span><span class="date-simple">30 Sep 2023</span></div>'
            '<div class="article-source">Meridian and news agencies</div>'
            '<div class="wysiwyg"><p>The government says more than 100,000 people have arrived since September 19.</p></div>'
            '<div class="more-on"><h2>More on this</h2><ul><li><a href="/x">What next for Karabakh?</a></li></ul></div>'
            '</main></body></html>')
    result = analyze(Document(page, "html"), config=CONFIG)
    assert [c.text for c in result.claims] == ["The government says more than 100,000 people have arrived since September 19."]


def test_a_quotation_closing_on_a_comma_runs_on_into_its_teller_s_paragraph_and_a_wire_s_error_line_is_chrome():
    from claims.analysis import Document, analyze

    from .stage_helpers import CONFIG

    page = ('<html><body><article><h1>Moldova backs EU path</h1>'
            '<p>Moldovans voted by a thin margin to back joining the EU, the electoral commission said on Monday.</p>'
            '<blockquote><p>&ldquo;We won the first battle in a difficult fight,&rdquo;</p></blockquote>'
            '<p>Sandu told supporters early on Monday.</p>'
            '<blockquote><p>&ldquo;This is a historic day.&rdquo;</p></blockquote>'
            '<p>Turnout was just over 50%.</p>'
            '<p><a href="/corrections">Report an error</a> &middot; Editing by Helen Park</p></article></body></html>')
    result = analyze(Document(page, "html"), config=CONFIG)
    texts = [c.text for c in result.claims]
    assert "“We won the first battle in a difficult fight,” Sandu told supporters early on Monday." in texts
    assert "Turnout was just over 50%." in texts and not any("Editing by" in t for t in texts)


def test_a_said_line_over_a_quotation_box_names_its_speaker_and_media_enquiry_lines_are_chrome():
    from claims.analysis import Document, analyze

    from .stage_helpers import CONFIG

    page = ('<html><body><main><h1>UK announces new sanctions</h1><p>The UK has sanctioned 12 individuals.</p>'
            '<p>The Foreign Secretary said:</p>'
            '<div class="call-to-action"><p>&ldquo;Russia&rsquo;s attacks threaten food security. Today&rsquo;s sanctions '
            'show that those responsible will be held to account.&rdquo;</p></div>'
            '<ul><li>Those designated today are subject to an asset freeze.</li></ul>'
            '<h2>Media enquiries</h2><p>Telephone 020 7008 3100</p></main></body></html>')
    result = analyze(Document(page, "html", published=dt.date(2025, 3, 12)), config=CONFIG)
    by_text = {c.text: c for c in result.claims}
    assert by_text["Today’s sanctions show that those responsible will be held to account.”"].speaker == "The Foreign Secretary"
    assert not by_text["Those designated today are subject to an asset freeze."].time_sensitive
    assert not any("020 7008" in t or "said:" in t for t in by_text)


def test_a_dublin_core_date_meta_tag_dates_the_page():
    from claims.analysis.normalize import normalize as normalize_page

    page = ('<html><head><meta name="dcterms.date" content="2025-08-06"></head><body><article><h1>Peace deal</h1>'
            '<p>The two leaders will meet at the White House on Friday.</p></article></body></html>')
    assert normalize_page(page, "html").metadata.published == "2025-08-06"


def test_a_press_office_s_date_div_with_a_comma_before_the_year_dates_the_page():
    page = ("<html><body><div class='news-item'><div class='date'>13 September, 2022 11:40</div>"
            "<h2 class='title'>Statement on the border</h2><div class='text'><p>The ministry requested assistance "
            "under the 1997 treaty.</p></div></div></body></html>")
    norm = normalize(page, "html")
    assert norm.metadata.published == "2022-09-13"
    assert texts(norm) == ["The ministry requested assistance under the 1997 treaty."]


def test_a_key_points_box_keeps_its_own_heading_and_a_think_tank_s_closing_sections_stay_out():
    page = ("<html><body><main><h1>Can the mission outlast its mandate?</h1>"
            "<section class='key-takeaways'><h2>Key takeaways</h2><ul><li>The mission has grown from 100 to about 200 staff since 2023.</li></ul></section>"
            "<p>The mission was launched in February 2023.</p>"
            "<section><h2>About the author</h2><p>Marta Kowalczyk is a senior fellow at the institute.</p></section>"
            "<section><h2>Cite this</h2><p>Kowalczyk, M. (2024). Can the mission outlast its mandate? The Institute.</p></section>"
            "</main></body></html>")
    norm = normalize(page, "html")
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert headings == ["Can the mission outlast its mandate?", "Key takeaways"]
    assert texts(norm) == ["The mission has grown from 100 to about 200 staff since 2023.", "The mission was launched in February 2023."]


def test_an_assembly_s_document_information_paragraph_is_no_prose():
    page = ("<html><body><div class='document'><h1>Resolution 2517 (2023)</h1><p class='docinfo'>Assembly debate on "
            "12 October 2023 (31st sitting). Text adopted by the Assembly on 12 October 2023.</p><p>1. The Assembly "
            "notes that 100 514 displaced persons had been registered by 2 October 2023.</p></div></body></html>")
    assert texts(normalize(page, "html")) == ["The Assembly notes that 100 514 displaced persons had been registered by 2 October 2023."]


def test_a_read_also_promo_between_paragraphs_is_no_prose():
    page = ("<html><body><div class='post-content'><p>Georgia suspended its accession talks on Thursday.</p>"
            "<p><b>Read also:</b> <a href='/a/1'>European Parliament rejects election results</a></p>"
            "<p>Protesters gathered outside parliament.</p></div></body></html>")
    assert texts(normalize(page, "html")) == ["Georgia suspended its accession talks on Thursday.", "Protesters gathered outside parliament."]


def test_a_press_page_s_contacts_box_and_download_links_are_no_prose():
    page = ("<html><body><main><h1>Moldova: EU opens accession negotiations</h1>"
            "<p>The European Union today opened accession negotiations with Moldova.</p>"
            "<div class='ecl-contacts'><h3>Contacts</h3><p>Ana Rodrigues, Press officer<br>+32 2 281 00 00</p></div>"
            "<ul><li><a href='/media/statement.pdf'>EU opening statement (pdf, 120 KB)</a></li></ul>"
            "</main></body></html>")
    assert texts(normalize(page, "html")) == ["The European Union today opened accession negotiations with Moldova."]


def test_the_paragraph_of_an_hgroup_is_the_headline_s_subtitle_and_no_claim():
    html = ("<article><hgroup><h1>Armenia offers rights to transit route</h1><p>The 43-kilometre corridor would connect "
            "Azerbaijan with Nakhchivan for the first time since the 1990s.</p></hgroup>"
            "<p>Armenia will give a consortium the right to run the route, Nikol Pashinyan said on Monday.</p></article>")
    result = analyze(Document(html, "html"), config=CONFIG)
    assert [c.text[:20] for c in result.claims] == ["Armenia will give a "]


def test_a_sentence_cut_off_over_the_list_that_finishes_it_is_no_claim_of_its_own():
    html = ("<html><body><main><h1>Letter</h1><p>Rents rose 8% in 2024.</p><p>We ask the council to:</p>"
            "<ol><li>freeze rents for a year;</li><li>build social housing.</li></ol>"
            "<p>The plan has three aims:</p><ul><li>Lower rents.</li><li>More homes.</li></ul></main></body></html>")
    markdown = ("Rents rose 8% in 2024.\n\nThe board recommends that:\n\n1. rents are frozen for a year;\n"
                "2. the council builds social housing.\n")
    html_texts = texts(normalize(html, "html"))
    assert "We ask the council to:" not in html_texts
    assert "freeze rents for a year;" in html_texts
    # a whole clause over a list asserts something of its own
    assert "The plan has three aims:" in html_texts
    md_texts = texts(normalize(markdown, "markdown"))
    assert "The board recommends that:" not in md_texts and "rents are frozen for a year;" in md_texts
