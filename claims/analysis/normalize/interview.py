"""Who speaks, read from the layout where the sentences do not say: an interview laid out as
questions and answers (bold questions, each answered by the plain paragraphs under it: the
interviewer, the story's author, asks; the person the introduction names answers), a transcript's
speaker labels, a written question and its answer, a letters page's signatures."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import layout

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|my|My|me|us)\b")
# a person's name: two or three capitalised words, perhaps with a particle ("Pieter de Groot")
_PERSON = re.compile(r"(?<![\w’'-])(?!(?:The|This|That|These|Those|A|An|In|On|At|By|For|From|She|He|They|It|We|I|Mr|Mrs|Ms|Dr)\b)"
                     r"[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s+(?:de|van|von|der|da|di|le|la)(?=\s))?(?:\s+[A-ZÀ-Þ][a-zà-ÿ’'-]+){1,3}\b")
# a rank or office before a name ("Chief Constable Rachel Adeyemi")
_TITLE_WORDS = frozenset("chief constable councillor cllr professor prof dr sir dame lord lady inspector superintendent "
                         "sergeant detective judge mayor president minister secretary director commissioner chancellor "
                         "governor senator general colonel captain".split())
# what ends the name of a body rather than a person ("Westmoor Police", "Valley University")
_BODY_WORDS = frozenset(
    "police council authority university college hospital trust party ministry department office agency ltd limited "
    "group bank service board court company federation union association school times courier news post herald "
    "street road city county district region government committee commission institute centre center".split())
# fewer questions than this is a story that asks, not an interview
MIN_QUESTIONS = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    set_in_bold: bool  # the whole paragraph is bold


def is_question(paragraph: Paragraph) -> bool:
    return paragraph.set_in_bold and paragraph.text.rstrip(" \"'”’").endswith("?")


# "Anna Petrosyan spoke to Laurence Broers, …", "Laurence Broers was interviewed by Anna Petrosyan": who asks
# and who answers, said outright
_SPOKE_TO = re.compile(rf"(?P<asker>{_PERSON.pattern})\s+(?:spoke|speaks|talked|talks)\s+(?:to|with)\s+(?P<answerer>{_PERSON.pattern})"
                       rf"|(?P<answerer2>{_PERSON.pattern})\s+(?:was|is)\s+interviewed\s+by\s+(?P<asker2>{_PERSON.pattern})")


def interviewee(intro: str, author: str | None) -> str | None:
    """The person the introduction says was spoken to, else the first person it names who is not its author."""
    if said := _SPOKE_TO.search(intro):
        return said.group("answerer") or said.group("answerer2")
    for m in _PERSON.finditer(intro):
        name = m.group(0)
        if name.split()[-1].lower() in _BODY_WORDS or (author and (name in author or author in name)):
            continue
        words = name.split()
        while len(words) > 2 and words[0].lower() in _TITLE_WORDS:
            words = words[1:]
        return " ".join(words)
    return None


@dataclass(frozen=True)
class Roles:
    asked: frozenset[int] = frozenset()  # paragraphs the interviewer puts
    answered: tuple[tuple[int, str], ...] = ()  # paragraphs the interviewee answers, and who that is

    def speaker(self, n: int, author: str | None) -> str | None:
        """Who speaks paragraph `n`: the author asks (known by the time the questions come, as a
        byline stands above them); the interviewee answers."""
        if n in self.asked:
            return author
        return dict(self.answered).get(n)


def roles(paragraphs: list[tuple[int, Paragraph]], *, author: str | None, title: str | None = None) -> Roles:
    """Who asks and who answers, by the block index each paragraph comes with; no roles when the
    paragraphs are not laid out as an interview (a few bold questions put to "you", answered in the
    first person)."""
    questions = [k for k, (_, p) in enumerate(paragraphs) if is_question(p)]
    if len(questions) < MIN_QUESTIONS or not any(_SECOND_PERSON.search(paragraphs[k][1].text) for k in questions):
        return Roles()
    answers = [k for k in range(questions[0] + 1, len(paragraphs)) if not paragraphs[k][1].set_in_bold]
    if not any(_FIRST_PERSON.search(paragraphs[k][1].text) for k in answers):
        return Roles()
    intro = " ".join([title or ""] + [p.text for _, p in paragraphs[:questions[0]]])
    who_answers = interviewee(intro, author)
    return Roles(frozenset(paragraphs[k][0] for k in questions),
                 tuple((paragraphs[k][0], who_answers) for k in answers if who_answers))


# A transcript names who speaks before each turn: "HALE: We have completed 3,100 homes …",
# "**Sara Byrne:** And ridership has fallen …", a recording's time first: "[00:00:31] TOM REYES: On the
# main corridors, yes.", "(12:04) Priya Nair: …" (a name in lower case needs the bold or the time)
_TURN_LABEL = re.compile(r"(?P<stamp>[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?:[-–]\s+)?)?(?P<bold>\*\*|__)?"
                         r"(?P<who>[QA](?=\s*[:.])|[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2}"
                         r"|(?(bold)[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}|(?(stamp)[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}|(?!))))"
                         # ("QUESTION (Tanjug):": a briefing's question with the asker's outlet)
                         r"(?:\s+\([A-Z][^()]{1,40}\))?"
                         # ("Q." and "A." with a stop, as some interviews print them)
                         # (the closing bold after the colon, or at the paragraph's end when a named
                         # side's whole turn is bold: "**CR: Will Armenia leave the CSTO?**"; an explainer's
                         # "**Q: Who is paying?**" over its answer heads it)
                         r"\s*(?::|(?<=\bQ)\.|(?<=\bA)\.)(?(bold)(?:(?P=bold)|(?<!\bQ:)(?<!\bQ\.)(?=[^*_]+(?P=bold)\s*$))|)\s+(?=\S)")
# a debate record's labels: a member with constituency and party, "Tom Ellis (Westmoor North) (Lab):";
# an office with its holder, "The Minister for Transport (Helen Rooke):"
_NAME = r"[A-ZÀ-Þ][\w’'-]+(?:\s+(?:de|van|von|der|da|di|le|la|[A-ZÀ-Þ][\w’'.-]+)){1,3}"
# (in bold too, as a newspaper prints candidates' answers: "**Jo Smith (Green):** Yes. …")
_RECORD_LABEL = re.compile(rf"(?P<bold>\*\*|__)?(?:(?P<member>{_NAME})(?:\s+\([^()]{{1,40}}\)){{1,2}}"
                           rf"|(?:The\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){{0,8}}?\s+\((?P<holder>{_NAME})\))\s*:(?(bold)(?P=bold)|)\s+(?=\S)")
_NAME_LABEL = re.compile(rf"(?P<who>{_NAME})\s*:\s+(?=\S)")
# the side that asks, labelled by its role ("Host: Minister, thank you for joining us.")
_ASKING_SIDE = frozenset(("Question", "Answer", "Host", "Interviewer", "Presenter", "Moderator", "Anchor"))
_TITLED_LABEL = re.compile(r"(?P<who>[A-ZÀ-Þ][a-zà-ÿ’'-]+(?:\s+[A-ZÀ-Þ][a-zà-ÿ’'-]+){0,2})\s*:\s+(?=\S)")
# a call transcript's labels: a name with a post or a firm after a comma, "**Rob Ainsley, Chief
# Financial Officer:**", "Sara Quint, Kelby Securities:"
_POSTED_LABEL = re.compile(rf"(?P<bold>\*\*|__)?(?P<who>{_NAME}),\s+[A-ZÀ-Þ][^:*_\n.!?]{{1,60}}?:(?(bold)(?P=bold)|)\s+(?=\S)")


def opens_turn(line: str) -> bool:
    """ "CH SUPT WARD: That is …", "QUESTION: Will …?", "[10:12] TOM REYES: …": a line a labelled turn opens."""
    m = _TURN_LABEL.match(line)
    return bool(m) and not _NOT_SPEAKERS.intersection(m.group("who").upper().split())


def asked_turn(line: str) -> bool:
    """ "QUESTION (Radio Free Europe): Has Pristina responded?": a briefing's question, a turn however
    short (no heading)."""
    m = _TURN_LABEL.match(line)
    return bool(m) and m.group("who") in ("QUESTION", "Q")


def timed_turn(line: str) -> bool:
    """ "09:05 - Tom Ellis: The warning is still in place": a chat message or a transcript's turn
    opening on its time, however short (no heading)."""
    m = _TURN_LABEL.match(line)
    return bool(m and m.group("stamp"))
# capitals before a colon that label a note, not a speaker (a myth-buster's "Myth:" and "Fact:" take
# turns as speakers would)
_NOT_SPEAKERS = frozenset("NOTE UPDATE CORRECTION WARNING BREAKING EXCLUSIVE ENDS SOURCE SOURCES CONTACT EDITOR "
                          "CLARIFICATION SUMMARY BACKGROUND UPDATED WATCH LISTEN READ MORE PHOTO VIDEO "
                          "MYTH FACT FACTS REALITY TRUTH CLAIM VERDICT RUMOUR RUMOR MISCONCEPTION FICTION".split())
# a transcript has several turns, and some speaker takes more than one
MIN_TURNS = 3


# a written question and its answer: "Asked by Councillor Sara Byrne: How many …", "Answered by
# Councillor Tom Hale, cabinet member for education: On 1 May, …"
_ASKED_OR_ANSWERED = re.compile(r"(?P<bold>\*\*|__)?(?P<role>asked|answered|replied|response|reply)\s+by\s+(?P<who>[^:,]{3,60})"
                                r"(?:,[^:]{0,80})?:(?(bold)(?P=bold)|)\s+(?=\S)", re.IGNORECASE)


def _asked_and_answered(paragraphs: list[tuple[int, str]]) -> dict[int, tuple[str | None, int]]:
    """The asker's and the answerer's paragraphs; an answer's later paragraphs are the answerer's."""
    found: dict[int, tuple[str | None, int]] = {}
    roles: set[str] = set()
    current = None
    for n, text in paragraphs:
        m = _ASKED_OR_ANSWERED.match(text)
        if m:
            current = m.group("who").strip()
            found[n] = (current, m.end())
            roles.add("asked" if m.group("role").lower() == "asked" else "answered")
        elif current:
            found[n] = (current, 0)
    return found if roles == {"asked", "answered"} else {}


# a webcast's time inside the bold label, before the name: "**[00:04:40] Cllr Tom Hale:** I think …"
_STAMP_INSIDE_BOLD = re.compile(r"(?P<bold>\*\*|__)[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s+(?=\S)")


def _stamp_inside_bold(text: str) -> tuple[str, int]:
    """The paragraph as if its bold label opened on the name (the time dropped), and how many
    characters that moved it, so a label read after it ends where it ends in the paragraph."""
    m = _STAMP_INSIDE_BOLD.match(text)
    if not m:
        return text, 0
    return m.group("bold") + text[m.end():], m.end() - len(m.group("bold"))


def turns(paragraphs: list[tuple[int, str]], author: str | None = None) -> dict[int, tuple[str | None, int]]:
    """Who speaks each paragraph of a transcript, and where the label ends in its text, by the index
    each paragraph comes with; nothing when the paragraphs are not laid out as turns. In a "Q:" and
    "A:" interview the author asks and the person the introduction names answers."""
    if answered := _asked_and_answered(paragraphs):
        return answered
    found = {}
    for n, text in paragraphs:
        text, shift = _stamp_inside_bold(text)
        m = _TURN_LABEL.match(text)
        if m and not _NOT_SPEAKERS.intersection(m.group("who").upper().split()):
            found[n] = (m.group("who"), m.end() + shift)
        elif m := _RECORD_LABEL.match(text):
            found[n] = (m.group("member") or m.group("holder"), m.end() + shift)
        elif m := _POSTED_LABEL.match(text):
            found[n] = (m.group("who"), m.end() + shift)
    if len(found) < MIN_TURNS:
        # a briefing or an interview printed with its labels in plain title case ("Question: …" and "Hajizada: …", the
        # bold of a PDF lost): turns only when one side is the question or the host
        titled = {n: (m.group("who"), m.end()) for n, text in paragraphs if (m := _TITLED_LABEL.match(text))}
        if len(titled) >= MIN_TURNS and any(who in _ASKING_SIDE for who, _ in titled.values()):
            found = titled
    # a debate record names a member in full the first time ("Tom Ellis (Westmoor North) (Lab):"),
    # by name alone after ("Tom Ellis:")
    found = _initials_named(found)
    named_in_full = {who for who, _ in found.values()}
    for n, text in paragraphs:
        if n not in found and (m := _NAME_LABEL.match(text)) and m.group("who") in named_in_full:
            found[n] = (m.group("who"), m.end())
    names = [who for who, _ in found.values()]
    if set(names) == {"A"} and len(found) >= MIN_TURNS:
        # "A: Yes. Deliveries resumed …" under a question set as a heading ("**Q: Is gas flowing again?**"):
        # the label goes, and the writer answers
        return {n: (None, end) for n, (_, end) in found.items()}
    if len(found) < MIN_TURNS or len(set(names)) < 2 or len(set(names)) == len(names):
        return {}
    if set(names) == {"Q", "A"}:
        first = min(found)
        answers = interviewee(" ".join(text for n, text in paragraphs if n < first), author)
        found = {n: (author if who == "Q" else answers, end) for n, (who, end) in found.items()}
    else:
        found = {n: (who.title() if who.isupper() else who, end) for n, (who, end) in found.items()}
    return _continued(found, [n for n, _ in paragraphs])


def _initials_named(found: dict[int, tuple[str | None, int]]) -> dict[int, tuple[str | None, int]]:
    """An interview names each side in full at its first turn and by initials after ("**Ararat
    Mirzoyan:** …", then "**AM:** …"): the initials are that name's."""
    full = {"".join(word[0] for word in who.split()): who for who, _ in found.values() if who and len(who.split()) > 1}
    return {n: (full.get(who, who) if who and who.isupper() else who, end) for n, (who, end) in found.items()}


def _continued(found: dict[int, tuple[str | None, int]], order: list[int]) -> dict[int, tuple[str | None, int]]:
    """A turn's later paragraphs, unlabelled and right after it (nothing in between: a heading or a
    time of day ends the turn), are the same speaker's."""
    out = dict(found)
    for previous, n in zip(order, order[1:]):
        if n not in out and previous in out and n == previous + 1:
            out[n] = (out[previous][0], 0)
    return out


# a letters page signs each letter under it: "Mary Polwin, Kelby", "— Dr Ann Hale, Westmoor University"
LETTER_SIGNATURE = re.compile(rf"^\s*(?:[—–-]\s*)?(?P<who>(?:(?:Dr|Prof|Professor|Rev|Cllr|Councillor|Sir|Dame)\.?\s+)?{_NAME})"
                              r",\s+(?P<where>[A-ZÀ-Þ][^.!?:;,]{0,60}(?:,\s*[A-ZÀ-Þ][^.!?:;,]{0,40})?)\.?\s*$")
# one signed paragraph is a story's last line; a letters page signs several
MIN_LETTERS = 2


def signed_letters(paragraphs: list[tuple[int, str, bool]]) -> tuple[dict[int, str], set[int]]:
    """Who wrote each letter on a letters page, by the index each paragraph comes with (its text and
    whether it is a heading): a signature line closes a letter and names its writer for the prose
    above it, back to the heading or the letter before. Returns the writers and the signature lines:
    when several letters are signed, or a statement told in the first person ("We handled 612
    vessel calls", signed "Dr Helen Marr, Chair")."""
    written: dict[int, str] = {}
    signatures: set[int] = set()
    first_person: set[int] = set()
    for k, (n, text, heading) in enumerate(paragraphs):
        sign = LETTER_SIGNATURE.match(text)
        if not sign or k == 0 or paragraphs[k - 1][2] or not layout.ends_sentence(paragraphs[k - 1][1]):
            continue
        j = k - 1
        while j >= 0 and not paragraphs[j][2] and paragraphs[j][0] not in signatures:
            written[paragraphs[j][0]] = sign.group("who")
            if _FIRST_PERSON.search(paragraphs[j][1]):
                first_person.add(n)
            j -= 1
        signatures.add(n)
    if len(signatures) >= MIN_LETTERS:
        return written, signatures
    # one signature: it signs a statement in the first person, not the last line of a report
    return (written if first_person else {}), first_person



# a debate record's heading over a speech: "Cllr Ana Ruiz (Harbourside, Labour)", "The Minister for
# Transport (Helen Rooke)"
_HONORIFICS = "Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness"
_SPEECH_HEADING = re.compile(rf"(?:(?:{_HONORIFICS})\.?\s+)?(?P<member>{_NAME})"
                             rf"(?:\s+\([^()]{{1,60}}\)){{1,2}}:?|(?:The\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){{0,8}}?\s+\((?P<holder>{_NAME})\):?")


def speeches(paragraphs: list[tuple[int, str, bool]]) -> tuple[dict[int, str], set[int]]:
    """Who speaks each paragraph under a heading that names a member with their seat or party, up to
    the next heading (paragraphs come as index, text, whether a heading); and those headings. A
    record has several such headings and someone speaks twice; a story with a heading or two that
    happen to look like one is no record."""
    heads = {n: m.group("member") or m.group("holder") for n, text, is_heading in paragraphs
             if is_heading and (m := _SPEECH_HEADING.fullmatch(text.strip()))}
    if len(heads) < 2 or len(set(heads.values())) == len(heads):
        return {}, set()
    by: dict[int, str] = {}
    current = None
    for n, _, is_heading in paragraphs:
        if is_heading:
            current = heads.get(n)
        elif current:
            by[n] = current
    return by, set(heads)


# a written question's and its answer's headings: "Asked by Helen Marsh", "Answered by Tom Ashworth"
# (a member's seat or party may follow in brackets; the labels that run into a paragraph are turns')
_HEADED_ASKED_OR_ANSWERED = re.compile(rf"(?:Asked|Answered)\s+by\s+(?:(?:{_HONORIFICS})\.?\s+)?(?P<member>{_NAME})(?:\s+\([^()]{{1,60}}\))?:?")


def answered_under_headings(paragraphs: list[tuple[int, str, bool]]) -> dict[int, str]:
    """Who puts the question and who gives the answer, each paragraph under an "Asked by …" or an
    "Answered by …" heading up to the next heading (paragraphs come as index, text, whether a
    heading); nothing unless the page answers, as a heading "Asked by" alone may head a story."""
    heads = {n: (text.lstrip().startswith("Answered"), m.group("member")) for n, text, is_heading in paragraphs
             if is_heading and (m := _HEADED_ASKED_OR_ANSWERED.fullmatch(text.strip()))}
    if not any(answered for answered, _ in heads.values()):
        return {}
    by: dict[int, str] = {}
    current = None
    for n, _, is_heading in paragraphs:
        if is_heading:
            current = heads[n][1] if n in heads else None
        elif current:
            by[n] = current
    return by


# a forum's or a comment thread's header over a reply: "Reply from dave_k · 4 September 2025",
# "Comment by Anna Berg"
_REPLY_HEADER = re.compile(r"(?:reply|response|comment|answer)\s+(?:from|by)\s+(?P<who>@?[\w.-]+(?:\s+[A-ZÀ-Þ][\w’'.-]+){0,2})"
                           r"\s*(?:[·|•,–—-].{0,60})?", re.IGNORECASE)


def replies(paragraphs: list[tuple[int, str, bool]]) -> tuple[dict[int, str], set[int]]:
    """Who writes each paragraph under a reply header, up to the next header or heading (paragraphs
    come as index, text, whether a heading); and the headers themselves."""
    by: dict[int, str] = {}
    headers: set[int] = set()
    current = None
    for n, text, is_heading in paragraphs:
        if is_heading:
            current = None
        elif m := _REPLY_HEADER.fullmatch(text.strip()):
            current = m.group("who")
            headers.add(n)
        elif current:
            by[n] = current
    return by, headers


# "On Tue, 14 Oct 2025 at 11:05, Ana Ruiz <ana.ruiz@…> wrote:" over the message an email answers
_REPLY_INTRO = re.compile(r"\s*On\s[^<>]{4,80}?,\s*(?P<who>[A-ZÀ-Þ][\w’'.-]*(?:\s+[A-ZÀ-Þ][\w’'.-]*){0,3})\s*(?:<[^<>\s]+>)?\s+wrote:\s*")
_QUOTED_LINE = re.compile(r"\s*>\s?")


def quoted_email(lines: list[tuple[str, int] | None]) -> tuple[list[tuple[str, int] | None], dict[int, str], list[str]]:
    """An email's quoted message, its "> " marks taken off: the lines (a blank in place of the
    "On …, … wrote:" line), the raw offsets of the quoted lines with who wrote them, the intro lines."""
    out: list[tuple[str, int] | None] = []
    quoted: dict[int, str] = {}
    intros: list[str] = []
    writer = None
    for line in lines:
        if line is not None and (intro := _REPLY_INTRO.fullmatch(line[0])):
            writer = intro.group("who")
            intros.append(line[0].strip())
            out.append(None)
            continue
        mark = _QUOTED_LINE.match(line[0]) if line is not None and writer else None
        if mark:
            text = line[0][mark.end():]
            out.append((text, line[1] + mark.end()) if text.strip() else None)
            quoted[line[1] + mark.end()] = writer
            continue
        if line is not None:
            writer = None
        out.append(line)
    return out, quoted, intros
