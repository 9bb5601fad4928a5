"""The alert centre's right-hand side: actions, the risk chart and the detail text."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from guardian_app.alert_details import AlertDetail, stage_marks
from guardian_app.ui.alert_html import render_alert
from guardian_app.ui.widgets.risk_chart import RiskChart

NO_REPORTS_TIP = QT_TRANSLATE_NOOP(
    "AlertView", "Case reports are not available in this version of Guardian yet.")
EMPTY = QT_TRANSLATE_NOOP("AlertView", "<h2>No alert selected</h2><p>Choose an alert on the "
                          "left to see what Guardian noticed and what to do now.</p>")


class _Browser(QTextBrowser):
    def loadResource(self, type_: int, name):  # noqa: N802 - Qt override
        return None  # text only: no images, no files, no network


class AlertView(QWidget):
    sig_reviewed = Signal(int)
    sig_false_alarm = Signal(int)
    sig_trust = Signal(int)
    sig_export = Signal(int)
    sig_read_chat = Signal(int)  # open the conversation viewer for this alert's chat

    def __init__(self, reports_available: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: AlertDetail | None = None
        self.locale = "en"  # language of the guidance texts (the settings' language)
        self.btn_reviewed = self._button(self.tr("Mark as &reviewed"), self.tr("Mark this alert as reviewed"),
                                         self.sig_reviewed)
        self.btn_false = self._button(self.tr("&False alarm…"), self.tr("Mark this alert as a false alarm, "
                                      "with a reason"), self.sig_false_alarm)
        self.btn_trust = self._button(self.tr("&Trust this contact"), self.tr("Trust this contact: family or "
                                      "a known friend"), self.sig_trust)
        self.btn_export = self._button(self.tr("E&xport case report…"), self.tr("Export a case report"),
                                       self.sig_export)
        self.btn_chat = self._button(self.tr("Read the &whole chat…"),
                                     self.tr("Read the whole chat, with the warning signs "
                                             "highlighted"), self.sig_read_chat)
        self.reports_available = reports_available
        if not reports_available:
            self.btn_export.setToolTip(self.tr(NO_REPORTS_TIP))
        grid = QGridLayout()  # two by two: long translations wrap into rows, not off screen
        grid.addWidget(self.btn_reviewed, 0, 0)
        grid.addWidget(self.btn_false, 0, 1)
        grid.addWidget(self.btn_trust, 1, 0)
        grid.addWidget(self.btn_export, 1, 1)
        grid.addWidget(self.btn_chat, 2, 0)
        self.chart_label = QLabel(
            self.tr("Risk over time (stages marked where they first showed up):"))
        self.chart_label.setWordWrap(True)
        self.chart = RiskChart()
        self.chart_label.setBuddy(self.chart)
        self.text = _Browser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("What Guardian noticed and what to do now"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.chart_label)
        layout.addWidget(self.chart)
        layout.addWidget(self.text, 1)
        self.show_empty()

    def _button(self, text: str, name: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda: self.detail and signal.emit(self.detail.alert_id))
        return button

    def _set_actions(self, enabled: bool, status: str = "new") -> None:
        self.btn_reviewed.setEnabled(enabled and status == "new")
        self.btn_false.setEnabled(enabled and status != "false_alarm")
        self.btn_trust.setEnabled(enabled and status != "trusted")
        self.btn_export.setEnabled(enabled and self.reports_available)
        self.btn_chat.setEnabled(enabled)

    def show_detail(self, detail: AlertDetail, status: str, country: str = "",
                    note: str = "", alert_line: float = 0.4) -> None:
        self.detail = detail
        self.chart.set_data(detail.contact.timeline, stage_marks(detail.contact.indicators),
                            alert_line)
        self.chart.setVisible(True)
        self.chart_label.setVisible(True)
        self.text.setHtml(render_alert(detail, country, self.locale, review_note=note))
        self._set_actions(True, status)

    def show_empty(self) -> None:
        self.detail = None
        self.chart.set_data([], [])
        self.chart.setVisible(False)
        self.chart_label.setVisible(False)
        self.text.setHtml(self.tr(EMPTY))
        self._set_actions(False)
