"""The controller opens the wizard and the alert centre, and honours the parent's settings."""

from __future__ import annotations

import pytest
from store_fakes import fill
from ui_fakes import FakeScan, assessment

from guardian_app import settings as st
from guardian_app.store import Store
from guardian_app.ui.controller import GuardianController


@pytest.fixture
def controller(qtbot):
    made = []

    def make(scan=None):
        c = GuardianController(scan=scan, use_tray=False)
        made.append(c)
        return c

    yield make
    for c in made:
        c.shutdown(5000)
        if c.alert_centre is not None:
            c.alert_centre.close()


def test_children_come_from_settings_unless_named(controller):
    st.save(st.Settings(children=[st.Child(["Emma", "em_draws"], 12, "GB")], onboarded=True))
    assert controller().children == ("Emma", "em_draws")
    assert GuardianController(children=["Leo"], use_tray=False).children == ("Leo",)


def test_wizard_saves_and_updates_children(controller, qtbot):
    c = controller()
    wizard = c.open_onboarding()
    assert c.open_onboarding() is wizard  # one wizard at a time
    wizard.next()
    qtbot.keyClicks(wizard.children_page.form.names, "Mia")
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.accept()
    assert c.children == ("Mia",) and not st.is_first_run()
    qtbot.waitUntil(lambda: c.wizard is None)


def test_alert_centre_opens_with_stored_alerts(controller):
    with Store() as store:
        fill(store)
    centre = controller().open_alert_centre()
    assert centre.isVisible() and centre.model.rowCount() == 3


@pytest.mark.parametrize("prefs, notified", [
    (st.Settings(), True),
    (st.Settings(notifications=False), False),
    (st.Settings(trusted=[st.TrustedContact("Jake", "whatsapp:emma-jake")]), False),
    (st.Settings(children=[st.Child(["Emma"], 12, "GB", "low")]), False),  # line: high and up
])
def test_notifications_follow_the_settings(controller, qtbot, prefs, notified):
    st.save(prefs)
    medium = assessment("medium")
    medium.contacts[0].alert = True  # the engine's default line is "medium"
    c = controller(FakeScan([medium]))
    c.start_scan(["chat.txt"])
    note = []
    c.sig_notified.connect(lambda *args: note.append(args))
    qtbot.waitUntil(lambda: not c.scanning, timeout=5000)
    assert bool(note) == notified
