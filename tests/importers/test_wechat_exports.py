"""WeChat exports of the common tools: WeChatMsg / MemoTrace CSV and TXT, WeFlow and EchoTrace JSON."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import wechat
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import detect, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "wechat"
HEADER = "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n"


def _one(path: Path):
    (c,) = read_export(ExportFile(path))
    return c


def test_memotrace_csv() -> None:
    c = _one(FIXTURES / "小林.csv")
    assert c.format == "wechat" and c.title == "小林"
    assert c.participants == ["小林", "Me"] and c.owner == "Me" and c.contact_hint == "小林"
    assert c.timezone_known is True and c.skipped == 1  # the row with CreateTime "not-a-time"
    assert c.messages[1].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)
    assert c.messages[4].text == "这是我们的秘密，\n别告诉你爸妈好吗"  # a quoted multi-line CSV field
    assert [m.media for m in c.messages if m.media] == [("image",), ("sticker",), ("audio",), ("document",)]
    assert c.messages[8].kind == "text" and c.messages[8].text == "给你发个红包买游戏皮肤"  # 49/57 quote
    assert Counter(m.kind for m in c.messages) == {"text": 5, "media": 4, "system": 2}
    assert not any("<msg>" in m.text or "homework.pdf" in m.text for m in c.messages)


def test_weflow_group_json_skips_the_avatar_and_finds_the_owner() -> None:
    c = _one(FIXTURES / "weflow_class_group.json")
    assert c.title == "初一(3)班" and c.participants == ["小红", "小美", "小刚"]
    assert c.owner == "小美" and c.contact_hint is None and c.skipped == 1
    assert [m.kind for m in c.messages] == ["text", "text", "media", "system", "media", "text"]
    assert c.messages[3].sender is None and c.messages[3].text == '"小刚"邀请"小丽"加入了群聊'
    assert not any("base64" in m.text for m in c.messages)


def test_echotrace_one_to_one_json() -> None:
    c = _one(FIXTURES / "echotrace_ajie.json")
    assert c.title == "阿杰" and c.owner == "小美" and c.contact_hint == "阿杰"
    assert len(c.messages) == 3 and c.messages[2].text == "发张照片给我看看你"


def test_memotrace_txt() -> None:
    c = _one(FIXTURES / "阿杰.txt")
    assert c.title == "阿杰" and c.owner == "Me" and c.timezone_known is False
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 21, 5, 12)
    assert c.messages[2].media == ("image",) and c.messages[3].text == "周末出来见个面吧\n我可以开车去接你"


def test_same_chat_in_two_json_exports_shares_a_key(tmp_path: Path) -> None:
    doc = json.loads((FIXTURES / "echotrace_ajie.json").read_text(encoding="utf-8"))
    doc["messages"] = doc["messages"][:1]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert _one(path).key == _one(FIXTURES / "echotrace_ajie.json").key


def test_csv_edge_cases(tmp_path: Path) -> None:
    # No remark or nickname (the id is used); an old 9-column row; a row cut short.
    rows = ["1,5,1,0,0,1710446712,2,hi,,,,wxid_x", "2,5,1,0,1,1710446713,2,old style row,2024-03-14", "3,5,1", ""]
    path = tmp_path / "messages.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    c = _one(path)
    assert c.title == "wxid_x" and [m.text for m in c.messages] == ["hi", "old style row"]
    assert c.owner == "Me" and c.skipped == 1


def test_sniffing_stays_specific(tmp_path: Path) -> None:
    log = tmp_path / "server.txt"
    log.write_text("".join(f"2024-03-14 21:05:1{i} INFO: started worker {i}\nok\n" for i in range(5)), "utf-8")
    assert wechat.sniff(log.read_bytes(), log.name) == 0.0
    other_json = tmp_path / "session.json"
    other_json.write_text('{"session": {"id": 1}, "items": []}', encoding="utf-8")
    assert wechat.sniff(other_json.read_bytes(), other_json.name) == 0.0
    assert detect(ExportFile(FIXTURES / "阿杰.txt")) == ("wechat", 0.7)


def test_empty_tool_output_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(ExportError, match="empty.csv does not look like a WeChat chat export"):
        wechat.parse(ExportFile(path))
