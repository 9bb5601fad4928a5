"""iMessage and Signal importers against damage and each other: seeded random corruption (only
ExportError escapes the parsers, called directly), detection over every known sample and
fixture, and `guardian scan --json` end to end."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest
from imessage_db_builder import build_chat_db

from guardian_app.cli import main
from guardian_app.importers import imessage, safezip, signal
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import detect

REPO = Path(__file__).resolve().parents[2]
FORMATS = REPO / ".." / "shared" / "formats"
FIXTURES = REPO / "tests" / "fixtures"
SCHEMA = json.loads((REPO / "src" / "guardian_app" / "scan_schema.json").read_text("utf-8"))
OURS = {"imessage": imessage, "signal": signal}
ALPHABET = '[]{}",:>|!()\n\n  0123456789-AMPMFrom: Type: Sent: <div class="message">éЖ😊\x01'


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.35:
            buf[pos:pos] = "".join(rng.choices(ALPHABET, k=rng.randint(1, 12))).encode()
        elif choice < 0.65:
            del buf[pos : pos + rng.randint(1, 40)]
        elif choice < 0.85:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
        else:
            del buf[pos:]
    return bytes(buf)


def _check(conversations, fmt: str) -> None:
    for c in conversations:
        assert c.format == fmt and c.key.startswith(fmt + ":")
        assert [m.index for m in c.messages] == list(range(len(c.messages)))
        assert all(m.kind in {"text", "media", "system", "deleted"} for m in c.messages)
        assert all((m.sender is None) == (m.kind == "system") for m in c.messages)
        assert c.skipped >= 0


def test_random_damage_to_text_exports_only_raises_export_error(tmp_path: Path) -> None:
    seeds = [(p, fmt) for fmt in OURS for p in sorted((FIXTURES / fmt).rglob("*")) if p.is_file()]
    sample_dirs = [FORMATS / "imessage", FORMATS / "signal"]
    seeds += [(p, p.parent.name) for d in sample_dirs if d.is_dir() for p in d.iterdir()
              if p.suffix in (".html", ".txt")]  # fmt: skip
    rng = random.Random(20240314)
    parsed = failed = 0
    for i in range(100):
        seed, fmt = rng.choice(seeds)
        path = tmp_path / f"case{i}" / seed.name
        path.parent.mkdir()
        path.write_bytes(_mutate(rng, seed.read_bytes()))
        try:
            conversations = OURS[fmt].parse(ExportFile(path))
        except ExportError as exc:
            assert str(path) in str(exc) and "unexpected" not in str(exc)
            failed += 1
            continue
        parsed += 1
        _check(conversations, fmt)
    assert parsed > 50 and failed > 0


def test_random_damage_to_chat_db_only_raises_export_error(tmp_path: Path) -> None:
    data = build_chat_db(tmp_path / "seed.db").read_bytes()
    rng = random.Random(7)
    outcomes = set()
    for i in range(40):
        buf = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            pos = rng.randrange(100, len(buf))  # keep the magic so the database path is taken
            buf[pos : pos + rng.randint(1, 16)] = bytes(rng.getrandbits(8) for _ in range(8))
        if rng.random() < 0.2:
            del buf[rng.randrange(100, len(buf)) :]
        path = tmp_path / f"case{i}" / "chat.db"
        path.parent.mkdir()
        path.write_bytes(bytes(buf))
        try:
            _check(imessage.parse(ExportFile(path)), "imessage")
            outcomes.add("read")
        except ExportError as exc:
            assert str(path) in str(exc)
            outcomes.add("error")
        assert sorted(p.name for p in path.parent.iterdir()) == ["chat.db"]
    assert outcomes == {"read", "error"}


def _units(root: Path):
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        if safezip.is_zip(path):
            try:
                yield from (ExportFile(path, m) for m in safezip.list_members(path))
            except ExportError:
                continue
        else:
            yield ExportFile(path)


def test_detection_claims_exactly_our_files(tmp_path: Path) -> None:
    roots = [FIXTURES] + ([FORMATS] if FORMATS.is_dir() else [])
    claimed, checked = [], 0
    for root in roots:
        for unit in _units(root):
            try:
                found = detect(unit)
            except ExportError:
                continue
            checked += 1
            folder = Path(unit.display).parts
            ours = next((f for f in OURS if f in folder), None)
            if found and found[0] in OURS:
                claimed.append(unit.display)
                assert ours == found[0], unit.display
            elif ours and unit.path.suffix != ".bin":
                pytest.fail(f"{unit.display} was not detected as {ours}: {found}")
    assert checked > 10 and len(claimed) >= 7
    db = build_chat_db(tmp_path / "chat.db")
    assert detect(ExportFile(db)) == ("imessage", 0.9)


def _scan(capsys, *paths: Path) -> dict:
    code = main(["scan", *map(str, paths), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0
    return doc


def test_scan_json_end_to_end(tmp_path: Path, capsys) -> None:
    db = build_chat_db(tmp_path / "chat.db")
    doc = _scan(capsys, db, FIXTURES / "signal" / "sigtop_Jake.txt")
    formats = {s["format"] for s in doc["sources"]}
    assert formats == {"imessage", "signal"}
    titles = {c["title"]: c for c in doc["conversations"]}
    assert titles["+15555550123"]["messages"] == 6 and titles["Homework Crew"]["messages"] == 3
    assert titles["Jake"]["format"] == "signal"


def test_scan_json_on_the_shared_samples(capsys) -> None:
    if not FORMATS.is_dir():
        pytest.skip("../shared/formats is not present")
    doc = _scan(capsys, FORMATS / "imessage" / "imessage-exporter_example.html",
                FORMATS / "signal" / "chatminer_signal_test_export.txt")  # fmt: skip
    assert [(s["format"], s["messages"], s["error"]) for s in doc["sources"]] == [
        ("imessage", 11, None), ("signal", 2, None),
    ]  # fmt: skip
    assert not any(c["alert"] for c in doc["conversations"])
