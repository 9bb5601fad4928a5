"""The Guardian window: the alert list on the left, the selected alert's detail on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.domain import ConversationAssessment
from guardian_app.ui import icons
from guardian_app.ui.alerts_model import AlertsModel
from guardian_app.ui.widgets.detail_pane import DetailPane

INTRO = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Guardian looks for signs of grooming in chats you saved from your child's devices. "
    "Nothing leaves this computer."
)


class MainWindow(QMainWindow):
    sig_scan_file = Signal()
    sig_scan_folder = Signal()
    sig_session = Signal()
    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guardian"))
        self.setWindowIcon(icons.icon(icons.OK))
        self.resize(1180, 760)
        self.model = AlertsModel(self)

        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        self.btn_scan_file = QPushButton(self.tr("Scan a file…"))
        self.btn_scan_folder = QPushButton(self.tr("Scan a folder…"))
        self.btn_scan_file.clicked.connect(self.sig_scan_file)
        self.btn_scan_folder.clicked.connect(self.sig_scan_folder)
        self.btn_session = QPushButton(self.tr("Counsellor session…"))
        self.btn_session.setToolTip(self.tr("Check a family's chats for one session, without adding "
                                            "them to Guardian; nothing is stored"))
        self.btn_session.clicked.connect(self.sig_session)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_scan_file)
        buttons.addWidget(self.btn_scan_folder)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_session)

        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.btn_cancel = QPushButton(self.tr("Stop"))
        self.btn_cancel.clicked.connect(self.sig_cancel)
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.progress_label, 2)
        prow.addWidget(self.progress, 3)
        prow.addWidget(self.btn_cancel)
        self.progress_row.hide()

        self.message = QLabel()  # the result of the last scan, in plain words
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-weight: bold; padding: 4px 0")
        self.message.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail = DetailPane()
        for widget, name in ((self.btn_scan_file, self.tr("Scan a saved chat file")),
                             (self.btn_scan_folder, self.tr("Scan a folder of saved chats")),
                             (self.btn_session, self.tr("Open a counsellor session")),
                             (self.btn_cancel, self.tr("Stop checking")),
                             (self.progress, self.tr("Progress of the check")),
                             (self.table, self.tr("Warning signs found, most serious first")),
                             (self.detail, self.tr("What Guardian noticed and what to do now"))):
            widget.setAccessibleName(name)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 700])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

    # -- scanning state ---------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.progress_row.setVisible(busy)
        self.btn_scan_file.setEnabled(not busy)
        self.btn_scan_folder.setEnabled(not busy)
        self.btn_cancel.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.progress_label.setText(self.tr("Checking the chats…"))

    def show_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress_label.setText(
            self.tr("Checking {done} of {total}: {name}").format(done=done, total=total, name=label)
            if label else "")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- results ----------------------------------------------------------------------
    def add_results(self, assessments: list[ConversationAssessment]) -> int:
        """Show a scan's assessments; selects the most serious alert. Returns rows added."""
        added = self.model.add(assessments)
        if self.model.rowCount():
            self.table.resizeColumnsToContents()
            self.table.selectRow(0)
            self.detail.show_row(self.model.row(0))
        else:
            self.detail.show_empty(nothing_found=bool(assessments))
        return added

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.detail.show_row(self.model.row(rows[0].row()))

    def bring_to_front(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()
