"""Logs never carry chat text, not even inside an exception's message."""

import logging
import sys

import pytest

from guardian_app import logs
from guardian_app.logs import ChatSafeFormatter


@pytest.fixture
def fresh_logging(monkeypatch):
    """A logger that setup_logging has not touched yet; restored afterwards."""
    logger = logging.getLogger(logs.ROOT_LOGGER)
    before = list(logger.handlers)
    monkeypatch.setattr(logs, "_configured", False)
    for h in before:
        logger.removeHandler(h)
    yield logger
    for h in logger.handlers[:]:
        logger.removeHandler(h)
    for h in before:
        logger.addHandler(h)


def chat_line() -> str:
    return " ".join(["dont", "tell", "anyone", "we", "talk"])  # built at run time: not in the source


def test_exception_messages_are_withheld_from_tracebacks():
    try:
        raise ValueError(chat_line())  # stands for a chat line quoted inside an error
    except ValueError:
        record = logging.LogRecord("guardian_app.x", logging.ERROR, __file__, 1, "ingest failed", None,
                                   sys.exc_info())
    text = ChatSafeFormatter("%(message)s").format(record)
    assert "ingest failed" in text and "ValueError" in text and "test_logs.py" in text
    assert chat_line() not in text


def test_the_cli_logs_through_the_safe_formatter(fresh_logging, capsys):
    from guardian_app.cli import main

    assert main(["alerts"]) == 0
    assert fresh_logging.handlers
    assert all(isinstance(h.formatter, ChatSafeFormatter) for h in fresh_logging.handlers)
    try:
        raise RuntimeError(chat_line())
    except RuntimeError:
        logging.getLogger("guardian_app.watch.service").exception("the ingest thread stopped")
    err = capsys.readouterr().err
    assert "the ingest thread stopped" in err and "RuntimeError" in err and chat_line() not in err
