"""Asks why an alert is a false alarm. The reason is required and stays on this computer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

PROMPT = QT_TRANSLATE_NOOP(
    "FalseAlarmDialog",
    "Why is this a false alarm? For example: \"This is her cousin; they were planning a "
    "birthday surprise.\" Your note stays on this computer and helps you, or a counsellor, "
    "remember later."
)


class FalseAlarmDialog(QDialog):
    def __init__(self, contact: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Mark the alert about {contact} as a false alarm").format(contact=contact))
        self.setMinimumWidth(440)
        prompt = QLabel(self.tr(PROMPT))
        prompt.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Why this is a false alarm"))
        self.reason.setTabChangesFocus(True)
        prompt.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mark as false alarm"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.buttons)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
