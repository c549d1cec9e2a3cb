import datetime as dt

import pytest

from claims.analysis import Document, analyze
from claims.analysis.normalize import detect_format, normalize
from claims.analysis.segment import segment

from .stage_helpers import CONFIG, analyzed


def texts(norm):
    """The sentences of a normalized document, as text."""
    return [norm.text[s.start:s.end] for s in segment(norm)]


PDF_PAGE_BREAK = """The harbour authority approved the dredging plan in March. The work
is expected to take eighteen months and the first barges
are due to arrive

3 Jane Roe is a researcher at the Institute for Coastal Studies.

https://www.coastal.example
https://www.example.org/reports/dredging-plan-approved
https://www.coastal.example/people/jane-roe

in the summer, when the tides are lowest.

Costs and Delays

The contractor's estimate was revised up-
wards twice. A spokesperson said the self-
contained barges would reduce noise. 7
Nobody objected at the hearing.
"""


def sentences(raw, fmt="pdf-text"):
    norm = normalize(raw, fmt)
    return norm, texts(norm)


def test_it_joins_a_sentence_cut_by_a_page_break_with_a_footnote_and_link_targets_wedged_in():
    norm, sents = sentences(PDF_PAGE_BREAK)
    assert "The work is expected to take eighteen months and the first barges are due to arrive in the summer, when the tides are lowest." in sents
    assert not any("Jane Roe is a researcher" in s or "http" in s for s in sents)
    assert norm.url_blocks and norm.url_blocks[0].urls[1] == "https://www.example.org/reports/dredging-plan-approved"


def test_a_sentence_cut_after_a_word_no_sentence_ends_on_runs_on_over_a_capital():
    raw = PDF_PAGE_BREAK.replace("are due to arrive\n", "are due to arrive from\n").replace(
        "in the summer, when the tides are lowest.", "Rotterdam, when the tides are lowest.")
    _, sents = sentences(raw)
    assert "The work is expected to take eighteen months and the first barges are due to arrive from Rotterdam, when the tides " \
           "are lowest." in sents
    # a sentence that ends on its last word does not run into the next page's first
    ended = PDF_PAGE_BREAK.replace("are due to arrive\n", "are due to arrive.\n").replace(
        "in the summer, when the tides are lowest.", "Rotterdam is the nearest yard.")
    assert "Rotterdam is the nearest yard." in sentences(ended)[1]


def test_the_cut_of_a_url_block_sits_where_the_page_ended():
    norm, _ = sentences(PDF_PAGE_BREAK)
    assert norm.text[: norm.url_blocks[0].at].endswith("are due to arrive")


def test_it_undoes_end_of_line_hyphenation_but_keeps_real_hyphens():
    _, sents = sentences(PDF_PAGE_BREAK)
    assert "The contractor's estimate was revised upwards twice." in sents
    assert "A spokesperson said the self-contained barges would reduce noise." in sents


def test_a_footnote_number_after_a_full_stop_belongs_to_no_sentence():
    _, sents = sentences(PDF_PAGE_BREAK)
    assert "Nobody objected at the hearing." in sents
    assert not any(s.endswith("7") or s.startswith("7") for s in sents)


def test_headings_are_blocks_of_their_own_and_never_sentences():
    norm, sents = sentences(PDF_PAGE_BREAK)
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert headings == ["Costs and Delays"]
    assert "Costs and Delays" not in sents


def test_press_release_header_and_notes_to_editors_are_not_prose():
    raw = ("ACME WIDGETS LTD\nPress release\n\nFOR IMMEDIATE RELEASE\nSpringfield, 4 May 2026, 09:00\n\n"
           "Widget sales rose by 12 per cent last year.\n\nENDS\n\nNotes to editors\n1. Acme was founded in 1950.\n")
    norm, sents = sentences(raw, "text")
    assert sents == ["Widget sales rose by 12 per cent last year."]
    assert norm.metadata.published == "2026-05-04"


def test_format_is_taken_from_the_extension_or_sniffed():
    assert detect_format("<html><body><p>Hi.</p></body></html>", "a.txt") == "html"
    assert detect_format("# Title\n\nSome [link](https://x.example) here.\n- item", None) == "markdown"
    assert detect_format("plain words.", "a.md") == "markdown"
    assert detect_format("Just a sentence.", None) == "text"


MEMO = """INSTITUTE OF RIVER POLICY · BRIEF No. 7

Dredging the Lower Aln

Jon Berg
May 2025

The port authority dredged 1.2 million cubic metres last year.3 Costs rose by a
third. Ships now reach the inner quay at
Institute of River Policy · Brief No. 7                                        2

https://www.port.example/dredging-2024

every tide, the harbour master said.

3 Port authority annual report, 2025.

The Next Phase

Dredging will resume in June.
Institute of River Policy · Brief No. 7                                        3
"""


def test_running_headers_front_matter_and_glued_footnote_markers_are_not_prose():
    norm, sents = sentences(MEMO)
    assert sents == [
        "The port authority dredged 1.2 million cubic metres last year.",
        "Costs rose by a third.",
        "Ships now reach the inner quay at every tide, the harbour master said.",
        "Dredging will resume in June.",
    ]
    assert (norm.metadata.author, norm.metadata.published, norm.metadata.title) == ("Jon Berg", "2025-05", "Dredging the Lower Aln")
    assert [(m.label, m.after_sentence) for m in norm.markers] == [("3", True)]
    assert [r.label for r in norm.references] == ["3"]


def test_a_wire_dateline_and_the_credit_line_are_not_prose():
    raw = ("Output falls again\n\nLONDON, March 4 (Wire) - Factory output fell in February, a survey showed.\n\n"
           "(Reporting by Sam Reed; Editing by Jo Lane)\n")
    norm, sents = sentences(raw, "text")
    assert sents == ["Factory output fell in February, a survey showed."]
    assert ("dateline", "LONDON, March 4 (Wire) -") in norm.removed


def test_a_rights_group_s_dateline_in_brackets_is_lifted_and_dates_the_release():
    raw = ("Karabakh: monitors must be allowed in\n\n(Yerevan, October 5, 2023) - Azerbaijan should allow monitors in, "
           "the group said today.\n\nMore than 100,500 people fled.\n")
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert result.claims[0].text == "Azerbaijan should allow monitors in, the group said today."
    assert result.document.published == "2023-10-05"


def test_a_roundup_s_items_each_lose_their_dateline():
    raw = ("BLACK SEA ROUNDUP\nWednesday, 19 July 2023\n\nODESA — Missiles struck the port on Wednesday.\n\n"
           "MOSCOW — The Kremlin said it would not extend the deal.\n\nGENEVA — Guterres called it a blow.\n\n"
           "Wheat futures rose by 8%.\n")
    norm, sents = sentences(raw, "text")
    assert sents == ["Missiles struck the port on Wednesday.", "The Kremlin said it would not extend the deal.",
                     "Guterres called it a blow.", "Wheat futures rose by 8%."]
    assert [body for what, body in norm.removed if what == "dateline"] == ["ODESA —", "MOSCOW —", "GENEVA —"]


@pytest.mark.parametrize("front", [
    # under the byline in the same block, and as a block of its own
    "By Elena Rusu\nCHISINAU, Jan 9 (Balkan Insight Wire)\n\n",
    "By Elena Rusu\n\nCHISINAU, Jan 9 (Reuters)\n\n",
])
def test_a_wire_dateline_on_a_line_of_its_own_dates_the_story_and_is_not_the_title(front):
    raw = ("TRANSNISTRIA LEFT IN THE COLD AS RUSSIAN GAS STOPS\n\n" + front +
           "Russian gas stopped flowing on January 1, 2025, when a contract expired.\n\n"
           "Gazprom had said in December that it would halt deliveries.\n")
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert result.document.published == "2025-01-09"
    assert result.document.title == "TRANSNISTRIA LEFT IN THE COLD AS RUSSIAN GAS STOPS"
    assert [c.text[:14] for c in result.claims] == ["Russian gas st", "Gazprom had sa"]
    assert [t.value for t in result.claims[1].times] == ["2024-12"]


GRAIN_MEMO = """POLICY MEMO No. 14                                        March 2023

Grain Corridors After the Blockade
Maria Ostrowska

Since July 2022, more than 32 million tonnes of grain have left the ports
under the corridor agreement.1 Prices fell by about 15 per cent, according
to the FAO.2

Figure 1: Monthly grain exports, 2021-2023
Source: Joint Coordination Centre

The agreement expires on 18 March.

POLICY MEMO No. 14                                                    2

Recommendations
The EU should expand solidarity lanes for rail and road transport and
fund new storage capacity near the border.

1 Joint Coordination Centre, https://www.un.org/en/black-sea-grain-initiative
2 FAO Food Price Index, https://www.fao.org/worldfoodsituation
"""


def test_memo_header_with_issue_date_captions_run_in_heading_and_one_footnote_per_number():
    norm = normalize(GRAIN_MEMO, "pdf-text")
    sents = texts(norm)
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert norm.metadata.published == "2023-03"
    assert norm.metadata.title == "Grain Corridors After the Blockade"
    assert headings == ["Recommendations"]
    assert not any("Figure 1" in s or "Source:" in s or "POLICY MEMO" in s for s in sents)
    assert sents[-1].startswith("The EU should expand")
    assert [(r.label, r.urls) for r in norm.references] == [
        ("1", ("https://www.un.org/en/black-sea-grain-initiative",)),
        ("2", ("https://www.fao.org/worldfoodsituation",)),
    ]


def test_a_paragraphs_first_line_alone_above_a_page_break_is_no_heading():
    raw = ("Harbour Report\n\nThe board met on Monday. It approved the budget.\n\n"
           "A decision that probably worries the port's smaller operators is that the new\n\n\f\n"
           "tariffs will double the cost of a berth for boats under twenty metres.\n")
    norm = normalize(raw, "pdf-text")
    sents = texts(norm)
    assert sents[-1] == ("A decision that probably worries the port's smaller operators is that the new tariffs "
                         "will double the cost of a berth for boats under twenty metres.")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Harbour Report"]


TWO_PAGE_BRIEF = (
    "Coastal Flood Defences\n\n"
    "Briefing paper 2025/03 · Institute for Coastal Policy · 12 May 2025\n"
    "Author: Dr. Helen Okafor\n"
    "1. Summary\n\n"
    "Inspectors found that 18% of sea walls were in poor condition in 2024, up from 9% in 2018.3 The\n"
    "ministry disputes the method.\n\n"
    "3 National Coastal Inspectorate, Condition Survey 2024.\n\n"
    "Institute for Coastal Policy · Briefing paper 2025/03\n"
    "\f\n"
    "2. Findings\n\n"
    "Only 41 of the 96 schemes have been completed.\n\n"
    "Institute for Coastal Policy · Briefing paper 2025/03\n"
)


def test_a_two_page_brief_front_matter_numbered_headings_a_running_line_and_a_marker_after_a_year():
    norm = normalize(TWO_PAGE_BRIEF, "pdf-text")
    sents = texts(norm)
    assert sents == ["Inspectors found that 18% of sea walls were in poor condition in 2024, up from 9% in 2018.",
                     "The ministry disputes the method.", "Only 41 of the 96 schemes have been completed."]
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert headings == ["Coastal Flood Defences", "1. Summary", "2. Findings"]
    assert norm.metadata.published == "2025-05-12" and norm.metadata.author == "Helen Okafor"
    assert [m.label for m in norm.markers] == ["3"]
    assert ("running header", "Institute for Coastal Policy · Briefing paper 2025/03") in norm.removed


def test_roman_and_lettered_section_titles_are_headings_and_a_name_comma_date_line_dates_the_brief():
    brief = ("POLICY BRIEF\n\nReforming School Meals\nInstitute for Child Policy, October 2024\n\n"
             "I. INTRODUCTION\n\nAbout 1.9 million pupils received free meals in 2023.\n\n"
             "A. Take-up\n\nTake-up fell to 84% in 2023.\n")
    norm = normalize(brief, "text")
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert headings == ["Reforming School Meals", "I. INTRODUCTION", "A. Take-up"]
    assert norm.metadata.published == "2024-10" and norm.metadata.publisher is None
    assert texts(norm) == [
        "About 1.9 million pupils received free meals in 2023.", "Take-up fell to 84% in 2023."]


