"""Markdown as converters write it: Pandoc's heading attributes, bracketed spans, escapes, hard line
breaks, grid tables and table captions."""
import datetime as dt

from claims.analysis import Document, analyze
from claims.analysis.normalize import normalize
from claims.analysis.segment import segment

from .stage_helpers import CONFIG


def texts(norm):
    return [norm.text[s.start:s.end] for s in segment(norm)]


def headings(norm):
    return [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]


CONVERTED = """# Summary {#summary .unnumbered}

Spending reached **£11.2 million** in 2024/25.

[This briefing was prepared for the committee on 17 February 2026.]{.underline}

## Costs {#costs}

US districts spend about \\$1,100 a pupil, a rise of 4\\%.

+------------+---------+
| Route type | 2024/25 |
+============+=========+
| Taxi       | 455     |
+------------+---------+

: Number of contracted routes {#tbl:routes}

Officers expect to save around £600,000 a year.\\
The committee may wish to ask for a further report.
"""


def test_pandoc_s_attributes_spans_escapes_hard_breaks_and_grid_tables_leave_only_the_prose():
    norm = normalize(CONVERTED, "markdown")
    assert headings(norm) == ["Summary", "Costs"]
    assert texts(norm) == [
        "Spending reached £11.2 million in 2024/25.",
        "This briefing was prepared for the committee on 17 February 2026.",
        "US districts spend about $1,100 a pupil, a rise of 4%.",
        "Officers expect to save around £600,000 a year.",
        "The committee may wish to ask for a further report.",
    ]


def test_a_colon_line_after_prose_is_no_caption_and_a_link_is_no_span():
    norm = normalize("Fares rose by 4%.\n\n: not a caption here\n\n[The plan](https://example.org/plan) was agreed.\n",
                     "markdown")
    assert texts(norm)[-1] == "The plan was agreed."
    assert any("not a caption here" in t for t in texts(norm))


def test_a_repository_alert_box_is_set_aside_and_its_last_updated_stamp_dates_the_report():
    raw = ("# Open Streets: progress report\n\n> [!NOTE]\n> This report is maintained by volunteers. Last updated 3 June 2026.\n\n"
           "The city now has 46 km of protected cycle lanes.\n\n> The lanes changed how I ride.\n")
    norm = normalize(raw, "markdown")
    assert texts(norm) == ["The city now has 46 km of protected cycle lanes.", "The lanes changed how I ride."]
    assert norm.metadata.published == "2026-06-03"


def test_emoji_shortcodes_task_boxes_a_collapsible_title_and_a_contributing_section_are_no_text():
    raw = ("# Progress report\n\n:warning: Figures for May are provisional.\n\n## Promises\n\n"
           "- [x] Install 500 new cycle stands\n- [ ] Build the Northgate bridge\n\n"
           "<details>\n<summary>How we count</summary>\n\nWe read the counters every Monday at 10:30.\n\n</details>\n\n"
           "## Contributing\n\nPull requests are welcome.\n")
    norm = normalize(raw, "markdown")
    assert headings(norm) == ["Progress report", "Promises", "How we count"]
    assert texts(norm) == ["Figures for May are provisional.", "Install 500 new cycle stands", "Build the Northgate bridge",
                           "We read the counters every Monday at 10:30."]


def test_a_notebook_s_code_cells_and_indented_output_are_no_text_and_ascii_quotes_still_are_quotes():
    raw = ("# Bus data\n\nWe analysed 1.2 million departures.\n\n```python\ndf = pd.read_csv(\"x.csv\")\n```\n\n"
           "```\nroute\n12    0.39\n```\n\n    Out[4]: 0.163\n\nAcross all routes, 16.3% were late.\n\n"
           "- A point\n\n    its second paragraph, indented under the point.\n\nHe said ``it works'' twice.\n")
    norm = normalize(raw, "markdown")
    assert texts(norm) == ["We analysed 1.2 million departures.", "Across all routes, 16.3% were late.", "A point",
                           "its second paragraph, indented under the point.", "He said \u201cit works\u201d twice."]


def test_abbreviation_definitions_and_a_setext_heading_with_stray_hashes_are_markup():
    raw = "# GP access\n\nSummary ##\n----------\n\nThe ICB advertised 14 posts.\n\n*[ICB]: Integrated Care Board\n*[GP]: General Practitioner\n"
    norm = normalize(raw, "markdown")
    assert headings(norm) == ["GP access", "Summary"]
    assert texts(norm) == ["The ICB advertised 14 posts."]


