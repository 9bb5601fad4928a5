"""QQ: the shared QQ Chat Exporter samples (read in place), the legacy Message Manager text
export, and QCE JSON variants (V4 field names, recalled and system messages)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import qq
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import read_export

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / ".." / "shared" / "formats" / "qq_wechat"
FIXTURES = REPO / "tests" / "fixtures" / "qq"


def _sample(name: str):
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/qq_wechat is not present")
    (c,) = read_export(ExportFile(SAMPLES / name))
    return c


def test_qce_json_sample() -> None:
    c = _sample("qce_JsonExporter.groupMixedMedia.snap.json")
    assert c.format == "qq" and c.title == "QCE Testing Group"
    assert c.participants == ["Alice (PM)", "Bob (Eng)", "Charlie"]
    assert len(c.messages) == 7 and c.skipped == 0 and c.owner is None
    assert c.timezone_known is True
    assert c.messages[0].timestamp == datetime(2024, 1, 1, 0, 1, 40, tzinfo=UTC)
    assert Counter(m.kind for m in c.messages) == {"text": 4, "media": 3}
    assert [m.media for m in c.messages if m.media] == [("image",), ("document",), ("audio",)]
    assert c.messages[5].text == "thanks team, fix incoming"  # the quoted reply is dropped
    assert not any("screenshot.png" in m.text or "trace.json" in m.text for m in c.messages)


def test_qce_text_sample_matches_the_json_one() -> None:
    text = _sample("qce_TextExporter.groupMixedMedia.snap.txt")
    data = _sample("qce_JsonExporter.groupMixedMedia.snap.json")
    assert text.key == data.key and text.title == "QCE Testing Group"
    assert text.timezone_known is False and text.messages[0].timestamp == datetime(2024, 1, 1, 0, 1, 40)
    assert [(m.sender, m.kind, m.media, m.text) for m in text.messages] == [
        (m.sender, m.kind, m.media, m.text) for m in data.messages
    ]
    assert text.skipped == 0 and text.participants == ["Alice (PM)", "Bob (Eng)", "Charlie"]


def test_legacy_message_manager_export_holds_several_chats() -> None:
    friend, club = read_export(ExportFile(FIXTURES / "qq_message_manager.txt"))
    assert friend.title == "大明" and club.title == "读书会" and friend.key != club.key
    assert friend.participants == ["大明", "小美"] and friend.contact_hint == "大明"
    # "20002(20002)" is the friend's number repeated: the last real nickname is used.
    assert [m.sender for m in friend.messages] == ["大明", "小美", "大明"]
    assert friend.messages[1].kind == "media" and friend.messages[1].media == ("image",)
    assert friend.messages[2].text == "第一行\n第二行" and friend.messages[2].media == ("sticker",)
    assert friend.messages[0].timestamp == datetime(2024, 3, 14, 21, 5, 12)
    assert club.participants == ["安娜", "本"]  # the 【管理员】 title and the e-mail are not part of the name
    assert club.messages[2].sender is None and club.messages[2].kind == "system"
    assert club.skipped == 1  # the 2024-13-45 header


def _qce(tmp_path: Path, messages: list[object], chat_info: dict[str, object] | None = None) -> Path:
    doc = {"metadata": {"name": "QQChatExporter V4"}, "chatInfo": chat_info or {"name": "小刚", "type": "private"},
           "statistics": {}, "messages": messages, "avatars": {"1": "data:image/png;base64,QUFB"}}
    path = tmp_path / "qce.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_qce_v4_fields_recalled_system_and_owner(tmp_path: Path) -> None:
    base = {"sender": {"uid": "u1", "uin": "1", "name": "小刚"}, "content": {"text": "周末见面吗？"}}
    path = _qce(tmp_path, [
        {**base, "timestamp": "2024-03-14T13:05:12.000Z"},
        {**base, "timestamp": 1710421572000, "isRecalled": True},
        {**base, "timestamp": 1710421573000, "isSystemMessage": True, "content": {"text": "小刚 拍了拍 你"}},
        {"sender": {"uid": "u2", "name": "小美"}, "timestamp": 1710421574000, "content": {"text": "不行"}},
        {**base, "timestamp": "yesterday"},
        {"sender": {}, "timestamp": 1710421575000, "content": {"text": "no sender"}},
        "not a message",
    ], {"name": "小刚", "type": "private", "selfUid": "u2"})
    (c,) = qq.parse(ExportFile(path))
    assert [m.kind for m in c.messages] == ["text", "deleted", "system", "text"]
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 13, 5, 12, tzinfo=UTC)
    assert c.skipped == 3 and c.owner == "小美" and c.contact_hint == "小刚"


def test_files_that_are_not_qq_exports(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("2024-03-14 21:05:12 meeting notes\nbuy milk\n", encoding="utf-8")
    assert qq.sniff(other.read_bytes(), other.name) == 0.0
    empty_chat = _qce(tmp_path, [])
    with pytest.raises(ExportError, match="qce.json does not look like a QQ chat export"):
        qq.parse(ExportFile(empty_chat))
    with pytest.raises(ExportError, match="notes.txt does not look like a .*QQ.* chat export"):
        read_export(ExportFile(other))
