"""The Qt item model behind the alert list: one row per contact that showed warning signs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from guardian_app.domain import ContactAssessment, ConversationAssessment
from guardian_app.guidance import indicator_text, level_rank, most_serious
from guardian_app.ui import icons
from guardian_app.ui.i18n import translate

LEVEL_COLOURS = {
    "low": "#fff3c4",
    "medium": "#ffe0a3",
    "high": "#ffcdd2",
    "critical": "#ef9a9a",
}
HEADERS = (
    QT_TRANSLATE_NOOP("AlertsModel", "Level"), QT_TRANSLATE_NOOP("AlertsModel", "Contact"),
    QT_TRANSLATE_NOOP("AlertsModel", "Child"), QT_TRANSLATE_NOOP("AlertsModel", "Chat"),
    QT_TRANSLATE_NOOP("AlertsModel", "Warning signs"),
)
LEVEL_WORDS = {
    "none": QT_TRANSLATE_NOOP("AlertsModel", "None"),
    "low": QT_TRANSLATE_NOOP("AlertsModel", "Low"),
    "medium": QT_TRANSLATE_NOOP("AlertsModel", "Medium"),
    "high": QT_TRANSLATE_NOOP("AlertsModel", "High"),
    "critical": QT_TRANSLATE_NOOP("AlertsModel", "Critical"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def level_word(level: str) -> str:
    """A level as the interface shows it: "High", or "高" in Chinese."""
    return translate("AlertsModel", LEVEL_WORDS[level]) if level in LEVEL_WORDS else level


def not_sure() -> str:
    """Shown where Guardian could not tell which side of a chat is the child."""
    return translate("AlertsModel", "not sure")


@dataclass(frozen=True, slots=True)
class AlertRow:
    """One contact in one conversation, as listed in the window."""

    assessment: ConversationAssessment
    contact: ContactAssessment

    @property
    def child(self) -> str:
        return self.assessment.child or not_sure()

    @property
    def chat(self) -> str:
        conv = self.assessment.conversation
        return conv.title or conv.contact_hint or conv.source

    def sign_titles(self) -> list[str]:
        return [indicator_text(i.id).title for i in most_serious(self.contact.indicators)]


def rows_from(assessments: Iterable[ConversationAssessment]) -> list[AlertRow]:
    """The contacts worth listing (level above "none"), most serious first."""
    rows = [
        AlertRow(a, c)
        for a in assessments
        for c in a.contacts
        if c.level != "none" and c.indicators
    ]
    return sorted(rows, key=lambda r: (-level_rank(r.contact.level), -r.contact.risk))


class AlertsModel(QAbstractTableModel):
    """Read-only table of AlertRow; a new scan replaces rows of the same chat and contact."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AlertRow] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("AlertsModel", HEADERS[section])
        return None

    def row(self, index: int) -> AlertRow:
        return self._rows[index]

    def rows(self) -> list[AlertRow]:
        return list(self._rows)

    def add(self, assessments: Iterable[ConversationAssessment]) -> int:
        """Merge a scan's results; a re-scanned chat replaces its old rows.

        Returns how many rows the scan contributed."""
        assessments = list(assessments)
        scanned = {a.conversation.key for a in assessments}
        new = rows_from(assessments)
        kept = [r for r in self._rows if r.assessment.conversation.key not in scanned]
        self.beginResetModel()
        self._rows = sorted(
            kept + new, key=lambda r: (-level_rank(r.contact.level), -r.contact.risk)
        )
        self.endResetModel()
        return len(new)

    def highest_level(self) -> str:
        return max((r.contact.level for r in self._rows), key=level_rank, default="none")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                level_word(r.contact.level),
                r.contact.name,
                r.child,
                r.chat,
                ", ".join(r.sign_titles()),
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return "\n".join(r.sign_titles())
        if role == Qt.ItemDataRole.BackgroundRole and col == 0:
            return QBrush(QColor(LEVEL_COLOURS.get(r.contact.level, "#ffffff")))
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return icons.icon(icons.state_for_level(r.contact.level))
        if role == ROW_ROLE:
            return r
        return None
