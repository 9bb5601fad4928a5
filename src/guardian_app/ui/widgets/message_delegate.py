"""Paints one chat message: sender and time, the wrapped text and, for a message Guardian
noticed, a yellow highlight with a side note naming the warning sign(s).

Rows are painted, not built from widgets or one big HTML document, so a chat of any
length scrolls smoothly. Colours come from the palette (light and dark themes), except
the evidence highlight, which is always yellow with black text so it reads the same in
both themes and in the alert centre.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from guardian_app.ui.conversation_model import EVIDENCE_ROLE, MATCH_ROLE, SENDER_ROLE, TEXT_ROLE, TIME_ROLE

HIGHLIGHT = QColor("#fff59d")  # the alert centre's evidence colour (alert_html.HIGHLIGHT)
HIGHLIGHT_TEXT = QColor("#000000")
MATCH_EDGE = QColor("#1565c0")  # a bar on the left of rows that match the search
PAD = 6
BAR = 4
NOTE_MAX = 260  # widest side note, in pixels
WRAP = int(Qt.TextFlag.TextWordWrap)
_LONG_WORD = re.compile(r"\S{30,}")

Index = QModelIndex | QPersistentModelIndex
# Measuring and painting use calls that return a value (boundingRect, drawText): they are
# made for every row, and PySide6 6.12 on CPython 3.11 drops a reference to None on each
# call of a method that returns nothing (see the report on the conversation viewer).


def breakable(text: str) -> str:
    """``text`` with zero-width spaces inside very long words, so a link cannot overflow."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(m[0][i:i + 20] for i in range(0, len(m[0]), 20)),
                          text)


def note_text(signs: list[str]) -> str:
    head = QCoreApplication.translate("MessageDelegate", "Guardian noticed:")
    return head + "\n" + "\n".join(f"▶ {s}" for s in signs)


def text_height(font: QFont, width: int, text: str) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, max(20, width), 1 << 24), WRAP, text).height()


class MessageDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._sizes: dict[int, QSize] = {}  # by row, at the width below
        self._sized_width = 0
        self._font_cache: dict[str, tuple[QFont, QFont]] = {}

    def _columns(self) -> tuple[int, int, int]:
        """(total width, text width, note width) for the view's current width."""
        total = max(240, self._view.viewport().width())
        note = min(NOTE_MAX, total // 3)
        return total, total - note - 3 * PAD - BAR, note

    def _fonts(self, base: QFont) -> tuple[QFont, QFont]:
        """(bold font for sender and time, italic font for the side note), made once."""
        key = base.key()
        if key not in self._font_cache:
            meta = QFont(base)
            meta.setBold(True)
            note = QFont(base)
            note.setItalic(True)
            self._font_cache[key] = (meta, note)
        return self._font_cache[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        total, text_w, note_w = self._columns()
        if total != self._sized_width:
            self._sizes.clear()
            self._sized_width = total
        key = index.row()
        if key not in self._sizes:
            base = option.font
            meta_font, note_font = self._fonts(base)
            meta_h = QFontMetrics(meta_font).height()
            text_h = text_height(base, text_w, breakable(index.data(TEXT_ROLE) or ""))
            signs = index.data(EVIDENCE_ROLE) or []
            note_h = text_height(note_font, note_w, note_text(signs)) if signs else 0
            self._sizes[key] = QSize(total, max(meta_h + text_h, note_h) + 2 * PAD + 1)
        return self._sizes[key]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        palette = option.palette
        signs = index.data(EVIDENCE_ROLE) or []
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, palette.highlight())
            ink = palette.highlightedText().color()
        elif signs:
            painter.fillRect(rect, HIGHLIGHT)
            ink = HIGHLIGHT_TEXT
        else:
            ink = palette.text().color()
        if index.data(MATCH_ROLE):
            painter.fillRect(QRect(rect.left(), rect.top(), BAR, rect.height()), MATCH_EDGE)
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), palette.mid())
        total, text_w, note_w = self._columns()
        base = option.font
        meta_font, note_font = self._fonts(base)
        left, top = rect.left() + BAR + PAD, rect.top() + PAD
        meta_h = QFontMetrics(meta_font).height()
        painter.setPen(ink)
        painter.setFont(meta_font)
        painter.drawText(QRect(left, top, text_w, meta_h), 0,
                         f"{index.data(SENDER_ROLE)}  ·  {index.data(TIME_ROLE)}")
        painter.setFont(base)
        painter.drawText(QRect(left, top + meta_h, text_w, rect.height()), WRAP,
                         breakable(index.data(TEXT_ROLE) or ""))
        if signs:
            painter.setFont(note_font)
            painter.drawText(QRect(rect.left() + total - note_w - PAD, top, note_w, rect.height()),
                             WRAP, note_text(signs))
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option,
                                             painter, self._view)
        painter.restore()

    def forget_sizes(self) -> None:
        """Call when the font or the texts change: sizes are measured again."""
        self._sizes.clear()
        self._font_cache.clear()
