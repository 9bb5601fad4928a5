"""One alert per contact: the watcher notifies when it appears, and again only when its level rises."""

from __future__ import annotations

import json
import threading

from watch_fakes import FakePipeline, chat_text

from guardian_app import ingest
from guardian_app.store import Store
from guardian_app.store.alerts import AlertChange
from guardian_app.watch.isolate import report_from_dict

REASONS = {"medium": ["several warning signs together"], "high": ["asked to meet and to keep it secret"]}
STEPS = [  # (Jake's keyword lines; the fake scores 0.2 per line: 3 -> medium, 4 -> high, 5 -> high)
    ["Jake|how old are you?", "Emma|13", "Jake|our secret", "Jake|add me on snap"],
    ["Jake|send me a pic"],
    ["Jake|lets meet saturday"],
]


class ReasoningPipeline(FakePipeline):
    """The watcher tests' fake pipeline, giving each level its reasons as the risk engine does."""

    def analyze(self, conversations, children=()):
        out = super().analyze(conversations, children)
        for assessment in out:
            for contact in assessment.contacts:
                contact.reasons = list(REASONS.get(contact.level, []))
        return out


def test_a_second_notification_only_when_the_level_rises(tmp_path, make_service, monkeypatch):
    monkeypatch.setattr(ingest, "_pipeline", ReasoningPipeline)
    drop = tmp_path / "drop"
    drop.mkdir()
    seen: list[AlertChange] = []
    lock = threading.Lock()

    def on_alert(change: AlertChange) -> None:
        with lock:
            seen.append(change)

    service = make_service([drop], on_alert=on_alert)
    lines: list[str] = []
    for n, step in enumerate(STEPS):
        lines += step
        (drop / f"export-{n}.txt").write_text(chat_text("chat-jake", lines), encoding="utf-8")
        assert service.wait_idle(20)
    (drop / "export-copy.txt").write_text(chat_text("chat-jake", lines), encoding="utf-8")  # same again
    assert service.wait_idle(20)
    with lock:
        changes = list(seen)
    assert [(c.previous_level, c.level, c.escalated) for c in changes] == [
        (None, "medium", False), ("medium", "high", True)]  # the risk rise within "high": silent
    assert changes[1].reasons == tuple(REASONS["high"]) and changes[0].reasons == tuple(REASONS["medium"])
    with Store(service.store_path) as store:
        [alert] = ingest.list_alerts(store)
    assert alert["level"] == "high" and alert["risk"] > 0.9


def test_reasons_survive_the_worker_report():
    change = AlertChange(1, 2, "Chat", "Emma", "Jake", "high", 0.8, "medium", True, ("a reason",))
    report = ingest.IngestReport(alerts_escalated=[change])
    back = report_from_dict(json.loads(json.dumps(report.to_dict())))
    assert back.alerts_escalated == [change]  # what the worker process hands the watcher
