"""The workspace files of a Slack export: ``users.json`` (names) and ``channels.json``,
``groups.json``, ``mpims.json``, ``dms.json`` (channel ids, names and members).

They sit at the top of the export, one folder above each ``<channel>/YYYY-MM-DD.json`` day file
(or next to a day file that was saved on its own), on disk or in the same zip. They are streamed
with ijson and only ids and names are kept; a missing or damaged file just means fewer names.
A small cache keeps one workspace's lookup between the day files of one scan.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import ijson
from ijson.common import ObjectBuilder

from guardian_app.importers import json_guard, safezip
from guardian_app.importers.base import ExportError, ExportFile

DAY_NAME = re.compile(r"^(?P<prefix>.*?)[ _\-]?(?P<day>\d{4}-\d{2}-\d{2})\.json$", re.IGNORECASE)
LIST_FILES = ("channels.json", "groups.json", "mpims.json", "dms.json")
MAX_RECORDS = 200_000  # users or channels kept from one file
MAX_DEPTH = 16  # nesting of one user or channel record
_NAME_LIMIT = 120


@dataclass(frozen=True, slots=True)
class Channel:
    id: str
    name: str
    kind: str  # "channel", "private", "group_dm" or "dm"
    members: tuple[str, ...] = ()


@dataclass(slots=True)
class Workspace:
    users: dict[str, str] = field(default_factory=dict)  # user id -> display name
    channels: list[Channel] = field(default_factory=list)

    def channel(self, folder: str) -> Channel | None:
        """The channel whose folder is ``folder`` (Slack names folders by name, DMs by id)."""
        return next((c for c in self.channels if folder in (c.name, c.id) and folder), None)


def _short(value: Any) -> str:
    return value.strip()[:_NAME_LIMIT] if isinstance(value, str) else ""


def user_name(record: dict[str, Any]) -> str:
    """The name Slack shows for a user record or a message's ``user_profile``."""
    profile = record.get("profile")
    profile = profile if isinstance(profile, dict) else {}
    for value in (profile.get("display_name"), record.get("display_name"), profile.get("real_name"),
                  record.get("real_name"), record.get("name")):
        if _short(value):
            return _short(value)
    return ""


def _records(stream: Any) -> Iterator[dict[str, Any]]:
    """The objects of a top-level JSON array, each at most :data:`MAX_DEPTH` deep; stops
    quietly at damage. ``basic_parse`` builds no prefixes, so deep nesting costs nothing."""
    depth, builder, kept = 0, None, 0
    try:
        for event, value in json_guard.basic_parse(stream):
            if event in ("start_map", "start_array"):
                depth += 1
                if depth == 2:
                    builder = ObjectBuilder()
                if depth > MAX_DEPTH:
                    return
            if builder is not None:
                builder.event(event, value)
            if event in ("end_map", "end_array"):
                depth -= 1
                if depth == 1 and builder is not None:
                    if isinstance(builder.value, dict):
                        yield builder.value
                        kept += 1
                    builder = None
                    if kept >= MAX_RECORDS:
                        return
    except (ijson.JSONError, UnicodeError, ValueError, OverflowError, RecursionError):
        return


def _read(zip_path: Path | None, root: PurePosixPath, name: str, handle: Any) -> None:
    """Feeds the records of one workspace file to ``handle``; a missing or damaged file is ignored."""
    try:
        if zip_path is None:
            path = Path(str(root)) / name
            if not path.is_file():
                return
            with path.open("rb") as stream:
                for record in _records(stream):
                    handle(record)
            return
        member = str(root / name) if str(root) != "." else name
        if member not in _members(zip_path):
            return
        with safezip.open_member(zip_path, member) as stream:
            for record in _records(stream):
                handle(record)
    except (ExportError, OSError, EOFError, ValueError, zipfile.BadZipFile):
        return


def _members(path: Path) -> frozenset[str]:
    try:
        return frozenset(safezip.list_members(path))
    except ExportError:
        return frozenset()


def root_of(ef: ExportFile) -> PurePosixPath:
    """Where the workspace files should be: one folder up for ``<channel>/<day>.json``."""
    where = PurePosixPath(ef.member.replace("\\", "/")) if ef.member is not None else PurePosixPath(ef.path.as_posix())
    found = DAY_NAME.match(where.name)
    return where.parent.parent if found and not found.group("prefix") else where.parent


def load(ef: ExportFile) -> Workspace:
    """The workspace around a day file (empty when its files are not there)."""
    root = root_of(ef)
    zip_path = ef.path if ef.member is not None else None
    files = [zip_path] if zip_path else [Path(str(root)) / n for n in ("users.json", *LIST_FILES)]
    return _load(zip_path, str(root), tuple(_stamp(p) for p in files))


def _stamp(path: Path) -> tuple[int, int]:
    """A file as it is right now, so that an edited export is read again."""
    try:
        info = path.stat()
    except OSError:
        return 0, 0
    return info.st_mtime_ns, info.st_size




@lru_cache(maxsize=2)
def _load(zip_path: Path | None, where: str, stamp: tuple[tuple[int, int], ...]) -> Workspace:
    root = PurePosixPath(where)
    space = Workspace()

    def add_user(record: dict[str, Any]) -> None:
        uid, name = _short(record.get("id")), user_name(record)
        if uid and name:
            space.users[uid] = name

    _read(zip_path, root, "users.json", add_user)
    for file, kind in zip(LIST_FILES, ("channel", "private", "group_dm", "dm"), strict=True):
        def add_channel(record: dict[str, Any], kind: str = kind) -> None:
            members = record.get("members")
            members = tuple(m for m in members if isinstance(m, str))[:50] if isinstance(members, list) else ()
            cid, name = _short(record.get("id")), _short(record.get("name"))
            if cid or name:
                space.channels.append(Channel(cid, name, kind, members))

        _read(zip_path, root, file, add_channel)
    return space