def test_a_headline_byline_and_dated_line_run_into_the_text_with_no_gap_are_its_head():
    raw = ("Why Kelby's rivers are getting warmer – and what it means\nfor salmon\nBy Lena Holt | 24 November 2026\n"
           "Published: November 24, 2026 6:12am GMT\nSummer water temperatures in the River Kel have risen by 1.4C since\n"
           "1995, according to data from 14 monitoring stations.\n")
    norm = normalize(raw, "pdf")
    assert texts(norm) == ["Summer water temperatures in the River Kel have risen by 1.4C since 1995, according to data from "
                           "14 monitoring stations."]
    assert norm.metadata.title == "Why Kelby's rivers are getting warmer – and what it means for salmon"
    assert norm.metadata.published == "2026-11-24"


def test_a_sentence_led_into_a_list_is_prose_but_a_short_label_over_it_heads_it():
    raw = ("School transport changes\n\nFrom September the county will change who qualifies for free school transport:\n\n"
           "• Children under eight will qualify if they live more than two miles from school.\n\nWhat parents can do:\n\n"
           "• Parents can appeal a decision within 20 working days.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["School transport changes", "What parents can do:"]
    assert texts(norm)[0] == "From September the county will change who qualifies for free school transport:"


def test_ends_in_lower_case_on_a_line_of_its_own_ends_no_release():
    # a headline wrapped before its last word is no "ENDS" closing a press release: the story under it stays
    raw = "Kelby hands two ferry routes to a private operator as subsidy\nends\n\nThe council handed the routes over on Friday.\n"
    assert "The council handed the routes over on Friday." in texts(normalize(raw, "text"))
    release = "Ferry routes handed over\n\nThe council handed the routes over on Friday.\n\nENDS\n\nFor media enquiries call 01632 960000.\n"
    assert texts(normalize(release, "text")) == ["The council handed the routes over on Friday."]


@pytest.mark.parametrize("title,date,published", [("Night buses are back. Will anyone ride them?", "3 March 2026", "2026-03-03"),
                                                   ("Kelby's pier reopens after 12 years", "3 March 2026", "2026-03-03"),
                                                   ("Night buses are back. Will anyone ride them?", "March 2026", "2026-03")])
def test_a_headline_over_a_byline_and_a_date_is_the_title_though_it_reads_as_sentences(title, date, published):
    raw = f"{title}\nBy Maria Lopez\n{date}\n\nThe council restored four night routes on Friday.\n"
    norm = normalize(raw, "text")
    assert texts(norm) == ["The council restored four night routes on Friday."]
    assert norm.metadata.title == title and norm.metadata.published == published


def test_a_headline_that_reads_as_a_sentence_over_the_day_s_date_or_wrapped_over_its_byline_is_the_title():
    for raw, title in (
            ('Georgia summons EU ambassador over "interference"\n\n4 June 2024\n\nThe ministry summoned him on Monday.\n',
             'Georgia summons EU ambassador over "interference"'),
            ("Fury as seaside town's only swimming pool to shut for two\nyears\nBy Kate Dunne | 14 May 2026\n\n"
             "The ministry summoned him on Monday.\n", "Fury as seaside town's only swimming pool to shut for two years")):
        norm = normalize(raw, "pdf")
        assert texts(norm) == ["The ministry summoned him on Monday."]
        assert norm.metadata.title == title


def test_a_title_with_its_series_and_month_right_under_it_is_a_heading_and_dates_the_brief():
    norm = normalize("Fisheries Quotas and the Northern Coast\nCoastal Economy Brief · April 2025\n\n"
                     "Cod catches fell by 38% between 2015 and 2024.\n", "pdf-text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Fisheries Quotas and the Northern Coast"]
    assert norm.metadata.published == "2025-04"
    assert texts(norm) == ["Cod catches fell by 38% between 2015 and 2024."]


def test_endnotes_under_a_notes_line_one_entry_a_number_and_a_marker_after_a_year_ends_a_paragraph():
    memo = ("Bridge Maintenance Backlog\n\n"
            "About 3,200 bridges are in poor condition.1 Repairs would cost an estimated €4.1 billion.2\n\n"
            "Spending on bridge maintenance fell by 18% between 2015 and 2023.3\n\n"
            "Notes\n1. Regional Roads Authority, Bridge Survey 2024, https://roads.example/bridges\n"
            "2. Author's estimate based on unit costs in the\n2024 survey.\n3. Ministry of Finance, Outturn Tables.\n")
    norm = normalize(memo, "pdf-text")
    assert texts(norm)[-1] == "Spending on bridge maintenance fell by 18% between 2015 and 2023."
    assert [(r.label, r.text) for r in norm.references] == [
        ("1", "1. Regional Roads Authority, Bridge Survey 2024, https://roads.example/bridges"),
        ("2", "2. Author's estimate based on unit costs in the 2024 survey."),
        ("3", "3. Ministry of Finance, Outturn Tables.")]


def test_ligatures_and_soft_hyphens_are_read_as_their_letters():
    norm = normalize("The ﬁnancial ofﬁcer said the deﬁ\u00adcit was €4 million.\n", "pdf-text")
    assert texts(norm) == ["The financial officer said the deficit was €4 million."]


def test_a_table_of_figures_in_extracted_text_is_no_claim():
    memo = ("Housing Review\n\nCompletions fell in 2023, the council said.\n\n"
            "Table 2: Completions and targets\nYear Completions Target\n2021 1,610 3,000\n2022 1,395 3,000\n\n"
            "The target was missed every year.\n")
    norm = normalize(memo, "pdf-text")
    assert texts(norm) == [
        "Completions fell in 2023, the council said.", "The target was missed every year."]
    assert any(body.startswith("Table 2:") for _, body in norm.removed)


def test_superscript_footnote_markers_end_no_sentence_and_point_to_their_note_while_a_unit_keeps_its_power():
    raw = ("Rents rose by 9% in 2024.² The flats measure 60 m² on average.\n\n"
           "² City Housing Office, Rent Survey 2024, https://housing.example/rents\n")
    norm, sents = sentences(raw, "text")
    assert sents == ["Rents rose by 9% in 2024.", "The flats measure 60 m² on average."]
    assert [(r.label, r.urls) for r in norm.references] == [("2", ("https://housing.example/rents",))]


def test_a_series_and_title_line_and_a_prepared_by_line_are_front_matter_and_bracketed_markers_cite_the_list():
    raw = ("HARBOUR BOARD OF LINDEN\nBriefing 2023/7 — Dredging the inner basin\nPrepared by the Secretariat, 3 May 2023\n\n"
           "The inner basin lost 40 cm of depth in 2022 [1]. Dredging would cost EUR 6 million [2].\n\n"
           "References\n\n[1] Linden Survey Office, Depth survey 2022, https://survey.example/2022\n"
           "[2] Harbour Board, Cost note, https://board.example/cost\n")
    norm, sents = sentences(raw, "text")
    assert sents == ["The inner basin lost 40 cm of depth in 2022 [1].", "Dredging would cost EUR 6 million [2]."]
    assert norm.metadata.published == "2023-05-03"
    assert [(m.label, norm.text[m.start:m.end]) for m in norm.markers] == [("1", "[1]"), ("2", "[2]")]


def test_a_name_with_its_footnote_marker_and_a_month_under_the_title_are_byline_and_date_not_a_table():
    raw = ("Who Owns the Catch?\n\nMarta Kowalczyk1\nMarch 2022\n\nIntroduction\n\n"
           "Three companies now hold half of all cod quota.\n\n1 Marta Kowalczyk is a fellow at the institute.\n")
    norm, sents = sentences(raw)
    assert (norm.metadata.author, norm.metadata.published) == ("Marta Kowalczyk", "2022-03")
    assert sents == ["Three companies now hold half of all cod quota."]


def test_notes_numbered_without_a_stop_are_one_entry_each_and_cite_their_markers():
    raw = ("Outages cost the islands £4.6 million in 2022.1 Demand has grown by 30% since 2015.2\n\n"
           "Notes\n\n1 Island Energy Board, Outage Report 2022, https://ieb.example/outage\n"
           "2 Northern Grid Ltd, Winter Statement, https://grid.example/winter\n")
    norm, _ = sentences(raw, "text")
    assert [(r.label, r.urls) for r in norm.references] == [("1", ("https://ieb.example/outage",)),
                                                             ("2", ("https://grid.example/winter",))]


def test_pasted_text_with_one_paragraph_a_line_keeps_its_title_out_of_the_first_sentence():
    raw = ("Free lunches for all primary pupils from September\n"
           "The government will extend free school lunches to every primary pupil from September, the minister said.\n"
           "About 1.9 million children currently receive free meals, according to the education department.\n"
           "The scheme is expected to cost £1.1 billion a year, which ministers say a new levy will cover.\n")
    norm, sents = sentences(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == \
        ["Free lunches for all primary pupils from September"]
    assert sents[0].startswith("The government will extend")


def test_a_timeline_s_bare_year_and_full_date_over_their_entries_date_them_in_a_pdf():
    raw = ("The Westmoor tram: a timeline\n\nThe first trams are due to run in 2027, eight years late.\n\n"
           "2019\n\n• The opening date slips after utility works uncover old mine shafts.\n\n"
           "14 July 2021\n\n• The main contractor goes into administration.\n")
    claims = analyze(Document(raw, "pdf"), config=CONFIG).claims
    assert [(c.text, [t.value for t in c.times]) for c in claims[1:]] == [
        ("The opening date slips after utility works uncover old mine shafts.", ["2019"]),
        ("The main contractor goes into administration.", ["2021-07-14"])]


def test_bulleted_items_set_in_a_block_of_prose_with_no_gap_around_them_stand_apart():
    raw = ("Labour's Priya Shah won the Kelby North council by-election with 1,412 votes, a majority of\n"
           "212 over the Liberal Democrats. The results were:\n"
           "• Priya Shah (Labour) – 1,412\n"
           "• Tom Ellis (Liberal Democrats) – 1,200, up from 950 at the last election in the ward in May\n"
           "2023, when the party stood a paper candidate\n"
           "• Anna Berg (Conservative) – 488\n"
           "The by-election was called after the death of councillor Mark Dyer in August.\n")
    norm, sents = sentences(raw, "pdf")
    assert [b.kind for b in norm.blocks] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]
    assert sents[-1] == "The by-election was called after the death of councillor Mark Dyer in August."


def test_an_explainer_s_numbered_questions_over_their_answers_are_headings():
    raw = ("Why are water bills going up?\nBy Nadia Rahman\n20 February 2025\n\n1. How much will bills rise?\n\n"
           "The average bill will rise by £123 to £708 a year from 1 April.\n\n2. Why?\n\n"
           "Companies say they need the money to replace ageing pipes.\n\n3. Can I get help?\n\n"
           "Households on low incomes can apply for a social tariff.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][1:] == [
        "1. How much will bills rise?", "2. Why?", "3. Can I get help?"]
    assert len(texts(norm)) == 3


def test_short_titles_run_into_two_paragraphs_or_more_are_headings_not_sentences():
    raw = ("Options\n\nFull closure. The bridge would shut for 14 months and the work would cost £9 million.\n\n"
           "Phased works. One lane would stay open and the work would take two years.\n\n"
           "St. Mary's school would be reached by a diversion in either case.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Options", "Full closure.", "Phased works."]
    assert texts(norm)[0] == "The bridge would shut for 14 months and the work would cost £9 million."
    assert texts(norm)[-1] == "St. Mary's school would be reached by a diversion in either case."
    # one such paragraph, or answers, stay sentences
    for lone in ("Options\n\nFull closure. The bridge would shut for 14 months.\n\nThe council decides in May.\n",
                 "Q and A\n\nYes. The bridge will shut in May.\n\nNo. Buses will not be diverted.\n"):
        assert texts(normalize(lone, "text"))[0] in ("Full closure.", "Yes.")


def test_a_line_cut_mid_sentence_among_paragraphs_one_a_line_runs_on_into_the_next():
    raw = ("Talks between the two governments on water releases from the Kessel dam began on September\n"
           "27, 2025. A first round ended on November 8 without agreement.\n"
           "Thus far, neither government has published its negotiating position in any form.\n"
           "As of Monday, the reservoir held 412 million cubic metres, 38% of its capacity.\n"
           "Farmers downstream are currently allowed to draw water on two days a week.\n")
    norm, sents = sentences(raw, "text")
    assert sents[:2] == ["Talks between the two governments on water releases from the Kessel dam began on September 27, 2025.",
                         "A first round ended on November 8 without agreement."]
    assert len([b for b in norm.blocks if b.kind == "paragraph"]) == 4


def test_an_unnumbered_source_line_at_a_page_foot_is_lifted_out_and_the_cut_sentence_joined():
    raw = ("Riders made 14.5 million trips, according to the transport department's evaluation. Safety groups\n"
           "say most trips were short, which makes the two\n\n"
           "Transport Department, Trials Evaluation, https://transport.example/evaluation\n\n1\n\f\n"
           "hard to compare. The department will decide by the end of 2024.\n")
    norm, sents = sentences(raw)
    assert "Safety groups say most trips were short, which makes the two hard to compare." in sents
    assert [(r.label, r.urls) for r in norm.references] == [(None, ("https://transport.example/evaluation",))]


def test_a_lead_in_closing_a_paragraph_names_the_quotation_below_it():
    text = ("Passenger groups have said that the cuts would leave shift workers without a way home.\n"
            "As one respondent to the consultation wrote:\n\n"
            "    \"I finish at ten at night. Without the late bus I cannot keep my job.\"\n")
    claims = analyzed(text)
    assert [c.speaker for t, c in claims.items() if t.startswith(("\"I", "Without"))] == [
        "one respondent to the consultation", "one respondent to the consultation"]


def test_a_decimal_at_a_line_s_end_is_no_footnote_marker():
    text = ("The Executive considered a report on the leisure centre. Repairing the roof would cost an estimated £1.9\n"
            "million. The roof failed in August 2024.\n")
    assert "Repairing the roof would cost an estimated £1.9 million." in analyzed(text)


def test_an_email_s_head_dates_and_titles_it_and_its_salutation_and_sign_off_are_no_prose():
    from claims.analysis.normalize import normalize
    from claims.analysis.segment import segment
    raw = ("From: Press Office <press@trust.example>\nSent: Tuesday, 4 March 2025 10:02\nTo: newsdesk@paper.example\n"
           "Subject: A&E waiting times\n\nDear colleague,\n\nIn February, 68% of patients were seen within four hours.\n\n"
           "Kind regards,\nPress Office\n")
    norm = normalize(raw, "text")
    assert (norm.metadata.published, norm.metadata.title) == ("2025-03-04", "A&E waiting times")
    assert [norm.text[s.start:s.end] for s in segment(norm)] == ["In February, 68% of patients were seen within four hours."]


MINUTES = """WESTMOOR TOWN COUNCIL
Minutes of the Environment Committee
Held on Tuesday 4 March 2025 at 7pm, Westmoor Town Hall

Present: Cllr A. Shah (Chair), Cllr T. Grady, Cllr M. Okafor
Apologies: Cllr L. Holt

1. Street lighting
The Clerk reported that 412 of the town's 1,180 street lights had been converted to LED.
RESOLVED: That the Clerk seeks quotes for converting the remaining 768 lights.

2. Allotments
The waiting list has grown to 96 households.
Action: Clerk to contact the county council by 31 March.
"""


def test_minutes_are_dated_by_their_meeting_and_their_numbered_items_and_labels_head_what_they_label():
    norm = normalize(MINUTES, "text")
    assert (norm.metadata.title, norm.metadata.published) == ("Minutes of the Environment Committee", "2025-03-04")
    assert texts(norm) == ["The Clerk reported that 412 of the town's 1,180 street lights had been converted to LED.",
                           "That the Clerk seeks quotes for converting the remaining 768 lights.",
                           "The waiting list has grown to 96 households.",
                           "Clerk to contact the county council by 31 March."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == [
        "1. Street lighting", "RESOLVED", "2. Allotments", "Action"]


def test_a_numbered_paragraph_s_first_line_is_no_heading():
    raw = "Report\n\n3. The council has approved the plan and the works\nwill begin in the spring after the vote.\n"
    assert texts(normalize(raw, "text")) == ["The council has approved the plan and the works will begin in the spring after the vote."]


def test_a_thread_s_post_numbers_and_closing_pictographs_are_no_part_of_its_sentences():
    raw = ("Cllr Ruth Amos\n12 Mar 2025\n\n1/ Bus use has fallen by 22% since 2019. Fares rose three times. \U0001F9F5\n\n"
           "2/ The subsidy is £1.1m a year.\n\nThe line runs 24/7 Monday to Friday.\n")
    assert texts(normalize(raw, "text")) == ["Bus use has fallen by 22% since 2019.", "Fares rose three times.",
                                             "The subsidy is £1.1m a year.", "The line runs 24/7 Monday to Friday."]


def test_a_line_that_is_only_a_date_dates_the_text_before_a_title_closing_on_the_period_it_reports():
    norm = normalize("NORTHFIELD WATER PLC\nHalf-year results for the six months to 30 September 2025\n12 November 2025\n\n"
                     "Revenue rose by 7% in the half.\n", "pdf-text")
    assert norm.metadata.title == "Half-year results for the six months to 30 September 2025"
    assert norm.metadata.published == "2025-11-12"


def test_a_series_line_with_win_ansi_bullets_between_its_parts_dates_the_brief_and_a_subtitle_over_a_name_is_front_matter():
    raw = ("YEREVAN SECURITY BRIEF  \x7f  No. 14  \x7f  January 2025\nArmenia's border guards take over\n\n"
           "What changes at Zvartnots and on the Iranian border\nHasmik Grigoryan\n\nSummary\n\n"
           "The Russian guards left the airport on 31 July 2024.\n")
    norm = normalize(raw, "pdf-text")
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Armenia's border guards take over", "Hasmik Grigoryan", "2025-01")
    assert texts(norm) == ["The Russian guards left the airport on 31 July 2024."]
    # a sentence over a name is no subtitle
    raw = raw.replace("on the Iranian border\n", "on the Iranian border.\n")
    assert "Hasmik Grigoryan" in " ".join(texts(normalize(raw, "pdf-text")))


def test_bullets_a_pdf_prints_in_win_ansi_are_items_and_an_item_wraps_onto_unmarked_lines():
    raw = ("Half-year results\n12 November 2025\n\nHighlights\n"
           "\x7f  Revenue £612m (H1 2024/25: £571m), up 7%\n"
           "\x7f  Operating profit £141m (H1 2024/25: £158m)\n"
           "\x7f  Leakage 182 megalitres a day, down 6%\n\n"
           "Findings\n"
           "\x7f Only 91.5% of sailings ran as timetabled in 2024, and 412 sailings were cancelled because of\n"
           "technical faults with the two oldest vessels.\n"
           "\x7f The operator has been fined £1.7 million since 2021.\n"
           "\x7f Islanders told the review that cancellations forced them to miss appointments.\n")
    norm = normalize(raw, "pdf-text")
    items = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "list_item"]
    assert items == ["Revenue £612m (H1 2024/25: £571m), up 7%", "Operating profit £141m (H1 2024/25: £158m)",
                     "Leakage 182 megalitres a day, down 6%",
                     "Only 91.5% of sailings ran as timetabled in 2024, and 412 sailings were cancelled because of "
                     "technical faults with the two oldest vessels.",
                     "The operator has been fined £1.7 million since 2021.",
                     "Islanders told the review that cancellations forced them to miss appointments."]
    assert norm.metadata.published == "2025-11-12"


def test_a_forward_looking_statements_disclaimer_under_the_last_paragraph_is_no_prose():
    raw = ("Results\n\nThe interim dividend is unchanged at 21.3p a share.\n"
           "This announcement contains forward-looking statements that involve risks and uncertainties.\n")
    norm = normalize(raw, "pdf-text")
    assert texts(norm) == ["The interim dividend is unchanged at 21.3p a share."]


def test_a_digest_s_rules_divide_it_and_its_links_list_is_the_reference_list_its_markers_point_to():
    text = ("THE HARBOUR DIGEST\nIssue 48 - 14 March 2026\n" + "=" * 60 + "\n\nFERRY TIMETABLE CUT\n\n"
            "Kelby Ferries will run four crossings a day from 1 April, the company said [1].\n\n" + "-" * 60 + "\n\n"
            "HARBOUR WALL\n\nRepairs have so far cost £840,000, the accounts show [2].\n\n" + "- " * 30 + "\n\n"
            "Links\n[1] https://ferries.example/timetable\n[2] https://harbour.example/accounts.pdf\n\n"
            "You are receiving this because you subscribed at harbour.example.\n")
    norm = normalize(text, "text")
    assert texts(norm) == ["Kelby Ferries will run four crossings a day from 1 April, the company said [1].",
                           "Repairs have so far cost £840,000, the accounts show [2]."]
    assert [(r.label, r.urls) for r in norm.references] == [("1", ("https://ferries.example/timetable",)),
                                                             ("2", ("https://harbour.example/accounts.pdf",))]
    assert [m.label for m in norm.markers] == ["1", "2"]
    assert not any(set(norm.text[b.start:b.end]) <= set("-= ") for b in norm.blocks)
    assert norm.metadata.published == "2026-03-14"  # "Issue 48 - 14 March 2026": the issue's date


def test_a_page_s_footnote_that_is_only_an_address_is_a_note_of_its_own():
    raw = ("The council spent £18.6 million on school transport last year.1 The department has said it will "
           "review walking distances.2\n\n1 Council accounts 2024/25, p. 41.\n"
           "2 https://www.gov.uk/travel-review\n")
    norm, _ = sentences(raw, "text")
    assert [(r.label, r.urls) for r in norm.references] == [("1", ()), ("2", ("https://www.gov.uk/travel-review",))]


def test_utf8_read_as_windows_1252_is_read_back_and_real_accents_stay():
    raw = ("Westmoor County Councilâ€™s cabinet agreed a rise of Â£91 a year â€“ the most allowed.\n\n"
           "â€œNobody wants it,â€\ufffd said the leader, in SÃ£o Paulo for talks.\n\n"
           "The mayor of SÃ£o Tomé flew in from São Paulo à\u00a0midi.\n")
    norm, sents = sentences(raw, "text")
    assert sents[:2] == ["Westmoor County Council’s cabinet agreed a rise of £91 a year – the most allowed.",
                         "“Nobody wants it,” said the leader, in São Paulo for talks."]
    assert sents[2] == "The mayor of São Tomé flew in from São Paulo à midi."  # (the no-break space read as a space)


def test_a_box_of_figures_under_its_title_is_no_prose_but_key_points_are():
    box = "Libraries after the cuts\n\nVolunteers now run three branches.\n\nKey facts\n\x7f 12 branch libraries\n" \
          "\x7f 2 closed since 2023\n\x7f 840,000 visits in 2025\n"
    assert texts(normalize(box, "pdf-text")) == ["Volunteers now run three branches."]
    points = box.replace("Key facts", "Key points")
    assert texts(normalize(points, "pdf-text"))[1:] == ["12 branch libraries", "2 closed since 2023", "840,000 visits in 2025"]
    # … also when a point wraps onto a line of its own and the box stands before the prose
    glance = "At a glance\n\x7f 10,400 potholes repaired in 2025\n\x7f 48-hour target for\n   dangerous defects\n\n" \
             "Pothole repairs\n\nThe council repaired 10,400 potholes in 2025.\n"
    assert texts(normalize(glance, "pdf-text")) == ["The council repaired 10,400 potholes in 2025."]


FORWARDED = """Subject: Fwd: Statement on the road closure

For Friday's paper - statement below from the port authority.

Sam

---------- Forwarded message ---------
From: Press Office <press@port.example>
Date: Thu, 19 Nov 2026 at 16:42
Subject: Statement on the road closure
To: newsdesk@gazette.example

Harbour Road will close from 30 November while the sea wall is rebuilt.

The wall was damaged in the storm of 2 November.
"""


def test_a_forwarded_email_is_the_message_forwarded_with_its_subject_and_date():
    norm = normalize(FORWARDED, "text")
    assert texts(norm) == ["Harbour Road will close from 30 November while the sea wall is rebuilt.",
                           "The wall was damaged in the storm of 2 November."]
    assert (norm.metadata.title, norm.metadata.published) == ("Statement on the road closure", "2026-11-19")
    # without the rule, a note and its fields stay as they are
    assert "For Friday's paper - statement below from the port authority." in texts(
        normalize(FORWARDED.replace("---------- Forwarded message ---------", ""), "text"))


SUBTITLES = """1
00:00:01,200 --> 00:00:04,800
Good evening. I'm Dana Whitfield,
leader of Kelby Council.

2
00:00:05,100 --> 00:00:09,300
Since 2020 our grant from government

3
00:00:09,900 --> 00:00:14,600
has fallen by £22 million a year.

4
00:00:15,000 --> 00:00:16,000
Thank you.
"""


def test_a_subtitle_file_reads_as_one_text_without_cue_numbers_or_timecodes():
    assert texts(normalize(SUBTITLES, "text")) == [
        "I'm Dana Whitfield, leader of Kelby Council.",
        "Since 2020 our grant from government has fallen by £22 million a year.",
    ]
    vtt = "WEBVTT\n\n" + SUBTITLES.replace(",200", ".200").replace(",800", ".800").replace(",100", ".100") \
        .replace(",300", ".300").replace(",900", ".900").replace(",600", ".600").replace(",000", ".000")
    assert texts(normalize(vtt, "text"))[1] == "Since 2020 our grant from government has fallen by £22 million a year."


CHAT = """12/03/2026, 08:41 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
12/03/2026, 08:41 - Ana Ruiz created group "Fenby flood group"
12/03/2026, 08:45 - Ana Ruiz: Water is over the road at the bottom of Mill Lane again
12/03/2026, 08:47 - Tom Ellis: The council says the pumps failed overnight.
12/03/2026, 08:52 - Ana Ruiz: <Media omitted>
12/03/2026, 09:05 - Tom Ellis: Flood warning is still in place until 6pm
12/03/2026, 09:10 - Priya Shah: The pumps were only replaced in 2024
"""


def test_a_chat_export_is_one_paragraph_a_message_spoken_by_its_sender():
    norm = normalize(CHAT, "text")
    assert texts(norm) == ["Water is over the road at the bottom of Mill Lane again",
                           "The council says the pumps failed overnight.", "Flood warning is still in place until 6pm",
                           "The pumps were only replaced in 2024"]
    assert [b.speaker for b in norm.blocks if b.kind == "paragraph"] == ["Ana Ruiz", "Tom Ellis", "Tom Ellis", "Priya Shah"]
    assert (norm.metadata.title, norm.metadata.published) == ("Fenby flood group", "2026-03-12")


RELEASE = """Kelby Energy to Build Battery Storage Site

News provided by
Kelby Energy Ltd

Mar 03, 2026, 07:00 GMT

KELBY, England, March 3, 2026 /PRNewswire/ -- Kelby Energy Ltd today announced plans to build a battery site.

The project will create 25 permanent jobs.

About Kelby Energy

Kelby Energy Ltd is an independent renewable energy developer based in Kelby.

Media contact:
Sam Okafor
press@kelbyenergy.example
"""


def test_a_wire_release_loses_its_dateline_about_section_and_contacts_and_is_dated_by_its_dateline():
    norm = normalize(RELEASE, "text")
    assert texts(norm) == ["Kelby Energy Ltd today announced plans to build a battery site.",
                           "The project will create 25 permanent jobs."]
    assert (norm.metadata.author, norm.metadata.publisher) == (None, "Kelby Energy Ltd")
    analysis = analyze(Document(RELEASE, "text"), config=CONFIG)
    assert (analysis.document.published, analysis.document.published_estimated) == ("2026-03-03", False)


US_RELEASE = """FOR IMMEDIATE RELEASE
June 23, 2026

CITY OF LAKEPORT LAUNCHES $25 MILLION LEAD PIPE REPLACEMENT PROGRAM

LAKEPORT, Ore. – The City of Lakeport today launched a $25 million program.

The work will begin in August.

About the City of Lakeport
The City of Lakeport serves 212,000 residents.

###
"""


def test_a_us_release_loses_its_dateline_with_the_state_and_its_about_section_headed_on_the_line_above():
    assert texts(normalize(US_RELEASE, "text")) == ["The City of Lakeport today launched a $25 million program.",
                                                    "The work will begin in August."]


def test_a_dateline_of_two_places_joined_by_a_slash_is_set_aside():
    text = "Road still closed\n\nBy Ani Vardanyan\n\nGORIS/KAPAN — The road stayed closed on Monday, officials said.\n"
    assert texts(normalize(text, "text")) == ["The road stayed closed on Monday, officials said."]

def test_a_long_line_in_capitals_over_a_release_is_its_headline_not_its_letterhead():
    meta = normalize(US_RELEASE, "text").metadata
    assert (meta.title, meta.publisher) == ("CITY OF LAKEPORT LAUNCHES $25 MILLION LEAD PIPE REPLACEMENT PROGRAM", None)
    letterhead = normalize("KELBY DISTRICT COUNCIL\n\nThe council approved the plan on Monday.\n", "text").metadata
    assert (letterhead.title, letterhead.publisher) == (None, "Kelby District Council")


def test_quotations_typed_in_ascii_are_quotations_and_a_copyright_line_is_no_claim():
    text = ("Dock strike ends\n\nThe port operator said the strike cost it $2.4 million. ``We are glad to have our "
            "people back,'' said chief executive Clara Holt.\n\n(c) 2026 Kelby Wire Service. All rights reserved.\n")
    claims = analyzed(text)
    assert list(claims) == ["The port operator said the strike cost it $2.4 million.",
                            "“We are glad to have our people back,” said chief executive Clara Holt."]
    assert claims["“We are glad to have our people back,” said chief executive Clara Holt."].speaker == "chief executive Clara Holt"
    # without an opening pair of backticks, two apostrophes stay as written
    assert list(analyzed("The sign read ''closed'' all week.")) == ["The sign read ''closed'' all week."]


def test_q_and_a_labels_on_lines_of_their_own_name_who_asks_and_who_answers():
    text = ("Interview: the new principal\n\nBy Sam Ortiz, 3 September 2026\n\nDr Helen Marr became principal in August. "
            "We asked her about money.\n\nQ.\nIs the college in debt?\n\nA.\nWe borrowed £3 million in 2024.\n\n"
            "Q.\nWhen will you repay it?\n\nA.\nWe will repay it by 2031.\n")
    assert [(c.text, c.speaker) for c in analyzed(text).values()][2:] == [
        ("Is the college in debt?", "Sam Ortiz"), ("We borrowed £3 million in 2024.", "Helen Marr"),
        ("When will you repay it?", "Sam Ortiz"), ("We will repay it by 2031.", "Helen Marr")]


BRIEFING = """Transcript: police briefing

[10:00]
CH SUPT WARD: Good morning. A bus and a lorry collided on Fenby Road at 6.40pm yesterday.

Eleven passengers were taken to hospital.

QUESTION: Was the lorry speeding?

[10:12]
QUESTION: Will the speed limit be reviewed?
CH SUPT WARD: That is a matter for the highways authority.
I want to thank the people who stopped to help.
"""


def test_a_briefing_transcript_s_turns_are_read_under_a_time_line_and_without_blank_lines_between_them():
    result = analyze(Document(BRIEFING, "pdf-text"), config=CONFIG)
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("A bus and a lorry collided on Fenby Road at 6.40pm yesterday.", "Ch Supt Ward"),
        ("Eleven passengers were taken to hospital.", "Ch Supt Ward"),
        ("Was the lorry speeding?", "Question"),
        ("Will the speed limit be reviewed?", "Question"),
        ("That is a matter for the highways authority.", "Ch Supt Ward"),
        ("I want to thank the people who stopped to help.", "Ch Supt Ward"),
    ]


