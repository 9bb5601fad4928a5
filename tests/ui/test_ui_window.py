"""The alert window: the list, and the detail pane with evidence, guidance and steps."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_fakes import LINES, MEDIA_INDEX, assessment

from guardian_app.guidance import indicator_text, not_a_verdict, steps
from guardian_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    return w


def cell(window, row, col):
    return window.model.index(row, col).data()


def test_window_lists_alerts_most_serious_first(window):
    window.add_results([assessment("medium", key="a"), assessment("critical", key="b")])
    assert window.model.rowCount() == 2
    assert [cell(window, r, 0) for r in range(2)] == ["Critical", "Medium"]
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(window.model.columnCount())]
    assert headers == ["Level", "Contact", "Child", "Chat", "Warning signs"]
    assert cell(window, 0, 1) == "Jake"
    assert cell(window, 0, 2) == "Emma"
    assert cell(window, 0, 3) == "Jake"
    signs = cell(window, 0, 4)
    assert signs.startswith(indicator_text("meeting_request").title)
    assert indicator_text("age_probe").title in signs


def test_rescanning_a_chat_replaces_its_rows(window):
    window.add_results([assessment("high", key="a"), assessment("low", key="b")])
    window.add_results([assessment("medium", key="a")])
    levels = sorted(cell(window, r, 0) for r in range(window.model.rowCount()))
    assert levels == ["Low", "Medium"]


def test_contacts_without_signs_are_not_listed(window):
    window.add_results([assessment("none", indicators={})])
    assert window.model.rowCount() == 0
    assert "Nothing that needs your attention" in window.detail.toPlainText()


def test_detail_pane_shows_summary_evidence_guidance_and_steps(window):
    window.add_results([assessment("high")])
    text = window.detail.toPlainText()
    assert "Jake's messages to Emma show 8 warning signs of grooming" in text
    assert "Level: high" in text
    assert not_a_verdict() in text
    assert "What to do now" in text
    for step in steps("high"):
        assert step in text
    for ind in ("secrecy", "image_request", "age_probe"):
        assert indicator_text(ind).title in text
        assert indicator_text(ind).why in text
    # evidence lines: message index, time, sender, text
    assert "Message 8" in text and "14 Mar 2024, 20:24" in text
    assert "Jake: dont tell anyone we talk ok? its our secret" in text
    assert "Jake: how old are you btw?" in text
    assert "Chat: Jake (WhatsApp export, 14 messages)" in text
    # the child's own replies are not evidence
    assert "12, in 7th grade" not in text


def test_media_is_never_shown_only_noted(window):
    window.add_results([assessment("high")])
    html = window.detail.toHtml()
    text = window.detail.toPlainText()
    assert LINES[MEDIA_INDEX][1] not in text
    assert "IMG-" not in html and "<img" not in html.lower()
    assert "a photo was shared here" in text


def test_selecting_a_row_shows_its_detail(window, qtbot):
    window.add_results([assessment("critical", key="a"),
                        assessment("low", key="b", contact="Sam",
                                   indicators={"age_probe": [2]})])
    window.table.selectRow(1)
    text = window.detail.toPlainText()
    assert "Sam's messages to Emma show 1 warning sign of grooming: asking about age." in text
    assert "call your local emergency number" not in text  # that step is for critical only
    window.table.selectRow(0)
    assert "call your local emergency number" in window.detail.toPlainText()


def test_chat_text_is_escaped_not_rendered(window):
    a = assessment("high", indicators={"secrecy": [0]})
    a.conversation.messages[0].text = "<b>bold</b> & <a href='http://x'>link</a>"
    window.add_results([a])
    text = window.detail.toPlainText()
    assert "<b>bold</b> & <a href='http://x'>link</a>" in text
    html = window.detail.toHtml()
    assert "<a href" not in html and "&lt;a href" in html


def test_busy_state_and_progress(window):
    window.show()
    window.set_busy(True)
    assert window.progress_row.isVisible() and not window.btn_scan_file.isEnabled()
    window.show_progress(1, 4, "chat.txt")
    assert window.progress.maximum() == 4 and window.progress.value() == 1
    assert "chat.txt" in window.progress_label.text()
    window.set_busy(False)
    assert not window.progress_row.isVisible() and window.btn_scan_folder.isEnabled()
