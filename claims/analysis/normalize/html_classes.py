"""What an HTML page's classes, ids and styles say an element is: an aside (a byline, a share row, a
summary box), references, a key-points box, a title, a transcript's speaker, or something no reader
sees."""
from __future__ import annotations

import re

REFERENCE_CLASS = re.compile(r"\b(footnotes?|endnotes?|references?|citations?|bibliography)\b", re.IGNORECASE)
ASIDE_CLASS = re.compile(
    r"\b(byline|author|dateline|related|newsletter|share|social|advert\w*|ad|ads|promo|caption|credits?|"
    r"subscribe|signup|breadcrumbs?|tags|comments?|footer|meta|metadata|timestamp|sidebar|nav\w*|menu|cookie\w*|disclaimer|"
    # (an assembly's '<p class="docinfo">Assembly debate on 12 October 2023 …</p>' over the text)
    r"doc-?info|document-?info|"
    # a row of topic links under the story ("More about Water Sewage"); an academic site's funding
    # disclosure and its offer to republish
    r"more-?about|disclosure|republish\w*|"
    # a government page's skip link, contents list and "Is this page useful?" box; a press page's
    # contacts and downloads boxes
    r"skip-?links?|contents-?list|feedback|(?:press-?|media-?)?contacts?|downloads?|"
    # a photo gallery's count and a recommendation widget ("1 of 4", "Most read")
    r"gallery|slideshow|carousel|taboola|outbrain|most-?read|most-?popular|trending|recommended|"
    # a paid box and a read-aloud player ("Sponsored", "Listen to this article · 4 min")
    r"sponsored(?:-?content)?|promoted|paid-?post|partner-?content|audio-?player|listen-?button|"
    # a match report's scoreboard of spans ("Kelby Rovers 2", "HT: 1-1", "Att: 8,912")
    r"score-?board|score-?card|"
    # a blog platform's sharing and "Like this:" widgets
    r"sharedaddy|jetpack[\w-]*|"
    r"pull-?quote|(?:img|image|photo|picture)(?:-caption)?|fact-?box|key-?facts|info-?box|twitter-tweet|instagram-media|"
    # a grid of statistic cards: a big number and its label, display fragments
    r"stat-?cards?|stats-?(?:grid|row|panel|bar)|key-?stats|key-?figures|"
    r"tiktok-embed|embed|(?:site|page|global|main)-header|masthead|site-(?:title|branding)|banner|"
    # a video's block and its caption ("Media caption, Watch: life on the front line")
    r"video-?(?:block|player|embed|wrapper)|media-?(?:block|player|caption)|"
    # a syndicating portal's logo of the paper it took the story from
    r"logo|"
    r"standfirst|dek|kicker|flag|eyebrow|strapline|sub-?title|sub-?head|excerpt|claim-?box|verdict|rating|key-?points|highlights|takeaways|"
    # a broadcaster's printed dates, its "… and news agencies" line and its "More on this" box
    r"(?:article-)?dates?|date-simple|(?:article-)?source(?:-line)?|more-?on|"
    # (a summary box, not a field type that allows one: Drupal's "field--type-text-with-summary")
    r"(?<!with-)summary|"
    # a journal page's author affiliations and index terms
    r"affiliations?|keywords)\b",
    re.IGNORECASE,
)

CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
LINK_CARD = re.compile(r"\b(?:kg-)?bookmark-card\b|\blink-?(?:preview|card)\b|\bembedded-post\b", re.IGNORECASE)
NOTE_HREF = re.compile(r"#(?:footnote|fn|note|endnote|cite[_-]?note|ref)[\w:-]*\d", re.IGNORECASE)
QUOTATION_FIGURE = re.compile(r"\b(?:wp-block-)?pull-?quote\b", re.IGNORECASE)
# the font classes a PDF converter gives each printed line ('<div class="t m0 x1 h2 y4 ff2 fs1 fc0">')
FONT_CLASSES = re.compile(r"(?<!\S)(?:ff|fs|fc|sc)[0-9a-f]+(?!\S)")
# a transcript's span naming who speaks the paragraph it opens
SPEAKER_CLASS = re.compile(r"\b(?:speaker|speaker-name|participant|interlocutor)\b", re.IGNORECASE)
# a note set in the margin beside its sentence (Tufte's "sidenote" and "marginnote"), and the toggle that shows it
SIDE_NOTE_CLASS = re.compile(r"\b(?:sidenote|marginnote|margin-note|side-note|margin-toggle)\b", re.IGNORECASE)
# the class Word and Google Docs give the paragraph styled as the document's title
# ('<div class="headline">' in an old CMS that prints no h1)
TITLE_CLASS = re.compile(r"(?:^|\s)(?:MsoTitle|title|headline|story-headline|article-headline)(?:\s|$)")

