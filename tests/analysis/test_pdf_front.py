"""A PDF's front matter: a body's name printed over the document's title names who put it out."""
from .test_pdf import analyzed_pdf, draw_rows


def _front(path, lines):
    rows = [(790 - 24 * n, font, size, text) for n, (font, size, text) in enumerate(lines)]
    rows.append((790 - 24 * len(lines) - 20, "Helvetica", 10.5, "Reservoir storage stood at 41% on 16 November 2026."))
    result = analyzed_pdf(draw_rows(path, 72, rows))
    return result.document.title, result.document.publisher, result.document.author


def test_a_body_s_name_over_the_title_is_its_publisher(tmp_path):
    assert _front(tmp_path / "a.pdf", [("Helvetica-Bold", 12, "Kelby Met Service"),
                                       ("Helvetica-Bold", 18, "Five-day forecast for the Kelby Valley")]) \
        == ("Five-day forecast for the Kelby Valley", "Kelby Met Service", None)
    assert _front(tmp_path / "b.pdf", [("Helvetica-Bold", 12, "Kelby Water"),
                                       ("Helvetica-Bold", 18, "NOTICE OF TEMPORARY USE BAN")]) \
        == ("NOTICE OF TEMPORARY USE BAN", "Kelby Water", None)
    # a body in capitals with its office under it; neither is anyone's name
    assert _front(tmp_path / "c.pdf", [("Helvetica-Bold", 12, "KELBY UNIVERSITY"), ("Helvetica", 10.5, "Press Office"),
                                       ("Helvetica-Bold", 18, "River Kel microplastic levels among highest in Britain")]) \
        == ("River Kel microplastic levels among highest in Britain", "Kelby University", None)


def test_a_title_that_names_no_body_stays_and_a_letterhead_s_address_is_no_title(tmp_path):
    title, publisher, _ = _front(tmp_path / "a.pdf", [("Helvetica-Bold", 18, "Reservoir levels"),
                                                      ("Helvetica", 10.5, "Kelby Water Resources Team")])
    assert title == "Reservoir levels"
    title, _, _ = _front(tmp_path / "b.pdf", [("Helvetica-Bold", 12, "Kelby Borough Council"),
                                              ("Helvetica", 10.5, "Kelby KB3 2PQ")])
    assert title != "Kelby KB3 2PQ"


def test_a_situation_report_s_numbered_title_and_its_as_of_line(tmp_path):
    rows = [(790, "Helvetica-Bold", 18, "Velora Valley: Flash Update No. 3"), (766, "Helvetica", 10.5, "As of 20 November 2026"),
            (742, "Helvetica-Bold", 12, "HIGHLIGHTS"),
            (718, "Helvetica", 10.5, "Shelling near Dren on 18 November forced about 4,500 people from their homes.")]
    result = analyzed_pdf(draw_rows(tmp_path / "sitrep.pdf", 72, rows))
    # "No. 3" ends no sentence; the "As of" line dates the report; a section's name is nobody's
    assert (result.document.title, result.document.published, result.document.publisher) == (
        "Velora Valley: Flash Update No. 3", "2026-11-20", None)
    assert [c.text for c in result.claims] == ["Shelling near Dren on 18 November forced about 4,500 people from their homes."]



def test_a_place_and_its_disaster_in_capitals_is_the_title_and_a_section_s_name_never_is(tmp_path):
    rows = [(790, "Helvetica-Bold", 15, "VELORA: RIVER FLOODS"), (768, "Helvetica-Bold", 12, "Situation Report No. 3"),
            (748, "Helvetica", 9, "As of 9 May 2025"), (724, "Helvetica-Bold", 10.5, "HIGHLIGHTS"),
            (700, "Helvetica", 10, "About 1,300 homes were damaged or destroyed.")]
    result = analyzed_pdf(draw_rows(tmp_path / "sitrep.pdf", 72, rows))
    assert result.document.title == "VELORA: RIVER FLOODS"
    assert [c.text for c in result.claims] == ["About 1,300 homes were damaged or destroyed."]
    # with no title above it, the section's name is still not the document's
    result = analyzed_pdf(draw_rows(tmp_path / "parts.pdf", 72, rows[3:]))
    assert result.document.title is None
    # a memo's field in capitals is no title
    rows[0] = (790, "Helvetica-Bold", 15, "SUBJECT: RIVER FLOODS")
    assert analyzed_pdf(draw_rows(tmp_path / "field.pdf", 72, rows)).document.title != "SUBJECT: RIVER FLOODS"


