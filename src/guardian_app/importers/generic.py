"""Guardian's own generic format, for chats no other importer reads (docs/generic-format.md).

A CSV file whose header names exactly the columns ``timestamp, sender, text`` (plus, if wanted,
``chat, kind, is_owner``), or JSON Lines with the same keys. Files named ``*.guardian.csv`` /
``*.guardian.jsonl`` are recognised most surely; other names only when the header (or first
object) has exactly these names, so no other app's CSV or JSON is taken for ours.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC

from guardian_app.domain import SYSTEM, Conversation, Message
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.generic_rows import (
    REQUIRED,
    BadRow,
    Row,
    csv_rows,
    exact_keys,
    header_delimiter,
    jsonl_rows,
    text_stream,
)
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "generic"
LABEL = "Guardian generic (CSV or JSON Lines)"
# Reads .csv too, but only claims .jsonl: EXTENSIONS only words the error for a file nobody recognised,
# and a stray .csv is more likely a broken DiscordChatExporter/WeChat file than one of ours.
EXTENSIONS = (".jsonl",)
_NAMED = (".guardian.csv", ".guardian.jsonl")


def _first_lines(head: bytes) -> list[str]:
    return decode_head(head).lstrip("\ufeff").split("\n")


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this file is in the generic format (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    lines = _first_lines(head)
    named = name.casefold().endswith(_NAMED)
    first = next((line for line in lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            value = json.loads(first)
        except (ValueError, RecursionError):
            cut_off = first is lines[-1]  # the head ended inside the first object
            sure = cut_off and all(f'"{key}"' in first for key in REQUIRED)
            return 0.6 if named and sure else 0.0
        if isinstance(value, dict) and exact_keys([str(k) for k in value]):
            return 0.95 if named else 0.8
        return 0.0
    if header_delimiter(lines[0]):
        return 0.95 if named else 0.75
    return 0.0


@dataclass(slots=True)
class _Chat:
    title: str
    messages: list[Message] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    skipped: int = 0
    odd: int = 0  # rows whose kind Guardian does not know (read as text)


def _rows(ef: ExportFile) -> Iterator[Row | BadRow]:
    head = ef.head()
    if not head.strip():
        raise ExportError(f"{ef.display} could not be read: the file is empty.")
    if looks_binary(head):
        raise ExportError(f"{ef.display} is not in Guardian's generic format: it is not a text file.")
    lines = _first_lines(head)
    is_json = next((line for line in lines if line.strip()), "").lstrip().startswith("{")
    delimiter = None if is_json else header_delimiter(lines[0])
    if not is_json and delimiter is None:
        raise ExportError(f"{ef.display} is not in Guardian's generic format: its first line must name "
                          "the columns timestamp, sender and text.")
    with ef.open() as raw:
        stream = text_stream(raw, head)
        try:
            yield from jsonl_rows(stream) if delimiter is None else csv_rows(stream, delimiter)
        except ExportError:
            raise
        except (OSError, EOFError) as exc:
            raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one generic-format file. Raises :class:`ExportError` for a file that is not one."""
    chats: dict[str, _Chat] = {}
    lost = 0
    for row in _rows(ef):
        if isinstance(row, BadRow) and row.chat is None:
            lost += 1
            continue
        chat_name = row.chat or ""
        chat = chats.setdefault(" ".join(chat_name.split()).casefold(), _Chat(chat_name))
        if isinstance(row, BadRow):
            chat.skipped += 1
            continue
        chat.messages.append(row.message)
        chat.odd += row.odd_kind
        if row.is_owner and row.message.sender and row.message.sender not in chat.owners:
            chat.owners.append(row.message.sender)
    if not any(c.messages for c in chats.values()):
        skipped = lost + sum(c.skipped for c in chats.values())
        if skipped:
            raise ExportError(f"{ef.display} could not be read: none of its {skipped} rows is a readable message.")
    conversations = [_conversation(ef, norm, chat) for norm, chat in chats.items() if chat.messages]
    lost += sum(c.skipped for c in chats.values() if not c.messages)
    if conversations and lost:
        conversations[0].skipped += lost
        conversations[0].notes.append(f"{_n(lost, 'row')} could not be read and skipped.")
    return conversations


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _ordered(messages: list[Message], notes: list[str]) -> tuple[list[Message], bool]:
    """The messages in time order, and whether their times carry a zone."""
    times = [m.timestamp for m in messages]
    if any(t is None for t in times):
        notes.append(f"{_n(times.count(None), 'message')} without a time; the file's order is kept.")
        return messages, False
    zoned = [t.tzinfo is not None for t in times if t is not None]
    if any(zoned) and not all(zoned):
        notes.append("Some times had a time zone and some did not; all are shown without one.")
        messages = [replace(m, timestamp=m.timestamp.astimezone(UTC).replace(tzinfo=None))
                    if m.timestamp and m.timestamp.tzinfo else m for m in messages]
    ordered = sorted(messages, key=lambda m: m.timestamp)  # type: ignore[arg-type, return-value]
    return ordered, all(zoned)


def _conversation(ef: ExportFile, norm: str, chat: _Chat) -> Conversation:
    notes: list[str] = []
    ordered, zoned = _ordered(chat.messages, notes)
    notes.insert(0, "Times are in UTC." if zoned else "Times are as written in the file (time zone not known).")
    messages = [replace(m, index=i) for i, m in enumerate(ordered)]
    participants: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in participants:
            participants.append(m.sender)
    if chat.skipped:
        notes.append(f"{_n(chat.skipped, 'row')} could not be read and skipped.")
    if chat.odd:
        notes.append(f"{_n(chat.odd, 'row')} with a kind Guardian does not know read as text.")
    owner = chat.owners[0] if len(chat.owners) == 1 else None
    if len(chat.owners) > 1:
        notes.append("More than one sender is marked as the owner, so Guardian does not assume who the child is.")
    contact = None
    if owner and len(participants) == 2:
        contact = participants[1 - participants.index(owner)]
    identity = "chat:" + norm if norm else "people:" + "\n".join(sorted(p.casefold() for p in participants))
    return Conversation(
        key=f"{NAME}:" + hashlib.sha1(identity.encode("utf-8")).hexdigest(),
        source=ef.display,
        format=NAME,
        title=chat.title or ", ".join(participants) or ef.name,
        participants=participants,
        messages=messages,
        owner=owner,
        contact_hint=contact,
        timezone_known=zoned and bool(messages),
        skipped=chat.skipped,
        notes=notes,
    )
