"""The right-hand pane: what was found in one alert, and what to do now."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from guardian_app.ui.alerts_model import AlertRow
from guardian_app.ui.detail_html import render_detail

EMPTY_HTML = QT_TRANSLATE_NOOP(
    "DetailPane",
    "<h2>No warning signs to show yet</h2>"
    "<p>Guardian looks for the tactics of online grooming in chats you saved from your "
    "child's phone or computer.</p>"
    "<p>Choose <b>Scan a file…</b> or <b>Scan a folder…</b> to check a saved chat export. "
    "Nothing leaves this computer.</p>"
)
NOTHING_FOUND_HTML = QT_TRANSLATE_NOOP(
    "DetailPane",
    "<h2>Nothing that needs your attention</h2>"
    "<p>Guardian checked the chats and did not find warning signs of grooming.</p>"
    "<p>Guardian can miss things. If something worries you, trust your feeling and talk "
    "with your child calmly.</p>"
)


class DetailPane(QTextBrowser):
    """Read-only rich text; never follows links and never loads external resources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.row: AlertRow | None = None
        self.locale = "en"  # language of the guidance texts (the settings' language)
        self.show_empty()

    def show_row(self, row: AlertRow) -> None:
        self.row = row
        self.setHtml(render_detail(row, self.locale))

    def show_empty(self, nothing_found: bool = False) -> None:
        self.row = None
        self.setHtml(self.tr(NOTHING_FOUND_HTML if nothing_found else EMPTY_HTML))

    def loadResource(self, type_: int, name):  # noqa: N802 - Qt override
        return None  # no images, no files, no network: the pane shows text only
