"""Snapchat "My Data" chat_history.json: the old (section) and new (per-conversation) layouts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import snapchat
from guardian_app.importers.registry import ExportError, ExportFile, read_export
from guardian_app.importers.snapchat_records import BadRecord, to_time

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "snapchat"
NEW = FIXTURES / "mydata_2024" / "json" / "chat_history.json"
OLD = FIXTURES / "mydata_2021" / "json" / "chat_history.json"


def convs(path: Path) -> dict:
    return {c.title: c for c in read_export(ExportFile(path))}


def test_new_layout_one_to_one_chat() -> None:
    conv = convs(NEW)["max.r2009"]
    assert conv.format == "snapchat" and conv.timezone_known
    assert conv.participants == ["max.r2009", "lily_draws"]
    assert conv.owner == "lily_draws" and conv.contact_hint == "max.r2009"
    assert len(conv.messages) == 10 and conv.skipped == 1
    assert conv.messages[0].text == "hey, how old r u?"
    assert conv.messages[-1].text == "can we meet up saturday? I can pick you up"
    assert [m.kind for m in conv.messages].count("media") == 3
    assert conv.messages[5].media == ("audio",) and conv.messages[7].media == ("sticker",)
    assert conv.messages[8].kind == "system" and conv.messages[8].sender is None
    unsaved = conv.messages[2]
    assert unsaved.kind == "text" and unsaved.text == "" and unsaved.sender == "max.r2009"
    assert any("1 message not saved" in n for n in conv.notes)
    # 16-digit microseconds, 13-digit milliseconds and the Created string all agree
    assert conv.messages[3].timestamp == datetime(2024, 3, 14, 20, 3, 0, 123456, tzinfo=UTC)
    assert conv.messages[6].timestamp == datetime(2024, 3, 14, 20, 6, 12, tzinfo=UTC)
    assert "b~EiQSF" not in repr(conv)  # media ids are not kept


def test_new_layout_group_has_title_and_no_contact() -> None:
    group = convs(NEW)["Volleyball team"]
    assert group.participants == ["ana_l", "lily_draws", "zoe_p"]
    assert group.contact_hint is None and group.owner == "lily_draws"
    assert group.messages[-1].media == ("location",)


def test_old_layout_sections_become_chats_with_me_as_owner() -> None:
    found = convs(OLD)
    assert set(found) == {"jay_k22", "mia_s"}
    jay = found["jay_k22"]
    assert [(m.sender, m.text) for m in jay.messages] == [
        ("jay_k22", "what's your school called?"), ("Me", "why?"),
        ("jay_k22", "don't tell anyone we talk ok")]
    assert jay.owner == "Me" and jay.contact_hint == "jay_k22"
    assert jay.skipped + found["mia_s"].skipped == 1  # the sent item with no recipient
    assert found["mia_s"].messages[0].kind == "media"


def test_same_friend_has_same_key_in_both_layouts(tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"Received Saved Chat History": [
        {"From": "Max.R2009", "Media Type": "TEXT", "Created": "2022-01-01 10:00:00 UTC", "Text": "hi"}]}))
    (a,) = read_export(ExportFile(old))
    assert a.key == convs(NEW)["max.r2009"].key


def test_timestamps_by_magnitude() -> None:
    expected = datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)
    for number in (1710446712, 1710446712000, 1710446712000000, 1710446712000000000):
        assert to_time({"Created(microseconds)": number}) == expected
    assert to_time({"Created": "2024-03-14 20:05:12 UTC"}) == expected
    for bad in ({"Created": "yesterday"}, {"Created": "2024-02-30 10:00:00 UTC"},
                {"Created(microseconds)": 5}):
        with pytest.raises(BadRecord):
            to_time(bad)


def test_sniff_needs_the_snapchat_keys() -> None:
    assert snapchat.sniff(NEW.read_bytes()[:8192], "chat_history.json") >= 0.9
    assert snapchat.sniff(b'{"Media Type": "TEXT", "Created": "x"}', "data.json") == 0.85
    assert snapchat.sniff(b'{"messages": [], "Created": 1}', "chat_history.json") < 0.5
    assert snapchat.sniff(b"From,Media Type,Created", "chat_history.csv") == 0.0


@pytest.mark.parametrize("body", [b"{}", b'{"a": 1}', b"[]", b'{"x": [', b""])
def test_not_a_history_raises_export_error(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "chat_history.json"
    path.write_bytes(body)
    with pytest.raises(ExportError) as err:
        snapchat.parse(ExportFile(path))
    assert str(path) in str(err.value)
