"""PDF tables drawn cell by cell and notes opening on a raised number."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from claims.analysis.normalize.pdf import extract

from .test_pdf import analyzed_pdf, draw_rows

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


def _memo_with_notes(path, notes, numbered=str):
    """Prose whose sentences close on raised note numbers, then notes at the page foot, each number set
    small and a little above its words (pypdf reads each number as a line of its own)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for k, sentence in enumerate(["The ruling party won 53.9 percent of the vote.", "Turnout was 58.9 percent.",
                                  "Observers reported pressure on voters.", "They noted cases of vote buying.",
                                  "The commission rejected every complaint."], start=1):
        c.setFont("Helvetica", 10.5)
        c.drawString(60, y, sentence)
        c.setFont("Helvetica", 6.5)
        c.drawString(62 + c.stringWidth(sentence, "Helvetica", 10.5), y + 4, numbered(k))
        y -= 15
    y = 60 + 11 * len(notes)
    for k, (note, url) in enumerate(notes, start=1):
        c.setFont("Helvetica", 6.5)
        c.drawString(60, y + 3, numbered(k))
        c.setFont("Helvetica", 8)
        c.drawString(66, y, note)
        if url:
            # the printed address carries the link; a note that prints none has its words linked
            x0 = 66 + c.stringWidth(note[: note.index(url)], "Helvetica", 8) if url in note else 66
            shown = url if url in note else note
            c.linkURL(url, (x0, y - 2, x0 + c.stringWidth(shown, "Helvetica", 8), y + 8), relative=0)
        y -= 11
    c.save()
    return path


NOTES = [("Election Commission, final results, https://cec.example/results", "https://cec.example/results"),
         ("Statistics Office, turnout by district, https://cec.example/turnout", "https://cec.example/turnout"),
         ("Observation mission, preliminary statement, p. 1, https://mission.example/statement", "https://mission.example/statement"),
         ("Ibid., p. 2.", None),
         ("Election Commission, op. cit.", None)]


def test_notes_whose_numbers_are_drawn_raised_before_them_are_notes_that_the_markers_cite(tmp_path):
    text, _ = extract(_memo_with_notes(tmp_path / "m.pdf", NOTES).read_bytes())
    assert "1 Election Commission, final results, https://cec.example/results\n2 Statistics Office, turnout" in text
    assert "of the vote.¹ Turnout" in text or "of the vote.1 Turnout" in text or "of the vote.1\nTurnout" in text
    result = analyzed_pdf(tmp_path / "m.pdf")
    assert [c.text for c in result.claims] == [
        "The ruling party won 53.9 percent of the vote.", "Turnout was 58.9 percent.", "Observers reported pressure on voters.",
        "They noted cases of vote buying.", "The commission rejected every complaint."]
    cited = {s.url or s.name: [int(c[1:]) for c in s.claims] for s in result.sources}
    assert cited["https://cec.example/turnout"] == [2]


def test_ibid_cites_the_note_before_and_op_cit_the_last_note_by_that_author(tmp_path):
    result = analyzed_pdf(_memo_with_notes(tmp_path / "m.pdf", NOTES))
    cited = {s.url or s.name: [int(c[1:]) for c in s.claims] for s in result.sources}
    # (the links on the notes' printed addresses are the notes' own: no claim of the page gets them by order)
    assert cited == {"https://cec.example/results": [1, 5], "https://cec.example/turnout": [2],
                     "https://mission.example/statement": [3, 4]}


def test_bracketed_notes_at_a_page_foot_with_addresses_broken_over_lines_are_the_reference_list(tmp_path):
    from .test_pdf import draw_rows

    rows = [(760, "Helvetica", 10.5, "Parliament adopted the act on 1 April 2025 by 84 votes to none [1]. It copies a US"),
            (746, "Helvetica", 10.5, "statute of 1938 but omits most of its exemptions [2]. The State Department has rejected"),
            (732, "Helvetica", 10.5, "the comparison the ruling party makes [3]."),
            (140, "Helvetica", 8, "[1] Parliament of Georgia, Law on the Foreign Agents Registration Act, adopted 1 April 2025,"),
            (129, "Helvetica", 8, "https://parliament.example/legislation/foreign-agents-act-2025/full-text"),
            (118, "Helvetica", 8, "[2] US Department of Justice, FARA: frequently asked questions, https://justice.example/fara-"),
            (107, "Helvetica", 8, "frequently-asked-questions"),
            (96, "Helvetica", 8, "[3] US Department of State, press statement, 3 April 2025, https://state.example/georgia/"),
            (85, "Helvetica", 8, "foreign-agents-statement")]
    result = analyzed_pdf(draw_rows(tmp_path / "n.pdf", 60, rows))
    assert not any("Parliament of Georgia" in c.text or "https://" in c.text for c in result.claims)
    cited = {s.url: [c.text[:20] for c in result.claims if c.id in s.claims] for s in result.sources if s.url}
    assert cited == {"https://parliament.example/legislation/foreign-agents-act-2025/full-text": ["Parliament adopted t"],
                     "https://justice.example/fara-frequently-asked-questions": ["It copies a US statu"],
                     "https://state.example/georgia/foreign-agents-statement": ["The State Department"]}



