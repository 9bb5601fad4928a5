"""WhatsApp "Export chat" files: Android and iOS, any language, with or without media.

The text is read whole (WhatsApp caps an export at about 40k messages). Media files an export
mentions, or that sit inside its zip, are never opened: a message only records that media
existed and what kind it was.
"""

from __future__ import annotations

from typing import BinaryIO

from guardian_app.domain import SYSTEM, Conversation, Message
from guardian_app.importers import dateorder
from guardian_app.importers import whatsapp_phrases as P
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.textdecode import decode, decode_head, looks_binary
from guardian_app.importers.whatsapp_header import to_datetime, year_of
from guardian_app.importers.whatsapp_lines import (
    Record,
    header_of,
    in_time_order,
    split_records,
    to_message,
)
from guardian_app.importers.whatsapp_names import chat_key, chat_title, same_name, title_from_name

NAME = "whatsapp"
LABEL = "WhatsApp"
EXTENSIONS = (".txt",)
MAX_BYTES = 256 * 1024 * 1024


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes (and this file name) are a WhatsApp export."""
    if not head or looks_binary(head):
        return 0.0
    lines = [line for line in decode_head(head).split("\n")[:80] if line.strip()]
    hits = sum(1 for line in lines[:40] if header_of(line))
    named = title_from_name(name) is not None or name.lower() == "_chat.txt"
    if hits == 0:
        return 0.3 if named else 0.0
    score = 0.6 + 0.05 * min(hits, 3) + (0.1 if header_of(lines[0]) else 0.0)
    return min(1.0, score + (0.1 if named else 0.0))


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _not_whatsapp(ef: ExportFile, reason: str) -> ExportError:
    return ExportError(f"{ef.display} does not look like a WhatsApp chat export: {reason}.")


def _read(ef: ExportFile) -> bytes:
    # In pieces: one read(MAX_BYTES) would set aside MAX_BYTES of memory even for a small file.
    chunks: list[bytes] = []
    total = 0
    with ef.open() as stream:
        while chunk := _read_chunk(ef, stream):
            total += len(chunk)
            if total > MAX_BYTES:
                raise ExportError(f"{ef.display} is too large to be a WhatsApp chat export.")
            chunks.append(chunk)
    return b"".join(chunks)


def _read_chunk(ef: ExportFile, stream: BinaryIO) -> bytes:
    try:
        return stream.read(1024 * 1024)
    except ExportError:
        raise
    except (OSError, EOFError, ValueError) as exc:
        raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one WhatsApp export. Raises :class:`ExportError` for a file that is not one."""
    data = _read(ef)
    if not data.strip():
        raise _not_whatsapp(ef, "the file is empty")
    if looks_binary(data):
        raise _not_whatsapp(ef, "it is not a text file")
    decoded = decode(data)
    lines = [line.removesuffix("\r") for line in decoded.text.split("\n")]
    split = split_records(lines)
    if not split.records:
        raise _not_whatsapp(ef, "no line starts with a WhatsApp date and time")

    notes: list[str] = []
    messages, owner_votes = _messages(split.records, notes)
    messages, moved = in_time_order(messages)
    if moved:
        notes.append(f"{_n(moved, 'message')} out of time order and put in order.")
    if split.skipped:
        notes.append(f"{_n(split.skipped, 'line')} before the first message not understood.")
    if split.foreign:
        notes.append(
            f"{_n(split.foreign, 'line')} that looked like dates read as parts of messages."
        )
    if decoded.replaced:
        notes.append(f"{_n(decoded.replaced, 'character')} could not be decoded (replaced).")
    return [_conversation(ef, messages, owner_votes, split.skipped, notes)]


def _messages(records: list[Record], notes: list[str]) -> tuple[list[Message], set[str]]:
    ambiguous = [r.header for r in records if not r.header.year_first]
    dates = [(int(h.d1), int(h.d2), year_of(h.d3, h.buddhist)[0]) for h in ambiguous]
    order = dateorder.decide(dates)
    if order.note:
        notes.append(order.note)
    elif records:
        notes.append("Dates read as year/month/day.")
    messages: list[Message] = []
    owner_votes: set[str] = set()
    impossible = 0
    for record in records:
        timestamp, calendar = to_datetime(record.header, order.day_first)
        impossible += timestamp is None
        if calendar and calendar not in notes:
            notes.append(calendar)
        message, by_owner = to_message(record, timestamp)
        if by_owner and message.sender:
            owner_votes.add(message.sender)
        messages.append(message)
    if impossible:
        notes.append(f"{_n(impossible, 'message')} with an impossible date kept without a time.")
    return messages, owner_votes


def _conversation(
    ef: ExportFile, messages: list[Message], owner_votes: set[str], skipped: int, notes: list[str]
) -> Conversation:
    participants: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in participants:
            participants.append(m.sender)
    named = chat_title(ef)
    is_group = len(participants) > 2 or any(
        m.kind == SYSTEM and any(w in m.text.casefold() for w in P.GROUP_WORDS) for m in messages
    )
    contact = None
    if named and not is_group:
        contact = next((p for p in participants if same_name(p, named)), named)
    owner = _owner(contact, participants, owner_votes, notes)
    return Conversation(
        key=chat_key(named, participants),
        source=ef.display,
        format=NAME,
        title=named or ", ".join(participants) or ef.name,
        participants=participants,
        messages=messages,
        owner=owner,
        contact_hint=contact,
        timezone_known=False,
        skipped=skipped,
        notes=notes,
    )


def _owner(
    contact: str | None, participants: list[str], votes: set[str], notes: list[str]
) -> str | None:
    """The export's owner, only when the export proves it."""
    by_deleted = next(iter(votes)) if len(votes) == 1 else None
    by_name = None
    if contact in participants and len(participants) == 2:
        by_name = participants[1 - participants.index(contact)]
    if by_deleted and by_name and by_deleted != by_name:
        notes.append("Could not tell whose phone this export came from: the clues disagree.")
        return None
    if by_deleted:
        notes.append(f"The export came from {by_deleted}'s phone (only they see 'You deleted').")
    elif by_name:
        notes.append(f"The export came from {by_name}'s phone (the file name names {contact}).")
    return by_deleted or by_name
