"""The tray app watches the parent's folders: status on the tray, alerts as name-free notes."""

from __future__ import annotations

import functools
import shutil
import threading
from pathlib import Path

import pytest
from ui_fakes import CHILD, CONTACT, FakeScan

from guardian_app import settings as st
from guardian_app.store.alerts import AlertChange
from guardian_app.ui import icons
from guardian_app.ui.controller import GuardianController
from guardian_app.watch import status as ws
from guardian_app.watch.service import WatchService

JAKE = Path(__file__).resolve().parents[1] / "fixtures" / "chats" / "grooming_jake.txt"
TITLE = "WhatsApp Chat with Jake"


class FakeWatch:
    """Stands in for WatchService; ``report``/``alert`` call back from a thread, as it does."""

    made: list[FakeWatch]

    def __init__(self, folders, children=(), on_status=None, on_alert=None, fail=False):
        self.folders, self.children = list(folders), tuple(children)
        self.on_status, self.on_alert = on_status, on_alert
        self.fail = fail
        self.started = self.stopped = False

    def start(self) -> None:
        if self.fail:
            raise RuntimeError("the store is locked")
        self.started = True

    def stop(self, timeout: float = 15.0) -> None:
        self.stopped = True
        self.on_status(ws.WatchStatus(ws.STOPPED, "Stopped monitoring."))

    def _from_thread(self, call, arg) -> None:
        thread = threading.Thread(target=call, args=(arg,))
        thread.start()
        thread.join()

    def report(self, state: str, message: str = "", down: tuple[str, ...] = ()) -> None:
        self._from_thread(self.on_status, ws.WatchStatus(state, message, down))

    def alert(self, change: AlertChange) -> None:
        self._from_thread(self.on_alert, change)


def change(level: str, previous: str | None = None) -> AlertChange:
    return AlertChange(alert_id=1, conversation_id=1, conversation=TITLE, child=CHILD,
                       contact=CONTACT, level=level, risk=0.5, previous_level=previous,
                       escalated=previous is not None,
                       reasons=("asked to meet and to keep it secret",))


def save_settings(folders: list[Path]) -> None:
    st.save(st.Settings(children=[st.Child([CHILD], age=12)],
                        watched_folders=[str(f) for f in folders], onboarded=True))


@pytest.fixture
def controller(qtbot, tmp_path):
    made: list[FakeWatch] = []
    fail = {"on": False}

    def factory(folders, **kwargs):
        made.append(FakeWatch(folders, fail=fail["on"], **kwargs))
        return made[-1]

    (tmp_path / "profile").mkdir(exist_ok=True)
    save_settings([tmp_path / "Downloads", tmp_path / "Chats"])
    c = GuardianController(scan=FakeScan([]), use_tray=True, watch_factory=factory)
    qtbot.addWidget(c.window)
    c.made, c.fail = made, fail
    yield c
    c.shutdown(5000)


def test_starting_watches_the_folders_in_the_settings(qtbot, controller, tmp_path):
    controller.start()
    [watch] = controller.made
    assert watch.started and watch.children == (CHILD,)
    assert watch.folders == [str(tmp_path / "Downloads"), str(tmp_path / "Chats")]
    watch.report(ws.STARTING, "Starting.")
    qtbot.waitUntil(lambda: "starting to watch 2 folders" in controller.tray.toolTip(), timeout=2000)
    watch.report(ws.MONITORING, "Monitoring 2 folders.")
    qtbot.waitUntil(lambda: "watching 2 folders" in controller.tray.toolTip(), timeout=2000)
    assert controller.tray.state == icons.OK
    assert "Not monitoring" not in controller.tray.toolTip()


def test_not_monitoring_shows_a_warning_until_watching_works_again(qtbot, controller, tmp_path):
    controller.start()
    [watch] = controller.made
    down = str(tmp_path / "Chats")
    watch.report(ws.NOT_MONITORING, f"Not monitoring {down}: the folder cannot be watched.", (down,))
    qtbot.waitUntil(lambda: controller.tray.state == icons.ALERT_LOW, timeout=2000)
    tip = controller.tray.toolTip()
    assert tip.startswith("Guardian: Not monitoring: ") and "Chats" in tip
    watch.report(ws.STORAGE_FULL, "The disk holding Guardian's store is full.")
    qtbot.waitUntil(lambda: "disk" in controller.tray.toolTip(), timeout=2000)
    assert controller.tray.toolTip().startswith("Guardian: Not monitoring: ")
    watch.report(ws.STORE_ERROR, "Guardian's store could not be written.")
    qtbot.waitUntil(lambda: "could not be written" in controller.tray.toolTip(), timeout=2000)
    assert controller.tray.state == icons.ALERT_LOW
    watch.report(ws.MONITORING, "Monitoring 2 folders.")
    qtbot.waitUntil(lambda: controller.tray.state == icons.OK, timeout=2000)
    assert "Not monitoring" not in controller.tray.toolTip()


