"""Rebuilds Guardian's message model from the repository alone.

    python models/training/train.py            # trains, evaluates on the held-out split, writes models/

Reads ``data/train/*.jsonl`` (training) and ``data/heldout/*.jsonl`` (evaluation only), trains a
multi-label hashed n-gram logistic model with numpy, picks per-label thresholds from
out-of-fold predictions on the training split, writes ``models/guardian-risk.onnx`` and
``models/guardian-risk.json`` (labels, thresholds, featuriser parameters, version, sha256,
data hash, held-out metrics).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import export  # noqa: E402
import mlp  # noqa: E402
import model_card  # noqa: E402
from sparse import SparseRows  # noqa: E402

from guardian_app.analysis.features import Featuriser  # noqa: E402
from guardian_app.analysis.taxonomy import LABELS  # noqa: E402

MODEL_NAME = "guardian-risk"
MODEL_VERSION = "0.2.0"
# Learned only from the lexicon, never from example sentences (see resources/lexicon/README.md).
LEXICON_ONLY = ("sexual_content",)


def load_split(folder: Path) -> tuple[list[str], np.ndarray, str, list[str]]:
    texts: list[str] = []
    langs: list[str] = []
    rows: list[np.ndarray] = []
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            item = json.loads(line)
            unknown = set(item["labels"]) - set(LABELS)
            if unknown:
                raise SystemExit(f"{path.name}:{n}: unknown labels {sorted(unknown)}")
            texts.append(item["text"])
            langs.append(item.get("lang", "en"))
            rows.append(np.array([lab in item["labels"] for lab in LABELS], np.float32))
    y = np.stack(rows) if rows else np.zeros((0, len(LABELS)), np.float32)
    return texts, y, digest.hexdigest(), langs


def pos_weights(y: np.ndarray) -> np.ndarray:
    pos = y.sum(axis=0)
    neg = len(y) - pos
    return np.where(pos > 0, np.sqrt(neg / np.maximum(pos, 1)), 1.0).astype(np.float32)


def fit(ids: list[list[int]], y: np.ndarray, epochs: int) -> mlp.MLP:
    return mlp.train(SparseRows(ids), y, epochs=epochs, pos_weight=pos_weights(y))


def choose_thresholds(ids: list[list[int]], y: np.ndarray, epochs: int, folds: int = 3) -> np.ndarray:
    """Per-label thresholds that maximise F0.5 on out-of-fold predictions (clamped to [0.4, 0.94]).

    F0.5 weighs precision twice as much as recall: a false alarm costs a family more than a
    missed single message, because the risk engine looks for several signs across the chat.
    """
    rng = np.random.default_rng(1)
    fold_of = rng.integers(0, folds, len(ids))
    oof = np.zeros_like(y)
    for f in range(folds):
        tr = np.flatnonzero(fold_of != f)
        te = np.flatnonzero(fold_of == f)
        model = fit([ids[i] for i in tr], y[tr], epochs)
        oof[te] = mlp.predict([ids[i] for i in te], model)
    thresholds = np.full(y.shape[1], 0.5, np.float32)
    grid = np.arange(0.4, 0.95, 0.02)
    for k in range(y.shape[1]):
        if y[:, k].sum() == 0:
            continue
        scores = [fbeta(y[:, k], oof[:, k] >= t, 0.5) for t in grid]
        thresholds[k] = grid[int(np.argmax(scores))]
    return thresholds


def f1(truth: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = float(np.sum((truth == 1) & pred))
    fp = float(np.sum((truth == 0) & pred))
    fn = float(np.sum((truth == 1) & ~pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fbeta(truth: np.ndarray, pred: np.ndarray, beta: float) -> float:
    p, r, _ = f1(truth, pred)
    return (1 + beta**2) * p * r / (beta**2 * p + r) if p + r else 0.0


def evaluate(probs: np.ndarray, y: np.ndarray, thresholds: np.ndarray) -> dict:
    pred = probs >= thresholds
    per_label = {}
    for k, lab in enumerate(LABELS):
        if lab in LEXICON_ONLY or y[:, k].sum() == 0:
            continue
        p, r, f = f1(y[:, k], pred[:, k])
        per_label[lab] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                          "support": int(y[:, k].sum())}
    keep = [k for k, lab in enumerate(LABELS) if lab not in LEXICON_ONLY]
    p, r, f = f1(y[:, keep].ravel(), pred[:, keep].ravel())
    negatives = y.sum(axis=1) == 0
    fpr = float(pred[negatives][:, keep].any(axis=1).mean()) if negatives.any() else 0.0
    return {"micro": {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)},
            "negative_lines_with_any_hit": round(fpr, 3), "lines": int(len(y)), "per_label": per_label}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "models")
    parser.add_argument("--epochs", type=int, default=120)
    args = parser.parse_args(argv)

    featuriser = Featuriser()
    texts, y, train_hash, train_langs = load_split(args.data / "train")
    if not texts:
        raise SystemExit(f"no training data under {args.data / 'train'}")
    ids = [featuriser.ids(t) for t in texts]
    print(f"training on {len(texts)} lines; positives per label: "
          + ", ".join(f"{lab}={int(n)}" for lab, n in zip(LABELS, y.sum(axis=0), strict=True)))
    thresholds = choose_thresholds(ids, y, args.epochs)
    trained = fit(ids, y, args.epochs)
    for lab in LEXICON_ONLY:  # no example sentences: the lexicon decides this label
        trained.w2[:, LABELS.index(lab)] = 0.0
        trained.b2[LABELS.index(lab)] = -12.0
    full_e = np.zeros((featuriser.n_buckets, trained.e.shape[1]), np.float32)
    full_e[trained.buckets] = trained.e

    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / f"{MODEL_NAME}.onnx"
    export.write(export.build_mlp(full_e, trained.b1, trained.w2, trained.b2, list(LABELS)), onnx_path)

    held_texts, held_y, held_hash, held_langs = load_split(args.data / "heldout")
    metrics: dict = {}
    if held_texts:
        import onnxruntime as ort

        sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
        probs = sess.run(["probs"], {"ids": featuriser.transform(held_texts)})[0]
        metrics["heldout"] = evaluate(probs, held_y, thresholds)
        metrics["heldout_by_language"] = {}
        for lang in sorted(set(held_langs)):
            rows = np.array([g == lang for g in held_langs])
            result = evaluate(probs[rows], held_y[rows], thresholds)
            metrics["heldout_by_language"][lang] = {
                **result["micro"], "negative_lines_with_any_hit": result["negative_lines_with_any_hit"],
                "lines": result["lines"]}
        ref = mlp.predict([featuriser.ids(t) for t in held_texts[:200]], trained)
        metrics["onnx_max_abs_diff_vs_numpy"] = float(np.abs(ref - probs[:200]).max())
    train_probs = mlp.predict(ids, trained)
    metrics["train"] = evaluate(train_probs, y, thresholds)["micro"]

    meta = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "kind": "hashed character/word n-gram embeddings, one hidden ReLU layer, multi-label sigmoid output",
        "hidden": int(trained.e.shape[1]),
        "labels": list(LABELS),
        "thresholds": {lab: round(float(t), 3) for lab, t in zip(LABELS, thresholds, strict=True)},
        "lexicon_only": list(LEXICON_ONLY),
        "featuriser": featuriser.params,
        "onnx_sha256": hashlib.sha256(onnx_path.read_bytes()).hexdigest(),
        "training_data_sha256": train_hash,
        "heldout_data_sha256": held_hash,
        "training_lines": len(texts),
        "positives_per_label": {lab: int(n) for lab, n in zip(LABELS, y.sum(axis=0), strict=True)
                                if lab not in LEXICON_ONLY},
        "training_lines_by_language": {g: train_langs.count(g) for g in sorted(set(train_langs))},
        "metrics": metrics,
        "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "built_with": {"python": platform.python_version(), "numpy": np.__version__,
                       "onnx": __import__("onnx").__version__,
                       "scipy": __import__("scipy").__version__},
        "epochs": args.epochs,
    }
    (args.out / f"{MODEL_NAME}.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    model_card.write(args.out)
    print(json.dumps(metrics, indent=2))
    print(f"wrote {onnx_path} ({onnx_path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
