"""The last-resort error handler: log the crash (without chat text) and tell the parent."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from guardian_app import paths
from guardian_app.ui.i18n import translate

log = logging.getLogger("guardian_app")


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # The exception's message is left out: it could quote a line of a chat.
    log.error("unexpected error (%s)\n%s", exc_type.__name__, "".join(traceback.format_tb(tb)))
    if QApplication.instance() is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Errors", "Guardian"),
            translate("Errors", "Something went wrong inside Guardian. Your chats were not "
                      "changed.\n\nThe details were written to the log folder:\n{folder}").format(
                folder=paths.log_dir()),
        )
        box.exec()


def install_excepthook() -> None:
    sys.excepthook = _excepthook
