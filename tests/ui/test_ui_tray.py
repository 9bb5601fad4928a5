"""The tray icon, its menu, and the scan round trip through the controller."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_fakes import CHILD, CONTACT, LINES, FakeScan, assessment

from guardian_app.ui import icons
from guardian_app.ui.controller import GuardianController
from guardian_app.ui.tray import GuardianTray


@pytest.fixture
def make_controller(qtbot):
    made: list[GuardianController] = []

    def make(scan, use_tray=True):
        c = GuardianController(children=["Emma"], scan=scan, use_tray=use_tray)
        qtbot.addWidget(c.window)
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown(5000)


def test_tray_menu_has_its_actions(qtbot):
    tray = GuardianTray()
    texts = [a.text() for a in tray.contextMenu().actions() if not a.isSeparator()]
    assert texts == ["Open Guardian", "Alerts…", "Scan a file…", "Scan a folder…",
                     "Counsellor session…", "Settings…", "Quit"]
    assert tray.toolTip() == "Guardian: nothing needs your attention"
    assert not tray.icon().isNull()


def test_every_icon_state_has_an_svg(qtbot):
    for state in icons.STATES:
        assert not icons.icon(state).isNull(), state
    assert icons.state_for_level("critical") == icons.ALERT_HIGH
    assert icons.state_for_level("medium") == icons.ALERT_LOW
    assert icons.state_for_level("none") == icons.OK


def test_menu_actions_drive_the_controller(qtbot, make_controller, monkeypatch, tmp_path):
    fake = FakeScan([assessment("low")])
    c = make_controller(fake)
    c.tray.act_open.trigger()
    assert c.window.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(tmp_path / "chat.txt")], ""))
    with qtbot.waitSignal(c.sig_scan_finished, timeout=5000):
        c.tray.act_scan_file.trigger()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(c.sig_scan_finished, timeout=5000):
        c.tray.act_scan_folder.trigger()
    assert [call[0] for call in fake.calls] == [[str(tmp_path / "chat.txt")], [str(tmp_path)]]
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(True))
    c.tray.act_quit.trigger()
    assert quits == [True]


def test_a_scan_shows_progress_then_alerts_and_a_name_free_notification(
    qtbot, make_controller, monkeypatch
):
    c = make_controller(FakeScan([assessment("high"), assessment("none", key="k2",
                                                                indicators={})]))
    shown: list[tuple] = []
    monkeypatch.setattr(c.tray, "showMessage", lambda *args: shown.append(args))
    monkeypatch.setattr(c.tray, "isVisible", lambda: True)
    progress: list[tuple[int, int, str]] = []
    show_progress = c.window.show_progress
    monkeypatch.setattr(c.window, "show_progress",
                        lambda *a: (progress.append(a), show_progress(*a)))
    with qtbot.waitSignal(c.sig_scan_finished, timeout=5000):
        assert c.start_scan(["/data/WhatsApp Chat with Jake.txt"])
        assert c.scanning and c.tray.state == icons.SCANNING
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)
    assert progress == [(0, 1, "WhatsApp Chat with Jake.txt"), (1, 1, "")]
    assert "Jake" not in c.tray.toolTip()
    assert c.window.progress.value() == 1
    assert c.window.model.rowCount() == 1
    assert c.window.detail.row.contact.name == CONTACT
    assert c.tray.state == icons.ALERT_HIGH
    assert "1 needs your attention" in c.window.message.text()

    assert len(shown) == 1
    title, message = shown[0][0], shown[0][1]
    assert message == ("Guardian found serious warning signs in a chat (level: high). "
                       "Open Guardian to see what to do.")
    words = set(re.findall(r"[a-z]{4,}", " ".join(t for _, t in LINES).lower()))
    words -= {"guardian", "open", "what", "chat"}  # plain words the sentence itself uses
    said = set(re.findall(r"[a-z]{4,}", (title + " " + message).lower()))
    assert not (said & words), said & words
    for name in (CHILD, CONTACT, "WhatsApp Chat with Jake"):
        assert name.lower() not in (title + message).lower()


def test_clicking_the_notification_opens_the_window(qtbot, make_controller):
    c = make_controller(FakeScan([]))
    assert not c.window.isVisible()
    c.tray.messageClicked.emit()
    assert c.window.isVisible()


def test_without_a_tray_the_window_opens_and_takes_the_notification(qtbot, make_controller):
    c = make_controller(FakeScan([assessment("critical")]), use_tray=False)
    c.start()
    assert c.tray is None and c.window.isVisible()
    with qtbot.waitSignal(c.sig_notified, timeout=5000) as note:
        c.start_scan(["/data/chat.txt"])
    assert "very serious warning signs in a chat (level: critical)" in note.args[1]
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)


def test_a_second_scan_waits_for_the_first_and_cancel_stops_it(qtbot, make_controller):
    fake = FakeScan([assessment("high")], wait_for_cancel=True)
    c = make_controller(fake)
    assert c.start_scan(["/data/a.txt"])
    assert not c.start_scan(["/data/b.txt"])
    assert "already checking" in c.window.message.text()
    assert fake.started.wait(5)
    c.cancel_scan()
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)
    assert "stopped" in c.window.message.text()
    assert c.window.model.rowCount() == 0
    assert c.window.btn_scan_file.isEnabled()


def test_unreadable_files_are_named_in_the_window(qtbot, make_controller):
    class Result:
        def __init__(self):
            from ui_fakes import FakeSource

            self.sources = [FakeSource("/data/broken.zip", error="not a zip file")]
            self.assessments = []

    c = make_controller(lambda *a, **k: Result())
    with qtbot.waitSignal(c.sig_scan_finished, timeout=5000):
        c.start_scan(["/data/broken.zip"])
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)
    assert "1 file(s) could not be read: broken.zip" in c.window.message.text()


def test_a_failed_scan_is_explained_in_the_window(qtbot, make_controller):
    def scan(paths, children=(), progress=None, cancel=None):
        raise OSError("disk gone")

    c = make_controller(scan, use_tray=False)
    assert c.start_scan(["/data/a.txt"])
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)
    assert c.window.message.text() == (
        "Guardian could not finish checking the chats. "
        "An unexpected problem occurred (OSError).")
    assert c.window.btn_scan_file.isEnabled()
