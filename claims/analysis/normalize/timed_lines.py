"""Text whose every cue or line carries its time: a subtitle file (SRT, WebVTT), a messaging
app's chat export and posts copied from a channel. The times are no prose: a subtitle's cues run on into one text, sentences
across cues; a chat's messages are each a paragraph, the sender's."""
from __future__ import annotations

import re

_CUE_NUMBER = re.compile(r"\s*\d{1,5}\s*")
_TIMECODE = re.compile(r"\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s+\S.*)?")
_WEBVTT = re.compile(r"\s*WEBVTT\b.*")
_MIN_CUES = 3

# "12/03/2026, 08:45 - Ana Ruiz: …" (Android), "[12/03/2026, 08:45:12] Ana Ruiz: …" (iPhone): the date is
# cut, the time and the sender stay for the transcript reader to take as the turn's label
_CHAT_LINE = re.compile(r"\[?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2,4}),?\s+(?=\d{1,2}:\d{2})")
# a text with one such line anywhere may be an export: worth reading line by line
CHAT_LINE_ANYWHERE = re.compile("^" + _CHAT_LINE.pattern, re.MULTILINE)
_SENDER = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?\s+(?:[-–]\s+)?[^:]{1,40}:\s")
_SYSTEM_MESSAGE = re.compile(r"<(?:Media|image|video|audio|sticker|GIF|document)\s+omitted>|This message was deleted|"
                             r"You deleted this message|Missed (?:voice|video) call|\u200e", re.IGNORECASE)
_GROUP_CREATED = re.compile(r"\s+created group\s+[\"“](?P<name>[^\"”]{1,80})[\"”]")
_MIN_MESSAGES = 3


def subtitle_text(lines: list[tuple[str, int] | None]) -> list[tuple[str, int] | None]:
    """The lines of a subtitle file as one run of text: cue numbers, timecodes and the blank lines
    between cues taken out (the lines as they are when fewer than three timecodes make no file)."""
    if sum(1 for line in lines if line is not None and _TIMECODE.fullmatch(line[0])) < _MIN_CUES:
        return lines
    out: list[tuple[str, int] | None] = []
    for i, line in enumerate(lines):
        if line is None:
            continue
        text = line[0]
        following = next((x for x in lines[i + 1:i + 2] if x is not None), None)
        if _TIMECODE.fullmatch(text) or _WEBVTT.fullmatch(text) \
                or _CUE_NUMBER.fullmatch(text) and following is not None and _TIMECODE.fullmatch(following[0]):
            continue
        out.append(line)
    return out


def chat_messages(lines: list[tuple[str, int] | None]
                  ) -> tuple[list[tuple[str, int] | None], list[tuple[str, str]], str | None, str | None]:
    """A chat export's messages, each a paragraph opening on its time and sender, its date cut;
    system lines set aside. Returns the lines, what was set aside, the first message's date (the
    day first, as the exports of most countries write it, unless that cannot be a date) and the
    group's name when the export says it was created."""
    dated = [i for i, line in enumerate(lines) if line is not None and _CHAT_LINE.match(line[0])]
    if len(dated) < _MIN_MESSAGES or len(dated) < 0.6 * sum(1 for line in lines if line is not None):
        return lines, [], None, None
    out: list[tuple[str, int] | None] = []
    removed: list[tuple[str, str]] = []
    date = group = None
    in_message = False
    for line in lines:
        if line is None:
            out.append(None)
            continue
        text, offset = line
        m = _CHAT_LINE.match(text)
        if not m:
            if in_message:
                out.append(line)  # a message written over several lines
            continue
        date = date or _day_first(m)
        rest = text[m.end():]
        if (created := _GROUP_CREATED.search(rest)) and group is None:
            group = created.group("name")
        if not _SENDER.match(rest) or _SYSTEM_MESSAGE.search(rest[_SENDER.match(rest).end():]):
            removed.append(("chat notice", text.strip()))
            in_message = False
            continue
        out.extend([None, (rest, offset + m.end())])
        in_message = True
    return out, removed, date, group


