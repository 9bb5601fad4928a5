"""Legacy Google Hangouts in Google Takeout: ``Hangouts/Hangouts.json``, one file per account
holding every conversation, streamed (export-formats.md §11.1).

Two schema generations: 2014-2017 ``conversation_state[].conversation_state.{conversation,event}``
and 2018+ ``conversations[].{conversation.conversation, events}``. Timestamps are epoch
microseconds (UTC). Names come from ``participant_data[].fallback_name``; the account owner from
``self_conversation_state.self_read_state.participant_id``. Photos are never fetched or opened.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from guardian_app.domain import MEDIA, SYSTEM, TEXT, Conversation, Message
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_common import Chat, build, from_epoch
from guardian_app.importers.json_paths import END, START, text_of, values
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "hangouts"
LABEL = "Google Hangouts"
EXTENSIONS = (".json",)

_OLD, _NEW = "conversation_state.item", "conversations.item"
_META = frozenset({_OLD + ".conversation_state.conversation", _NEW + ".conversation.conversation"})
_EVENTS = frozenset({_OLD + ".conversation_state.event.item", _NEW + ".events.item"})
_IDS = frozenset({_OLD + ".conversation_id", _NEW + ".conversation.conversation_id"})
_EMBED = {"PLUS_PHOTO": "image", "PLACE_V2": "location", "PLACE": "location", "PLUS_AUDIO_V2": "audio",
          "THING_V2": "location", "PLUS_VIDEO": "video"}  # fmt: skip
_SIGNS = re.compile(r'"conversation_state"\s*:\s*\[|"conversations"\s*:\s*\[')
_INNER = re.compile(r'"(?:participant_data|event_type|conversation_id|self_conversation_state)"\s*:')
_EVENT_TEXT = {
    "HANGOUT_EVENT": "call", "ADD_USER": "added people", "REMOVE_USER": "removed people",
    "RENAME_CONVERSATION": "renamed the conversation", "GROUP_LINK_SHARING_MODIFICATION": "changed link sharing",
}  # fmt: skip


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a Hangouts.json (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    if not text.lstrip("\ufeff \t\r\n").startswith("{") or not _SIGNS.search(text):
        return 0.0
    if _INNER.search(text):
        return 0.95 if name.lower() == "hangouts.json" else 0.9
    return 0.4 if name.lower() == "hangouts.json" else 0.0


def _gaia(value: Any) -> str:
    return text_of(value.get("gaia_id")) if isinstance(value, dict) else ""


def _text(content: dict[str, Any]) -> str:
    parts: list[str] = []
    segments = content.get("segment")
    for seg in segments if isinstance(segments, list) else ():
        if isinstance(seg, dict):
            parts.append("\n" if seg.get("type") == "LINE_BREAK" else str(seg.get("text") or "")[:100_000])
    return "".join(parts).strip()


def _media(content: dict[str, Any]) -> tuple[str, ...]:
    kinds: list[str] = []
    attachments = content.get("attachment")
    for item in attachments if isinstance(attachments, list) else ():
        embed = item.get("embed_item") if isinstance(item, dict) else None
        types = embed.get("type") if isinstance(embed, dict) else None
        names = types if isinstance(types, list) else [types]
        kind = next((_EMBED[t] for t in names if isinstance(t, str) and t in _EMBED), "other")
        if kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


def to_message(event: Any) -> Message | None:
    """One event, with the sender's gaia id as ``sender`` (names are filled in later)."""
    if not isinstance(event, dict):
        return None
    when = from_epoch(event.get("timestamp"), "us")
    sender = _gaia(event.get("sender_id"))
    if when is None or not sender:
        return None
    chat_message = event.get("chat_message")
    content = chat_message.get("message_content") if isinstance(chat_message, dict) else None
    if isinstance(content, dict):
        text, kinds = _text(content), _media(content)
        return Message(sender, text, when, MEDIA, kinds) if kinds else Message(sender, text, when, TEXT)
    what = _EVENT_TEXT.get(str(event.get("event_type")), "changed the conversation")
    return Message(None, f"\x00{sender}\x00{what}", when, SYSTEM)


class _Conversation:
    def __init__(self) -> None:
        self.chat = Chat(identity="", title="")
        self.names: dict[str, str] = {}
        self.self_id = ""
        self.name = ""

    def meta(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        self.chat.group = value.get("type") == "GROUP" if value.get("type") else None
        self.name = text_of(value.get("name"))
        people = value.get("participant_data")
        for person in people if isinstance(people, list) else ():
            if isinstance(person, dict) and _gaia(person.get("id")):
                phone = person.get("phone_number")
                label = text_of(person.get("fallback_name")) or (
                    text_of(phone.get("e164")) if isinstance(phone, dict) else "")
                self.names[_gaia(person.get("id"))] = label
        state = value.get("self_conversation_state")
        read = state.get("self_read_state") if isinstance(state, dict) else None
        self.self_id = _gaia(read.get("participant_id")) if isinstance(read, dict) else ""
        if not self.chat.identity:
            self.id_from(value.get("id"))

    def id_from(self, value: Any) -> None:
        ident = text_of(value.get("id")) if isinstance(value, dict) else ""
        if ident:
            self.chat.identity = "id:" + ident

    def name_of(self, gaia: str) -> str:
        return self.names.get(gaia) or f"Unknown person {gaia[-4:]}"

    def finish(self, ef: ExportFile) -> Conversation | None:
        chat = self.chat
        if not chat.messages and not chat.skipped:
            return None
        for i, m in enumerate(chat.messages):
            if m.kind == SYSTEM and m.text.startswith("\x00"):
                _, who, what = m.text.split("\x00", 2)
                chat.messages[i] = replace(m, text=f"{self.name_of(who)} {what}")
            elif m.sender:
                chat.messages[i] = replace(m, sender=self.name_of(m.sender))
        if self.self_id and any(m.sender == self.name_of(self.self_id) for m in chat.messages):
            chat.owner = self.name_of(self.self_id)
            chat.notes.append(f"The Takeout file belongs to {chat.owner} (the export marks their account).")
        others = [self.name_of(g) for g in self.names if g != self.self_id]
        chat.title = self.name or ", ".join(others) or chat.title
        chat.identity = chat.identity or "title:" + chat.title
        chat.notes.insert(0, "Times are in UTC.")
        return build(NAME, ef.display, chat, timezone_known=True)


def parse(ef: ExportFile) -> list[Conversation]:
    """Every conversation in one Hangouts.json. Raises only :class:`ExportError`."""
    found: list[Conversation] = []
    current: _Conversation | None = None
    marks = frozenset({_OLD, _NEW})
    for path, value in values(ef, _META | _EVENTS | _IDS, marks):
        if value is START:
            current = _Conversation()
        elif value is END:
            done = current.finish(ef) if current else None
            if done:
                found.append(done)
            current = None
        elif current is None:
            continue
        elif path in _IDS:
            current.id_from(value)
        elif path in _META:
            current.meta(value)
        else:
            message = to_message(value)
            if message is None:
                current.chat.skipped += 1
            else:
                current.chat.messages.append(message)
    if not found:
        raise ExportError(f"{ef.display} does not look like a Hangouts export: it holds no conversation.")
    return found
