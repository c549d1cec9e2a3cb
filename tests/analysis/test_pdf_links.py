"""A PDF's link annotations: a phrase linked word by word or line by line is one link on the phrase."""
from claims.analysis import Document, analyze
from claims.analysis.normalize.pdf import extract

from .test_pdf import CONFIG, draw_pdf

TALKS = "https://gov.example/post/78214/trans-caspian-talks"
RFE = "https://news.example/a/turkmenistan-gas-china-exports"


def test_a_phrase_linked_word_by_word_is_one_link_on_the_phrase(tmp_path):
    data = draw_pdf(tmp_path / "memo.pdf", [[
        [("Ashgabat has long said it wants to diversify.", None)],
        [("Officials from the two countries", None), ("met", TALKS), ("in", TALKS), ("Ashgabat", TALKS),
         ("in May 2024.", None)],
        # a source's name linked over a line break
        [("Exports went to China, according to Radio", None), ("Free", RFE)],
        [("Europe.", RFE), ("Talks resumed in June 2024.", None)],
    ]])
    text, links = extract(data)
    assert [(link.url, link.anchor_text) for link in links] == [(TALKS, "met in Ashgabat"), (RFE, "Free Europe.")]
    result = analyze(Document(text, "pdf", pdf_links=links), config=CONFIG)
    claims = {c.id: c.text for c in result.claims}
    cited = {s.url: [claims[c] for c in s.claims] for s in result.sources if s.url}
    assert cited[TALKS] == ["Officials from the two countries met in Ashgabat in May 2024."]
    assert cited[RFE] == ["Exports went to China, according to Radio Free Europe."]


def test_two_links_to_one_address_in_two_places_stay_two_links(tmp_path):
    data = draw_pdf(tmp_path / "memo.pdf", [[
        [("The", None), ("ministry", TALKS), ("met the donors in May 2024.", None)],
        [("Donors pledged $2 million in June 2024.", None)],
        [("The", None), ("ministry", TALKS), ("published the figures in July 2024.", None)],
    ]])
    _, links = extract(data)
    assert [link.anchor_text for link in links] == ["ministry", "ministry"]
