"""Messenger/Instagram and Snapchat: sniffing claims only their files, damage only raises
ExportError, and ``guardian scan --json`` reads them end to end."""

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
OURS = {"meta": ("messenger_instagram", "meta"), "snapchat": ("snapchat",)}


def _files() -> list[Path]:
    roots = [FIXTURES] + ([SHARED] if SHARED.is_dir() else [])
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def test_sniffing_claims_exactly_our_files() -> None:
    for path in _files():
        found = detect(ExportFile(path))
        fmt = found[0] if found else None
        folders = set(path.parts)
        for name, homes in OURS.items():
            mine = any(h in folders for h in homes) and path.name != "personal_information.json"
            if mine and path.suffix in (".json", ".html"):
                assert fmt == name, path
            else:
                assert fmt != name, path


def _seeds() -> list[bytes]:
    return [p.read_bytes() for p in _files()
            if ({"meta", "snapchat", "messenger_instagram"} & set(p.parts)) and p.suffix == ".json"]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.35:
            buf[pos:pos] = rng.choice([b"{", b"}", b"[", b"]", b",", b'"', b":", b"null", b"1e999",
                                       b"\\u00", b"\xff", b"\x00", b'"timestamp_ms": -1'])
        elif choice < 0.7:
            del buf[pos : pos + rng.randint(1, 40)]
        else:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
    return bytes(buf)


_ODD = [None, -1, 0, 1e300, "", "x" * 50, [], {}, [[[]]], True, "2024-13-45 99:99:99 UTC", "\u00c3"]


def _poke(rng: random.Random, value: object, depth: int = 0) -> object:
    """The same JSON with one random value somewhere replaced by an odd one."""
    if isinstance(value, dict) and value and depth < 6:
        key = rng.choice(list(value))
        value[key] = _poke(rng, value[key], depth + 1) if rng.random() < 0.7 else rng.choice(_ODD)
    elif isinstance(value, list) and value and depth < 6:
        i = rng.randrange(len(value))
        value[i] = _poke(rng, value[i], depth + 1) if rng.random() < 0.7 else rng.choice(_ODD)
    else:
        return rng.choice(_ODD)
    return value


def _corrupt(rng: random.Random, data: bytes, structural: bool) -> bytes:
    if not structural:
        return _mutate(rng, data)
    doc = json.loads(data.decode("utf-8-sig"))
    for _ in range(rng.randint(1, 4)):
        doc = _poke(rng, doc)
    return json.dumps(doc).encode()


def test_random_corruption_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(1234)
    seeds = _seeds()
    assert len(seeds) >= 6
    parsed = failed = 0
    for i in range(120):
        name = rng.choice(["message_1.json", "chat_history.json"])
        path = tmp_path / str(i) / name
        path.parent.mkdir()
        path.write_bytes(_corrupt(rng, rng.choice(seeds), structural=i % 2 == 1))
        try:
            conversations = read_export(ExportFile(path))
        except ExportError as exc:
            assert str(path) in str(exc)
            assert "unexpected problem" not in str(exc), exc.__cause__  # no parser bug was hit
            failed += 1
            continue
        parsed += 1
        for conv in conversations:
            assert [m.index for m in conv.messages] == list(range(len(conv.messages)))
            assert all(m.kind in {"text", "media", "system", "deleted"} for m in conv.messages)
    assert parsed > 10 and failed > 10  # both paths were exercised


def _scan(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, dict]:
    code = cli.main(["scan", *map(str, paths), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_scan_json_reads_an_instagram_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = _scan(capsys, FIXTURES / "meta" / "instagram")
    assert code == 0
    assert {s["format"] for s in doc["sources"]} == {"meta"}
    by_title = {c["title"]: c for c in doc["conversations"]}
    ryan = by_title["Ryan K"]
    assert ryan["messages"] == 17 and ryan["child"] == "Lily Carter"
    assert [c["name"] for c in ryan["contacts"]] == ["Ryan K"]


def test_scan_json_reads_snapchat_and_a_shared_sample(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [FIXTURES / "snapchat" / "mydata_2024" / "json" / "chat_history.json"]
    sample = SHARED / "messenger_instagram" / "msgvault_json_simple_message_1.json"
    if sample.is_file():
        paths.append(sample)
    code, doc = _scan(capsys, *paths)
    assert code == 0 and all(s["error"] is None for s in doc["sources"])
    titles = {c["title"]: c for c in doc["conversations"]}
    assert titles["max.r2009"]["child"] == "lily_draws"
    assert titles["max.r2009"]["format"] == "snapchat"
    if sample.is_file():
        assert titles["Alice Example"]["messages"] == 3
