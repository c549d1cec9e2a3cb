"""Train the stance model and write claims/analysis/models/stance.json.

    python training/train_stance.py ../shared/eval/stance/perspectrum_train.jsonl [--also DEV.jsonl] [--eval DEV.jsonl]

Needs scikit-learn (pip install -e '.[train]'). min_df and C were chosen by accuracy on the dev
split (min_df 1 or 2, C 1, 3 or 10). The features are the engine's own
(`claims.analysis.stance.stance_features`), so training and use cannot drift apart.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.analysis.stance import WEIGHTS_FILE, StanceModel, stance_features, with_bigrams  # noqa: E402


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("--also", action="append", default=[], help="more labelled data for the shipped model")
    ap.add_argument("--eval", default=None, help="report accuracy of a model trained on TRAIN alone on this file")
    ap.add_argument("--out", default=str(WEIGHTS_FILE))
    ap.add_argument("--min-weight", type=float, default=0.15, help="drop features whose weight is smaller (file size)")
    ap.add_argument("--min-df", type=int, default=1, help="keep features seen in at least this many pairs")
    ap.add_argument("--c", type=float, default=3.0, help="inverse regularization strength")
    args = ap.parse_args()

    def fit(rows):
        docs = [with_bigrams(stance_features(r["claim"], r["perspective"])) for r in rows]
        vec = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, min_df=args.min_df)
        x = vec.fit_transform(docs)
        y = [r["stance"] == "supports" for r in rows]
        model = LogisticRegression(C=args.c, max_iter=5000).fit(x, y)
        vocab = {f: [round(float(vec.idf_[i]), 4), round(float(model.coef_[0][i]), 4)] for f, i in vec.vocabulary_.items()
                 if abs(model.coef_[0][i]) >= args.min_weight}
        return {"vocabulary": vocab, "intercept": float(model.intercept_[0])}

    train = load(args.train)
    if args.eval:
        data = fit(train)
        model = StanceModel({k: tuple(v) for k, v in data["vocabulary"].items()}, data["intercept"])
        rows = load(args.eval)
        right = sum(model.predict(r["claim"], r["perspective"]).label == r["stance"] for r in rows)
        print(f"accuracy on {args.eval} (trained on {args.train} alone): {right / len(rows):.4f}", file=sys.stderr)
    rows = train + [r for path in args.also for r in load(path)]
    data = fit(rows)
    data["trained_on"] = [Path(args.train).name] + [Path(p).name for p in args.also]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {args.out}: {len(data['vocabulary'])} features from {len(rows)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
