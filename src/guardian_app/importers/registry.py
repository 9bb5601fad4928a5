"""Finding chat exports and dispatching them to the right format module.

A format module exposes ``NAME``, ``LABEL``, ``EXTENSIONS``, ``sniff(head, name) -> float`` and
``parse(ef) -> list[Conversation]``. Adding a format is one line in :data:`FORMATS`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from guardian_app.domain import Conversation
from guardian_app.importers import (
    discord,
    generic,
    google_chat,
    hangouts,
    imessage,
    line,
    meta,
    qq,
    safezip,
    signal,
    slack,
    sms_backup,
    snapchat,
    telegram,
    wechat,
    whatsapp,
)
from guardian_app.importers.base import ExportError, ExportFile, is_media_name
from guardian_app.importers.textdecode import looks_binary

__all__ = [
    "ExportError",
    "ExportFile",
    "FORMATS",
    "detect",
    "discover",
    "open_export",
    "read_export",
]

FORMATS: list[ModuleType] = [
    whatsapp, telegram, discord, meta, snapchat, imessage, signal, sms_backup,
    line, qq, wechat, hangouts, google_chat, slack, generic,
]  # fmt: skip
THRESHOLD = 0.5
_log = logging.getLogger(__name__)


def _scores(ef: ExportFile) -> list[tuple[float, ModuleType]]:
    head = ef.head()
    scored = []
    for module in FORMATS:
        try:
            scored.append((float(module.sniff(head, ef.name)), module))
        except Exception:  # a sniffer must never break discovery
            _log.error("sniffer %s failed", module.NAME)
    return scored


def _best(ef: ExportFile) -> tuple[float, ModuleType] | None:
    scored = [s for s in _scores(ef) if s[0] >= THRESHOLD]
    return max(scored, key=lambda s: s[0], default=None)


def detect(ef: ExportFile) -> tuple[str, float] | None:
    """The best (format name, confidence 0..1) for this export, or None below 0.5."""
    best = _best(ef)
    return (best[1].NAME, round(min(best[0], 1.0), 3)) if best else None


def _unrecognised(ef: ExportFile) -> ExportError:
    """The error for an explicitly named file that no format recognises."""
    head = ef.head()
    if not head.strip():
        reason = "the file is empty"
    elif looks_binary(head):
        reason = "it is not a text file"
    else:
        reason = "none of its first lines looks like a chat message"
    suffix = Path(ef.name).suffix.lower()
    claimed = [m for m in FORMATS if suffix in getattr(m, "EXTENSIONS", ())]
    if len(claimed) == 1:
        return ExportError(
            f"{ef.display} does not look like a {claimed[0].LABEL} chat export: {reason}."
        )
    if claimed:
        labels = [m.LABEL for m in claimed]
        kinds = ", ".join(labels[:-1]) + " or " + labels[-1]
        return ExportError(f"{ef.display} does not look like a {kinds} chat export: {reason}.")
    return ExportError(f"{ef.display} is not a chat export Guardian can read: {reason}.")


def _zip_units(path: Path) -> list[ExportFile]:
    members = [m for m in safezip.list_members(path) if not _hidden(m)]
    found = [m for m in members if _best(ExportFile(path, m)) is not None]
    shared = len(found) > 1
    return [ExportFile(path, m, shared) for m in found]


def _hidden(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return any(p.startswith(".") or p == "__MACOSX" for p in parts if p)


def _file_units(path: Path, explicit: bool) -> list[ExportFile]:
    if safezip.is_zip(path):
        units = _zip_units(path)
        if not units and explicit:
            raise ExportError(f"{path} does not contain a chat export Guardian can read.")
        return units
    ef = ExportFile(path)
    if _best(ef) is not None:
        return [ef]
    if explicit:
        raise _unrecognised(ef)
    return []


def _guarded_file_units(path: Path, explicit: bool) -> list[ExportFile]:
    try:
        return _file_units(path, explicit)
    except ExportError:
        raise
    except OSError as exc:
        raise ExportError(f"Could not read {path}: {exc.strerror or type(exc).__name__}.") from exc
    except Exception as exc:  # never let a damaged file crash discovery; no text is logged
        _log.error("discovery failed on a file: %s", type(exc).__name__)
        raise ExportError(f"{path} could not be read because of an unexpected problem.") from exc


def discover(path: str | Path) -> list[ExportFile]:
    """The chat exports at ``path``: a file (or zip) named explicitly, or a folder, recursively.

    Inside a folder, media files are skipped without being opened, and hidden files and files
    no format recognises are ignored silently; a damaged zip there is skipped with a log line.
    """
    root = Path(path)
    if root.is_file():
        return _guarded_file_units(root, explicit=True)
    if not root.exists():
        raise ExportError(f"Could not open {root}: the file or folder does not exist.")
    if not root.is_dir():
        raise ExportError(f"Could not open {root}: it is neither a file nor a folder.")
    units: list[ExportFile] = []
    for folder, dirs, files in os.walk(root, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "__MACOSX")
        for name in sorted(files):
            if name.startswith(".") or is_media_name(name):
                continue
            try:
                units.extend(_guarded_file_units(Path(folder) / name, explicit=False))
            except ExportError as exc:
                _log.warning("skipped a file in %s: %s", root, type(exc).__name__)
    return units


def read_export(ef: ExportFile) -> list[Conversation]:
    """All conversations in one export unit. Raises only :class:`ExportError`."""
    try:
        best = _best(ef)
        if best is None:
            raise _unrecognised(ef)
        return list(best[1].parse(ef))
    except ExportError:
        raise
    except MemoryError as exc:
        raise ExportError(f"{ef.display} is too large to read on this computer.") from exc
    except Exception as exc:  # a parser bug must not crash the app; the text is not logged
        _log.error("parser failed on an export: %s", type(exc).__name__)
        raise ExportError(
            f"{ef.display} could not be read because of an unexpected problem."
        ) from exc


def open_export(path: str | Path) -> Iterator[Conversation]:
    """DESIGN.md's convenience: every conversation at ``path`` (stops at the first bad export)."""
    for ef in discover(path):
        yield from read_export(ef)