def test_a_notice_s_one_footer_line_says_when_it_was_issued(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "notice.pdf", 72, [
        (790, "Helvetica-Bold", 16, "Hosepipe ban: what you need to know"),
        (760, "Helvetica", 10.5, "A hosepipe ban will start on 20 May for all customers."),
        (30, "Helvetica", 8, "Issued 3 May 2024 · Fenby Water · Page 1 of 1")]))
    assert result.document.published == "2024-05-03"
    assert [t.value for t in result.claims[0].times] == ["2024-05-20"]


def test_a_title_set_large_and_wrapped_runs_on_and_is_no_claim(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "memo.pdf", 72, [
        (790, "Helvetica-Bold", 12, "POLICY MEMO"),
        (764, "Helvetica-Bold", 18, "Whose numbers? Displacement in the Velora"),
        (742, "Helvetica-Bold", 18, "valley"),
        (722, "Helvetica", 10, "Regional Analysis Cell · 24 November 2026"),
        (694, "Helvetica", 10, "Sarno's government says 3,000 families were driven from their homes in the valley."),
        (682, "Helvetica", 10, "The Dren authorities put the number at 1,200 families.")]))
    assert result.document.title == "Whose numbers? Displacement in the Velora valley"
    assert [c.text for c in result.claims] == [
        "Sarno's government says 3,000 families were driven from their homes in the valley.",
        "The Dren authorities put the number at 1,200 families."]


def test_a_title_wrapped_in_title_case_after_a_word_that_cannot_end_it_runs_on(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "note.pdf", 72, [
        (764, "Helvetica-Bold", 18, "The Cyprus Buffer Zone: Peacekeeping Without a"),
        (742, "Helvetica-Bold", 18, "Peace Process"),
        (722, "Helvetica", 10, "Eleni Charalambous, University of Nicosia · February 2023"),
        (694, "Helvetica", 10, "The UN force has patrolled the buffer zone since 1974, when Turkish troops landed."),
        (682, "Helvetica", 10, "The force has about 800 troops.")]))
    assert result.document.title == "The Cyprus Buffer Zone: Peacekeeping Without a Peace Process"
    assert [h.text for h in result.headings if h.text == "Peace Process"] == []
    # a title line that ends on a noun is whole: the line under it is a heading of its own
    whole = analyzed_pdf(draw_rows(tmp_path / "whole.pdf", 72, [
        (764, "Helvetica-Bold", 18, "The Cyprus Buffer Zone"),
        (742, "Helvetica-Bold", 18, "Peace Process"),
        (722, "Helvetica", 10, "Eleni Charalambous, University of Nicosia · February 2023"),
        (694, "Helvetica", 10, "The UN force has patrolled the buffer zone since 1974, when Turkish troops landed.")]))
    assert whole.document.title == "The Cyprus Buffer Zone"


def test_a_footer_of_the_site_s_address_and_the_page_number_is_no_claim(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "commentary.pdf", 72, [
        (790, "Helvetica-Bold", 16, "The Arctic Council after 2022"),
        (760, "Helvetica", 10.5, "The council has worked without its largest member since March 2022."),
        (30, "Helvetica", 8, "nsc.example  |  1")]))
    assert result.claims and not any("nsc.example" in c.text for c in result.claims)


