"""Reading a Mac's Messages database (``~/Library/Messages/chat.db``, SQLite) without changing it.

The file is opened read-only *and* immutable (``file:…?mode=ro&immutable=1``), so SQLite never
writes, locks, or creates ``-wal``/``-shm`` files next to it. A ``chat.db`` inside a zip is
refused with a plain sentence: SQLite needs a real file, and Guardian does not copy chats to
temporary files. Attachments only count as "media existed" (kind from the MIME type); their
file names are never kept. Times are Apple-epoch (2001-01-01 UTC) nanoseconds, or seconds in
databases from before macOS 10.13.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_build import Draft, build, clean_name, media_kind, n
from guardian_app.importers.imessage_body import attributed_text

ME = "Me"
APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)
_OPTIONAL = ("attributedBody", "associated_message_type", "item_type", "group_title",
             "date_retracted", "cache_has_attachments")  # fmt: skip
_NEEDED = ("message", "handle", "chat", "chat_message_join")


class _NotMessages(Exception):
    """The database lacks a table every Messages database has."""


def apple_time(value: object) -> datetime | None:
    """A UTC instant from a chat.db ``date`` (ns since 2001 on macOS 10.13+, else seconds)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        return None
    seconds = value / 1e9 if value > 1e12 else float(value)
    try:
        return APPLE_EPOCH + timedelta(seconds=seconds)
    except (OverflowError, ValueError):
        return None


