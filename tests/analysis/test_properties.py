"""Whatever the text, analyze finishes, never raises, and every offset slices to its claim."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.analysis import AnalysisConfig, AnalysisError, Document, analyze

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))
prose = st.text(alphabet=st.sampled_from(list("abcXYZ .,!?;:\"'“”‘’()[]-—\n\t0123456789€$%") + ["\x00", "\x0c", "\u200b", "é", "ß", "中"]), max_size=400)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.one_of(st.text(max_size=300), prose), fmt=st.sampled_from(["text", "pdf-text", "html", "markdown"]))
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
