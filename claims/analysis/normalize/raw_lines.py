"""The raw text's lines with their offsets: control characters blanked, a PDF's stray bullet code
read as the bullet, a letter-spaced heading closed up, and a rule drawn across the text taken for a
blank line."""
from __future__ import annotations

import re

# a PDF's bullet in WinAnsiEncoding, where the unused codes (0x7F, 0x95 …) print a bullet, read back
# as the control character: at a line's start, before a space, it is the bullet, and so between spaces
# ("YEREVAN SECURITY BRIEF  •  No. 14  •  January 2025": the parts of a series line)
_WIN_ANSIBULLET = re.compile(r"(?<!\S)[\x7f\x95](?=\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\ufeff]")


# a line drawn across the text ("-----", "=====", "* * *") divides it like a blank line and says nothing
_RULE = re.compile(r"\s*([-=_*~#])(?:\s?\1){2,}\s*")


def _is_rule(line: str) -> bool:
    return line.lstrip()[:1] in "-=_*~#" and _RULE.fullmatch(line) is not None


def split_lines(raw: str) -> list[tuple[str, int] | None]:
    """Lines with their raw offsets; None stands for a blank line or a page feed."""
    out: list[tuple[str, int] | None] = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        pieces = body.split("\f")
        offset = pos
        for i, piece in enumerate(pieces):
            if i:
                out.append(None)
            if "\x7f" in piece or "\x95" in piece:
                piece = _WIN_ANSIBULLET.sub("•", piece)
            clean = _CONTROL.sub(" ", piece).replace("\t", " ")
            if clean.strip()[1:2] == " " and _LETTER_SPACED.fullmatch(clean.strip()):
                clean = _letters_closed(clean)
            out.append((clean, offset) if clean.strip() and not _is_rule(clean) else None)
            offset += len(piece) + 1
        pos += len(line)
    return out


# a heading set in letter-spaced capitals: "S U M M A R Y", "E X E C U T I V E   S U M M A R Y"
_LETTER_SPACED = re.compile(r"[A-ZÀ-Þ0-9&](?: {1,3}[A-ZÀ-Þ0-9&]){2,}")


def _letters_closed(line: str) -> str:
    """The words of a letter-spaced line, each closed up (a wider gap parts two words), kept at the
    line's length so that offsets still point into the raw text."""
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", line.strip())]
    return " ".join(words).ljust(len(line))