def test_a_remark_in_quotation_marks_under_a_series_line_is_the_title_and_a_year_a_modal_looks_ahead_to_dates_nothing(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "interview.pdf", 72, [
        (790, "Helvetica-Bold", 9, "CAUCASUS DIALOGUES · INTERVIEW"),
        (764, "Helvetica-Bold", 18, "“The text is agreed. The politics are not.”"),
        (740, "Helvetica", 10, "Anna Petrosyan spoke to Laurence Broers on 20 March 2025."),
        (712, "Helvetica", 10, "Pashinyan has said a new constitution could be put to voters in 2027."),
        (698, "Helvetica", 10, "Two years ago the sides could not even agree on an agenda.")]))
    assert result.document.title == "“The text is agreed. The politics are not.”"
    assert not any("politics" in c.text for c in result.claims)
    assert result.document.published == "2025"


def test_an_update_s_reporting_period_dates_it_and_an_overview_in_capitals_heads_its_section(tmp_path):
    rows = [(790, "Helvetica-Bold", 18, "ARMENIA: REFUGEE RESPONSE UPDATE #4"),
            (766, "Helvetica", 10.5, "Reporting period: 25 September – 6 October 2023"),
            (742, "Helvetica-Bold", 12, "SITUATION OVERVIEW"),
            (718, "Helvetica", 10.5, "Most refugees are staying with relatives or in rented flats.")]
    result = analyzed_pdf(draw_rows(tmp_path / "update.pdf", 72, rows))
    assert (result.document.published, result.document.published_estimated) == ("2023-10-06", False)
    assert "SITUATION OVERVIEW" in [h.text for h in result.headings]


def test_an_issue_line_that_closes_on_when_it_was_published_dates_the_report_and_is_no_claim(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "report.pdf", 72, [
        (790, "Helvetica-Bold", 18, "Monthly monitoring report: the river border"),
        (766, "Helvetica", 10, "Report No. 4, covering November 2021. Published 15 December 2021."),
        (730, "Helvetica", 10, "Since August, at least 13 people have died on both sides of the border.")]))
    assert result.document.published == "2021-12-15"
    assert [(c.text, [t.value for t in c.times]) for c in result.claims] == [
        ("Since August, at least 13 people have died on both sides of the border.", ["2021-08"])]



def test_a_paper_s_number_and_month_in_its_one_footer_line_date_it(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "glance.pdf", 72, [
        (790, "Helvetica-Bold", 18, "Russia's planned naval base in Abkhazia"),
        (750, "Helvetica", 10, "Russia recognised its independence after the 2008 war with Georgia."),
        (720, "Helvetica", 10, "Aslan Bzhania told the newspaper Izvestia on 5 October that an agreement had been signed."),
        (30, "Helvetica", 8, "PE 754.123 - October 2023   1")]))
    assert result.document.published == "2023-10"
    assert [t.value for t in result.claims[1].times] == ["2023-10-05"]


def test_a_headline_that_reads_as_a_sentence_wrapped_over_a_smaller_byline_is_the_title(tmp_path):
    # the prose opens right under the byline line, at the usual spacing
    rows = [(790, "Helvetica-Bold", 16, "Kelby hands two ferry routes to a private operator as subsidy"),
            (771, "Helvetica-Bold", 16, "ends"),
            (745, "Helvetica", 9, "By Maria Lopez | 3 March 2026"),
            (730, "Helvetica", 10.5, "The council handed the two routes to Northsea Lines on Friday, ending a subsidy of"),
            (715, "Helvetica", 10.5, "£1.2 million a year that had run since 2009.")]
    result = analyzed_pdf(draw_rows(tmp_path / "ferries.pdf", 72, rows))
    assert result.document.title == "Kelby hands two ferry routes to a private operator as subsidy ends"
    assert result.document.published == "2026-03-03"
    assert [c.text for c in result.claims] == [
        "The council handed the two routes to Northsea Lines on Friday, ending a subsidy of £1.2 million a year that had "
        "run since 2009."]


