"""The first-run wizard: pages, children, folders, export help, saving the settings."""

from __future__ import annotations

import pytest
from a11y import unnamed_inputs, unreachable_inputs
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from guardian_app import settings as st
from guardian_app.ui.dialogs.onboarding import OnboardingWizard
from guardian_app.ui.widgets import export_help


@pytest.fixture
def wizard(qtbot, tmp_path):
    folders = iter([str(tmp_path / "exports"), str(tmp_path / "exports"), ""])
    w = OnboardingWizard(choose_folder=lambda _parent: next(folders))
    qtbot.addWidget(w)
    w.show()
    return w


def test_welcome_states_what_it_does_not_do_and_the_privacy_promise(wizard):
    joined = " ".join(label.text() for label in wizard.welcome.findChildren(QLabel))
    assert "never opens photos" in joined
    assert "not a verdict" in joined
    assert "never connects to the internet" in joined


def test_children_page_needs_a_child_before_going_on(wizard, qtbot):
    wizard.next()
    page = wizard.children_page
    assert wizard.currentPage() is page
    assert not page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(page.form.names, "Emma, em_draws ,")
    page.form.age.setValue(13)
    page.form.country.setCurrentIndex(page.form.country.findData("TW"))
    assert page.isComplete()
    qtbot.mouseClick(page.btn_add, Qt.MouseButton.LeftButton)
    assert page.children_added == [st.Child(["Emma", "em_draws"], 13, "TW")]
    assert page.list.item(0).text() == "Emma, em_draws (age 13, Taiwan)"
    assert page.form.names.text() == ""
    assert not page.add_child()  # nothing typed: nothing added
    page.list.setCurrentRow(0)
    page.btn_remove.click()
    assert page.children_added == [] and not page.isComplete()


def test_a_child_typed_but_not_added_is_added_on_next(wizard, qtbot):
    wizard.next()
    qtbot.keyClicks(wizard.children_page.form.names, "Leo")
    wizard.next()
    assert wizard.currentPage() is wizard.folders_page
    assert [c.names for c in wizard.children_page.children_added] == [["Leo"]]


def test_folders_are_added_once_and_cancel_adds_nothing(wizard, tmp_path):
    page = wizard.folders_page
    assert page.add_folder() == str(tmp_path / "exports")
    assert page.add_folder() is None  # the same folder again
    assert page.add_folder() is None  # the dialog was cancelled
    assert page.folders() == [str(tmp_path / "exports")]
    page.list.setCurrentRow(0)
    page.remove_selected()
    assert page.folders() == []


def test_finishing_saves_settings_and_emits(wizard, qtbot, tmp_path):
    wizard.next()
    qtbot.keyClicks(wizard.children_page.form.names, "Emma")
    wizard.children_page.add_child()
    wizard.next()
    wizard.folders_page.add_folder()
    wizard.next()
    assert wizard.currentPage() is wizard.export_page
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    summary = wizard.done_page.summary.text()
    assert "Emma (age 12, United Kingdom)" in summary and "exports" in summary
    with qtbot.waitSignal(wizard.sig_saved) as sig:
        wizard.button(wizard.WizardButton.FinishButton).click()
    saved = st.load()
    assert saved.onboarded and not st.is_first_run()
    assert saved.children == [st.Child(["Emma"], 12, "GB")]
    assert saved.watched_folders == [str(tmp_path / "exports")]
    assert sig.args[0] == saved


def test_cancel_saves_nothing(wizard):
    wizard.reject()
    assert not st.settings_path().exists() and st.is_first_run()


def test_every_input_has_an_accessible_name_and_takes_keyboard_focus(wizard):
    for page in (wizard.children_page, wizard.folders_page, wizard.export_page):
        assert unnamed_inputs(page) == []
    assert unnamed_inputs(wizard) == []
    wizard.next()
    assert unreachable_inputs(wizard.children_page) == []


def test_export_help_shows_one_app_at_a_time(qtbot, tmp_path):
    guide = tmp_path / "exporting.md"
    guide.write_text("# Guide\n\n## Before you start\n\nMake a folder.\n\n## Contents\n\n"
                     "- [ChatApp](#chatapp)\n\n## ChatApp\n\n1. Tap **Export**.\n\n"
                     "> [!WARNING]\n> Never open photos or videos.\n\n## OtherApp\n\n"
                     "1. Click Save. See [ChatApp](#chatapp).\n", encoding="utf-8")
    helper = export_help.ExportHelp(guide)
    qtbot.addWidget(helper)
    apps = [helper.app_box.itemText(i) for i in range(helper.app_box.count())]
    assert apps == ["Before you start", "ChatApp", "OtherApp"]
    assert helper.app_box.currentText() == "ChatApp"
    text = helper.text.toPlainText()
    assert "Tap Export" in text and "Warning" in text and "Click Save" not in text
    helper.app_box.setCurrentText("OtherApp")
    assert "See ChatApp." in helper.text.toPlainText()


def test_export_help_falls_back_when_the_guide_is_missing(qtbot, tmp_path):
    helper = export_help.ExportHelp(tmp_path / "missing.md")
    qtbot.addWidget(helper)
    assert helper.app_box.count() == 1
    assert "without media" in helper.text.toPlainText()


def test_the_real_guide_when_present_lists_whatsapp():
    if not export_help.guide_path().exists():
        pytest.skip("docs/exporting.md is not in this checkout")
    sections = export_help.load_sections()
    assert any(t.startswith("WhatsApp") for t in sections) and "Contents" not in sections
