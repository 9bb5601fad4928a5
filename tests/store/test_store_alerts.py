"""Assessments are replaced; each contact has ONE alert that only grows."""

from __future__ import annotations

import json

import pytest

from guardian_app.domain import ContactAssessment, ConversationAssessment, IndicatorSummary
from guardian_app.store import StoreError, list_alerts, set_alert_status
from guardian_app.store.alerts import save_assessment, upsert_alert
from guardian_app.store.conversations import load_conversation, merge_conversation

CHAT = [
    (0, "Jake", "how old are you"),
    (1, "Emma", "13"),
    (2, "Jake", "this is our secret ok"),
    (3, "Jake", "add me on snap"),
    (4, "Jake", "send a pic"),
]


def _contact(risk: float, level: str, alert: bool = True, first: int | None = 2,
             name: str = "Jake") -> ContactAssessment:
    return ContactAssessment(
        name=name, risk=risk, level=level, alert=alert, first_alert_message=first,
        stages=["targeting", "isolating"],
        indicators=[IndicatorSummary("secrecy", 0.97, 1, [2])],
        timeline=[(0, 0.2), (2, risk)],
    )


@pytest.fixture
def stored(store, make_conversation):
    with store.transaction() as conn:
        cid = merge_conversation(conn, make_conversation(CHAT), None).conversation_id
    conv, fps = load_conversation(store, cid)
    return cid, conv, fps


def _upsert(store, stored, contact):
    cid, conv, fps = stored
    assessment = ConversationAssessment(conv, "Emma", "named", [contact])
    with store.transaction(durable=True) as conn:
        save_assessment(conn, cid, assessment, "guardian-risk 1")
        return upsert_alert(conn, cid, assessment, contact, fps)


def test_first_alert_is_created_once(store, stored):
    change = _upsert(store, stored, _contact(0.7, "medium"))
    assert change is not None and not change.escalated and change.previous_level is None
    assert (change.contact, change.child, change.conversation) == ("Jake", "Emma", "Jake")
    assert _upsert(store, stored, _contact(0.7, "medium")) is None
    alerts = list_alerts(store)
    assert len(alerts) == 1
    alert = alerts[0]
    assert alert["level"] == "medium" and alert["status"] == "new" and alert["child"] == "Emma"
    assert alert["first_alert_message"] == 2
    assert alert["first_alert_time"] == stored[1].messages[2].timestamp.isoformat()
    assert alert["indicators"] == [{"id": "secrecy", "score": 0.97, "count": 1, "messages": [2]}]
    row = store.query_one("SELECT first_alert_fingerprint FROM alerts")
    assert row[0] == stored[2][2]


def test_escalation_updates_the_same_alert_and_reopens_it(store, stored):
    created = _upsert(store, stored, _contact(0.6, "medium"))
    set_alert_status(store, created.alert_id, "reviewed")
    assert _upsert(store, stored, _contact(0.65, "medium")) is None  # grew, same level
    assert list_alerts(store)[0]["risk"] == 0.65
    assert list_alerts(store)[0]["status"] == "reviewed"
    change = _upsert(store, stored, _contact(0.9, "high"))
    assert change.escalated and change.previous_level == "medium" and change.level == "high"
    assert change.alert_id == created.alert_id
    alerts = list_alerts(store)
    assert len(alerts) == 1
    assert (alerts[0]["level"], alerts[0]["risk"], alerts[0]["status"]) == ("high", 0.9, "new")


def test_alert_keeps_its_highest_risk(store, stored):
    _upsert(store, stored, _contact(0.9, "high"))
    assert _upsert(store, stored, _contact(0.5, "medium")) is None
    assert (list_alerts(store)[0]["level"], list_alerts(store)[0]["risk"]) == ("high", 0.9)


def test_no_alert_below_the_line_but_assessment_saved(store, stored):
    assert _upsert(store, stored, _contact(0.2, "low", alert=False, first=None)) is None
    assert list_alerts(store) == []
    row = store.query_one("SELECT * FROM assessments")
    assert (row["contact"], row["level"]) == ("Jake", "low")
    assert row["model_version"] == "guardian-risk 1"
    assert json.loads(row["timeline"]) == [[0, 0.2], [2, 0.2]]
    conv = store.query_one("SELECT child, child_reason, needs_analysis FROM conversations")
    assert tuple(conv) == ("Emma", "named", 0)


def test_assessments_are_replaced_not_appended(store, stored):
    _upsert(store, stored, _contact(0.2, "low", alert=False))
    _upsert(store, stored, _contact(0.4, "low", alert=False))
    rows = store.query("SELECT risk FROM assessments")
    assert [r[0] for r in rows] == [0.4]


def test_alert_status_is_validated(store, stored):
    created = _upsert(store, stored, _contact(0.7, "medium"))
    with pytest.raises(ValueError):
        set_alert_status(store, created.alert_id, "ignored")
    with pytest.raises(StoreError):
        set_alert_status(store, 12345, "reviewed")
    set_alert_status(store, created.alert_id, "false_alarm")
    assert list_alerts(store)[0]["status"] == "false_alarm"


def test_alerts_list_unreviewed_and_serious_first(store, stored):
    cid, conv, fps = stored
    contacts = [_contact(0.6, "medium", name="A"), _contact(0.95, "critical", name="B"),
                _contact(0.99, "critical", name="C")]
    assessment = ConversationAssessment(conv, "Emma", "named", contacts)
    with store.transaction() as conn:
        ids = [upsert_alert(conn, cid, assessment, c, fps).alert_id for c in contacts]
    set_alert_status(store, ids[2], "reviewed")
    assert [a["contact"] for a in list_alerts(store)] == ["B", "A", "C"]
