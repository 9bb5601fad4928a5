"""The one error the key layer raises, and the small on-disk records it keeps (never a key)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


class KeyUnavailable(Exception):
    """The data key cannot be used right now. Never a sign that the store is corrupt.

    ``str(err)`` is a plain sentence for the parent, starting with "Key unavailable".
    ``reason`` is a short stable code for the program (e.g. ``"missing"``, ``"mismatch"``).
    The original exception, if any, is kept as ``__cause__`` for the log, never in the message.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(f"Key unavailable: {message}")
        self.reason = reason


def write_record(path: Path, record: dict[str, Any]) -> None:
    """Write a small JSON record atomically, readable only by this OS user."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_record(path: Path, what: str) -> dict[str, Any] | None:
    """Read a record written by :func:`write_record`; ``None`` when there is none.

    A damaged record raises :class:`KeyUnavailable`: it must never be silently replaced,
    because replacing it would orphan the data it protects.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyUnavailable(f"Guardian could not read its {what} record.", "record-unreadable") from exc
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise KeyUnavailable(f"Guardian's {what} record is damaged.", "record-damaged") from exc
    if not isinstance(record, dict) or record.get("version") != 1:
        raise KeyUnavailable(f"Guardian's {what} record is damaged.", "record-damaged")
    return record
