"""iMessage: the Messages database chat.db (synthetic, built here) and imessage-exporter's TXT
and HTML output (the shared sample, read in place, and synthetic fixtures)."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from imessage_db_builder import LONG, build_chat_db, streamtyped

from guardian_app.importers import imessage
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.imessage_body import attributed_text
from guardian_app.importers.imessage_db import apple_time
from guardian_app.importers.registry import detect, discover, read_export
from guardian_app.merge import merge_pieces

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / ".." / "shared" / "formats" / "imessage"
FIXTURES = REPO / "tests" / "fixtures" / "imessage"


def _sample(name: str) -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/imessage is not present")
    return SAMPLES / name


def test_exporter_html_sample() -> None:
    path = _sample("imessage-exporter_example.html")
    assert detect(ExportFile(path)) == ("imessage", 0.95)
    (c,) = read_export(ExportFile(path))
    assert c.format == "imessage" and c.title == "imessage-exporter_example"
    assert len(c.messages) == 11
    assert c.participants == ["Me", "steve@icloud.com", "+15558675309"]
    assert c.owner == "Me" and c.contact_hint is None  # three people: not a 1:1 chat
    assert Counter(m.kind for m in c.messages) == {"text": 9, "system": 1, "media": 1}
    assert c.messages[0].timestamp == datetime(2022, 7, 17, 17, 4, 4)  # local, no zone
    assert c.timezone_known is False
    assert c.messages[0].text.startswith("iMessage Data Exporter\nHey, did you see")
    assert c.messages[2].sender is None
    assert c.messages[2].text == "You renamed the conversation to 🦀 iMessage Exporter 🦀"
    # replies are messages of their own, in time order; reactions are not text
    assert [m.sender for m in c.messages[3:7]] == ["steve@icloud.com", "Me", "+15558675309", "Me"]
    assert c.messages[6].media == ("image",) and c.messages[6].text.startswith("Yes, even those!")
    assert c.messages[9].text == "That's amazing!"  # the last version of an edited message
    assert not any("Questioned" in m.text or "Loved" in m.text for m in c.messages)
    assert [m.index for m in c.messages] == list(range(11)) and c.skipped == 0


def test_attributed_body_sample_blob() -> None:
    blob = _sample("attributedBody_streamtyped_AttributedBodyTextOnly.bin").read_bytes()
    assert attributed_text(blob) == "Noter test"


def test_attributed_body_lengths_and_damage() -> None:
    assert attributed_text(streamtyped("hi")) == "hi"
    assert attributed_text(streamtyped(LONG)) == LONG  # 0x81 + two-byte length
    assert attributed_text(streamtyped(LONG)[:-40]) is None  # cut short
    assert attributed_text(b"") is None and attributed_text(b"\x00\x01garbage") is None
    assert attributed_text(b"bplist00 damaged") is None


def test_apple_time_nanoseconds_and_seconds() -> None:
    assert apple_time(0) is None and apple_time(None) is None and apple_time("x") is None
    assert apple_time(732_139_500) == datetime(2024, 3, 14, 20, 5, tzinfo=UTC)
    assert apple_time(732_139_500_000_000_000) == datetime(2024, 3, 14, 20, 5, tzinfo=UTC)
    assert apple_time(10**30) is None


def test_chat_db_read_only_one_conversation_per_chat(tmp_path: Path) -> None:
    path = build_chat_db(tmp_path / "chat.db")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert detect(ExportFile(path)) == ("imessage", 0.9)
    jake, group = read_export(ExportFile(path))
    # the iMessage and the SMS chat with the same number are one conversation
    assert jake.title == "+15555550123" and jake.contact_hint == "+15555550123"
    assert jake.participants == ["+15555550123", "Me"] and jake.owner == "Me"
    assert [m.text for m in jake.messages] == [
        "how old are you?", "13", "dont tell your parents about our chats", "", LONG.strip(), "",
    ]  # fmt: skip
    assert [m.kind for m in jake.messages] == ["text", "text", "text", "media", "text", "deleted"]
    assert jake.messages[3].media == ("image",)
    assert jake.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, tzinfo=UTC)
    assert jake.timezone_known is True and "Times are in UTC." in jake.notes
    assert any("1 tapback reaction" in note for note in jake.notes)
    assert group.title == "Homework Crew" and group.contact_hint is None
    assert group.messages[0].sender is None and group.messages[0].kind == "system"
    assert group.messages[0].text == "You renamed the conversation to Homework Crew"
    assert [m.sender for m in group.messages[1:]] == ["+15555550123", "mia@example.com"]
    assert group.messages[2].timestamp == datetime(2024, 3, 14, 20, 5, tzinfo=UTC)  # seconds
    assert group.owner is None  # "Me" never sent a message here
    assert jake.key != group.key and jake.key.startswith("imessage:")
    # never written to: same bytes, no -wal/-shm/-journal files created next to it
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.db"]


def test_chat_db_with_wal_next_to_it_says_newest_messages_missing(tmp_path: Path) -> None:
    path = build_chat_db(tmp_path / "chat.db")
    (tmp_path / "chat.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    jake, _ = imessage.parse(ExportFile(path))
    assert any("chat.db-wal" in note for note in jake.notes)


def test_chat_db_inside_a_zip_is_refused_plainly(tmp_path: Path) -> None:
    db = build_chat_db(tmp_path / "chat.db")
    archive = tmp_path / "messages.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(db, "Messages/chat.db")
    (unit,) = discover(archive)
    with pytest.raises(ExportError, match="inside a zip: unzip it first"):
        read_export(unit)


def test_other_sqlite_files_are_not_claimed_or_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE note (id INTEGER, body TEXT)")
    db.close()
    assert imessage.sniff(other.read_bytes()[:8192], other.name) == 0.0
    renamed = tmp_path / "chat.db"
    other.rename(renamed)
    with pytest.raises(ExportError, match="has no message table"):
        imessage.parse(ExportFile(renamed))
    broken = tmp_path / "broken" / "chat.db"
    broken.parent.mkdir()
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(ExportError, match="damaged or not a database"):
        imessage.parse(ExportFile(broken))


def test_renamed_chat_db_is_found_by_its_tables(tmp_path: Path) -> None:
    path = build_chat_db(tmp_path / "emma_messages.db")
    assert detect(ExportFile(path)) == ("imessage", 0.85)


def test_exporter_txt_fixture() -> None:
    (c,) = read_export(ExportFile(FIXTURES / "Jake.txt"))
    assert c.title == "Jake" and c.participants == ["Jake", "Me"]
    assert c.owner == "Me" and c.contact_hint == "Jake" and c.timezone_known is False
    assert [m.kind for m in c.messages] == [
        "text", "text", "text", "system", "text", "media", "text", "deleted", "media",
    ]  # fmt: skip
    assert c.messages[0].timestamp == datetime(2024, 3, 5, 21, 5, 12)
    assert c.messages[2].text == "cool, you seem really mature for 13"  # an indented reply
    assert c.messages[3].text == "You renamed the conversation to Squad"
    assert c.messages[4].text == "I can get you a gift card for skins\n\njust dont tell your parents ok"
    assert c.messages[5].media == ("image",) and c.messages[5].text == ""
    assert c.messages[6].text == "send me a pic of you"  # the edited version
    assert c.messages[8].media == ("audio",) and c.messages[8].text == "ok"
    assert c.messages[8].timestamp == datetime(2024, 3, 6, 19, 30, 45)
    assert not any("Liked by" in m.text or "Sent with" in m.text for m in c.messages)
    assert not any("Attachments" in m.text for m in c.messages)  # media names are not kept


def test_exporter_html_fixture_and_txt_share_a_key() -> None:
    (html,) = read_export(ExportFile(FIXTURES / "Jake.html"))
    (txt,) = read_export(ExportFile(FIXTURES / "Jake.txt"))
    assert html.key == txt.key
    assert html.skipped == 1  # the message with an impossible date
    assert [m.text for m in html.messages][:3] == [
        "hey, you play Fortnite right? how old are you btw", "13, why",
        "cool, you seem really mature for 13 & fun",
    ]  # fmt: skip
    assert html.messages[4].kind == "media" and html.messages[4].media == ("video",)
    assert html.messages[4].text == "add me on snap, its more private"
    assert html.messages[5].text == "send me a pic of you"
    merged = merge_pieces([txt, html])
    assert len(merged.messages) < len(txt.messages) + len(html.messages)


def test_exporter_txt_without_messages_is_an_export_error(tmp_path: Path) -> None:
    path = tmp_path / "Jake.txt"
    path.write_text("Mar 05, 2024  9:05:12 PM\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"Jake\.txt does not look like an iMessage export"):
        imessage.parse(ExportFile(path))
