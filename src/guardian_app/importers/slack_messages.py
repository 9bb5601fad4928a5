"""One Slack message record (an item of a ``YYYY-MM-DD.json`` day file) as a draft message.

Slack writes text as mrkdwn: ``<@U123>`` mentions, ``<#C123|name>`` channels, ``<url|label>``
links, ``<!here>``, and ``&amp; &lt; &gt;`` escapes. Senders and text stay raw here (user ids,
mrkdwn) and are resolved in place once the whole day file (and ``users.json``) is known, so
that a day file is held once, as the messages it becomes. Shared files
are never fetched or opened: only their kind is kept, from the MIME type Slack recorded.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Message

MAX_TEXT = 100_000  # characters kept of one message
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TS = re.compile(r"^\s*(\d{9,10})(?:\.(\d{1,6})\d*)?\s*$")
_LINK = re.compile(r"<([^<>\n]{1,2000})>")
_SYSTEM_SUBTYPES = frozenset({
    "channel_join", "channel_leave", "channel_topic", "channel_purpose", "channel_name", "channel_archive",
    "channel_unarchive", "channel_convert_to_private", "channel_convert_to_public", "group_join",
    "group_leave", "group_topic", "group_purpose", "group_name", "group_archive", "group_unarchive",
    "bot_add", "bot_remove", "bot_enable", "bot_disable", "pinned_item", "unpinned_item", "reminder_add",
    "reminder_delete", "sh_room_created", "sh_room_shared", "huddle_thread", "app_conversation_join",
    "channel_canvas_updated", "joiner_notification", "slackbot_response",
})  # fmt: skip
_IGNORED_SUBTYPES = frozenset({"message_replied", "thread_broadcast_removed"})
_MEDIA_PREFIXES = (("image/gif", "gif"), ("image/", "image"), ("video/", "video"), ("audio/", "audio"))


def parse_ts(value: Any) -> datetime | None:
    """A ``ts`` string (epoch seconds with microseconds) as a UTC time; None when malformed."""
    found = _TS.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    seconds = int(found.group(1))
    if not 631152000 <= seconds <= 4102444800:  # 1990..2100
        return None
    micros = int((found.group(2) or "0").ljust(6, "0"))
    return _EPOCH + timedelta(seconds=seconds, microseconds=micros)


def _link(match: re.Match[str], names: dict[str, str]) -> str:
    target, _, label = match.group(1).partition("|")
    if target.startswith("@"):
        return "@" + (names.get(target[1:]) or label or target[1:])
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        return label or "@" + target[1:].split("^")[0]
    if label and label != target:
        return f"{label} ({target})"
    return target


def plain_text(mrkdwn: str, names: dict[str, str]) -> str:
    """Readable text from Slack mrkdwn, mentions resolved with ``names`` (user id -> name)."""
    text = _LINK.sub(lambda m: _link(m, names), mrkdwn[:MAX_TEXT])
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _file_kind(item: Any) -> str:
    if not isinstance(item, dict):
        return "other"
    mime = item.get("mimetype")
    mime = mime.lower() if isinstance(mime, str) else ""
    for prefix, kind in _MEDIA_PREFIXES:
        if mime.startswith(prefix):
            return kind
    return "document" if mime or isinstance(item.get("filetype"), str) else "other"


def _bot_name(record: dict[str, Any]) -> str | None:
    profile = record.get("bot_profile")
    for value in (record.get("username"), profile.get("name") if isinstance(profile, dict) else None):
        if isinstance(value, str) and value.strip():
            return value.strip()[:120]
    return None


def _attachment_text(record: dict[str, Any]) -> str:
    """What a bot posted as attachments (their fallback text; links are never fetched)."""
    items = record.get("attachments")
    items = items if isinstance(items, list) else []
    parts = [a.get("fallback") or a.get("text") for a in items if isinstance(a, dict)]
    return "\n".join(p for p in parts if isinstance(p, str))[:MAX_TEXT]


def to_message(record: Any) -> Message | None | bool:
    """A raw message (sender: a Slack user id or a bot's name; text: mrkdwn); None for a
    damaged record; False for a record Slack hides (not a message)."""
    if not isinstance(record, dict):
        return None
    hidden = record.get("hidden") is True
    if record.get("subtype") == "message_changed" and isinstance(record.get("message"), dict):
        inner = dict(record["message"])
        inner.setdefault("ts", record.get("ts"))
        record = inner
    when = parse_ts(record.get("ts"))
    if when is None:
        return None
    subtype = record.get("subtype") if isinstance(record.get("subtype"), str) else None
    if hidden or subtype in _IGNORED_SUBTYPES or record.get("type") not in (None, "message"):
        return False
    raw = record.get("text")
    text = raw if isinstance(raw, str) else ""
    user = record.get("user")
    user = user.strip()[:120] if isinstance(user, str) and user.strip() else None
    if subtype == "tombstone":
        return Message(None, text or "A message was deleted.", when, SYSTEM)
    if subtype in _SYSTEM_SUBTYPES:
        return Message(None, text or subtype.replace("_", " "), when, SYSTEM)
    if subtype == "bot_message" or (user is None and record.get("bot_id")):
        user = user or _bot_name(record) or "Slack app"
        text = text or _attachment_text(record)
    if user is None:
        return None
    if subtype == "message_deleted":
        return Message(user, "", when, DELETED)
    files = record.get("files")
    if isinstance(files, list) and files:
        return Message(user, text, when, MEDIA, tuple(dict.fromkeys(_file_kind(f) for f in files[:100])))
    if subtype == "file_share" and isinstance(record.get("file"), dict):
        return Message(user, text, when, MEDIA, (_file_kind(record["file"]),))
    return Message(user, text, when, TEXT)
