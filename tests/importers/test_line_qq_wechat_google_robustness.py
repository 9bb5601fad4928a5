"""LINE, QQ, WeChat, Hangouts and Google Chat together: seeded random damage (only ExportError
escapes the parsers, called directly so the registry's safety net cannot hide a bug), detection
that claims exactly these files among every sample and fixture, and `guardian scan --json`."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest

from guardian_app.cli import main
from guardian_app.importers import google_chat, hangouts, line, qq, safezip, wechat
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import detect, discover

REPO = Path(__file__).resolve().parents[2]
FORMATS = REPO / ".." / "shared" / "formats"
FIXTURES = REPO / "tests" / "fixtures"
SCHEMA = json.loads((REPO / "src" / "guardian_app" / "scan_schema.json").read_text(encoding="utf-8"))
MODULES = {m.NAME: m for m in (line, qq, wechat, hangouts, google_chat)}
ALPHABET = '{}[]",:\\ \t\n\r0123456789"[]()（）:：-/年月日\t"""\ufeff\u202f語照片图片消息对象💬\x00\x01'


def _expected(path: Path) -> str | None:
    """Which of our formats a sample or fixture file belongs to (None: someone else's)."""
    text = path.as_posix()
    if "/fixtures/line/" in text:
        return "line"
    if "/fixtures/qq/" in text or "/formats/qq_wechat/" in text:
        return "qq"
    if "/fixtures/wechat/" in text:
        return "wechat"
    if "/fixtures/google/" in text:
        if path.name.startswith("Hangouts"):
            return "hangouts"
        return "google_chat" if path.name == "messages.json" else None
    return None


def _seeds() -> list[tuple[Path, str]]:
    roots = [FIXTURES] + ([FORMATS] if FORMATS.is_dir() else [])
    found = [(p, _expected(p)) for root in roots for p in sorted(root.rglob("*")) if p.is_file()]
    return [(p, fmt) for p, fmt in found if fmt]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.35:
            buf[pos:pos] = "".join(rng.choices(ALPHABET, k=rng.randint(1, 12))).encode()
        elif choice < 0.65:
            del buf[pos : pos + rng.randint(1, 60)]
        elif choice < 0.85:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
        else:
            del buf[pos:]  # cut short, as an interrupted copy would
    return bytes(buf)


def test_random_damage_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(20241201)
    seeds = _seeds()
    parsed = failed = 0
    for i in range(120):
        source, fmt = rng.choice(seeds)
        folder = tmp_path / f"case{i}"
        folder.mkdir()
        path = folder / source.name
        path.write_bytes(_mutate(rng, source.read_bytes()))
        try:
            conversations = MODULES[fmt].parse(ExportFile(path))
        except ExportError as exc:
            assert str(exc).startswith(str(path)) and "unexpected" not in str(exc)
            failed += 1
            continue
        parsed += 1
        for c in conversations:
            assert c.format == fmt and c.key.startswith(fmt + ":") and c.skipped >= 0
            assert [m.index for m in c.messages] == list(range(len(c.messages)))
            assert all(m.kind in {"text", "media", "system", "deleted"} for m in c.messages)
            assert all((m.sender is None) == (m.kind == "system") for m in c.messages)
            assert all(isinstance(m.text, str) for m in c.messages)
            zones = {m.timestamp.tzinfo is not None for m in c.messages if m.timestamp}
            assert zones <= {c.timezone_known}
    assert parsed > 25 and failed > 25  # both paths were exercised


def test_detection_claims_exactly_our_files() -> None:
    claimed: dict[str, str | None] = {}
    expected: dict[str, str | None] = {}
    roots = [FIXTURES] + ([FORMATS] if FORMATS.is_dir() else [])
    for path in [p for root in roots for p in sorted(root.rglob("*")) if p.is_file()]:
        units = discover(path) if safezip.is_zip(path) else [ExportFile(path)]
        for ef in units:
            found = detect(ef)
            claimed[ef.display] = found[0] if found else None
            expected[ef.display] = _expected(path)
    ours = {p: fmt for p, fmt in claimed.items() if fmt in MODULES}
    assert ours == {p: fmt for p, fmt in expected.items() if fmt}
    assert sum(1 for fmt in ours.values() if fmt) >= 13


