"""PDF tables drawn cell by cell and notes opening on a raised number."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from claims.analysis.normalize.pdf import extract

from .test_pdf import analyzed_pdf

PROSE = ["Volunteers documented 412 pushbacks to Belarus in November alone. A law passed in October",
         "lets border guards turn people back without examining their asylum claims."]


def _draw(path, body, cells):
    """body lines at a 12-point step, then rows of cells (the first a head row) 15 points under the
    prose and 18 apart."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 780
    for line in body:
        c.drawString(60, y, line)
        y -= 12
    y -= 3
    for row in cells:
        for k, cell in enumerate(row):
            c.drawString(60 + 150 * k, y, cell)
        y -= 18
    c.save()
    return path


ROWS = [["Month", "Pushbacks documented", "Calls for help"], ["September", "132", "410"], ["October", "287", "960"],
        ["November", "412", "1,240"]]


def test_a_table_s_head_row_drawn_under_a_paragraph_is_set_apart_and_its_rows_stay_one_block(tmp_path):
    text, _ = extract(_draw(tmp_path / "t.pdf", PROSE, ROWS).read_bytes())
    blocks = [b.strip() for b in text.split("\n\n")]
    assert "Month Pushbacks documented Calls for help\nSeptember 132 410\nOctober 287 960\nNovember 412 1,240" in blocks
    claims = [c.text for c in analyzed_pdf(tmp_path / "t.pdf").claims]
    assert not any("Month" in c or "Pushbacks documented" in c for c in claims)
    # rows with no head row over them: the prose above keeps its own block all the same
    text, _ = extract(_draw(tmp_path / "u.pdf", PROSE, ROWS[1:]).read_bytes())
    assert "September 132 410\nOctober 287 960\nNovember 412 1,240" in text


def test_a_note_opening_on_a_raised_number_is_read_at_the_size_of_its_words(tmp_path):
    # (set as a layout engine sets a note: the number raised in small type, then the words, wrapping)
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(tmp_path / "n.pdf"), pagesize=A4).build([
        Paragraph(" ".join(PROSE) + "<super>1</super>", styles["BodyText"]),
        Paragraph("Calls for help rose in every week of the month.", styles["BodyText"]), Spacer(1, 40),
        Paragraph("<super>1</super> A pushback is counted once per group and per day, even when a group is turned back "
                  "more than once.", styles["Italic"])])
    texts = [c.text for c in analyzed_pdf(tmp_path / "n.pdf").claims]
    assert "once." not in texts and not any("pushback is counted" in t for t in texts)