def test_liquid_tags_a_raw_block_and_kramdown_attribute_lists_are_template_not_text():
    raw = ("# Flood defences\n\n{% include toc.html %}\n\nThe wall was finished in March.\n{: .lead}\n\n"
           "{% raw %}{{ this is not a tag }}{% endraw %}\n\nThe bill was £23.4 million.\n\n{% include signup.html %}\n")
    assert texts(normalize(raw, "markdown")) == ["The wall was finished in March.", "The bill was £23.4 million."]


def test_a_table_written_in_html_inside_markdown_is_figures_and_its_source_line_no_prose():
    raw = ("# School places\n\nThe council offered 2,412 places.\n\n<table>\n  <tr><th>School</th><th>Places</th></tr>\n"
           "  <tr><td>Fenby High</td><td>180<br><em>(+30)</em></td></tr>\n</table>\n<p><small>Source: admissions team</small></p>\n\n"
           "Hill Street was the most oversubscribed school.\n\n```html\n<table>\n```\n\nThe deadline is 30 September.\n")
    assert texts(normalize(raw, "markdown")) == ["The council offered 2,412 places.", "Hill Street was the most oversubscribed school.",
                                                 "The deadline is 30 September."]


def test_numbered_notes_after_a_rule_are_the_notes_the_text_s_markers_point_to():
    raw = ("# Route 7\n\nStagecoach says it lost £410,000 on the route.[1]\n\nThe council's data says otherwise.[2]\n\n---\n\n"
           "[1] Stagecoach Kelby, letter to councillors, 2 September 2026.\n[2] Kelby County Council, bus data, 2025/26.\n\n"
           "[3] Not a note of this text, so a line of prose.\n[4] And another.\n")
    norm = normalize(raw, "markdown")
    assert [r.label for r in norm.references] == ["1", "2"]
    assert texts(norm)[:2] == ["Stagecoach says it lost £410,000 on the route.", "The council's data says otherwise."]
    assert any("Not a note" in t for t in texts(norm))


def test_myst_roles_cite_or_point_and_are_no_words_of_the_sentence():
    raw = ("# Recycling\n\n(recycling-intro)=\n\nHouseholds recycled 41,300 tonnes in 2025 {cite}`kelby2025waste`.\n\n"
           "Food waste is the main cause, see {numref}`fig-sorting`.\n\nThe code `df.mean()` gave 17%.\n")
    norm = normalize(raw, "markdown")
    assert texts(norm) == ["Households recycled 41,300 tonnes in 2025.", "Food waste is the main cause, see.",
                           "The code df.mean() gave 17%."]
    assert [m.label for m in norm.markers] == ["kelby2025waste"]


MDX_PAGE = """---
title: Pool hours are changing
authors:
  - name: Ana Ruiz
    title: Press officer, Kelby Leisure
date: 2026-06-18
---

import Tabs from '@theme/Tabs';
export const year = 2026;

{/* Checked by the centre manager
on 17 June */}

The pool will open for 60 hours a week from 1 September.

:::info Survey results

More than 900 swimmers answered the survey.

:::

<Tabs>
  <TabItem value="a" label="Weekdays">

Early swims start at 6.30am.

  </TabItem>
</Tabs>
"""


def test_mdx_module_lines_brace_comments_and_admonition_fences_are_no_prose_and_the_box_s_sentences_stay():
    norm = normalize(MDX_PAGE, "markdown")
    assert texts(norm) == ["The pool will open for 60 hours a week from 1 September.",
                           "More than 900 swimmers answered the survey.", "Early swims start at 6.30am."]
    # the authors list names the author; its nested "title:" is the author's role, not the page's title
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Pool hours are changing", "Ana Ruiz", "2026-06-18")
    # a sentence that opens with "Import" or "Export" is prose
    assert texts(normalize("Import prices rose by 4% from the ministry's figures.\n", "markdown")) == [
        "Import prices rose by 4% from the ministry's figures."]


NOTEBOOK_PAGE = """---
tags: [housing]
created: 2026-10-02
---

# Empty homes

> [!info] Source
> Notes from the cabinet report of 30 September.

There were 1,870 empty homes in [[Kelby]], according to [[Kelby Council|the council]]. ==This applies to 412 homes.==

%%check this figure%%

> [!quote] Cllr Ray Dunn, cabinet member for housing
> Every empty home is a wasted chance.

![[empty-homes-chart.png]]

Totals: x==y and a == b stay as written.
"""


