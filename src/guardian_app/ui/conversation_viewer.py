"""The whole chat behind an alert, to read from start to end, with search.

Opened from the alert centre ("Read the whole chat…"). The messages Guardian noticed
from the contact are highlighted and carry the warning sign's plain title beside them.
Keyboard: Ctrl+F finds, Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the
previous one, Alt+N / Alt+P to the next or previous highlighted message, Esc closes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guardian_app.alert_details import AlertDetail
from guardian_app.domain import IndicatorSummary
from guardian_app.guidance import indicator_text
from guardian_app.ui import geometry, icons
from guardian_app.ui.conversation_model import PAGE, ConversationModel
from guardian_app.ui.widgets.message_delegate import MessageDelegate


def evidence_titles(indicators: Iterable[IndicatorSummary], count: int,
                    locale: str = "en") -> dict[int, list[str]]:
    """Message position -> the plain titles of the indicators that pointed at it."""
    out: dict[int, list[str]] = {}
    for ind in indicators:
        try:
            title = indicator_text(ind.id, locale).title
        except KeyError:
            title = ind.id.replace("_", " ")
        for i in ind.messages:
            if 0 <= i < count and title not in out.setdefault(i, []):
                out[i].append(title)
    return out


class ConversationViewer(QWidget):
    sig_closed = Signal()

    def __init__(self, detail: AlertDetail, locale: str = "en", parent: QWidget | None = None,
                 page: int = PAGE) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.detail = detail
        conv, contact = detail.conversation, detail.contact
        self.setWindowTitle(self.tr("Guardian: the whole chat “{title}”").format(title=conv.title))
        self.setWindowIcon(icons.icon(icons.OK))
        self.resize(900, 720)
        evidence = evidence_titles(contact.indicators, len(conv.messages), locale)
        self.model = ConversationModel(conv.messages, evidence, page, self)
        self.matches: list[int] = []
        self.header = QLabel(self.tr(
            "{count} messages, oldest first. Highlighted in yellow: the messages from {contact} "
            "where Guardian noticed a warning sign ({signs} in all); the sign is named beside "
            "each one. Photos, videos and files are never opened: Guardian only notes that "
            "they were there.").format(count=self.model.total, contact=contact.name,
                                       signs=len(evidence)))
        self.header.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words to find in this chat"))
        self.search.setAccessibleName(self.tr("Find words in this chat"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)
        self.btn_prev = self._button(self.tr("&Previous match"), self.find_previous)
        self.btn_next = self._button(self.tr("&Next match"), self.find_next)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Search result"))
        self.btn_prev_sign = self._button(self.tr("Previous &highlighted message"),
                                          self.previous_sign)
        self.btn_next_sign = self._button(self.tr("Next highlighted &message"), self.next_sign)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(MessageDelegate(self.view))
        self.view.setAccessibleName(self.tr("Messages in this chat, oldest first"))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.btn_close = self._button(self.tr("&Close"), self.close)
        self._layout(find_label)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self.find_next)
        self._shortcut(QKeySequence.StandardKey.Find, self._focus_search)
        self._shortcut(QKeySequence.StandardKey.FindNext, self.find_next)
        self._shortcut(QKeySequence.StandardKey.FindPrevious, self.find_previous)
        self._shortcut(QKeySequence("Shift+Return"), self.find_previous)
        self._shortcut(QKeySequence("Escape"), self.close)
        geometry.restore(self, "conversation-viewer")
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _shortcut(self, keys: QKeySequence | QKeySequence.StandardKey, slot) -> None:
        QShortcut(keys, self, activated=slot)

    def _layout(self, find_label: QLabel) -> None:
        find = QHBoxLayout()
        find.addWidget(find_label)
        find.addWidget(self.search, 1)
        find.addWidget(self.btn_prev)
        find.addWidget(self.btn_next)
        signs = QHBoxLayout()
        signs.addWidget(self.count, 1)
        signs.addWidget(self.btn_prev_sign)
        signs.addWidget(self.btn_next_sign)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(find)
        layout.addLayout(signs)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.count.setWordWrap(True)

    # -- moving around --------------------------------------------------------------------
    @property
    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def go_to(self, row: int) -> bool:
        """Show message ``row`` (loading the rows before it if needed) and make it current."""
        if not self.model.ensure_loaded(row):
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _step(self, rows: list[int], forward: bool, include_current: bool = False) -> int | None:
        """The next (or previous) of ``rows`` from the current message, wrapping around."""
        if not rows:
            return None
        here = self.current_row
        if forward:
            pos = (bisect_left if include_current else bisect_right)(rows, here)
            row = rows[pos % len(rows)]
        else:
            row = rows[(bisect_left(rows, here) - 1) % len(rows)]
        self.go_to(row)
        return row

    def next_sign(self) -> int | None:
        return self._step(self.model.evidence_rows(), True)

    def previous_sign(self) -> int | None:
        return self._step(self.model.evidence_rows(), False)

    # -- search -----------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_search(self, text: str) -> None:
        self.matches = self.model.search(text)
        if self.matches:
            self._step(self.matches, True, include_current=True)
        self._show_count()

    def find_next(self) -> int | None:
        row = self._step(self.matches, True)
        self._show_count()
        return row

    def find_previous(self) -> int | None:
        row = self._step(self.matches, False)
        self._show_count()
        return row

    def _show_count(self) -> None:
        words = self.search.text().strip()
        if not words:
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No message contains “{words}”.").format(words=words))
        else:
            here = self.current_row
            position = self.matches.index(here) + 1 if here in self.matches else 0
            self.count.setText(self.tr("Match {n} of {total} messages.").format(
                n=position, total=len(self.matches)))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        geometry.remember(self, "conversation-viewer")
        self.sig_closed.emit()
        super().closeEvent(event)
