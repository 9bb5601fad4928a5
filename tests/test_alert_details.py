"""alert_details and review: an alert read back from the store, context, stages, decisions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from guardian_app import review
from guardian_app import settings as st
from guardian_app.alert_details import context_blocks, load_alert_detail, stage_marks
from guardian_app.domain import (
    ContactAssessment,
    Conversation,
    ConversationAssessment,
    IndicatorSummary,
    Message,
)
from guardian_app.store import Store, StoreError, list_alerts
from guardian_app.store.alerts import save_assessment, upsert_alert
from guardian_app.store.conversations import load_conversation, merge_conversation

LINES = ["hi", "hello", "how old are you?", "11", "cool", "dont tell your mum ok",
         "ok", "add me on snap", "why", "its more private"]


def _msgs(n: int = len(LINES)) -> list[Message]:
    start = datetime(2024, 5, 1, 18, 0)
    return [Message("Rob" if i % 2 == 0 else "Mia", LINES[i % len(LINES)],
                    start + timedelta(minutes=i), index=i) for i in range(n)]


@pytest.fixture
def stored():
    conv = Conversation("whatsapp:mia-rob", "/x/chat.txt", "whatsapp", "Rob", ["Mia", "Rob"],
                        _msgs())
    inds = [IndicatorSummary("age_probe", 0.9, 1, [2]), IndicatorSummary("secrecy", 0.95, 1, [5]),
            IndicatorSummary("platform_switch", 0.8, 1, [7])]
    contact = ContactAssessment("Rob", 0.88, "high", True, 7, ["targeting", "isolating"], inds,
                                [(0, 0.0), (2, 0.3), (5, 0.6), (7, 0.88)])
    with Store() as store:
        with store.transaction() as conn:
            cid = merge_conversation(conn, conv, None).conversation_id
        _, fps = load_conversation(store, cid)
        with store.transaction() as conn:
            save_assessment(conn, cid, ConversationAssessment(conv, "Mia", "named", [contact]), "m")
            alert_id = upsert_alert(conn, cid, ConversationAssessment(conv, "Mia", "named",
                                                                      [contact]), contact, fps)
        assert alert_id is not None
        yield store, alert_id.alert_id


def test_detail_reads_back_conversation_timeline_and_child(stored):
    store, alert_id = stored
    d = load_alert_detail(store, alert_id)
    assert d.alert_id == alert_id and d.status == "new"
    assert d.child == "Mia" and d.child_reason == "named"
    assert [m.text for m in d.conversation.messages] == LINES
    assert d.contact.timeline == [(0, 0.0), (2, 0.3), (5, 0.6), (7, 0.88)]
    assert [i.id for i in d.contact.indicators] == ["age_probe", "secrecy", "platform_switch"]
    assert d.contact.stages == ["targeting", "isolating"]
    with pytest.raises(StoreError):
        load_alert_detail(store, 999)


def test_context_blocks_join_overlaps_and_mark_evidence():
    msgs = _msgs(30)
    blocks = context_blocks(msgs, [2, 5, 20, 99])
    assert [[(line.message.index, line.evidence) for line in b] for b in blocks] == [
        [(0, False), (1, False), (2, True), (3, False), (4, False), (5, True), (6, False),
         (7, False)],
        [(18, False), (19, False), (20, True), (21, False), (22, False)],
    ]
    assert len(context_blocks(msgs, [1, 10, 20], limit=1)) == 1
    assert context_blocks(msgs, []) == []
    last = context_blocks(msgs, [29], before=1, after=3)
    assert [line.message.index for line in last[0]] == [28, 29]


def test_stage_marks_are_the_first_message_of_each_stage():
    inds = [IndicatorSummary("secrecy", 0.9, 2, [9, 4]), IndicatorSummary("age_probe", 0.9, 1, [2]),
            IndicatorSummary("platform_switch", 0.9, 1, [3]), IndicatorSummary("unknown", 1, 1, [0])]
    assert stage_marks(inds) == [(2, "targeting"), (3, "isolating")]


def test_false_alarm_needs_a_reason_and_is_kept(stored):
    store, alert_id = stored
    with pytest.raises(ValueError, match="why"):
        review.mark_false_alarm(store, alert_id, "   ")
    assert list_alerts(store)[0]["status"] == "new"
    review.mark_false_alarm(store, alert_id, "It is her cousin, planning a birthday surprise")
    assert list_alerts(store)[0]["status"] == "false_alarm"
    note = review.load_reviews()[alert_id]
    assert note["status"] == "false_alarm" and "cousin" in note["reason"]
    review.reopen(store, alert_id)
    assert list_alerts(store)[0]["status"] == "new" and alert_id not in review.load_reviews()


def test_reviewed_and_trusted(stored):
    store, alert_id = stored
    review.mark_reviewed(store, alert_id)
    assert list_alerts(store)[0]["status"] == "reviewed"
    review.trust_contact(store, alert_id, "Rob", "whatsapp:mia-rob")
    assert st.load().is_trusted("Rob", "whatsapp:mia-rob")
    assert review.load_reviews()[alert_id]["status"] == "trusted"
