"""Reading chat text out of untrusted zip exports without ever extracting them.

Every archive is checked before any member is read: unsafe member names (absolute, ``..``,
drive letters, NUL), symlink entries, two members with one name and members whose data
overlap (the "overlapping entries" zip bomb) reject the whole archive, as do too many entries
(counted from the end record before the central directory is even parsed).
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
_EOCD_SEARCH = 22 + 65535  # the end record plus the longest archive comment
_STEP = 64 * 1024

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


def _declared_entries(path: Path) -> int | None:
    """The entry count the end-of-central-directory record claims (None if not found)."""
    try:
        with path.open("rb") as stream:
            stream.seek(0, 2)
            size = stream.tell()
            stream.seek(max(0, size - _EOCD_SEARCH))
            tail = stream.read()
    except OSError:
        return None
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    count = struct.unpack_from("<H", tail, at + 10)[0]
    return None if count == 0xFFFF else count  # 0xFFFF: a zip64 archive holds the real count


def _too_many(path: Path, count: int) -> ExportError:
    return ExportError(
        f"{path} was not read because it holds {count} files, more than a chat export "
        f"can have ({MAX_ENTRIES})."
    )


def _open_archive(path: Path) -> zipfile.ZipFile:
    declared = _declared_entries(path)
    if declared is not None and declared > MAX_ENTRIES:
        raise _too_many(path, declared)
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
        _check_overlap(path, archive)
    except ExportError:
        archive.close()
        raise
    return archive


def _check_archive(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise _too_many(path, len(infos))
    names: set[str] = set()
    for info in infos:
        reason = unsafe_name_reason(info.filename)
        if reason is None and _is_symlink(info):
            reason = "a symbolic link"
        if reason is None and info.filename in names:
            reason = "two files with the same name"
        names.add(info.filename)
        if reason:
            raise ExportError(f"{path} was not read because it contains {reason}, which is unsafe.")


def _check_overlap(path: Path, archive: zipfile.ZipFile) -> None:
    """Rejects members whose data run into the next member (CPython >= 3.12 checks it too)."""
    infos = sorted(archive.infolist(), key=lambda i: i.header_offset)
    ends = [i.header_offset for i in infos[1:]] + [getattr(archive, "start_dir", None)]
    for info, end in zip(infos, ends, strict=True):
        # 30 bytes of local header plus the name: the least a member's header can take.
        name = info.orig_filename.encode(_name_encoding(info), errors="replace")
        stop = info.header_offset + 30 + len(name) + info.compress_size
        if end is not None and stop > end:
            raise ExportError(
                f"{path} was not read because files inside it overlap each other "
                "(it looks like a zip bomb)."
            )


def _name_encoding(info: zipfile.ZipInfo) -> str:
    return "utf-8" if info.flag_bits & 0x800 else "cp437"  # how zipfile decoded the name


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
            chunk = self._inner.read(min(len(buffer), _STEP))  # checked every _STEP bytes
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
        packed = max(self._inflated_from(), 1)
        if self._count > RATIO_GRACE_BYTES and self._count / packed > MAX_RATIO:
            raise ExportError(
                f"{self._path} was not read because it is packed suspiciously tightly "
                "(it looks like a zip bomb)."
            )

    def _inflated_from(self) -> int:
        """Compressed bytes decompressed so far (the whole member if zipfile hides it).

        Compared with what came out, this catches a bomb from its first megabyte: 10 GB behind
        a 10 MB member is 1000:1 all along, though only 1:1 against the member's full size
        at 10 MB. Uses ZipExtFile's counters where this Python has them.
        """
        left = getattr(self._inner, "_compress_left", 0)
        tail = getattr(getattr(self._inner, "_decompressor", None), "unconsumed_tail", b"")
        return self._info.compress_size - left - len(tail)

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
