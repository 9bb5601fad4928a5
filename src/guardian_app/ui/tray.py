"""The tray icon and its menu. The menu only emits signals; the controller does the work."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from guardian_app.ui import icons

TOOLTIPS = {
    icons.OK: "Guardian: nothing needs your attention",
    icons.SCANNING: "Guardian: checking chats…",
    icons.ALERT_LOW: "Guardian: warning signs found",
    icons.ALERT_HIGH: "Guardian: serious warning signs found",
}


class GuardianTray(QSystemTrayIcon):
    """Shield icon with the menu Open Guardian / Alerts… / Scan a file… / Scan a folder… /
    Counsellor session… / Set up Guardian… / Quit."""

    sig_open = Signal()
    sig_alerts = Signal()
    sig_setup = Signal()
    sig_scan_file = Signal()
    sig_scan_folder = Signal()
    sig_session = Signal()
    sig_quit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(icons.icon(icons.OK), parent)
        self.menu = QMenu()
        self.act_open = self._action("Open Guardian", self.sig_open)
        self.act_alerts = self._action("Alerts…", self.sig_alerts)
        self.menu.addSeparator()
        self.act_scan_file = self._action("Scan a file…", self.sig_scan_file)
        self.act_scan_folder = self._action("Scan a folder…", self.sig_scan_folder)
        self.act_session = self._action("Counsellor session…", self.sig_session)
        self.menu.addSeparator()
        self.act_setup = self._action("Set up Guardian…", self.sig_setup)
        self.act_quit = self._action("Quit", self.sig_quit)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self.sig_open)
        self.state = icons.OK
        self.set_state(icons.OK)

    def _action(self, text: str, signal: Signal) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal)
        self.menu.addAction(action)
        return action

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.sig_open.emit()

    def set_state(self, state: str, tooltip: str | None = None) -> None:
        self.state = state
        self.setIcon(icons.icon(state))
        self.setToolTip(tooltip or TOOLTIPS[state])

    def set_scanning(self, scanning: bool) -> None:
        self.act_scan_file.setEnabled(not scanning)
        self.act_scan_folder.setEnabled(not scanning)

    def notify(self, title: str, message: str, level: str) -> None:
        """A desktop notification; clicking it emits ``sig_open``. Never pass chat content."""
        kind = (
            QSystemTrayIcon.MessageIcon.Critical
            if level in ("high", "critical")
            else QSystemTrayIcon.MessageIcon.Warning
        )
        self.showMessage(title, message, kind, 20000)
