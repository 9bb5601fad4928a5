"""The Qt item model of the alert centre: the alerts kept in the store, one row each.

Sortable by severity, date, contact and child (each column sorts by a plain key, not by
its display text); a filter proxy hides reviewed alerts and narrows to one child.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from guardian_app.guidance import indicator_text, level_rank
from guardian_app.ui import icons
from guardian_app.ui.alerts_model import LEVEL_COLOURS, level_word, not_sure
from guardian_app.ui.i18n import translate

HEADERS = (
    QT_TRANSLATE_NOOP("StoredAlertsModel", "Level"), QT_TRANSLATE_NOOP("StoredAlertsModel", "Status"),
    QT_TRANSLATE_NOOP("StoredAlertsModel", "Date"), QT_TRANSLATE_NOOP("StoredAlertsModel", "Contact"),
    QT_TRANSLATE_NOOP("StoredAlertsModel", "Child"), QT_TRANSLATE_NOOP("StoredAlertsModel", "Chat"),
    QT_TRANSLATE_NOOP("StoredAlertsModel", "Warning signs"),
)
LEVEL, STATUS, DATE, CONTACT, CHILD, CHAT, SIGNS = range(len(HEADERS))
STATUS_WORDS = {
    "new": QT_TRANSLATE_NOOP("StoredAlertsModel", "Needs review"),
    "reviewed": QT_TRANSLATE_NOOP("StoredAlertsModel", "Reviewed"),
    "false_alarm": QT_TRANSLATE_NOOP("StoredAlertsModel", "False alarm"),
    "trusted": QT_TRANSLATE_NOOP("StoredAlertsModel", "Trusted contact"),
}
ALERT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def alert_date(alert: dict[str, Any]) -> str:
    """The date shown for an alert: when it first crossed the line, else when it was stored."""
    raw = alert.get("first_alert_time") or alert.get("created") or ""
    try:
        # The format is translated too: Chinese reads "%Y-%m-%d".
        return datetime.fromisoformat(raw).strftime(translate("StoredAlertsModel", "%d %b %Y"))
    except ValueError:
        return translate("StoredAlertsModel", "date unknown")


def _sign_titles(alert: dict[str, Any]) -> list[str]:
    titles = []
    for ind in alert.get("indicators", []):
        try:
            titles.append(indicator_text(ind["id"]).title)
        except KeyError:
            continue
    return titles


class StoredAlertsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._alerts: list[dict[str, Any]] = []
        self._trusted: set[tuple[str, str]] = set()

    def set_alerts(self, alerts: list[dict[str, Any]],
                   trusted: set[tuple[str, str]] | None = None) -> None:
        """Replace the rows; ``trusted`` holds (contact, conversation key) pairs."""
        self.beginResetModel()
        self._alerts = list(alerts)
        self._trusted = set(trusted or ())
        self.endResetModel()

    def alert(self, row: int) -> dict[str, Any]:
        return self._alerts[row]

    def row_of(self, alert_id: int) -> int:
        return next((n for n, a in enumerate(self._alerts) if a["id"] == alert_id), -1)

    def status_of(self, alert: dict[str, Any]) -> str:
        if (alert["contact"], alert.get("conversation_key")) in self._trusted:
            return "trusted"
        return str(alert["status"])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("StoredAlertsModel", HEADERS[section])
        return None

    def highest_open_level(self) -> str:
        levels = [a["level"] for a in self._alerts if self.status_of(a) == "new"]
        return max(levels, key=level_rank, default="none")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self._alerts[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            status = self.status_of(a)
            status_text = translate("StoredAlertsModel", STATUS_WORDS[status]) \
                if status in STATUS_WORDS else a["status"]
            return (level_word(a["level"]), status_text,
                    alert_date(a), a["contact"], a.get("child") or not_sure(),
                    a.get("conversation") or "", ", ".join(_sign_titles(a)))[col]
        if role == SORT_ROLE:
            return (level_rank(a["level"]) * 10 + a["risk"], self.status_of(a) != "new",
                    a.get("first_alert_time") or a.get("created") or "", a["contact"].casefold(),
                    (a.get("child") or "").casefold(), (a.get("conversation") or "").casefold(),
                    len(a.get("indicators", [])))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == SIGNS:
            return "\n".join(_sign_titles(a))
        if role == Qt.ItemDataRole.BackgroundRole and col == LEVEL:
            return QBrush(QColor(LEVEL_COLOURS.get(a["level"], "#ffffff")))
        if role == Qt.ItemDataRole.ForegroundRole and col == LEVEL:
            return QBrush(QColor("#212121"))  # readable on the light badge in dark themes too
        if role == Qt.ItemDataRole.DecorationRole and col == LEVEL:
            return icons.icon(icons.state_for_level(a["level"]))
        if role == ALERT_ROLE:
            return a
        return None


class AlertFilter(QSortFilterProxyModel):
    """Hides reviewed alerts unless asked, and shows one child's alerts when one is chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_closed = False
        self.child: str | None = None
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_show_closed(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "show_closed", show))

    def set_child(self, child: str | None) -> None:
        self._refilter(lambda: setattr(self, "child", child or None))

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        assert isinstance(model, StoredAlertsModel)
        a = model.alert(row)
        if not self.show_closed and model.status_of(a) != "new":
            return False
        return self.child is None or (a.get("child") or "") == self.child