def test_an_explainer_s_questions_set_bold_and_larger_right_under_the_prose_are_headings(tmp_path):
    rows = [(790, "Helvetica-Bold", 16, "The Kelby vote: three questions answered"),
            (765, "Helvetica-Bold", 11.5, "What was the result?"),
            (748, "Helvetica", 10.5, "The Harbour Party won 41% of the vote in Thursday's council election, up from 33% in 2022."),
            (730, "Helvetica-Bold", 11.5, "Was the vote fair?"),
            (713, "Helvetica", 10.5, "Observers from the Electoral Reform Society reported no irregularities at 40 polling stations."),
            (695, "Helvetica-Bold", 11.5, "What happens now?"),
            (678, "Helvetica", 10.5, "The new council meets for the first time on 21 May to elect its leader and cabinet.")]
    result = analyzed_pdf(draw_rows(tmp_path / "explainer.pdf", 72, rows))
    assert [c.kind for c in result.claims] == ["fact", "fact", "fact"]
    assert [h.text for h in result.headings][-3:] == ["What was the result?", "Was the vote fair?", "What happens now?"]


def test_a_bold_label_of_three_words_or_more_over_what_it_introduces_is_a_heading_in_a_pdf(tmp_path):
    rows = [(790, "Helvetica-Bold", 16, "Motion: free school meals for all primary pupils"),
            (765, "Helvetica-Bold", 11.5, "This Council notes:"),
            (748, "Helvetica", 10.5, "• That 3,100 pupils in the borough are not eligible for free school meals."),
            (731, "Helvetica-Bold", 11.5, "This Council resolves:"),
            (714, "Helvetica", 10.5, "• To fund a pilot in six schools from April 2027, at a cost of £420,000."),
            (697, "Helvetica-Bold", 10.5, "To:"),
            (680, "Helvetica", 10.5, "The Cabinet Member for Education and every councillor of the borough.")]
    result = analyzed_pdf(draw_rows(tmp_path / "motion.pdf", 72, rows))
    assert [h.text for h in result.headings][-2:] == ["This Council notes:", "This Council resolves:"]
    assert "To:" not in [h.text for h in result.headings]


def test_a_memo_s_series_line_with_its_number_is_no_title(tmp_path):
    title, _, _ = _front(tmp_path / "a.pdf", [("Helvetica", 9, "Caucasus Policy Memo No. 118"),
                                              ("Times-Bold", 17, "Baku and Moscow after the Aktau crash")])
    assert title == "Baku and Moscow after the Aktau crash"
    title, _, _ = _front(tmp_path / "b.pdf", [("Helvetica-Bold", 9, "POLICY MEMO No. 7"),
                                              ("Helvetica-Bold", 16, "Georgia's EU candidacy after the freeze")])
    assert title == "Georgia's EU candidacy after the freeze"


def test_a_series_line_with_its_number_and_month_set_apart_by_spaces_dates_the_memo(tmp_path):
    rows = [(790, "Helvetica", 8.5, "EURASIA SECURITY MEMO No. 61      April 2022"),
            (766, "Times-Bold", 15, "Russia's 201st Base and Tajikistan's Hedging"), (746, "Times-Italic", 10.5, "Farrukh Nazarov"),
            (716, "Times-Roman", 10.5, "Last year, Moscow delivered new armored vehicles to the base."),
            (701, "Times-Roman", 10.5, "Some 7,000 troops are stationed in Dushanbe, Kulob and Bokhtar under a 2012"),
            (686, "Times-Roman", 10.5, "agreement that extended the lease until 2042.")]
    result = analyzed_pdf(draw_rows(tmp_path / "memo.pdf", 72, rows))
    assert (result.document.title, result.document.published) == ("Russia's 201st Base and Tajikistan's Hedging", "2022-04")
    assert [t.value for t in result.claims[0].times] == ["2021"]


