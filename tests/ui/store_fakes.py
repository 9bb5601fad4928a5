"""Puts the synthetic assessments of ui_fakes into a real store, as ingest would."""

from __future__ import annotations

from ui_fakes import assessment

from guardian_app.domain import ConversationAssessment
from guardian_app.store import Store
from guardian_app.store.alerts import save_assessment, upsert_alert
from guardian_app.store.conversations import load_conversation, merge_conversation


def store_assessment(store: Store, a: ConversationAssessment) -> int:
    """Merge the conversation, save the assessment and its alert; returns the alert id."""
    with store.transaction() as conn:
        cid = merge_conversation(conn, a.conversation, None).conversation_id
    _, fps = load_conversation(store, cid)
    with store.transaction() as conn:
        save_assessment(conn, cid, a, "guardian-risk test")
        change = upsert_alert(conn, cid, a, a.contacts[0], fps)
    assert change is not None, "the assessment does not alert"
    return change.alert_id


def fill(store: Store) -> dict[str, int]:
    """Three alerts: Jake (critical), Sam (high, for Leo) and Max (high, for Emma)."""
    ids = {}
    jake = assessment("critical", key="whatsapp:emma-jake")
    jake.contacts[0].timeline = [(0, 0.05), (2, 0.2), (5, 0.45), (8, 0.7), (13, 0.97)]
    ids["Jake"] = store_assessment(store, jake)
    sam = assessment("high", key="discord:leo-sam", contact="Sam",
                     indicators={"age_probe": [2], "secrecy": [8]})
    sam.child = "Leo"
    ids["Sam"] = store_assessment(store, sam)
    ids["Max"] = store_assessment(store, assessment("high", key="telegram:emma-max",
                                                    contact="Max"))
    return ids
