"""PDF input: the tests draw their own PDFs, with text and link annotations."""
import datetime as dt

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from claims.analysis import AnalysisConfig, AnalysisError, Document, analyze
from claims.analysis.normalize.pdf import extract

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))


def analyzed_pdf(path):
    text, links = extract(path.read_bytes())
    return analyze(Document(text, "pdf", pdf_links=links), config=CONFIG)


def draw_rows(path, x, rows):
    """rows: (y, font, size, text) lines drawn at one left edge; `text` may be a list of (font, text)
    runs set one after the other on the line (a bold run-in label, then the speech)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for y, font, size, text in rows:
        at = x
        for run_font, run in text if isinstance(text, list) else [(font, text)]:
            c.setFont(run_font, size)
            c.drawString(at, y, run)
            at += c.stringWidth(run + " ", run_font, size)
    c.save()
    return path


def draw_pdf(path, pages):
    """pages: lists of lines; a line is a list of (text, url or None) runs."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 780
        for runs in lines:
            x = 60
            for text, url in runs:
                c.drawString(x, y, text)
                width = c.stringWidth(text, "Helvetica", 12)
                if url:
                    c.linkURL(url, (x, y - 2, x + width, y + 10), relative=0)
                x += width + c.stringWidth(" ", "Helvetica", 12)
            y -= 16
        c.showPage()
    c.save()
    return path.read_bytes()


def test_pdf_text_and_link_annotations_attach_citations_to_the_claim_holding_the_anchor(tmp_path):
    data = draw_pdf(tmp_path / "memo.pdf", [
        [[("The port handled 4 million tonnes in 2024, according to", None), ("official figures.", "https://stats.example/port-2024")]],
        [[("Dredging was delayed by a dispute over silt.", None)],
         [("The", None), ("regional court", "https://courts.example/ruling/77"), ("ruled on the dispute in May 2025.", None)]],
    ])
    text, links = extract(data)
    assert [(link.page, link.anchor_text) for link in links] == [(1, "official figures."), (2, "regional court")]
    result = analyze(Document(text, "pdf", pdf_links=links), config=CONFIG)
    claims = {c.id: c.text for c in result.claims}
    cited = {s.url: [claims[c] for c in s.claims] for s in result.sources if s.url}
    assert cited["https://stats.example/port-2024"] == ["The port handled 4 million tonnes in 2024, according to official figures."]
    assert cited["https://courts.example/ruling/77"] == ["The regional court ruled on the dispute in May 2025."]
    assert {s.how for s in result.sources if s.url} == {"pdf_link"}


def test_a_broken_pdf_is_a_clear_error():
    with pytest.raises(AnalysisError, match="unreadable PDF|no text layer"):
        extract(b"%PDF-1.4\n%garbage that is not a pdf")


def test_a_pdf_without_text_is_refused(tmp_path):
    c = canvas.Canvas(str(tmp_path / "blank.pdf"))
    c.showPage()
    c.save()
    with pytest.raises(AnalysisError, match="no text layer"):
        extract((tmp_path / "blank.pdf").read_bytes())


def test_pdf_layout_gaps_make_paragraphs_and_a_split_header_line_is_one_running_header(tmp_path):
    c = canvas.Canvas(str(tmp_path / "memo.pdf"), pagesize=A4)
    for page in (1, 2):
        c.setFont("Helvetica", 8)
        c.drawString(50, 810, "TRADE BRIEF No. 7")
        c.drawRightString(545, 810, "June 2024" if page == 1 else str(page))
        c.setFont("Helvetica", 10)
        if page == 1:
            c.drawString(50, 770, "Port Volumes Rebound")
            c.drawString(50, 756, "Ida Moreau")
            y = 720
            for line in ["Container traffic rose 12 per cent in the first quarter, according to the",
                         "port authority.1 Bulk cargo fell slightly.", "",
                         "The new terminal opens on 30 June."]:
                if line:
                    c.drawString(50, y, line)
                y -= 14
            c.drawString(50, 80, "1 Port Authority, https://port.example/q1-2024")
        else:
            c.drawString(50, 770, "Outlook")
            c.drawString(50, 756, "Volumes should keep rising through the summer.")
        c.showPage()
    c.save()
    text, _ = extract((tmp_path / "memo.pdf").read_bytes())
    result = analyze(Document(text, "pdf"), config=CONFIG)
    assert (result.document.title, result.document.published) == ("Port Volumes Rebound", "2024-06")
    assert [h.text for h in result.headings] == ["Outlook"]
    assert [c.text for c in result.claims] == [
        "Container traffic rose 12 per cent in the first quarter, according to the port authority.",
        "Bulk cargo fell slightly.", "The new terminal opens on 30 June.",
        "Volumes should keep rising through the summer.",
    ]
    assert [(s.url, s.claims) for s in result.sources] == [("https://port.example/q1-2024", ("c1",))]


