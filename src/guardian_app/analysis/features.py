"""Hashed n-gram features: the one featuriser used by training and by the scorer.

Each message becomes a list of bucket ids in ``[1, n_buckets)`` (0 is padding):
character n-grams of every word of the plain view (with word boundaries marked), word
unigrams and bigrams, and the words of the folded view that differ from the plain view.
Character n-grams make the model robust to typos and to words it never saw whole.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence

import numpy as np

from .normalise import folded, plain

# Chinese and Japanese are written without spaces: each of their characters is a token of its own,
# so word unigrams and bigrams become character unigrams and bigrams there.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD_RE = re.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)+|[^\w\s]", re.UNICODE)


_CJK_CHAR = re.compile(rf"[{_CJK}]")


class Featuriser:
    """Turns texts into padded arrays of hashed feature ids.

    The parameters are recorded in the model's metadata so the scorer rebuilds the exact
    featuriser the model was trained with.
    """

    def __init__(self, n_buckets: int = 1 << 18, char_min: int = 2, char_max: int = 5,
                 max_features: int = 512) -> None:
        self.n_buckets = n_buckets
        self.char_min = char_min
        self.char_max = char_max
        self.max_features = max_features
        self._cache: dict[str, int] = {}
        self._words: dict[str, list[int]] = {}

    @property
    def params(self) -> dict[str, int]:
        return {"n_buckets": self.n_buckets, "char_min": self.char_min,
                "char_max": self.char_max, "max_features": self.max_features}

    def _bucket(self, feature: str) -> int:
        bucket = self._cache.get(feature)
        if bucket is None:
            bucket = zlib.crc32(feature.encode("utf-8")) % (self.n_buckets - 1) + 1
            if len(self._cache) < 2_000_000:
                self._cache[feature] = bucket
        return bucket

    def _word_features(self, w: str) -> list[str]:
        feats = ["w:" + w]
        if len(w) > 1:
            padded = f"<{w}>"
            n_chars = len(padded)
            for n in range(self.char_min, self.char_max + 1):
                feats.extend(padded[i:i + n] for i in range(n_chars - n + 1))
        return feats

    def _context_features(self, words: list[str], p: str) -> list[str]:
        feats = ["b:" + a + " " + b for a, b in zip(words, words[1:], strict=False)]
        # Character trigrams across CJK runs (a word is often two or three characters).
        feats.extend("t:" + a + b + c for a, b, c in zip(words, words[1:], words[2:], strict=False)
                     if _CJK_CHAR.match(a) and _CJK_CHAR.match(c))
        f = folded(p)
        if f != p:
            plain_words = set(words)
            for w in _WORD_RE.findall(f):
                if w not in plain_words:
                    feats.append("w:" + w)
                    feats.append("f:" + w)
        return feats

    def feature_strings(self, text: str) -> list[str]:
        """The feature strings of one message (before hashing), in id order; useful for explaining."""
        p = plain(text)
        words = _WORD_RE.findall(p)
        feats = [f for w in words for f in self._word_features(w)]
        return feats + self._context_features(words, p)

    def _word_ids(self, w: str) -> list[int]:
        ids = self._words.get(w)
        if ids is None:
            ids = [self._bucket(f) for f in self._word_features(w)]
            if len(self._words) < 500_000:
                self._words[w] = ids
        return ids

    def ids_from_plain(self, p: str) -> list[int]:
        """The ids of a message already passed through ``normalise.plain`` (words are cached)."""
        words = _WORD_RE.findall(p)
        out: list[int] = []
        word_ids = self._word_ids
        for w in words:
            out.extend(word_ids(w))
            if len(out) >= self.max_features:
                return out[: self.max_features]
        bucket = self._bucket
        out.extend(bucket(f) for f in self._context_features(words, p))
        return out[: self.max_features]

    def ids(self, text: str) -> list[int]:
        return self.ids_from_plain(plain(text))

    def transform(self, texts: Sequence[str] | Iterable[str]) -> np.ndarray:
        """A ``[len(texts), L]`` int64 array of ids, padded with 0 to the longest row."""
        rows = [self.ids(t) for t in texts]
        width = max((len(r) for r in rows), default=1) or 1
        out = np.zeros((len(rows), width), dtype=np.int64)
        for i, r in enumerate(rows):
            out[i, : len(r)] = r
        return out
