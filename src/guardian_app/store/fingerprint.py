"""Message fingerprints: the stable identity that lets a re-export merge onto the store.

A fingerprint is sha256 over (conversation key, timestamp or "", sender or "", normalised
text, occurrence), where *occurrence* counts earlier messages in the same export with the
same (timestamp, sender, normalised text). Two identical "ok" lines in the same minute stay
two messages; the same export read twice, or a longer re-export of it, yields the same
fingerprints for the messages it shares with the stored copy.

Changing anything here changes every fingerprint and breaks dedupe of existing stores:
only ever do it together with a migration that recomputes them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from ..domain import Message

# Bidi marks, zero-width characters and the BOM that exports sprinkle inconsistently.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2066\u2067\u2068\u2069\ufeff"),
    None,
)
_SPACES = re.compile(r"\s+")
_SEP = "\x1f"


def normalise_text(text: str) -> str:
    """NFC, invisible marks removed, every run of whitespace (NBSP, NNBSP...) one space."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def timestamp_text(timestamp: datetime | None) -> str:
    return timestamp.isoformat() if timestamp is not None else ""


def fingerprints(key: str, messages: Iterable[Message]) -> list[str]:
    """The fingerprint of each message, in the order given (the export's order)."""
    seen: dict[tuple[str, str, str], int] = {}
    out: list[str] = []
    for message in messages:
        triple = (
            timestamp_text(message.timestamp),
            normalise_text(message.sender or ""),
            normalise_text(message.text),
        )
        occurrence = seen.get(triple, 0)
        seen[triple] = occurrence + 1
        payload = _SEP.join((key, *triple, str(occurrence)))
        out.append(hashlib.sha256(payload.encode("utf-8")).hexdigest())
    return out
