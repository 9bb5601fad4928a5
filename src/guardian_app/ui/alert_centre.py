"""The alert centre: the alerts kept in the store, their detail, and what the parent decides.

The store is opened briefly for each read or action (``open_store``), never held. Asking
the parent (a reason, a confirmation, where to save) goes through small replaceable
callables so tests can answer without a modal dialog.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QProcess, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guardian_app import review
from guardian_app import settings as st
from guardian_app.alert_details import load_alert_detail
from guardian_app.store import Store, StoreError, list_alerts
from guardian_app.ui import geometry, icons
from guardian_app.ui.dialogs.prompts import (
    ask_reason_dialog,
    confirm_trust_dialog,
    report_path_dialog,
    reports_available,
)
from guardian_app.ui.stored_alerts_model import LEVEL, AlertFilter, StoredAlertsModel
from guardian_app.ui.widgets.alert_view import AlertView

log = logging.getLogger(__name__)
ALERT_LINE_RISK = {"low": 0.1, "medium": 0.4, "high": 0.65, "critical": 0.85}  # risk.BANDS starts
ALL_CHILDREN = QT_TRANSLATE_NOOP("AlertCentre", "All children")


class AlertCentre(QMainWindow):
    sig_changed = Signal()  # an alert's status changed (the tray may change colour)

    def __init__(self, open_store: Callable[[], Store] = Store, parent: QWidget | None = None,
                 reports: bool | None = None) -> None:
        super().__init__(parent)
        self.open_store = open_store
        self.ask_reason: Callable[[QWidget, str], str | None] = ask_reason_dialog
        self.confirm_trust: Callable[[QWidget, str], bool] = confirm_trust_dialog
        self.report_path: Callable[[QWidget, str], str] = report_path_dialog
        self.settings = st.load()
        self.report_process: QProcess | None = None
        self.setWindowTitle(self.tr("Guardian: alerts"))
        self.setWindowIcon(icons.icon(icons.OK))
        self.resize(1180, 780)
        self.model = StoredAlertsModel(self)
        self.proxy = AlertFilter(self)
        self.proxy.setSourceModel(self.model)
        self.child_box = QComboBox()
        self.child_box.setAccessibleName(self.tr("Show alerts for which child"))
        self.child_box.currentIndexChanged.connect(self._on_child)
        child_label = QLabel(self.tr("&Child:"))
        child_label.setBuddy(self.child_box)
        self.show_closed = QCheckBox(self.tr("Show &reviewed alerts and false alarms"))
        self.show_closed.toggled.connect(self._on_show_closed)
        self.count = QLabel()
        self.count.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(child_label)
        filters.addWidget(self.child_box)
        filters.addWidget(self.show_closed)
        filters.addWidget(self.count, 1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Alerts, most serious first"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LEVEL, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.view = AlertView(reports_available() if reports is None else reports)
        self.view.sig_reviewed.connect(self.mark_reviewed)
        self.view.sig_false_alarm.connect(self.mark_false_alarm)
        self.view.sig_trust.connect(self.trust)
        self.view.sig_export.connect(self.export_report)
        self.view.sig_read_chat.connect(self.open_conversation)
        self.viewer = None  # the conversation viewer (ui.conversation_viewer) while open
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last action"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 680])
        splitter.setChildrenCollapsible(False)  # neither side can vanish by accident
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        geometry.restore(self, "alert-centre")

    # -- reading ----------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> int:
        """Reload alerts from the store; keeps (or sets) the selected alert. Returns the count."""
        current = select if select is not None else (self.view.detail.alert_id
                                                     if self.view.detail else None)
        self.settings = st.load()
        self.view.locale = self.settings.language
        with self.open_store() as store:
            alerts = list_alerts(store)
        trusted = {(t.contact, t.conversation_key) for t in self.settings.trusted}
        self.model.set_alerts(alerts, trusted)
        self._fill_children(sorted({a["child"] for a in alerts if a.get("child")}))
        open_count = sum(1 for a in alerts if self.model.status_of(a) == "new")
        self.count.setText(self.tr("{open} alert(s) need review, {total} in all.").format(
            open=open_count, total=len(alerts)))
        self.table.resizeColumnsToContents()
        if not self._select(current) and not self._select_first():
            self.view.show_empty()
        return len(alerts)

    def _fill_children(self, names: list[str]) -> None:
        chosen = self.child_box.currentData()
        self.child_box.blockSignals(True)
        self.child_box.clear()
        self.child_box.addItem(self.tr(ALL_CHILDREN), None)  # data: None is every child
        for name in names:
            self.child_box.addItem(name, name)
        index = self.child_box.findData(chosen) if chosen in names else 0
        self.child_box.setCurrentIndex(max(index, 0))
        self.child_box.blockSignals(False)

    def _select(self, alert_id: int | None) -> bool:
        row = self.model.row_of(alert_id) if alert_id is not None else -1
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        if proxy_row < 0:
            return False
        self.table.selectRow(proxy_row)
        self._show(row)
        return True

    def _select_first(self) -> bool:
        if self.proxy.rowCount() == 0:
            return False
        self.table.selectRow(0)
        self._show(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
        return True

    def _on_selection(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._show(self.proxy.mapToSource(rows[0]).row())

    def _show(self, source_row: int) -> None:
        alert = self.model.alert(source_row)
        try:
            with self.open_store() as store:
                detail = load_alert_detail(store, int(alert["id"]))
        except (StoreError, KeyError) as exc:
            self.message.setText(self.tr("Guardian could not open this alert: {reason}").format(reason=exc))
            self.view.show_empty()
            return
        child = self.settings.child_named(detail.child)
        country = child.country if child else ""
        line = st.ALERT_LINE[child.sensitivity if child else "medium"]
        note = review.load_reviews().get(detail.alert_id, {})
        words = {"false_alarm": self.tr("You marked this as a false alarm"),
                 "trusted": self.tr("You trust this contact"),
                 "reviewed": self.tr("You reviewed this alert")}.get(note.get("status", ""), "")
        text = self.tr("{what} ({date}): {reason}").format(
            what=words, date=note.get("when", "")[:10], reason=note.get("reason", "")) \
            if words else ""
        self.view.show_detail(detail, self.model.status_of(alert), country,
                              text.rstrip(": ："), ALERT_LINE_RISK[line])

    def _on_child(self, _index: int) -> None:
        self.proxy.set_child(self.child_box.currentData())
        self._select_first() or self.view.show_empty()

    def _on_show_closed(self, show: bool) -> None:
        self.proxy.set_show_closed(show)
        current = self.view.detail.alert_id if self.view.detail else None
        self._select(current) or self._select_first() or self.view.show_empty()

    # -- actions ----------------------------------------------------------------------
    def _done(self, text: str, alert_id: int) -> None:
        self.message.setText(text)
        self.refresh(select=alert_id)
        self.sig_changed.emit()

    def mark_reviewed(self, alert_id: int) -> None:
        with self.open_store() as store:
            review.mark_reviewed(store, alert_id)
        self._done(self.tr("Marked as reviewed."), alert_id)

    def mark_false_alarm(self, alert_id: int) -> None:
        detail = self.view.detail
        reason = self.ask_reason(self, detail.contact.name if detail else self.tr("this contact"))
        if not reason:
            return
        with self.open_store() as store:
            review.mark_false_alarm(store, alert_id, reason)
        self._done(self.tr("Marked as a false alarm. Your reason was saved with the alert."), alert_id)

    def trust(self, alert_id: int) -> None:
        detail = self.view.detail
        if detail is None or not self.confirm_trust(self, detail.contact.name):
            return
        with self.open_store() as store:
            review.trust_contact(store, alert_id, detail.contact.name, detail.conversation.key)
        self._done(self.tr("{contact} is now a trusted contact in this chat.").format(
            contact=detail.contact.name), alert_id)

    def export_report(self, alert_id: int) -> bool:
        """Runs ``guardian report`` in the background for this alert's chat."""
        detail = self.view.detail
        if detail is None or self.report_process is not None or not self.view.reports_available:
            return False
        out = self.report_path(self, detail.contact.name)
        if not out:
            return False
        child = self.settings.child_named(detail.child)
        args = ["-m", "guardian_app.cli", "report", detail.conversation.source, "-o", out]
        if detail.child:
            args += ["--child", detail.child]
        if child and child.country:
            args += ["--country", child.country]
        proc = QProcess(self)
        proc.finished.connect(lambda code, _status: self._report_done(code, out))
        self.report_process = proc
        self.message.setText(self.tr("Writing the case report…"))
        proc.start(sys.executable, args)
        return True

    def open_conversation(self, alert_id: int):
        """The whole chat of the shown alert in its own window (one viewer at a time)."""
        from guardian_app.ui.conversation_viewer import ConversationViewer

        detail = self.view.detail
        if detail is None or detail.alert_id != alert_id:
            return None
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
        self.viewer = ConversationViewer(detail, self.settings.language)
        self.viewer.show()
        self.viewer.raise_()
        self.viewer.activateWindow()
        return self.viewer

    def _report_done(self, code: int, out: str) -> None:
        self.report_process = None
        self.message.setText(self.tr("The case report was saved: {path}").format(path=out)
                             if code == 0 else
                             self.tr("Guardian could not write the case report. The chat file "
                                     "may have moved since it was checked."))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        geometry.remember(self, "alert-centre")
        if self.viewer is not None:
            self.viewer.close()
        super().closeEvent(event)
