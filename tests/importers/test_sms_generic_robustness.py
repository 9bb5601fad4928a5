"""SMS Backup & Restore and the generic format: sniffing claims exactly their files, random
damage only ever raises ExportError, and ``guardian scan --json`` reads them end to end."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from guardian_app import cli
from guardian_app.importers.registry import ExportError, ExportFile, detect, read_export

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared" / "formats"
FIXTURES = ROOT / "tests" / "fixtures"
SMS = FIXTURES / "sms" / "sms-20240320190000.xml"
GENERIC = FIXTURES / "generic"


def _files() -> list[Path]:
    roots = [FIXTURES] + ([SHARED] if SHARED.is_dir() else [])
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def _expected(path: Path) -> str | None:
    """Which of our two formats should claim this file (None: neither)."""
    if path.parent.name in ("sms", "sms_backup_restore") and path.name.startswith(("sms-", "mobilecombackup_sms")):
        return "sms"
    if path.parent == GENERIC and path.name not in ("not_generic.csv", "shopping.csv"):
        return "generic"
    return None


def test_sniffing_claims_exactly_our_files() -> None:
    files = _files()
    assert any(_expected(p) == "sms" for p in files) and any(_expected(p) == "generic" for p in files)
    for path in files:
        found = detect(ExportFile(path))
        fmt = found[0] if found else None
        if _expected(path):
            assert fmt == _expected(path), path
        else:
            assert fmt not in ("sms", "generic"), path


def _mutate(rng: random.Random, data: bytes, tokens: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.4:
            buf[pos:pos] = rng.choice(tokens)
        elif choice < 0.75:
            del buf[pos : pos + rng.randint(1, 60)]
        else:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
    return bytes(buf)


_XML_TOKENS = [b"<", b">", b'"', b"'", b"&", b"&#55357;", b"&#56841;", b"&#0;", b"&#x110000;", b"</smses>",
               b"<sms ", b"<mms>", b' date="x"', b' type="2"', b' msg_box="3"', b"<!DOCTYPE x [", b"\x00",
               b"\xff\xfe", b' data="', b"<![CDATA[", b"<!--", b"~", b' address=""']
_ROW_TOKENS = [b",", b";", b'"', b"\n", b"\r", b"{", b"}", b"[", b"NaN", b"1e999", b"\x00", b"\xff",
               b'"kind": "system"', b',"is_owner": 2', b"timestamp", b"\t", b'""']


def _check(path: Path) -> bool:
    try:
        conversations = read_export(ExportFile(path))
    except ExportError as exc:
        assert str(path) in str(exc)
        assert "unexpected problem" not in str(exc), exc.__cause__  # no parser bug was hit
        return False
    for conv in conversations:
        assert [m.index for m in conv.messages] == list(range(len(conv.messages)))
        assert all(m.kind in {"text", "media", "system", "deleted"} for m in conv.messages)
        assert all((m.sender is None) == (m.kind == "system") for m in conv.messages)
    return True


def test_random_corruption_of_sms_backups_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(2024)
    seeds = [SMS.read_bytes()]
    sample = SHARED / "sms_backup_restore" / "mobilecombackup_sms-test.xml"
    if sample.is_file():
        seeds.append(sample.read_bytes())
    outcomes = []
    for i in range(100):
        path = tmp_path / f"sms-{i}.xml"
        data = rng.choice(seeds)
        keep = 40 if i % 3 else 0  # mostly keep the signature; sometimes damage the start too
        path.write_bytes(data[:keep] + _mutate(rng, data[keep:], _XML_TOKENS))
        outcomes.append(_check(path))
    assert outcomes.count(True) > 30 and outcomes.count(False) > 5  # a damaged tail still gives a result


def test_random_corruption_of_generic_files_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(99)
    seeds = {p.name: p.read_bytes() for p in GENERIC.iterdir() if ".guardian." in p.name}
    outcomes = []
    for i in range(100):
        name = rng.choice(sorted(seeds))
        data = seeds[name]
        cut = data.index(b"\n") + 1 if name.endswith(".csv") else 0  # keep the header line
        path = tmp_path / f"{i}-{name}"
        path.write_bytes(data[:cut] + _mutate(rng, data[cut:], _ROW_TOKENS))
        outcomes.append(_check(path))
    assert outcomes.count(True) > 30


def _scan(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, dict]:
    code = cli.main(["scan", *map(str, paths), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_scan_json_reads_an_sms_backup(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = _scan(capsys, SMS)
    assert code == 0
    assert doc["sources"] == [{"path": str(SMS), "format": "sms", "messages": 15, "skipped": 1, "error": None}]
    chats = {c["title"]: c for c in doc["conversations"]}
    jake = chats["Jake M"]
    assert jake["format"] == "sms" and jake["child"] == "Me" and jake["messages"] == 11
    assert [c["name"] for c in jake["contacts"]] == ["Jake M"]
    assert jake["alert"] and not chats["Mia, Sam"]["alert"]  # the tactics reached the scorer
    assert chats["Mia, Sam"]["child"] == "Me"


def test_scan_json_reads_generic_files_and_the_shared_sms_sample(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [GENERIC / "family_chats.guardian.csv", GENERIC / "friend_from_game.guardian.jsonl"]
    sample = SHARED / "sms_backup_restore" / "mobilecombackup_sms-test.xml"
    if sample.is_file():
        paths.append(sample)
    code, doc = _scan(capsys, *paths)
    assert code == 0 and all(s["error"] is None for s in doc["sources"])
    chats = {c["title"]: c for c in doc["conversations"]}
    assert chats["Roblox: skyler_77"]["child"] == "Emma" and chats["Roblox: skyler_77"]["format"] == "generic"
    assert [c["name"] for c in chats["leo.plays, Noah"]["contacts"]] == ["leo.plays"]
    if sample.is_file():
        assert chats["Jane Smith"]["child"] == "Me" and chats["Jane Smith"]["messages"] == 4


def test_scan_json_reports_a_broken_backup_with_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "sms-broken.xml"
    broken.write_text("<?xml version='1.0'?>\n<smses count='1'><sms address='1' da", encoding="utf-8")
    code, doc = _scan(capsys, broken, GENERIC / "sleepover_group.csv")
    assert code == 1
    by_path = {s["path"]: s for s in doc["sources"]}
    assert "damaged" in by_path[str(broken)]["error"]
    assert by_path[str(GENERIC / "sleepover_group.csv")]["format"] == "generic"
