"""A multi-label logistic model over hashed n-gram ids, trained with numpy alone.

logit[k] = b[k] + sum_j W[id_j, k] / sqrt(n_ids)   (ids of one message; 0 is padding)

The same formula is written as an ONNX graph by ``export.py``; ``predict`` here is the
reference the exported graph is checked against.
"""

from __future__ import annotations

import numpy as np


class SparseRows:
    """Messages as flat (row, column) pairs over the buckets actually used."""

    def __init__(self, id_lists: list[list[int]]) -> None:
        lengths = np.array([len(r) for r in id_lists], dtype=np.int64)
        flat = np.concatenate([np.asarray(r, dtype=np.int64) for r in id_lists]) if id_lists else np.zeros(0, np.int64)
        self.n_rows = len(id_lists)
        self.row = np.repeat(np.arange(self.n_rows), lengths)
        self.buckets, self.col = np.unique(flat, return_inverse=True)
        self.scale = (1.0 / np.sqrt(np.maximum(lengths, 1)))[self.row].astype(np.float32)
        order = np.argsort(self.col, kind="stable")
        self.col_order = order
        self.col_starts = np.flatnonzero(np.r_[True, np.diff(self.col[order]) != 0])
        empty = np.zeros(0, np.int64)
        self.row_starts = np.flatnonzero(np.r_[True, np.diff(self.row) != 0]) if len(self.row) else empty
        self.nonempty_rows = self.row[self.row_starts] if len(self.row) else empty


def _forward(data: SparseRows, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    logits = np.tile(b, (data.n_rows, 1)).astype(np.float32)
    if len(data.row):
        contrib = w[data.col] * data.scale[:, None]
        logits[data.nonempty_rows] += np.add.reduceat(contrib, data.row_starts, axis=0)
    return logits


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def train(data: SparseRows, y: np.ndarray, *, epochs: int = 250, lr: float = 0.05, l2: float = 1e-5,
          pos_weight: np.ndarray | None = None, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam on weighted binary cross-entropy. Returns (W over data.buckets, b)."""
    rng = np.random.default_rng(seed)
    n, k = y.shape
    w = (rng.standard_normal((len(data.buckets), k)) * 1e-3).astype(np.float32)
    prior = np.clip(y.mean(axis=0), 1e-4, 1 - 1e-4)
    b = np.log(prior / (1 - prior)).astype(np.float32)
    pw = np.ones(k, np.float32) if pos_weight is None else pos_weight.astype(np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        p = _sigmoid(_forward(data, w, b))
        # d(loss)/d(logit) for weighted BCE: pw*y*(p-1) + (1-y)*p
        g = (pw * y * (p - 1.0) + (1.0 - y) * p) / n
        g_b = g.sum(axis=0)
        contrib = g[data.row] * data.scale[:, None]
        g_w = np.add.reduceat(contrib[data.col_order], data.col_starts, axis=0) + 2 * l2 * w
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            param -= lr * (m / (1 - beta1 ** step)) / (np.sqrt(v / (1 - beta2 ** step)) + eps)
    return w, b


def predict(id_lists: list[list[int]], buckets: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Probabilities for messages, with weights indexed by ``buckets`` (unknown buckets count 0)."""
    lookup = {int(bk): i for i, bk in enumerate(buckets)}
    out = np.zeros((len(id_lists), len(b)), np.float32)
    for r, ids in enumerate(id_lists):
        acc = b.astype(np.float64).copy()
        for j in ids:
            i = lookup.get(j)
            if i is not None:
                acc += w[i] / np.sqrt(max(len(ids), 1))
        out[r] = _sigmoid(acc)
    return out