def test_a_compound_drawn_in_two_runs_keeps_its_hyphen_without_a_space(tmp_path):
    data = draw_pdf(tmp_path / "compound.pdf", [
        [[("Talks on the Moscow-", None), ("Baku route resumed.", None)],
         [("Both pre- and post-war figures are given.", None)]],
    ])
    text, _ = extract(data)
    assert "Moscow-Baku route resumed." in text
    assert "pre- and post-war" in text


def test_a_memorandum_head_dates_and_titles_the_memo_and_raised_footnote_numbers_are_markers(tmp_path):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "memo.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    y = 700
    for text in ("MEMORANDUM", "TO: Members of the Transport Committee", "FROM: Office of Budget Analysis",
                 "DATE: March 3, 2025", "RE: Cost overruns on the Eastside line"):
        c.setFont("Helvetica", 10)
        c.drawString(72, y, text)
        y -= 13
    y -= 30
    c.setFont("Times-Roman", 10.5)
    c.drawString(72, y, "The project was approved in 2019 with a budget of $1.2 billion.")
    c.setFont("Times-Roman", 6.5)
    c.drawString(72 + c.stringWidth("The project was approved in 2019 with a budget of $1.2 billion.", "Times-Roman", 10.5), y + 4, "1")
    c.setFont("Times-Roman", 10.5)
    c.drawString(340, y, "Costs have since risen by a third.")
    c.setFont("Times-Roman", 8)
    c.drawString(72, 90, "1 Transit Agency, Board Resolution 2019-14.")
    c.save()
    result = analyzed_pdf(path)
    assert [c.text for c in result.claims] == ["The project was approved in 2019 with a budget of $1.2 billion.",
                                               "Costs have since risen by a third."]
    assert (result.document.title, result.document.published) == ("Cost overruns on the Eastside line", "2025-03-03")
    assert [(s.name, s.claims) for s in result.sources] == [("Transit Agency", ("c1",))]


def test_a_larger_short_line_inside_the_prose_is_a_heading_and_superscript_digits_are_footnote_markers(tmp_path):
    path = tmp_path / "brief.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    lines = [("Helvetica-Bold", 15, "Rail freight after the strikes"), ("Helvetica", 10, "Jonas Vik, Research Director"),
             ("Helvetica", 10, "May 2024"), (None, 0, ""),
             ("Times-Roman", 11, "Freight volumes on the northern line fell by 12% in 2023, the operator reported.¹"),
             ("Times-Roman", 11, "Fewer trains ran on Sundays than in any year since 2015, and two depots closed."),
             ("Helvetica-Bold", 12, "Outlook"),
             ("Times-Roman", 11, "The operator expects volumes to recover by 2026 if the new timetable holds.")]
    y = 780
    for font, size, text in lines:
        if font:
            c.setFont(font, size)
            c.drawString(60, y, text)
        y -= 14
    c.setFont("Times-Roman", 8)
    c.drawString(60, 60, "¹ Northern Rail Freight, Annual Statement 2023, https://nrf.example/2023")
    c.save()
    result = analyzed_pdf(path)
    assert [h.text for h in result.headings] == ["Outlook"]
    assert result.document.title == "Rail freight after the strikes"
    assert result.claims[0].text == "Freight volumes on the northern line fell by 12% in 2023, the operator reported."
    assert not any("Outlook" in claim.text for claim in result.claims)
    assert [(s.url, s.claims) for s in result.sources] == [("https://nrf.example/2023", ("c1",))]
    assert result.document.author == "Jonas Vik"


def test_a_short_line_all_in_bold_inside_the_prose_is_a_heading_and_a_bold_lead_in_is_not(tmp_path):
    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for font, text in (("Times-Roman", "The ferry pier was last rebuilt in 1998 and its piles have corroded since then."),
                       ("Times-Bold", "Costs"),
                       ("Times-Roman", "The council estimates that repairs will cost €3 million over two years.")):
        c.setFont(font, 11)
        c.drawString(60, y, text)
        y -= 14
    c.setFont("Times-Bold", 11)
    c.drawString(60, y, "Note.")
    c.setFont("Times-Roman", 11)
    c.drawString(60 + c.stringWidth("Note. ", "Times-Bold", 11), y, "Tenders close on 4 June, when the contract will be signed.")
    c.save()
    result = analyzed_pdf(path)
    assert [h.text for h in result.headings] == ["Costs"]
    assert result.claims[1].text == "The council estimates that repairs will cost €3 million over two years."


