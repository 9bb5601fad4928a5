"""Per-app "how to export this chat" help, read from ``docs/exporting.md``.

The guide is split at its ``## `` headings; the parent picks an app and reads only that
part. When the guide is missing (e.g. a trimmed install), a short plain text is shown.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from guardian_app import paths

SKIPPED = ("Contents",)
FALLBACK_TITLE = QT_TRANSLATE_NOOP("ExportHelp", "Saving a chat")
FALLBACK = QT_TRANSLATE_NOOP(
    "ExportHelp",
    "Most chat apps can save (\"export\") a chat to a file. In the app, open the chat and "
    "look for **Export chat**, **Download your information** or **Back up**. Choose "
    "**without media** when asked. Save the file into the folder Guardian watches.\n\n"
    "Never open, copy or forward photos or videos of your child from an export."
)


def guide_path() -> Path:
    return paths.asset_root() / "docs" / "exporting.md"


def export_sections(text: str) -> dict[str, str]:
    """The guide's ``## `` sections as {title: markdown body}, in order, without Contents."""
    parts = re.split(r"^## ", text, flags=re.MULTILINE)
    sections: dict[str, str] = {}
    for part in parts[1:]:
        title, _, body = part.partition("\n")
        title = title.strip()
        if title and title not in SKIPPED:
            body = re.sub(r"^---\s*$", "", body, flags=re.MULTILINE)
            body = body.replace("> [!WARNING]\n", "> **Warning**\n")
            # Links inside the guide point to other sections; keep their text only.
            sections[title] = re.sub(r"\[([^\]]+)\]\(#[^)]*\)", r"\1", body).strip()
    return sections


def load_sections(path: Path | None = None) -> dict[str, str]:
    try:
        text = (path or guide_path()).read_text(encoding="utf-8")
    except OSError:
        return {FALLBACK_TITLE: FALLBACK}
    return export_sections(text) or {FALLBACK_TITLE: FALLBACK}


class _Browser(QTextBrowser):
    def loadResource(self, type_: int, name):  # noqa: N802 - Qt override
        return None  # the guide is shown as text only: no images, no files, no network


class ExportHelp(QWidget):
    """A chooser of apps and the steps for the chosen one."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = load_sections(path)  # the guide itself is in English
        if FALLBACK_TITLE in self.sections:
            self.sections = {self.tr(FALLBACK_TITLE): self.tr(FALLBACK)}
        self.app_box = QComboBox()
        self.app_box.addItems(list(self.sections))
        self.app_box.setAccessibleName(self.tr("Chat app"))
        self.app_box.setToolTip(self.tr("Choose the app your child uses"))
        self.app_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.app_box.setMinimumContentsLength(20)
        label = QLabel(self.tr("&Which app does your child use?"))
        label.setBuddy(self.app_box)
        label.setWordWrap(True)
        self.text = _Browser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("How to save a chat from this app"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.app_box)
        layout.addWidget(self.text, 1)
        self.app_box.currentTextChanged.connect(self.show_app)
        first = next((t for t in self.sections if t != "Before you start"), None)
        if first is not None:
            self.app_box.setCurrentText(first)
        self.show_app(self.app_box.currentText())

    def show_app(self, title: str) -> None:
        self.text.setMarkdown(f"## {title}\n\n{self.sections.get(title, '')}")
