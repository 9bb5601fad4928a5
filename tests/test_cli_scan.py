"""`guardian scan` end to end, through the real importer, model and risk engine."""

import json
from pathlib import Path

import jsonschema
import pytest

from guardian_app.cli import main

CHATS = Path(__file__).resolve().parent / "fixtures" / "chats"
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "src" / "guardian_app" / "scan_schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

GROOMING = (CHATS / "grooming_jake.txt").read_text(encoding="utf-8")

SURPRISE_PARTY = (CHATS / "surprise_party_chloe.txt").read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run_json(capsys, *args):
    code = main(["scan", *map(str, args), "--json"])
    doc = json.loads(capsys.readouterr().out)
    jsonschema.validate(doc, SCHEMA)
    return code, doc


def test_grooming_chat_alerts_at_the_right_message(tmp_path, capsys):
    path = write(tmp_path, "WhatsApp Chat with Jake.txt", GROOMING)
    code, doc = run_json(capsys, path)
    assert code == 0
    (conv,) = doc["conversations"]
    assert conv["child"] == "Emma" and "Jake" in conv["child_reason"]
    (jake,) = conv["contacts"]
    assert jake["alert"] and jake["level"] in ("high", "critical")
    # Not before the secrecy request (message 9), and by the move to a private app (message 10).
    assert 9 <= jake["first_alert_message"] <= 10
    ids = {i["id"] for i in jake["indicators"]}
    assert {"secrecy", "platform_switch", "image_request", "meeting_request"} <= ids


def test_surprise_party_secret_is_not_an_alert(tmp_path, capsys):
    path = write(tmp_path, "WhatsApp Chat with Chloe.txt", SURPRISE_PARTY)
    code, doc = run_json(capsys, path)
    assert code == 0
    (conv,) = doc["conversations"]
    assert conv["alert"] is False and conv["first_alert_message"] is None


def test_every_shared_whatsapp_sample_gives_schema_1_json(shared_formats, capsys):
    code, doc = run_json(capsys, shared_formats / "whatsapp")
    assert code == 0
    names = {Path(s["path"]).name for s in doc["sources"]}
    expected = {p.name for p in (shared_formats / "whatsapp").iterdir()}
    assert names == expected
    assert all(s["error"] is None and s["format"] == "whatsapp" and s["messages"] > 0
               for s in doc["sources"])


def test_an_unreadable_input_is_reported_and_the_rest_still_scanned(tmp_path, capsys):
    good = write(tmp_path, "WhatsApp Chat with Chloe.txt", SURPRISE_PARTY)
    bad = write(tmp_path, "notes.txt", "just some notes, not a chat\n")
    code, doc = run_json(capsys, good, bad, tmp_path / "missing.txt")
    assert code == 1
    errors = {Path(s["path"]).name: s["error"] for s in doc["sources"]}
    assert errors["WhatsApp Chat with Chloe.txt"] is None
    assert "notes.txt" in errors["notes.txt"] and "missing.txt" in errors["missing.txt"]
    assert len(doc["conversations"]) == 1


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["scan"])
    assert exc.value.code == 2
    assert "guardian" in capsys.readouterr().err


def test_scan_writes_nothing(tmp_path, monkeypatch, capsys):
    profile = tmp_path / "profile-that-must-not-appear"
    monkeypatch.setenv("GUARDIAN_HOME", str(profile))
    path = write(tmp_path, "WhatsApp Chat with Jake.txt", GROOMING)
    assert main(["scan", str(path)]) == 0
    assert not profile.exists()
    assert list(tmp_path.iterdir()) == [path]


def test_readable_summary_explains_alert_child_and_next_steps(tmp_path, capsys):
    path = write(tmp_path, "WhatsApp Chat with Jake.txt", GROOMING)
    assert main(["scan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ALERT" in out and "Child: Emma" in out and "chat with Jake" in out
    assert "What to do now" in out and "not a verdict" in out.lower()


def test_child_can_be_named(tmp_path, capsys):
    path = write(tmp_path, "_chat.txt", GROOMING)
    code, doc = run_json(capsys, path, "--child", "emma")
    assert doc["conversations"][0]["child"] == "Emma"
    assert [c["name"] for c in doc["conversations"][0]["contacts"]] == ["Jake"]


def test_unknown_child_is_taken_from_who_is_targeted(tmp_path, capsys):
    path = write(tmp_path, "chat export.txt", GROOMING)  # the file name names nobody
    code, doc = run_json(capsys, path)
    (conv,) = doc["conversations"]
    assert conv["child"] == "Emma" and "aimed at Emma" in conv["child_reason"]
    assert [c["name"] for c in conv["contacts"]] == ["Jake"]
