"""Joining the pieces of one chat: split exports (messages2.html, message_2.json) and overlapping
re-exports given together become one conversation, without duplicated messages."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from .domain import Conversation, Message


def _identity(m: Message) -> tuple[str, str, str, str]:
    when = m.timestamp.isoformat() if m.timestamp else ""
    return when, m.sender or "", m.kind, " ".join(m.text.split())


def _seconds(ts: datetime) -> float:
    """Seconds since the epoch, for zone-aware and wall-clock times alike."""
    return ts.timestamp() if ts.tzinfo else (ts - _EPOCH).total_seconds()


_EPOCH = datetime(1970, 1, 1)


def merge_pieces(pieces: list[Conversation]) -> Conversation:
    """One conversation from several pieces with the same key.

    A message that appears in several pieces is kept as many times as the piece holding it
    most often has it (two identical "ok" lines stay two).
    """
    if len(pieces) == 1:
        return pieces[0]
    first = pieces[0]
    kept: list[Message] = []
    seen: Counter[tuple[str, str, str, str]] = Counter()
    for piece in pieces:
        here: Counter[tuple[str, str, str, str]] = Counter()
        for m in piece.messages:
            ident = _identity(m)
            here[ident] += 1
            if here[ident] > seen[ident]:
                seen[ident] += 1
                kept.append(m)
    if all(m.timestamp for m in kept):  # otherwise keep the order the pieces gave
        kept.sort(key=lambda m: _seconds(m.timestamp))  # type: ignore[arg-type]
    messages = [replace(m, index=i) for i, m in enumerate(kept)]
    participants: list[str] = []
    for piece in pieces:
        participants.extend(p for p in piece.participants if p not in participants)
    notes = [n for piece in pieces for n in piece.notes]
    notes.append(f"Joined from {len(pieces)} files of the same chat; repeated messages were kept once.")
    return replace(
        first, source=", ".join(dict.fromkeys(p.source for p in pieces)), messages=messages,
        participants=participants, owner=next((p.owner for p in pieces if p.owner), None),
        contact_hint=next((p.contact_hint for p in pieces if p.contact_hint), None),
        timezone_known=all(p.timezone_known for p in pieces), skipped=sum(p.skipped for p in pieces),
        notes=list(dict.fromkeys(notes)),
    )


def merge_same_chat(conversations: Iterable[Conversation]) -> list[Conversation]:
    """Groups conversations by key (first appearance order) and merges each group."""
    groups: dict[str, list[Conversation]] = {}
    for conv in conversations:
        groups.setdefault(conv.key, []).append(conv)
    return [merge_pieces(group) for group in groups.values()]
