"""Messages as a sparse matrix over the hashed n-gram buckets they use (training only; needs scipy)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


class SparseRows:
    """Messages as a sparse [messages x used buckets] matrix with the 1/sqrt(n) scale folded in."""

    def __init__(self, id_lists: list[list[int]]) -> None:
        lengths = np.array([len(r) for r in id_lists], dtype=np.int64)
        flat = (np.concatenate([np.asarray(r, dtype=np.int64) for r in id_lists])
                if id_lists else np.zeros(0, np.int64))
        self.n_rows = len(id_lists)
        row = np.repeat(np.arange(self.n_rows), lengths)
        self.buckets, col = np.unique(flat, return_inverse=True)
        scale = (1.0 / np.sqrt(np.maximum(lengths, 1)))[row].astype(np.float32)
        # Repeated ids in one message add up, exactly as the ONNX graph's ReduceSum does.
        self.x = sp.csr_matrix((scale, (row, col)), shape=(self.n_rows, len(self.buckets)), dtype=np.float32)
        self.xt = self.x.T.tocsr()


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))
