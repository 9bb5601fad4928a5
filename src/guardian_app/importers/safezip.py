"""Reading chat text out of untrusted zip exports without ever extracting them.

Every archive is checked before any member is read: unsafe member names (absolute, ``..``,
drive letters, NUL) and symlink entries reject the whole archive, as do too many entries.
Members are streamed with ``ZipFile.open``; bytes are counted *while reading* (header sizes
can lie), so a total cap and a per-entry compression-ratio cap stop zip bombs. Media members
are never opened. Every failure becomes an :class:`ExportError` with a plain sentence.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from guardian_app.importers.base import ExportError, is_media_name

MAX_ENTRIES = 20_000  # WhatsApp caps media exports at about 10k messages
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # uncompressed bytes read from one opened archive
MAX_RATIO = 100  # uncompressed / compressed, per entry ...
RATIO_GRACE_BYTES = 1024 * 1024  # ... checked once an entry has produced this much

_DRIVE = re.compile(r"^[A-Za-z]:")
# What zipfile raises on damaged archives (checked by a seeded random-damage test).
_DAMAGED = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    struct.error,
    IndexError,
)


def is_zip(path: Path) -> bool:
    """True when the file starts like a zip archive (cheap: reads four bytes)."""
    try:
        with path.open("rb") as stream:
            return stream.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name is unsafe, or None when it is fine."""
    if "\x00" in name:
        return "a file name containing a NUL character"
    unified = name.replace("\\", "/")
    if unified.startswith("/"):
        return "a file with an absolute path"
    if _DRIVE.match(unified):
        return "a file with a drive letter in its path"
    if ".." in unified.split("/"):
        return "a file whose path climbs out of the archive (..)"
    return None


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise ExportError(f"Could not open {path}: the file does not exist.") from exc
    except _DAMAGED as exc:
        raise ExportError(f"{path} is a damaged or unsupported zip archive.") from exc
    except OSError as exc:
        raise ExportError(f"Could not open {path}: {exc.strerror or type(exc).__name__}.") from exc
    try:
        _check_archive(path, archive.infolist())
    except ExportError:
        archive.close()
        raise
    return archive


def _check_archive(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ExportError(
            f"{path} was not read because it holds {len(infos)} files, more than a chat export "
            f"can have ({MAX_ENTRIES})."
        )
    for info in infos:
        reason = unsafe_name_reason(info.filename)
        if reason is None and _is_symlink(info):
            reason = "a symbolic link"
        if reason:
            raise ExportError(f"{path} was not read because it contains {reason}, which is unsafe.")


def list_members(path: Path) -> list[str]:
    """Names of the members that could hold chat text (no folders, no media), in archive order."""
    with _open_archive(path) as archive:
        return [
            info.filename
            for info in archive.infolist()
            if not info.is_dir()
            and not is_media_name(info.filename)
            and not info.filename.lower().endswith(".zip")  # never recurse into nested archives
        ]


class _BoundedMember(io.RawIOBase):
    """A zip member stream that counts what it yields and stops bombs while reading."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        super().__init__()
        self._path, self._archive, self._info = path, archive, info
        self._count = 0
        try:
            self._inner = archive.open(info)
        except (*_DAMAGED, OSError) as exc:
            raise ExportError(f"{path} is a damaged or unsupported zip archive.") from exc
        except RuntimeError as exc:  # encrypted member
            raise ExportError(f"{path} is password-protected, so it cannot be read.") from exc

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            chunk = self._inner.read(len(buffer))
        except (*_DAMAGED, OSError) as exc:
            raise ExportError(f"{self._path} is a damaged zip archive.") from exc
        except RuntimeError as exc:
            raise ExportError(f"{self._path} is password-protected, so it cannot be read.") from exc
        self._count += len(chunk)
        self._check()
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def _check(self) -> None:
        if self._count > MAX_TOTAL_BYTES:
            raise ExportError(
                f"{self._path} was not read because it unpacks to more than "
                f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB of text."
            )
        packed = max(self._info.compress_size, 1)
        if self._count > RATIO_GRACE_BYTES and self._count / packed > MAX_RATIO:
            raise ExportError(
                f"{self._path} was not read because it is packed suspiciously tightly "
                "(it looks like a zip bomb)."
            )

    def close(self) -> None:
        if not self.closed:
            try:
                self._inner.close()
            finally:
                self._archive.close()
        super().close()


def open_member(path: Path, member: str) -> BinaryIO:
    """Stream one member. Media members are refused: Guardian never reads media."""
    if is_media_name(member):
        raise ExportError(f"{path}: {member} is a media file, and Guardian never opens media.")
    archive = _open_archive(path)
    try:
        info = archive.getinfo(member)
    except KeyError as exc:
        archive.close()
        raise ExportError(f"{path} has no file named {member}.") from exc
    try:
        raw = _BoundedMember(path, archive, info)
    except ExportError:
        archive.close()
        raise
    return io.BufferedReader(raw, buffer_size=64 * 1024)  # type: ignore[return-value]
