"""Turning one Telegram Desktop JSON message object into a :class:`Record`.

Media is recognised from the keys Telegram writes (``photo``, ``file``, ``media_type``,
``contact_information``, ...) and only its kind is kept: file paths and names are dropped.
``text`` is a string or an array of strings and entity objects; ``text_entities`` is preferred.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers.telegram_chat import Record

MAX_TEXT = 100_000  # characters; Telegram itself caps a message at 4096
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")
_MEDIA_TYPES = {
    "sticker": "sticker",
    "voice_message": "audio",
    "audio_file": "audio",
    "video_file": "video",
    "video_message": "video",
    "animation": "gif",
}
_MEDIA_KEYS = (
    ("photo", "image"),
    ("contact_information", "contact"),
    ("location_information", "location"),
    ("place_name", "location"),
    ("live_location_period_seconds", "location"),
    ("poll", "other"),
    ("game_title", "other"),
    ("invoice_information", "other"),
    ("todo_list", "other"),
)
_ACTIONS = {
    "phone_call": "called",
    "group_call": "started a voice chat",
    "create_group": "created the group",
    "create_channel": "created the channel",
    "invite_members": "added members",
    "remove_members": "removed members",
    "join_group_by_link": "joined the group by link",
    "join_group_by_request": "joined the group by request",
    "joined_telegram": "joined Telegram",
    "edit_group_title": "changed the group name",
    "edit_group_photo": "changed the group photo",
    "delete_group_photo": "removed the group photo",
    "pin_message": "pinned a message",
    "clear_history": "cleared the history",
    "take_screenshot": "took a screenshot",
    "set_messages_ttl": "set messages to auto-delete",
    "migrate_to_supergroup": "turned the group into a supergroup",
    "topic_created": "created a topic",
}


class BadRecord(ValueError):
    """A message object that cannot be read; it is counted as skipped."""


def _name(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def _ident(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) or None  # "user123", "channel9", or a bare number in old exports


def text_of(value: Any, depth: int = 0) -> str:
    """Text from a string, or an array mixing strings and ``{"type", "text"}`` objects."""
    if isinstance(value, str):
        return value
    if depth > 8:
        raise BadRecord("text nested too deeply")
    if isinstance(value, list):
        return "".join(text_of(part, depth + 1) for part in value)
    if isinstance(value, dict):
        return text_of(value.get("text", ""), depth + 1)
    if value is None:
        return ""
    raise BadRecord("text is not text")


def _rich_text(value: Any, depth: int = 0) -> str:
    """Every string under a ``text`` key of a 2026-style ``rich_message`` (checklists etc.)."""
    if depth > 16:
        return ""
    if isinstance(value, dict):
        parts = [v if k == "text" and isinstance(v, str) else _rich_text(v, depth + 1)
                 for k, v in value.items()]
    elif isinstance(value, list):
        parts = [_rich_text(v, depth + 1) for v in value]
    else:
        return ""
    return "\n".join(p for p in parts if p)


def _message_text(obj: dict[str, Any]) -> str:
    entities = obj.get("text_entities")
    if isinstance(entities, list):
        text = text_of(entities)
    elif "text" in obj:
        text = text_of(obj["text"])
    else:
        text = _rich_text(obj.get("rich_message"))
    if isinstance(obj.get("poll"), dict):
        question = text_of(obj["poll"].get("question", ""))
        text = (text + "\n" + question).strip() if question else text
    if len(text) > MAX_TEXT:
        raise BadRecord("message text too long")
    return text


def _media(obj: dict[str, Any]) -> tuple[str, ...]:
    media_type = obj.get("media_type")
    if isinstance(media_type, str):
        return (_MEDIA_TYPES.get(media_type, "other"),)
    if "file" in obj or "mime_type" in obj:
        return ("document",)
    return tuple(kind for key, kind in _MEDIA_KEYS if key in obj)[:1]


def _times(obj: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    local = epoch = None
    date = obj.get("date")
    if isinstance(date, str) and _ISO.match(date):
        try:
            local = datetime.fromisoformat(date)
        except ValueError:
            local = None
    unix = obj.get("date_unixtime")
    if isinstance(unix, str | int) and not isinstance(unix, bool) and str(unix).isdigit():
        try:
            epoch = datetime.fromtimestamp(int(unix), UTC)
        except (OverflowError, OSError, ValueError):
            epoch = None
    return local, epoch


def _service_text(obj: dict[str, Any], actor: str | None) -> str:
    action = obj.get("action")
    words = _ACTIONS.get(action) if isinstance(action, str) else None
    if words is None:
        words = action.replace("_", " ") if isinstance(action, str) else "did something"
    seconds = obj.get("duration_seconds")
    if isinstance(seconds, int) and not isinstance(seconds, bool) and seconds > 0:
        words += f" ({seconds} seconds)"
    return f"{actor or 'Someone'} {words}"


def to_record(obj: Any) -> Record:
    """One JSON message object as a record. Raises :class:`BadRecord` for a malformed one."""
    if not isinstance(obj, dict):
        raise BadRecord("message is not an object")
    kind = obj.get("type", "message")
    local, epoch = _times(obj)
    if kind == "service":
        actor = _name(obj.get("actor"))
        return Record(None, _ident(obj.get("actor_id")), _service_text(obj, actor), SYSTEM,
                      (), local, epoch, False)
    if kind != "message":
        raise BadRecord("unknown message type")
    sender = _name(obj.get("from")) or "Deleted Account"
    media = _media(obj)
    return Record(sender, _ident(obj.get("from_id")), _message_text(obj),
                  MEDIA if media else TEXT, media, local, epoch, "forwarded_from" in obj)
