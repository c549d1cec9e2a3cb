"""A PDF's timeline box: each date set on a line of its own, a bare year too, dates the entry under it."""
from .test_pdf import analyzed_pdf, draw_rows


def test_a_bare_year_over_a_timeline_entry_dates_it_and_is_no_page_number(tmp_path):
    result = analyzed_pdf(draw_rows(tmp_path / "note.pdf", 72, [
        (790, "Helvetica-Bold", 15, "The Narva bridge at twenty"),
        (760, "Helvetica", 10, "The bridge has carried more traffic every year since it opened."),
        (730, "Helvetica-Bold", 9, "Timeline"),
        (715, "Helvetica-Bold", 8.5, "March 2005"),
        (704, "Helvetica", 8.5, "The bridge opens to traffic."),
        (686, "Helvetica-Bold", 8.5, "2019"),
        (675, "Helvetica", 8.5, "Traffic passes 9,000 vehicles a day."),
        (657, "Helvetica-Bold", 8.5, "2027"),
        (646, "Helvetica", 8.5, "A second span is due to open."),
        (40, "Helvetica", 8, "3"),
    ]))
    dated = {c.text: [t.value for t in c.times] for c in result.claims}
    assert dated["The bridge opens to traffic."] == ["2005-03"]
    assert dated["Traffic passes 9,000 vehicles a day."] == ["2019"]
    assert dated["A second span is due to open."] == ["2027"]
    # the page's own number at its foot stays a page number
    assert not any(c.text == "3" for c in result.claims)
