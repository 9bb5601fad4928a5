"""Every window: inputs named for screen readers, reachable by Tab, and layouts that survive
long (translated) strings."""

from __future__ import annotations

from a11y import unnamed_inputs, unreachable_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from store_fakes import store_assessment
from ui_fakes import assessment

from guardian_app.store import Store
from guardian_app.ui.alert_centre import AlertCentre
from guardian_app.ui.dialogs.false_alarm import FalseAlarmDialog
from guardian_app.ui.dialogs.onboarding import OnboardingWizard
from guardian_app.ui.main_window import MainWindow

LONG = "Ein sehr langer übersetzter Text, der in keiner Schaltfläche Platz hätte " * 4


def test_main_window_is_named_and_reachable(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.add_results([assessment("high")])
    assert unnamed_inputs(w) == []
    assert unreachable_inputs(w) == []


def test_tab_walks_the_alert_centre_from_the_table_to_the_actions(qtbot):
    with Store() as store:
        store_assessment(store, assessment("critical"))
    w = AlertCentre(reports=False)
    qtbot.addWidget(w)
    w.show()
    w.refresh()
    seen, widget = [], w.table
    for _ in range(200):  # the Tab order, as Qt walks it
        widget = widget.nextInFocusChain()
        if widget is w.table:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(widget)
    assert w.view.btn_reviewed in seen and w.view.btn_false in seen and w.view.text in seen
    assert w.child_box in seen and w.show_closed in seen


def test_false_alarm_dialog_needs_text_and_is_named(qtbot):
    d = FalseAlarmDialog("Jake")
    qtbot.addWidget(d)
    assert not d.ok.isEnabled()
    qtbot.keyClicks(d.reason, "  ")
    assert not d.ok.isEnabled()
    qtbot.keyClicks(d.reason, "her cousin")
    assert d.ok.isEnabled() and d.reason_text() == "her cousin"
    assert unnamed_inputs(d) == []


def test_long_strings_wrap_instead_of_widening_windows(qtbot):
    with Store() as store:
        a = assessment("critical", contact="Jake " + LONG[:60])
        a.conversation.title = LONG
        store_assessment(store, a)
    centre = AlertCentre(reports=False)
    qtbot.addWidget(centre)
    centre.refresh()
    for button in centre.findChildren(QPushButton):
        button.setText(LONG[:45])  # a long translation of a button label
    centre.message.setText(LONG)
    assert centre.view.minimumSizeHint().width() < 800
    assert centre.minimumSizeHint().width() < 1100
    wizard = OnboardingWizard()
    qtbot.addWidget(wizard)
    for label in wizard.findChildren(QLabel):
        if label.wordWrap():
            label.setText(LONG)
    assert wizard.minimumSizeHint().width() < 1100
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_message(LONG)
    window.show_progress(1, 2, LONG)
    assert window.minimumSizeHint().width() < 1100
