"""The public Telegram samples in ../shared/formats/telegram (read in place, never copied),
detection across every known sample and fixture, and `guardian scan --json` end to end."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from guardian_app.cli import main
from guardian_app.importers import safezip
from guardian_app.importers.registry import ExportFile, detect, discover, read_export

REPO = Path(__file__).resolve().parents[2]
FORMATS = REPO / ".." / "shared" / "formats"
SAMPLES = FORMATS / "telegram"
FIXTURES = REPO / "tests" / "fixtures"
SCHEMA = json.loads((REPO / "src" / "guardian_app" / "scan_schema.json").read_text(encoding="utf-8"))


def _read(name: str):
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/telegram is not present")
    (unit,) = discover(SAMPLES / name)
    return read_export(unit)


def test_single_chat_sample_with_mixed_dates() -> None:
    (c,) = _read("chatanalytics_DM_2A_7M.json")
    assert c.format == "telegram" and c.title == "Bob"
    assert len(c.messages) == 8
    assert c.participants == ["Bob", "Alice"]
    assert Counter(m.kind for m in c.messages) == {"text": 4, "media": 2, "system": 2}
    assert [m.media for m in c.messages if m.media] == [("image",), ("image",)]
    # The chat's id is Bob's user id, so the export came from the other side: Alice.
    assert c.owner == "Alice" and c.contact_hint == "Bob"
    assert c.messages[0].sender is None and c.messages[0].text == "Bob joined Telegram"
    assert c.messages[1].text == "https://google.com 👀"  # entities joined without separators
    assert c.messages[7].text == "Alice called (56 seconds)"
    # Some messages only have a local "date": all times stay wall clock, and the ones with only
    # date_unixtime are shifted by the offset a message carrying both shows (UTC-03:00).
    assert c.timezone_known is False
    assert c.messages[2].timestamp == datetime(2022, 3, 8, 13, 7, 42)
    assert c.messages[3].timestamp == datetime(2022, 5, 9, 19, 23, 53)  # 1652135033 - 3 h
    assert any("UTC-03:00" in note for note in c.notes)
    assert c.skipped == 0 and [m.index for m in c.messages] == list(range(8))


def test_full_account_shaped_sample() -> None:
    (c,) = _read("chatminer_test_batch_export.json")
    assert c.title == "Chatname" and c.participants == ["Author 1", "Author 2"]
    assert [m.text for m in c.messages] == ["Minimal Message", "Link:https://telegram.org/"]
    assert c.timezone_known is True
    assert c.messages[0].timestamp == datetime(2018, 12, 5, 10, 39, 10, tzinfo=UTC)
    assert c.owner is None  # no personal_information in this file


def _every_export_file() -> list[Path]:
    roots = [FIXTURES]
    if FORMATS.is_dir():
        roots.append(FORMATS)
    return [p for root in roots for p in sorted(root.rglob("*")) if p.is_file()]


def test_only_telegram_files_are_detected_as_telegram() -> None:
    claimed: dict[str, str | None] = {}
    for path in _every_export_file():
        units = discover(path) if safezip.is_zip(path) else [ExportFile(path)]
        for ef in units:
            found = detect(ef)
            claimed[ef.display] = found[0] if found else None
    ours = {p for p, fmt in claimed.items() if fmt == "telegram"}
    expected = {p for p in claimed if "/telegram/" in p and not p.endswith(".txt")}
    assert ours == expected
    assert len(expected) >= 5


def test_scan_json_end_to_end_on_the_samples(capsys: pytest.CaptureFixture[str]) -> None:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/formats/telegram is not present")
    code = main(["scan", str(SAMPLES), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0
    assert {s["format"] for s in doc["sources"]} == {"telegram"}
    assert sorted(s["messages"] for s in doc["sources"]) == [2, 8]
    bob = next(c for c in doc["conversations"] if c["title"] == "Bob")
    assert bob["child"] == "Alice" and bob["messages"] == 8


def test_scan_json_alerts_on_a_grooming_telegram_chat(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", str(FIXTURES / "telegram" / "full_account" / "result.json"), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    assert code == 0
    assert doc["sources"][0]["format"] == "telegram" and doc["sources"][0]["messages"] == 30
    dan = next(c for c in doc["conversations"] if c["title"] == "Dan Reyes")
    assert dan["child"] == "Mia Torres" and dan["alert"] is True
    ids = {i["id"] for i in dan["contacts"][0]["indicators"]}
    assert {"age_probe", "secrecy"} <= ids
    school = next(c for c in doc["conversations"] if c["title"] == "Class 7B")
    assert school["alert"] is False
