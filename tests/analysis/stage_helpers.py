"""Helpers shared by the per-stage tests."""
import datetime as dt

from claims.analysis import AnalysisConfig, Document, analyze
from claims.analysis.segment import segment

CONFIG = AnalysisConfig(now=dt.date(2026, 11, 25))


def analyzed(text, published=None):
    return {c.text: c for c in analyze(Document(text, "text", published=published), config=CONFIG).claims}


def only_claim(text, published=None):
    """The claim a one-sentence text makes."""
    return next(iter(analyzed(text, published).values()))


def texts(norm):
    """The sentences of a normalized document, as text."""
    return [norm.text[s.start:s.end] for s in segment(norm)]
