"""Ingest into the profile: dedupe across re-exports, one alert per contact, escalation.

Most tests use a tiny fake pipeline (a stand-in importer and scorer) so they test the
ingest logic itself; the end-to-end tests at the bottom go through the real pipeline.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from guardian_app import ingest
from guardian_app.domain import (
    TEXT,
    ContactAssessment,
    Conversation,
    ConversationAssessment,
    IndicatorSummary,
    Message,
)
from guardian_app.store import Store
from guardian_app.store.conversations import merge_conversation

START = datetime(2024, 3, 14, 20, 0)
RISKY = ("old", "secret", "snap", "pic", "meet")
CHAT = [
    "0|Jake|hi, how old are you?",
    "1|Emma|13",
    "2|Jake|keep this our secret",
    "3|Emma|ok",
    "3|Emma|ok",
    "4|Jake|add me on snap",
    "5|Jake|send me a pic",
    "6|Jake|lets meet saturday",
]


class FakePipeline:
    """Reads 'minute|sender|text' files (first line: the chat key) and scores by keyword."""

    def __init__(self) -> None:
        self.reads: list[str] = []
        self.analysed: list[tuple[str, tuple[str, ...]]] = []

    def read_paths(self, paths, progress=None, cancel=None):
        path = Path(paths[0])
        self.reads.append(str(path))
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else ["#broken"]
        if lines[0] == "#broken":
            return [SimpleNamespace(path=str(path), format=None, messages=0, skipped=0,
                                    error=f"{path.name} is not a chat export.")], []
        messages = []
        for i, line in enumerate(lines[1:]):
            minute, sender, text = line.split("|")
            messages.append(Message(sender, text, START + timedelta(minutes=int(minute)), TEXT,
                                    index=i))
        conv = Conversation(lines[0], str(path), "fake", "Chat with Jake", ["Jake", "Emma"],
                            messages)
        result = SimpleNamespace(path=str(path), format="fake", messages=len(messages),
                                 skipped=0, error=None)
        return [result], [conv]

    def analyze(self, conversations, children=()):
        out = []
        for conv in conversations:
            self.analysed.append((conv.key, tuple(children)))
            child = children[0] if children else "Emma"
            reason = "named" if children else "Emma is in every chat"
            contacts = []
            for name in (p for p in conv.participants if p != child):
                hits = [m.index for m in conv.messages
                        if m.sender == name and any(w in m.text for w in RISKY)]
                risk = min(1.0, 0.2 * len(hits))
                level = "high" if risk >= 0.8 else "medium" if risk >= 0.6 else "low"
                alert = level in ("medium", "high")
                first = hits[2] if alert else None
                contacts.append(ContactAssessment(
                    name, risk, level, alert, first, ["targeting"],
                    [IndicatorSummary("secrecy", 0.9, len(hits), hits)], [(h, risk) for h in hits]))
            out.append(ConversationAssessment(conv, child, reason, contacts))
        return out

    def model_version(self):
        return "fake", "1"


@pytest.fixture
def fake(monkeypatch):
    pipeline = FakePipeline()
    monkeypatch.setattr(ingest, "_pipeline", lambda: pipeline)
    return pipeline


def _export(tmp_path: Path, name: str, lines: list[str], key: str = "chat-jake") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([key, *lines]) + "\n", encoding="utf-8")
    return path


def test_same_export_twice_adds_nothing_and_alerts_once(tmp_path, fake):
    path = _export(tmp_path, "a.txt", CHAT[:6])
    first = ingest.ingest_paths([path])
    assert first.ok and first.sources[0].new_messages == 6
    assert [a.contact for a in first.alerts_created] == ["Jake"]
    second = ingest.ingest_paths([path])
    assert second.sources[0].unchanged and second.sources[0].format == "fake"
    assert fake.reads == [str(path)]  # the unchanged export was not parsed again
    assert second.alerts_created == [] and second.alerts_escalated == []
    assert second.conversations_analysed == 0
    copy = _export(tmp_path, "copy.txt", CHAT[:6])  # same content, new name: still skipped
    assert ingest.ingest_paths([copy]).sources[0].unchanged
    assert len(ingest.list_alerts()) == 1


def test_longer_reexport_adds_only_the_new_and_escalates(tmp_path, fake):
    ingest.ingest_paths([_export(tmp_path, "a.txt", CHAT[:6])])
    report = ingest.ingest_paths([_export(tmp_path, "b.txt", CHAT[1:])])  # oldest line cut off
    src = report.sources[0]
    assert (src.new_messages, src.duplicates, src.unchanged) == (2, 5, False)
    assert report.alerts_created == []
    [change] = report.alerts_escalated
    assert (change.previous_level, change.level, change.contact) == ("medium", "high", "Jake")
    [alert] = ingest.list_alerts()
    assert alert["level"] == "high" and alert["child"] == "Emma"
    assert alert["conversation"] == "Chat with Jake"
    assert alert["first_alert_message"] == 5  # "add me on snap", in the full stored chat
    with Store() as store:
        assert store.query_one("SELECT count(*) FROM messages")[0] == 8
        assert store.query_one("SELECT count(*) FROM sources")[0] == 2


def test_unreadable_source_is_reported_and_read_again_next_time(tmp_path, fake):
    bad = tmp_path / "bad.txt"
    bad.write_text("#broken\n", encoding="utf-8")
    report = ingest.ingest_paths([bad, _export(tmp_path, "a.txt", CHAT)])
    assert not report.ok
    assert report.sources[0].error == "bad.txt is not a chat export."
    assert report.sources[1].error is None and report.sources[1].new_messages == 8
    ingest.ingest_paths([bad])
    assert fake.reads.count(str(bad)) == 2
    missing = ingest.ingest_paths([tmp_path / "nope.txt"])
    assert missing.sources[0].error == "nope.txt is not a chat export."


def test_interrupted_ingest_is_assessed_next_time(tmp_path, fake):
    _, [conv] = fake.read_paths([_export(tmp_path, "a.txt", CHAT)])
    with Store() as store:
        with store.transaction() as conn:  # merged, then the process died before analysis
            merge_conversation(conn, conv, None)
        report = ingest.ingest_paths([], store=store)
        assert report.conversations_analysed == 1
        assert [a.level for a in report.alerts_created] == ["high"]
        assert ingest.list_alerts(store)[0]["contact"] == "Jake"


def test_the_child_decided_first_is_kept(tmp_path, fake):
    ingest.ingest_paths([_export(tmp_path, "a.txt", CHAT[:4])], children=["Emma"])
    ingest.ingest_paths([_export(tmp_path, "b.txt", CHAT)])
    assert fake.analysed == [("chat-jake", ("Emma",)), ("chat-jake", ("Emma",))]
    with Store() as store:
        row = store.query_one("SELECT child, child_reason FROM conversations")
    assert tuple(row) == ("Emma", "named")


def test_cancel_stops_between_sources(tmp_path, fake):
    cancel = threading.Event()
    cancel.set()
    report = ingest.ingest_paths([_export(tmp_path, "a.txt", CHAT)], cancel=cancel)
    assert report.cancelled and report.sources == [] and fake.reads == []


def test_progress_and_logs_never_carry_message_text(tmp_path, fake, caplog):
    calls: list[tuple[int, int, str]] = []
    caplog.set_level(logging.DEBUG)
    path = _export(tmp_path, "a.txt", CHAT)
    ingest.ingest_paths([path], progress=lambda *a: calls.append(a))
    assert calls[0] == (0, 1, "a.txt") and calls[-1] == (1, 1, "")
    texts = [line.split("|")[2] for line in CHAT if len(line.split("|")[2]) > 3]
    for text in texts:
        assert text not in caplog.text
        assert all(text not in label for _, _, label in calls)
    assert "a.txt" in caplog.text


def test_report_serialises(tmp_path, fake):
    report = ingest.ingest_paths([_export(tmp_path, "a.txt", CHAT)])
    data = report.to_dict()
    assert data["sources"][0]["new_messages"] == 8
    assert data["alerts_created"][0]["level"] == "high"
    assert report.new_messages == 8


# -- end to end, through the real pipeline (importers + model) -------------------------------

WHATSAPP = [
    "14/03/2024, 20:00 - Messages and calls are end-to-end encrypted. No one outside of this "
    "chat, not even WhatsApp, can read or listen to them.",
    "14/03/2024, 20:01 - Jake: hey! saw your gaming clip, you're really good",
    "14/03/2024, 20:02 - Emma: thanks lol",
    "14/03/2024, 20:03 - Jake: how old are you btw? what grade are you in?",
    "14/03/2024, 20:04 - Emma: 13, year 8",
    "14/03/2024, 20:05 - Jake: you seem so mature for your age",
    "14/03/2024, 20:06 - Emma: ok",
    "14/03/2024, 20:06 - Emma: ok",
    "14/03/2024, 20:07 - Jake: i can get you some vbucks if you want",
    "14/03/2024, 20:08 - Jake: don't tell your parents about me ok? this is our secret",
    "14/03/2024, 20:09 - Jake: are your parents home? do they check your phone?",
    "14/03/2024, 20:10 - Jake: add me on snap, it's more private there",
    "14/03/2024, 20:11 - Jake: <Media omitted>",
    "14/03/2024, 20:12 - Jake: send me a pic of you, just for me",
    "14/03/2024, 20:13 - Jake: let's meet on saturday, i can pick you up. don't tell anyone",
]


def test_whatsapp_reexports_read_by_the_real_importer(tmp_path, monkeypatch):
    pytest.importorskip("guardian_app.importers.registry")
    from guardian_app import pipeline

    scorer = FakePipeline()
    monkeypatch.setattr(ingest, "_pipeline", lambda: SimpleNamespace(
        read_paths=pipeline.read_paths, analyze=scorer.analyze, model_version=scorer.model_version))
    first = ingest.ingest_paths([_whatsapp(tmp_path / "march", WHATSAPP[:9])])
    assert first.ok and first.sources[0].format == "whatsapp"
    assert ingest.ingest_paths([_whatsapp(tmp_path / "march", WHATSAPP[:9])]).sources[0].unchanged
    later = ingest.ingest_paths([_whatsapp(tmp_path / "april", WHATSAPP[3:])]).sources[0]
    assert (later.new_messages, later.duplicates) == (6, 6)  # both "ok" lines stay stored
    with Store() as store:
        texts = [r[0] for r in store.query("SELECT text FROM messages ORDER BY sort_ts, idx")]
    assert texts.count("ok") == 2
    assert texts[-1].startswith("let's meet on saturday")
    assert len(ingest.list_alerts()) == 1


@pytest.fixture
def real_pipeline():
    pytest.importorskip("guardian_app.importers.registry")
    from guardian_app.analysis.model_files import ModelError, load_model_info

    try:
        load_model_info()
    except ModelError as exc:
        pytest.skip(f"the model is not built here: {exc}")


def _whatsapp(folder: Path, lines: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "WhatsApp Chat with Jake.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_whatsapp_reexports_end_to_end(tmp_path, real_pipeline):
    from guardian_app.pipeline import scan_paths

    first = ingest.ingest_paths([_whatsapp(tmp_path / "march", WHATSAPP[:9])])
    assert first.ok and first.sources[0].format == "whatsapp"
    stored_first = first.sources[0].new_messages
    assert stored_first >= 8  # every line of the first export (the notice may be a message)
    again = ingest.ingest_paths([_whatsapp(tmp_path / "march", WHATSAPP[:9])])
    assert again.sources[0].unchanged and not again.alerts_created
    # A longer re-export with its oldest lines cut off, as WhatsApp's cap does.
    later = ingest.ingest_paths([_whatsapp(tmp_path / "april", WHATSAPP[3:])])
    assert later.ok
    assert later.sources[0].new_messages == 6 and later.sources[0].duplicates == 6
    alerts = ingest.ingest_paths([_whatsapp(tmp_path / "may", WHATSAPP)]).alerts_created
    assert alerts == []  # nothing new: no second alert

    [alert] = ingest.list_alerts()
    assert (alert["contact"], alert["child"], alert["status"]) == ("Jake", "Emma", "new")
    assert alert["level"] in ("medium", "high", "critical")
    # The stored conversation is the whole chat: it assesses as a scan of the full export does.
    [scanned] = scan_paths([_whatsapp(tmp_path / "full", WHATSAPP)]).assessments
    top = scanned.top
    assert top is not None and top.name == "Jake"
    assert (alert["level"], alert["first_alert_message"]) == (top.level, top.first_alert_message)
    with Store() as store:
        n = store.query_one("SELECT count(*) FROM messages")[0]
        media = store.query("SELECT media FROM messages WHERE kind = 'media'")
    assert n == len(scanned.conversation.messages)
    kinds = {"image", "video", "audio", "sticker", "document", "contact", "location", "other"}
    assert len(media) == 1 and set(json.loads(media[0]["media"])) <= kinds
