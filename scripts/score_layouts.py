"""Score the engine on the layout probes in eval/layouts with the shared scorer.

    .venv/bin/python scripts/score_layouts.py [--scorer ../shared/eval/score.py] [--dir eval/layouts]

Each article there (HTML news, Markdown briefs, PDF memos, plain and PDF-extracted text) has a
gold annotation in the scorer's format, written for Claimtrack by hand. The script analyzes each
article as `manage.py analyze --json` would, runs the scorer on it, and prints the main metrics
per article and their means.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "eval" / "layouts"
# the scorer's metric, and the column it is shown under
METRICS = {
    "checkworthy.f1": "cw.f1", "kind.accuracy": "kind", "speaker.recall": "speaker", "times.recall": "times",
    "quantities.recall": "quantities", "time_sensitive.recall": "ts.recall", "time_sensitive.false_positive_rate": "ts.fpr",
    "sources.citation_recall": "citations", "relations.required_recall": "relations", "document.published_year": "year",
}


def analyze(path: Path) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "manage.py"), "analyze", str(path), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"})
    return json.loads(out.stdout)


def score(scorer: Path, gold: Path, analysis: dict) -> dict[str, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(analysis, f)
    try:
        out = subprocess.run([sys.executable, str(scorer), str(gold), f.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    return dict(line.split()[:2] for line in out.stdout.splitlines() if len(line.split()) >= 2)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "eval" / "score.py"))
    ap.add_argument("--dir", default=str(LAYOUTS), help="a folder of articles and their .gold.json files")
    args = ap.parse_args()
    layouts = Path(args.dir).resolve()
    scorer = Path(args.scorer)
    if not scorer.exists():
        sys.exit(f"no scorer at {scorer}: pass --scorer PATH")
    rows = []
    for gold in sorted(layouts.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        article = next(p for p in layouts.glob(name + ".*") if not p.name.endswith(".json"))
        rows.append((article.name, score(scorer, gold, analyze(article))))
    print(f"{'article':16s}" + "".join(f"{column:>11s}" for column in METRICS.values()))
    for name, got in rows:
        print(f"{name:16s}" + "".join(f"{got.get(m, '-'):>11s}" for m in METRICS))
    means = []
    for m in METRICS:
        values = [float(got[m]) for _, got in rows if got.get(m, "n/a") not in ("n/a", "-")]
        means.append(f"{sum(values) / len(values):.3f}" if values else "-")
    print(f"{'mean':16s}" + "".join(f"{v:>11s}" for v in means))


if __name__ == "__main__":
    main()