def test_a_notebook_page_s_callouts_wiki_links_highlights_comments_and_embeds():
    norm = normalize(NOTEBOOK_PAGE, "markdown")
    assert texts(norm) == ["There were 1,870 empty homes in Kelby, according to the council.", "This applies to 412 homes.",
                           "Every empty home is a wasted chance.", "Totals: x==y and a == b stay as written."]
    # an info callout is a note about the page, set aside; a quote callout's title names the speaker
    assert [b.speaker for b in norm.blocks if b.kind == "blockquote"] == ["Cllr Ray Dunn"]
    assert norm.metadata.published == "2026-10-02"


def test_a_toml_front_matter_gives_title_author_and_date_and_is_no_prose():
    md = ('+++\ntitle = "Air quality in 2025"\ndate = 2026-03-02T09:00:00Z\nauthor = "Ines Duarte"\ntags = ["air"]\n'
          '[params]\n  title = "not the page title"\n+++\n\nNitrogen dioxide fell to 24 micrograms in 2025.\n')
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Nitrogen dioxide fell to 24 micrograms in 2025."]
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == ("Air quality in 2025", "Ines Duarte", "2026-03-02")


WIKI_EXPORT = """1.  [Transport Policy](index.html)
2.  [Bus Services](Bus-Services_1376258.html)

# Transport Policy : Route 12 review

Created by Rhys Morgan, last modified by Anna Bell on Apr 14, 2026

<div class="confluence-information-macro confluence-information-macro-information">

<div class="confluence-information-macro-body">

This page is for internal discussion.

</div>

</div>

Route 12 carried 212,000 passengers in 2025.

Attachments:

![](images/icons/bullet_blue.gif) [route12-counts.xlsx](attachments/1/route12-counts.xlsx) (application/vnd.ms-excel)

Document generated by Confluence on Apr 15, 2026 09:12

[Atlassian](http://www.atlassian.com/)
"""


def test_a_wiki_export_s_trail_byline_note_box_attachments_and_stamp_are_no_prose():
    norm = normalize(WIKI_EXPORT, "markdown")
    assert texts(norm) == ["Route 12 carried 212,000 passengers in 2025."]
    assert (norm.metadata.author, norm.metadata.published) == ("Rhys Morgan", "2026-04-14")
    # a list of links under a heading, and a link in a sentence, stay
    kept = normalize("# Route 12\n\n1. [Bus counts](a.html)\n2. [Fares](b.html)\n\nSee [the data](c.html) for 2025.\n", "markdown")
    assert texts(kept) == ["Bus counts", "Fares", "See the data for 2025."]


def test_fenced_divs_with_attributes_are_no_prose_and_their_sentences_stay():
    md = "## Summary\n\nVisits recovered to 1.2 million.\n\n::: {.callout-note}\nCounts come from door counters.\n:::\n\n::: {#refs}\n:::\n"
    assert texts(normalize(md, "markdown")) == ["Visits recovered to 1.2 million.", "Counts come from door counters."]


def test_a_note_macro_closed_by_one_tag_too_many_hides_nothing_after_it():
    md = ('<div class="confluence-information-macro">\nThis page is for discussion.\n</div></div>\n\n'
          "Route 12 carried 212,000 passengers in 2025.\n")
    assert texts(normalize(md, "markdown")) == ["Route 12 carried 212,000 passengers in 2025."]


EXPORTED_MEMO = ("**MEMO**\n\n**To:** Transport Committee  \n**From:** Head of Transport Policy  \n"
                 "**Date:** 9 October 2026  \n**Subject:** Rail strike contingency\n\n**Background**\n\n"
                 "Talks with the rail operator broke down on Monday.\n")


def test_a_memo_head_with_bold_labels_dates_and_titles_the_memo_and_its_first_section_stays_a_heading():
    norm = normalize(EXPORTED_MEMO, "markdown")
    assert texts(norm) == ["Talks with the rail operator broke down on Monday."]
    assert headings(norm) == ["Background"]
    assert (norm.metadata.published, norm.metadata.title) == ("2026-10-09", "Rail strike contingency")


