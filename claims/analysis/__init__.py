"""The analysis engine: pure Python, no Django, no clock, no settings, no network.

    analyze(Document(raw, format), config=AnalysisConfig(now=...)) -> Analysis
"""
from .normalize import detect_format
from .pipeline import analyze
from .serialize import analysis_to_json
from .types import (
    DEFAULT_SHELF_LIFE_DAYS, FORMATS, KINDS, PIPELINE_VERSION, SCHEMA, Analysis, AnalysisConfig, AnalysisError,
    Document, PdfLink,
)

__all__ = [
    "analyze", "analysis_to_json", "detect_format", "Analysis", "AnalysisConfig", "AnalysisError", "Document",
    "PdfLink", "DEFAULT_SHELF_LIFE_DAYS", "FORMATS", "KINDS", "PIPELINE_VERSION", "SCHEMA",
]
