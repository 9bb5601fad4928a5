"""Lays the case report out as an A4 PDF and writes it, and only it, where it was asked to go."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from . import sections
from .case import CaseReport
from .fonts import TEXT, FontSet, register_fonts
from .layout import MUTED, Writer
from .references import helplines_for, sources_for


def _decorate(case: CaseReport):  # noqa: ANN202 - reportlab's page callback
    made = case.created.strftime("%Y-%m-%d")

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(TEXT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(15 * mm, 10 * mm, f"Guardian {case.app_version} · model {case.model_name} "
                                            f"{case.model_version} · {made} · a signal to look, not a verdict")
        canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"page {doc.page}")
        canvas.drawString(15 * mm, A4[1] - 9 * mm, "Confidential: contains a child's private messages. "
                                                   "Share only with people helping the child.")
        canvas.restoreState()

    return on_page


def render_pdf(case: CaseReport, country: str | None = None, locale: str = "en",
               fonts: FontSet | None = None) -> bytes:
    """The report as PDF bytes (built in memory: no temporary file ever holds chat text)."""
    writer = Writer(fonts or register_fonts())
    helplines, note = helplines_for(country, locale)
    story: list[Flowable] = [*sections.header(writer, case), *sections.summary(writer, case)]
    for section in case.sections:
        story += sections.contact(writer, section, helplines, note, country)
    story += sections.sources(writer, case, sources_for(helplines))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=16 * mm, title="Guardian case report", author="Guardian",
                            subject="A signal to look, not a verdict", creator=f"Guardian {case.app_version}")
    page = _decorate(case)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def write_pdf(case: CaseReport, output: str | Path, country: str | None = None, locale: str = "en") -> int:
    """Renders the report and writes it to ``output`` in one go; returns the number of bytes."""
    data = render_pdf(case, country, locale)
    with open(output, "wb") as fh:
        fh.write(data)
    return len(data)
