"""The questions the alert centre asks the parent, as plain functions tests can replace."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from guardian_app.ui.dialogs.false_alarm import FalseAlarmDialog
from guardian_app.ui.i18n import translate


def reports_available() -> bool:
    return importlib.util.find_spec("guardian_app.reports") is not None


def ask_reason_dialog(parent: QWidget, contact: str) -> str | None:
    dialog = FalseAlarmDialog(contact, parent)
    return dialog.reason_text() if dialog.exec() == FalseAlarmDialog.DialogCode.Accepted else None


def ask_yes_no(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question whose buttons say what they do ("Trust Jake", "Cancel"), not Yes/No."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is accept


def confirm_trust_dialog(parent: QWidget, contact: str) -> bool:
    return ask_yes_no(
        parent, translate("Prompts", "Trust this contact?"),
        translate("Prompts", "Mark {contact} as family or a known friend? Guardian keeps "
                  "checking the chat, but shows alerts about this contact as trusted. Only do "
                  "this if you know who they are in real life.").format(contact=contact),
        translate("Prompts", "Trust {contact}").format(contact=contact),
        translate("Prompts", "Cancel"))


def report_path_dialog(parent: QWidget, contact: str) -> str:
    name = translate("Prompts", "Guardian report - {contact}.pdf").format(contact=contact)
    path, _ = QFileDialog.getSaveFileName(parent, translate("Prompts", "Save the case report"),
                                          str(Path.home() / name),
                                          translate("Prompts", "PDF files (*.pdf)"))
    return path
