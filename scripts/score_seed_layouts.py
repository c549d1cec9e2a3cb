"""Score the engine on the commissioning article set in other layouts: HTML, Markdown and PDF.

    .venv/bin/python scripts/score_seed_layouts.py [--eval ../shared/eval]

The article ships as text extracted from a PDF (hard line wraps, a page break with a footnote and the
page's link targets inside a sentence). This script rebuilds its paragraphs and headings from that
text and prints it again, in a temporary folder, as an HTML page with inline links (and a blog's page
of <br>-broken lines), a Markdown memo with inline links (and the same hard-wrapped) and a PDF with
link annotations over the anchor words (and one set justified in Times); then it analyzes each
as `manage.py analyze --json` would and scores it against the same gold. Nothing derived from the
article is kept: it reads the article where it lies and writes only to the temporary folder.
Rendering the PDF needs reportlab (a test dependency).
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from score_layouts import METRICS, analyze, score  # noqa: E402

ARTICLE = "karabakh-peacekeepers"
BIO = re.compile(r"^1 (?P<bio>[A-Z][^\n]* is [^\n]*\.)$", re.MULTILINE)


def paragraphs(text: str, headings: set[str]) -> tuple[list[tuple[str, str]], str | None]:
    """The article's blocks as (kind, text) and the author's note, without the page's link targets."""
    lines = text.split("\n")
    bio = BIO.search(text)
    blocks, current = [], []
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("http") or bio and stripped == bio.group(0):
            continue
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(stripped)
    if current:
        blocks.append(current)
    merged: list[list[str]] = []
    for block in blocks:
        if merged and block[0][:1].islower():
            merged[-1] += block  # the sentence the page break cut
        else:
            merged.append(block)
    out = []
    for block in merged:
        joined = block[0]
        for line in block[1:]:
            joined += line if joined.endswith(("-", "—")) and not joined.endswith(" -") else " " + line
        joined = re.sub(r"(?<=[.”]) \d{1,2}(?= |$)", "", joined)  # a footnote's marker
        out.append(("h" if joined in headings else "p", joined))
    return out, bio.group("bio") if bio else None


def citations(gold: dict) -> list[tuple[str, str]]:
    """Where each cited link goes in the other layouts: on the first five words of the last sentence
    the gold says it cites, as a web page links a source on the words that use it."""
    text = {s["id"]: s["text"] for s in gold["sentences"]}
    out = []
    for source in gold.get("sources", []):
        if source.get("role") == "citation" and source.get("claims_any"):
            out.append((" ".join(text[source["claims_any"][-1]].split()[:5]), source["url"]))
    return out


def as_html(blocks, links, bio, title) -> str:
    def linked(text: str) -> str:
        text = html.escape(text, quote=False)
        for words, url in links:
            text = text.replace(html.escape(words, quote=False), f'<a href="{url}">{html.escape(words, quote=False)}</a>', 1)
        return text
    body = "\n".join(f"<h2>{html.escape(t)}</h2>" if k == "h" else f"<p>{linked(t)}</p>" for k, t in blocks)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
            f'<body><main><article><h1>{html.escape(title)}</h1>\n{body}\n'
            f'<p class="author-bio"><em>{html.escape(bio or "")}</em></p></article></main></body></html>')


def as_markdown(blocks, links, bio, title) -> str:
    def linked(text: str) -> str:
        for words, url in links:
            text = text.replace(words, f"[{words}]({url})", 1)
        return text
    body = "\n\n".join(f"## {t}" if k == "h" else linked(t) for k, t in blocks)
    return f"# {title}\n\n{body}\n\n*{bio or ''}*\n"


def as_wrapped_markdown(blocks, links, bio, title) -> str:
    """The Markdown memo hard-wrapped at 88 columns, as many editors save it (a link's words may
    run over a line break)."""
    import textwrap
    wrapped = as_markdown(blocks, links, bio, title).split("\n\n")
    return "\n\n".join(textwrap.fill(p, 88, break_long_words=False, break_on_hyphens=False) if not p.startswith("#") else p
                       for p in wrapped)