JOURNAL_PAGE = """Journal of Local Transport Research 14(2): 41-58 https://doi.org/10.5555/jltr.2026.0142

Twenty-mile-an-hour limits and road casualties in Kelby
Priya Nair\u00b9, Tom Okafor\u00b2
\u00b9 Kelby University, School of Geography   \u00b2 Kelby Road Safety Partnership
Received 3 March 2026; accepted 12 May 2026; published online 2 June 2026

Abstract

Kelby introduced a 20 mph limit on 380 km of residential streets in April 2023.
"""


def test_a_journal_s_first_page_gives_title_author_and_publication_date_and_none_of_it_is_prose():
    norm = normalize(JOURNAL_PAGE, "pdf-text")
    assert texts(norm) == ["Kelby introduced a 20 mph limit on 380 km of residential streets in April 2023."]
    meta = norm.metadata
    assert (meta.title, meta.author, meta.published) == ("Twenty-mile-an-hour limits and road casualties in Kelby",
                                                         "Priya Nair", "2026-06-02")


PRINTED_CHECK = """KELBY FACT CHECK 12 October 2026

Did crime in Kelby double in five years?

CLAIM
"Crime in Kelby has doubled in five years." - Councillor Dan Price, in a leaflet delivered in
September 2026

Police recorded 6,420 crimes in the year to June 2026.
"""


