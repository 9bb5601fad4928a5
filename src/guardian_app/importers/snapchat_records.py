"""One Snapchat chat-history item (old or new layout) as a :class:`Message` plus its chat facts."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from guardian_app.domain import MEDIA, SYSTEM, TEXT, Message

MAX_TEXT = 100_000
_CREATED = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?: ?UTC| ?Z)?$")
# (smallest value, divisor to seconds): ns, µs, ms, s, judged by magnitude in our era
_SCALES = ((1e17, 1e9), (1e14, 1e6), (1e11, 1e3), (0, 1))
_MIN, _MAX = datetime(2011, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)
_MEDIA = {
    "MEDIA": "other",
    "IMAGE": "image",
    "VIDEO": "video",
    "NOTE": "audio",
    "STICKER": "sticker",
    "LOCATION": "location",
    "SHARE": "other",
    "SHARESAVEDSTORY": "other",
    "GIF": "gif",
}


class BadRecord(ValueError):
    """An item that cannot be read (counted as skipped)."""


@dataclass(slots=True)
class Record:
    message: Message
    friend: str  # the other side, for old-layout sections ("" in the new layout)
    title: str  # a group's title ("" for one-to-one chats)
    by_owner: bool


def to_time(obj: dict[str, Any]) -> datetime:
    """``Created(microseconds)`` read by its magnitude (real exports hold ms), else ``Created``."""
    number = obj.get("Created(microseconds)")
    when: datetime | None = None
    if isinstance(number, int | float) and not isinstance(number, bool) and 0 < number < 1e20:
        divisor = next(d for limit, d in _SCALES if number >= limit)
        when = datetime.fromtimestamp(number / divisor, tz=UTC)
    if when is None:
        match = _CREATED.match(str(obj.get("Created") or "").strip())
        if not match:
            raise BadRecord("no time")
        try:
            when = datetime(*(int(g) for g in match.groups()), tzinfo=UTC)
        except ValueError as exc:
            raise BadRecord("impossible time") from exc
    if not _MIN <= when < _MAX:
        raise BadRecord("impossible time")
    return when


def _text(value: Any, old: bool) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadRecord("text is not a string")
    if len(value) > MAX_TEXT:
        raise BadRecord("text too long")
    return html.unescape(value) if old else value


def _name(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def to_message(obj: Any, sent: bool | None) -> Record:
    """An item as a record. ``sent`` is the old layout's section (None in the new layout)."""
    if not isinstance(obj, dict):
        raise BadRecord("item is not an object")
    old = sent is not None
    when = to_time(obj)
    text = _text(obj.get("Text") if old and "Content" not in obj else obj.get("Content"), old)
    by_owner = bool(sent) if old else obj.get("IsSender") is True
    friend = _name(obj.get("To") if sent else obj.get("From")) if old else ""
    if old and not friend:
        raise BadRecord("no friend named")
    sender = None if old and sent else _name(obj.get("From")) or None
    if sender is None and not by_owner:
        raise BadRecord("no sender")
    title = _name(obj.get("Conversation Title"))
    media_type = str(obj.get("Media Type") or "TEXT").strip().upper()
    if media_type == "STATUS":
        return Record(Message(None, text, when, SYSTEM), friend, title, by_owner)
    if media_type in ("TEXT", "CHAT"):
        return Record(Message(sender, text, when, TEXT), friend, title, by_owner)
    media = (_MEDIA.get(media_type, "other"),)
    return Record(Message(sender, text, when, MEDIA, media), friend, title, by_owner)
