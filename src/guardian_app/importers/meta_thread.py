"""Turning what was read from one Messenger / Instagram thread file into a :class:`Conversation`.

Shared by the JSON and HTML readers: time order, the stable key (from the thread folder's id, so
``message_1.json`` and ``message_2.json`` of one thread join), participants, and the owner.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from guardian_app.domain import SYSTEM, Conversation, Message
from guardian_app.importers.base import ExportFile

FORMAT = "meta"
_PIECE = re.compile(r"^message_\d+\.(json|html?)$", re.IGNORECASE)


@dataclass(slots=True)
class Thread:
    """The raw facts of one thread file."""

    title: str = ""
    thread_path: str = ""
    thread_type: str = ""
    listed: list[str] = field(default_factory=list)  # the file's participant list
    messages: list[Message] = field(default_factory=list)
    skipped: int = 0
    newest_first: bool = True
    timezone_known: bool = True


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def thread_identity(thread: Thread, ef: ExportFile) -> str:
    """What names this chat across files and re-exports: the folder id when there is one."""
    folder = PurePosixPath(thread.thread_path.replace("\\", "/")).name
    if not folder and _PIECE.match(ef.name):
        inside = PurePosixPath(ef.member.replace("\\", "/")) if ef.member else ef.path
        folder = inside.parent.name if "_" in inside.parent.name else ""
    if folder:
        return "thread:" + folder.rsplit("_", 1)[-1].casefold()
    if thread.title:
        return "title:" + _norm(thread.title)
    return "people:" + "|".join(sorted(_norm(p) for p in thread.listed))


def _in_time_order(thread: Thread) -> list[Message]:
    ordered = list(reversed(thread.messages)) if thread.newest_first else list(thread.messages)
    ordered.sort(key=lambda m: m.timestamp.timestamp() if m.timestamp else 0.0)
    return [replace(m, index=i) for i, m in enumerate(ordered)]


def _participants(messages: list[Message], listed: list[str]) -> list[str]:
    names: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in names:
            names.append(m.sender)
    names.extend(p for p in listed if p not in names)
    return names


def _one_to_one(thread: Thread, participants: list[str]) -> tuple[str | None, str | None]:
    """(contact, owner) from a 1:1 thread's title, which Meta sets to the other person's name."""
    people = thread.listed or participants
    if len(people) != 2 or "group" in thread.thread_type.casefold() or not thread.title:
        return None, None
    matches = [p for p in people if _norm(p) == _norm(thread.title)]
    if len(matches) != 1:
        return None, None
    contact = matches[0]
    return contact, people[1 - people.index(contact)]


def _owner(profile: str | None, by_title: str | None, people: list[str],
           notes: list[str]) -> str | None:
    named = next((p for p in people if profile and _norm(p) == _norm(profile)), None)
    if named and by_title and named != by_title:
        notes.append("Could not tell whose account this is: the export's clues disagree.")
        return None
    if named:
        notes.append(f"The export's profile names {named} as the account owner.")
    elif by_title:
        notes.append(f"The chat is titled with the other person's name, so {by_title} owns the account.")
    return named or by_title


def build(thread: Thread, ef: ExportFile, profile: str | None) -> Conversation:
    """The conversation for one thread file; ``profile`` is the owner's name from the export."""
    messages = _in_time_order(thread)
    participants = _participants(messages, thread.listed)
    notes = ["Times are in UTC."] if thread.timezone_known else [
        "Times are as the export shows them; it does not say which time zone."
    ]
    if thread.skipped:
        many = thread.skipped != 1
        notes.append(f"{thread.skipped} message{'s' if many else ''} could not be read and "
                     f"{'were' if many else 'was'} skipped.")
    contact, by_title = _one_to_one(thread, participants)
    owner = _owner(profile, by_title, participants, notes)
    identity = thread_identity(thread, ef)
    return Conversation(
        key=f"{FORMAT}:" + hashlib.sha1(identity.encode("utf-8")).hexdigest(),
        source=ef.display,
        format=FORMAT,
        title=thread.title or ", ".join(participants) or ef.name,
        participants=participants,
        messages=messages,
        owner=owner,
        contact_hint=contact,
        timezone_known=thread.timezone_known,
        skipped=thread.skipped,
        notes=notes,
    )
