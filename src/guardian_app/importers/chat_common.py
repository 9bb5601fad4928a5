"""Small pieces the LINE, QQ, WeChat and Google importers share: chat keys, epoch times,
media kinds from placeholders or file extensions, and turning collected messages into a
:class:`Conversation` (time order, indexes, participants)."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import PurePosixPath

from guardian_app.domain import SYSTEM, Conversation, Message

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NAIVE_EPOCH = datetime(1970, 1, 1)
_MIN = datetime(1990, 1, 1, tzinfo=UTC)  # no chat app exported anything earlier
_MAX = datetime(2100, 1, 1, tzinfo=UTC)
_DIVISORS = {"s": 1, "ms": 1_000, "us": 1_000_000}

_EXT_KINDS = {
    "image": ("jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp"),
    "video": ("mp4", "mov", "3gp", "avi", "mkv", "webm", "m4v"),
    "audio": ("opus", "ogg", "m4a", "mp3", "aac", "wav", "amr", "silk", "flac"),
}


def normalise(text: str) -> str:
    """A comparable form of a name or title: NFKC, case-folded, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def chat_key(fmt: str, identity: str) -> str:
    """``"<format>:" + sha1`` of a stable chat identity (an id, or a normalised title)."""
    return f"{fmt}:" + hashlib.sha1(normalise(identity).encode("utf-8")).hexdigest()


def from_epoch(value: object, unit: str = "s") -> datetime | None:
    """A UTC datetime from epoch seconds/milliseconds/microseconds (number or digit string);
    None when missing, not a number, or outside 1990-2100."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = value.strip()
        if not value.isascii() or not value.replace(".", "", 1).isdigit():
            return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    seconds = number / _DIVISORS[unit]
    if not 631152000 <= seconds <= 4102444800:  # 1990..2100
        return None
    return _EPOCH + timedelta(seconds=seconds)


def kind_from_extension(name: str) -> str:
    """The media kind a file name suggests (the file itself is never opened)."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower().lstrip(".")
    for kind, extensions in _EXT_KINDS.items():
        if suffix in extensions:
            return kind
    return "document" if suffix else "other"


def _sort_key(m: Message) -> float:
    if m.timestamp is None:
        return float("-inf")
    if m.timestamp.tzinfo is None:
        return (m.timestamp - _NAIVE_EPOCH).total_seconds()
    return m.timestamp.timestamp()


@dataclass(slots=True)
class Chat:
    """A conversation being collected."""

    identity: str
    title: str
    group: bool | None = None
    messages: list[Message] = field(default_factory=list)
    skipped: int = 0
    owner: str | None = None
    notes: list[str] = field(default_factory=list)


def in_time_order(messages: list[Message]) -> tuple[list[Message], int]:
    """Messages sorted by time (stable; a message without a time keeps the time of the one
    before it), re-indexed 0..n-1, and how many had to move."""
    keyed: list[tuple[float, int, Message]] = []
    last = float("-inf")
    for position, m in enumerate(messages):
        key = _sort_key(m)
        last = key if m.timestamp is not None else last
        keyed.append((last, position, m))
    keyed.sort(key=lambda item: (item[0], item[1]))
    moved = sum(1 for new, item in enumerate(keyed) if item[1] != new)
    return [replace(m, index=i) for i, (_, _, m) in enumerate(keyed)], moved


def participants_of(messages: list[Message]) -> list[str]:
    found: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in found:
            found.append(m.sender)
    return found


def build(fmt: str, source: str, chat: Chat, timezone_known: bool) -> Conversation:
    """The finished conversation: time order, participants, contact hint for a 1:1 chat."""
    messages, moved = in_time_order(chat.messages)
    participants = participants_of(messages)
    notes = list(chat.notes)
    if moved:
        notes.append(f"{moved} messages were out of time order and were put in order.")
    if chat.skipped:
        what = "1 record was" if chat.skipped == 1 else f"{chat.skipped} records were"
        notes.append(f"{what} damaged and skipped.")
    owner = chat.owner if chat.owner in participants else None
    contact = None
    if chat.group is False:
        others = [p for p in participants if p != owner]
        if owner and len(others) == 1:
            contact = others[0]
        elif chat.title in participants and chat.title != owner:
            contact = chat.title
    return Conversation(
        key=chat_key(fmt, chat.identity),
        source=source,
        format=fmt,
        title=chat.title or ", ".join(participants),
        participants=participants,
        messages=messages,
        owner=owner,
        contact_hint=contact,
        timezone_known=timezone_known,
        skipped=chat.skipped,
        notes=notes,
    )
