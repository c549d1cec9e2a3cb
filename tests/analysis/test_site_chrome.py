"""What a page or a document export puts around its text: a government page's skip link, its
metadata list, contents list and feedback box; a workspace export's property lines and callouts;
a memo's sign-off block."""
from claims.analysis.normalize import normalize
from claims.analysis.segment import segment


def texts(norm):
    return [norm.text[s.start:s.end] for s in segment(norm)]


def headings(norm):
    return [norm.text[b.start:b.end] for b in norm.blocks if b.kind == "heading"]


GOVERNMENT_PAGE = """<html><body>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<main id="main-content"><h1>New funding for driving tests</h1>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/dft">Department for Transport</a> and <a href="/jo">Jane Okafor MP</a></dd>
<dt>Published</dt><dd>12 March 2026</dd></dl></div>
<div class="gem-c-contents-list"><h2>Contents</h2><ol><li><a href="#background">Background</a></li><li><a href="#next">Next steps</a></li></ol></div>
<p>The average wait for a driving test was 18 weeks in February.</p>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><button>Yes</button><a href="/contact">Report a problem with this page</a></div>
</main></body></html>"""


def test_a_government_page_s_skip_link_metadata_contents_and_feedback_box_are_no_prose():
    norm = normalize(GOVERNMENT_PAGE, "html")
    assert texts(norm) == ["The average wait for a driving test was 18 weeks in February."]
    assert headings(norm) == ["New funding for driving tests"]
