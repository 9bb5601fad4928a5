"""The curated explicit-term lexicon (``resources/lexicon/sexual_content.<lang>.txt``).

Explicit language is detected from this list of terms, never learned from example sentences.
Terms match whole words of the normalised text (plain and leetspeak-folded views).
"""

from __future__ import annotations

import re
from pathlib import Path

from .. import paths
from .normalise import folded, plain

# Scripts written without spaces between words: their terms match anywhere in the text.
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")


def _pattern(terms: list[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


_WORDS = re.compile(r"\w+")


class Lexicon:
    """Whole-word terms are looked up as runs of words in a set; terms of scripts written without
    spaces are searched as substrings, only in texts that contain such characters."""

    def __init__(self, terms: list[str]) -> None:
        self.terms = sorted({t for t in terms if t})
        self._phrases: set[str] = set()
        self._longest = 1
        unspaced = []
        for t in self.terms:
            if _NO_SPACES.search(t):
                unspaced.append(t)
            else:
                words = _WORDS.findall(t)
                if words:
                    self._phrases.add(" ".join(words))
                    self._longest = max(self._longest, len(words))
        self._unspaced: re.Pattern[str] | None = re.compile(_pattern(unspaced)) if unspaced else None

    @classmethod
    def load(cls, folder: Path | None = None, stem: str = "sexual_content") -> Lexicon:
        folder = folder or paths.resources_dir() / "lexicon"
        terms: list[str] = []
        for path in sorted(folder.glob(f"{stem}.*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    terms.append(plain(line))
        return cls(terms)

    def _in_words(self, text: str) -> bool:
        words = _WORDS.findall(text)
        phrases = self._phrases
        for n in range(1, self._longest + 1):
            for i in range(len(words) - n + 1):
                if (words[i] if n == 1 else " ".join(words[i:i + n])) in phrases:
                    return True
        return False

    def matches_plain(self, p: str) -> bool:
        """Whether a text already passed through ``normalise.plain`` contains a term."""
        f = folded(p)
        if self._in_words(p) or (f != p and self._in_words(f)):
            return True
        if self._unspaced is not None and _NO_SPACES.search(p):
            return bool(self._unspaced.search(p) or self._unspaced.search(f.replace(" ", "")))
        return False

    def matches(self, text: str) -> bool:
        return self.matches_plain(plain(text))
