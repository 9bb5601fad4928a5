"""The tray icon and its menu. The menu only emits signals; the controller does the work."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from guardian_app.ui import icons
from guardian_app.ui.i18n import translate

TOOLTIPS = {
    icons.OK: QT_TRANSLATE_NOOP("GuardianTray", "Guardian: nothing needs your attention"),
    icons.SCANNING: QT_TRANSLATE_NOOP("GuardianTray", "Guardian: checking chats…"),
    icons.ALERT_LOW: QT_TRANSLATE_NOOP("GuardianTray", "Guardian: warning signs found"),
    icons.ALERT_HIGH: QT_TRANSLATE_NOOP("GuardianTray", "Guardian: serious warning signs found"),
}


class GuardianTray(QSystemTrayIcon):
    """Shield icon with the menu Open Guardian / Alerts… / Scan a file… / Scan a folder… /
    Counsellor session… / Settings… / Quit."""

    sig_open = Signal()
    sig_alerts = Signal()
    sig_settings = Signal()  # the settings dialog (the set-up wizard until it was finished)
    sig_scan_file = Signal()
    sig_scan_folder = Signal()
    sig_session = Signal()
    sig_quit = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(icons.icon(icons.OK), parent)
        self.menu = QMenu()
        self.act_open = self._action(self.tr("Open Guardian"), self.sig_open)
        self.act_alerts = self._action(self.tr("Alerts…"), self.sig_alerts)
        self.menu.addSeparator()
        self.act_scan_file = self._action(self.tr("Scan a file…"), self.sig_scan_file)
        self.act_scan_folder = self._action(self.tr("Scan a folder…"), self.sig_scan_folder)
        self.act_session = self._action(self.tr("Counsellor session…"), self.sig_session)
        self.menu.addSeparator()
        self.act_settings = self._action(self.tr("Settings…"), self.sig_settings)
        self.act_quit = self._action(self.tr("Quit"), self.sig_quit)
        self.setContextMenu(self.menu)
        self.activated.connect(self._on_activated)
        self.messageClicked.connect(self._on_message_clicked)
        self.state = icons.OK  # the icon shown
        self.alert_state = icons.OK  # what the alerts (or a scan) alone would show
        self._tooltip: str | None = None
        self.watch_summary: str | None = None  # "watching 2 folders"
        self.watch_problem: str | None = None  # why exports are not being checked right now
        self._click_opens_alerts = False
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

    def _on_message_clicked(self) -> None:
        (self.sig_alerts if self._click_opens_alerts else self.sig_open).emit()

    def set_state(self, state: str, tooltip: str | None = None) -> None:
        self.alert_state, self._tooltip = state, tooltip
        self._render()

    def set_watch(self, summary: str | None, problem: str | None = None) -> None:
        """The folder watch: ``summary`` when it runs, ``problem`` while exports go unchecked."""
        self.watch_summary, self.watch_problem = summary, problem
        self._render()

    def _render(self) -> None:
        state, tip = self.alert_state, self._tooltip or translate("GuardianTray", TOOLTIPS[self.alert_state])
        if self.watch_problem and state != icons.SCANNING:
            # There is no icon of its own for "not monitoring": amber, unless red already.
            shown = icons.ALERT_HIGH if state == icons.ALERT_HIGH else icons.ALERT_LOW
            warning = self.tr("Guardian: Not monitoring: {problem}").format(
                problem=self.watch_problem)
            tip = warning if state == icons.OK else f"{warning}\n{tip}"
            state = shown
        elif self.watch_summary:
            tip = self.tr("{tooltip} ({watching})").format(tooltip=tip, watching=self.watch_summary)
        self.state = state
        self.setIcon(icons.icon(state))
        self.setToolTip(tip)

    def set_scanning(self, scanning: bool) -> None:
        self.act_scan_file.setEnabled(not scanning)
        self.act_scan_folder.setEnabled(not scanning)

    def notify(self, title: str, message: str, level: str, opens_alerts: bool = False) -> None:
        """A desktop notification; clicking it emits ``sig_open`` (``sig_alerts`` with
        ``opens_alerts``). Never pass names or chat content."""
        self._click_opens_alerts = opens_alerts
        kind = (
            QSystemTrayIcon.MessageIcon.Critical
            if level in ("high", "critical")
            else QSystemTrayIcon.MessageIcon.Warning
        )
        self.showMessage(title, message, kind, 20000)
