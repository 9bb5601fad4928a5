"""The public WhatsApp samples in ../shared/formats/whatsapp (read in place, never copied)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from guardian_app.importers.registry import ExportFile, detect, discover, read_export

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "formats" / "whatsapp"


def _read(name: str):
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/whatsapp is not present")
    units = discover(SAMPLES / name)
    assert len(units) == 1
    (conversation,) = read_export(units[0])
    return conversation


def _kinds(conversation) -> Counter:
    return Counter(m.kind for m in conversation.messages)


def _media(conversation) -> Counter:
    return Counter(kind for m in conversation.messages for kind in m.media)


def test_every_sample_is_discovered_as_whatsapp() -> None:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/whatsapp is not present")
    units = discover(SAMPLES)
    assert len(units) == 10
    assert all(detect(ef)[0] == "whatsapp" for ef in units)


def test_ios_english_with_media() -> None:
    c = _read("whatsjson_ios_EN_with_media.txt")
    assert len(c.messages) == 25
    assert c.participants == ["Dmirty S", "Elon Musk"]
    assert _kinds(c) == {"media": 16, "text": 4, "system": 3, "deleted": 2}
    assert _media(c)["image"] == 4 and _media(c)["gif"] == 1 and _media(c)["document"] == 3
    assert c.messages[0].kind == "system" and c.messages[0].sender is None
    assert c.messages[2].timestamp == datetime(2022, 3, 27, 21, 41, 55)
    assert c.messages[6].text == "Pimlico Gardens (London, United Kingdom)"
    assert c.messages[12].media == ("document",) and c.messages[12].text == ""
    assert c.owner == "Dmirty S"  # only the owner's phone writes "You deleted this message"
    assert any("month/day/year" in note for note in c.notes)
    assert c.source.endswith("whatsjson_ios_EN_with_media.txt")
    assert c.format == "whatsapp" and c.timezone_known is False


def test_ios_german_arabic_and_japanese_calendar_match_english() -> None:
    german = _read("whatsjson_ios_DE.txt")
    arabic = _read("whatsjson_ios_AR_rlm.txt")
    japanese = _read("whatsjson_ios_japanese_calendar_R4.txt")
    for c in (german, arabic):
        assert len(c.messages) == 25
        assert _kinds(c) == {"media": 16, "text": 4, "system": 3, "deleted": 2}
        assert c.messages[-1].timestamp == datetime(2023, 1, 7, 23, 32, 30)
    assert any("day/month/year" in note for note in arabic.notes)
    assert len(japanese.messages) == 28
    assert japanese.messages[-1].timestamp == datetime(2023, 1, 12, 15, 35, 15)
    assert any("Reiwa" in note for note in japanese.notes)


def test_ios_vietnamese_time_before_date() -> None:
    c = _read("whatsjson_ios_VI_time_first.txt")
    assert len(c.messages) == 23
    assert c.messages[0].timestamp == datetime(2022, 3, 18, 14, 56, 1)
    assert _kinds(c) == {"media": 16, "text": 4, "deleted": 2, "system": 1}
    assert c.participants == ["Dmitry S", "Musk Elon"]


def test_android_english_media() -> None:
    c = _read("whatsjson_android_EN_media.txt")
    assert len(c.messages) == 60
    assert _kinds(c) == {"media": 34, "text": 17, "deleted": 8, "system": 1}
    assert _media(c) == {
        "other": 17, "sticker": 4, "location": 3, "document": 3,
        "image": 2, "contact": 2, "video": 2, "audio": 1,
    }  # fmt: skip
    first = c.messages[0]
    assert (first.sender, first.text, first.timestamp) == (
        "Dmitry S",
        "Hello",
        datetime(2022, 3, 18, 14, 56),
    )
    captioned = [m.text for m in c.messages if m.kind == "media" and m.text]
    assert "Caption" in captioned and "карточка компании" in captioned
    assert c.owner == "Elon"
    assert any("day/month/year" in note for note in c.notes)


def test_android_dutch_media() -> None:
    c = _read("whatsjson_android_NL_media.txt")
    assert len(c.messages) == 41
    assert _kinds(c) == {"media": 25, "text": 8, "deleted": 7, "system": 1}
    assert c.messages[6].kind == "system"  # the encryption notice, moved into time order
    assert c.messages[6].timestamp == datetime(2022, 3, 23, 13, 31)


def test_android_group_system_lines() -> None:
    c = _read("whatsjson_android_group_system_msgs.txt")
    assert len(c.messages) == 20
    assert _kinds(c) == {"system": 16, "text": 3, "deleted": 1}
    assert c.participants == ["Dmitry S"]
    subject = [m for m in c.messages if "changed the subject" in m.text]
    assert subject and subject[0].sender is None
    assert [m.index for m in c.messages] == list(range(20))
    stamps = [m.timestamp for m in c.messages]
    assert stamps == sorted(stamps)
    assert c.contact_hint is None and c.owner is None


def test_chatminer_mixed_layouts() -> None:
    c = _read("chatminer_testlog_2023.txt")
    assert len(c.messages) == 23
    assert _kinds(c) == {"text": 20, "system": 3}
    assert c.participants[0] == "+12 345 578"
    assert "John Doe 🤓" in c.participants and "🤓" in c.participants
    by_line = {m.line: m for m in c.messages}
    assert by_line[15].timestamp == datetime(2019, 9, 24, 23, 30)  # "11:30 p.m."
    assert by_line[24].timestamp == datetime(2022, 9, 10, 22, 37)  # "p.<NBSP>m."
    assert by_line[27].timestamp == datetime(2022, 12, 24, 13, 1)  # yyyy/mm/dd with a stray "."
    assert by_line[5].text.count("\n") == 5  # a six-line message


def test_zip_sample_with_chat_txt() -> None:
    c = _read("chatanalytics_4A_11M.zip")
    assert len(c.messages) == 14
    assert _kinds(c) == {"text": 11, "system": 3}
    assert c.participants == ["Bob", "Eve", "Alice", "Mallory", "Trent"]
    assert c.messages[0].text.startswith("Alice created group")  # earlier than the notice
    assert any("guess" in note for note in c.notes)
    assert c.source == str(SAMPLES / "chatanalytics_4A_11M.zip")
    assert ExportFile(SAMPLES / "chatanalytics_4A_11M.zip", "_chat.txt").head(5) == b"12/9/"
