"""The counsellor session window's widgets: the "nothing is stored" banner, the session's
buttons, progress, the alert list and the alert centre's detail view. Layout only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from guardian_app.ui.countries import sorted_countries
from guardian_app.ui.session_model import SessionAlertsModel
from guardian_app.ui.widgets.alert_view import AlertView

BANNER = QT_TRANSLATE_NOOP(
    "SessionLayout",
    "<b>Counsellor session: nothing is stored.</b> The chats you open here are checked in "
    "this computer's memory only. They are not added to Guardian's watched chats, and "
    "Guardian forgets them, their alerts and your false-alarm marks when you end the "
    "session. The only file written is a case report you choose to save."
)
BANNER_STYLE = ("background:#e3f2fd; color:#0d2c4a; border:1px solid #90caf9; "
                "border-radius:4px; padding:8px")


class SessionLayout(QWidget):
    def __init__(self, model: SessionAlertsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = QLabel(self.tr(BANNER))
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Nothing from this session is stored"))
        self.btn_files = QPushButton(self.tr("Open &files…"))
        self.btn_folder = QPushButton(self.tr("Open a f&older…"))
        self.btn_save = QPushButton(self.tr("&Save case report…"))
        self.btn_end = QPushButton(self.tr("&End session"))
        self.children = QLineEdit()
        self.children.setPlaceholderText(self.tr("optional, e.g. Emma, em_draws"))
        self.children.setMinimumWidth(200)
        self.children.setAccessibleName(
            self.tr("The child's names in the chats, separated by commas"))
        child_label = QLabel(self.tr("C&hild's names:"))
        child_label.setBuddy(self.children)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country for helplines"))
        self.country.addItem(self.tr("Choose a country"), "")
        for code, name in sorted_countries():
            self.country.addItem(name, code)
        country_label = QLabel(self.tr("Helplines &for:"))
        country_label.setBuddy(self.country)
        tools = QHBoxLayout()
        for w in (self.btn_files, self.btn_folder, child_label, self.children, country_label, self.country):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.btn_save)
        tools.addWidget(self.btn_end)

        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the check"))
        self.btn_stop = QPushButton(self.tr("Stop"))
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        prow.addWidget(self.progress_label, 2)
        prow.addWidget(self.progress, 3)
        prow.addWidget(self.btn_stop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last action"))
        self.message.setStyleSheet("font-weight: bold; padding: 4px 0")

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Contacts with warning signs, most serious first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = AlertView(reports_available=False)
        for button in (self.view.btn_reviewed, self.view.btn_trust, self.view.btn_export):
            button.hide()  # stored-alert actions: a session has nothing to store
        self.view.btn_false.setAccessibleName(self.tr("Mark as a false alarm for this session"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setSizes([470, 710])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(tools)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.say("")

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_progress(self, done: int, total: int, _label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress_label.setText(
            self.tr("Checking file {done} of {total}…").format(done=done, total=total))  # no file names on screen

    def set_busy(self, busy: bool, has_results: bool) -> None:
        self.progress_row.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress_label.setText(self.tr("Checking the chats…"))
        for button in (self.btn_files, self.btn_folder):
            button.setEnabled(not busy)
        self.btn_save.setEnabled(has_results and not busy)

    def session_actions(self, false_alarm: bool) -> None:
        """The false-alarm button marks, or takes a session's mark back."""
        self.view.btn_false.setEnabled(True)
        self.view.btn_false.setText(self.tr("Not a &false alarm") if false_alarm
                                    else self.tr("Mark as &false alarm"))

    def forget(self) -> None:
        """Clears what the widgets still show or remember of the session."""
        self.children.clear()
        self.children.setModified(False)
        self.say("")
        self.progress_label.clear()
        self.view.btn_false.setText(self.tr("Mark as &false alarm"))
