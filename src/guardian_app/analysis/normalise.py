"""Text normalisation shared by training and scoring: one definition, so both see the same text.

Two views of a message are produced:

* ``plain``: NFKC, lowercase, invisible/bidi marks removed, odd spaces made plain, runs of
  the same character capped at two ("soooo" -> "soo"), a few emoji spelt out as words, and
  Traditional Chinese characters folded onto Simplified ones so both scripts share features.
* ``folded``: ``plain`` with leetspeak folded ("sn@p" -> "snap", "t3legram" -> "telegram")
  and letters spaced out to dodge filters joined back ("s n a p" -> "snap").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .. import paths

_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff"),
    None,
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u3000\t"), " ")

# Emoji that stand in for words groomers avoid typing. Spelt out so the model sees the word.
_EMOJI_WORDS = {
    "👻": " snapchat ",
    "📸": " photo ",
    "📷": " photo ",
    "🤳": " selfie ",
    "🤫": " secret ",
    "🔒": " private ",
    "🤐": " secret ",
    "📹": " video ",
    "🎥": " video ",
    "💵": " money ",
    "💰": " money ",
    "💸": " money ",
    "🎁": " gift ",
    "🚗": " car ",
    "🍑": " butt ",
    "🍆": " eggplant ",
}
_EMOJI_RE = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_REPEAT_RE = re.compile(r"(.)\1{2,}")
_SPACED_RE = re.compile(r"(?<!\w)(?:\w[ .\-_*]){2,}\w(?!\w)")
_LEET_WORD_RE = re.compile(r"\b(?=\w*[a-z])[\w@$!]*[0-9@$!][\w@$!]*")
_WS_RE = re.compile(r"\s+")


@cache
def _hant_to_hans() -> dict[int, str]:
    table: dict[int, str] = {}
    path = paths.resources_dir() / "text" / "zh_hant_to_hans.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            src, dst = line.split("\t")
            table[ord(src)] = dst
    return table


def plain(text: str) -> str:
    """The lowercase, cleaned view of ``text``."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_SPACES).translate(_hant_to_hans())
    text = _EMOJI_RE.sub(lambda m: _EMOJI_WORDS[m.group(0)], text)
    text = _REPEAT_RE.sub(r"\1\1", text.lower())
    return _WS_RE.sub(" ", text).strip()


def _join_spaced(match: re.Match[str]) -> str:
    return re.sub(r"[ .\-_*]", "", match.group(0))


def folded(plain_text: str) -> str:
    """Leetspeak folded and spaced-out letters joined, from an already ``plain`` text."""
    text = _SPACED_RE.sub(_join_spaced, plain_text)
    # Fold leetspeak only inside words that also contain letters, so "i'm 13" keeps its number.
    return _LEET_WORD_RE.sub(lambda m: m.group(0).translate(_LEET), text)
