"""The one logging setup: a console handler and, for the tray app, a rotating file in the profile.

Exceptions are logged by type and code location only. Their message can quote a line of a
chat (a parser error, a bad value), and chat text must never reach a log or a terminal.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

ROOT_LOGGER = "guardian_app"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_configured = False

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class ChatSafeFormatter(logging.Formatter):
    """A formatter whose tracebacks leave out every exception's message."""

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 (logging's own name)
        exc_type, _exc, tb = ei
        name = exc_type.__name__ if exc_type is not None else "Exception"
        frames = "".join(traceback.format_tb(tb))
        return f"Traceback (most recent call last):\n{frames}{name} (message withheld: it could quote a chat)"


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (tests and tools swap it)."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: ANN201
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def setup_logging(verbose: bool = False, log_file: Path | None = None) -> None:
    """Configure the ``guardian_app`` logger once per process; later calls change nothing."""
    global _configured
    if _configured:
        return
    logger = logging.getLogger(ROOT_LOGGER)
    formatter = ChatSafeFormatter(_FORMAT)
    console = _CurrentStderr()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(formatter)
    logger.addHandler(console)
    if log_file is not None:
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        file_handler.setFormatter(formatter)
        logger.addHandler(file_handler)
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    _configured = True
