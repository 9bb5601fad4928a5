"""File dialogs for counsellor sessions that leave no trace of what was opened or saved.

Native dialogs (GTK, the Windows shell, macOS panels) add chosen files to the desktop's
"recent files"; Qt's own dialog instead keeps a history and the last folder in the
``QtProject`` settings, shows them in its "Look in" list, and writes them back when it is
destroyed. So these dialogs are Qt's own (``DontUseNativeDialog``), are made inside
``no_trace()`` (which hides that history while they are open, so one family never sees
another's folders) and are destroyed inside it, after which the settings are put back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from guardian_app.ui.i18n import translate

FILE_FILTER = QT_TRANSLATE_NOOP(
    "PrivateFiles", "Chat exports (*.txt *.zip *.json *.html *.htm *.xml *.csv *.db);;All files (*)")
PDF_FILTER = QT_TRANSLATE_NOOP("PrivateFiles", "PDF files (*.pdf)")
TRACE_KEYS = ("history", "lastVisited")  # what Qt's dialog remembers about where you went


def _qt_dialog_settings() -> QSettings:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    return settings


@contextmanager
def no_trace() -> Iterator[None]:
    """Hides Qt's file-dialog history and last folder, then restores them as they were."""
    before = _qt_dialog_settings()
    saved = {key: before.value(key) for key in TRACE_KEYS if before.contains(key)}
    for key in saved:
        before.remove(key)
    before.sync()
    del before
    try:
        yield
    finally:
        after = _qt_dialog_settings()
        for key in TRACE_KEYS:
            if key in saved:
                after.setValue(key, saved[key])
            else:
                after.remove(key)
        after.sync()


def private_dialog(parent: QWidget | None, caption: str, mode: QFileDialog.FileMode,
                   name_filter: str = FILE_FILTER) -> QFileDialog:
    """Qt's own file dialog, opening in the home folder. Make it inside ``no_trace()``."""
    dialog = QFileDialog(parent, caption, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontResolveSymlinks, True)
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setNameFilter(translate("PrivateFiles", name_filter))
    return dialog


def _run(make: Callable[[], QFileDialog]) -> list[str]:
    with no_trace():
        dialog = make()
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            return dialog.selectedFiles() if accepted else []
        finally:
            shiboken6.delete(dialog)  # Qt writes its settings now, inside no_trace()


def choose_export_files(parent: QWidget | None) -> list[str]:
    return _run(lambda: private_dialog(parent, translate(
        "PrivateFiles", "Open a family's chat exports (not added to Guardian)"),
                                       QFileDialog.FileMode.ExistingFiles))


def choose_export_folder(parent: QWidget | None) -> list[str]:
    return _run(lambda: private_dialog(parent, translate(
        "PrivateFiles", "Open a folder of chat exports (not added to Guardian)"),
                                       QFileDialog.FileMode.Directory))


def save_dialog(parent: QWidget | None, suggested: str) -> QFileDialog:
    dialog = private_dialog(parent, translate("PrivateFiles", "Save the case report"),
                            QFileDialog.FileMode.AnyFile, PDF_FILTER)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("pdf")
    dialog.selectFile(suggested)
    return dialog


def choose_report_path(parent: QWidget | None, suggested: str = "Guardian case report.pdf") -> str:
    chosen = _run(lambda: save_dialog(parent, suggested))
    return chosen[0] if chosen else ""