def test_a_title_over_its_subtitle_after_a_colon_is_one_title(tmp_path):
    rows = [(790, "Helvetica", 9, "Caucasus Policy Memo No. 118"),
            (760, "Times-Bold", 17, "Baku and Moscow After the Aktau Crash:"), (739, "Times-Bold", 17, "A Partnership Under Strain"),
            (715, "Times-Italic", 11.5, "Leyla Mammadova"),
            (685, "Times-Roman", 11.5, "Relations between the two capitals deteriorated further in June 2025. On June 27, police"),
            (670, "Times-Roman", 11.5, "raided the homes of migrants in Yekaterinburg, and two brothers died in custody. Baku"),
            (655, "Times-Roman", 11.5, "responded by cancelling cultural events and arresting several journalists.")]
    result = analyzed_pdf(draw_rows(tmp_path / "a.pdf", 72, rows))
    assert result.document.title == "Baku and Moscow After the Aktau Crash: A Partnership Under Strain"


def test_a_series_numbered_by_its_year_is_no_title_and_its_year_dates_the_text(tmp_path):
    title, _, _ = _front(tmp_path / "a.pdf", [("Helvetica", 9, "Nordic Security Commentary 7/2023"),
                                              ("Times-Bold", 17, "The Arctic Council after the pause")])
    assert title == "The Arctic Council after the pause"
    rows = [(790, "Helvetica", 9, "Working Paper 2024/11"), (760, "Times-Bold", 17, "Do congestion charges reduce road deaths?"),
            (730, "Times-Roman", 11, "Road deaths in the charging zone fell by a fifth between 2019 and 2022, the city's records show.")]
    result = analyzed_pdf(draw_rows(tmp_path / "b.pdf", 72, rows))
    assert (result.document.title, result.document.published) == ("Do congestion charges reduce road deaths?", "2024")


def test_a_memo_s_subject_line_gives_the_title_without_its_label(tmp_path):
    rows = [(790, "Helvetica-Bold", 14, "BRIEFING NOTE"), (772, "Helvetica", 10.5, "Subject: Residents' parking permits"),
            (758, "Helvetica", 10.5, "Author: Parking Services"), (744, "Helvetica", 10.5, "Date: 2 December 2024"),
            (714, "Helvetica", 10.5, "The charge for a first permit has been £48 a year since 2016. Officers propose raising it to"),
            (700, "Helvetica", 10.5, "£72 from April 2025.")]
    assert analyzed_pdf(draw_rows(tmp_path / "a.pdf", 72, rows)).document.title == "Residents' parking permits"


def test_a_series_line_with_a_month_and_year_under_the_title_dates_the_memo(tmp_path):
    rows = [(790, "Times-Bold", 16, "Tehran's Uneasy Watch Over the South Caucasus"),
            (770, "Times-Italic", 11, "Reza Karimi, University of Tehran"), (754, "Times-Roman", 10, "Policy Memo | November 2024"),
            (724, "Times-Roman", 11, "Iran opened a consulate in Kapan in October 2022, a move widely read as a signal to Baku.")]
    result = analyzed_pdf(draw_rows(tmp_path / "a.pdf", 72, rows))
    assert (result.document.published, result.document.published_estimated) == ("2024-11", False)


def test_an_author_marked_with_an_asterisk_for_the_note_at_the_foot_is_the_author(tmp_path):
    assert _front(tmp_path / "a.pdf", [("Helvetica-Bold", 16, "The Trans-Caspian Pipeline, Again"),
                                       ("Helvetica-Oblique", 11, "Murad Ismayilov*")])[2] == "Murad Ismayilov"


