"""The account owner's name from a Meta export's own profile files, when they came with it.

"Download your information" puts ``messages/autofill_information.json``
(``autofill_information_v2.FULL_NAME``) and ``…/profile_information/profile_information.json``
(``profile_v2.name.full_name``) next to the chats; Instagram has
``personal_information/personal_information.json``. They are looked for in the same zip, or in
the thread folder's parents on disk. The name only counts if it takes part in the thread.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from guardian_app.importers import safezip
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.meta_records import fix_text

MAX_PROFILE_BYTES = 1024 * 1024
LEVELS_UP = 5
_NAMES = ("autofill_information.json", "profile_information.json", "personal_information.json")
_NEAR = (
    "autofill_information.json",
    "messages/autofill_information.json",
    "profile_information/profile_information.json",
    "personal_information/profile_information/profile_information.json",
    "personal_information/personal_information.json",
)
_log = logging.getLogger(__name__)


def _dig(data: Any, *keys: str | int) -> Any:
    for key in keys:
        if isinstance(key, int):
            data = data[key] if isinstance(data, list) and len(data) > key else None
        else:
            data = data.get(key) if isinstance(data, dict) else None
    return data


def name_in(data: Any) -> str | None:
    """The owner's full name in a parsed profile/autofill document, else None."""
    for value in (
        _dig(data, "autofill_information_v2", "FULL_NAME", 0),
        _dig(data, "profile_v2", "name", "full_name"),
        _dig(data, "profile", "name", "full_name"),
        _dig(data, "profile_user", 0, "string_map_data", "Name", "value"),
    ):
        if isinstance(value, str) and value.strip():
            return fix_text(value).strip()
    return None


def _parse(raw: bytes) -> str | None:
    if len(raw) > MAX_PROFILE_BYTES:
        return None
    try:
        return name_in(json.loads(raw.decode("utf-8-sig")))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


@lru_cache(maxsize=32)
def _from_zip(path: str, _mtime: float) -> str | None:
    try:
        members = safezip.list_members(Path(path))
        for member in members:
            if PurePosixPath(member.replace("\\", "/")).name.lower() in _NAMES:
                with safezip.open_member(Path(path), member) as stream:
                    found = _parse(stream.read(MAX_PROFILE_BYTES + 1))
                if found:
                    return found
    except (ExportError, OSError):
        _log.info("could not read a profile file in a zip")
    return None


@lru_cache(maxsize=32)
def _from_folder(folder: str, _mtime: float) -> str | None:
    start = Path(folder)
    for level, base in enumerate([start, *start.parents]):
        if level > LEVELS_UP:
            break
        for relative in _NEAR:
            candidate = base / relative
            try:
                if candidate.is_file() and candidate.stat().st_size <= MAX_PROFILE_BYTES:
                    found = _parse(candidate.read_bytes())
                    if found:
                        return found
            except OSError:
                continue
    return None


def profile_name(ef: ExportFile) -> str | None:
    """The owner's name from the export's profile files, or None when there are none."""
    try:
        mtime = ef.path.stat().st_mtime
    except OSError:
        return None
    if ef.member is not None:
        return _from_zip(str(ef.path), mtime)
    return _from_folder(str(ef.path.parent), mtime)
