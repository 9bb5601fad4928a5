"""Checks shared by the UI tests: every input a screen reader can name, and keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit,
          QPlainTextEdit)


def _internal(w: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo box's popup list, a table's headers)."""
    if w.objectName().startswith("qt_"):
        return True
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_inputs(root: QWidget) -> list[QWidget]:
    """Inputs under ``root`` with neither an accessible name nor visible button text."""
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or _internal(w):
            continue
        if w.accessibleName():
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        missing.append(w)
    return missing


def unreachable_inputs(root: QWidget) -> list[QWidget]:
    """Visible, enabled inputs the Tab key cannot reach."""
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisible() and w.isEnabled()
            and not _internal(w)
            and not (w.focusPolicy() & Qt.FocusPolicy.TabFocus)]
