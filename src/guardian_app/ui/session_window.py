"""Counsellor mode: a family's exports checked for one session, in memory, then forgotten.

Nothing here touches the store, the settings or the watched folders: the exports are read
and scanned by ``pipeline.scan_paths`` in the shared ScanWorker, the results and the
false-alarm marks live in this window's models, and closing the window drops them. The
only file ever written is a case report the counsellor chooses to save. Asking (where to
save, whether to end) goes through replaceable callables so tests need no modal dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from guardian_app import settings as st
from guardian_app.alert_details import AlertDetail
from guardian_app.guidance import scan_done_text
from guardian_app.ui import icons
from guardian_app.ui.dialogs.private_files import choose_export_files, choose_export_folder, choose_report_path
from guardian_app.ui.dialogs.prompts import ask_yes_no
from guardian_app.ui.i18n import translate
from guardian_app.ui.scan_worker import ScanFunction, ScanWorker
from guardian_app.ui.session_model import SessionAlertsModel
from guardian_app.ui.session_report import without_false_alarms
from guardian_app.ui.widgets.session_layout import SessionLayout

log = logging.getLogger(__name__)
ALERT_LINE = 0.4  # where the chart draws the alert line (a "medium" sensitivity)
FALSE_ALARM_NOTE = QT_TRANSLATE_NOOP(
    "CounsellorSession", "You marked this as a false alarm in this session. It will be left "
    "out of the case report. Nothing about it is saved.")
ENDED = QT_TRANSLATE_NOOP(
    "CounsellorSession", "The counsellor session has ended. Guardian has forgotten the chats, "
    "the alerts and the false-alarm marks from it; nothing from the session was kept on this "
    "computer.")
ENDED_REPORT = QT_TRANSLATE_NOOP(
    "CounsellorSession", "The counsellor session has ended. Guardian has forgotten the chats, "
    "the alerts and the false-alarm marks from it; nothing from the session was kept on this "
    "computer, except the case report you saved.")


def confirm_end_dialog(parent: QWidget) -> bool:
    return ask_yes_no(
        parent, translate("CounsellorSession", "End the counsellor session?"),
        translate("CounsellorSession", "Guardian will forget these chats, the alerts and your "
                  "false-alarm marks. Nothing from this session is kept. Save the case report "
                  "first if you need it."),
        translate("CounsellorSession", "End and forget"),
        translate("CounsellorSession", "Keep the session open"))


def _model_version() -> tuple[str, str]:
    from guardian_app.pipeline import model_version

    return model_version()


class CounsellorSession(QMainWindow):
    sig_ended = Signal(str)  # the sentence that says everything was forgotten

    def __init__(self, scan: ScanFunction | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choose_files: Callable[[QWidget], list[str]] = choose_export_files
        self.choose_folder: Callable[[QWidget], list[str]] = choose_export_folder
        self.report_path: Callable[[QWidget, str], str] = choose_report_path
        self.confirm_end: Callable[[QWidget], bool] = confirm_end_dialog
        self.model_info: Callable[[], tuple[str, str]] = _model_version
        self._scan = scan
        self.paths: list[str] = []
        self.result: Any = None  # the last ScanResult, in memory only
        self.worker: ScanWorker | None = None
        self.saved_reports = 0
        self.ended = False
        self.setWindowTitle(self.tr("Guardian: counsellor session (nothing is stored)"))
        self.setWindowIcon(icons.icon(icons.OK))
        self.resize(1180, 800)
        self.model = SessionAlertsModel(self)
        self.ui = SessionLayout(self.model, self)
        self.view = self.ui.view
        self.setCentralWidget(self.ui)
        self.ui.country.setCurrentIndex(max(0, self.ui.country.findData(self._default_country())))
        self.ui.btn_files.clicked.connect(lambda: self._open(self.choose_files))
        self.ui.btn_folder.clicked.connect(lambda: self._open(self.choose_folder))
        self.ui.btn_save.clicked.connect(self.save_report)
        self.ui.btn_end.clicked.connect(self.close)
        self.ui.btn_stop.clicked.connect(self.cancel_scan)
        self.ui.children.editingFinished.connect(self._on_children_changed)
        self.ui.country.currentIndexChanged.connect(lambda _i: self._show_current())
        self.ui.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.sig_false_alarm.connect(self.toggle_false_alarm)
        self._children_used: tuple[str, ...] = ()
        self._set_busy(False)

    @staticmethod
    def _default_country() -> str:
        kids = [c for c in st.load().children if c.country]  # read only; never saved from here
        return kids[0].country if kids else ""

    @property
    def country(self) -> str:
        return str(self.ui.country.currentData() or "")

    def children(self) -> tuple[str, ...]:
        return tuple(n.strip() for n in self.ui.children.text().split(",") if n.strip())

    # -- scanning -----------------------------------------------------------------------
    def _open(self, choose: Callable[[QWidget], list[str]]) -> None:
        chosen = choose(self)
        if chosen:
            self.scan(chosen)

    def _on_children_changed(self) -> None:
        if self.paths and self.children() != self._children_used and self.worker is None:
            self.scan([])

    def scan(self, paths: Sequence[str | Path]) -> bool:
        """Adds ``paths`` to the session and checks all its exports again, in the background."""
        if self.worker is not None or self.ended:
            self.ui.say(self.tr("Guardian is still checking the chats. Please wait."))
            return False
        self.paths += [str(p) for p in paths if str(p) not in self.paths]
        self._children_used = self.children()
        worker = ScanWorker(self.paths, self._children_used, scan=self._scan, parent=self)
        worker.sig_progress.connect(self.ui.show_progress)
        worker.sig_done.connect(self._on_done)
        failed = self.tr("Guardian could not finish checking the chats. {reason}")
        worker.sig_failed.connect(lambda why: self.ui.say(failed.format(reason=why)))
        stopped = self.tr("The check was stopped before it finished.")
        worker.sig_cancelled.connect(lambda: self.ui.say(stopped))
        worker.finished.connect(self._on_worker_finished)
        self.worker = worker
        self._set_busy(True)
        self.ui.say("")
        worker.start()
        return True

    def cancel_scan(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _on_done(self, result: Any) -> None:
        if self.ended:  # a result that arrived after the session was closed is dropped
            return
        self.result = result
        self.model.set_results(result.assessments)
        text = scan_done_text(list(result.assessments))
        failed = [s for s in result.sources if s.error]
        if failed:
            text += f" {len(failed)} file(s) could not be read: " + ", ".join(
                Path(s.path).name for s in failed[:3]) + "."
        unsure = sum(1 for a in result.assessments if a.child is None)
        if unsure and not self._children_used:
            text += (f" Guardian is not sure who the child is in {unsure} chat(s): type the child's "
                     "names above and press Enter to check again.")
        self.ui.say(text)
        self.ui.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.ui.table.selectRow(0)
            self._show(0)
        else:
            self.view.show_empty()

    def _on_worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        self._set_busy(False)
        if worker is not None:
            worker.deleteLater()

    def _set_busy(self, busy: bool) -> None:
        self.ui.set_busy(busy, has_results=self.result is not None)

    # -- reviewing ----------------------------------------------------------------------
    def _on_selection(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._show(rows[0].row())

    def _current_row(self) -> int:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _show_current(self) -> None:
        row = self._current_row()
        if row >= 0:
            self._show(row)

    def _show(self, row: int) -> None:
        r = self.model.row(row)
        false_alarm = self.model.is_false_alarm(row)
        alert = {"id": row, "status": "false_alarm" if false_alarm else "new",
                 "contact": r.contact.name, "level": r.contact.level}
        detail = AlertDetail(alert, r.assessment.conversation, r.contact, r.assessment.child,
                             r.assessment.child_reason)
        self.view.show_detail(detail, alert["status"], self.country,
                              self.tr(FALSE_ALARM_NOTE) if false_alarm else "", ALERT_LINE)
        self.ui.session_actions(false_alarm)

    def toggle_false_alarm(self, row: int) -> None:
        """Marks the contact as a false alarm for this session (or takes the mark back)."""
        if not 0 <= row < self.model.rowCount():
            return
        mark = not self.model.is_false_alarm(row)
        self.model.set_false_alarm(row, mark)
        name = self.model.row(row).contact.name
        self.ui.say((self.tr("{name} is marked as a false alarm for this session and will be "
                             "left out of the case report.") if mark else
                     self.tr("{name} is no longer marked as a false alarm.")).format(name=name))
        self._show(row)

    # -- the case report ----------------------------------------------------------------
    def save_report(self) -> Any:
        """Writes the PDF case report where the counsellor chooses; returns its content."""
        from guardian_app.reports import make_report
        from guardian_app.reports.cli_report import check_output

        if self.result is None or self.worker is not None:
            return None
        out = self.report_path(self, self.tr("Guardian case report {date}.pdf").format(
            date=date.today().isoformat()))
        if not out:
            return None
        problem = check_output(out, self.paths)
        if problem:
            self.ui.say(self.tr("Guardian cannot save the report there: {problem}.").format(problem=problem))
            return None
        result = without_false_alarms(self.result, self.model.false_alarms)
        name, version = self.model_info()
        try:
            case = make_report(result, out, name, version, self.country or None, "en")
        except OSError as exc:
            self.ui.say(self.tr("Guardian could not save the case report: {reason}.").format(
                reason=exc.strerror or type(exc).__name__))
            return None
        self.saved_reports += 1
        left_out = len(self.model.false_alarms)
        self.ui.say(self.tr("The case report was saved to {path}. It covers {count} contact(s) "
                            "with an alert; {left_out} false alarm(s) left out. Nothing else "
                            "was saved.").format(path=out, count=len(case.sections),
                                                 left_out=left_out))
        return case

    # -- ending -------------------------------------------------------------------------
    def discard(self) -> None:
        """Stops any check and forgets everything the session held."""
        if self.worker is not None:
            self.worker.stop(30000)
        self.result = None
        self.paths = []
        self._children_used = ()
        self.model.clear()
        self.view.show_empty()
        self.ui.forget()
        self.ended = True

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.ended and (self.result is not None or self.worker is not None) \
                and not self.confirm_end(self):
            event.ignore()
            return
        if not self.ended:
            self.discard()
            ended = self.tr(ENDED_REPORT if self.saved_reports else ENDED)
            log.info("counsellor session ended")
            self.sig_ended.emit(ended)
        super().closeEvent(event)
