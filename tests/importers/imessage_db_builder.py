"""Builds a small synthetic Messages database (chat.db) for the iMessage importer tests.

All chat text is written for these tests and is non-explicit.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

APPLE_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)

SCHEMA = """
CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, service TEXT);
CREATE TABLE chat (ROWID INTEGER PRIMARY KEY, guid TEXT, chat_identifier TEXT,
                   display_name TEXT, style INTEGER);
CREATE TABLE message (ROWID INTEGER PRIMARY KEY, guid TEXT, text TEXT, attributedBody BLOB,
                      handle_id INTEGER, date INTEGER, is_from_me INTEGER,
                      associated_message_type INTEGER DEFAULT 0, item_type INTEGER DEFAULT 0,
                      group_title TEXT, date_retracted INTEGER DEFAULT 0,
                      cache_has_attachments INTEGER DEFAULT 0);
CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER);
CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER);
CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY, filename TEXT, mime_type TEXT);
CREATE TABLE message_attachment_join (message_id INTEGER, attachment_id INTEGER);
"""


def streamtyped(text: str) -> bytes:
    """An NSArchiver attributedBody blob holding ``text`` (the layout chat.db uses)."""
    data = text.encode("utf-8")
    length = bytes([len(data)]) if len(data) < 0x80 else b"\x81" + len(data).to_bytes(2, "little")
    return (
        b"\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00"
        b"\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+"
        + length
        + data
        + b"\x86\x84\x02iI\x01"
    )


def ns(when: datetime) -> int:
    """Apple-epoch nanoseconds (macOS 10.13 and later)."""
    return int((when - APPLE_EPOCH).total_seconds()) * 1_000_000_000


LONG = "you can always talk to me, not them. " * 5  # over 127 bytes: a two-byte length


def build_chat_db(path: Path) -> Path:
    """1:1 chat with Jake split over an iMessage and an SMS chat, and a named group chat."""
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO handle VALUES (?, ?, ?)", [
        (1, "+15555550123", "iMessage"), (2, "+15555550123", "SMS"), (3, "mia@example.com", "iMessage"),
    ])  # fmt: skip
    db.executemany("INSERT INTO chat VALUES (?, ?, ?, ?, ?)", [
        (1, "iMessage;-;+15555550123", "+15555550123", "", 45),
        (2, "SMS;-;+15555550123", "+15555550123", None, 45),
        (3, "iMessage;+;chat900", "chat900", "Homework Crew", 43),
    ])  # fmt: skip
    db.executemany("INSERT INTO chat_handle_join VALUES (?, ?)", [(1, 1), (2, 2), (3, 1), (3, 3)])
    t = datetime(2024, 3, 14, 20, 5, 0, tzinfo=UTC)
    rows = [
        # ROWID, chat, text, attributedBody, handle, date, from_me, tapback, item, title, retracted
        (1, 1, "how old are you?", None, 1, ns(t), 0, 0, 0, None, 0),
        (2, 1, "13", None, 0, ns(t.replace(minute=6)), 1, 0, 0, None, 0),
        (3, 1, None, streamtyped("dont tell your parents about our chats"), 1, ns(t.replace(minute=7)),
         0, 0, 0, None, 0),
        (4, 1, None, None, 0, ns(t.replace(minute=8)), 1, 2001, 0, None, 0),  # a "liked" tapback
        (5, 2, "\ufffc", None, 2, ns(t.replace(minute=9)), 0, 0, 0, None, 0),  # photo only
        (6, 2, None, streamtyped(LONG), 2, ns(t.replace(minute=10)), 0, 0, 0, None, 0),
        (7, 1, None, None, 1, ns(t.replace(minute=11)), 0, 0, 0, None, ns(t.replace(minute=12))),
        (8, 3, None, None, 0, ns(t.replace(minute=1)), 1, 0, 2, "Homework Crew", 0),
        (9, 3, "who did question 4?", None, 3, int((t - APPLE_EPOCH).total_seconds()), 0, 0, 0, None, 0),
        (10, 3, "i did, check the group doc", None, 1, ns(t.replace(minute=3)), 0, 0, 0, None, 0),
        (11, 3, None, None, 3, ns(t.replace(minute=4)), 0, 0, 0, None, 0),  # nothing to show
    ]  # fmt: skip
    db.executemany("INSERT INTO message (ROWID, text, attributedBody, handle_id, date, is_from_me, "
                   "associated_message_type, item_type, group_title, date_retracted) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(r[0], *r[2:]) for r in rows])  # fmt: skip
    db.executemany("INSERT INTO chat_message_join VALUES (?, ?)", [(r[1], r[0]) for r in rows])
    db.execute("INSERT INTO attachment VALUES (1, '~/Library/Messages/Attachments/a/IMG_1.HEIC', 'image/heic')")
    db.execute("INSERT INTO message_attachment_join VALUES (5, 1)")
    db.commit()
    db.close()
    return path
