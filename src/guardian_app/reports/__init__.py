"""The printable case report (PDF) a parent or counsellor can keep. No Qt.

``make_report`` runs from a ScanResult to a PDF file: the content is gathered in
``case``, laid out in ``sections``/``layout``/``chart`` and written by ``pdf``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from guardian_app.pipeline import ScanResult
from guardian_app.reports.case import SIGNAL_SENTENCE, CaseReport, build_case
from guardian_app.reports.pdf import render_pdf, write_pdf


def make_report(result: ScanResult, output: str | Path, model_name: str, model_version: str,
                country: str | None = None, locale: str = "en", now: datetime | None = None) -> CaseReport:
    """Writes the case report for ``result`` to ``output`` and returns what it contained."""
    from guardian_app import __version__

    case = build_case(result, __version__, model_name, model_version, locale, now)
    write_pdf(case, output, country, locale)
    return case


__all__ = ["SIGNAL_SENTENCE", "CaseReport", "build_case", "make_report", "render_pdf", "write_pdf"]
