"""A letter's and a newsletter's own lines: the salutation, the greeting, the close and the sign-off,
and the lines after the piece that say who the writer is or how to reach them."""
from __future__ import annotations

import re


# a newsletter's greeting: "Good morning.", "Hello everyone,", "Hello from Tbilisi."
_GREETING = re.compile(r"(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey|greetings|welcome(?:\s+back)?)\b"
                       # ("Hello from Tbilisi.": where the letter comes from)
                       r"(?:\s+(?:and\s+welcome|everyone|all|there|again|readers|friends|from\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?\s*[,.!]"
                       # "Good morning and welcome to our live coverage of Storm Ciara."
                       r"|(?:good\s+(?:morning|afternoon|evening),?\s+and\s+)?welcome\s+to\s+(?:our|this|the)\s+"
                       r"(?:[\w-]+\s+){0,2}(?:coverage|blog|updates|live\s+page)\b", re.IGNORECASE)


def is_greeting(paragraph: str) -> bool:
    """ "Good morning. Here is what you need to know today.": a greeting and its one-line welcome,
    with nothing in them to check (at the top of a page, or at the foot of a live page written newest
    first)."""
    return bool(_GREETING.match(paragraph)) and len(paragraph) <= 160 and not any(ch.isdigit() for ch in paragraph)


# a letter's salutation, on a line of its own
SALUTATION = re.compile(r"(?:Dear|To)\s+[^,.;:]{2,60},?|To whom it may concern,?"
                        # an email's "Hi all," or "Hello team,"
                        r"|(?:Hi|Hello|Hey)(?:\s+[^,.;:!?]{1,30})?,"
                        # a newsletter's "Good morning," or "Morning all,"
                        r"|(?:Good\s+(?:morning|afternoon|evening)|Morning|Evening)(?:\s+(?:all|everyone|everybody))?,")
# a letter's close; a memo's sign-off lines
# (an email's "Best wishes," over the name, and the "--" that opens its signature)
VALEDICTION = re.compile(r"yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+(?:regards|wishes)|with\s+(?:best\s+)?wishes|"
                         r"many\s+thanks,|signed\s+on\s+behalf\s+of", re.IGNORECASE)
SIGN_OFF = re.compile(r"(?:signed|cc|c\.c\.|bcc|encl\w*\.?|distribution)\s*:|yours\s+(?:sincerely|faithfully|truly)\b"
                      r"|(?:kind|best|warm)\s+(?:regards|wishes)\b|with\s+(?:best\s+)?wishes\b|many\s+thanks,|--\s*$"
                      r"|signed\s+(?:on\s+behalf\s+of|for\s+and\s+on\s+behalf\s+of)\b", re.IGNORECASE)


# the kind of piece set before a note on its writer, with a separator: "Commentary · ", "Opinion | "
_KIND_LABEL = re.compile(r"[A-Z][a-z]+(?:[ -][A-Za-z]+)?\s*[·|:—–]\s*")
# "Reach Dana Whitfield at dwhitfield@… or 555-0143.": how to reach the author
_REACH_AUTHOR = re.compile(r"(?:Reach|Contact|Email|E-mail|Follow|Write\s+to)\s+")


def is_author_note(text: str, author: str | None) -> bool:
    """ "Grace Lindqvist is a member of the Riverside Allotment Society.": who the author is, or how
    to reach them, in a line of its own after the piece."""
    if not author or len(text) > 300:
        return False
    if (label := _KIND_LABEL.match(text)) and text.startswith(author, label.end()):
        text = text[label.end():]  # ("Commentary · Dilnoza Rakhimova is a senior fellow at …": the piece's kind, then the note)
    if text.startswith(author):
        # ("Tigran Grigoryan heads the Regional Center for Democracy and Security in Yerevan.")
        # (or the name with its post alone, a think tank's author line: "Aliya Bekova, Senior Fellow")
        return re.match(r"\s+(?:is|was|has been|writes|teaches|works|heads|leads|directs|chairs|runs|edits|covers|"
                        r"founded|co-founded|served|serves)\b|,\s+(?:[A-Z][\w-]*\s*){1,5}$", text[len(author):]) is not None
    reach = _REACH_AUTHOR.match(text)
    return bool(reach) and text.startswith(author, reach.end()) \
        and re.match(r"\s+(?:at|on|via)\s", text[reach.end() + len(author):]) is not None


# "Anar Valiyev is Associate Professor at ADA University, Baku, Azerbaijan.": the writer's post,
# closing the piece, where no byline names him
_BIO_LINE = re.compile(r"[A-ZÀ-Þ][\w.’'-]+(?:\s+[A-ZÀ-Þ][\w.’'-]+){1,3}\s+is\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,3}"
                       r"(?:[Pp]rofessor|[Ll]ecturer|[Ff]ellow|[Rr]esearcher|[Dd]irector|[Ee]ditor|[Cc]orrespondent|[Aa]nalyst|"
                       r"[Cc]olumnist|[Ww]riter|[Ee]conomist|[Cc]andidate|[Ss]tudent|[Jj]ournalist|[Rr]eporter|[Hh]istorian|"
                       r"[Cc]ommentator|[Mm]inister|[Aa]mbassador|[Ss]ecretary|[Ss]pokes(?:man|woman|person))\b[^.!?]{0,120}\.?")


def is_closing_bio(text: str) -> bool:
    """A closing line that says who the writer is, when the page names no author to match it with."""
    return len(text) <= 200 and bool(_BIO_LINE.fullmatch(text.strip()))
