"""From Telegram records to a :class:`Conversation`: times, order, participants, key and owner.

Times: when every message carries an instant (JSON ``date_unixtime``, HTML ``UTC+hh:mm``) they
become timezone-aware UTC. Otherwise the export's wall clock (``date``) is used for all of them,
and a message that only has an instant is shifted by the offset the other messages show.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from guardian_app.domain import SYSTEM, Conversation, Message
from guardian_app.importers.base import ExportFile

_EPOCH = datetime(1970, 1, 1)


@dataclass(slots=True)
class Record:
    """One message as read, before the conversation-wide time decision."""

    sender: str | None
    sender_id: str | None
    text: str
    kind: str
    media: tuple[str, ...]
    local: datetime | None  # wall clock of the exporting computer, zone unknown
    instant: datetime | None  # timezone-aware
    forwarded: bool


@dataclass(slots=True)
class ChatInfo:
    """What the export says about the chat and its owner."""

    title: str | None = None
    chat_type: str | None = None
    chat_id: str | None = None
    owner_id: str | None = None  # "user<id>" from a full export's personal_information
    owner_name: str | None = None


def norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _shift(utc: datetime, offset: timedelta | None) -> datetime | None:
    try:
        return utc + offset if offset is not None else utc
    except OverflowError:  # an absurd date at the edge of the calendar
        return None


def _times(records: list[Record], notes: list[str]) -> tuple[list[datetime | None], bool]:
    if records and all(r.instant for r in records):
        notes.append("Times are in UTC.")
        return [r.instant.astimezone(UTC) for r in records if r.instant], True
    offsets = Counter(
        r.local - r.instant.astimezone(UTC).replace(tzinfo=None)
        for r in records if r.local and r.instant
    )
    offset = offsets.most_common(1)[0][0] if offsets else None
    times: list[datetime | None] = []
    shifted = 0
    for r in records:
        if r.local is None and r.instant is not None:
            shifted += 1
            utc = r.instant.astimezone(UTC).replace(tzinfo=None)
            times.append(_shift(utc, offset))
        else:
            times.append(r.local)
    if any(times):
        notes.append("Times are the exporting computer's clock; the export gives no time zone.")
    if shifted and offset is not None:
        notes.append(f"{_n(shifted, 'message')} with only a UTC time shifted by "
                     f"{_offset_text(offset)}, the offset the other messages show.")
    elif shifted:
        notes.append(f"{_n(shifted, 'message')} with only a UTC time shown in UTC.")
    return times, False


def _seconds(ts: datetime) -> float:
    return ts.timestamp() if ts.tzinfo else (ts - _EPOCH).total_seconds()


def _messages(records: list[Record], notes: list[str]) -> tuple[list[Message], bool]:
    times, aware = _times(records, notes)
    order = list(range(len(records)))
    if records and all(times):
        order.sort(key=lambda i: _seconds(times[i]))  # type: ignore[arg-type]
        moved = sum(1 for pos, i in enumerate(order) if pos != i)
        if moved:
            notes.append(f"{_n(moved, 'message')} out of time order and put in order.")
    missing = sum(1 for t in times if t is None)
    if missing:
        notes.append(f"{_n(missing, 'message')} without a readable date kept without a time.")
    messages = [
        Message(records[i].sender, records[i].text, times[i], records[i].kind,
                records[i].media, index=pos)
        for pos, i in enumerate(order)
    ]
    return messages, aware


def chat_key(info: ChatInfo, participants: list[str]) -> str:
    """``telegram:`` + sha1 of the chat id, else the normalised title, else the participants."""
    if info.chat_id:
        basis = "id:" + info.chat_id
    elif info.title:
        basis = "title:" + norm(info.title)
    else:
        basis = "participants:" + "\n".join(sorted(norm(p) for p in participants))
    return "telegram:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _sides(info: ChatInfo, records: list[Record], participants: list[str],
           notes: list[str]) -> tuple[str | None, str | None]:
    """(owner, contact_hint), each only when the export shows it."""
    owner = contact = None
    if info.owner_id:
        owner = next((r.sender for r in records if r.sender and r.sender_id == info.owner_id),
                     info.owner_name)
        if owner:
            notes.append(f"The export is from {owner}'s Telegram account.")
    if info.chat_type == "personal_chat" and info.chat_id:
        peer_ids = {info.chat_id, "user" + info.chat_id}
        contact = next((r.sender for r in records if r.sender and r.sender_id in peer_ids),
                       info.title)
        others = {r.sender for r in records
                  if r.sender and r.kind != SYSTEM and r.sender_id not in peer_ids}
        if owner is None and len(others) == 1:
            owner = others.pop()
            notes.append(f"The export came from {owner}'s account (the chat is with {contact}).")
    elif info.chat_type == "saved_messages" and len(participants) == 1:
        owner = participants[0]
    elif info.chat_type is None and info.title and len(participants) == 2:
        contact = next((p for p in participants if norm(p) == norm(info.title)), None)
    return owner, contact


def build(ef: ExportFile, info: ChatInfo, records: list[Record], skipped: int,
          notes: list[str], fmt: str) -> Conversation:
    """One conversation from the records of one chat (or of one HTML page of it)."""
    notes = list(notes)
    messages, aware = _messages(records, notes)
    participants: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in participants:
            participants.append(m.sender)
    forwarded = sum(1 for r in records if r.forwarded)
    if forwarded:
        notes.append(f"{_n(forwarded, 'forwarded message')} shown as sent by the person "
                     "who forwarded it.")
    if skipped:
        notes.append(f"{_n(skipped, 'damaged record')} skipped.")
    owner, contact = _sides(info, records, participants, notes)
    title = info.title or ", ".join(participants) or ef.name
    return Conversation(
        key=chat_key(info, participants), source=ef.display, format=fmt, title=title,
        participants=participants, messages=messages, owner=owner, contact_hint=contact,
        timezone_known=aware, skipped=skipped, notes=notes,
    )