def test_a_printed_check_s_kicker_dates_it_and_a_quotation_signed_with_a_hyphen_names_its_speaker():
    norm = normalize(PRINTED_CHECK, "pdf-text")
    assert (norm.metadata.title, norm.metadata.publisher, norm.metadata.published) == (
        "Did crime in Kelby double in five years?", "Kelby Fact Check", "2026-10-12")
    result = analyze(Document(PRINTED_CHECK, "pdf-text"), config=CONFIG)
    assert [(c.text, c.speaker) for c in result.claims] == [
        ('"Crime in Kelby has doubled in five years."', "Councillor Dan Price"),
        ("Police recorded 6,420 crimes in the year to June 2026.", None)]


def test_a_letter_spaced_heading_is_closed_up_and_a_section_name_in_capitals_heads_the_first_paragraph():
    raw = ("Air quality in Kelby: 2025 report\n\nS U M M A R Y\n\nLevels fell at 14 of the 16 sites in 2025.\n\n"
           "K E Y   F I N D I N G S\n\nTraffic was 6% lower than in 2019.\n")
    norm = normalize(raw, "pdf-text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == [
        "Air quality in Kelby: 2025 report", "SUMMARY", "KEY FINDINGS"]
    assert texts(norm) == ["Levels fell at 14 of the 16 sites in 2025.", "Traffic was 6% lower than in 2019."]
    # a masthead in capitals above everything is still no heading
    assert "KELBY ROADS TRUST" not in [norm.text[b.start:b.end] for b in normalize(
        "KELBY ROADS TRUST\n\nPothole repairs\n\nThe council repaired 10,400 potholes.\n", "pdf-text").blocks if b.kind == "heading"]


def test_a_reply_to_a_request_for_information_reads_its_question_and_answer_labels_as_labels():
    raw = ("Dear Ms Smith,\n\nQuestion 1: How many potholes were reported in 2025?\n\n"
           "Answer: 14,212 potholes were reported in 2025.\n\nQuestion 2: How many claims were paid?\n"
           "Answer: The council paid 412 claims.\n")
    assert texts(normalize(raw, "pdf-text")) == ["How many potholes were reported in 2025?", "14,212 potholes were reported in 2025.",
                                                 "How many claims were paid?", "The council paid 412 claims."]


RESTRUCTURED = """==============================
Harbour water report published
==============================

:Author: Tomas Lind
:Date: 2026-02-05

.. contents:: On this page
   :local:

Bathing water met the standard on 88 of 96 days in 2025 [#]_.

.. note::

   Sampling runs from May to September.

Campaigners at `Clean Harbour <https://cleanharbour.example.org>`_ say the figures are misleading.

.. [#] Port of Kessling, `Results 2025 <https://port.example/water/2025>`_, table 2.
"""