def test_a_meta_line_under_the_title_names_its_author_but_not_a_series_or_a_paper(tmp_path):
    assert _front(tmp_path / "a.pdf", [("Helvetica-Bold", 17, "Georgia's Anaklia port, revived"),
                                       ("Helvetica", 9.5, "By Levan Tsereteli  ·  Black Sea Energy Brief  ·  May 2025")])[2] \
        == "Levan Tsereteli"
    assert _front(tmp_path / "b.pdf", [("Helvetica-Bold", 17, "Georgia votes"),
                                       ("Helvetica", 9.5, "POLICY MEMO  |  Caucasus Governance Program  |  5 November 2024")])[2] is None
    assert _front(tmp_path / "c.pdf", [("Helvetica-Bold", 17, "Dentists"),
                                       ("Helvetica", 9.5, "Briefing paper | Kelby Healthwatch | September 2026")])[2] is None


def test_a_meta_line_with_the_series_between_bars_names_the_author_and_the_month(tmp_path):
    title, publisher, author = _front(tmp_path / "memo.pdf", [
        ("Times-Bold", 16, "The EU Mission in Armenia: Renew, Expand or Wind Down?"),
        ("Times-Italic", 10, "Anna Sargsyan  |  South Caucasus Policy Memo No. 31  |  October 2024")])
    assert (title, author) == ("The EU Mission in Armenia: Renew, Expand or Wind Down?", "Anna Sargsyan")


def test_a_title_over_a_meta_line_of_parts_with_its_date_is_the_title_and_dates_the_brief(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "brief.pdf", 72, [
        (790, "Helvetica-Bold", 15, "Trans-Caspian cable: who pays?"),
        (772, "Helvetica", 9, "Energy Corridors Monitor  |  Brief 12/2025  |  9 June 2025"),
        (740, "Helvetica", 10.5, "Four countries signed an agreement in December 2022, the Commission said.")]))
    assert (result.document.title, result.document.published) == ("Trans-Caspian cable: who pays?", "2025-06-09")
    assert [c.text for c in result.claims] == ["Four countries signed an agreement in December 2022, the Commission said."]


def test_a_standfirst_of_sentences_between_the_title_and_the_byline_is_no_claim(tmp_path):
    rows = [(790, "Helvetica-Bold", 20, "Can the Kel ferry survive?"),
            (760, "Helvetica-Oblique", 11, "Fares are up and sailings are down. The harder part is winning riders back."),
            (744, "Helvetica", 9, "By Anna Berg | 15 April 2026"),
            (716, "Helvetica", 10, "The Kel ferry carried 310,000 passengers in 2025, down from 420,000 in 2019.")]
    result = analyzed_pdf(draw_rows(tmp_path / "feature.pdf", 72, rows))
    assert (result.document.title, result.document.author) == ("Can the Kel ferry survive?", "Anna Berg")
    assert [c.text for c in result.claims] == ["The Kel ferry carried 310,000 passengers in 2025, down from 420,000 in 2019."]
    # with no byline under it, the same lines open the text
    result = analyzed_pdf(draw_rows(tmp_path / "plain.pdf", 72, rows[:2] + rows[3:]))
    assert "Fares are up and sailings are down." in [c.text for c in result.claims]


def test_a_release_head_with_a_dotted_date_over_the_title_dates_and_titles_it(tmp_path):
    rows = [(790, "Times-Roman", 9, "issued by the Registrar of the Court"), (778, "Times-Roman", 9, "ECHR 187 (2025)"),
            (766, "Times-Roman", 9, "16.09.2025"),
            (748, "Times-Bold", 14, "Prisoners held after the conflict were ill-treated, Court finds"),
            (720, "Times-Roman", 11, "The case concerned six servicemen held in the capital until January 2022.")]
    result = analyzed_pdf(draw_rows(tmp_path / "release.pdf", 72, rows))
    assert (result.document.title, result.document.published) == (
        "Prisoners held after the conflict were ill-treated, Court finds", "2025-09-16")
    assert [c.text for c in result.claims] == ["The case concerned six servicemen held in the capital until January 2022."]
