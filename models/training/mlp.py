"""A small neural model over hashed n-gram ids, trained with numpy and scipy.sparse.

    h        = relu(E[ids].sum / sqrt(n_ids) + b1)       (a bag of n-gram embeddings, D wide)
    logit[k] = h @ W2[:, k] + b2[k]

Unlike a linear model it can learn that context changes a phrase's meaning: "turn the camera
on" with "grandad" or "class zoom" in the same message is not the same as "turn the camera on,
are you alone". ``export.build_mlp`` writes the same formula as ONNX; ``predict`` is the reference.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sparse import SparseRows, sigmoid


@dataclass
class MLP:
    buckets: np.ndarray  # sorted bucket ids that have an embedding row
    e: np.ndarray        # [len(buckets), D]
    b1: np.ndarray       # [D]
    w2: np.ndarray       # [D, K]
    b2: np.ndarray       # [K]


def train(data: SparseRows, y: np.ndarray, *, hidden: int = 64, epochs: int = 120, lr: float = 0.01,
          l2: float = 1e-6, pos_weight: np.ndarray | None = None, seed: int = 0) -> MLP:
    """Full-batch Adam on weighted binary cross-entropy."""
    rng = np.random.default_rng(seed)
    n, k = y.shape
    u = len(data.buckets)
    params = {
        "e": (rng.standard_normal((u, hidden)) * 0.1).astype(np.float32),
        "b1": np.full(hidden, 0.1, np.float32),
        "w2": (rng.standard_normal((hidden, k)) * np.sqrt(2.0 / hidden)).astype(np.float32),
        "b2": np.log(np.clip(y.mean(axis=0), 1e-4, 1) / np.clip(1 - y.mean(axis=0), 1e-4, 1)).astype(np.float32),
    }
    moments = {name: (np.zeros_like(v), np.zeros_like(v)) for name, v in params.items()}
    pw = np.ones(k, np.float32) if pos_weight is None else pos_weight.astype(np.float32)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        pre = data.x @ params["e"] + params["b1"]
        h = np.maximum(pre, 0)
        p = sigmoid(h @ params["w2"] + params["b2"])
        g = ((pw * y * (p - 1.0) + (1.0 - y) * p) / n).astype(np.float32)
        dh = (g @ params["w2"].T) * (pre > 0)
        grads = {
            "w2": h.T @ g + 2 * l2 * params["w2"],
            "b2": g.sum(axis=0),
            "b1": dh.sum(axis=0),
            "e": data.xt @ dh + 2 * l2 * params["e"],
        }
        for name, grad in grads.items():
            m, v = moments[name]
            m *= beta1
            m += (1 - beta1) * grad
            v *= beta2
            v += (1 - beta2) * grad * grad
            params[name] -= lr * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + eps)
    return MLP(data.buckets, params["e"], params["b1"], params["w2"], params["b2"])


def predict(id_lists: list[list[int]], model: MLP) -> np.ndarray:
    """Probabilities for messages (ids without an embedding row count as zero)."""
    out = np.empty((len(id_lists), len(model.b2)), np.float32)
    for r, ids in enumerate(id_lists):
        arr = np.asarray(ids, np.int64)
        pos = np.searchsorted(model.buckets, arr)
        ok = pos < len(model.buckets)
        pos = pos[ok][model.buckets[pos[ok]] == arr[ok]]
        pooled = model.e[pos].sum(axis=0) / np.sqrt(max(len(ids), 1))
        h = np.maximum(pooled + model.b1, 0)
        out[r] = sigmoid(h @ model.w2 + model.b2)
    return out
