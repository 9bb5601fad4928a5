"""Window geometry, remembered between runs. The only use of QSettings in Guardian.

Everything else the parent chooses lives in the core's ``settings.json``.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from guardian_app import paths

FILE_NAME = "window-geometry.ini"


def _qsettings() -> QSettings:
    return QSettings(str(paths.profile_dir() / FILE_NAME), QSettings.Format.IniFormat)


def restore(widget: QWidget, key: str) -> bool:
    """Put ``widget`` where it was last time; False if nothing was remembered."""
    data = _qsettings().value(f"{key}/geometry")
    if data is None:
        return False
    return bool(widget.restoreGeometry(data))


def remember(widget: QWidget, key: str) -> None:
    store = _qsettings()
    store.setValue(f"{key}/geometry", widget.saveGeometry())
    store.sync()