def test_a_note_that_prints_no_address_takes_the_link_drawn_on_its_words(tmp_path):
    notes = [("Election Commission, final results.", "https://cec.example/results"),
             ("Statistics Office, turnout by district.", "https://stats.example/turnout"),
             ("Observation mission, preliminary statement.", "https://mission.example/statement"),
             ("Ibid.", None), ("Election Commission, op. cit.", None)]
    result = analyzed_pdf(_memo_with_notes(tmp_path / "m.pdf", notes))
    cited = {s.url: [int(c[1:]) for c in s.claims] for s in result.sources if s.url}
    assert cited == {"https://cec.example/results": [1, 5], "https://stats.example/turnout": [2],
                     "https://mission.example/statement": [3, 4]}


def test_note_numbers_in_square_brackets_raised_in_small_type_are_markers_and_open_their_notes(tmp_path):
    c = canvas.Canvas(str(tmp_path / "b.pdf"), pagesize=A4)
    y = 760
    for k, sentence in enumerate(["Voters approved the plant with 71 percent in favour.", "Turnout was 63.7 percent."], start=1):
        c.setFont("Helvetica", 10.5)
        c.drawString(60, y, sentence)
        c.setFont("Helvetica", 7)
        c.drawString(61 + c.stringWidth(sentence, "Helvetica", 10.5), y + 4, f"[{k}]")
        y -= 15
    for k, note in enumerate(["Referendum Commission, results, https://cec.example/results",
                              "Statistics Office, turnout, https://stats.example/turnout"], start=1):
        c.setFont("Helvetica", 6.5)
        c.drawString(60, 100 - 11 * k + 3, f"[{k}]")
        c.setFont("Helvetica", 8)
        c.drawString(69, 100 - 11 * k, note)
    c.save()
    result = analyzed_pdf(tmp_path / "b.pdf")
    texts = [c.text for c in result.claims]
    assert len(texts) == 2 and texts[0].startswith("Voters approved") and texts[1].startswith("Turnout was 63.7 percent")
    cited = {s.url: [int(c[1:]) for c in s.claims] for s in result.sources if s.url}
    assert cited == {"https://cec.example/results": [1], "https://stats.example/turnout": [2]}


def test_notes_numbered_in_raised_roman_numerals_are_markers_that_cite_their_notes(tmp_path):
    roman = ["", "i", "ii", "iii", "iv", "v"].__getitem__
    result = analyzed_pdf(_memo_with_notes(tmp_path / "r.pdf", NOTES, numbered=roman))
    assert [c.text for c in result.claims] == [
        "The ruling party won 53.9 percent of the vote.", "Turnout was 58.9 percent.", "Observers reported pressure on voters.",
        "They noted cases of vote buying.", "The commission rejected every complaint."]
    cited = {s.url or s.name: [int(c[1:]) for c in s.claims] for s in result.sources}
    assert cited["https://cec.example/turnout"] == [2] and cited["https://mission.example/statement"] == [3, 4]


def test_a_link_on_a_raised_note_number_cites_the_sentence_the_number_closes(tmp_path):
    # each raised number links to its report, and the page's targets are printed again at its foot with
    # no numbers: the link's own number places it, not the order of the printed list
    c = canvas.Canvas(str(tmp_path / "raised.pdf"), pagesize=A4)
    sentences = [("The jet crashed near Aktau on December 25, 2024, killing 38 of the 67 people on board.", "https://news.example/crash"),
                 ("Survivors said the aircraft had been hit over Grozny.", "https://news.example/hit"),
                 ("Moscow has never admitted responsibility.", None),
                 ("Putin apologized to Aliyev by phone on December 28 but did not say that missiles had hit the plane.",
                  "https://kremlin.example/events/75981")]
    y, printed = 760, []
    for n, (sentence, url) in enumerate(sentences, start=2):
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, sentence)
        if url:
            x = 72 + c.stringWidth(sentence, "Times-Roman", 11) + 1
            c.setFont("Times-Roman", 7)
            c.drawString(x, y + 4, str(n))
            c.linkURL(url, (x, y + 2, x + c.stringWidth(str(n), "Times-Roman", 7), y + 11), relative=0)
            printed.append(url)
        y -= 15
    c.setFont("Helvetica", 7.5)
    for n, url in enumerate(printed):
        c.drawString(72, 120 - 10 * n, url)
    c.save()
    result = analyzed_pdf(tmp_path / "raised.pdf")
    claims = {claim.id: claim.text for claim in result.claims}
    cited = {s.url: [claims[c] for c in s.claims] for s in result.sources if s.url}
    assert cited["https://kremlin.example/events/75981"] == [sentences[3][0]]
    assert cited["https://news.example/hit"] == [sentences[1][0]]
    assert cited["https://news.example/crash"] == [sentences[0][0]]


def test_a_table_of_labels_each_closed_by_one_figure_under_its_caption_is_no_claim(tmp_path):
    rows = [(790, "Helvetica", 10, "Only 1,900 families had applied by the end of May, the ministry said."),
            (760, "Helvetica-Bold", 9, "Households surveyed, by main source of income"),
            (746, "Helvetica", 9, "Source Share"), (733, "Helvetica", 9, "Government allowance 41%"),
            (720, "Helvetica", 9, "Informal work 22%"), (707, "Helvetica", 9, "Remittances 11%"), (694, "Helvetica", 9, "None 26%"),
            (670, "Helvetica", 10, "Aid agencies warn that heating costs will strain budgets from November.")]
    result = analyzed_pdf(draw_rows(tmp_path / "report.pdf", 60, rows))
    assert [c.text for c in result.claims] == [
        "Only 1,900 families had applied by the end of May, the ministry said.",
        "Aid agencies warn that heating costs will strain budgets from November."]