def test_list_items_that_only_link_to_places_on_the_page_are_contents():
    md = ("# Storm Ciara: live updates\n\n**Key events**\n\n- [Ferries cancelled](#e2)\n- [Warning extended](#e1)\n\n"
          "### 16:40\n\nAll ferry sailings were cancelled on Sunday.\n\n- [The operator's notice](https://ferry.example/notice)\n")
    assert texts(normalize(md, "markdown")) == ["All ferry sailings were cancelled on Sunday.", "The operator's notice"]


def test_a_live_page_s_welcome_at_its_foot_is_a_greeting_not_a_claim():
    md = ("# Storm Ciara: live updates\n\n### 16:40\n\nAll ferry sailings were cancelled on Sunday.\n\n"
          "### 11:30\n\nGood morning and welcome to our live coverage of Storm Ciara.\n")
    assert texts(normalize(md, "markdown")) == ["All ferry sailings were cancelled on Sunday."]
    html = ("<h1>Storm Ciara: live updates</h1><h3>16:40</h3><p>All ferry sailings were cancelled on Sunday.</p>"
            "<h3>11:30</h3><p>Good morning and welcome to our live coverage of Storm Ciara.</p>")
    assert texts(normalize(html, "html")) == ["All ferry sailings were cancelled on Sunday."]
    # a welcome in the middle of the story is said by someone in it
    md = "# Open day\n\nWelcome to our new library, the mayor told visitors.\n\nThe library opened on Monday.\n"
    assert len(texts(normalize(md, "markdown"))) == 2


def test_page_properties_with_bold_labels_date_and_credit_the_page():
    md = ("# Young people and work\n\n**Published:** 15 May 2026  \n**Author:** Kelby Youth Trust\n\n"
          "Two in five young people said they had been turned down for a job.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Two in five young people said they had been turned down for a job."]
    assert (norm.metadata.published, norm.metadata.author) == ("2026-05-15", "Kelby Youth Trust")


def test_a_properties_table_s_date_row_dates_the_record():
    md = ("# Record of officer decision\n\n| | |\n|---|---|\n| **Decision maker** | Head of Parks |\n"
          "| **Date of decision** | 14 April 2026 |\n\n## Decision\n\nTo close the Eastfield pavilion from 1 May 2026.\n")
    assert normalize(md, "markdown").metadata.published == "2026-04-14"
    # a table of figures with a "Date" column dates nothing by its first row's label alone
    figures = "# Levels\n\n| Date | Level |\n|---|---|\n| River | 2.1m |\n\nThe river rose 40cm.\n"
    assert normalize(figures, "markdown").metadata.published is None


def test_an_explainer_s_bold_questions_head_their_answers_but_an_interviewer_s_are_asked():
    md = ("# Explained: the fine\n\n**What happened?**\n\nThe regulator fined the company £18 million on Thursday.\n\n"
          "**What will you change?**\n\nEvery shift will have a minimum number of officers.\n")
    norm = normalize(md, "markdown")
    assert headings(norm) == ["Explained: the fine", "What happened?"]
    assert "What will you change?" in texts(norm)


def test_a_note_led_by_a_raised_number_is_the_footnote_its_marker_points_to():
    from claims.analysis import Document, analyze
    from .stage_helpers import CONFIG
    md = ("# Uniform\n\nParents spend an average of £422 a year on uniform.<sup>1</sup>\n\n"
          "<sup>1</sup> The Children's Society, The Wrong Blazer 2026, https://childrenssociety.example/wrong-blazer-2026\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Parents spend an average of £422 a year on uniform."]
    cited = [s for s in result.sources if result.claims[0].id in s.claims]
    assert [s.url for s in cited] == ["https://childrenssociety.example/wrong-blazer-2026"]


def test_a_dated_line_and_a_credit_held_by_a_line_break_under_the_title_date_the_brief():
    md = ("# Free swimming for under-16s: findings\n\n*Report to the Leisure Committee, 3 June 2026*\n"
          "*Prepared by: Sport and Leisure Team*\n\nThe scheme gave 4,100 children free swims in its first year.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The scheme gave 4,100 children free swims in its first year."]
    assert norm.metadata.published == "2026-06-03"
    # two lines that read as prose stay prose
    md = "# Findings\n\nTake-up rose to 91% by July\nand fell back in August.\n"
    assert texts(normalize(md, "markdown")) == ["Take-up rose to 91% by July and fell back in August."]


