"""Reading an input file into an engine `Document`: the one place that decides "is this usable?".

Every refusal is an `AnalysisError` whose message names the problem in one line.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from claims.analysis import AnalysisError, Document, detect_format
from claims.analysis.types import FORMATS

_BINARY_CONTROL = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


def read_document(path: str | Path, *, fmt: str | None = None, published: dt.date | None = None,
                  title: str | None = None) -> Document:
    path = Path(path)
    if fmt is not None and fmt not in FORMATS:
        raise AnalysisError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if not path.exists():
        raise AnalysisError(f"{path}: no such file")
    if not path.is_file():
        raise AnalysisError(f"{path}: not a file")
    data = path.read_bytes()
    if not data.strip():
        raise AnalysisError(f"{path}: the file is empty")
    if fmt == "pdf" or (fmt is None and (path.suffix.lower() == ".pdf" or data.startswith(b"%PDF-"))):
        from claims.analysis.normalize.pdf import extract

        text, links = extract(data, str(path))
        return Document(raw=text, format="pdf", published=published, title=title, pdf_links=links)
    text = decode_text(data, str(path))
    fmt = fmt or detect_format(text, path.name)
    return Document(raw=text, format=fmt, published=published, title=title)


def decode_text(data: bytes, label: str) -> str:
    sample = data[:8192]
    if b"\x00" in sample or sum(1 for b in sample if b in _BINARY_CONTROL) > len(sample) * 0.05:
        raise AnalysisError(f"{label}: binary file, not text")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    # Text from older systems: Windows-1252 decodes any byte and keeps curly quotes right.
    return data.decode("cp1252", errors="replace")


def parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise AnalysisError(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None