def test_word_processor_paragraph_spacing_a_raised_number_after_a_figure_a_points_list_and_a_notes_page(tmp_path):
    path = tmp_path / "brief.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780

    def line(text, font="Times-Roman", size=11, step=14, raised=None):
        nonlocal y
        c.setFont(font, size)
        c.drawString(60, y, text)
        if raised:
            c.setFont(font, 7)
            c.drawString(60 + c.stringWidth(text, font, size), y + 4, raised)
        y -= step

    line("Bus services in the county", "Helvetica-Bold", 15, 24)
    line("Key findings", "Helvetica-Bold", 11)
    line("- Routes fell from 212 to 160")
    line("- Fares rose faster than wages", step=22)
    # paragraphs 8 points apart on 14-point lines, as a word processor sets them (a gap of 1.57 lines)
    line("The county ran 212 bus routes in 2015. By 2023 it ran 160, and the number of passengers fell")
    line("by 41.", raised="1", step=22)
    line("Operators say the cuts followed a fall in subsidy from the county council over the decade.")
    c.setFont("Times-Roman", 8)
    c.drawString(60, 60, "1 County Transport Survey 2023, https://county.example/buses-2023")
    c.showPage()
    y = 780
    line("Councillors are expected to review the subsidy in the spring.", step=22)
    line("Notes", "Helvetica-Bold", 12, 16)
    for note in ("2. Regional Bus Review, https://region.example/review", "3. Operators' Association, Annual Report",
                 "4. County Council, Budget Book 2023", "5. Census of Bus Passengers, Table 4"):
        line(note, size=9, step=12)
    c.save()
    result = analyzed_pdf(path)
    texts = [claim.text for claim in result.claims]
    assert texts[:2] == ["Routes fell from 212 to 160", "Fares rose faster than wages"]
    # the raised "1" after "41." is the footnote's marker, not the figure's decimals
    assert "By 2023 it ran 160, and the number of passengers fell by 41." in texts
    assert [q.value for claim in result.claims for q in claim.quantities if claim.text.endswith("by 41.")] == [160, 41]
    assert [(s.url, s.claims) for s in result.sources][0][0] == "https://county.example/buses-2023"
    # a heading over the notes though the notes page has more words in small type than in the body's
    assert [h.text for h in result.headings] == ["Bus services in the county", "Key findings", "Notes"]
    assert "Operators say the cuts followed a fall in subsidy from the county council over the decade." in texts


def test_a_page_drawn_one_character_at_a_time_reads_as_words_and_paragraphs(tmp_path):
    path = tmp_path / "glyphs.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for paragraph in ("Northfield had 4,870 empty homes in April 2022, up from 3,350 in 2017.",
                      "Owners say the premium punishes people who cannot afford repairs."):
        x = 60
        for ch in paragraph:
            c.setFont("Times-Roman", 11)
            c.drawString(x, y, ch)
            x += c.stringWidth(ch, "Times-Roman", 11)
        y -= 30
    c.save()
    result = analyzed_pdf(path)
    assert [claim.text for claim in result.claims] == [
        "Northfield had 4,870 empty homes in April 2022, up from 3,350 in 2017.",
        "Owners say the premium punishes people who cannot afford repairs."]
    assert [q.value for q in result.claims[0].quantities] == [4870, 3350]


