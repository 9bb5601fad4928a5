"""`guardian ingest` and `guardian alerts` through the real pipeline and store."""

import json
from pathlib import Path

from guardian_app.cli import main

GROOMING = (Path(__file__).resolve().parent / "fixtures" / "chats" / "grooming_jake.txt").read_text(
    encoding="utf-8")


def test_ingest_twice_and_a_longer_reexport_give_one_alert(tmp_path, capsys):
    first = tmp_path / "a" / "WhatsApp Chat with Jake.txt"
    first.parent.mkdir()
    lines = GROOMING.splitlines(keepends=True)
    first.write_text("".join(lines[:-2]), encoding="utf-8")
    assert main(["ingest", str(first)]) == 0
    out = capsys.readouterr().out
    assert f"{len(lines) - 2} new message(s)" in out

    assert main(["ingest", str(first)]) == 0
    assert "unchanged" in capsys.readouterr().out

    longer = tmp_path / "b" / "WhatsApp Chat with Jake.txt"
    longer.parent.mkdir()
    longer.write_text(GROOMING, encoding="utf-8")
    assert main(["ingest", str(longer), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    (src,) = report["sources"]
    assert src["new_messages"] == 2 and src["duplicates"] == len(lines) - 2

    assert main(["alerts", "--json"]) == 0
    alerts = json.loads(capsys.readouterr().out)
    assert [(a["contact"], a["child"]) for a in alerts] == [("Jake", "Emma")]
    assert alerts[0]["level"] in ("high", "critical")

    assert main(["alerts"]) == 0
    assert "Jake" in capsys.readouterr().out


def test_alerts_on_an_empty_profile(capsys):
    assert main(["alerts"]) == 0
    assert "No alerts" in capsys.readouterr().out
