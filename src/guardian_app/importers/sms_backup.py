"""Android "SMS Backup & Restore" (SyncTech) XML backups: every text message on a phone.

One backup holds every chat; it becomes one conversation per thread (the other person's
number, or the set of numbers of a group MMS). The file is streamed through a repair pass
(:mod:`sms_xmlclean`) into ``defusedxml``'s iterparse, one message element at a time; media
is only recorded as having existed, its base64 is discarded unread as it streams past.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from guardian_app.domain import MEDIA, TEXT, Conversation, Message
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.sms_records import (
    OWNER,
    UNKNOWN,
    BadRecord,
    Draft,
    SmsRecord,
    from_mms,
    from_sms,
)
from guardian_app.importers.sms_xmlclean import CleanXmlStream, TagTooLarge
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "sms"
LABEL = "SMS Backup & Restore"
EXTENSIONS = (".xml",)
OWNER_NAME = "Me"  # the backup never names the phone's owner
_log = logging.getLogger(__name__)


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is an SMS Backup & Restore message backup (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    if "<calls" in text or "<smses" not in text:
        return 0.0
    made_by = "File Created By SMS Backup & Restore" in text
    return 0.95 if made_by or "<sms " in text or "<mms " in text else 0.85


@dataclass(slots=True)
class _Thread:
    records: list[SmsRecord] = field(default_factory=list)
    members: tuple[str, ...] = ()
    skipped: int = 0
    drafts: int = 0
    repeats: int = 0


@dataclass(slots=True)
class _Backup:
    threads: dict[tuple[str, ...], _Thread] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    seen: set[tuple[object, ...]] = field(default_factory=set)
    lost: int = 0  # unreadable records that belong to no known chat

    def add(self, rec: SmsRecord) -> None:
        thread = self.threads.setdefault(rec.thread, _Thread())
        ident = (rec.thread, rec.sender, rec.millis, rec.text, rec.media)
        if ident in self.seen:  # overlapping backups merged into one file
            thread.repeats += 1
            return
        self.seen.add(ident)
        thread.records.append(rec)
        thread.members = thread.members or rec.members
        for key, value in rec.names.items():
            self.names.setdefault(key, value)
        for key, value in rec.shown.items():
            self.shown.setdefault(key, value)

    def bad(self, exc: BadRecord) -> None:
        if exc.thread is None:
            self.lost += 1
        else:
            self.threads.setdefault(exc.thread, _Thread()).skipped += 1


def _elements(ef: ExportFile, stream: CleanXmlStream) -> Iterator[Element]:
    """Each top-level ``<sms>``/``<mms>`` element, complete, then dropped from memory."""
    depth = 0
    root: Element | None = None
    for event, elem in iterparse(io.BufferedReader(stream), events=("start", "end"), forbid_dtd=True):
        if event == "start":
            depth += 1
            if root is None:
                if elem.tag != "smses":
                    raise ExportError(f"{ef.display} is not an SMS Backup & Restore message backup.")
                root = elem
            continue
        depth -= 1
        if depth == 1 and root is not None:
            if elem.tag in ("sms", "mms"):
                yield elem
            root.clear()  # drops the finished element (and its parts) from the tree


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one backup. Raises :class:`ExportError` for a file that is not one."""
    backup = _Backup()
    stream = CleanXmlStream(ef.open(), ef.display)
    read = 0
    cut_short = False
    try:
        for elem in _elements(ef, stream):
            read += 1
            try:
                backup.add(from_sms(elem.attrib) if elem.tag == "sms" else from_mms(elem))
            except Draft as draft:
                backup.threads.setdefault(draft.thread, _Thread()).drafts += 1
            except BadRecord as exc:
                backup.bad(exc)
    except TagTooLarge as exc:
        raise ExportError(f"{ef.display} could not be read: one message in it is far too large.") from exc
    except DefusedXmlException as exc:  # a DTD or entities: never in a real backup, used in attacks
        raise ExportError(
            f"{ef.display} was not read: it declares XML entities or a document type, which a real "
            "SMS backup never does and which can be used to attack a computer."
        ) from exc
    except (ParseError, UnicodeError, ValueError) as exc:
        _log.info("SMS backup stopped early: %s", type(exc).__name__)
        if read == 0:
            raise ExportError(f"{ef.display} could not be read: its XML is damaged.") from exc
        cut_short = True
    finally:
        stream.close()
    if not backup.threads and backup.lost:
        raise ExportError(f"{ef.display} could not be read: none of its {backup.lost} messages is readable.")
    notes = _file_notes(backup, stream, cut_short)
    conversations = [_conversation(ef, key, thread, backup, notes) for key, thread in backup.threads.items()]
    conversations = [c for c in conversations if c.messages or c.skipped]
    lost = backup.lost + cut_short
    if conversations and lost:
        conversations[0].skipped += lost
        conversations[0].notes.append(f"{_n(lost, 'message')} belonging to no known chat could not be read.")
    return conversations


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _file_notes(backup: _Backup, stream: CleanXmlStream, cut_short: bool) -> list[str]:
    notes = ["Times are exact (the backup records them in UTC)."]
    if cut_short:
        notes.append("The backup file is damaged or cut short; only the messages before the damage were read.")
    if stream.cleaner.repaired:
        notes.append(f"The backup file had {_n(stream.cleaner.repaired, 'character')} written in a way XML "
                     "does not allow (usually emoji); they were repaired.")
    if stream.undecodable:
        notes.append(f"The backup file had {_n(stream.undecodable, 'character')} that could not be decoded "
                     "(replaced).")
    return notes


def _display(ident: str, backup: _Backup) -> str:
    if ident == OWNER:
        return OWNER_NAME
    if ident == UNKNOWN:
        return "Unknown number"
    name = backup.names.get(ident)
    number = backup.shown.get(ident, ident)
    if name and name.casefold() != OWNER_NAME.casefold():
        return name
    return f"{name} ({number})" if name else number


def _conversation(
    ef: ExportFile, key: tuple[str, ...], thread: _Thread, backup: _Backup, file_notes: list[str]
) -> Conversation:
    ordered = sorted(thread.records, key=lambda r: r.millis)
    messages: list[Message] = []
    participants: list[str] = []
    for i, rec in enumerate(ordered):
        sender = _display(rec.sender, backup)
        if sender not in participants:
            participants.append(sender)
        kind = MEDIA if rec.media else TEXT
        messages.append(Message(sender, rec.text, rec.when, kind, rec.media, i))
    others = [_display(ident, backup) for ident in (thread.members or key)]
    notes = list(file_notes)
    if OWNER_NAME in participants:
        notes.append(f'Messages sent from this phone are shown as from "{OWNER_NAME}" '
                     "(the backup does not name the phone's owner).")
    if thread.skipped:
        notes.append(f"{_n(thread.skipped, 'message')} could not be read and skipped.")
    if thread.drafts:
        notes.append(f"{_n(thread.drafts, 'unsent draft')} left out.")
    if thread.repeats:
        notes.append(f"{_n(thread.repeats, 'message')} repeated in the backup kept once.")
    return Conversation(
        key=f"{NAME}:" + hashlib.sha1("\n".join(key).encode("utf-8")).hexdigest(),
        source=ef.display,
        format=NAME,
        title=", ".join(others),
        participants=participants,
        messages=messages,
        owner=OWNER_NAME if OWNER_NAME in participants else None,
        contact_hint=others[0] if len(key) == 1 and key[0] != UNKNOWN else None,
        timezone_known=True,
        skipped=thread.skipped,
        notes=notes,
    )
