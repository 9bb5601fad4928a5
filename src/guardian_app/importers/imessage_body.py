"""The text hidden in iMessage's ``message.attributedBody`` blob (macOS Ventura / iOS 16 on).

The blob is usually an NSArchiver "streamtyped" stream: after the ``NSString`` class name comes
``0x01 '+'`` then a length and the UTF-8 text (export-formats.md section 7.1). The length is
one byte below 0x80, or ``0x81`` + 2 bytes / ``0x82`` + 4 bytes little-endian. Less often the
blob is an NSKeyedArchiver binary plist holding ``NS.string``. Anything else gives ``None``.
"""

from __future__ import annotations

import plistlib
from typing import Any

MAX_TEXT = 1024 * 1024  # bytes of text kept from one blob
_STREAMTYPED = b"streamtyped"
_MARK = b"NSString"
_START = b"\x01+"


def _length(blob: bytes, pos: int) -> tuple[int, int] | None:
    """(length, position of the text) for the typedstream integer at ``pos``."""
    if pos >= len(blob):
        return None
    tag = blob[pos]
    if tag < 0x80:
        return tag, pos + 1
    width = {0x81: 2, 0x82: 4}.get(tag)
    if width is None or pos + 1 + width > len(blob):
        return None
    return int.from_bytes(blob[pos + 1 : pos + 1 + width], "little"), pos + 1 + width


def _from_streamtyped(blob: bytes) -> str | None:
    mark = blob.find(_MARK)
    if mark < 0:
        return None
    start = blob.find(_START, mark + len(_MARK))
    if start < 0:
        return None
    found = _length(blob, start + len(_START))
    if found is None:
        return None
    length, pos = found
    if length <= 0 or pos + length > len(blob):
        return None
    return blob[pos : pos + min(length, MAX_TEXT)].decode("utf-8", errors="replace")


def _resolve(objects: list[Any], value: Any) -> Any:
    if isinstance(value, plistlib.UID) and 0 <= value.data < len(objects):
        return objects[value.data]
    return value


def _from_keyed(blob: bytes) -> str | None:
    try:
        root = plistlib.loads(blob)
    except Exception:  # plistlib raises many kinds on damaged data
        return None
    objects = root.get("$objects") if isinstance(root, dict) else None
    if not isinstance(objects, list):
        return None
    for obj in objects:
        if isinstance(obj, dict) and "NS.string" in obj:
            text = _resolve(objects, obj["NS.string"])
            if isinstance(text, str):
                return text[:MAX_TEXT]
    return None


def attributed_text(blob: bytes | None) -> str | None:
    """The plain text of an ``attributedBody`` blob, or ``None`` when it holds none."""
    if not blob or not isinstance(blob, bytes | bytearray | memoryview):
        return None
    data = bytes(blob)
    if data.startswith(b"bplist"):
        return _from_keyed(data)
    if _STREAMTYPED in data[:32] or _MARK in data:
        return _from_streamtyped(data)
    return None
