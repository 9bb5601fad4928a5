"""Incremental ingest through the real importer and model: only new messages are scored.

A spy wraps the shared scorer and records every text it is asked to score. The chat is
synthetic and shows grooming only by its tactics.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from guardian_app import ingest
from guardian_app.store import Store

BASE = [
    ("Jake", "hey! saw your gaming clip, you're really good"),
    ("Emma", "thanks lol"),
    ("Jake", "how old are you btw? what grade are you in?"),
    ("Emma", "13, year 8"),
    ("Jake", "you seem so mature for your age"),
    ("Emma", "ok"),
    ("Jake", "what school do you go to?"),
    ("Emma", "not saying lol"),
    ("Jake", "i can get you some vbucks if you want"),
    ("Emma", "really?"),
    ("Jake", "don't tell your parents about me ok? this is our secret"),
    ("Emma", "ok i guess"),
    ("Jake", "are your parents home? do they check your phone?"),
    ("Emma", "no they're at work"),
]
NEW = [  # ten more lines from the contact
    ("Jake", "you can talk to me about anything, i get you better than your friends"),
    ("Jake", "add me on snap, it's more private there"),
    ("Jake", "delete these messages after ok"),
    ("Jake", "i sent you something, did you see it?"),
    ("Jake", "send me a pic of you, just for me"),
    ("Jake", "turn your camera on for me later"),
    ("Jake", "let's meet on saturday, i can pick you up"),
    ("Jake", "don't tell anyone we're meeting"),
    ("Jake", "if you tell anyone i'll share our chats with your school"),
    ("Jake", "you owe me after all the vbucks"),
]
OTHER = [("Sam", "hi, are you coming to practice?"), ("Emma", "yes"), ("Sam", "cool see you there")]
JAKE_IN_BASE = sum(1 for s, _ in BASE if s == "Jake")


class SpyScorer:
    """The real scorer, recording what it scores; optionally claiming another model version."""

    def __init__(self, real, version: str | None = None) -> None:
        self.real = real
        self.info = dataclasses.replace(real.info, version=version) if version else real.info
        self.texts: list[str] = []

    def score(self, texts):
        self.texts.extend(texts)
        return self.real.score(texts)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.fixture
def spy(monkeypatch):
    pytest.importorskip("guardian_app.importers.registry")
    from guardian_app.analysis import scorer
    from guardian_app.analysis.model_files import ModelError

    try:
        real = scorer.shared_scorer()
    except ModelError as exc:
        pytest.skip(f"the model is not built here: {exc}")

    def install(version: str | None = None) -> SpyScorer:
        current = SpyScorer(real, version)
        monkeypatch.setattr(scorer, "shared_scorer", lambda: current)
        return current

    return install


def _export(folder: Path, rows: list[tuple[str, str]], contact: str = "Jake") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"14/03/2024, {20 + i // 60:02d}:{i % 60:02d} - {s}: {t}" for i, (s, t) in enumerate(rows)]
    path = folder / f"WhatsApp Chat with {contact}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored(store: Store) -> tuple[list[tuple], list[tuple]]:
    assessments = store.query(
        "SELECT c.key, a.contact, a.risk, a.level, a.stages, a.indicators, a.timeline FROM assessments a"
        " JOIN conversations c ON c.id = a.conversation_id ORDER BY c.key, a.contact")
    alerts = store.query(
        "SELECT c.key, a.contact, a.level, a.risk, a.first_alert_index, a.first_alert_fingerprint,"
        " a.indicators FROM alerts a JOIN conversations c ON c.id = a.conversation_id ORDER BY c.key, a.contact")
    return [tuple(r) for r in assessments], [tuple(r) for r in alerts]


def test_a_reexport_with_ten_new_messages_scores_exactly_ten(tmp_path, spy):
    first = spy()
    report = ingest.ingest_paths([_export(tmp_path / "march", BASE)], ["Emma"])
    assert len(first.texts) == report.messages_scored == JAKE_IN_BASE  # the child's lines need no score
    second = spy()
    report = ingest.ingest_paths([_export(tmp_path / "april", BASE + NEW)], ["Emma"])
    assert report.sources[0].new_messages == 10
    assert second.texts == [t for _, t in NEW] and report.messages_scored == 10
    with Store() as store:
        rows = store.query("SELECT model_version, probs FROM message_scores")
    assert len(rows) == JAKE_IN_BASE + 10
    assert {r["model_version"] for r in rows} == {f"{first.info.name} {first.info.version}"}
    assert all(len(r["probs"]) == 4 * 20 for r in rows)  # 20 float32 per message


def test_incremental_results_equal_a_full_reanalysis(tmp_path, spy, monkeypatch):
    from guardian_app.pipeline import analyze
    from guardian_app.store.conversations import load_conversation

    spy()
    ingest.ingest_paths([_export(tmp_path / "march", BASE)], ["Emma"])
    report = ingest.ingest_paths([_export(tmp_path / "april", BASE + NEW)], ["Emma"])
    with Store() as store:
        incremental = _stored(store)
        conv, _ = load_conversation(store, 1)
    [full] = analyze([conv], ["Emma"])
    # Escalation: one notification, with the new level's reasons.
    [change] = report.alerts_escalated
    assert (change.previous_level, change.level) == ("high", "critical") == ("high", full.top.level)
    assert change.reasons == tuple(full.top.reasons) and change.reasons
    assert report.alerts_created == []
    assert incremental[0][0][2:4] == (full.top.risk, full.top.level)
    assert incremental[1][0][4] == full.top.first_alert_message

    monkeypatch.setenv("GUARDIAN_HOME", str(tmp_path / "other-profile"))  # all at once, scored fresh
    ingest.ingest_paths([_export(tmp_path / "full", BASE + NEW)], ["Emma"])
    with Store() as store:
        assert _stored(store) == incremental


def test_a_model_version_change_rescores_everything_once(tmp_path, spy):
    spy()
    ingest.ingest_paths([_export(tmp_path / "march", BASE)], ["Emma"])
    ingest.ingest_paths([_export(tmp_path / "sam", OTHER, "Sam")], ["Emma"])
    upgraded = spy("9.9.9")
    report = ingest.ingest_paths([_export(tmp_path / "april", BASE + NEW[:1])], ["Emma"])
    # The changed chat and the unchanged one are both re-scored with the new model.
    assert sorted(upgraded.texts) == sorted(
        [t for s, t in BASE + NEW[:1] if s == "Jake"] + [t for s, t in OTHER if s == "Sam"])
    assert report.conversations_analysed == 2
    with Store() as store:
        versions = {r[0] for r in store.query("SELECT model_version FROM message_scores")}
        assessed = {r[0] for r in store.query("SELECT model_version FROM assessments")}
    assert versions == assessed == {f"{upgraded.info.name} 9.9.9"}
    again = spy("9.9.9")
    report = ingest.ingest_paths([_export(tmp_path / "may", BASE + NEW[:2])], ["Emma"])
    assert again.texts == [NEW[1][1]] and report.conversations_analysed == 1  # once only


def test_damaged_stored_scores_are_scored_again(tmp_path, spy):
    spy()
    ingest.ingest_paths([_export(tmp_path / "march", BASE)], ["Emma"])
    with Store() as store, store.transaction() as conn:
        conn.execute("UPDATE message_scores SET probs = x'00' WHERE rowid = (SELECT min(rowid) FROM message_scores)")
    later = spy()
    ingest.ingest_paths([_export(tmp_path / "april", BASE + NEW[:1])], ["Emma"])
    assert len(later.texts) == 2  # the new line and the one whose stored row was unreadable


def test_cli_ingest_tells_the_escalation_and_its_reason(tmp_path, spy, capsys):
    from guardian_app.analysis.risk import level_of
    from guardian_app.cli import main

    spy()
    assert main(["ingest", str(_export(tmp_path / "march", BASE)), "--child", "Emma"]) == 0
    assert "New alert: Jake" in capsys.readouterr().out
    assert main(["ingest", str(_export(tmp_path / "april", BASE + NEW)), "--child", "Emma"]) == 0
    out = capsys.readouterr().out
    [reason] = level_of({"meeting_request": 1.0, "secrecy": 1.0, "flattery": 1.0})[1]
    assert f'Alert raised: Jake in "Jake" went from high to critical: {reason}.' in out
    more = BASE + NEW + [("Emma", "ok")]
    assert main(["ingest", str(_export(tmp_path / "may", more)), "--child", "Emma", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"][0]["new_messages"] == 1
    assert data["alerts_escalated"] == data["alerts_created"] == []  # no level rise: no second notice
    assert data["messages_scored"] == 0  # the child's own line needs no score