# what a reader never sees: text for screen readers only ("Opens in a new window"), and elements
# marked hidden (a draft note, a collapsed duplicate)
_UNSEEN_CLASS = re.compile(r"\b(?:sr-only|visually-?hidden|screen-?reader-(?:text|only)|a11y-hidden)\b", re.IGNORECASE)

# a page that opens a dialog marks everything behind it aria-hidden, the story too: on these only the
# hidden attribute and a screen-reader class say a reader never sees them
_PAGE_PARTS = frozenset("html head body main article section div".split())


# an inline style that hides an element: an email's preheader, the line an inbox shows beside the
# subject, is written so and repeats the headlines
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all)\b", re.IGNORECASE)


def unseen(tag: str, attrs: dict) -> bool:
    return (("hidden" in attrs or _HIDING_STYLE.search(attrs.get("style") or ""))
            and tag not in ("html", "head", "body", "main", "article")
            or tag not in _PAGE_PARTS and (attrs.get("aria-hidden") or "").strip().lower() == "true"
            or bool(_UNSEEN_CLASS.search(attrs.get("class") or "")))
# class names that mean the same thing, under one name in the notes
# a box of the story's key points ("key-points", "key-takeaways", "highlights")
# (a story's timeline box tells dated events in whole sentences too: "January 2025 – Storm Eowyn damages the pier")
# (and a fact box's points written as sentences: "It was deployed in March 2024 after a ceasefire …")
KEY_POINTS_CLASS = re.compile(r"\bkey-?points\b|\b(?:key-?)?takeaways\b|\bhighlights\b|\btimeline\b|\bfact-?box\b|\bkey-?facts\b|"
                              r"\binfo-?box\b", re.IGNORECASE)
SAME_REASON = {"dek": "standfirst", "strapline": "standfirst", "subtitle": "standfirst", "subhead": "standfirst"}


# a CSS module's class, "RelatedLinks_root__3dLxq": the component and element it names, word by word
_CSS_MODULE = re.compile(r"\b([A-Z][A-Za-z0-9]*)_([A-Za-z0-9]+)__[\w-]{3,}")
_CAMEL_STEP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


# a BEM class, "byline__names": its block and its element
_BEM = re.compile(r"\b([a-z][a-z0-9-]*)__([a-z][a-z0-9-]*)\b")


def class_words(cls: str) -> str:
    """ "ArticleHeader_flag__u7Xc1" also reads "Article Header flag", and "byline__names" "byline
    names", so the names of its parts count."""
    words = [_CAMEL_STEP.sub(" ", f"{m.group(1)} {m.group(2)}") for m in _CSS_MODULE.finditer(cls)]
    words += [f"{m.group(1)} {m.group(2)}" for m in _BEM.finditer(cls)]
    return " ".join([cls] + words)


# ".c1{font-weight:700}" in a word processor's export: the classes its stylesheet sets in bold
_STYLE_BLOCK = re.compile(r"<style[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_BOLD_RULE = re.compile(r"((?:\.[\w-]+\s*,?\s*)+)\{[^}]*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)


def bold_classes(raw: str) -> frozenset[str]:
    """The class names the page's own stylesheets set in bold."""
    found = set()
    for css in _STYLE_BLOCK.findall(raw):
        for rule in _BOLD_RULE.finditer(css):
            found.update(name.strip(" ,.") for name in rule.group(1).split(".") if name.strip(" ,"))
    return frozenset(found)


def set_in_bold(attrs: dict[str, str | None], classes: frozenset[str]) -> bool:
    """Whether a span's class or inline style sets it in bold ('<span class="c1">', 'style="font-weight:700"')."""
    return bool(classes) and any(c in classes for c in (attrs.get("class") or "").split()) \
        or bool(_BOLD_STYLE.search(attrs.get("style") or ""))