def test_a_live_page_s_close_is_no_claim():
    md = ("# Budget meeting: as it happened\n\n**8.30pm** The budget has been approved by 29 votes to 19.\n\n"
          "*That's it from us tonight. Thanks for following.*\n")
    assert texts(normalize(md, "markdown")) == ["The budget has been approved by 29 votes to 19."]


def test_candidates_answers_led_by_their_bold_names_and_parties_are_theirs():
    md = ("# Where the candidates stand\n\n*We asked each candidate the same question. Published 2 October 2026.*\n\n"
          "## Would you bring back the 12 bus?\n\n**Jo Smith (Green):** Yes. The 12 was cut in 2024.\n\n"
          "**Tom Reed (Conservative):** Only if it can pay its way.\n\n**Amir Khan (Labour):** Yes, from the parking surplus.\n\n"
          "## Should fares be capped?\n\n**Jo Smith (Green):** Yes, for every journey.\n\n"
          "**Tom Reed (Conservative):** The county cannot afford it.\n")
    claims = analyze(Document(md, "markdown"), config=CONFIG).claims
    by_text = {c.text: c.speaker for c in claims}
    assert by_text["The 12 was cut in 2024."] == "Jo Smith"
    assert by_text["Only if it can pay its way."] == "Tom Reed"
    assert "Published 2 October 2026." not in by_text


def test_a_name_over_a_post_under_a_markdown_letter_is_its_signature():
    md = ("Dear Ms Osei,\n\nThe panel has awarded the theatre a grant of £18,500.\n\nYours sincerely,\n\n"
          "Daniel Reyes\nGrants Manager\n")
    assert texts(normalize(md, "markdown")) == ["The panel has awarded the theatre a grant of £18,500."]


def test_what_follows_a_valediction_is_its_signature():
    md = ("# April update\n\nI met the hospital's chief executive on Monday.\n\nBest wishes,\n\nSarah\n")
    assert texts(normalize(md, "markdown")) == ["I met the hospital's chief executive on Monday."]
    # a valediction-like phrase in the story's first lines is no sign-off
    opening = "# Wishes\n\nKind regards,\n\nThe library reopens on Monday.\n"
    assert texts(normalize(opening, "markdown")) == ["The library reopens on Monday."]


def test_a_task_list_s_bold_pledge_set_off_by_a_dash_heads_its_status():
    md = ("# Promise tracker\n\n## Housing\n\n- [ ] **Build 500 council homes by 2028** — 212 homes have been completed.\n"
          "- [x] **License all private landlords** — The licensing scheme began in January.\n")
    norm = normalize(md, "markdown")
    said = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "list_item"]
    heads = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert said == ["212 homes have been completed.", "The licensing scheme began in January."]
    assert "Build 500 council homes by 2028" in heads


def test_a_reference_style_image_and_its_data_uri_definition_leave_no_text():
    md = ("# Review\n\nVisits fell by 37% in seven years.\n\n![][image1]\n\nEvening visits fell the most.\n\n"
          "[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk>\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Visits fell by 37% in seven years.", "Evening visits fell the most."]


def test_a_bold_topic_bullet_over_nested_items_heads_them():
    md = ("# Council week\n\n- **Housing**\n  - 38 council homes were handed over on Tuesday.\n"
          "  - The waiting list stands at 4,120 households.\n- **Roads**\n  - Crews filled 312 potholes this week.\n")
    norm = normalize(md, "markdown")
    heads = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    items = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "list_item"]
    assert heads == ["Council week", "Housing", "Roads"]
    assert items == ["38 council homes were handed over on Tuesday.", "The waiting list stands at 4,120 households.",
                     "Crews filled 312 potholes this week."]


def test_a_key_points_box_in_a_quote_gives_its_bullets_as_items_under_its_label():
    md = ("# Bus franchising\n\n> **Key points**\n>\n> - Franchising would give the authority control of fares.\n"
          "> - Setting it up would cost about £32 million\n>   over five years.\n\nThe authority decides the network.\n")
    norm = normalize(md, "markdown")
    items = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "list_item"]
    heads = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert items == ["Franchising would give the authority control of fares.",
                     "Setting it up would cost about £32 million over five years."]
    assert heads == ["Bus franchising", "Key points"]