def _footer_drawn_first(path, footer, page_label, lines, title=None, header=None):
    """A page whose footer (and header) is drawn before anything else on it, as report generators do."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 8)
    if header:
        c.drawRightString(535, 810, header)
    c.drawString(60, 30, footer)
    c.drawRightString(535, 30, page_label)
    y = 780
    if title:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(60, y, title)
        y -= 30
    c.setFont("Times-Roman", 11)
    for line in lines:
        c.drawString(60, y, line)
        y -= 14
    c.save()
    return analyzed_pdf(path)


def test_a_footer_drawn_before_the_text_is_set_apart_and_lifted(tmp_path):
    result = _footer_drawn_first(tmp_path / "audit.pdf", "Office of the City Auditor - Audit Memo 2023-07", "Page 1", (
        "The Parks Department paid $2.8 million in overtime in 2022, 64% more than budgeted.",
        "Eleven employees each earned more than $40,000 in overtime."))
    assert [claim.text for claim in result.claims] == [
        "The Parks Department paid $2.8 million in overtime in 2022, 64% more than budgeted.",
        "Eleven employees each earned more than $40,000 in overtime."]


def test_a_footer_drawn_before_the_title_is_read_after_the_page_and_takes_no_title(tmp_path):
    result = _footer_drawn_first(tmp_path / "report.pdf", "Kelby City Council - Living wage annual report 2026", "1", (
        "The Real Living Wage rose to £13.45 an hour in April 2026.", "Some 212 local employers are accredited."),
        title="Living wage annual report 2026")
    assert result.document.title == "Living wage annual report 2026"
    assert [claim.text for claim in result.claims] == [
        "The Real Living Wage rose to £13.45 an hour in April 2026.", "Some 212 local employers are accredited."]


def test_a_footer_drawn_after_a_header_and_before_the_title_is_still_read_after_the_page(tmp_path):
    result = _footer_drawn_first(tmp_path / "speech.pdf", "Westmoor Combined Authority - westmoorca.gov.example", "1", (
        "Bus journeys have risen by 11% since 2024.", "We will spend £45 million on training."),
        title="State of the Region 2026", header="CHECK AGAINST DELIVERY")
    assert result.document.title == "State of the Region 2026"
    assert result.document.publisher is None  # how a speech's text is marked names no one
    assert [claim.text for claim in result.claims] == [
        "Bus journeys have risen by 11% since 2024.", "We will spend £45 million on training."]


def test_a_table_printed_right_under_a_paragraph_is_no_part_of_it(tmp_path):
    rows = [(780, "Helvetica-Bold", 16, "Accredited employers"),
            (750, "Times-Roman", 11, "Since January, 14 more local employers have signed up, bringing the total to 212."),
            (736, "Times-Roman", 11, "Year Accredited employers"), (722, "Times-Roman", 11, "2024 180"),
            (708, "Times-Roman", 11, "2025 198"), (694, "Times-Roman", 11, "2026 212")]
    result = analyzed_pdf(draw_rows(tmp_path / "table.pdf", 60, rows))
    assert [claim.text for claim in result.claims] == [
        "Since January, 14 more local employers have signed up, bringing the total to 212."]


def test_a_memo_with_numbered_sections_and_paragraphs_keeps_the_numbers_out_and_its_sign_off_lifted(tmp_path):
    path = tmp_path / "memo.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780

    def line(text, x=70, font="Helvetica", size=10.5, step=14, number=None):
        nonlocal y
        c.setFont(font, size)
        if number:
            c.drawString(70, y, number)
        c.drawString(x, y, text)
        y -= step

    line("This memo sets out what the council learned from the floods of this winter.", step=24)
    line("1. What happened", font="Helvetica-Bold", size=11, step=18)
    line("Storm Isla brought 94 mm of rain to the upper valley in 36 hours on 8 and 9 January.", x=100, number="1.1")
    line("The river at Millbridge peaked at 4.6 metres, the highest level since 1978.", x=100, step=22)
    line("About 310 homes and 45 businesses were flooded in the valley that week.", x=100, number="1.2", step=30)
    line("Signed: M. Okonkwo")
    line("Head of Flood Risk")
    line("cc: Chief Executive; Cabinet Member for Environment")
    c.save()
    result = analyzed_pdf(path)
    assert "1. What happened" in [h.text for h in result.headings]
    assert [claim.text for claim in result.claims][1:] == [
        "Storm Isla brought 94 mm of rain to the upper valley in 36 hours on 8 and 9 January.",
        "The river at Millbridge peaked at 4.6 metres, the highest level since 1978.",
        "About 310 homes and 45 businesses were flooded in the valley that week."]


def test_a_heading_right_above_the_first_prose_under_a_title_block_is_a_heading(tmp_path):
    path = draw_rows(tmp_path / "brief.pdf", 50, ((780, "Helvetica-Bold", 17, "Closing the pensions gap"),
                                (760, "Helvetica", 9, "Policy brief | Workforce Institute | 22 May 2023"),
                                (730, "Helvetica-Bold", 11, "The problem"),
                                (714, "Times-Roman", 10, "About 1.3 million part-time workers fall below the threshold,"),
                                (701, "Times-Roman", 10, "and three quarters of them are women, the institute found.")))
    result = analyzed_pdf(path)
    assert "The problem" in [h.text for h in result.headings]
    assert result.claims[0].text.startswith("About 1.3 million")


def test_a_front_line_closing_on_its_date_dates_the_brief(tmp_path):
    path = draw_rows(tmp_path / "brief.pdf", 70, ((780, "Helvetica-Bold", 9, "ISLAND FERRIES REVIEW"),
                                (760, "Helvetica-Bold", 15, "Reliability of the northern isles ferry service"),
                                (742, "Helvetica", 9, "Briefing for the Transport Scrutiny Committee, 9 October 2025"),
                                (712, "Times-Roman", 11, "The service has been run by Norland Ferries since April 2021."),
                                (697, "Times-Roman", 11, "Norland Ferries says two new vessels will enter service in 2027.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.published_estimated) == ("2025-10-09", False)
    assert not any("Briefing for" in claim.text for claim in result.claims)


def test_a_long_subtitle_over_a_short_dated_line_is_front_matter_that_dates_the_paper(tmp_path):
    path = draw_rows(tmp_path / "response.pdf", 70, (
        (780, "Helvetica-Bold", 15, "Northgate Cyclists' Forum"),
        (760, "Helvetica", 11, "Response to the county's consultation on the local transport plan for the next decade"),
        (746, "Helvetica-Oblique", 10, "Submitted 3 March 2025"),
        (716, "Helvetica-Bold", 12, "Summary"),
        (699, "Helvetica", 10.5, "Cycle casualties in the county rose by 14% between 2019 and 2024."),
        (685, "Helvetica", 10.5, "The county wants to halve them by 2030, and we support that aim.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.published_estimated) == ("2025-03-03", False)
    assert result.claims[0].text.startswith("Cycle casualties")


def test_an_embargo_line_dates_a_release_and_is_no_title(tmp_path):
    path = draw_rows(tmp_path / "release.pdf", 72, (
        (780, "Helvetica-Bold", 12, "NEWS RELEASE"),
        (764, "Helvetica-Bold", 9.5, "Embargoed until 00:01 Tuesday 4 March 2025"),
        (738, "Helvetica-Bold", 15, "Ferry fares frozen for island residents"),
        (714, "Helvetica", 10.5, "Fares for residents have been frozen since 2022, the board said today.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.title) == ("2025-03-04", "Ferry fares frozen for island residents")
    assert [c.text for c in result.claims] == ["Fares for residents have been frozen since 2022, the board said today."]


def test_a_note_number_set_small_after_a_figure_s_stop_is_a_marker_not_decimals(tmp_path):
    path = tmp_path / "note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    text = c.beginText(72, 760)
    text.setFont("Helvetica", 10)
    text.textOut("There were 610,000 visits in 2025/26, compared with 880,000 in 2019/20.")
    text.setFont("Helvetica", 7)
    text.textOut("1")
    c.drawText(text)
    c.setFont("Helvetica", 10)
    c.drawString(72, 744, "Evening visits have fallen the most, by 52% since 2019/20, and weekend visits have recovered.")
    c.setFont("Helvetica", 8)
    c.drawString(72, 100, "1 Kelby Council, Library visits 2025/26, https://kelby.gov.example/libraries/visits")
    c.drawRightString(520, 60, "Page 1")
    c.save()
    result = analyzed_pdf(path)
    assert result.claims[0].text == "There were 610,000 visits in 2025/26, compared with 880,000 in 2019/20."
    cited = [s for s in result.sources if s.url == "https://kelby.gov.example/libraries/visits"]
    assert [s.claims for s in cited] == [(result.claims[0].id,)]


def test_minutes_headed_held_on_a_day_are_dated_by_it_and_an_empty_item_is_no_claim(tmp_path):
    path = draw_rows(tmp_path / "minutes.pdf", 72, (
        (790, "Helvetica-Bold", 14, "Kelby Harbour Trust"),
        (770, "Helvetica-Bold", 12, "Minutes of the Board meeting held on 15 September 2026"),
        (740, "Helvetica-Bold", 10.5, "26/041 Harbour dues"),
        (726, "Helvetica", 10.5, "The Board agreed to raise harbour dues by 4% from 1 January 2027."),
        (700, "Helvetica-Bold", 10.5, "26/043 Any other business"),
        (686, "Helvetica", 10.5, "None.")))
    result = analyzed_pdf(path)
    assert result.document.published == "2026-09-15"
    assert [c.text for c in result.claims] == ["The Board agreed to raise harbour dues by 4% from 1 January 2027."]


def test_a_name_over_the_post_its_holder_signs_in_is_a_sign_off(tmp_path):
    path = draw_rows(tmp_path / "statement.pdf", 72, (
        (780, "Helvetica-Bold", 16, "Chair's statement"),
        (750, "Helvetica", 10.5, "We gave out 14,600 food parcels this year, 22% more than the year before."),
        (736, "Helvetica", 10.5, "Next year we will open a second distribution centre in Northgate."),
        (706, "Helvetica", 10.5, "Margaret Hale"),
        (692, "Helvetica", 10.5, "Chair of Trustees")))
    result = analyzed_pdf(path)
    assert len(result.claims) == 2
    path = draw_rows(tmp_path / "letter.pdf", 72, (
        (780, "Helvetica-Bold", 16, "Letter to staff"),
        (750, "Helvetica", 10.5, "Our income from international students fell by 18% this year."),
        (736, "Helvetica", 10.5, "We will open a voluntary severance scheme on 8 December."),
        (706, "Helvetica", 10.5, "Professor Alan Mercer"),
        (692, "Helvetica", 10.5, "Vice-Chancellor")))
    assert len(analyzed_pdf(path).claims) == 2


def test_a_released_line_with_its_hour_dates_the_update_not_the_period_it_reports(tmp_path):
    path = draw_rows(tmp_path / "update.pdf", 72, (
        (790, "Helvetica-Bold", 14, "KELBY ENGINEERING PLC"),
        (770, "Helvetica-Bold", 12, "Trading update for the three months to 30 September 2026"),
        (754, "Helvetica", 10.5, "Released 22 October 2026, 07:00"),
        (726, "Helvetica", 10.5, "Kelby Engineering plc today reports revenue of £84.2 million for the third quarter."),
        (712, "Helvetica", 10.5, "Order intake was £91 million, giving a book-to-bill ratio of 1.08.")))
    assert analyzed_pdf(path).document.published == "2026-10-22"


def test_a_month_on_a_line_of_its_own_under_the_title_dates_the_brief(tmp_path):
    path = draw_rows(tmp_path / "brief.pdf", 72, (
        (790, "Helvetica", 10.5, "Kelby Business Partnership"),
        (760, "Helvetica-Bold", 18, "Kelby's night-time economy"),
        (730, "Helvetica", 10.5, "September 2026"),
        (690, "Helvetica", 10.5, "The free parking scheme, which ends in March, cost the council £80,000 last year."),
        (676, "Helvetica", 10.5, "Spending in the evening rose by 6% in 2025 as more venues opened late.")))
    result = analyzed_pdf(path)
    assert result.document.published == "2026-09"
    assert [t.value for t in result.claims[0].times][0] == "2027-03"
    assert len(result.claims) == 2


def test_an_embargo_line_in_capitals_dates_a_release_and_names_no_publisher(tmp_path):
    path = draw_rows(tmp_path / "release.pdf", 72, (
        (780, "Helvetica", 10, "EMBARGOED UNTIL 00:01 GMT THURSDAY 12 NOVEMBER 2026"),
        (754, "Helvetica-Bold", 15, "Late phone use cuts teenage sleep"),
        (730, "Helvetica", 10.5, "Teenagers who use phones after 10pm sleep 50 minutes less, a study found.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.publisher) == ("2026-11-12", None)


def test_a_press_release_line_with_its_date_dates_the_release_and_is_no_title(tmp_path):
    path = draw_rows(tmp_path / "release.pdf", 72, (
        (780, "Helvetica-Bold", 12, "KELBY POLICE"),
        (764, "Helvetica", 10.5, "Press release — Thursday 23 April 2026"),
        (738, "Helvetica-Bold", 15, "Burglary falls to lowest level in a decade"),
        (714, "Helvetica", 10.5, "The force will publish a full breakdown by ward next month.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.title) == ("2026-04-23", "Burglary falls to lowest level in a decade")
    assert [t.value for t in result.claims[0].times] == ["2026-05"]


def test_a_for_immediate_release_line_with_its_date_dates_a_release_and_is_no_title(tmp_path):
    path = draw_rows(tmp_path / "release.pdf", 72, (
        (780, "Helvetica-Bold", 12, "NEWS RELEASE"),
        (764, "Helvetica", 10.5, "For immediate release: 2 October 2026"),
        (738, "Helvetica-Bold", 15, "Islanders back new ferry timetable"),
        (714, "Helvetica", 10.5, "Turnout in the ballot was 71%, the community council said.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.title) == ("2026-10-02", "Islanders back new ferry timetable")
    assert [c.text for c in result.claims] == ["Turnout in the ballot was 71%, the community council said."]


def test_a_committee_report_s_head_of_fields_under_the_council_s_name_is_no_prose(tmp_path):
    path = draw_rows(tmp_path / "report.pdf", 72, (
        (780, "Helvetica-Bold", 14, "Westmoor Borough Council"),
        (760, "Helvetica", 11, "Report to: Environment Committee"),
        (746, "Helvetica", 11, "Date of meeting: 9 January 2025"),
        (732, "Helvetica", 11, "Report of: Director of Place"),
        (718, "Helvetica", 11, "Wards affected: All"),
        (694, "Helvetica-Bold", 13, "Street lighting: switching to part-night operation"),
        (672, "Helvetica", 11, "The council spent £2.9 million on street lighting energy in 2023/24.")))
    result = analyzed_pdf(path)
    assert (result.document.published, result.document.publisher) == ("2025-01-09", "Westmoor Borough Council")
    assert [c.text for c in result.claims] == ["The council spent £2.9 million on street lighting energy in 2023/24."]


def test_an_issued_line_dates_a_statement(tmp_path):
    path = draw_rows(tmp_path / "statement.pdf", 72, (
        (780, "Helvetica-Bold", 12, "WESTMOOR POLICE"),
        (764, "Helvetica-Bold", 14, "Statement on the Riverside Park disorder"),
        (746, "Helvetica", 9.5, "Issued: 3 June 2025, 16:40"),
        (720, "Times-Roman", 11.5, "Eleven people were arrested in the park on Sunday.")))
    result = analyzed_pdf(path)
    assert result.document.published == "2025-06-03"
    assert [t.value for t in result.claims[0].times] == ["2025-06-01"]


def test_a_paper_s_title_block_with_a_question_title_and_marked_affiliations_is_no_prose(tmp_path):
    path = draw_rows(tmp_path / "paper.pdf", 72, (
        (780, "Helvetica", 9, "Working Paper 2024/11"),
        (758, "Times-Bold", 16, "Do congestion charges reduce road deaths?"),
        (738, "Times-Italic", 12, "Evidence from three European cities"),
        (718, "Times-Roman", 11, "Lena Fischer\u00b9 and Omar Nasser\u00b2"),
        (704, "Times-Italic", 9, "\u00b9 Institute for Transport Studies, Northbridge  \u00b2 Centre for Urban Policy"),
        (678, "Times-Bold", 11, "Abstract"),
        (663, "Times-Roman", 10.5, "Deaths in the charged zones fell by 18% on average.")))
    assert [c.text for c in analyzed_pdf(path).claims] == ["Deaths in the charged zones fell by 18% on average."]


def test_a_letter_s_addressee_salutation_and_signature_are_no_prose(tmp_path):
    path = draw_rows(tmp_path / "letter.pdf", 70, (
        (780, "Helvetica-Bold", 13, "Harbourtown Water Authority"),
        (765, "Helvetica", 9, "14 Quay Road, Harbourtown HT1 4QR"),
        (737, "Times-Roman", 11, "18 February 2026"),
        (713, "Times-Roman", 11, "Councillor Anne Smith"),
        (698, "Times-Roman", 11, "Chair, Environment Scrutiny Committee"),
        (674, "Times-Roman", 11, "Dear Councillor Smith,"),
        (652, "Times-Roman", 11, "Our storm overflow at Mill Cove discharged on 37 occasions in 2025."),
        (627, "Times-Roman", 11, "Yours sincerely,"),
        (597, "Times-Roman", 11, "Daniel Osei"),
        (582, "Times-Roman", 11, "Director of Wastewater")))
    result = analyzed_pdf(path)
    assert [claim.text for claim in result.claims] == ["Our storm overflow at Mill Cove discharged on 37 occasions in 2025."]
    assert result.document.published == "2026-02-18"


def test_a_pull_quote_set_larger_inside_the_prose_is_its_own_block_and_dropped_when_it_repeats_the_text(tmp_path):
    path = draw_rows(tmp_path / "note.pdf", 65, (
        (780, "Times-Roman", 11, "Patients in Eastvale waited a median of 16 days for a routine appointment in April."),
        (765, "Times-Roman", 11, "Nationally the median was 9 days, according to the health department."),
        (747, "Times-Italic", 14, "“We have one GP for every 2,900 patients.”"),
        (727, "Times-Roman", 11, "The practices told the committee: “We have one GP for every 2,900 patients.”"),
        (712, "Times-Roman", 11, "Two practices have closed their lists to new patients since January.")))
    texts = [claim.text for claim in analyzed_pdf(path).claims]
    assert texts[1] == "Nationally the median was 9 days, according to the health department."
    assert not any(text.startswith("“We have") for text in texts)


def test_a_debate_record_s_bold_time_over_a_run_in_speaker_sets_the_title_block_apart(tmp_path):
    def speech(y, label, words):
        return (y, "Times-Roman", 10.5, [("Times-Bold", label), ("Times-Roman", words)])
    draw_rows(tmp_path / "debate.pdf", 72, (
        (770, "Times-Bold", 9, "HOUSE OF COMMONS"), (756, "Times-Bold", 15, "Westmoor Tram Project"),
        (736, "Times-Italic", 9.5, "Volume 771: debated on Wednesday 4 June 2025"), (714, "Times-Bold", 10.5, "2.31 pm"),
        speech(698, "Tom Ellis (Westmoor North) (Lab):", "The project was approved in 2016 at a cost of £120 million."),
        speech(676, "Sarah Quill (Eastgate) (Con):", "Does the hon. Gentleman accept that the contractor failed?"),
        speech(654, "Tom Ellis:", "The independent review found that it explained less than a third.")))
    result = analyzed_pdf(tmp_path / "debate.pdf")
    assert (result.document.title, result.document.author, result.document.published) == ("Westmoor Tram Project", None, "2025-06-04")
    assert [(claim.text[:20], claim.speaker) for claim in result.claims] == [
        ("The project was appr", "Tom Ellis"), ("Does the hon. Gentle", "Sarah Quill"), ("The independent revi", "The independent review")]


def _two_columns(path, right_first):
    """A story in two columns, a sentence running from the foot of the left one to the top of the
    right; drawn in reading order or the right column first and the footer before the title."""
    c = canvas.Canvas(str(path), pagesize=A4)
    left = ["Only three buses a day now run", "between Aldby and Crossfell, down from", "nine in 2019, after the operator cut",
            "services in January. Before the cuts", "there were buses every two hours,", "which meant nine return trips"]
    right = ["a day. Tourism bodies say the gap in", "services is costing the valley around",
             "\u00a32 million a year in lost visits."]

    def column(x, rows):
        c.setFont("Times-Roman", 11)
        for k, row in enumerate(rows):
            c.drawString(x, 700 - 14 * k, row)

    def title_and_footer(footer_first):
        parts = [lambda: (c.setFont("Times-Italic", 8), c.drawString(72, 40, "Crossfell Valley News, April 2025")),
                 lambda: (c.setFont("Times-Bold", 20), c.drawString(72, 760, "Valley bus services cut to three a day"))]
        for draw in (parts if footer_first else parts[::-1]):
            draw()

    if right_first:
        column(310, right)
        title_and_footer(footer_first=True)
        column(72, left)
    else:
        title_and_footer(footer_first=False)
        column(72, left)
        column(310, right)
    c.save()
    return path


@pytest.mark.parametrize("right_first", [False, True])
def test_two_columns_are_read_left_then_right_whatever_order_they_were_drawn_in(tmp_path, right_first):
    result = analyzed_pdf(_two_columns(tmp_path / "columns.pdf", right_first))
    assert [c.text for c in result.claims] == [
        "Only three buses a day now run between Aldby and Crossfell, down from nine in 2019, after the operator cut "
        "services in January.",
        "Before the cuts there were buses every two hours, which meant nine return trips a day.",
        "Tourism bodies say the gap in services is costing the valley around £2 million a year in lost visits."]
    assert result.document.title == "Valley bus services cut to three a day"


def test_a_drop_cap_opens_the_word_beside_it(tmp_path):
    c = canvas.Canvas(str(tmp_path / "drop.pdf"), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Library opening hours to be cut")
    c.setFont("Times-Bold", 34)
    c.drawString(72, 700, "T")
    c.setFont("Times-Roman", 11)
    for k, (x, row) in enumerate([(96, "he county council plans to cut opening hours at"),
                                  (96, "nine of its 14 libraries from January."),
                                  (72, "Visits fell from 2.1 million in 2019 to 1.4 million.")]):
        c.drawString(x, 712 - 14 * k, row)
    c.save()
    result = analyzed_pdf(tmp_path / "drop.pdf")
    assert [c.text for c in result.claims][0] == \
        "The county council plans to cut opening hours at nine of its 14 libraries from January."


def test_big_figures_over_their_labels_are_set_apart_as_an_infographic_s(tmp_path):
    path = tmp_path / "numbers.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 780, "Our year in numbers")
    c.setFont("Helvetica", 11)
    c.drawString(60, 740, "We gave out 14,600 food parcels in 2025, 11% more than the year before.")
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, 670, "3,412")
    c.setFont("Helvetica", 11)
    c.drawString(60, 650, "households helped")
    c.setFont("Helvetica-Bold", 40)
    c.drawString(60, 590, "240")
    c.setFont("Helvetica", 11)
    c.drawString(60, 570, "volunteers")
    c.drawString(60, 520, "Demand rose in every month of the year.")
    c.save()
    result = analyzed_pdf(path)
    assert [claim.text for claim in result.claims] == [
        "We gave out 14,600 food parcels in 2025, 11% more than the year before.", "Demand rose in every month of the year."]


def test_a_link_in_the_middle_of_a_line_drawn_as_one_run_takes_the_words_under_it(tmp_path):
    c = canvas.Canvas(str(tmp_path / "one-run.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = ["The war took many lives on both sides of the line of contact, observers said.",
             "Ganja, Barda and other places were shelled. The death toll on the Armenian side stood at 11 civilians."]
    for n, line in enumerate(lines):
        c.drawString(72, 700 - 14 * n, line)
    for n, (line, words) in enumerate(zip(lines, ["many lives", "The death toll on the Armenian side"])):
        left = 72 + c.stringWidth(line[:line.index(words)], "Helvetica", 10)
        c.linkURL(f"https://example.org/{n}", (left, 700 - 14 * n - 2, left + c.stringWidth(words, "Helvetica", 10), 700 - 14 * n + 10),
                  relative=0)
    c.save()
    _, links = extract((tmp_path / "one-run.pdf").read_bytes())
    # the words under each rectangle, not the line's start nor the line above it
    assert [link.anchor_text for link in links] == ["many lives", "The death toll on the Armenian side"]


def test_a_link_in_a_serif_face_is_measured_in_that_face(tmp_path):
    # measured in Helvetica's wider glyphs, the edges of a link set in Times fall early, into the
    # sentence before it
    c = canvas.Canvas(str(tmp_path / "times.pdf"), pagesize=A4)
    c.setFont("Times-Roman", 11)
    line = "Civilians were mostly killed by shelling of towns in Ganja, Barda, Tartar and other places. The death toll rose."
    c.drawString(72, 700, line)
    words = "The death toll"
    left = 72 + c.stringWidth(line[:line.index(words)], "Times-Roman", 11)
    c.linkURL("https://tass.example/1277921", (left, 698, left + c.stringWidth(words, "Times-Roman", 11), 710), relative=0)
    c.save()
    _, links = extract((tmp_path / "times.pdf").read_bytes())
    assert links[0].anchor_text == "The death toll"


def test_notes_drawn_at_the_foot_before_the_text_are_read_after_it_top_down(tmp_path):
    c = canvas.Canvas(str(tmp_path / "note.pdf"), pagesize=A4)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(297, 815, "OFFICIAL - SENSITIVE")
    c.setFont("Helvetica", 8)
    c.drawCentredString(297, 25, "1")
    c.setFont("Helvetica", 7)
    c.drawString(60, 60, "1 UNHCR operational data portal, figures to 31 October 2026.")
    c.drawString(60, 50, "2 Interior ministry statement, 3 November 2026.")
    c.setFont("Times-Roman", 11)
    c.drawString(60, 780, "Some 48,000 people crossed the eastern border between August and October.")
    c.drawString(60, 766, "The interior ministry says 9,000 of them have since moved on.")
    c.save()
    result = analyzed_pdf(tmp_path / "note.pdf")
    texts = [claim.text for claim in result.claims]
    assert texts[:2] == ["Some 48,000 people crossed the eastern border between August and October.",
                         "The interior ministry says 9,000 of them have since moved on."]
    # read down the foot: the first note before the second, the page number last
    notes = [t for t in texts[2:]]
    assert [t[:2] for t in notes] in ([], ["1 ", "2 "])
