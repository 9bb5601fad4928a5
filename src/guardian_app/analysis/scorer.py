"""Message-level scoring with onnxruntime: one session, built once, reused, run in batches."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before onnxruntime is imported, always

import numpy as np  # noqa: E402
import onnxruntime as ort  # noqa: E402

from .features import Featuriser  # noqa: E402
from .lexicon import Lexicon  # noqa: E402
from .model_files import ModelInfo, load_model_info  # noqa: E402
from .normalise import plain  # noqa: E402
from .taxonomy import LABELS  # noqa: E402

BATCH = 512
LEXICON_SCORE = 0.95


def _session(info: ModelInfo) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(info.onnx_path), sess_options=options,
                                providers=["CPUExecutionProvider"])


class Scorer:
    """Probabilities for each indicator of each message (rows follow ``LABELS``)."""

    def __init__(self, info: ModelInfo | None = None, lexicon: Lexicon | None = None) -> None:
        self.info = info or load_model_info()
        self.featuriser = Featuriser(**self.info.featuriser)
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()
        self.thresholds = np.array([self.info.thresholds.get(lab, 0.5) for lab in LABELS], np.float32)
        self._session = _session(self.info)
        self._lock = threading.Lock()
        self._sexual = LABELS.index("sexual_content")

    @property
    def version(self) -> str:
        return self.info.version

    def score(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(LABELS)), np.float32)
        for start in range(0, len(texts), BATCH):
            plains = [plain(t) for t in texts[start:start + BATCH]]
            rows = [self.featuriser.ids_from_plain(p) for p in plains]
            ids = np.zeros((len(rows), max((len(r) for r in rows), default=1) or 1), np.int64)
            for i, r in enumerate(rows):
                ids[i, : len(r)] = r
            with self._lock:
                out[start:start + len(rows)] = self._session.run(["probs"], {"ids": ids})[0]
            for i, p in enumerate(plains):
                if self.lexicon.matches_plain(p):
                    out[start + i, self._sexual] = max(out[start + i, self._sexual], LEXICON_SCORE)
        return out


_shared: Scorer | None = None
_shared_lock = threading.Lock()


def shared_scorer() -> Scorer:
    """The process-wide scorer, loaded on first use."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Scorer()
        return _shared