def test_scan_json_on_the_qq_samples(capsys: pytest.CaptureFixture[str]) -> None:
    if not (FORMATS / "qq_wechat").is_dir():
        pytest.skip("../shared/formats/qq_wechat is not present")
    code = main(["scan", str(FORMATS / "qq_wechat"), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0
    assert [(s["format"], s["messages"], s["error"]) for s in doc["sources"]] == [("qq", 7, None)] * 2
    assert {c["title"] for c in doc["conversations"]} == {"QCE Testing Group"}


def test_scan_json_alerts_on_grooming_chats(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [FIXTURES / "line" / "line_en_1to1.txt", FIXTURES / "google" / "Hangouts.json"]
    code = main(["scan", *map(str, paths), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0 and [s["format"] for s in doc["sources"]] == ["line", "hangouts"]
    jake = next(c for c in doc["conversations"] if c["title"] == "Jake")
    assert jake["child"] == "Emma" and jake["alert"] is True
    assert {"age_probe", "secrecy"} <= {i["id"] for i in jake["contacts"][0]["indicators"]}
    max_grant = next(c for c in doc["conversations"] if c["title"] == "Max Grant")
    assert max_grant["child"] == "Sam Lee" and max_grant["alert"] is True
    club = next(c for c in doc["conversations"] if c["title"] == "Robotics club")
    assert club["alert"] is False


def _odd(rng: random.Random, depth: int = 0) -> object:
    choices = [None, True, 0, -1, 2**70, 1.5, float("nan"), "", "x", "1710446712", "1710446712000",
               "1710446712000000", "Thursday, March 14, 2024 at 8:05:12\u202fPM UTC", "2024-02-30T25:61:61Z",
               "[图片: a.png]", "[回复 : x]\nhi", "group", "GROUP", "文本消息", "图片消息", "@chatroom", "\x00"]
    if depth < 3 and rng.random() < 0.25:
        return [_odd(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and rng.random() < 0.25:
        keys = ["text", "type", "name", "gaia_id", "segment", "embed_item", "message_content", "export_name"]
        return {rng.choice(keys): _odd(rng, depth + 1) for _ in range(rng.randint(1, 3))}
    return rng.choice(choices)


def test_odd_field_values_never_break_the_record_readers() -> None:
    from guardian_app.importers import qq_json, wechat_records

    rng = random.Random(99)
    keys = ["timestamp", "sender", "content", "recalled", "system", "isRecalled", "createTime", "isSend",
            "senderUsername", "senderDisplayName", "type", "creator", "created_date", "text", "attached_files",
            "sender_id", "chat_message", "event_type", "CreateTime", "Type", "SubType", "IsSender", "StrContent",
            "Remark", "NickName", "Sender", "TalkerId", "message_state"]
    readers = [qq_json.to_message, google_chat.to_message, hangouts.to_message]
    kept = 0
    for _ in range(400):
        record = {k: _odd(rng) for k in rng.sample(keys, rng.randint(1, len(keys)))}
        for read in readers:
            message = read(record)
            kept += message is not None
            assert message is None or isinstance(message.text, str)
        for read in (wechat_records.from_json_message, wechat_records.from_csv_row):
            try:
                message, _ = read({k: v if isinstance(v, str) else str(v) for k, v in record.items()}
                                  if read is wechat_records.from_csv_row else record)
            except wechat_records.BadRecord:
                continue
            kept += 1
            assert isinstance(message.text, str) and "a.png" not in message.text
    assert kept > 10  # some odd records are still readable
