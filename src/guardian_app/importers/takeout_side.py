"""Small JSON files next to a Google Takeout chat file (``group_info.json``,
``Users/*/user_info.json``), read from disk or from the same zip. They are a few hundred bytes;
anything larger, unreadable or damaged is ignored (they only improve titles and the owner)."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from guardian_app.importers import safezip
from guardian_app.importers.base import ExportError, ExportFile

MAX_BYTES = 1024 * 1024


def _load(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None


def _read_disk(path: Path) -> Any:
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return _load(path.read_bytes())
    except OSError:
        return None


def _read_member(ef: ExportFile, member: str) -> Any:
    try:
        with safezip.open_member(ef.path, member) as stream:
            data = stream.read(MAX_BYTES + 1)
    except (ExportError, OSError, ValueError, EOFError):
        return None
    return None if len(data) > MAX_BYTES else _load(data)


def sibling(ef: ExportFile, name: str) -> Any:
    """The parsed JSON of ``name`` in the same folder as the export unit, or None."""
    if ef.member is None:
        return _read_disk(ef.path.parent / name)
    folder = PurePosixPath(ef.member.replace("\\", "/")).parent
    return _read_member(ef, str(folder / name))


def folder_name(ef: ExportFile) -> str:
    """The name of the folder holding the export unit (``DM abc`` / ``Space xyz``)."""
    if ef.member is None:
        return ef.path.parent.name
    return PurePosixPath(ef.member.replace("\\", "/")).parent.name


def user_infos(ef: ExportFile) -> list[Any]:
    """Every ``Users/*/user_info.json`` two folders up (``Google Chat/Users``), parsed."""
    if ef.member is None:
        users = ef.path.parent.parent.parent / "Users"
        try:
            found = sorted(users.glob("*/user_info.json")) if users.is_dir() else []
        except OSError:
            return []
        return [v for v in (_read_disk(p) for p in found[:10]) if v is not None]
    base = PurePosixPath(ef.member.replace("\\", "/")).parent.parent.parent / "Users"
    try:
        members = safezip.list_members(ef.path)
    except ExportError:
        return []
    wanted = [m for m in members if PurePosixPath(m).parent.parent == base and m.endswith("/user_info.json")]
    return [v for v in (_read_member(ef, m) for m in wanted[:10]) if v is not None]
