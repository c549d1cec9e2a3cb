"""Analysis engine throughput on a generated corpus, beside spaCy's rule-based sentencizer and
pysbd on the same text in the same run.

    python bench/engine_throughput.py [--mb 1.0] [--repeat 5]
    python bench/engine_throughput.py --articles FILE [FILE ...]    # real articles, one at a time

Prints medians over the repeats and the ratios; the corpus is generated from a fixed seed, so
runs are comparable. Run on an idle machine when you can; quote medians and ratios.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from claims.analysis import AnalysisConfig, Document, analyze  # noqa: E402

ACTORS = ["The ministry", "Mayor Elena Ruiz", "The port authority", "Dr. Sam Okoro", "The union", "Acme Ltd.",
          "The U.S. embassy", "Critics", "Some analysts", "The council"]
VERBS = ["said", "claimed", "reported", "denied", "announced", "warned"]
OBJECTS = ["about 2,400 jobs", "a 12 per cent rise", "€3.5 million in repairs", "the 44-day strike",
           "nearly 900 households", "two new ferries", "the cracked bearings", "the delayed inquiry"]
WHEN = ["on March 3, 2024", "last year", "on Tuesday", "in January of 2023", "since 1998", "by 2027", "so far", ""]
OPINION = ["This is a mistake that the city will regret.", "The plan could work if all parties cooperate.",
           "It is in everyone's interest to settle quickly.", "Will the government act before the election?"]


def make_article(rng: random.Random) -> str:
    paragraphs = ["Harbour Works Under Scrutiny"]
    for _ in range(rng.randint(5, 9)):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.25:
                sentences.append(rng.choice(OPINION))
            else:
                when = rng.choice(WHEN)
                sentences.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {when + ' ' if when else ''}that "
                                 f"{rng.choice(OBJECTS)} would follow, and the figure {rng.choice(['rose', 'fell'])} "
                                 f"to {rng.randint(2, 9000):,} by {rng.choice(['May', 'June', 'October'])} {rng.randint(2, 28)}.")
        text = " ".join(sentences)
        words, lines, line = text.split(), [], ""
        for w in words:  # hard-wrap like text extracted from a PDF
            if len(line) + len(w) > 78:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs) + "\n"


def make_corpus(megabytes: float, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    articles, size = [], 0
    while size < megabytes * 1_000_000:
        a = make_article(rng)
        articles.append(a)
        size += len(a.encode("utf-8"))
    return articles


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--articles", nargs="*", default=[], help="real articles to time one by one (format from the name)")
    args = ap.parse_args()
    if args.articles:
        time_articles(args.articles, max(args.repeat, 20))
        return
    corpus = make_corpus(args.mb)
    total = sum(len(a.encode("utf-8")) for a in corpus)
    config = AnalysisConfig(now=dt.date(2026, 11, 25))
    claims = sum(len(analyze(Document(a, "pdf-text"), config=config).claims) for a in corpus)
    rows = [("claimtrack analyze (whole engine)", timed(lambda: [analyze(Document(a, "pdf-text"), config=config) for a in corpus], args.repeat))]
    try:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        joined = [" ".join(a.split()) for a in corpus]
        rows.append(("spaCy blank('en') + sentencizer", timed(lambda: [list(nlp(a).sents) for a in joined], args.repeat)))
    except ImportError:
        print("spaCy not installed: pip install -e '.[bench]'", file=sys.stderr)
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        joined = [" ".join(a.split()) for a in corpus]
        rows.append(("pysbd Segmenter(clean=False)", timed(lambda: [seg.segment(a) for a in joined], args.repeat)))
    except ImportError:
        print("pysbd not installed: pip install -e '.[bench]'", file=sys.stderr)
    print(f"corpus: {len(corpus)} articles, {total / 1e6:.2f} MB, {claims} claims; median of {args.repeat} runs")
    base = rows[0][1]
    print(f"{'what':40s} {'seconds':>8s} {'MB/s':>7s} {'vs engine':>10s}")
    for name, seconds in rows:
        print(f"{name:40s} {seconds:8.3f} {total / 1e6 / seconds:7.2f} {seconds / base:9.2f}x")
    print(f"engine per claim: {base / claims * 1e6:.0f} µs; per 14 KB article: {base / total * 14_000 * 1e3:.1f} ms")
    check_worthiness_speed(corpus, config, args.repeat)


def time_articles(paths: list[str], repeat: int) -> None:
    """Each article on its own, median of `repeat` runs: what one request to analyze costs."""
    config = AnalysisConfig(now=dt.date(2026, 11, 25))
    formats = {".html": "html", ".htm": "html", ".md": "markdown", ".txt": "pdf-text"}
    print(f"{'article':36s} {'KB':>6s} {'claims':>6s} {'ms':>7s} {'MB/s':>6s} {'ms per 14 KB':>12s}")
    for path in paths:
        raw = Path(path).read_text(encoding="utf-8")
        document = Document(raw, formats.get(Path(path).suffix, "text"))
        claims = len(analyze(document, config=config).claims)
        seconds = timed(lambda: analyze(document, config=config), repeat)
        size = len(raw.encode("utf-8"))
        print(f"{Path(path).name:36s} {size / 1000:6.1f} {claims:6d} {seconds * 1e3:7.1f} {size / 1e6 / seconds:6.2f} "
              f"{seconds / size * 14_000 * 1e3:12.1f}")


def check_worthiness_speed(corpus: list[str], config: AnalysisConfig, repeat: int) -> None:
    """The check-worthiness model alone, per sentence (words, signals and the kind already known)."""
    from claims.analysis.checkworthiness import CheckworthinessModel
    from claims.analysis.words import grams

    model = CheckworthinessModel.default()
    rows = []
    for a in corpus[:60]:
        for c in analyze(Document(a, "pdf-text"), config=config).claims:
            rows.append((c.text, grams(c.text), c.kind, bool(c.times), bool(c.quantities), c.speaker))
    seconds = timed(lambda: [model.score(t, g, kind=k, has_time=ht, has_quantity=hq, speaker=sp)
                             for t, g, k, ht, hq, sp in rows], repeat)
    print(f"check-worthiness model: {seconds / len(rows) * 1e6:.1f} µs per sentence ({len(rows)} sentences, "
          f"{len(model.vocabulary)} word features)")


if __name__ == "__main__":
    main()