def as_broken_html(blocks, links, bio, title) -> str:
    """A blog's page: no classes, the headings in bold inside h3, each paragraph's lines ended by
    <br> where the writer's editor wrapped them, the writer's note last in italics."""
    import textwrap

    def linked(text: str) -> str:
        text = html.escape(text, quote=False)
        for words, url in links:
            text = text.replace(html.escape(words, quote=False), f'<a\x00href="{url}">{html.escape(words, quote=False)}</a>', 1)
        return "<br>\n".join(textwrap.wrap(text, 95, break_long_words=False, break_on_hyphens=False)).replace("\x00", " ")
    body = "\n".join(f"<h3><strong>{html.escape(t)}</strong></h3>" if k == "h" else f"<p>{linked(t)}</p>" for k, t in blocks)
    return (f"<html><head><title>{html.escape(title)}</title></head><body><div>{body}\n"
            f"<p><em>{html.escape(bio or '')}</em></p></div></body></html>")


def as_pdf(blocks, links, bio, title, path: Path, justified: bool = False) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    if justified:
        from reportlab.lib.enums import TA_JUSTIFY
        from reportlab.lib.styles import ParagraphStyle
        styles.add(ParagraphStyle("Justified", parent=styles["BodyText"], alignment=TA_JUSTIFY, fontName="Times-Roman",
                                  fontSize=11, leading=14))
    body = styles["Justified"] if justified else styles["BodyText"]

    def linked(text: str) -> str:
        text = html.escape(text, quote=False)
        for words, url in links:
            escaped = html.escape(words, quote=False)
            text = text.replace(escaped, f'<a href="{url}" color="blue">{escaped}</a>', 1)
        return text
    story = [Paragraph(html.escape(title), styles["Title"]), Spacer(1, 10)]
    story += [Paragraph(html.escape(t), styles["Heading2"]) if k == "h" else Paragraph(linked(t), body) for k, t in blocks]
    if bio:
        story += [Spacer(1, 12), Paragraph(html.escape(bio), styles["Italic"])]
    SimpleDocTemplate(str(path), pagesize=letter, title=title).build(story)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"), help="the folder holding the article, its gold and score.py")
    args = ap.parse_args()
    folder = Path(args.eval)
    article, gold_path, scorer = folder / f"{ARTICLE}.txt", folder / f"{ARTICLE}.gold.json", folder / "score.py"
    if not (article.exists() and gold_path.exists() and scorer.exists()):
        sys.exit(f"the article, its gold and score.py are not all in {folder}: pass --eval PATH")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    blocks, bio = paragraphs(article.read_text(encoding="utf-8"), set(gold["headings"]))
    flat = " ".join(t for _, t in blocks)
    unprinted = [s["id"] for s in gold["sentences"] if s["text"] not in flat]
    if unprinted:
        sys.exit(f"the rebuilt paragraphs lose gold sentences {unprinted}")
    links = citations(gold)
    title = re.sub(r"\s*\(.*?\)\s*$", "", gold.get("title") or "Policy memo")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        (out / "article.html").write_text(as_html(blocks, links, bio, title), encoding="utf-8")
        (out / "blog.html").write_text(as_broken_html(blocks, links, bio, title), encoding="utf-8")
        (out / "article.md").write_text(as_markdown(blocks, links, bio, title), encoding="utf-8")
        (out / "wrapped.md").write_text(as_wrapped_markdown(blocks, links, bio, title), encoding="utf-8")
        as_pdf(blocks, links, bio, title, out / "article.pdf")
        as_pdf(blocks, links, bio, title, out / "justified.pdf", justified=True)
        rows.append(("article.txt", score(scorer, gold_path, analyze(article))))
        for name in ("article.html", "blog.html", "article.md", "wrapped.md", "article.pdf", "justified.pdf"):
            rows.append((name, score(scorer, gold_path, analyze(out / name))))
    # (what a layout adds that the text has not: claims the gold does not hold, furniture read as prose)
    columns = {**METRICS, "segment.stray_claims": "stray", "layout.junk_in_claims": "junk"}
    print(f"{'layout':14s}" + "".join(f"{column:>11s}" for column in columns.values()))
    for name, got in rows:
        print(f"{name:14s}" + "".join(f"{got.get(m, '-'):>11s}" for m in columns))


if __name__ == "__main__":
    main()