def test_an_outliner_page_s_properties_heading_bullets_child_bullets_and_tasks():
    md = ("title:: Bus franchising notes\ndate:: 2026-11-18\nauthor:: Policy Unit\n\n"
          "- ## Where we are\n\t- Operators run 64 routes.\n\t- The authority says it would cost £31 million.\n"
          "- ## Next steps\n\t- A consultation will open on 5 January 2027.\n\t- TODO ask finance for the figures\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Operators run 64 routes.", "The authority says it would cost £31 million.",
                           "A consultation will open on 5 January 2027."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Where we are", "Next steps"]
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == ("Bus franchising notes", "Policy Unit", "2026-11-18")



def test_a_documentation_site_s_admonitions_and_content_tabs_hold_prose_indented_under_their_titles():
    md = ('# Air quality\n\n!!! info "Key figures"\n    Nitrogen dioxide averaged 38 in 2025.\n\n'
          '    That is below the legal limit.\n\n??? note "How we measure"\n    Tubes are changed every four weeks.\n\n'
          '=== "2024"\n\n    The monitor recorded 43.\n\nThe council expects levels to fall.\n\n    print("code stays code")\n')
    assert texts(normalize(md, "markdown")) == ["Nitrogen dioxide averaged 38 in 2025.", "That is below the legal limit.",
                                                "Tubes are changed every four weeks.", "The monitor recorded 43.",
                                                "The council expects levels to fall."]


def test_a_decision_note_s_bold_fields_held_by_hard_breaks_are_its_head():
    md = ("# Decision note: library lease\n\n**Date:** 20 November 2026  \n**Decision required:** Approve a five-year extension of the Fenby library lease.  \n"
          "**Deadline:** 4 December 2026  \n**Cost:** £42,000 a year\n\nThe current lease ends on 31 March 2027.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["The current lease ends on 31 March 2027."]
    assert norm.metadata.published == "2026-11-20"


def test_a_newsletter_s_figures_glossed_and_its_sign_off_are_no_prose():
    md = ("# The Brussels Week\n\nHungary has vetoed three sanctions packages this year.\n\n## Numbers that matter\n\n"
          "- **€11bn**: the gap in the budget talks\n- **27**: member states that must agree\n\n"
          "That's all for this week. Reply to this email to tell us what we missed.\n")
    assert texts(normalize(md, "markdown")) == ["Hungary has vetoed three sanctions packages this year."]
    # a figure that opens a sentence is prose
    md = "# Budget\n\n- 27: that is how many member states must agree.\n- **€11bn** separates the two camps.\n"
    assert texts(normalize(md, "markdown")) == ["27: that is how many member states must agree.", "€11bn separates the two camps."]


def test_a_link_whose_text_runs_over_a_line_break_is_still_a_link():
    md = ("# Memo\n\nThe absence of a peace deal keeps the door open. [The EU and particularly\n"
          "the](https://www.example.org/eu) United States have been rather silent about it.\n")
    analysis = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in analysis.claims][1] == "The EU and particularly the United States have been rather silent about it."
    assert [(s.url, [c.text[:6] for c in analysis.claims if c.id in s.claims]) for s in analysis.sources if s.url] == [
        ("https://www.example.org/eu", ["The EU"])]
    # a bracket closed on its own line stays as it was
    md = "# Memo\n\nFares rose [in most towns]\nlast year.\n"
    assert [c.text for c in analyze(Document(md, "markdown"), config=CONFIG).claims] == ["Fares rose [in most towns] last year."]


def test_a_note_saying_what_the_memo_updates_is_no_claim():
    md = ("# Who pays?\n\n> **Note:** This memo updates our analysis of 2 October.\n\n"
          "The Commission has offered €15 million towards a feasibility study.\n")
    assert texts(normalize(md, "markdown")) == ["The Commission has offered €15 million towards a feasibility study."]


def test_a_masthead_of_short_lines_over_equals_signs_is_headings_and_its_date_dates_the_issue():
    digest = ("EASTERN NEIGHBOURHOOD DIGEST\nIssue 212 | Wednesday 15 January 2025\n=====================================\n\n"
              "Russian gas stopped flowing to Transnistria on January 1.\n")
    norm = normalize(digest, "markdown")
    assert texts(norm) == ["Russian gas stopped flowing to Transnistria on January 1."]
    assert norm.metadata.title == "EASTERN NEIGHBOURHOOD DIGEST" and norm.metadata.published == "2025-01-15"
    # one line over the rule is a heading as before; a sentence over it stays prose-like heading text
    assert headings(normalize("Summary\n=======\n\nGas stopped on January 1.\n", "markdown")) == ["Summary"]


def test_pandoc_superscript_note_numbers_are_markers_for_the_numbered_references():
    md = ("Armenia has stopped taking part in the alliance, but it has not left it.^1^ Pashinyan announced the freeze "
          "in February.^2^\n\n## References\n\n1. CSTO, \"Member states\". <https://csto.example/en/member-states>\n"
          "2. Government of Armenia, interview. <https://primeminister.example.am/en/interviews/2024-02-23>\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Armenia has stopped taking part in the alliance, but it has not left it.",
                                               "Pashinyan announced the freeze in February."]
    by_url = {s.url: [c.id for c in result.claims if c.id in s.claims] for s in result.sources}
    assert by_url["https://csto.example/en/member-states"] == [result.claims[0].id]
    assert by_url["https://primeminister.example.am/en/interviews/2024-02-23"] == [result.claims[1].id]


def test_a_tracker_s_iso_dates_head_their_entries_and_what_an_entry_looks_ahead_to_counts_from_its_day():
    md = ("# Energy crisis: tracker\n\n_Last updated: 2025-02-20._\n\nThis page lists the main events of the crisis.\n\n"
          "## Timeline\n\n- **2024-12-11** — Gazprom says it will cut supplies to Moldova from January 1.\n"
          "- **2025-01-01** — Russian gas stops flowing through Ukraine.\n\n"
          "## What we are watching\n\nWhether the loan-funded supplies continue after March.\n")
    result = analyze(Document(md, "markdown", published=dt.date(2025, 2, 20)), config=CONFIG)
    by_text = {c.text: c for c in result.claims}
    assert [t.value for t in by_text["Gazprom says it will cut supplies to Moldova from January 1."].times] == ["2024-12-11", "2025-01-01"]
    assert [t.value for t in by_text["Russian gas stops flowing through Ukraine."].times] == ["2025-01-01"]
    assert by_text["This page lists the main events of the crisis."].kind == "reference"
    watched = by_text["Whether the loan-funded supplies continue after March."]
    assert (watched.kind, [t.value for t in watched.times]) == ("question", ["2025-03"])


def test_a_newsletter_s_italic_sign_off_asking_to_forward_it_is_no_prose():
    md = ("# Weekly — Issue 87\n\nArmenia's GDP grew by 8.3% in 2023.\n\n"
          "*That's all for this week. Forward this email to a friend who might like it.*\n")
    assert [c.text for c in analyze(Document(md, "markdown"), config=CONFIG).claims] == ["Armenia's GDP grew by 8.3% in 2023."]


def test_a_copied_post_s_signature_with_its_handle_and_date_signs_the_quotation_and_is_no_prose():
    md = ("# Vote\n\nShe posted on X:\n\n> Moldova, you have shown dignity. We fought in an unfair fight and we won.\n>\n"
          "> — Maia Sandu (@sandumaiamd) October 21, 2024\n")
    claims = analyze(Document(md, "markdown"), config=CONFIG).claims
    assert [c.text for c in claims][-1] == "We fought in an unfair fight and we won."
    assert claims[-1].speaker == "Maia Sandu"


def test_answers_labelled_a_under_bold_questions_lose_the_label_and_the_writer_answers():
    md = ("# Gas: your questions answered\n\n**Q: Is gas flowing again?**\n\nA: Yes. Deliveries resumed on 1 February.\n\n"
          "**Q: Who is paying?**\n\nA: The EU has offered €60 million in grants.\n\n"
          "**Q: What happens next?**\n\nA: The money runs until April.\n")
    norm = normalize(md, "markdown")
    assert texts(norm) == ["Yes.", "Deliveries resumed on 1 February.", "The EU has offered €60 million in grants.",
                           "The money runs until April."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][1:] == [
        "Q: Is gas flowing again?", "Q: Who is paying?", "Q: What happens next?"]


def test_a_numbered_bold_question_over_the_paragraph_indented_under_it_heads_it():
    md = ("# Belarus frees 52 prisoners: five questions\n\n1. **Who was freed?**\n\n"
          "   Belarus released 52 prisoners on Thursday.\n\n2. **What happens next?**\n\n"
          "   The envoy said the embassy would reopen.\n\n- **Bring water**\n- **Wear boots**\n")
    norm = normalize(md, "markdown")
    assert headings(norm) == ["Belarus frees 52 prisoners: five questions", "Who was freed?", "What happens next?"]
    assert texts(norm)[:2] == ["Belarus released 52 prisoners on Thursday.", "The envoy said the embassy would reopen."]


def test_a_data_sources_heading_over_a_list_of_links_heads_references():
    md = ("# About this dataset\n\nThe government registered 115,204 people by 31 January 2024.\n\n## Data sources\n\n"
          "- [Migration Service, weekly registration tables](https://migration.example/registration)\n"
          "- [UNHCR refugee response dashboard](https://unhcr.example/dashboard)\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["The government registered 115,204 people by 31 January 2024."]


def test_a_note_number_glued_after_a_full_stop_in_markdown_converted_from_a_pdf_is_a_marker():
    md = ("# Corridor\n\nRussia withdrew from the grain deal in July, the UN said.1 Ships have used the corridor since August.\n\n"
          "## Notes\n\n1. UN, statement, 17 July 2023, https://un.example/grain\n")
    result = analyze(Document(md, "markdown"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Russia withdrew from the grain deal in July, the UN said.",
                                               "Ships have used the corridor since August."]
    assert not any(q.text == "1" for c in result.claims for q in c.quantities)
    # after a year too: a year has no decimals
    year = analyze(Document("# H\n\nEmpty homes rose from 3,350 in 2017.1 That is 2.9% of the stock.\n\n## Notes\n\n1. Council data.\n",
                            "markdown"), config=CONFIG)
    assert [c.text for c in year.claims] == ["Empty homes rose from 3,350 in 2017.", "That is 2.9% of the stock."]


def test_a_post_s_writer_in_bold_over_the_date_is_its_byline():
    md = "# Why the bill matters less\n\n**Ani Sargsyan**\nMar 28, 2025\n\nOn March 26 the parliament passed a law.\n"
    norm = normalize(md, "markdown")
    assert (norm.metadata.author, norm.metadata.published) == ("Ani Sargsyan", "2025-03-28")
    assert texts(norm) == ["On March 26 the parliament passed a law."]
    # a bold label over a line in the text is no byline
    later = normalize("# T\n\nOn March 26 the parliament passed a law.\n\n**Key point**\nThe vote was 64 to 7.\n", "markdown")
    assert later.metadata.author is None
    # a letterhead in bold over its address names no writer
    letter = normalize("**Kelby Arts Fund**\n14 Market Street, Kelby KB1 2AB\n\n20 May 2026\n\nDear Ms Osei,\n\n"
                       "The panel received 96 applications this round.\n", "markdown")
    assert letter.metadata.author is None


def test_a_post_s_thanks_for_reading_and_its_subscribe_line_are_no_claims():
    md = ("# Why the bill matters less\n\nOn March 26 the parliament passed a law.\n\n"
          "*Thanks for reading the South Caucasus Letter. Subscribe for free to receive new posts.*\n")
    assert texts(normalize(md, "markdown")) == ["On March 26 the parliament passed a law."]


def test_a_post_s_writer_alone_over_the_date_in_blocks_of_their_own_is_its_byline():
    md = ("# Georgia is drifting\n\n*A slow break with Europe*\n\nNino Gelashvili\n\nMar 20, 2025\n\n---\n\n"
          "Brussels has frozen €121 million in aid.\n")
    norm = normalize(md, "markdown")
    assert (norm.metadata.author, norm.metadata.published) == ("Nino Gelashvili", "2025-03-20")
    assert texts(norm) == ["Brussels has frozen €121 million in aid."]
    # a place over a date names no writer
    place = normalize("# T\n\nKelby Harbour\n\n20 May 2026\n\nThe harbour reopened on Monday.\n", "markdown")
    assert place.metadata.author is None


def test_a_show_s_notes_closing_on_its_guest_end_the_text():
    md = ("# Episode 42\n\nBy Tom Reyes\n\nArmenia has agreed to reopen the railway.\n\n## Our guest\n\n"
          "Anna Ohanyan is a professor of political science at Stonehill College.\n\nNew episodes come out every Tuesday.\n")
    assert texts(normalize(md, "markdown")) == ["Armenia has agreed to reopen the railway."]
