"""Turning export bytes into text: BOMs, UTF-8 / UTF-16 / UTF-32, and a counted fallback.

Rule (reliability-security.md section 5): detect first, and only then decode with
replacement, counting how many characters had to be replaced so a parent can be told.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    replaced: int  # characters that could not be decoded and became U+FFFD
    had_bom: bool


def detect_bom(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces, and the mark's length (``(None, 0)`` if none)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def looks_binary(data: bytes) -> bool:
    """True for data that is not text we accept: NUL bytes without a UTF-16/32 BOM."""
    encoding, _ = detect_bom(data)
    if encoding and encoding.startswith(("utf-16", "utf-32")):
        return False
    return b"\x00" in data


def decode(data: bytes) -> Decoded:
    """Decode export bytes. Never raises: undecodable bytes become U+FFFD and are counted."""
    encoding, skip = detect_bom(data)
    body = data[skip:]
    if encoding is None:
        try:
            return Decoded(body.decode("utf-8"), "utf-8", 0, False)
        except UnicodeDecodeError:
            encoding = "utf-8"
    else:
        try:
            return Decoded(body.decode(encoding), encoding, 0, True)
        except UnicodeDecodeError:
            pass
    text = body.decode(encoding, errors="replace")
    genuine = body.count(_REPLACEMENT.encode(encoding)) if encoding else 0
    return Decoded(text, encoding, max(0, text.count(_REPLACEMENT) - genuine), skip > 0)


def decode_head(data: bytes) -> str:
    """Decode the first bytes of a file for sniffing (a cut-off last character is fine)."""
    return decode(data).text
