"""Snapchat "My Data": ``json/chat_history.json`` (and ``snap_history.json``), streamed.

Two layouts exist. Up to 2022 the top level holds sections ("Received Saved Chat History",
"Sent Saved Chat History", ...) of ``{From|To, Media Type, Created, Text}``; since 2023 it is
keyed by conversation, each a newest-first list of ``{From, Media Type, Created, Content,
IsSender, Conversation Title, Created(microseconds), ...}``. Snapchat exports text only for
saved messages and never includes media here: a message can only say that media existed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace

from guardian_app.domain import SYSTEM, TEXT, Conversation, Message
from guardian_app.importers import json_events
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.snapchat_records import BadRecord, to_message
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "snapchat"
LABEL = "Snapchat"
EXTENSIONS = (".json",)
OWNER_OLD = "Me"  # old exports never name the owner; their "Sent" sections prove who sent
_SECTION = re.compile(r"^(received|sent)\b.*\bhistory$", re.IGNORECASE)


@dataclass(slots=True)
class _Chat:
    title: str
    group: bool = False
    messages: list[Message] = field(default_factory=list)
    skipped: int = 0


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a Snapchat chat (or snap) history file (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head).lstrip("\ufeff \t\r\n")
    if not text.startswith("{"):
        return 0.0
    named = name.lower() in ("chat_history.json", "snap_history.json")
    if '"Media Type"' in text and '"Created"' in text:
        sure = '"IsSender"' in text or "Chat History" in text or "Snap History" in text
        return 0.95 if sure or named else 0.85
    return 0.7 if named and "Saved Chat History" in text else 0.0


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one Snapchat history file. Raises :class:`ExportError` for a file that is not one."""
    chats: dict[str, _Chat] = {}
    owners: set[str] = set()
    recognised, lost = False, 0
    for key, is_item, value in json_events.top_level(ef):
        if not is_item:
            recognised = recognised or value == []
            continue
        recognised = True
        section = _SECTION.match(key)
        try:
            record = to_message(value, sent=None if section is None else key.lower().startswith("sent"))
        except BadRecord:
            if section:  # the friend is unknown, so the record belongs to no chat
                lost += 1
            else:
                chats.setdefault(key.casefold(), _Chat(key)).skipped += 1
            continue
        chat_id = record.friend if section else key
        chat = chats.setdefault(chat_id.casefold(), _Chat(record.title or chat_id))
        chat.group = chat.group or bool(record.title)
        if section and record.by_owner:
            record.message.sender = OWNER_OLD
            owners.add(OWNER_OLD)
        elif record.by_owner and record.message.sender:
            owners.add(record.message.sender)
        chat.messages.append(record.message)
    if not recognised:
        raise ExportError(f"{ef.display} does not look like a Snapchat chat history: it has no chats.")
    if not chats and lost:
        raise ExportError(f"{ef.display} could not be read: none of its {lost} records is readable.")
    if lost:
        next(iter(chats.values())).skipped += lost
    owner = next(iter(owners)) if len(owners) == 1 else None
    return [_conversation(ef, cid, chat, owner) for cid, chat in chats.items()]


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _conversation(ef: ExportFile, chat_id: str, chat: _Chat, owner: str | None) -> Conversation:
    ordered = list(reversed(chat.messages))  # newest first in the file
    ordered.sort(key=lambda m: m.timestamp.timestamp() if m.timestamp else 0.0)
    messages = [replace(m, index=i) for i, m in enumerate(ordered)]
    participants: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in participants:
            participants.append(m.sender)
    notes = ["Times are in UTC."]
    unsaved = sum(1 for m in messages if m.kind == TEXT and not m.text)
    if unsaved:
        notes.append(f"{_n(unsaved, 'message')} not saved in Snapchat: the export only shows that "
                     "they were sent, not what they said.")
    if chat.skipped:
        notes.append(f"{_n(chat.skipped, 'record')} could not be read and skipped.")
    contact = None
    if not chat.group:
        contact = next((p for p in participants if p.casefold() == chat_id), None)
    if owner == OWNER_OLD:
        notes.append('Messages the account owner sent are shown as from "Me" (the export does not '
                     "name the owner).")
    elif owner:
        notes.append(f"The export marks {owner}'s messages as sent by the account owner.")
    return Conversation(
        key=f"{NAME}:" + hashlib.sha1(("chat:" + chat_id).encode("utf-8")).hexdigest(),
        source=ef.display,
        format=NAME,
        title=chat.title,
        participants=participants,
        messages=messages,
        owner=owner if owner in participants else None,
        contact_hint=contact,
        timezone_known=True,
        skipped=chat.skipped,
        notes=notes,
    )
