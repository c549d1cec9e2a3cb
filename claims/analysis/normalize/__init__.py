"""Stage 1: any input layout to one clean text with its structure (see `model.Normalized`)."""
from __future__ import annotations

import re

from ..types import AnalysisError
from . import characters, html, markdown, plain
from .model import BODY_KINDS, Block, Link, Marker, Metadata, Normalized, Reference, UrlBlock

__all__ = ["normalize", "detect_format", "Normalized", "Block", "Link", "Marker", "Metadata", "Reference", "UrlBlock", "BODY_KINDS"]

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
}
_HTML_SNIFF = re.compile(r"<(!doctype html|html|body|p|div|article|h[1-6])\b", re.IGNORECASE)
_MD_SNIFF = re.compile(r"(^#{1,6}\s+\S|\[[^\]\n]+\]\([^)\s]+\)|^\s*[-*]\s+\S|^>\s)", re.MULTILINE)
# a sentence carried on to the next line ("… the alliance failed to respond to Azerbaijan's incursions into\nArmenian
# territory"): text wrapped as a page's lines are
_WRAPPED_LINE = re.compile(r"[a-z,]\n[a-zA-Z]")
_PDF_TEXT_SNIFF = re.compile(r"\n\s*https?://\S+\s*\n\s*https?://\S+|\f|[a-z]-\n[a-z]")


def detect_format(raw: str, filename: str | None = None) -> str:
    if filename:
        ext = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        fmt = EXTENSIONS.get(ext)
        if fmt and fmt != "text":
            return fmt
    head = raw[:4096]
    if _HTML_SNIFF.search(head):
        return "html"
    signs = _MD_SNIFF.findall(raw[:20000])
    # lines quoted with "> " count once (a plain-text email quotes the message it answers so), and
    # bullets once unless three share a mark (a plain-text update mixes "•", "*" and "-")
    quoted = [sign for sign in signs if sign.startswith(">")]
    bullets = [sign.strip()[:1] for sign in signs if sign.strip()[:1] in "-*"]
    bullet_signs = min(len(bullets), 1) + (1 if bullets and max(bullets.count("-"), bullets.count("*")) >= 3 else 0)
    if filename and filename.lower().endswith(".txt") and bullet_signs > 1 and len(_WRAPPED_LINE.findall(raw[:20000])) >= 3:
        # (a file named as plain text, its lines wrapped as a page's are, lists with hyphens as a PDF's text does: its
        # bullets alone make no Markdown)
        bullet_signs = 1
    if len(signs) - len(quoted) - len(bullets) + min(len(quoted), 1) + bullet_signs >= 2:
        return "markdown"
    if _PDF_TEXT_SNIFF.search(raw[:200000]):
        return "pdf-text"
    return "text"


def normalize(raw: str, fmt: str) -> Normalized:
    raw = characters.letters(characters.utf8_read_back(raw))
    if fmt == "html":
        return html.build(raw)
    if fmt == "markdown":
        return markdown.build(raw)
    if fmt in ("text", "pdf-text", "pdf"):
        return plain.build(raw, fmt)
    raise AnalysisError(f"unknown format {fmt!r}: expected one of text, pdf-text, html, markdown, pdf")
