"""Score the layout probes again, each laid out afresh as plain text, Markdown and PDF.

    .venv/bin/python scripts/score_relaid_layouts.py [--scorer ../shared/eval/score.py] [--only html,md] [--last N]

A probe's gold holds for its words whatever the page around them, so the engine should score the same
on them however they are set. For each HTML and Markdown probe in eval/layouts this script reads the
blocks the engine finds in it (headings, paragraphs, list items, quotations; no page furniture), and
prints them again, in a temporary folder, under the gold's title with a "By …" line and the day's date:
as plain text with blank lines between blocks, as Markdown with its marks, and as a PDF (reportlab)
with a larger bold title, a smaller byline, bold headings and wrapped lines. It then analyzes each as
`manage.py analyze --json` would, scores it against the probe's gold, and prints the means beside the
probe's own, and each article whose score moved. What a layout alone carries is lost on the way (an
interview's speaker labels, a table's rows, a "said:" line over a quotation), so some drops are the
relaying's, not the engine's; the per-article lines say which.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from claims.analysis import analysis_to_json, analyze  # noqa: E402
from claims.analysis.normalize import normalize  # noqa: E402
from claims.config_factory import analysis_config  # noqa: E402
from claims.documents import read_document  # noqa: E402

LAYOUTS = ROOT / "eval" / "layouts"
METRICS = {"checkworthy.f1": "cw.f1", "kind.accuracy": "kind", "speaker.recall": "speaker", "times.recall": "times",
           "quantities.recall": "quantities", "segment.stray_claims": "stray"}
BODY = ("paragraph", "list_item", "blockquote")


def blocks(article: Path, title: str) -> list[tuple[str, str]]:
    """The probe's blocks as (kind, text), its title left out (the head is printed anew)."""
    document = read_document(str(article))
    norm = normalize(document.raw, document.format)
    out = []
    for block in norm.blocks:
        text = norm.text[block.start:block.end].strip()
        if (block.kind == "heading" and text != title) or block.kind in BODY:
            out.append((block.kind, " ".join(text.split())))
    return out


def head(gold: dict) -> tuple[str, list[str]]:
    date = (gold.get("published") or {}).get("date") or ""
    meta = [f"By {gold['author']}"] if gold.get("author") else []
    if len(date) == 10:
        day = dt.date.fromisoformat(date)
        meta.append(f"{day.day} {day:%B} {day.year}")
    elif len(date) == 7:
        meta.append(f"{dt.date.fromisoformat(date + '-01'):%B %Y}")
    return gold.get("title") or "", meta


def as_text(gold: dict, body: list[tuple[str, str]]) -> str:
    title, meta = head(gold)
    return "\n".join([title, *meta]) + "\n\n" + "\n\n".join(("• " if kind == "list_item" else "") + text for kind, text in body) + "\n"


def as_markdown(gold: dict, body: list[tuple[str, str]]) -> str:
    title, meta = head(gold)
    marks = {"heading": "## ", "list_item": "- ", "blockquote": "> ", "paragraph": ""}
    parts = [f"# {title}"] + ([f"*{' | '.join(meta)}*"] if meta else []) + [marks[kind] + text for kind, text in body]
    return "\n\n".join(parts) + "\n"


def as_pdf(gold: dict, body: list[tuple[str, str]], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdfmetrics.registerFont(TTFont("Body", str(fonts / "DejaVuSans.ttf")))  # (Helvetica has no "€" or "–" of its own)
    pdfmetrics.registerFont(TTFont("Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setTitle(gold.get("title") or "")
    y = A4[1] - 72

    def paragraph(text: str, font: str = "Body", size: float = 10.5, width: int = 92) -> None:
        nonlocal y
        for line in textwrap.wrap(text, width) or [""]:
            if y < 72:
                page.showPage()
                y = A4[1] - 72
            page.setFont(font, size)
            page.drawString(72, y, line)
            y -= size * 1.45
        y -= 6

    title, meta = head(gold)
    paragraph(title, "Bold", 15, 60)
    if meta:
        paragraph(" | ".join(meta), size=9)
    for kind, text in body:
        paragraph(text, "Bold", 11.5, 70) if kind == "heading" else paragraph(("• " if kind == "list_item" else "") + text)
    page.save()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--only", default="html,md", help="the probes' formats to relay, by file extension")
    ap.add_argument("--last", type=int, default=0, help="only the N probes last written (by file time)")
    ap.add_argument("--names", default="", help="only these probes, by name, comma-separated")
    ap.add_argument("--keep", default="", help="a folder to keep the relaid articles in, to read them")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", args.scorer)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    articles = [p for ext in args.only.split(",") for p in LAYOUTS.glob(f"*.{ext}") if (LAYOUTS / f"{p.stem}.gold.json").exists()]
    articles.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    articles = articles[:args.last] if args.last else sorted(articles)
    if args.names:
        articles = [p for p in articles if p.stem in args.names.split(",")]
    config = analysis_config(now=dt.date.today())
    sums: dict[str, dict[str, list[float]]] = {}
    moved = []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        for article in articles:
            gold = json.loads((LAYOUTS / f"{article.stem}.gold.json").read_text())
            body = blocks(article, gold.get("title") or "")
            (Path(tmp) / f"{article.stem}.txt").write_text(as_text(gold, body))
            (Path(tmp) / f"{article.stem}.md").write_text(as_markdown(gold, body))
            as_pdf(gold, body, Path(tmp) / f"{article.stem}.pdf")
            for layout, path in (("as written", article), ("text", Path(tmp) / f"{article.stem}.txt"),
                                 ("markdown", Path(tmp) / f"{article.stem}.md"), ("pdf", Path(tmp) / f"{article.stem}.pdf")):
                result = scorer.score(gold, analysis_to_json(analyze(read_document(str(path)), config=config)))
                row = {name: result.get(metric) for metric, name in METRICS.items()}
                for name, value in row.items():
                    if isinstance(value, (int, float)):
                        sums.setdefault(layout, {}).setdefault(name, []).append(value)
                if layout == "as written":
                    own = row
                elif changed := [f"{name} {own[name]:.2f}→{value:.2f}" for name, value in row.items()
                                 if isinstance(value, (int, float)) and isinstance(own[name], (int, float)) and abs(value - own[name]) > 1e-9]:
                    moved.append(f"{article.name} as {layout}: " + ", ".join(changed))
    print(f"{'layout':<12}" + "".join(f"{name:>11}" for name in METRICS.values()) + f"   ({len(articles)} probes)")
    for layout, by_name in sums.items():
        print(f"{layout:<12}" + "".join(f"{sum(v) / len(v):>11.3f}" if (v := by_name.get(name)) else f"{'n/a':>11}"
                                        for name in METRICS.values()))
    print("\n".join(["", "moved:"] + moved) if moved else "\nno article's score moved")


if __name__ == "__main__":
    main()
