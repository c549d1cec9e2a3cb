"""Frozen value types shared by the analysis stages.

Everything here is plain data: the engine takes a `Document` and an `AnalysisConfig` and
returns an `Analysis`; no stage keeps state between calls.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping

PIPELINE_VERSION = "1"
SCHEMA = "claimtrack.analysis/1"

FORMATS = ("text", "pdf-text", "html", "markdown", "pdf")
KINDS = ("fact", "opinion", "prediction", "question", "reference")

DEFAULT_SHELF_LIFE_DAYS: Mapping[str, int] = {
    # How long a claim about "the state of affairs as of writing" stays trustworthy
    # when the text names no horizon of its own.
    "fact": 365,
    "opinion": 730,
    "prediction": 365 * 2,
    "question": 365 * 5,
    "reference": 365 * 5,
}


class AnalysisError(ValueError):
    """Input the engine cannot analyze: the message says what is wrong with it."""


@dataclass(frozen=True)
class PdfLink:
    """A link annotation on a PDF page: its target and the words it covers."""

    url: str
    page: int
    anchor_text: str = ""


@dataclass(frozen=True)
class Document:
    raw: str
    format: str = "text"
    published: dt.date | None = None
    title: str | None = None
    pdf_links: tuple[PdfLink, ...] = ()


@dataclass(frozen=True)
class AnalysisConfig:
    now: dt.date
    checkworthy_threshold: float = 0.5
    shelf_life_days: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_SHELF_LIFE_DAYS))
    pipeline_version: str = PIPELINE_VERSION


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Evidence:
    stage: str
    why: str

    def as_json(self) -> dict:
        return {"stage": self.stage, "why": self.why}


@dataclass(frozen=True)
class TimeExpression:
    text: str
    value: str
    start: int
    end: int
    kind: str = "date"  # date | duration | horizon
    # a window to act in ("has 56 days to respond"): a span from when it opened, whose number stays a
    # quantity as well
    window: bool = False

    def as_json(self) -> dict:
        return {"text": self.text, "value": self.value, "start": self.start, "end": self.end, "type": self.kind}


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float
    start: int
    end: int
    unit: str | None = None
    approx: bool = False
    upper: float | None = None

    def as_json(self) -> dict:
        value = int(self.value) if float(self.value).is_integer() else self.value
        out = {"text": self.text, "value": value, "start": self.start, "end": self.end,
               "unit": self.unit, "approx": self.approx}
        if self.upper is not None:
            out["upper"] = int(self.upper) if float(self.upper).is_integer() else self.upper
        return out


@dataclass(frozen=True)
class Claim:
    id: str
    start: int
    end: int
    text: str
    block: int
    kind: str = "fact"
    checkworthiness: float = 0.0
    checkworthy: bool = False
    speaker: str | None = None
    speaker_vague: bool = False
    times: tuple[TimeExpression, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    time_sensitive: bool = False
    expires: str | None = None
    sources: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Source:
    id: str
    url: str | None
    name: str | None
    role: str  # citation | publisher | author | navigation
    how: str  # inline | footnote | reference | url_block | named | pdf_link
    claims: tuple[str, ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class Relation:
    source: str
    target: str
    type: str  # counters | supports | conflicts | same_as
    score: float
    evidence: str


@dataclass(frozen=True)
class Flag:
    claim: str
    kind: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    text: str
    start: int
    end: int
    level: int = 2


@dataclass(frozen=True)
class DocumentInfo:
    title: str | None
    author: str | None
    publisher: str | None
    published: str | None
    published_estimated: bool
    language: str
    format: str


@dataclass(frozen=True)
class Analysis:
    document: DocumentInfo
    text: str
    headings: tuple[Heading, ...]
    claims: tuple[Claim, ...]
    sources: tuple[Source, ...]
    relations: tuple[Relation, ...]
    flags: tuple[Flag, ...]
    notes: tuple[Evidence, ...] = ()
