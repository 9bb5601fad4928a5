"""Wires the window, the tray and the scan worker together. Built by ``app.py``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QSystemTrayIcon

from guardian_app import settings as st
from guardian_app.guidance import level_rank, notification_text, scan_done_text
from guardian_app.guidance.watch_notice import alert_notice
from guardian_app.ui import geometry, i18n, icons
from guardian_app.ui.main_window import MainWindow
from guardian_app.ui.scan_worker import ScanFunction, ScanWorker
from guardian_app.ui.tray import GuardianTray
from guardian_app.ui.watching import FolderWatch, WatchFactory, watch_display

log = logging.getLogger(__name__)
FILE_FILTER = QT_TRANSLATE_NOOP(
    "GuardianController",
    "Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)")


class GuardianController(QObject):
    """Starts scans from the tray or the window and shows what they found.

    ``use_tray=None`` uses the system tray when the desktop has one; without a tray the
    window is shown at start and the notification text goes to the window instead.
    ``watch_factory`` builds the folder watcher (``watch.service.WatchService`` by default).
    """

    sig_scan_finished = Signal(object)  # the ScanResult, after the window was updated
    sig_notified = Signal(str, str)  # (title, message) of the last notification

    def __init__(
        self,
        children: Sequence[str] = (),
        scan: ScanFunction | None = None,
        use_tray: bool | None = None,
        parent: QObject | None = None,
        watch_factory: WatchFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = st.load()
        i18n.install_translator(self.settings.language)  # before any widget is built
        # Names given on the command line win; otherwise the children set up in onboarding.
        self.children = tuple(children) or tuple(self.settings.all_child_names())
        self._scan = scan
        self.worker: ScanWorker | None = None
        self.alert_centre = None  # built on first use (ui.alert_centre.AlertCentre)
        self.wizard = None  # the onboarding wizard while it is open
        self.settings_dialog = None  # the settings dialog while it is open
        self.session = None  # the counsellor session window while it is open
        self.watching = FolderWatch(watch_factory, parent=self)
        self.watching.sig_status.connect(self._show_watch)
        self.watching.sig_alert.connect(self._on_watch_alert)
        self.window = MainWindow()
        self.window.detail.locale = self.locale
        geometry.restore(self.window, "main-window")
        self.window.sig_scan_file.connect(self.choose_files)
        self.window.sig_scan_folder.connect(self.choose_folder)
        self.window.sig_cancel.connect(self.cancel_scan)
        self.window.sig_session.connect(self.open_counsellor_session)
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: GuardianTray | None = GuardianTray(self) if use_tray else None
        if self.tray:
            self.tray.sig_open.connect(self.open_window)
            self.tray.sig_alerts.connect(self.open_alert_centre)
            self.tray.sig_settings.connect(self.open_settings)
            self.tray.sig_scan_file.connect(self.choose_files)
            self.tray.sig_scan_folder.connect(self.choose_folder)
            self.tray.sig_session.connect(self.open_counsellor_session)
            self.tray.sig_quit.connect(self.quit)

    def start(self) -> None:
        """Show the tray icon (or the window when there is no tray); watch the chosen folders."""
        if self.tray:
            self.tray.show()
        else:
            self.window.bring_to_front()
        self.start_watching()

    # -- watching folders ---------------------------------------------------------------
    def start_watching(self) -> bool:
        """(Re)start the watch of the folders in the settings; stops it when there are none."""
        folders = list(self.settings.watched_folders)
        started = self.watching.start(folders, self.children) if folders else False
        if not folders:
            self.watching.stop()
        self._show_watch()
        return started

    def _show_watch(self, _status: object = None) -> None:
        if self.tray:
            self.tray.set_watch(*watch_display(self.watching))

    def _on_watch_alert(self, change) -> None:
        """A new alert, or one whose level rose: the tray shows it and the parent hears of it."""
        if self.tray and not self.scanning:
            shown = self.tray.alert_state
            self.tray.set_state(max(shown, icons.state_for_level(change.level), key=icons.STATES.index))
        if self.alert_centre is not None and self.alert_centre.isVisible():
            self.alert_centre.refresh()
        if self.settings.notifications and self.settings.alerts_for(change.child, change.level):
            self._notify(*alert_notice(change, self.settings.language), level=change.level,
                         opens_alerts=True)

    def open_window(self) -> None:
        self.window.bring_to_front()

    def open_alert_centre(self):
        """The window of stored alerts, refreshed from the store each time it is opened."""
        from guardian_app.ui.alert_centre import AlertCentre

        if self.alert_centre is None:
            self.alert_centre = AlertCentre()
            self.alert_centre.sig_changed.connect(self._on_alerts_changed)
        self.alert_centre.refresh()
        self.alert_centre.show()
        self.alert_centre.raise_()
        self.alert_centre.activateWindow()
        return self.alert_centre

    def open_onboarding(self):
        """The first-run wizard (also from the tray menu); saving updates the children."""
        from guardian_app.ui.dialogs.onboarding import OnboardingWizard

        if self.wizard is None:
            self.wizard = OnboardingWizard(self.settings)
            self.wizard.sig_saved.connect(self._on_settings_saved)
            self.wizard.finished.connect(self._on_wizard_closed)
        self.wizard.show()
        self.wizard.raise_()
        return self.wizard

    def open_settings(self):
        """The settings dialog; before the first set-up was finished, the wizard instead."""
        from guardian_app.ui.dialogs.settings_dialog import SettingsDialog

        if st.is_first_run():
            return self.open_onboarding()
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(st.load())
            self.settings_dialog.sig_saved.connect(self._on_settings_saved)
            self.settings_dialog.finished.connect(self._on_settings_closed)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        return self.settings_dialog

    def _on_settings_closed(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def open_counsellor_session(self):
        """A session window for a family's exports: checked in memory, forgotten on close."""
        from guardian_app.ui.session_window import CounsellorSession

        if self.session is None:
            self.session = CounsellorSession(scan=self._scan)
            self.session.sig_ended.connect(self._on_session_ended)
        self.session.show()
        self.session.raise_()
        self.session.activateWindow()
        return self.session

    def _on_session_ended(self, text: str) -> None:
        session, self.session = self.session, None  # drop the last reference to its data
        if session is not None:
            session.deleteLater()
        if self.tray and self.tray.isVisible():
            self.tray.showMessage(self.tr("Guardian"), text, self.tray.MessageIcon.Information, 10000)
        else:
            self.window.show_message(text)
        self.sig_notified.emit(self.tr("Guardian"), text)

    def _on_settings_saved(self, settings: st.Settings) -> None:
        if settings.language != self.settings.language:  # windows built from now on use it
            i18n.install_translator(settings.language)
        self.settings = settings
        self.window.detail.locale = settings.language
        self.children = tuple(settings.all_child_names())
        if (tuple(settings.watched_folders), self.children) != (self.watching.folders,
                                                                 self.watching.children):
            self.start_watching()

    def _on_wizard_closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None

    def _on_alerts_changed(self) -> None:
        if self.tray and self.alert_centre is not None and not self.scanning:
            self.tray.set_state(icons.state_for_level(self.alert_centre.model.highest_open_level()))

    def should_notify(self, assessments) -> list:
        """The alerting assessments the parent wants to hear about: above the child's
        sensitivity line, and not only about contacts marked trusted."""
        return [a for a in assessments if a.alert and any(
            c.alert and self.settings.alerts_for(a.child, c.level)
            and not self.settings.is_trusted(c.name, a.conversation.key) for c in a.contacts)]

    # -- choosing what to scan ------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Choose saved chat exports"), str(Path.home()), self.tr(FILE_FILTER)
        )
        if files:
            self.start_scan(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a folder with saved chat exports"), str(Path.home())
        )
        if folder:
            self.start_scan([folder])

    # -- scanning -----------------------------------------------------------------------
    @property
    def locale(self) -> str:
        """The language of the guidance texts: the interface language from the settings."""
        return self.settings.language

    @property
    def scanning(self) -> bool:
        return self.worker is not None

    def start_scan(self, paths: Sequence[str | Path]) -> bool:
        """Scan in the background; False if a scan is already running."""
        if self.worker is not None:
            self.window.show_message(self.tr("Guardian is already checking chats. Please wait."))
            return False
        worker = ScanWorker(paths, self.children, scan=self._scan, parent=self)
        worker.sig_progress.connect(self.window.show_progress)
        worker.sig_progress.connect(self._on_progress)
        worker.sig_done.connect(self._on_done)
        worker.sig_failed.connect(self._on_failed)
        worker.sig_cancelled.connect(self._on_cancelled)
        worker.finished.connect(self._on_worker_finished)
        self.worker = worker
        self.window.set_busy(True)
        self.window.show_message("")
        if self.tray:
            self.tray.set_scanning(True)
            self.tray.set_state(icons.SCANNING)
        worker.start()
        return True

    def cancel_scan(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.window.progress_label.setText(self.tr("Stopping after the current file…"))

    def _on_progress(self, done: int, total: int, _label: str) -> None:
        if self.tray:  # counts only: the tooltip can be seen by anyone near the screen
            self.tray.setToolTip(self.tr("Guardian: checking chats ({done} of {total} files)…").format(
                done=done, total=total))

    def _on_done(self, result) -> None:
        assessments = list(result.assessments)
        self.window.add_results(assessments)
        failed = [s for s in result.sources if s.error]
        text = scan_done_text(assessments, self.locale)
        if failed:
            names = ", ".join(Path(s.path).name for s in failed[:3])
            text += " " + self.tr("{count} file(s) could not be read: {names}.").format(
                count=len(failed), names=names)
        self.window.show_message(text)
        wanted = self.should_notify(assessments)
        note = notification_text(wanted, self.locale) if self.settings.notifications else None
        if note:
            top = max((a.level for a in wanted), key=level_rank)
            self._notify(*note, level=top)
        self.sig_scan_finished.emit(result)

    def _notify(self, title: str, message: str, level: str, opens_alerts: bool = False) -> None:
        log.info("notifying: alert level %s", level)
        if self.tray and self.tray.isVisible():
            self.tray.notify(title, message, level, opens_alerts)
        else:
            self.window.bring_to_front()
        self.sig_notified.emit(title, message)

    def _on_failed(self, reason: str) -> None:
        self.window.show_message(
            self.tr("Guardian could not finish checking the chats. {reason}").format(reason=reason))
        if self.tray and self.tray.isVisible():
            self.tray.showMessage(self.tr("Guardian"),
                                  self.tr("Guardian could not finish checking the chats."),
                                  self.tray.MessageIcon.Warning, 10000)

    def _on_cancelled(self) -> None:
        self.window.show_message(self.tr(
            "The check was stopped before it finished. Start it again to see the results."))

    def _on_worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        self.window.set_busy(False)
        if self.tray:
            self.tray.set_scanning(False)
            self.tray.set_state(icons.state_for_level(self.window.model.highest_level()))
        if worker is not None:
            worker.deleteLater()

    # -- ending -------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop the folder watch and a running scan, waiting for their threads; hide the tray."""
        geometry.remember(self.window, "main-window")
        self.watching.stop()
        if self.worker is not None:
            self.worker.stop(timeout_ms)
        if self.session is not None:  # quitting ends the session: nothing of it survives
            self.session.confirm_end = lambda _parent: True
            self.session.close()
        if self.tray:
            self.tray.hide()

    def quit(self) -> None:
        self.shutdown()
        self.window.close()
        QApplication.quit()
