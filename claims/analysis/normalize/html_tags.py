"""The HTML tags the page reader sorts elements by: blocks of text, elements skipped or set aside, void and
inline elements, and the tags that head what follows them."""
from __future__ import annotations

TEXT_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote figcaption dd dt td th pre caption address summary div".split())
# (words struck through, a correction's "said <del>most</del> <ins>all</ins> customers", are what the
# page no longer says; a dialog is laid over the page: cookie consent, a sign-up box)
SKIP_TAGS = frozenset("script style noscript template svg iframe button select option textarea object canvas math "
                      "del s strike dialog".split())
ASIDE_TAGS = frozenset("nav aside footer figure form".split())
# (an article's <address> holds its author's name and role, or how to reach them: no prose)
ADDRESS_REASON = "byline"
VOID_TAGS = frozenset("br img hr meta link input source wbr area base col embed param track".split())
# a class or id naming references on an inline element names what it points to or is (a citation
# marker's '<sup class="reference"><a href="#cite_note-1">', a heading's '<span id="References">'):
# it is no references block
INLINE_TAGS = frozenset("sup sub a span i em b strong small cite abbr".split())

END_OPTIONAL = frozenset("p li dt dd".split())
# the tags that head what follows them: a <details> block's <summary> ("How much is my bill going up?")
# heads the answer folded under it, and a definition list's term ("Is that fair?") its description
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6 summary dt".split())
