"""One Messenger / Instagram message object (standard or E2EE export) as a :class:`Message`.

Meta writes every UTF-8 byte as its own ``\\u00XX`` escape ("mojibake"); :func:`fix_text`
repairs that when the repair round-trips. Media (photos, videos, audio, gifs, files, stickers)
is only recorded as having existed: no file name or URI is kept.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Message

MAX_TEXT = 100_000  # characters in one message; Messenger itself allows about 20k
_MEDIA_FIELDS = (
    ("photos", "image"),
    ("videos", "video"),
    ("audio_files", "audio"),
    ("gifs", "gif"),
    ("files", "document"),
    ("sticker", "sticker"),
)
_SYSTEM_TYPES = {"subscribe", "unsubscribe", "placeholder"}
_IG_NOTICE = re.compile(r"^(liked a message|reacted .{1,16} to your message)$", re.IGNORECASE)
# Earliest and latest believable times (ms): 2004 (Facebook's start) to 2100.
_MIN_MS, _MAX_MS = 1_072_915_200_000, 4_102_444_800_000


class BadRecord(ValueError):
    """A message object that cannot be read (counted as skipped, never fatal)."""


def fix_text(value: Any) -> str:
    """Meta's mojibake repaired (unchanged when it is not mojibake); non-strings give ""."""
    if not isinstance(value, str):
        return ""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def to_time(value: Any) -> datetime:
    """Epoch milliseconds as an aware UTC datetime; seconds are accepted too."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRecord("no timestamp")
    ms = value * 1000 if 0 < value < _MIN_MS / 1000 * 10 else value
    if not _MIN_MS <= ms <= _MAX_MS:
        raise BadRecord("impossible timestamp")
    return datetime.fromtimestamp(ms / 1000, tz=UTC)


def _media(obj: dict[str, Any]) -> tuple[str, ...]:
    kinds = [kind for field, kind in _MEDIA_FIELDS if obj.get(field)]
    e2ee_media = obj.get("media")
    if isinstance(e2ee_media, list):
        for item in e2ee_media:
            kinds.append(_kind_of_uri(item.get("uri") if isinstance(item, dict) else None))
    return tuple(dict.fromkeys(kinds))


def _kind_of_uri(uri: Any) -> str:
    """E2EE media only names a file; its extension gives the kind (the file is never opened)."""
    suffix = uri.rsplit(".", 1)[-1].lower() if isinstance(uri, str) and "." in uri else ""
    if suffix in {"jpg", "jpeg", "png", "webp", "heic", "bmp"}:
        return "image"
    if suffix in {"mp4", "mov", "webm", "m4v"}:
        return "video"
    if suffix in {"m4a", "mp3", "aac", "ogg", "opus", "wav"}:
        return "audio"
    return "gif" if suffix == "gif" else "other"


def _call_text(obj: dict[str, Any], sender: str) -> str:
    if obj.get("missed") or obj.get("call_duration") == 0:
        return f"Missed call from {sender}."
    duration = obj.get("call_duration")
    if isinstance(duration, int | float) and not isinstance(duration, bool) and duration > 0:
        return f"{sender} called ({max(1, round(duration / 60))} min)."
    return f"{sender} called."


def to_message(obj: Any) -> Message:
    """A standard (``sender_name``/``timestamp_ms``) or E2EE (``senderName``/``timestamp``)
    message object as a Message (index set later). Raises :class:`BadRecord`."""
    if not isinstance(obj, dict):
        raise BadRecord("message is not an object")
    sender = fix_text(obj.get("sender_name", obj.get("senderName"))).strip()
    when = to_time(obj.get("timestamp_ms", obj.get("timestamp")))
    text = fix_text(obj.get("content", obj.get("text")))
    if len(text) > MAX_TEXT:
        raise BadRecord("message text too long")
    kind = str(obj.get("type") or "").casefold()
    if obj.get("is_unsent") or obj.get("isUnsent") or obj.get("is_unsent_image_by_messenger_kid_parent"):
        return Message(sender or None, text, when, DELETED)  # kept: an unsent text can matter
    if kind == "call":
        return Message(None, _call_text(obj, sender or "Someone"), when, SYSTEM)
    if kind in _SYSTEM_TYPES or _IG_NOTICE.match(text.strip()):
        return Message(None, text, when, SYSTEM)
    media = _media(obj)
    share = obj.get("share")
    if isinstance(share, dict):
        if not text:
            text = fix_text(share.get("link"))
        media = media or ("other",)
    if not sender:
        raise BadRecord("message has no sender")
    if media:
        return Message(sender, text, when, MEDIA, media)
    return Message(sender, text, when, TEXT)
