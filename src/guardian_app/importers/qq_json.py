"""QQ Chat Exporter (QCE, shuakami/qq-chat-exporter) JSON, streamed (export-formats.md §10.1).

Top level: ``metadata``, ``chatInfo{name,type}``, ``statistics``, ``messages[]``, ``avatars``.
A message has ``timestamp`` (epoch ms, or an ISO string in V4), ``sender{uid,uin,name,nickname,
groupCard}``, ``content{text,elements[],resources[]}``, ``recalled``/``system`` (V4:
``isRecalled``/``isSystemMessage``). Resources and avatars are never kept: only their kind.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from guardian_app.domain import DELETED, SYSTEM, Message
from guardian_app.importers import qq_content
from guardian_app.importers.chat_common import Chat, from_epoch
from guardian_app.importers.json_paths import values

_WANTED = frozenset({"chatInfo", "messages.item"})


def _time(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_epoch(value, "ms")
    if isinstance(value, str):
        if value.strip().isdigit():
            return from_epoch(value, "ms")
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if parsed.tzinfo is None or not 1990 <= parsed.year < 2100:
            return None
        return parsed.astimezone(UTC)
    return None


def _name(sender: Any, raw: Any) -> str:
    parts: list[Any] = []
    if isinstance(raw, dict):
        parts += [raw.get("sendMemberName"), raw.get("sendNickName")]
    if isinstance(sender, dict):
        parts += [sender.get(k) for k in ("groupCard", "name", "nickname", "uin", "uid")]
    for part in parts:
        if isinstance(part, str | int) and not isinstance(part, bool) and str(part).strip():
            return str(part).strip()[:200]
    return ""


def _media(content: dict[str, Any]) -> tuple[str, ...]:
    kinds: list[str] = []
    for key in ("elements", "resources"):
        items = content.get(key)
        for item in items if isinstance(items, list) else ():
            kind = qq_content.ELEMENT_KINDS.get(str(item.get("type"))) if isinstance(item, dict) else None
            if kind and kind not in kinds:
                kinds.append(kind)
    return tuple(kinds)


def to_message(record: Any) -> Message | None:
    """One QCE message, or None when the record is malformed."""
    if not isinstance(record, dict):
        return None
    when = _time(record.get("timestamp"))
    content = record.get("content")
    if when is None or not isinstance(content, dict):
        return None
    text = content.get("text")
    text = text if isinstance(text, str) else ""
    sender = _name(record.get("sender"), record.get("rawMessage"))
    if record.get("system") is True or record.get("isSystemMessage") is True:
        return Message(None, qq_content.split(text)[0], when, SYSTEM)
    if not sender:
        return None
    if record.get("recalled") is True or record.get("isRecalled") is True:
        return Message(sender, "", when, DELETED)
    return qq_content.message(sender, text, when, _media(content))


def read_qce_json(ef_values: Any, fallback_title: str) -> Chat:
    """The one chat of a QCE JSON export, from :func:`json_paths.values` output."""
    chat = Chat(identity="title:" + fallback_title, title=fallback_title)
    self_ids: set[str] = set()
    owners: set[str] = set()
    for path, value in ef_values:
        if path == "chatInfo" and isinstance(value, dict):
            name = value.get("name")
            if isinstance(name, str) and name.strip():
                chat.title = name.strip()[:200]
                chat.identity = "title:" + chat.title
            kind = value.get("type")
            if kind in ("group", "private", "friend", "temp"):
                chat.group = kind == "group"
            self_ids = {str(value[k]) for k in ("selfUid", "selfUin") if isinstance(value.get(k), str | int)}
            continue
        message = to_message(value)
        if message is None:
            chat.skipped += 1
            continue
        sender = value.get("sender") if isinstance(value, dict) else None
        if self_ids and isinstance(sender, dict) and {str(sender.get("uid")), str(sender.get("uin"))} & self_ids:
            owners.add(message.sender or "")
        chat.messages.append(message)
    if len(owners) == 1 and "" not in owners:
        chat.owner = next(iter(owners))
        chat.notes.append(f"The export names {chat.owner} as the account that made it.")
    return chat


def stream(ef) -> Any:  # type: ignore[no-untyped-def]
    """The (path, value) pairs of a QCE JSON file that :func:`read_qce_json` needs."""
    return values(ef, _WANTED)
