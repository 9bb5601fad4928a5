"""The counsellor session's file dialogs are Qt's own and leave no history behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from guardian_app.ui.dialogs import private_files as pf


@pytest.fixture
def qt_settings_dir(tmp_path, qapp):
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(fmt, scope, str(tmp_path / "config"))
    yield tmp_path / "config"
    QSettings.setPath(fmt, scope, os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config")))


def _value(key: str):
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    return settings.value(key) if settings.contains(key) else None


def test_dialogs_are_qt_own_and_show_no_earlier_history(qt_settings_dir, qapp):
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["file:///srv/another-family"])
    settings.sync()
    dialog = pf.private_dialog(None, "Open", QFileDialog.FileMode.ExistingFiles)
    try:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        # Qt always lists the folder it is showing; nothing remembered from before
        assert dialog.history() == [str(Path.home())]
        assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    finally:
        shiboken6.delete(dialog)


@pytest.mark.parametrize("before", [None, "file:///home/someone/Documents"])
def test_the_last_folder_qt_remembers_is_put_back(qt_settings_dir, tmp_path, before):
    if before is not None:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.setValue("FileDialog/lastVisited", before)
        settings.sync()
    family = tmp_path / "family-exports"
    family.mkdir()
    with pf.no_trace():
        dialog = pf.private_dialog(None, "Open", QFileDialog.FileMode.Directory)
        dialog.setDirectory(str(family))
        shiboken6.delete(dialog)  # Qt's dialog records where it was when it is destroyed
        assert "family-exports" in str(_value("lastVisited"))  # the trace the test guards against
    assert _value("lastVisited") == before
    assert "family-exports" not in str(_value("history"))
