"""Whatever the text, analyze finishes, never raises, and every offset slices to its claim."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.analysis import AnalysisConfig, AnalysisError, Document, analyze
from claims.analysis.normalize.pasted_markup import blank_pasted_markup

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))
# Fragments of markup, layout and the phrases the stages look for, shuffled into documents: random
# characters rarely build a footnote, a link or a memo head, these do
FRAGMENTS = [
    "<p>", "</p>", "<a href='http://x.example/a'>", "</a>", "<sup>1</sup>", "<blockquote>", "</blockquote>", "<br>",
    "<div class='factbox'>", "</div>", "<script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>",
    "[^1]", "[1]", "[^1]: note http://y.example", "# ", "## ", "**", "*", "> ", "- ", "1. ", "I. ", "A. ", "TO: x",
    "DATE: March 3, 2025", "RE: y", "\n", "\n\n", "\f", "said", "says:", "according to", "the mayor", "\"", "“", "”",
    "(", ")", "2024.", "3", "1,100", "from", "to", "until", "last week", "two weeks ago", "between January and June",
    "would", "if", "Figure 1:", "Source:", "Updated August 3, 2025, 9:10 a.m.", "Correction:", "a third of", "half",
    "1330 GMT", "(Graphic: x)", "From Monday", "will", "rose", "by a quarter", "%", "€12 million", "compared with",
    "Q3 2024", "2023-24", "ﬁ", "http://y.example:", ".", "?", ",", ":", " ",
]
markup = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
prose = st.text(alphabet=st.sampled_from(list("abcXYZ .,!?;:\"'“”‘’()[]-—\n\t0123456789€$%") + ["\x00", "\x0c", "\u200b", "é", "ß", "中"]), max_size=400)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.one_of(st.text(max_size=300), prose, markup), fmt=st.sampled_from(["text", "pdf-text", "html", "markdown"]))
def test_analyze_never_raises_and_offsets_slice_exactly(raw, fmt):
    try:
        result = analyze(Document(raw, fmt), config=CONFIG)
    except AnalysisError:
        assert not raw.strip()
        return
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(result.text)
        assert result.text[claim.start:claim.end] == claim.text
        for t in claim.times:
            assert result.text[t.start:t.end] == t.text
        for q in claim.quantities:
            assert result.text[q.start:q.end] == q.text
    for h in result.headings:
        assert result.text[h.start:h.end] == h.text


def test_unbalanced_quotes_and_many_one_word_lines_are_fine():
    raw = "“He said. " * 50 + "\n".join(["word"] * 5000)
    result = analyze(Document(raw, "text"), config=CONFIG)
    assert all(result.text[c.start:c.end] == c.text for c in result.claims)


_PASTED_MARKUP = ["[#]_", "[12]_", "[3]_", ".. [#] A `T <https://x.example/a>`_ b", ".. [12] Note", ".. note::", "   :local:",
                  ".. _t: https://x.example", "`Link <https://l.example>`_", "`Link <https://l.example>`__", ":Author: A", "= T", "== S",
                  "[quote, A, B]", "____", "link:https://x.example[t]", "<<a,b>>", "NOTE: x", "History[edit]", "x[citation needed]",
                  ".Title", "v1.2, 2026-01-01", "A <a@b.example>", "word", "😀"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PASTED_MARKUP), min_size=1, max_size=4), min_size=1, max_size=8))
def test_pasted_markup_is_blanked_without_moving_any_offset(lines):
    raw = "\n".join(" ".join(words) for words in lines)
    blanked, _, _ = blank_pasted_markup(raw)
    assert len(blanked) == len(raw)
    assert [len(line) for line in blanked.split("\n")] == [len(line) for line in raw.split("\n")]
