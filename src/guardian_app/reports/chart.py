"""The risk-over-time chart of one contact, drawn with reportlab graphics (vector, no images).

The line is the contact's running risk (ContactAssessment.timeline: after each of their
messages); the shaded bands are the levels; each marker is a message where a warning sign
was found, coloured by its stage of the grooming process; a dashed line marks the first alert.
"""

from __future__ import annotations

from bisect import bisect_right

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from guardian_app.analysis import taxonomy
from guardian_app.analysis.risk import BANDS
from guardian_app.domain import ContactAssessment

from .fonts import TEXT

STAGE_COLOURS: dict[str, colors.Color] = {
    "targeting": colors.HexColor("#1f77b4"),
    "gaining_trust": colors.HexColor("#17becf"),
    "filling_a_need": colors.HexColor("#2ca02c"),
    "isolating": colors.HexColor("#9467bd"),
    "sexualising": colors.HexColor("#d62728"),
    "control": colors.HexColor("#8c564b"),
    "offline": colors.HexColor("#ff7f0e"),
}
BAND_COLOURS = {"low": "#f4f8e8", "medium": "#fff6d6", "high": "#ffe6cc", "critical": "#fbd5d5"}
LEFT, RIGHT, BOTTOM, TOP = 34.0, 58.0, 44.0, 10.0


def stage_label(stage: str) -> str:
    return stage.replace("_", " ")


def risk_at(timeline: list[tuple[int, float]], index: int) -> float:
    """The running risk right after message ``index`` (the last point at or before it)."""
    pos = bisect_right([i for i, _ in timeline], index)
    return timeline[pos - 1][1] if pos else 0.0


def risk_chart(contact: ContactAssessment, width: float = 480.0, height: float = 190.0) -> Drawing:
    d = Drawing(width, height)
    pw, ph = width - LEFT - RIGHT, height - BOTTOM - TOP
    timeline = sorted(contact.timeline)
    xs = [i for i, _ in timeline] or [0]
    x0, x1 = min(xs), max(xs)
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1

    def px(index: float) -> float:
        return LEFT + (index - x0) / (x1 - x0) * pw

    def py(risk: float) -> float:
        return BOTTOM + max(0.0, min(1.0, risk)) * ph

    # level bands, from each level's lowest risk up to the next level's
    order = ["low", "medium", "high", "critical"]
    for n, level in enumerate(order):
        lo = BANDS[level][0]
        hi = BANDS[order[n + 1]][0] if n + 1 < len(order) else 1.0
        d.add(Rect(LEFT, py(lo), pw, py(hi) - py(lo), fillColor=colors.HexColor(BAND_COLOURS[level]),
                   strokeColor=None))
        d.add(String(LEFT + pw + 4, (py(lo) + py(hi)) / 2 - 3, level, fontName=TEXT, fontSize=7,
                     fillColor=colors.HexColor("#555555")))
    d.add(Rect(LEFT, BOTTOM, pw, ph, fillColor=None, strokeColor=colors.HexColor("#999999"), strokeWidth=0.5))
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        d.add(String(LEFT - 4, py(tick) - 3, f"{tick:.2f}", fontName=TEXT, fontSize=7, textAnchor="end"))
    for tick in sorted({x0, x1, *xs[:: max(1, len(xs) // 6)]}):
        if x0 <= tick <= x1:
            d.add(String(px(tick), BOTTOM - 10, f"#{tick}", fontName=TEXT, fontSize=6.5, textAnchor="middle"))
    d.add(String(LEFT + pw / 2, BOTTOM - 20, "message number in the chat", fontName=TEXT, fontSize=7,
                 textAnchor="middle"))

    if contact.first_alert_message is not None and x0 <= contact.first_alert_message <= x1:
        fx = px(contact.first_alert_message)
        d.add(Line(fx, BOTTOM, fx, BOTTOM + ph, strokeColor=colors.HexColor("#b00020"), strokeWidth=0.8,
                   strokeDashArray=[3, 2]))
        d.add(String(fx + 2, BOTTOM + ph - 9, f"first alert #{contact.first_alert_message}", fontName=TEXT,
                     fontSize=6.5, fillColor=colors.HexColor("#b00020")))
    if timeline:
        points = [c for i, r in timeline for c in (px(i), py(r))]
        d.add(PolyLine(points, strokeColor=colors.HexColor("#333333"), strokeWidth=1.2))

    stages_seen: list[str] = []
    for ind in contact.indicators:
        stage = taxonomy.STAGE_OF.get(ind.id)
        if stage is None:
            continue
        if stage not in stages_seen:
            stages_seen.append(stage)
        for idx in ind.messages:
            if x0 <= idx <= x1:
                d.add(Circle(px(idx), py(risk_at(timeline, idx)), 3.2, fillColor=STAGE_COLOURS[stage],
                             strokeColor=colors.white, strokeWidth=0.6))
    _legend(d, sorted(stages_seen, key=lambda s: taxonomy.STAGE_RANK[s]), width)
    return d


def _legend(d: Drawing, stages: list[str], width: float) -> None:
    x, y = LEFT, 6.0
    for stage in stages:
        label = stage_label(stage)
        step = 14 + len(label) * 4.2
        if x + step > width:
            break
        d.add(Circle(x + 3, y + 2.5, 3, fillColor=STAGE_COLOURS[stage], strokeColor=None))
        d.add(String(x + 9, y, label, fontName=TEXT, fontSize=7))
        x += step