def _connect(ef: ExportFile) -> sqlite3.Connection:
    if ef.member is not None:
        raise ExportError(
            f"{ef.display} is a Messages database inside a zip: unzip it first, because "
            "Guardian reads databases only from a real file."
        )
    uri = Path(ef.path).resolve().as_uri() + "?mode=ro&immutable=1"
    db = sqlite3.connect(uri, uri=True)
    db.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    return db


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _attachments(db: sqlite3.Connection) -> dict[int, tuple[str, ...]]:
    """message id -> media kinds (from MIME type, else the extension; names are not kept)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"attachment", "message_attachment_join"} <= tables:
        return {}
    found: dict[int, tuple[str, ...]] = {}
    rows = db.execute(
        "SELECT j.message_id, a.mime_type, a.filename FROM message_attachment_join j "
        "JOIN attachment a ON a.ROWID = j.attachment_id"
    )
    for message_id, mime, filename in rows:
        found[message_id] = (*found.get(message_id, ()), _kind(mime, filename))
    return found


def _kind(mime: object, filename: object) -> str:
    if isinstance(mime, str) and "/" in mime:
        major = mime.split("/", 1)[0].lower()
        if major in ("image", "video", "audio"):
            return "gif" if mime.lower() == "image/gif" else major
        return "contact" if "vcard" in mime.lower() else "document"
    return media_kind(filename) if isinstance(filename, str) else "other"


def _chats(db: sqlite3.Connection) -> dict[int, tuple[str, str, list[str]]]:
    """chat ROWID -> (identity, display name, member handles)."""
    members: dict[int, list[str]] = {}
    if "chat_handle_join" in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}:
        for chat_id, handle in db.execute(
            "SELECT j.chat_id, h.id FROM chat_handle_join j JOIN handle h ON h.ROWID = j.handle_id"
        ):
            if isinstance(handle, str) and handle.strip():
                members.setdefault(chat_id, []).append(clean_name(handle))
    chats = {}
    for rowid, ident, guid, name in db.execute("SELECT ROWID, chat_identifier, guid, display_name FROM chat"):
        identity = str(ident or guid or rowid)
        chats[rowid] = (identity, str(name or "").strip(), members.get(rowid, []))
    return chats


class _Chat:
    def __init__(self, identity: str, title: str, members: list[str]) -> None:
        self.identity, self.title, self.members = identity, title, members
        self.drafts: list[Draft] = []
        self.skipped = self.reactions = self.silent = 0


def _system_text(item_type: int, who: str, group_title: object) -> str:
    if item_type == 2 and isinstance(group_title, str) and group_title.strip():
        return f"{who} renamed the conversation to {group_title.strip()}"
    if item_type == 1:
        return f"{who} changed the group members"
    return f"{who} changed the conversation"


def _draft(row: sqlite3.Row, chat: _Chat, media: dict[int, tuple[str, ...]]) -> Draft | None:
    when = apple_time(row["date"])
    from_me = bool(row["is_from_me"])
    handle = row["handle"] if isinstance(row["handle"], str) else None
    one_to_one = len(chat.members) <= 1
    sender = ME if from_me else clean_name(handle or (chat.identity if one_to_one else "")) or None
    tapback = row["associated_message_type"]
    if isinstance(tapback, int) and 2000 <= tapback < 4000:
        chat.reactions += 1
        return None
    item_type = row["item_type"] or 0
    if item_type:
        who = "You" if from_me else (sender or "Someone")
        return Draft(None, _system_text(item_type, who, row["group_title"]), when, SYSTEM)
    raw = row["text"] if isinstance(row["text"], str) else attributed_text(row["attributedBody"])
    text = (raw or "").replace("\ufffc", "").strip()
    kinds = media.get(row["ROWID"], ())
    if sender is None:
        sender = "Unknown"
    if kinds:
        return Draft(sender, text, when, MEDIA, kinds)
    if text:
        return Draft(sender, text, when, TEXT)
    if row["date_retracted"]:
        return Draft(sender, "", when, DELETED)
    chat.silent += 1
    return None


def _read(db: sqlite3.Connection) -> dict[str, _Chat]:
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [t for t in _NEEDED if t not in tables]
    if missing:
        raise _NotMessages(f"it has no {missing[0]} table, so it is not a Messages database")
    present = _columns(db, "message")
    extra = ", ".join(f"m.{c}" if c in present else f"NULL AS {c}" for c in _OPTIONAL)
    media = _attachments(db)
    chats = _chats(db)
    by_identity: dict[str, _Chat] = {}
    db.row_factory = sqlite3.Row
    rows = db.execute(
        f"SELECT j.chat_id, m.ROWID, m.date, m.is_from_me, m.text, h.id AS handle, {extra} "
        "FROM chat_message_join j JOIN message m ON m.ROWID = j.message_id "
        "LEFT JOIN handle h ON h.ROWID = m.handle_id ORDER BY j.chat_id, m.date, m.ROWID"
    )
    for row in rows:
        identity, title, members = chats.get(row["chat_id"], (str(row["chat_id"]), "", []))
        chat = by_identity.setdefault(identity.casefold(), _Chat(identity, title, members))
        try:
            draft = _draft(row, chat, media)
        except (TypeError, ValueError, IndexError):
            chat.skipped += 1
            continue
        if draft is not None:
            chat.drafts.append(draft)
    return by_identity


def _conversation(ef: ExportFile, chat: _Chat, wal: bool) -> Conversation:
    notes = ["Times are in UTC."]
    if chat.reactions:
        notes.append(f"{n(chat.reactions, 'tapback reaction')} left out.")
    if chat.silent:
        notes.append(f"{n(chat.silent, 'message')} without text (app or effect messages) left out.")
    if wal:
        notes.append(
            "A chat.db-wal file sits next to this database; the newest messages in it "
            "were not read. Quit Messages on the Mac before copying chat.db."
        )
    group = len(chat.members) > 1
    title = chat.title or (", ".join(chat.members) if group else chat.identity)
    contact = None if group else (chat.members[0] if chat.members else chat.identity)
    return build(
        ef,
        "imessage",
        chat.identity,
        title,
        chat.drafts,
        owner_name=ME,
        contact_hint=contact,
        timezone_known=True,
        skipped=chat.skipped,
        notes=notes,
    )


def read_db(ef: ExportFile) -> list[Conversation]:
    """One conversation per chat in a ``chat.db``. Raises only :class:`ExportError`."""
    try:
        with closing(_connect(ef)) as db:
            chats = _read(db)
    except ExportError:
        raise
    except _NotMessages as exc:
        raise ExportError(f"{ef.display} could not be read: {exc}.") from exc
    except (sqlite3.Error, ValueError, OverflowError, MemoryError) as exc:
        raise ExportError(
            f"{ef.display} could not be read: the Messages database is damaged or not a database."
        ) from exc
    wal = Path(f"{ef.path}-wal")
    has_wal = wal.is_file() and wal.stat().st_size > 0
    return [_conversation(ef, chat, has_wal) for chat in chats.values() if chat.drafts]
