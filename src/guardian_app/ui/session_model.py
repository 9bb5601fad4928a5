"""The counsellor session's alert list: the in-memory AlertsModel plus false-alarm marks.

The marks live only in this model (and so only in memory); they grey a row out and are
left out of the case report (see ``session_report``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from guardian_app.domain import ConversationAssessment
from guardian_app.ui.alerts_model import AlertRow, AlertsModel, level_word, rows_from
from guardian_app.ui.i18n import translate
from guardian_app.ui.session_report import AlarmKey, alarm_key

FALSE_ALARM_GREY = "#6b6b6b"


def key_of(row: AlertRow) -> AlarmKey:
    return alarm_key(row.assessment, row.contact.name)


class SessionAlertsModel(AlertsModel):
    """One row per contact with warning signs; a scan replaces every row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.false_alarms: set[AlarmKey] = set()

    def set_results(self, assessments: Iterable[ConversationAssessment]) -> int:
        """Show this scan's contacts (replacing the last scan's); keeps marks that still apply."""
        self.beginResetModel()
        self._rows = rows_from(assessments)
        self.false_alarms &= {key_of(r) for r in self._rows}
        self.endResetModel()
        return len(self._rows)

    def clear(self) -> None:
        """Forget every row and mark (closing the session)."""
        self.beginResetModel()
        self._rows = []
        self.false_alarms = set()
        self.endResetModel()

    def is_false_alarm(self, row: int) -> bool:
        return key_of(self.row(row)) in self.false_alarms

    def set_false_alarm(self, row: int, false_alarm: bool) -> None:
        key = key_of(self.row(row))
        if false_alarm:
            self.false_alarms.add(key)
        else:
            self.false_alarms.discard(key)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and self.is_false_alarm(index.row()):
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return translate("SessionAlertsModel", "False alarm ({level})").format(
                    level=level_word(self.row(index.row()).contact.level))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(FALSE_ALARM_GREY))
            if role == Qt.ItemDataRole.BackgroundRole:
                return None
        return super().data(index, role)
