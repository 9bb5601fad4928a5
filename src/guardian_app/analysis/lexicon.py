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
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True))


class Lexicon:
    def __init__(self, terms: list[str]) -> None:
        self.terms = sorted({t for t in terms if t})
        worded = [t for t in self.terms if not _NO_SPACES.search(t)]
        unspaced = [t for t in self.terms if _NO_SPACES.search(t)]
        parts = []
        if worded:
            parts.append(rf"(?<!\w)(?:{_pattern(worded)})(?!\w)")
        if unspaced:
            parts.append(f"(?:{_pattern(unspaced)})")
        self._re: re.Pattern[str] | None = re.compile("|".join(parts)) if parts else None

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

    def matches(self, text: str) -> bool:
        if self._re is None:
            return False
        p = plain(text)
        return bool(self._re.search(p) or self._re.search(folded(p)))