def test_a_watch_that_cannot_start_says_so(qtbot, controller):
    controller.fail["on"] = True
    controller.start()
    assert not controller.watching.running
    assert controller.tray.toolTip().startswith("Guardian: Not monitoring: ")
    assert "store is locked" in controller.tray.toolTip()


def test_an_alert_and_an_escalation_notify_once_each_without_names(qtbot, controller):
    notes: list[tuple[str, str]] = []
    controller.sig_notified.connect(lambda title, text: notes.append((title, text)))
    controller.start()
    [watch] = controller.made
    watch.alert(change("medium"))
    qtbot.waitUntil(lambda: len(notes) == 1, timeout=2000)
    assert controller.tray.state == icons.ALERT_LOW
    watch.alert(change("high", previous="medium"))
    qtbot.waitUntil(lambda: len(notes) == 2, timeout=2000)
    qtbot.wait(100)
    assert len(notes) == 2
    (_, first), (_, second) = notes
    assert "some warning signs" in first and "medium" in first
    assert "rose from medium to high" in second
    for title, text in notes:
        said = (title + " " + text).lower()
        for secret in (CHILD, CONTACT, TITLE, "secret", "meet"):
            assert secret.lower() not in said
    assert controller.tray.state == icons.ALERT_HIGH
    controller.tray.messageClicked.emit()  # clicking opens the alert centre, not the window
    assert controller.alert_centre is not None and controller.alert_centre.isVisible()
    assert not controller.window.isVisible()


def test_below_the_childs_sensitivity_nothing_is_notified(qtbot, controller):
    notes: list[str] = []
    controller.sig_notified.connect(lambda _t, text: notes.append(text))
    controller.start()
    controller.made[0].alert(change("low"))
    qtbot.wait(200)
    assert notes == []


def test_saving_new_folders_restarts_the_watch_and_quitting_stops_it(qtbot, controller, tmp_path):
    controller.start()
    first = controller.made[0]
    new = st.load()
    new.watched_folders = [str(tmp_path / "Desktop")]
    controller._on_settings_saved(new)
    assert first.stopped and len(controller.made) == 2
    second = controller.made[1]
    assert second.started and second.folders == [str(tmp_path / "Desktop")]
    second.report(ws.MONITORING, "Monitoring 1 folder.")
    qtbot.waitUntil(lambda: "watching 1 folder" in controller.tray.toolTip(), timeout=2000)
    controller.tray.act_quit.trigger()
    assert second.stopped and not controller.watching.running


def test_a_real_watch_notifies_about_a_dropped_grooming_export(qtbot, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (tmp_path / "profile").mkdir(exist_ok=True)
    save_settings([drop])
    factory = functools.partial(WatchService, isolate=False, prewarm=False, settle=0.05,
                                recheck=0.05, quiet=0.3, fallback=3.0, supervise_every=0.2,
                                retry_every=0.2, min_age=0.3)
    c = GuardianController(use_tray=True, watch_factory=factory)
    qtbot.addWidget(c.window)
    notes: list[tuple[str, str]] = []
    c.sig_notified.connect(lambda title, text: notes.append((title, text)))
    try:
        c.start()
        qtbot.waitUntil(lambda: "watching 1 folder" in c.tray.toolTip(), timeout=10000)
        shutil.copy(JAKE, drop / f"{TITLE}.txt")
        qtbot.waitUntil(lambda: bool(notes), timeout=20000)
        title, text = notes[0]
        assert "warning signs" in text
        assert not any(n.lower() in (title + text).lower() for n in (CHILD, CONTACT, TITLE))
        assert c.tray.state in (icons.ALERT_LOW, icons.ALERT_HIGH)
    finally:
        c.shutdown(5000)
    assert not c.watching.running
    assert not [t for t in threading.enumerate() if t.name.startswith("guardian-")]
