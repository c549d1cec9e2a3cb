"""Train the check-worthiness model and write claims/analysis/models/checkworthiness.json.

    python training/train_checkworthiness.py ../shared/eval/checkworthiness/ct24_train.tsv [--folds 5]

Reports F1 of class Yes by stratified k-fold cross-validation (threshold chosen inside each
training fold), then fits on everything. Needs scikit-learn (pip install -e '.[train]'). The
features are the engine's own (`claims.analysis.sentence.view`, `checkworthiness.word_features`).
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.analysis.checkworthiness import WEIGHTS_FILE, word_features  # noqa: E402
from claims.analysis.sentence import view  # noqa: E402


C_GRID = (1.0, 2.0, 4.0)


def read_tsv(path: str) -> tuple[list[str], list[bool]]:
    texts, labels = [], []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3 or row[2] not in ("Yes", "No"):
                continue
            texts.append(row[1])
            labels.append(row[2] == "Yes")
    return texts, labels


def main() -> None:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default=str(WEIGHTS_FILE))
    ap.add_argument("--min-weight", type=float, default=0.0,
                    help="drop word weights below this (their idf stays, so the vector norm is unchanged)")
    args = ap.parse_args()
    texts, labels = read_tsv(args.tsv)
    y = np.array(labels)
    words = [word_features(t) for t in texts]
    sigs = [list(view(t).signals) for t in texts]

    def fit(idx, c):
        wv = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, min_df=2)
        sv = CountVectorizer(analyzer=lambda d: d, binary=True)
        x = hstack([wv.fit_transform([words[i] for i in idx]), sv.fit_transform([sigs[i] for i in idx])]).tocsr()
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x, y[idx])
        return wv, sv, model

    def predict(parts, idx):
        wv, sv, model = parts
        x = hstack([wv.transform([words[i] for i in idx]), sv.transform([sigs[i] for i in idx])]).tocsr()
        return model.decision_function(x)

    def best_shift(z, truth):
        candidates = np.arange(-1.5, 1.51, 0.05)
        return max(candidates, key=lambda t: f1_score(truth, z >= t))

    def choose(train):
        """Regularization and decision threshold, chosen on a held-out quarter of the training part."""
        inner_train, inner_test = next(StratifiedKFold(4, shuffle=True, random_state=7).split(train, y[train]))
        best = (-1.0, 1.0, 0.0)
        for c in C_GRID:
            z = predict(fit(train[inner_train], c), train[inner_test])
            shift = best_shift(z, y[train[inner_test]])
            best = max(best, (f1_score(y[train[inner_test]], z >= shift), c, shift))
        return best[1], best[2]

    folds = StratifiedKFold(args.folds, shuffle=True, random_state=13)
    scores, cs = [], []
    for train, test in folds.split(texts, y):
        c, shift = choose(train)
        parts = fit(train, c)
        scores.append(f1_score(y[test], predict(parts, test) >= shift))
        cs.append(c)
    print(f"{args.folds}-fold cross-validated F1 (Yes): {np.mean(scores):.4f} (folds: {', '.join(f'{s:.3f}' for s in scores)})",
          file=sys.stderr)
    c, shift = choose(np.arange(len(texts)))
    print(f"C chosen per fold: {cs}; for the shipped model: {c}", file=sys.stderr)
    wv, sv, model = fit(np.arange(len(texts)), c)
    n_words = len(wv.vocabulary_)
    coef = model.coef_[0]
    vocabulary = {f: [round(float(wv.idf_[i]), 4), round(float(coef[i]), 4) if abs(coef[i]) >= args.min_weight else 0]
                  for f, i in wv.vocabulary_.items()}
    signals = {f: round(float(coef[n_words + i]), 4) for f, i in sv.vocabulary_.items()}
    # the decision threshold chosen on held-out training data becomes 0.5 on the shipped score
    intercept = float(model.intercept_[0]) - float(shift)
    data = {"vocabulary": vocabulary, "signals": signals, "intercept": round(intercept, 4),
            "cv_f1_yes": round(float(np.mean(scores)), 4), "trained_on": Path(args.tsv).name}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(data, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"wrote {args.out}: {len(vocabulary)} word features, {len(signals)} signals", file=sys.stderr)
    # the shipped JSON must reproduce the fitted model: compare probabilities on a sample
    from claims.analysis.checkworthiness import CheckworthinessModel
    from claims.analysis.sentence import checkworthiness

    shipped = CheckworthinessModel.load(Path(args.out))
    sample = np.arange(0, len(texts), max(1, len(texts) // 500))
    fitted = 1 / (1 + np.exp(-(predict((wv, sv, model), sample) - shift)))
    gap = max(abs(checkworthiness(texts[i], shipped)[0] - fitted[k]) for k, i in enumerate(sample))
    print(f"shipped model vs fitted model on {len(sample)} sentences: largest probability difference {gap:.4f}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
