"""Google Takeout: Google Chat ``messages.json`` (with group_info / user_info next to it, on disk
or in the zip) and legacy ``Hangouts.json`` in both schema generations."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import google_chat, hangouts
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import discover, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "google"
GROUPS = FIXTURES / "Takeout" / "Google Chat" / "Groups"


def _one(path: Path):
    (c,) = read_export(ExportFile(path))
    return c


def test_google_chat_dm_with_owner_and_attachments() -> None:
    c = _one(GROUPS / "DM a1b2c3" / "messages.json")
    assert c.format == "google_chat" and c.title == "Coach Rick"
    assert c.participants == ["Coach Rick", "Emma Lane"]
    assert c.owner == "Emma Lane" and c.contact_hint == "Coach Rick"
    assert c.timezone_known is True and c.skipped == 1  # the record without a creator or text
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)  # 8:05:12<U+202F>PM UTC
    assert c.messages[5].timestamp == datetime(2024, 3, 15, 0, 1, tzinfo=UTC)  # 12:01 AM
    assert [m.media for m in c.messages if m.media] == [("image",), ("audio",)]
    assert c.messages[5].text == "voice note for you"  # a caption stays text
    assert not any("IMG_0001" in m.text or "File-" in m.text for m in c.messages)


def test_google_chat_space_in_chinese_named_by_group_info() -> None:
    c = _one(GROUPS / "Space q9w8e7" / "messages.json")
    assert c.title == "数学兴趣小组" and c.contact_hint is None
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)
    assert c.messages[2].timestamp is None and any("language" in n for n in c.notes)  # German date kept


def test_google_chat_takeout_zip_reads_the_side_files(tmp_path: Path) -> None:
    archive = tmp_path / "takeout-20240316.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted((FIXTURES / "Takeout").rglob("*")):
            if path.is_file():
                z.write(path, path.relative_to(FIXTURES).as_posix())
        z.writestr("Takeout/Google Chat/Groups/DM a1b2c3/File-IMG_0001.jpg", b"\xff\xd8 not opened")
    units = discover(archive)
    assert sorted(u.member for u in units) == [
        "Takeout/Google Chat/Groups/DM a1b2c3/messages.json",
        "Takeout/Google Chat/Groups/Space q9w8e7/messages.json",
    ]
    dm = next(c for u in units for c in read_export(u) if c.title == "Coach Rick")
    assert dm.owner == "Emma Lane" and dm.key == _one(GROUPS / "DM a1b2c3" / "messages.json").key


def test_hangouts_2018_schema() -> None:
    dm, club = read_export(ExportFile(FIXTURES / "Hangouts.json"))
    assert dm.format == "hangouts" and dm.title == "Max Grant"
    assert dm.owner == "Sam Lee" and dm.contact_hint == "Max Grant"
    assert dm.messages[0].text == "hey sam, what grade are you in?"  # events were out of order
    assert dm.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)
    assert dm.messages[3].text == "let's video chat\njust us"
    assert Counter(m.kind for m in dm.messages) == {"text": 4, "media": 1, "system": 1}
    assert dm.messages[5].sender is None and dm.messages[5].text == "Max Grant call"
    assert dm.skipped == 1  # the event with a garbage timestamp
    assert club.title == "Robotics club" and club.participants == ["Ava Cruz", "Unknown person 444"]
    assert club.owner is None  # the owner never wrote in this group
    assert club.messages[2].text == "Ava Cruz added people"


def test_hangouts_2014_schema() -> None:
    (c,) = read_export(ExportFile(FIXTURES / "Hangouts_2015.json"))
    assert c.title == "Lou Park" and c.owner == "Sam Lee"
    assert c.messages[0].timestamp == datetime(2015, 1, 1, tzinfo=UTC)


def test_sniffers_keep_to_their_own_files(tmp_path: Path) -> None:
    info = GROUPS / "DM a1b2c3" / "group_info.json"
    assert google_chat.sniff(info.read_bytes(), info.name) == 0.0
    assert hangouts.sniff(info.read_bytes(), info.name) == 0.0
    other = tmp_path / "data.json"
    other.write_text(json.dumps({"conversations": [{"id": 1}], "creator": "x"}), encoding="utf-8")
    assert hangouts.sniff(other.read_bytes(), other.name) == 0.0
    assert google_chat.sniff(other.read_bytes(), other.name) == 0.0


def test_empty_exports_are_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "Hangouts.json"
    path.write_text('{"conversations": []}', encoding="utf-8")
    with pytest.raises(ExportError, match="Hangouts.json does not look like a Hangouts export"):
        hangouts.parse(ExportFile(path))
    chat = tmp_path / "messages.json"
    chat.write_text('{"messages": [{"creator": {"name": "A"}}]}', encoding="utf-8")
    with pytest.raises(ExportError, match="messages.json does not look like a Google Chat export"):
        google_chat.parse(ExportFile(chat))
