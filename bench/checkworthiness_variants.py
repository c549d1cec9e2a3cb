"""Variants of the check-worthiness model, by the same stratified 5-fold cross-validation as
`training/train_checkworthiness.py` (threshold chosen on a held-out quarter of each training part),
with C fixed, beside the shipped feature set in the same run.

    .venv/bin/pip install -e ".[train]"
    .venv/bin/python bench/checkworthiness_variants.py ../shared/eval/checkworthiness/ct24_train.tsv base nb pairs

base: the shipped features (word uni- and bigrams as TF-IDF, the explainable signals);
nb: the word features scaled by naive-Bayes log-count ratios (NBSVM), C 0.5, 1 and 2;
pairs: the shipped features and every pair of signals;
mlp: a one-hidden-layer network over the shipped features;
wordllama: the shipped features beside WordLlama's averaged token embeddings (needs the wordllama package).
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from claims.analysis.checkworthiness import word_features  # noqa: E402
from claims.analysis.sentence import view  # noqa: E402
from train_checkworthiness import read_tsv  # noqa: E402


def main() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    texts, labels = read_tsv(sys.argv[1])
    which = set(sys.argv[2:]) or {"base"}
    y = np.array(labels)
    words = [word_features(t) for t in texts]
    signals = [list(view(t).signals) for t in texts]

    def best_shift(z, truth):
        return max(np.arange(-2, 2.01, 0.05), key=lambda s: f1_score(truth, z >= s))

    def features(sigs, nb):
        def build(idx):
            wv = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, min_df=2).fit([words[i] for i in idx])
            sv = CountVectorizer(analyzer=lambda d: d, binary=True).fit([sigs[i] for i in idx])
            ratio = None
            if nb:
                present = (wv.transform([words[i] for i in idx]) > 0).astype(float)
                p = np.asarray(present[y[idx]].sum(0)).ravel() + 1
                q = np.asarray(present[~y[idx]].sum(0)).ravel() + 1
                ratio = np.log((p / p.sum()) / (q / q.sum()))

            def transform(rows):
                xw = wv.transform([words[i] for i in rows])
                if ratio is not None:
                    xw = xw.multiply(ratio).tocsr()
                return hstack([xw, sv.transform([sigs[i] for i in rows])]).tocsr()
            return transform
        return build

    def logistic(c):
        model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        return model, model.decision_function

    def cv(build, c, name, make=logistic):
        scores = []
        for train, test in StratifiedKFold(5, shuffle=True, random_state=13).split(texts, y):
            inner_train, inner_test = next(StratifiedKFold(4, shuffle=True, random_state=7).split(train, y[train]))
            fit_on = train[inner_train]
            transform = build(fit_on)
            model, score = make(c)
            model.fit(transform(fit_on), y[fit_on])
            shift = best_shift(score(transform(train[inner_test])), y[train[inner_test]])
            transform = build(train)
            model, score = make(c)
            model.fit(transform(train), y[train])
            scores.append(f1_score(y[test], score(transform(test)) >= shift))
        print(f"{name:28} C={c:<4} F1 (Yes) {np.mean(scores):.4f}  folds {' '.join(f'{s:.3f}' for s in scores)}", flush=True)

    def with_columns(build, extra, weight):
        """The shipped features with dense columns beside them (a sentence embedding), scaled by `weight`."""
        def built(idx):
            transform = build(idx)
            return lambda rows: hstack([transform(rows), csr_matrix(extra[rows] * weight)]).tocsr()
        return built

    if "base" in which:
        cv(features(signals, False), 2.0, "shipped features")
    if "nb" in which:
        for c in (0.5, 1.0, 2.0):
            cv(features(signals, True), c, "naive-Bayes scaled words")
    if "mlp" in which:
        # one hidden layer of 64 over the shipped features, its log-odds shifted as the logistic model's are
        from sklearn.neural_network import MLPClassifier

        def mlp(_c):
            model = MLPClassifier((64,), alpha=1e-3, max_iter=30, early_stopping=True, random_state=0, n_iter_no_change=4)

            def log_odds(x):
                proba = model.predict_proba(x)
                return np.log(np.clip(proba[:, 1], 1e-9, 1 - 1e-9) / np.clip(proba[:, 0], 1e-9, 1))
            return model, log_odds
        cv(features(signals, False), 0.0, "MLP(64) on shipped features", mlp)
    if "wordllama" in which:
        # WordLlama's 256-dimension token embeddings, averaged (pip install wordllama; its weights ship in the wheel,
        # its tokenizer file too, read from the package's own directory with downloads disabled)
        import pathlib
        import wordllama
        from wordllama import WordLlama
        embed = WordLlama.load(cache_dir=pathlib.Path(wordllama.__file__).parent, disable_download=True)
        vectors = np.asarray(embed.embed(texts, norm=True), dtype=np.float32)
        cv(with_columns(features(signals, False), vectors, 1.0), 2.0, "shipped + WordLlama average")
        cv(features(signals, False), 2.0, "shipped features")
    if "pairs" in which:
        paired = [s + [f"{a}&{b}" for k, a in enumerate(sorted(s)) for b in sorted(s)[k + 1:]] for s in signals]
        cv(features(paired, False), 2.0, "signals and their pairs")


if __name__ == "__main__":
    main()
