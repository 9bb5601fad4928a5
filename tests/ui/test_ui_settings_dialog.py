"""The settings dialog: every field round-trips, bad values are refused, Cancel keeps all."""

from __future__ import annotations

import pytest
from a11y import unnamed_inputs, unreachable_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from guardian_app import settings as st
from guardian_app.ui.controller import GuardianController
from guardian_app.ui.dialogs.onboarding import OnboardingWizard
from guardian_app.ui.dialogs.settings_children import NO_AGE
from guardian_app.ui.dialogs.settings_dialog import SettingsDialog
from guardian_app.ui.tray import GuardianTray


@pytest.fixture
def folders(tmp_path):
    made = {name: tmp_path / name for name in ("exports", "more exports")}
    for path in made.values():
        path.mkdir()
    return made


@pytest.fixture
def stored(folders):
    s = st.Settings(
        children=[st.Child(["Emma", "em_draws"], 12, "GB", "medium"),
                  st.Child(["Leo"], None, "", "high")],
        watched_folders=[str(folders["exports"])], notifications=True, retention_days=60,
        language="en", trusted=[st.TrustedContact("Aunt Jo", "whatsapp:emma-jo")], onboarded=True)
    st.save(s)
    return s


def dialog(qtbot, choose=None):
    d = SettingsDialog(st.load(), choose_folder=choose)
    qtbot.addWidget(d)
    d.show()
    return d


def save_button(d):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_shows_the_stored_settings_and_saves_them_unchanged(qtbot, stored):
    d = dialog(qtbot)
    kids = d.children_tab
    assert kids.list.count() == 2 and kids.names.text() == "Emma, em_draws"
    assert kids.age.value() == 12 and kids.country.currentData() == "GB"
    assert kids.sensitivity.currentData() == "medium"
    kids.list.setCurrentRow(1)
    assert kids.names.text() == "Leo" and kids.age.value() == NO_AGE
    assert kids.age.text() == "not given" and kids.sensitivity.currentData() == "high"
    assert d.folder_list() == stored.watched_folders
    assert d.notifications.isChecked() and d.retention.currentData() == 60
    assert d.language.currentData() == "en"
    with qtbot.waitSignal(d.sig_saved) as saved:
        save_button(d).click()
    assert st.load() == stored == saved.args[0]


def test_every_field_round_trips(qtbot, stored, folders):
    d = dialog(qtbot, choose=lambda _w: str(folders["more exports"]))
    kids = d.children_tab
    kids.list.setCurrentRow(1)
    kids.age.setValue(10)
    kids.country.setCurrentIndex(kids.country.findData("US"))
    kids.sensitivity.setCurrentIndex(kids.sensitivity.findData("low"))
    kids.btn_add.click()
    qtbot.keyClicks(kids.names, "Mia, mia_plays")
    kids.age.setValue(8)
    kids.list.setCurrentRow(0)
    kids.btn_remove.click()
    d.folders.setCurrentRow(0)
    d.btn_remove_folder.click()
    assert d.add_folder() == str(folders["more exports"])
    d.notifications.setChecked(False)
    d.retention.setCurrentIndex(d.retention.findData(90))
    d.language.setCurrentIndex(d.language.findData("zh-Hans"))
    save_button(d).click()
    assert d.result() == d.DialogCode.Accepted
    got = st.load()
    assert got.children == [st.Child(["Leo"], 10, "US", "low"),
                            st.Child(["Mia", "mia_plays"], 8, "", "medium")]
    assert got.watched_folders == [str(folders["more exports"])]
    assert (got.notifications, got.retention_days, got.language) == (False, 90, "zh-Hans")
    assert got.trusted == stored.trusted and got.onboarded


def test_contacts_trusted_while_the_dialog_was_open_are_kept(qtbot, stored):
    d = dialog(qtbot)
    meanwhile = st.load()
    meanwhile.trust("Coach Sam", "discord:leo-sam")
    st.save(meanwhile)
    d.notifications.setChecked(False)
    save_button(d).click()
    assert st.load().is_trusted("Coach Sam", "discord:leo-sam")


def test_age_stays_in_range_and_a_child_needs_a_name(qtbot, stored):
    d = dialog(qtbot)
    kids = d.children_tab
    kids.age.selectAll()
    qtbot.keyClicks(kids.age, "25")
    assert st.MIN_AGE - 1 <= kids.age.value() <= st.MAX_AGE
    kids.age.setValue(99)
    assert kids.age.value() == st.MAX_AGE
    kids.list.setCurrentRow(1)
    kids.names.selectAll()
    qtbot.keyClick(kids.names, Qt.Key.Key_Delete)
    before = st.settings_path().read_text(encoding="utf-8")
    save_button(d).click()
    assert d.isVisible() and "at least one name" in d.problem_label.text()
    assert kids.list.currentRow() == 1  # the dialog shows which child
    assert st.settings_path().read_text(encoding="utf-8") == before


def test_folders_must_exist(qtbot, stored, folders, tmp_path):
    missing = tmp_path / "not there"
    d = dialog(qtbot, choose=lambda _w: str(missing))
    assert d.add_folder() is None and d.folder_list() == stored.watched_folders
    assert "cannot be found" in d.problem_label.text()
    folders["exports"].rmdir()  # the drive was unplugged since the folder was added
    save_button(d).click()
    assert d.isVisible() and str(folders["exports"]) in d.problem_label.text()
    assert d.tabs.currentIndex() == 1
    d.btn_remove_folder.click()
    save_button(d).click()
    assert not d.isVisible() and st.load().watched_folders == []


def test_cancel_changes_nothing(qtbot, stored, folders):
    before = st.settings_path().read_text(encoding="utf-8")
    d = dialog(qtbot, choose=lambda _w: str(folders["more exports"]))
    d.children_tab.btn_add.click()
    qtbot.keyClicks(d.children_tab.names, "Mia")
    d.add_folder()
    d.notifications.setChecked(False)
    d.language.setCurrentIndex(2)
    with qtbot.assertNotEmitted(d.sig_saved):
        d.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not d.isVisible() and d.saved is None
    assert st.settings_path().read_text(encoding="utf-8") == before


def test_every_input_is_named_and_reachable(qtbot, stored):
    d = dialog(qtbot)
    assert unnamed_inputs(d) == []
    for tab in range(d.tabs.count()):
        d.tabs.setCurrentIndex(tab)
        assert unreachable_inputs(d) == []


def test_tray_settings_item_opens_the_wizard_first_then_the_dialog(qtbot, folders, monkeypatch):
    tray = GuardianTray()
    with qtbot.waitSignal(tray.sig_settings):
        tray.act_settings.trigger()
    c = GuardianController(use_tray=False)
    try:
        assert isinstance(c.open_settings(), OnboardingWizard)  # first run: the wizard
        c.wizard.close()
        st.save(st.Settings(children=[st.Child(["Emma"], 12, "GB")], onboarded=True))
        restarts = []
        monkeypatch.setattr(c, "start_watching", lambda: restarts.append(1) or True)
        d = c.open_settings()
        assert isinstance(d, SettingsDialog) and c.open_settings() is d
        d.choose_folder = lambda _w: str(folders["exports"])
        d.add_folder()
        save_button(d).click()
        assert restarts and c.settings.watched_folders == [str(folders["exports"])]
        qtbot.waitUntil(lambda: c.settings_dialog is None)
    finally:
        c.shutdown(5000)
