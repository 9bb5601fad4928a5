"""The conversation viewer: the whole stored chat, evidence highlighted, search, paging."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import pytest
from a11y import unnamed_inputs, unreachable_inputs
from PySide6.QtCore import QPoint, Qt
from store_fakes import fill
from ui_fakes import LINES, MEDIA_INDEX

from guardian_app import settings as st
from guardian_app.alert_details import AlertDetail
from guardian_app.domain import ContactAssessment, Conversation, IndicatorSummary, Message
from guardian_app.guidance import indicator_text
from guardian_app.store import Store
from guardian_app.ui import alert_centre as ac
from guardian_app.ui.conversation_model import EVIDENCE_ROLE, SENDER_ROLE, TEXT_ROLE, TIME_ROLE
from guardian_app.ui.conversation_viewer import ConversationViewer
from guardian_app.ui.widgets.message_delegate import HIGHLIGHT

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole, TEXT_ROLE, SENDER_ROLE, TIME_ROLE)


@pytest.fixture
def viewer(qtbot):
    with Store() as store:
        fill(store)
    st.save(st.Settings(children=[st.Child(["Emma"], 12, "GB")], onboarded=True))
    centre = ac.AlertCentre(reports=False)
    qtbot.addWidget(centre)
    centre.show()
    centre.refresh()
    assert centre.view.detail.contact.name == "Jake"
    assert centre.view.btn_chat.isEnabled()
    centre.view.btn_chat.click()
    v = centre.viewer
    qtbot.addWidget(v)
    qtbot.waitExposed(v)
    yield v
    centre.close()


def rows(v, role=TEXT_ROLE):
    return [v.model.index(r).data(role) for r in range(v.model.rowCount())]


def test_opens_the_stored_chat_in_order_from_the_alert_centre(viewer):
    assert viewer.isVisible() and viewer.model.total == len(LINES)
    texts = rows(viewer)
    assert texts[:4] == [t for _, t in LINES[:4]]
    assert rows(viewer, SENDER_ROLE)[:2] == ["Jake", "Emma"]
    assert rows(viewer, TIME_ROLE)[0] == "14 Mar 2024, 20:00"
    assert "14 messages" in viewer.header.text() and "Jake" in viewer.header.text()


def test_evidence_is_highlighted_with_the_indicator_title(viewer):
    age = indicator_text("age_probe").title
    assert viewer.model.index(2).data(EVIDENCE_ROLE) == [age]
    assert age in viewer.model.index(2).data(Qt.ItemDataRole.ToolTipRole)
    assert age in viewer.model.index(2).data(Qt.ItemDataRole.AccessibleTextRole)
    both = viewer.model.index(13).data(EVIDENCE_ROLE)
    assert set(both) == {indicator_text("secrecy").title, indicator_text("meeting_request").title}
    assert viewer.model.index(3).data(EVIDENCE_ROLE) == []  # the child's reply: context only
    assert viewer.model.index(3).data(Qt.ItemDataRole.ToolTipRole) is None
    viewer.view.clearSelection()
    viewer.view.setCurrentIndex(viewer.model.index(0))
    image = viewer.view.viewport().grab().toImage()
    painted = viewer.view.visualRect(viewer.model.index(2))
    plain = viewer.view.visualRect(viewer.model.index(3))
    probe = QPoint(painted.left() + 2 * painted.width() // 3, painted.bottom() - 2)
    assert image.pixelColor(probe).name() == HIGHLIGHT.name()
    assert image.pixelColor(QPoint(probe.x(), plain.bottom() - 2)).name() != HIGHLIGHT.name()


def test_media_is_only_noted_never_named(viewer):
    assert viewer.model.index(MEDIA_INDEX).data(TEXT_ROLE) == "[a photo was shared here — not opened]"
    file_name = LINES[MEDIA_INDEX][1]
    for role in ROLES:
        assert not any(file_name in str(v) or ".jpg" in str(v) for v in rows(viewer, role))
    viewer.search.setText("IMG-2024")
    assert viewer.matches == [] and "No message contains" in viewer.count.text()
    viewer.search.setText("photo was shared")
    assert viewer.matches == [MEDIA_INDEX]


def test_search_finds_counts_and_moves_between_matches(viewer, qtbot):
    viewer.search.setText("DONT TELL")  # case does not matter
    assert viewer.matches == [8, 13]
    assert viewer.current_row == 8 and viewer.count.text() == "Match 1 of 2 messages."
    qtbot.keyClick(viewer.search, Qt.Key.Key_Return)
    assert viewer.current_row == 13 and viewer.count.text() == "Match 2 of 2 messages."
    viewer.btn_next.click()  # wraps around to the first
    assert viewer.current_row == 8
    viewer.btn_prev.click()
    assert viewer.current_row == 13
    viewer.search.setText("snap")
    assert viewer.matches == [10] and viewer.current_row == 10
    viewer.search.setText("helicopter")
    assert viewer.matches == [] and viewer.count.text() == "No message contains “helicopter”."
    assert viewer.find_next() is None and viewer.current_row == 10
    viewer.search.clear()
    assert viewer.count.text() == ""


def test_keyboard_moves_between_highlighted_messages_and_everything_is_named(viewer):
    viewer.go_to(0)
    assert viewer.next_sign() == 2
    assert viewer.next_sign() == 4
    assert viewer.previous_sign() == 2
    assert viewer.previous_sign() == 13  # wraps to the last one
    assert unnamed_inputs(viewer) == []
    assert unreachable_inputs(viewer) == []


def long_detail(count: int = 3000) -> AlertDetail:
    start = datetime(2024, 1, 1, 9, 0)
    msgs = [Message("Sam" if n % 2 else "Leo", f"message number {n} about homework",
                    start + timedelta(minutes=n), index=n) for n in range(count)]
    msgs[2500] = Message("Sam", "this is our secret, ok?", start, index=2500)
    conv = Conversation("discord:leo-sam", "/tmp/leo.json", "discord", "Leo and Sam",
                        ["Leo", "Sam"], msgs)
    contact = ContactAssessment("Sam", 0.8, "high", True, 2500, ["isolating"],
                                [IndicatorSummary("secrecy", 0.9, 1, [2500]),
                                 IndicatorSummary("age_probe", 0.8, 1, [40])])
    alert = {"id": 7, "status": "new", "contact": "Sam"}
    return AlertDetail(alert, conv, contact, "Leo", "")


def test_long_chat_is_loaded_page_by_page(qtbot):
    v = ConversationViewer(long_detail(), page=100)
    qtbot.addWidget(v)
    v.show()
    assert v.model.total == 3000 and v.model.rowCount() < 3000
    v.search.setText("our secret")  # search covers rows not handed to the view yet
    assert v.matches == [2500] and v.current_row == 2500
    assert 2500 < v.model.rowCount() < 3000
    assert v.model.index(2500).data(EVIDENCE_ROLE) == [indicator_text("secrecy").title]
    v.search.setText("number 2999")
    assert v.current_row == 2999 and v.model.rowCount() == 3000
    assert v.previous_sign() == 2500 and v.previous_sign() == 40


def test_long_messages_wrap_into_taller_rows(qtbot):
    detail = long_detail()
    detail.conversation.messages[1] = Message("Sam", "word " * 400, None, index=1)
    detail.conversation.messages[2] = Message("Sam", "https://example.invalid/" + "x" * 900,
                                              None, index=2)
    v = ConversationViewer(detail)
    qtbot.addWidget(v)
    v.resize(700, 500)
    v.show()
    qtbot.waitExposed(v)
    short, tall, link = (v.view.visualRect(v.model.index(r)).height() for r in (0, 1, 2))
    assert tall > 5 * short and link > 3 * short  # a long link wraps too, never off screen
    assert v.model.index(1).data(TIME_ROLE) == "time unknown"


def test_measuring_many_rows_keeps_none_alive(qtbot):
    """PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a method that
    returns nothing; measuring rows must not make such calls per row, or a long chat crashes."""
    v = ConversationViewer(long_detail(), page=3000)
    qtbot.addWidget(v)
    before = sys.getrefcount(None)
    v.show()
    qtbot.waitExposed(v)
    v.go_to(2999)
    assert sys.getrefcount(None) > before - 500
