"""Telegram Desktop ``result.json``: a single chat, or a full-account export (``chats.list``).

The file is streamed with ijson's event parser, so a 1 GB export never sits in memory: only one
message object is built at a time, turned into a small record, and dropped. A full-account
export's ``personal_information`` names the owner; ``left_chats.list`` is read as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import ijson
from ijson.common import ObjectBuilder

from guardian_app.domain import Conversation
from guardian_app.importers import json_guard
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.telegram_chat import ChatInfo, Record, build
from guardian_app.importers.telegram_fields import MAX_TEXT, BadRecord, to_record
from guardian_app.importers.telegram_stream import CleanJsonBytes, CleanText

CHAT_PREFIXES = ("", "chats.list.item", "left_chats.list.item")
MAX_DEPTH = 32  # nesting inside one message object
_OWNER = "personal_information."
_CHAT_KEYS = ("messages.item", "messages", "name", "type", "id")


@dataclass(slots=True)
class _Chat:
    info: ChatInfo = field(default_factory=ChatInfo)
    records: list[Record] = field(default_factory=list)
    skipped: int = 0
    has_messages: bool = False


class _Walker:
    """Consumes ijson events; collects one :class:`_Chat` per chat object."""

    def __init__(self) -> None:
        self.chats: list[_Chat] = []
        self.open: dict[str, _Chat] = {}
        self.owner = ChatInfo()
        self._names: dict[str, str] = {}
        self._builder: ObjectBuilder | None = None
        self._chat: _Chat | None = None  # the chat the message being built belongs to
        self._depth = 0
        self._bad = False

    def feed(self, prefix: str, event: str, value: Any) -> None:
        if self._builder is not None:
            self._feed_message(event, value)
        elif prefix.startswith(_OWNER):
            self._feed_owner(prefix[len(_OWNER):], value)
        elif event == "start_map" and prefix in CHAT_PREFIXES:
            self.open[prefix] = _Chat()
        elif event == "end_map" and prefix in self.open:
            chat = self.open.pop(prefix)
            if chat.has_messages:
                self.chats.append(chat)
        else:
            found = self._owning_chat(prefix)
            if found is not None:
                self._feed_chat(found[0], found[1], event, value)

    def _owning_chat(self, prefix: str) -> tuple[_Chat, str] | None:
        """The open chat this prefix is a direct field of, and the field's key."""
        for key in _CHAT_KEYS:
            if prefix == key:
                owner = ""
            elif prefix.endswith("." + key):
                owner = prefix[: -len(key) - 1]
            else:
                continue
            if owner in self.open:
                return self.open[owner], key
        return None

    def _feed_chat(self, chat: _Chat, key: str, event: str, value: Any) -> None:
        if key == "messages" and event == "start_array":
            chat.has_messages = True
        elif key == "messages.item":
            if event in ("start_map", "start_array"):
                self._builder, self._chat, self._depth, self._bad = ObjectBuilder(), chat, 0, False
                self._feed_message(event, value)
            else:
                chat.skipped += 1
        elif key == "name" and isinstance(value, str):
            chat.info.title = " ".join(value.split()) or None
        elif key == "type" and isinstance(value, str):
            chat.info.chat_type = value
        elif key == "id" and event in ("number", "string") and not isinstance(value, float):
            chat.info.chat_id = str(value) or None

    def _feed_owner(self, key: str, value: Any) -> None:
        if key == "user_id" and isinstance(value, int | str) and str(value).isdigit():
            self.owner.owner_id = "user" + str(value)
        elif key in ("first_name", "last_name") and isinstance(value, str):
            self._names[key] = value
            full = f"{self._names.get('first_name', '')} {self._names.get('last_name', '')}"
            self.owner.owner_name = " ".join(full.split()) or None

    def _feed_message(self, event: str, value: Any) -> None:
        assert self._builder is not None and self._chat is not None
        if event in ("start_map", "start_array"):
            self._depth += 1
            self._bad = self._bad or self._depth > MAX_DEPTH
        elif event in ("end_map", "end_array"):
            self._depth -= 1
        elif isinstance(value, str) and len(value) > MAX_TEXT:
            self._bad = True
        if not self._bad:
            self._builder.event(event, value)
        if self._depth == 0:
            self._finish_message()

    def _finish_message(self) -> None:
        assert self._builder is not None and self._chat is not None
        chat, obj, bad = self._chat, self._builder.value, self._bad
        self._builder = self._chat = None
        if bad:
            chat.skipped += 1
            return
        try:
            chat.records.append(to_record(obj))
        except BadRecord:
            chat.skipped += 1

    def cut_short(self) -> None:
        """The JSON broke off: keep the chats read so far, counting the damage."""
        self._builder = None
        for chat in self.open.values():
            if chat.has_messages:
                chat.skipped += 1
                self.chats.append(chat)
        self.open.clear()


def read_json(ef: ExportFile, fmt: str) -> list[Conversation]:
    """Every chat in one Telegram JSON export. Raises :class:`ExportError` when there is none."""
    text = CleanText(ef, fix_json=True)
    stream = CleanJsonBytes(text)
    walker = _Walker()
    notes: list[str] = []
    try:
        for prefix, event, value in json_guard.parse(stream):
            walker.feed(prefix, event, value)
    except ijson.JSONError:  # its message quotes the file's text: never shown or logged
        if not any(c.records for c in (*walker.chats, *walker.open.values())):
            raise ExportError(
                f"{ef.display} is not a readable Telegram export: the JSON is damaged."
            ) from None
        walker.cut_short()
        notes.append("The file is damaged or cut short; only the messages before that were read.")
    finally:
        stream.close()
    if not walker.chats:
        raise ExportError(f"{ef.display} does not contain any Telegram chat.")
    if text.replaced:
        notes.append(f"{text.replaced} characters could not be read and were replaced.")
    conversations = []
    for chat in walker.chats:
        chat.info.owner_id, chat.info.owner_name = walker.owner.owner_id, walker.owner.owner_name
        conversations.append(build(ef, chat.info, chat.records, chat.skipped, notes, fmt))
    return conversations