def _day_first(m: re.Match) -> str | None:
    day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    year += 2000 if year < 100 else 0
    if month > 12:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# "Kelby Council Updates, [26.11.2026 08:14]": a channel's post copied from a messaging app opens on a
# line of the channel's name and the post's day and time; its reactions close it ("👍 214  ❤️ 31")
_CHANNEL_POST = re.compile(r"(?P<channel>[^\[\],\n]{2,60}),\s*\[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4})\s+"
                           r"\d{1,2}:\d{2}(?::\d{2})?\]\s*")
CHANNEL_POST_ANYWHERE = re.compile("^" + _CHANNEL_POST.pattern + "$", re.MULTILINE)
_REACTIONS = re.compile(r"\s*(?:[^\w\s]{1,4}\ufe0f?\s*\d[\d,.]*[KkMm]?\s*){1,10}")


def channel_posts(lines: list[tuple[str, int] | None]
                  ) -> tuple[list[tuple[str, int] | None], list[tuple[str, str]], str | None, str | None]:
    """A channel's posts, each a paragraph, their head lines and reaction rows set aside. Returns the
    lines, what was set aside, the first post's date and the channel's name (None when fewer than
    three head lines make no copy of a channel)."""
    heads = [m for line in lines if line is not None and (m := _CHANNEL_POST.fullmatch(line[0]))]
    if len(heads) < _MIN_MESSAGES:
        return lines, [], None, None
    out: list[tuple[str, int] | None] = []
    removed: list[tuple[str, str]] = []
    for line in lines:
        if line is not None and (_CHANNEL_POST.fullmatch(line[0]) or _REACTIONS.fullmatch(line[0])):
            removed.append(("channel post head" if _CHANNEL_POST.fullmatch(line[0]) else "reactions", line[0].strip()))
            out.append(None)
            continue
        out.append(line)
    return out, removed, _day_first(heads[0]), heads[0].group("channel").strip()


# "[13.03.2025 21:47] Ministry of Defence of Armenia (t.me/mil_am)": a monitoring tool's post from one of
# several channels opens on a line of the post's day and time and who posted it, perhaps with the
# channel's address; what the post says is the poster's
_POSTER_HEAD = re.compile(r"[ \t]*\[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?\]\s+"
                          r"(?P<poster>[^\[\]\n:()]{2,120}?)(?:\s+\((?:t\.me/|https?://|@)[^()\s]{1,80}\))?[ \t]*")
POSTER_HEAD_ANYWHERE = re.compile("^" + _POSTER_HEAD.pattern + "$", re.MULTILINE)


def monitored_posts(lines: list[tuple[str, int] | None]
                    ) -> tuple[list[tuple[str, int] | None], list[tuple[str, str]], str | None, dict[int, str]]:
    """Posts under their day, time and poster, each a paragraph, the head lines set aside. Returns the
    lines, what was set aside, the first post's date and, by the offset of each post's first line, its
    poster's name (a post after the name cut off: "Ani Badalyan, Foreign Ministry spokesperson").
    Fewer than three head lines make no such export."""
    heads = [m for line in lines if line is not None and (m := _POSTER_HEAD.fullmatch(line[0]))]
    if len(heads) < _MIN_MESSAGES:
        return lines, [], None, {}
    out: list[tuple[str, int] | None] = []
    removed: list[tuple[str, str]] = []
    posters: dict[int, str] = {}
    poster = None
    for line in lines:
        if line is not None and (head := _POSTER_HEAD.fullmatch(line[0])):
            removed.append(("post head", line[0].strip()))
            poster = head.group("poster").split(",")[0].strip()
            out.append(None)
            continue
        if line is not None and poster and (not out or out[-1] is None):
            posters[line[1]] = poster  # the first line of a paragraph under the head
        out.append(line)
    return out, removed, _day_first(heads[0]), posters
