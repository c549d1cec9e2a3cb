"""Line numbers printed in a margin are no part of the text, in plain text and in a PDF."""
import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from claims.analysis import AnalysisConfig, Document, analyze
from claims.analysis.normalize.line_numbers import margin_numbers
from claims.analysis.normalize.pdf import extract

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))

RESPONSE = [
    "Our response to the draft plan",
    "",
    "The draft plan sets a target of 20% of trips by bike by 2035. Today the",
    "figure is 4%, according to the council's own travel survey. We support",
    "the target but the plan does not show how it will be reached.",
    "The plan allocates £3.2 million to cycling over five years, less than 6%",
    "of its transport capital budget.",
]


def numbered(lines, every=1, first=1):
    """The lines with a margin number on every line, or on every `every`-th."""
    out = []
    for n, line in enumerate(lines, start=first):
        out.append(f"{n:>3}  {line}".rstrip() if n % every == 0 else f"     {line}")
    return out


def claim_texts(text, fmt="text"):
    return [c.text for c in analyze(Document(text, fmt, published=dt.date(2026, 10, 9)), config=CONFIG).claims]


def test_numbers_on_every_line_or_every_fifth_are_a_margin_s():
    # (the blank line keeps its number: a pleading numbers every line of the page)
    assert set(margin_numbers(numbered(RESPONSE))) == set(range(len(RESPONSE)))
    # (every fifth line counts written lines only, as a bill's margin does)
    five = numbered([line for line in RESPONSE if line] * 3, every=5)
    assert sorted(margin_numbers(five)) == [4, 9, 14]


def test_a_numbered_list_or_a_table_of_years_is_no_margin():
    # each item a sentence of its own, no sentence running on past a number
    items = ["1 Publish a timetable.", "2 Double the budget.", "3 Report each year.", "4 Fund the A61 lane.",
             "5 Consult on lanes."]
    years = ["2019 450 310", "2020 470 300", "2021 480 290", "2022 500 280", "2023 520 270"]
    assert margin_numbers(items) == {}
    assert margin_numbers(years) == {}


def test_plain_text_with_line_numbers_reads_as_if_they_were_not_there():
    text = "\n".join(numbered(RESPONSE)) + "\n"
    assert claim_texts(text) == [
        "The draft plan sets a target of 20% of trips by bike by 2035.",
        "Today the figure is 4%, according to the council's own travel survey.",
        "We support the target but the plan does not show how it will be reached.",
        "The plan allocates £3.2 million to cycling over five years, less than 6% of its transport capital budget.",
    ]


def test_a_pdf_with_a_line_number_beside_each_line_loses_the_numbers(tmp_path):
    path = tmp_path / "lined.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for n, line in enumerate([line for line in RESPONSE if line], start=1):
        c.setFont("Helvetica", 7)
        c.drawRightString(70, y, str(n))
        c.setFont("Helvetica-Bold" if n == 1 else "Times-Roman", 14 if n == 1 else 11)
        c.drawString(90, y, line)
        y -= 30 if n == 1 else 15
    c.save()
    text, links = extract(path.read_bytes())
    claims = [c.text for c in analyze(Document(text, "pdf", pdf_links=links, published=dt.date(2026, 10, 9)),
                                      config=CONFIG).claims]
    assert claims[0] == "The draft plan sets a target of 20% of trips by bike by 2035."
    assert "Today the figure is 4%, according to the council's own travel survey." in claims
    assert not any(ch.isdigit() for c in claims for ch in c.split()[0])
