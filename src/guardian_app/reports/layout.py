"""Paragraph styles and small flowable helpers for the case report (reportlab platypus)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from .fonts import TEXT, TEXT_BOLD, FontSet, has_cjk, markup

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#c8c8c8")
HEAD_FILL = colors.HexColor("#eef1f5")
EVIDENCE_FILL = colors.HexColor("#fff3b0")
NOTICE_FILL = colors.HexColor("#fdecea")
LEVEL_COLOURS = {"none": "#5f6368", "low": "#5b7f1a", "medium": "#b26a00", "high": "#c2410c", "critical": "#b00020"}


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": TEXT, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Styles:
    title: ParagraphStyle = _style("title", fontName=TEXT_BOLD, fontSize=20, leading=24, spaceAfter=6)
    h1: ParagraphStyle = _style("h1", fontName=TEXT_BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=6,
                                keepWithNext=1)
    h2: ParagraphStyle = _style("h2", fontName=TEXT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4,
                                keepWithNext=1)
    body: ParagraphStyle = _style("body", spaceAfter=4)
    small: ParagraphStyle = _style("small", fontSize=8, leading=10.5, textColor=MUTED)
    cell: ParagraphStyle = _style("cell", fontSize=8.5, leading=11)
    cell_bold: ParagraphStyle = _style("cell_bold", fontName=TEXT_BOLD, fontSize=8.5, leading=11)
    notice: ParagraphStyle = _style("notice", fontName=TEXT_BOLD, fontSize=10, leading=13.5)
    bullet: ParagraphStyle = _style("bullet", leftIndent=16, bulletIndent=2, spaceAfter=3)


STYLES = Styles()


class Writer:
    """Turns plain strings into Paragraphs in the report's fonts (CJK runs switch font)."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.s = STYLES
        self._cjk_styles: dict[str, ParagraphStyle] = {}

    def _wrap_style(self, style: ParagraphStyle, text: str) -> ParagraphStyle:
        if not has_cjk(text):
            return style
        if style.name not in self._cjk_styles:  # break lines between CJK characters too
            self._cjk_styles[style.name] = ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")
        return self._cjk_styles[style.name]

    def p(self, text: str, style: ParagraphStyle | None = None, bold: bool = False,
          colour: str | None = None, bullet: str | None = None) -> Paragraph:
        """A paragraph of plain text (escaped), optionally bold or coloured."""
        style = style or self.s.body
        inner = markup(text, self.fonts)
        if bold:
            inner = f"<b>{inner}</b>"
        if colour:
            inner = f'<font color="{colour}">{inner}</font>'
        return Paragraph(inner, self._wrap_style(style, text), bulletText=bullet)

    def rich(self, parts: Sequence[tuple[str, bool]], style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph built from (text, bold) pieces."""
        style = style or self.s.body
        inner = "".join(f"<b>{markup(t, self.fonts)}</b>" if b else markup(t, self.fonts) for t, b in parts)
        return Paragraph(inner, self._wrap_style(style, "".join(t for t, _ in parts)))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str | Paragraph]], widths: Sequence[float],
              extra: Sequence[tuple] = ()) -> Table:
        """A grid with a shaded header row; string cells become wrapped paragraphs."""
        data = [[self.p(h, self.s.cell_bold) for h in header]]
        data += [[self.p(c, self.s.cell) if isinstance(c, str) else c for c in row] for row in rows]
        table = Table(data, colWidths=list(widths), repeatRows=1)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ]))
        return table

    def boxed(self, paragraphs: Sequence[Paragraph], width: float, fill: colors.Color = NOTICE_FILL) -> Table:
        table = Table([[p] for p in paragraphs], colWidths=[width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), fill),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#d93025")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (0, 0), 6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ]))
        return table
