"""The contact's risk over time, drawn with QPainter (PySide6-Essentials has no QtCharts).

X: the contact's messages in order (message index); Y: the running risk, 0 to 1. Dashed
lines mark the alert line and where each grooming stage first showed up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from guardian_app.analysis import taxonomy

STAGE_WORDS = {
    "targeting": QT_TRANSLATE_NOOP("RiskChart", "targeting"),
    "gaining_trust": QT_TRANSLATE_NOOP("RiskChart", "gaining trust"),
    "filling_a_need": QT_TRANSLATE_NOOP("RiskChart", "filling a need"),
    "isolating": QT_TRANSLATE_NOOP("RiskChart", "isolating"),
    "sexualising": QT_TRANSLATE_NOOP("RiskChart", "sexualising"),
    "control": QT_TRANSLATE_NOOP("RiskChart", "control"),
    "offline": QT_TRANSLATE_NOOP("RiskChart", "meeting offline"),
}
ALERT_LINE = 0.6
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 40, 12, 12, 34


class RiskChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: list[tuple[int, float]] = []
        self.marks: list[tuple[int, str]] = []
        self.alert_line = ALERT_LINE
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risk over time"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(480, 170)

    def set_data(self, timeline: list[tuple[int, float]], marks: list[tuple[int, str]],
                 alert_line: float = ALERT_LINE) -> None:
        self.timeline = sorted(timeline)
        self.marks = list(marks)
        self.alert_line = alert_line
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers."""
        if not self.timeline:
            return self.tr("No risk history is stored for this contact.")
        peak_at, peak = max(self.timeline, key=lambda p: p[1])
        stages = self.tr(", ").join(self.tr("{stage} at message {number}").format(
            stage=self.stage_word(s), number=i) for i, s in self.marks)
        text = self.tr("Risk rose from {start} to a highest {peak} at message {number}.").format(
            start=f"{self.timeline[0][1]:.0%}", peak=f"{peak:.0%}", number=peak_at)
        return text + (" " + self.tr("Stages: {stages}.").format(stages=stages) if stages else "")

    def stage_word(self, stage: str) -> str:
        return self.tr(STAGE_WORDS[stage]) if stage in STAGE_WORDS else stage

    def plot_rect(self) -> QRectF:
        return QRectF(MARGIN_L, MARGIN_T, max(10, self.width() - MARGIN_L - MARGIN_R),
                      max(10, self.height() - MARGIN_T - MARGIN_B))

    def to_point(self, index: int, risk: float) -> QPointF:
        r = self.plot_rect()
        first = self.timeline[0][0] if self.timeline else 0
        last = max(self.timeline[-1][0] if self.timeline else 1, first + 1)
        x = r.left() + (index - first) / (last - first) * r.width()
        return QPointF(x, r.bottom() - max(0.0, min(1.0, risk)) * r.height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        r = self.plot_rect()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        p.setPen(QPen(text, 1))
        p.drawRect(r)
        for frac, label in ((0.0, "0%"), (0.5, "50%"), (1.0, "100%")):
            y = r.bottom() - frac * r.height()
            p.drawText(QRectF(0, y - 8, MARGIN_L - 4, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        if not self.timeline:
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.tr("No risk history stored"))
            return
        p.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        y = self.to_point(0, self.alert_line).y()
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        p.drawText(QRectF(r.left() + 4, y, 200, 14), Qt.AlignmentFlag.AlignLeft,
                   self.tr("alert line"))
        self._draw_marks(p, r, text)
        path = QPainterPath(self.to_point(*self.timeline[0]))
        for idx, risk in self.timeline[1:]:
            path.lineTo(self.to_point(idx, risk))
        p.setPen(QPen(QColor("#1565c0"), 2.5))
        p.drawPath(path)
        p.setBrush(QColor("#1565c0"))
        for idx, risk in self.timeline:
            p.drawEllipse(self.to_point(idx, risk), 2.5, 2.5)
        p.setPen(QPen(text))
        p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), 14), Qt.AlignmentFlag.AlignLeft,
                   self.tr("message {number}").format(number=self.timeline[0][0]))
        p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), 14), Qt.AlignmentFlag.AlignRight,
                   self.tr("message {number}").format(number=self.timeline[-1][0]))

    def _draw_marks(self, p: QPainter, r: QRectF, text: QColor) -> None:
        colours = ("#6a1b9a", "#00838f", "#ef6c00", "#2e7d32", "#ad1457", "#4e342e", "#283593")
        for lane, (idx, stage) in enumerate(self.marks):
            colour = QColor(colours[taxonomy.STAGE_RANK.get(stage, lane) % len(colours)])
            x = self.to_point(idx, 0).x()
            p.setPen(QPen(colour, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            p.setPen(QPen(colour))
            label = self.stage_word(stage)
            width = p.fontMetrics().horizontalAdvance(label) + 4
            left = min(max(r.left(), x + 2), r.right() - width)
            # Alternate labels above (inside the plot, stepping down) and below the axis.
            top = r.bottom() + 14 if lane % 2 else r.top() + 2 + 13 * (lane // 2 % 3)
            p.drawText(QRectF(left, top, width, 14), Qt.AlignmentFlag.AlignLeft, label)