def test_restructured_text_reads_as_its_prose_with_its_fields_links_and_numbered_footnotes():
    norm = normalize(RESTRUCTURED, "text")
    assert texts(norm) == ["Bathing water met the standard on 88 of 96 days in 2025 [1].",
                           "Sampling runs from May to September.",
                           "Campaigners at Clean Harbour say the figures are misleading."]
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Harbour water report published", "Tomas Lind", "2026-02-05")
    # the auto-numbered footnote is note 1, its address the source the marker in the prose points to
    assert [(r.label, r.urls) for r in norm.references] == [("1", ("https://port.example/water/2025",))]
    assert [m.label for m in norm.markers] == ["1"]


ASCIIDOC = """= Bus Network Review: Interim Findings
Marta Osei <marta.osei@transport.example>
v1.2, 2026-09-14
:toc: left

== Ridership

Bus journeys reached 14.2 million in 2025.

NOTE: Figures for 2025 are provisional.

[quote, Lena Park, Bus Users Group]
____
Passengers are giving up on buses they cannot rely on.
____

For the data tables, see link:https://transport.example/review/data[the review data page].
"""


def test_asciidoc_reads_as_its_title_author_revision_date_sections_and_prose():
    norm = normalize(ASCIIDOC, "text")
    assert texts(norm) == ["Bus journeys reached 14.2 million in 2025.", "Figures for 2025 are provisional.",
                           "Passengers are giving up on buses they cannot rely on.",
                           "For the data tables, see the review data page."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Ridership"]
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Bus Network Review: Interim Findings", "Marta Osei", "2026-09-14")
    # the quotation block's attribute line names who is quoted
    assert [b.speaker for b in norm.blocks if "giving up" in norm.text[b.start:b.end]] == ["Lena Park"]
    # a plain text whose lines open with "=" is not read as AsciiDoc
    assert texts(normalize("Totals\n\n= 42 in all, up from 40.\n", "text")) == ["= 42 in all, up from 40."]


STATISTICAL_RELEASE = """Road casualties in Kelby: 2025 Page 1

Statistical bulletin
Road casualties in Kelby: 2025
Release date: 14 May 2026    Next release: May 2027

Main points

In 2025, 1,042 people were injured in road collisions.

 Year 2015 2017 2019 2021 2023 2025
KSI 301 288 264 201 233 219

Casualties among cyclists rose to 164 in 2025.
"""


def test_a_statistical_release_keeps_its_title_under_a_footer_repeating_it_and_reads_its_release_date():
    norm = normalize(STATISTICAL_RELEASE, "pdf")
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Road casualties in Kelby: 2025", None, "2026-05-14")
    # a header row of years over a row of figures is a table, not two headings
    assert texts(norm) == ["In 2025, 1,042 people were injured in road collisions.", "Casualties among cyclists rose to 164 in 2025."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Main points"]


RADIO_SCRIPT = """KELBY FM NEWS -- 0800 BULLETIN -- TUE 14 APRIL 2026
EDITOR: J. PRICE    READER: SAM OKORO    DUR: 2'10"

[STING: NEWS INTRO]

Parking charges at the hospital will rise to three pounds an hour from next month.

CUE: The trust's finance director, Mei Lin, defended the rise.
AUDIO: LIN_PARKING_0714    DUR: 0'18"
IN: "We have frozen charges..."
OUT: "...back into care."

[BED UNDER]

The bridge carried fourteen thousand vehicles a day before 2024.
"""


def test_a_broadcast_script_s_slug_dates_it_and_its_cues_and_clip_lines_are_no_prose():
    norm = normalize(RADIO_SCRIPT, "text")
    assert texts(norm) == ["Parking charges at the hospital will rise to three pounds an hour from next month.",
                           "The trust's finance director, Mei Lin, defended the rise.",
                           "The bridge carried fourteen thousand vehicles a day before 2024."]
    # the slug's parts set apart by "--" date the bulletin; a line of labelled fields names no publisher
    assert (norm.metadata.published, norm.metadata.publisher) == ("2026-04-14", None)


ELECTION_LEAFLET = """NORTHGATE FOCUS

Working for you all year round  |  Spring 2026

Claims for damaged cars have risen by 60% since 2023.

Lib Dems 1,412      Labour 1,377      Conservatives 402      Greens 218
Northgate ward result, May 2022 council elections

Labour cannot win here: they came a distant third in 2018.

Promoted by P. Grant on behalf of Tariq Bell (Liberal Democrats), both at 4 Mill Road, Kelby KB1 2AA.
Printed by Kelby Print Ltd, Unit 3, Harbour Estate, Kelby.
"""


def test_an_election_leaflet_s_issue_season_chart_labels_and_legal_imprint_are_no_prose():
    norm = normalize(ELECTION_LEAFLET, "pdf")
    assert texts(norm) == ["Claims for damaged cars have risen by 60% since 2023.",
                           "Labour cannot win here: they came a distant third in 2018."]
    assert norm.metadata.published == "2026"
    # a sentence that opens "Printed by" stays prose
    assert texts(normalize("Printed by the thousand, the leaflets reached every home in the ward.\n", "text")) == [
        "Printed by the thousand, the leaflets reached every home in the ward."]


SOCIAL_POST = """Dr Helen Achebe
Chief Executive at Kelby Hospitals NHS Trust
2d • Edited •

Our emergency department saw 94% of patients within four hours in October.

#NHS #Kelby #EmergencyCare

…see more

👍❤️ 412
38 comments • 17 reposts

Like
Comment
Repost
Send
"""


def test_a_social_post_s_author_headline_age_hashtags_and_buttons_are_no_prose():
    norm = normalize(SOCIAL_POST, "text")
    assert texts(norm) == ["Our emergency department saw 94% of patients within four hours in October."]
    # the name over the headline and the post's age is its author, not its title
    assert (norm.metadata.title, norm.metadata.author) == (None, "Dr Helen Achebe")


DRAFT_WITH_MARKUP = """Kelby Leisure Centre: options for the future
DRAFT v3 - for discussion - 3 March 2026
The leisure centre opened in 1979 and needs £6.8 million of repairs.

Commented [RM1]: Is this the updated survey figure?

Running costs rose by 18% last year.

Deleted: 15%

Formatted: Font: Bold
"""


def test_a_draft_printed_with_its_margin_markup_reads_its_title_date_and_prose_only():
    norm = normalize(DRAFT_WITH_MARKUP, "pdf")
    assert texts(norm) == ["The leisure centre opened in 1979 and needs £6.8 million of repairs.", "Running costs rose by 18% last year."]
    assert (norm.metadata.title, norm.metadata.published) == ("Kelby Leisure Centre: options for the future", "2026-03-03")
    # under a series line too
    memo = ("MONITORING MEMO 2024/06\nDetentions along the South Ossetian line\n"
            "Tbilisi Centre for Conflict Studies  |  9 July 2024\nForces detained 47 Georgian citizens near the line\n"
            "in the first half of 2024.\n")
    norm = normalize(memo, "pdf")
    assert texts(norm) == ["Forces detained 47 Georgian citizens near the line in the first half of 2024."]
    assert norm.metadata.published == "2024-07-09"
    # a series line of parts set apart by dots, one of them a month
    paper = ("Lessons from the Russian peacekeeping mission\nWorking paper 2024/11   ·   Caucasus Research Network   ·   October 2024\n"
             "The mission was deployed on 10 November 2020 with 1,960 troops.\n")
    assert texts(normalize(paper, "pdf")) == ["The mission was deployed on 10 November 2020 with 1,960 troops."]


VIDEO_DESCRIPTION = """Why the tram line is over budget | Kelby Explained

48,213 views  Streamed live on 12 Sep 2026  #Kelby #Trams
The Harbour Line was meant to cost £210 million.

Chapters:
00:00 Intro
01:42 How the budget grew
12:30 What happens to fares?

Sources:
Harbour Line audit report: https://kelby.gov.example/audit/harbour-line-2026

Support the channel: https://patreon.example/kelbyexplained
Music: "Harbour Lights" by Tom Reed (licensed)

Show less
"""


def test_a_video_description_s_views_line_chapters_sources_and_credits_are_no_prose():
    norm = normalize(VIDEO_DESCRIPTION, "text")
    assert texts(norm) == ["The Harbour Line was meant to cost £210 million."]
    assert norm.metadata.published == "2026-09-12"
    # the list under "Sources:" is a reference list
    assert [r.urls for r in norm.references] == [("https://kelby.gov.example/audit/harbour-line-2026",)]


ENCYCLOPEDIA_COPY = """Kelby Harbour Bridge

From Wikipedia, the free encyclopedia

Jump to navigation
Jump to search

It opened in 1964 and carries about 31,000 vehicles a day.[1]

History[edit]

It was the longest concrete span in the country when it opened.[citation needed]

References[edit]

^ "Traffic counts 2024". Kelby County Council. Retrieved 3 March 2026.

Retrieved from "https://en.wikipedia.example/w/index.php?title=Kelby_Harbour_Bridge"
Categories: Bridges in Kelby | Road bridges
"""


def test_an_encyclopedia_page_copied_as_text_reads_its_sections_prose_and_caret_references():
    norm = normalize(ENCYCLOPEDIA_COPY, "text")
    assert texts(norm) == ["It opened in 1964 and carries about 31,000 vehicles a day.",
                           "It was the longest concrete span in the country when it opened."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Kelby Harbour Bridge", "History", "References"]
    # the "^" entry is entry 1, which the "[1]" after the stop points to from the sentence it closes
    assert [r.label for r in norm.references] == ["1"]
    assert [(m.label, m.after_sentence) for m in norm.markers] == [("1", True)]


def test_an_email_s_best_wishes_its_signature_and_the_dashes_over_it_are_no_prose():
    raw = ("Dear parents and carers,\n\nThe breakfast club opened on Monday.\n\nBest wishes,\n\nJane Okafor\nHeadteacher\n\n"
           "--\nKelby Primary School | 01632 960 777\n")
    assert texts(normalize(raw, "text")) == ["The breakfast club opened on Monday."]


def test_quotes_credited_under_a_label_are_each_the_speaker_s():
    raw = ("Minister announces homes\n\nThe government will build 30,000 homes, the minister said.\n\n"
           "Quotes attributable to Minister Ellis:\n\n“Every family deserves a safe home.”\n\n"
           "“This is the largest investment in a decade.”\n\nRents rose by 8% last year.\n")
    claims = analyze(Document(raw, "text"), config=CONFIG).claims
    assert [c.speaker for c in claims[1:3]] == ["Ellis", "Ellis"]
    assert claims[3].speaker is None
    assert all("Quotes attributable" not in c.text for c in claims)


def test_signed_on_behalf_of_a_committee_closes_a_letter():
    raw = ("Response to the consultation\n\nThe society opposes Option B.\n\nSigned on behalf of the committee,\n\n"
           "Helen Ford, Chair\n")
    assert texts(normalize(raw, "text")) == ["The society opposes Option B."]


def test_an_updated_line_naming_its_month_dates_a_fact_sheet():
    raw = ("Fact sheet: Bathing water\n\nUpdated August 2026\n\n"
           "Eleven of the county's 14 beaches were rated excellent this summer. Two were rated poor.\n")
    norm = normalize(raw, "text")
    assert norm.metadata.published == "2026-08"
    assert texts(norm) == ["Eleven of the county's 14 beaches were rated excellent this summer.", "Two were rated poor."]


def test_a_line_of_figures_alone_heads_nothing():
    norm = normalize("Summary of accounts\n\n2025-26\n\nIncome rose to £1.2 million in the year.\n", "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Summary of accounts"]


def test_a_table_printed_a_row_to_a_paragraph_is_no_prose_and_heads_nothing():
    raw = ("Fact sheet: Leakage\n\nLeakage is water lost from our pipes.\n\nYear Leakage (million litres a day) Target\n\n"
           "2023/24 142 135\n\n2024/25 131 130\n\nLeakage fell by 13% in two years.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Fact sheet: Leakage"]
    assert texts(norm) == ["Leakage is water lost from our pipes.", "Leakage fell by 13% in two years."]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_line_saying_where_the_figures_come_from_is_no_prose(fmt):
    raw = ("Leakage fell by 13% in two years.\n\nFigures are from our annual performance report, published July 2026.\n")
    assert texts(normalize(raw, fmt)) == ["Leakage fell by 13% in two years."]
    # a sentence that reports figures from a named report is prose
    told = "Leakage fell by 13%, according to figures from the regulator.\n"
    assert texts(normalize(told, fmt)) == ["Leakage fell by 13%, according to figures from the regulator."]


def test_a_memo_printed_without_blank_lines_splits_its_head_from_its_points():
    raw = ("CONFIDENTIAL\nMEMORANDUM\nTo: Cabinet Member for Housing\nFrom: Head of Housing\nDate: 3 March 2026\n"
           "Subject: Temporary accommodation\n• We placed 212 households in hotels in February.\n"
           "• The cost was £640,000.\n")
    norm = normalize(raw, "text")
    assert norm.metadata.published == "2026-03-03"
    assert texts(norm) == ["We placed 212 households in hotels in February.", "The cost was £640,000."]
    # a head alone, with a letterhead over it, is read as before
    head = normalize("KELBY COUNCIL\nReport to: Cabinet\nDate of meeting: 3 March 2026\n\nThe pool needs a new roof.\n", "text")
    assert head.metadata.published == "2026-03-03" and texts(head) == ["The pool needs a new roof."]


@pytest.mark.parametrize("marking", ["CONFIDENTIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED"])
def test_a_protective_marking_over_a_memo_names_no_publisher(marking):
    raw = f"{marking}\n\nTo: Cabinet\nFrom: Head of Housing\nDate: 3 March 2026\n\nThe cost was £640,000.\n"
    norm = normalize(raw, "text")
    assert norm.metadata.publisher is None and texts(norm) == ["The cost was £640,000."]


def test_a_sub_point_set_with_an_en_dash_is_a_list_item():
    raw = ("Food waste\n\n• We collect food waste from 38% of households.\n– The other 61,000 households need caddies.\n"
           "– Ten new vehicles will be needed.\n")
    assert texts(normalize(raw, "text")) == ["We collect food waste from 38% of households.", "The other 61,000 households need caddies.",
                                             "Ten new vehicles will be needed."]


def test_a_list_of_dated_entries_printed_without_blank_lines_is_an_entry_a_line():
    raw = ("School news\n\nDates for your diary\n\nMonday 26 October – Half term begins\n"
           "Thursday 12 November – Parents' evening, 3.30pm to 7pm\nFriday 18 December – Last day of term\n")
    norm = normalize(raw, "text")
    assert texts(norm) == ["Half term begins", "Parents' evening, 3.30pm to 7pm", "Last day of term"]
    claims = analyze(Document(raw, "text", published=dt.date(2026, 10, 16)), config=CONFIG).claims
    assert [[t.value for t in c.times] for c in claims] == [["2026-10-26"], ["2026-11-12"], ["2026-12-18"]]


def test_a_notice_s_labelled_lines_among_its_prose_each_start_a_paragraph():
    raw = ("RECALL\n\nProduct: Kelby kettle, model K2\nBatch numbers: 2401 to 2412\n"
           "Hazard: The lid can come loose and scald the user.\nWe have received nine reports of burns.\n"
           "What to do: Stop using the kettle.\n")
    sentences = texts(normalize(raw, "text"))
    assert "We have received nine reports of burns." in sentences
    assert not any("Batch numbers" in s and "Hazard" in s for s in sentences)
    # a form's fields with no prose among them are read whole, as before
    form = "Application number: 26/0412\nSite: Old Depot, Mill Lane\nProposal: Demolition of the depot.\n"
    assert texts(normalize(form, "text")) == []


def test_a_court_press_summary_s_case_name_citation_and_standard_note_are_no_prose():
    raw = ("SUPREME COURT\n\nPress Summary\n\n22 April 2026\nR (on the application of Fenby Action Group) v Secretary of State\n"
           "[2026] UKSC 9\n\n1. The Supreme Court unanimously dismisses the appeal.\n\n"
           "This summary is provided to help in understanding the Court's decision. It does not form part of the\n"
           "reasons for the decision.\n")
    assert texts(normalize(raw, "text")) == ["The Supreme Court unanimously dismisses the appeal."]


def test_a_statement_s_capitals_head_and_issued_line_over_its_sentences_are_read_apart():
    raw = ("KELBY HOSPITALS NHS TRUST\nSTATEMENT\nIssued: Tuesday 18 August 2026\n"
           "We can confirm that our systems were affected by a cyber incident on Sunday 16 August.\n"
           "Some planned operations were postponed on Monday.\n")
    norm = normalize(raw, "text")
    assert norm.metadata.published == "2026-08-18"
    assert texts(norm) == ["We can confirm that our systems were affected by a cyber incident on Sunday 16 August.",
                           "Some planned operations were postponed on Monday."]


def test_section_headings_run_into_their_lines_head_their_text_and_are_no_claims():
    raw = ("Briefing: school streets\n\nBackground. Kelby opened four school streets in 2025. Traffic fell by 61%.\n"
           "Proposal. Officers propose twelve more from September 2027.\nRecommendation.\nThat the expansion is approved.\n")
    norm = normalize(raw, "text")
    headings = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]
    assert {"Background", "Proposal", "Recommendation"} <= set(headings)
    assert "Proposal." not in texts(norm) and "Officers propose twelve more from September 2027." in texts(norm)
    # a sentence that opens on such a word is no label
    assert texts(normalize("Background checks rose by 12% in 2025.\n", "text")) == ["Background checks rose by 12% in 2025."]


def test_a_long_authors_affiliation_and_event_line_set_apart_by_dots_is_front_matter():
    norm = normalize("School streets and children's walking\n\n"
                     "Sara Lindqvist, Tom Okafor · Kelby Institute for Transport Studies · Presented at the Active "
                     "Travel Conference, 10 November 2026\n\n"
                     "Kelby introduced 24 school streets between 2023 and 2025.\n", "pdf-text")
    assert texts(norm) == ["Kelby introduced 24 school streets between 2023 and 2025."]
    assert norm.metadata.published == "2026-11-10"


def test_a_memo_head_laid_out_as_a_two_column_table_gives_each_field():
    norm = normalize("MEMORANDUM\nTo: Cabinet Member for Children's Services Date: 24 November 2026\n"
                     "From: Head of Passenger Transport Ref: PT/26/118\n\n"
                     "1. The council spent £14.8 million on transport in 2025/26.\n", "pdf-text")
    assert norm.metadata.published == "2026-11-24"
    assert norm.metadata.author == "Head of Passenger Transport"
    assert texts(norm) == ["The council spent £14.8 million on transport in 2025/26."]


def test_a_memo_s_lettered_sub_points_are_items_and_one_that_runs_on_heads_nothing():
    norm = normalize("MEMORANDUM\n\n2. The rise has three causes:\n(a) more children are eligible for transport;\n"
                     "(b) fewer operators are bidding for contracts; and\n(c) fuel and driver costs have risen.\n\n"
                     "3. Eleven contracts are due for renewal in July 2027.\n", "pdf-text")
    items = [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "list_item"]
    for point in ("more children are eligible for transport;", "fewer operators are bidding for contracts; and",
                  "fuel and driver costs have risen."):
        assert point in items
    assert "fewer operators are bidding for contracts; and" not in [
        norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]


def test_an_email_s_greeting_and_close_are_no_prose_and_a_date_in_figures_dates_a_report():
    raw = ("From: Jo Bright <jo@kelby.example>\nSubject: Flood barrier\n\nHi all,\n\n"
           "The barrier went up at 6am this morning.\n\nThe river peaked at 4.2m overnight.\n\nThanks,\nJo\n")
    assert texts(normalize(raw, "text")) == ["The barrier went up at 6am this morning.", "The river peaked at 4.2m overnight."]
    md = "# Fair attendance\n\n*Prepared by the Fair Board, 11/20/2026*\n\nAttendance reached 182,400.\n"
    assert normalize(md, "markdown").metadata.published == "2026-11-20"
    # figures that could be either month are not read as a date
    assert normalize(md.replace("11/20/2026", "11/10/2026"), "markdown").metadata.published is None
    # a newsletter's greeting and its pointer to what follows are no prose either
    raw = ("From: Caspian Desk <desk@caspian.example>\nSubject: Morning note\n\nGood morning,\n\nThree things to know today.\n\n"
           "The ferry crossings were suspended for a third day.\n")
    assert texts(normalize(raw, "text")) == ["The ferry crossings were suspended for a third day."]


def test_a_numbered_point_s_label_and_title_run_into_its_first_sentence_head_it():
    raw = ("MEMO\n\nIssue 1: Placements. The council is paying for 61 children in residential placements.\n\n"
           "Issue 2: Social workers. There are 23 vacant posts.\n")
    norm = normalize(raw, "text")
    assert texts(norm) == ["The council is paying for 61 children in residential placements.", "There are 23 vacant posts."]
    assert "Issue 1: Placements." in [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]



def test_a_memo_head_set_on_one_line_apart_by_bars_dates_and_signs_the_memo():
    raw = ("MEMO\n\nTo: Lead Member for Children | From: Director of Children's Services | Date: 18 November 2026\n\n"
           "The council is paying for 61 children in residential placements.\n")
    norm = normalize(raw, "text")
    assert (norm.metadata.author, norm.metadata.published) == ("Director of Children's Services", "2026-11-18")
    assert texts(norm) == ["The council is paying for 61 children in residential placements."]


def test_a_cable_s_classification_markings_and_its_summary_labels_are_no_part_of_its_text():
    raw = ("SUBJECT: ELECTION COMMISSION CONFIRMS RUN-OFF DATE\n\n"
           "1. (U) Summary: The commission confirmed the run-off date on Monday. End summary.\n\n"
           "2. (SBU) Turnout in the first round was 61.4 percent,\naccording to official results.\n\n"
           "3. (C) Comment: Vos is likely to win the run-off. End comment.\n")
    norm = normalize(raw, "text")
    assert texts(norm) == ["The commission confirmed the run-off date on Monday.",
                           "Turnout in the first round was 61.4 percent, according to official results.",
                           "Vos is likely to win the run-off."]
    assert {"Summary", "Comment"} <= {norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"}
    # a bracketed letter that is part of the sentence stays
    assert texts(normalize("(A) new bridge opened on Monday, the council said.\n", "text")) == [
        "(A) new bridge opened on Monday, the council said."]


def test_a_key_figures_panel_s_row_of_figures_and_its_labels_are_no_prose():
    raw = ("Velora Valley: Flash Update No. 3\n\nKEY FIGURES\n\n4,500 2 US$6.2M\n\ndisplaced health centres closed required\n\n"
           "SITUATION OVERVIEW\n\nThe shelling began late on 17 November.\n")
    assert texts(normalize(raw, "text")) == ["The shelling began late on 17 November."]
    # a sentence under the panel's heading is prose
    raw = "KEY FIGURES\n\n4,500 people were displaced on Monday.\n"
    assert texts(normalize(raw, "text")) == ["4,500 people were displaced on Monday."]


def test_a_contact_line_over_a_web_address_closes_a_report():
    raw = ("FUNDING\n\nPartners need US$6.2 million over the next three months.\n\n"
           "For further information, please contact: Ana Petrovic, OCHA Sarno, petrovic@ocha.example\n"
           "www.unocha.example/velora\n")
    assert texts(normalize(raw, "text")) == ["Partners need US$6.2 million over the next three months."]


@pytest.mark.parametrize("bio", ["Anar Valiyev is Associate Professor at ADA University, Baku, Azerbaijan.",
                                 "Ana Ciobanu is a journalist based in Chisinau.",
                                 "Ararat Mirzoyan is the Minister of Foreign Affairs of Armenia."])
def test_a_closing_line_saying_who_the_writer_is_closes_a_text_with_no_byline(bio):
    raw = f"Russian peacekeepers in Karabakh\n\nRussia deployed 1,960 troops in November 2020.\n\n{bio}\n"
    assert texts(normalize(raw, "text")) == ["Russia deployed 1,960 troops in November 2020."]


def test_a_press_service_s_standing_notes_are_no_prose():
    raw = ("The Security Council this morning extended the mandate of the mission.\n\n"
           "For information media. Not an official record.\n\nCheck against delivery\n")
    assert texts(normalize(raw, "text")) == ["The Security Council this morning extended the mandate of the mission."]
    # and a statement's note on its languages
    raw = ("The mission registered 11 candidates.\n\n"
           "This statement is also available in Romanian. However, the English version remains the only official document.\n")
    assert texts(normalize(raw, "text")) == ["The mission registered 11 candidates."]


CHANNEL = """Fenby Water Alerts, [03.02.2027 07:10]
⚠️ Boil water notice: customers in Fenby must boil tap water before drinking it.

Fenby Water Alerts, [03.02.2027 12:45]
Engineers have repaired the burst main on Mill Lane.
👍 88  ❤️ 12

Fenby Water Alerts, [03.02.2027 18:20]
Bottled water stations at the leisure centre close at 8pm.
"""


def test_posts_copied_from_a_channel_are_paragraphs_dated_by_their_heads_which_are_no_prose():
    result = analyze(Document(CHANNEL, "text"), config=CONFIG)
    assert [c.text for c in result.claims] == [
        "Boil water notice: customers in Fenby must boil tap water before drinking it.",
        "Engineers have repaired the burst main on Mill Lane.",
        "Bottled water stations at the leisure centre close at 8pm.",
    ]
    assert (result.document.published, result.document.title) == ("2027-02-03", "Fenby Water Alerts")


def test_a_writer_named_alone_under_the_headline_over_the_date_is_the_author_not_a_heading():
    raw = ("OPINION\n\nMoldova's narrow yes is a warning\n\nAna Ciobanu\n24 October 2024\n\n"
           "Moldovans voted on Sunday to write the goal of joining the EU into their constitution.\n")
    norm = normalize(raw, "text")
    assert (norm.metadata.author, norm.metadata.title) == ("Ana Ciobanu", "Moldova's narrow yes is a warning")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == ["Moldova's narrow yes is a warning"]
    # a team's name over the date is no writer
    team = normalize(raw.replace("Ana Ciobanu", "Transport Policy Team"), "text")
    assert team.metadata.author is None


def test_authors_marked_for_their_affiliations_are_the_authors_not_a_claim():
    raw = ("Working Paper 24/03\n\nRelocants and remittances\n\n"
           "Anna Sargsyan¹ and Tigran Hovhannisyan² 1 Yerevan State University. 2 Caucasus Economic Research Centre.\n\n"
           "March 2024\n\nAbstract\n\nMoney transfers from Russia to Armenia rose to about $3.6 billion in 2022.\n")
    norm = normalize(raw, "text")
    assert norm.metadata.author == "Anna Sargsyan"
    assert texts(norm) == ["Money transfers from Russia to Armenia rose to about $3.6 billion in 2022."]


def test_questions_each_over_the_prose_that_answers_them_are_headings_and_a_lone_question_a_claim():
    raw = ("The Great Return\n\nWhat is the programme?\n\nIt aims to resettle 140,000 people by 2026.\n\n"
           "How many people have returned?\n\nMore than 6,000 people live in rebuilt villages.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][1:] == [
        "What is the programme?", "How many people have returned?"]
    lone = normalize("Gas talks\n\nTiraspol refused the offer.\n\nWill it accept help from Chisinau?\n\nDiplomats doubt it.\n", "text")
    assert "Will it accept help from Chisinau?" in texts(lone)


def test_a_statement_by_an_office_of_a_country_named_between_commas_is_that_person_s_speech():
    raw = ("Statement by the Prime Minister of Armenia, Nikol Pashinyan, at the general debate of the UN General Assembly\n\n"
           "New York, 21 September 2023\n\nOn 19 September, Azerbaijan launched a military attack.\n\nThank you.\n")
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert [c.speaker for c in result.claims] == ["Nikol Pashinyan"]


def test_a_long_first_line_with_the_date_under_it_is_the_title():
    text = ("Comment by the Press Department of the Ministry of Foreign Affairs on the sentencing of the governor "
            "of the Velora region, Ana Lupu\n\n5 August 2025 11:42\n\n"
            "On 5 August, a court sentenced the governor to seven years in prison. We regard this verdict as unjust.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.title.startswith("Comment by the Press Department") and result.document.published == "2025-08-05"
    assert [c.text for c in result.claims] == ["On 5 August, a court sentenced the governor to seven years in prison.",
                                               "We regard this verdict as unjust."]
    # a long first line that a date does not follow is prose
    prose = ("The governor of the Velora region was sentenced on Tuesday to seven years in prison for illegal party "
             "funding and she will appeal\n\nHer lawyers said the case was weak.\n")
    assert analyze(Document(prose, "text"), config=CONFIG).claims[0].text.startswith("The governor of the Velora")


def test_a_numbered_paper_and_its_date_set_apart_by_a_dash_date_it():
    text = ("Baku trial of former Karabakh leaders\n\nMonitoring note 2025/02 - 20 January 2025\n\n"
            "The trial of 15 former Karabakh leaders opened in Baku on 17 January.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.published == "2025-01-20"
    assert [c.text for c in result.claims] == ["The trial of 15 former Karabakh leaders opened in Baku on 17 January."]


def test_a_footer_of_the_site_the_paper_s_number_and_the_page_is_no_claim():
    text = ("Baku trial\n\nThe trial of 15 former leaders opened in Baku on 17 January.\n\n"
            "Anna Petrosyan, Legal Officer\n\nwww.caucasusmonitor.example | Monitoring note 2025/02 | 1\n")
    claims = [c.text for c in analyze(Document(text, "pdf"), config=CONFIG).claims]
    assert claims == ["The trial of 15 former leaders opened in Baku on 17 January."]


def test_a_briefing_s_questions_labelled_with_the_outlet_are_turns_not_headings():
    text = ("Daily briefing, Brussels, 1 February 2024\n\n"
            "ANNA KOVAC, SPOKESPERSON: The regulation took effect on Thursday. The EU has asked Pristina to postpone it.\n\n"
            "QUESTION (Radio Free Europe): Has Pristina responded?\n\n"
            "KOVAC: The prime minister said on Monday that the regulation would stay.\n\n"
            "QUESTION (Tanjug): Does the EU agree with Belgrade?\n\n"
            "KOVAC: About 90,000 Serbs live in Kosovo.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    texts = [c.text for c in result.claims]
    assert "Has Pristina responded?" in texts and "Does the EU agree with Belgrade?" in texts
    assert not any("QUESTION" in t for t in texts) and not result.headings


def test_a_briefing_s_labels_in_plain_title_case_are_turns_when_one_side_is_the_question():
    text = ("Briefing by spokesperson Aykhan Hajizada\n\nBaku, 12 February 2025\n\n"
            "Hajizada: Azerbaijan has sent Armenia its comments on the draft treaty.\n\n"
            "Question: Armenian officials say Azerbaijan is holding the treaty hostage. How do you respond?\n\n"
            "Hajizada: That is not correct.\n")
    claims = analyze(Document(text, "text"), config=CONFIG).claims
    assert [(c.text, c.speaker) for c in claims] == [
        ("Azerbaijan has sent Armenia its comments on the draft treaty.", "Hajizada"),
        ("Armenian officials say Azerbaijan is holding the treaty hostage.", "Armenian officials"),
        ("How do you respond?", "Question"), ("That is not correct.", "Hajizada")]
    # or when one side is the host of an interview
    interview = ("Interview with the Foreign Minister\n\nBroadcast 5 March 2025\n\n"
                 "Host: The European Union has suspended visa-free travel for diplomats. How will you respond?\n\n"
                 "Botchorishvili: We regret the decision.\n\nHost: Is that fair?\n\nBotchorishvili: That is simply not true.\n")
    assert [c.speaker for c in analyze(Document(interview, "text"), config=CONFIG).claims] == [
        "Host", "Host", "Botchorishvili", "Host", "Botchorishvili"]
    # labels of that shape with no question among them are no transcript
    plain = text.replace("Question:", "Background:")
    assert "Hajizada: That is not correct." in [c.text for c in analyze(Document(plain, "text"), config=CONFIG).claims]


def test_a_section_s_name_in_capitals_run_into_its_first_sentence_is_no_part_of_it():
    text = ("Russia's planned naval base\n\nSUMMARY In October 2023, the leader of Abkhazia said an agreement had been signed.\n\n"
            "BACKGROUND Abkhazia broke away from Georgia in a war that ended in 1993.\n")
    texts = [c.text for c in analyzed(text, published=dt.date(2023, 10, 12)).values()]
    assert texts == ["In October 2023, the leader of Abkhazia said an agreement had been signed.",
                     "Abkhazia broke away from Georgia in a war that ended in 1993."]


def test_a_brief_s_two_stories_each_under_its_headline_lose_their_datelines():
    text = ("BALKANS DAILY BRIEF\n\nUS says Serbia is pulling back troops\n\n"
            "WASHINGTON - The United States said on Sunday that Serbia had begun reducing its forces.\n\n"
            "NATO to send extra troops to KFOR\n\n"
            "BRUSSELS - NATO will deploy about 200 British soldiers, the alliance said.\n")
    claims = [c.text for c in analyze(Document(text, "text"), config=CONFIG).claims]
    assert claims == ["The United States said on Sunday that Serbia had begun reducing its forces.",
                      "NATO will deploy about 200 British soldiers, the alliance said."]


def test_a_topic_and_a_question_in_lower_case_over_the_text_is_its_title():
    text = ("Transnistria: a frozen conflict thaws?\n\nBriefing paper, 20 March 2024\n\n"
            "About 1,500 Russian troops remain in the region.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.title == "Transnistria: a frozen conflict thaws?"
    assert [c.text for c in result.claims] == ["About 1,500 Russian troops remain in the region."]


def test_a_cable_s_date_time_group_dates_it():
    text = ("UNCLASSIFIED\n\nO 131422Z JUN 24\nFM AMEMBASSY YEREVAN\nTO SECSTATE WASHDC\n\n"
            "SUBJECT: ARMENIA: PRIME MINISTER SIGNALS EXIT FROM BLOC\n\n"
            "1. (U) Armenia froze its participation in the CSTO in February.\n")
    result = analyze(Document(text, "text"), config=CONFIG)
    assert result.document.published == "2024-06-13"
    assert [t.value for t in result.claims[0].times] == ["2024-02"]


MONITORED = """RIVER WATCH EXPORT
Exported 9 April 2026 - 3 posts from 2 channels

[08.04.2026 07:10] Fenby Water (t.me/fenbywater)
The burst main on Mill Lane has been repaired. Supplies are back to normal.

[08.04.2026 09:32] Dana Moss, councillor for Fenby North (t.me/danamoss)
Residents were without water for 19 hours.

[08.04.2026 12:05] Fenby Water (t.me/fenbywater)
We will refund the standing charge for the day.

--
Generated by River Watch 2.1. Times are local.
"""


def test_posts_of_several_channels_are_their_posters_and_their_heads_no_prose():
    result = analyze(Document(MONITORED, "text"), config=CONFIG)
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("The burst main on Mill Lane has been repaired.", "Fenby Water"),
        ("Supplies are back to normal.", "Fenby Water"),
        ("Residents were without water for 19 hours.", "Dana Moss"),
        ("We will refund the standing charge for the day.", "Fenby Water"),
    ]
    assert result.document.published == "2026-04-08"


def test_what_follows_a_closing_signature_mark_is_set_aside():
    raw = "The pool reopens on 4 May after repairs costing £40,000.\n\n-- \nSent from the Kelby Council news desk. Reply STOP to end.\n"
    assert [c.text for c in analyze(Document(raw, "text"), config=CONFIG).claims] == [
        "The pool reopens on 4 May after repairs costing £40,000."]
    # two dashes in the middle of a text are no signature mark
    middle = "--\nThe pool reopens on 4 May.\n\nRepairs cost £40,000.\n\nThe council paid.\n\nIt took a year.\n\nStaff returned.\n\nPrices stay.\n\nHours stay.\n"
    assert len(analyze(Document(middle, "text"), config=CONFIG).claims) == 7


RESOLUTION = """Resolution 12/4

The General Assembly,

Recalling its resolution 11/9 of 5 May 2023,

Noting with concern that 40,000 people remain displaced,

1. Decides to extend the mission until 30 June 2026;

2. Requests the Secretary-General to report by 1 March 2026.
"""


def test_a_resolution_s_clauses_are_each_a_claim_of_the_body_that_resolves():
    result = analyze(Document(RESOLUTION, "text"), config=CONFIG)
    assert [(c.text, c.speaker) for c in result.claims] == [
        ("Recalling its resolution 11/9 of 5 May 2023,", "The General Assembly"),
        ("Noting with concern that 40,000 people remain displaced,", "The General Assembly"),
        ("Decides to extend the mission until 30 June 2026;", "The General Assembly"),
        ("Requests the Secretary-General to report by 1 March 2026.", "The General Assembly"),
    ]
    # a paragraph cut at a comma over one that runs on in lower case is still one paragraph
    wrapped = analyze(Document("The road to the north,\n\nwhich was closed in May, reopened on 2 June 2025.\n", "text"), config=CONFIG)
    assert [c.text for c in wrapped.claims] == ["The road to the north, which was closed in May, reopened on 2 June 2025."]


def test_a_publisher_and_date_line_printed_right_above_the_text_is_set_apart_and_dates_it():
    raw = ("POLICY MEMO No. 7\nGeorgia's EU candidacy after the freeze\n\nTbilisi Policy Institute  |  14 January 2025\n"
           "In December 2023 the European Council granted Georgia candidate status.\nIn June 2024 the process was halted.\n")
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert [c.text for c in result.claims] == ["In December 2023 the European Council granted Georgia candidate status.",
                                               "In June 2024 the process was halted."]
    assert (result.document.published, result.document.published_estimated) == ("2025-01-14", False)


def test_a_law_s_sections_under_a_section_sign_head_their_provisions():
    raw = ("LAW ON PERMITS\n\n§ 1. Scope\nThe law applies to every permit issued after 1 March 2024.\n\n"
           "§ 2. Registration\n(1) An applicant must apply within one month.\n(2) The registry must decide within 30 days.\n\n"
           "§ 3. Entry into force\nThe law takes effect on 1 June 2024.\n")
    norm = normalize(raw, "text")
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"] == [
        "§ 1. Scope", "§ 2. Registration", "§ 3. Entry into force"]


def test_numbered_paragraphs_with_no_blank_line_between_are_paragraphs_without_their_numbers():
    memo = ("2. Performance\n\n"
            "2.1 In October, 68% of patients were seen within four hours, against a target\n"
            "of 78%.\n"
            "2.2 The number of patients waiting more than 12 hours rose to 1,412, from 1,106 in\n"
            "September. This is the highest figure since 2023.\n"
            "2.3 Ambulance handovers took an average of 47 minutes.\n")
    norm = normalize(memo, "text")
    assert texts(norm) == [
        "In October, 68% of patients were seen within four hours, against a target of 78%.",
        "The number of patients waiting more than 12 hours rose to 1,412, from 1,106 in September.",
        "This is the highest figure since 2023.", "Ambulance handovers took an average of 47 minutes."]
    assert [norm.text[b.start:b.end][:10] for b in norm.blocks if b.kind == "paragraph"] == ["In October", "The number", "Ambulance "]
    # a figure that opens a wrapped line inside a sentence is no paragraph number
    norm = normalize("1.1 Inflation in the euro area was\n2.1 Percent in October, the ECB said.\n", "text")
    assert texts(norm) == ["Inflation in the euro area was 2.1 Percent in October, the ECB said."]


def test_where_a_paper_stands_on_a_meeting_s_agenda_is_no_claim():
    paper = ("Kelby Hospitals NHS Foundation Trust\nBoard of Directors - 4 December 2025\nAgenda item 7.2\n\n"
             "Urgent care performance\n\n1. Purpose\n\n1.1 This paper updates the Board on waiting times in October 2025.\n")
    assert texts(normalize(paper, "text")) == ["This paper updates the Board on waiting times in October 2025."]
    # an item counted in a sentence stays
    assert texts(normalize("Item 4 was deferred to the next meeting.\n", "text")) == ["Item 4 was deferred to the next meeting."]


def test_a_digest_item_s_country_in_capitals_before_a_colon_heads_the_item():
    digest = ("WESTERN BALKANS MONITOR\nWeekly digest | 12 December 2025\n\n"
              "• SERBIA: President Vucic said on Monday that Serbia would not impose sanctions.\n\n"
              "• NORTH MACEDONIA: Talks with the EU remain frozen.\n")
    norm = normalize(digest, "text")
    assert texts(norm) == ["President Vucic said on Monday that Serbia would not impose sanctions.", "Talks with the EU remain frozen."]
    assert [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"][-2:] == ["SERBIA", "NORTH MACEDONIA"]


def test_a_title_in_capitals_with_its_own_colon_is_the_title():
    memo = ("TURKEY AND ARMENIA: NORMALIZATION IN SLOW MOTION\n\nMurat Demir\nJune 2024\n\n\n"
            "Turkey and Armenia have had no diplomatic relations since 1991.\n")
    assert normalize(memo, "text").metadata.title == "TURKEY AND ARMENIA: NORMALIZATION IN SLOW MOTION"
    # a field's one-word label is no title
    field = "SUBJECT: A REVIEW OF SCHOOL TRANSPORT COSTS THIS YEAR\n\nThe council spent £4 million in 2024.\n"
    assert normalize(field, "text").metadata.title != "SUBJECT: A REVIEW OF SCHOOL TRANSPORT COSTS THIS YEAR"


def test_a_memo_s_head_of_series_line_author_and_month_is_no_table():
    memo = ("Turkey and Armenia: Normalization in Slow Motion\n\nPolicy Memo No. 902\nMurat Demir1\nJune 2024\n\n\n"
            "Turkey and Armenia have had no diplomatic relations since 1991.\n")
    meta = normalize(memo, "text").metadata
    assert (meta.title, meta.author, meta.published) == ("Turkey and Armenia: Normalization in Slow Motion", "Murat Demir", "2024-06")


def test_the_author_note_at_the_foot_answers_the_number_glued_to_the_author_s_name():
    memo = ("Turkey and Armenia\n\nMurat Demir1\nJune 2024\n\n\n"
            "Opening the border would cut transport costs by as much as 30 percent, according to World Bank estimates.2 It would\n"
            "also weaken Russia's grip on the Armenian economy.\n\n"
            "1 Murat Demir is a Senior Fellow at the Istanbul Policy Center.\n2 World Bank, Armenia Country Economic Memorandum, 2022.\n")
    norm = normalize(memo, "text")
    assert not any("Senior Fellow" in s or "Memorandum" in s for s in texts(norm))
    assert [body for what, body in norm.removed if what == "footnote"] == [
        "1 Murat Demir is a Senior Fellow at the Istanbul Policy Center.", "2 World Bank, Armenia Country Economic Memorandum, 2022."]


@pytest.mark.parametrize("line,author", [
    ("Daniel Reyes, Economic Policy Section    9 June 2025", "Daniel Reyes"),
    ("Lena Okafor · 9 June 2025", "Lena Okafor"),
    # a body's name and its date name no writer
    ("Economic Policy Section, 9 June 2025", None),
])
def test_a_writer_and_post_before_the_date_under_the_title_name_the_author(line, author):
    raw = f"Turkmen gas for Iraq\n{line}\n\nIraq burns gas to generate about 40 per cent of its electricity.\n"
    norm, sents = sentences(raw)
    assert (norm.metadata.author, norm.metadata.published) == (author, "2025-06-09")
    assert sents == ["Iraq burns gas to generate about 40 per cent of its electricity."]


@pytest.mark.parametrize("kind", ["ISSUE BRIEF", "Research Note", "BACKGROUNDER"])
def test_a_kind_label_over_a_pdf_s_title_is_neither_its_title_nor_its_publisher(kind):
    raw = (f"{kind}\nKant air base: Russia's foothold in Kyrgyzstan\nCentral Asia Desk  |  3 October 2025\n\n"
           "Russia opened the Kant base in October 2003.\n")
    norm, sents = sentences(raw)
    assert (norm.metadata.title, norm.metadata.publisher) == ("Kant air base: Russia's foothold in Kyrgyzstan", None)
    assert sents == ["Russia opened the Kant base in October 2003."]


@pytest.mark.parametrize("head,published", [
    # a series line with its month, the spaces between them kept or lost in reading the page head
    ("EURASIA ENERGY MEMO No. 44 January 2025", "2025-01"),
    ("SOUTH CAUCASUS POLICY MEMO No. 27                    April 2024", "2024-04"),
    # the paper's number is no day of the month
    ("Policy Memo No. 921   March 2025", "2025-03"),
])
def test_a_series_line_in_the_page_head_dates_the_paper_by_its_month(head, published):
    raw = f"{head}\n\nGas flowing south\nDilnoza Karimova, Tashkent Energy Forum\n\nRussia began sending gas in October 2023.\n"
    norm, sents = sentences(raw)
    assert norm.metadata.published == published
    assert sents == ["Russia began sending gas in October 2023."]


def test_notes_numbered_with_a_stop_that_read_as_sources_are_footnotes_citing_their_markers():
    raw = ("Gas flowing south\n\nDeliveries reached 5.6 billion cubic metres in 2024.¹ Imports would grow by a third, the "
           "ministry said.²\n\n1. Gazprom, press release, 26 December 2024, https://www.gazprom.example/press/2024/12\n"
           "2. Ministry of Energy, briefing, 12 September 2024.\n")
    result = analyze(Document(raw, "pdf-text"), config=CONFIG)
    assert [c.text for c in result.claims] == ["Deliveries reached 5.6 billion cubic metres in 2024.",
                                               "Imports would grow by a third, the ministry said."]
    cited = {s.url: s.claims for s in result.sources if s.url}
    assert cited == {"https://www.gazprom.example/press/2024/12": ("c1",)}
    # numbered paragraphs that tell, with years in them, stay prose
    prose = raw.replace("1. Gazprom, press release, 26 December 2024, https://www.gazprom.example/press/2024/12\n"
                        "2. Ministry of Energy, briefing, 12 September 2024.\n",
                        "1. Russia promised in 1999 to withdraw its forces.\n2. Experts have estimated the cost at $40m in 2023.\n")
    assert len(analyze(Document(prose, "pdf-text"), config=CONFIG).claims) == 4


def test_a_note_opening_on_a_title_in_quotation_marks_is_an_entry_of_its_own():
    # in a list of notes under its heading
    raw = ("Transnistria after the gas\n\nMost factories had closed within weeks.2 Some reopened in March.3\n\nNotes\n\n"
           "1 The author teaches at Moldova State University.\n"
           "2 \"Industry halts after gas cut,\" Moldpres, January 10, 2025, https://www.moldpres.example/news/25000123\n"
           "3 Interview with an official, Chisinau, April 2025.\n")
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert {s.url: s.claims for s in result.sources if s.url} == {"https://www.moldpres.example/news/25000123": ("c1",)}
    # and at a page's foot, under the prose
    foot = raw.replace("\n\nNotes\n\n1 The author teaches at Moldova State University.\n", "\n\n")
    result = analyze(Document(foot, "pdf-text"), config=CONFIG)
    assert {s.url: s.claims for s in result.sources if s.url} == {"https://www.moldpres.example/news/25000123": ("c1",)}


def test_a_title_wrapped_over_two_lines_over_its_dated_line_and_the_text_run_on_under_them():
    raw = ("Drones over the Danube: Romania's exposed\nports\nMihai Popescu · 3 November 2025\n"
           "Russian drones have crashed on Romanian territory at least 30 times since September 2023.\n"
           "None has caused casualties.\n")
    norm, sents = sentences(raw)
    assert (norm.metadata.title, norm.metadata.author, norm.metadata.published) == (
        "Drones over the Danube: Romania's exposed ports", "Mihai Popescu", "2025-11-03")
    assert sents == ["Russian drones have crashed on Romanian territory at least 30 times since September 2023.",
                     "None has caused casualties."]
