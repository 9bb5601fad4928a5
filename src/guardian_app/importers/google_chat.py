"""Google Chat in Google Takeout: ``Google Chat/Groups/<DM|Space id>/messages.json``, streamed
(export-formats.md §11.2).

``created_date`` is a human-readable string in the account's language, always in UTC (English
``Thursday, March 14, 2024 at 8:05:12<U+202F>PM UTC`` and Chinese ``2024年3月14日星期四 UTC
20:05:12`` are read). Attachments (``attached_files``) are never opened: a message only records
that media existed. The title comes from ``group_info.json`` and the account owner from
``Users/*/user_info.json`` when they sit next to the file (on disk or in the same zip).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation, Message
from guardian_app.importers import takeout_side
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_common import Chat, build, kind_from_extension, participants_of
from guardian_app.importers.json_paths import text_of, values
from guardian_app.importers.linestream import plural
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "google_chat"
LABEL = "Google Chat"
EXTENSIONS = (".json",)

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}  # fmt: skip
_EN = re.compile(r"(?P<mon>[A-Za-z]+)\.? (?P<d>\d{1,2}), (?P<y>\d{4})\D+?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
                 r"\s*(?P<ap>[AaPp]\.?[Mm]\.?)?")
_YMD = re.compile(r"(?P<y>\d{4})\s*[年/.\-]\s*(?P<mon>\d{1,2})\s*[月/.\-]\s*(?P<d>\d{1,2})\D*?"
                  r"(?P<ap>上午|下午)?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ap2>上午|下午|AM|PM)?")
_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u200e": "", "\u200f": ""})
_CREATOR = re.compile(r'"creator"\s*:\s*\{')
_CREATED = re.compile(r'"created_date"\s*:\s*"')


def parse_created(text: str) -> datetime | None:
    """The UTC time of a ``created_date`` string, or None when its language is not known."""
    clean = text.translate(_SPACES)
    found = _EN.search(clean)
    month = _MONTHS.get(found.group("mon").casefold()) if found else None
    if found is None or month is None:
        found = _YMD.search(clean)
        month = int(found.group("mon")) if found else None
    if found is None or month is None:
        return None
    hour = int(found.group("h"))
    mark = (found.group("ap") or found.groupdict().get("ap2") or "").casefold().replace(".", "")
    if mark in ("pm", "下午") and hour < 12:
        hour += 12
    elif mark in ("am", "上午") and hour == 12:
        hour = 0
    try:
        return datetime(int(found.group("y")), month, int(found.group("d")), hour, int(found.group("mi")),
                        int(found.group("s") or 0), tzinfo=UTC)
    except ValueError:
        return None


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a Google Chat ``messages.json`` (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    if not text.lstrip("\ufeff \t\r\n").startswith("{"):
        return 0.0
    if _CREATOR.search(text) and _CREATED.search(text):
        return 0.95 if name.lower() == "messages.json" else 0.9
    return 0.0


def _creator(record: dict[str, Any]) -> str | None:
    creator = record.get("creator")
    if not isinstance(creator, dict):
        return None
    return text_of(creator.get("name")) or text_of(creator.get("email")) or None


def to_message(record: Any) -> Message | None:
    """One Google Chat message, or None when the record is malformed."""
    if not isinstance(record, dict):
        return None
    raw_date = record.get("created_date")
    when = parse_created(raw_date) if isinstance(raw_date, str) else None
    sender = _creator(record)
    text = record.get("text")
    text = text if isinstance(text, str) else ""
    files = record.get("attached_files")
    kinds = tuple(dict.fromkeys(
        kind_from_extension(text_of(f.get("export_name")) or text_of(f.get("original_name")))
        for f in (files if isinstance(files, list) else ()) if isinstance(f, dict)
    ))
    if when is None and not isinstance(raw_date, str):
        return None
    if sender is None:
        return Message(None, text.strip(), when, SYSTEM) if text.strip() else None
    if record.get("message_state") == "DELETED" or record.get("deleted_date"):
        return Message(sender, "", when, DELETED)
    if kinds:
        return Message(sender, text, when, MEDIA, kinds)
    return Message(sender, text, when, TEXT)


def parse(ef: ExportFile) -> list[Conversation]:
    """The chat in one Google Chat ``messages.json``. Raises only :class:`ExportError`."""
    chat = Chat(identity="", title="")
    group_id = ""
    for _path, record in values(ef, frozenset({"messages.item"})):
        message = to_message(record)
        if message is None:
            chat.skipped += 1
            continue
        chat.messages.append(message)
        if not group_id and isinstance(record.get("message_id"), str):
            group_id = record["message_id"].split("/")[0]
    if not chat.messages:
        raise ExportError(f"{ef.display} does not look like a Google Chat export: it holds no readable message.")
    _describe(ef, chat, group_id)
    return [build(NAME, ef.display, chat, timezone_known=True)]


def _describe(ef: ExportFile, chat: Chat, group_id: str) -> None:
    folder = takeout_side.folder_name(ef)
    is_dm = folder.startswith("DM ") or group_id.startswith("DM")
    chat.group = not is_dm if folder.startswith(("DM ", "Space ")) else None
    chat.identity = "folder:" + folder if folder.startswith(("DM ", "Space ")) else "group:" + group_id
    info = takeout_side.sibling(ef, "group_info.json")
    name = text_of(info.get("name")) if isinstance(info, dict) else ""
    chat.notes.append("Times are in UTC.")
    unread = sum(1 for m in chat.messages if m.timestamp is None)
    if unread:
        chat.notes.append(f"{plural(unread, 'message')} with a time in a language Guardian cannot read yet.")
    people = participants_of(chat.messages)
    for user in takeout_side.user_infos(ef):
        me = user.get("user") if isinstance(user, dict) else None
        owner = text_of(me.get("name")) if isinstance(me, dict) else ""
        if owner in people:
            chat.owner = owner
            chat.notes.append(f"The Takeout folder belongs to {owner} (Users/user_info.json).")
            break
    others = [p for p in people if p != chat.owner]
    chat.title = name or (others[0] if is_dm and len(others) == 1 else ", ".join(people))
    if chat.identity == "group:":
        chat.identity = "title:" + chat.title
