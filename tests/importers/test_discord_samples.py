"""The public DiscordChatExporter sample in ../shared/formats/discord (read in place, never copied),
and `guardian scan --json` end to end on it and on our own fixtures."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.cli import main
from guardian_app.importers.registry import ExportFile, detect, discover, read_export

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "formats" / "discord"
SAMPLE = SAMPLES / "chatanalytics_SV_5A_5M.json"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "discord"
DM_JSON = FIXTURES / "Direct Messages - Private - jaden_k [900000000000000501].json"


def _sample():
    if not SAMPLE.is_file():
        pytest.skip("../shared/formats/discord is not present")
    (unit,) = discover(SAMPLE)
    assert detect(unit) == ("discord", 0.95)
    (conversation,) = read_export(unit)
    return conversation


def test_server_sample_counts_names_and_times() -> None:
    c = _sample()
    # 5 records, one of them a repeat of the same message id.
    assert len(c.messages) == 4
    assert any("repeated message" in note for note in c.notes)
    assert c.participants == ["Deleted User", "mlomb"]  # mlomb's first record has no nickname
    assert c.title == "DefleMask / #general-chiptune"
    assert c.messages[0].timestamp == datetime(2018, 5, 20, 16, 9, 44, 209000, tzinfo=UTC)
    assert c.timezone_known is True and "Times are in UTC." in c.notes
    assert c.owner is None and c.contact_hint is None  # a server channel proves no owner
    assert [m.kind for m in c.messages] == ["text", "text", "media", "text"]
    assert c.messages[2].media == ("image", "sticker")
    assert c.messages[2].text == "This message has attachments and stickers."
    assert sum(m.kind == "system" for m in c.messages) == 0
    assert c.skipped == 0 and c.format == "discord"
    assert c.key.startswith("discord:") and c.source == str(SAMPLE)


def test_no_media_name_or_url_is_kept() -> None:
    c = _sample()
    kept = repr(c)
    assert "unknown.png" not in kept and "cdn.discordapp.com" not in kept


def _scan(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict]:
    code = main(["scan", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_scan_json_on_the_public_sample(capsys: pytest.CaptureFixture[str]) -> None:
    if not SAMPLE.is_file():
        pytest.skip("../shared/formats/discord is not present")
    code, doc = _scan(capsys, SAMPLE)
    assert code == 0
    (source,) = doc["sources"]
    assert source["format"] == "discord" and source["messages"] == 4 and source["error"] is None
    (conv,) = doc["conversations"]
    assert conv["format"] == "discord" and conv["participants"] == ["Deleted User", "mlomb"]
    assert conv["alert"] is False


def test_scan_json_alerts_on_the_grooming_direct_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, doc = _scan(capsys, DM_JSON)
    assert code == 0
    (source,) = doc["sources"]
    assert source == {"path": str(DM_JSON), "format": "discord", "messages": 12, "skipped": 2, "error": None}
    (conv,) = doc["conversations"]
    assert conv["child"] == "Mia"
    (jaden,) = conv["contacts"]
    assert jaden["name"] == "Jaden" and jaden["alert"] is True
    assert {i["id"] for i in jaden["indicators"]} >= {"age_probe", "secrecy"}


def test_scan_reports_a_broken_discord_file_and_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_bytes(DM_JSON.read_bytes()[:300])  # cut before the first message
    code, doc = _scan(capsys, broken)
    assert code == 1
    (source,) = doc["sources"]
    assert source["error"].startswith(str(broken)) and doc["conversations"] == []


def test_zip_of_a_discord_export_is_read(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "discord.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DM_JSON, "export/dm.json")
        z.writestr("export/dm.json_Files/IMG_0412-8F3A.jpg", b"\xff\xd8\xff not opened")
    (unit,) = discover(archive)
    assert isinstance(unit, ExportFile) and unit.member == "export/dm.json"
    (c,) = read_export(unit)
    assert len(c.messages) == 12
