"""What every importer shares: the one error type and the unit of export (a file or a zip member).

Kept apart from ``registry.py`` so that format modules and ``safezip.py`` can import it
without importing the registry (which imports them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

# Files we never open: media that sits next to (or inside a zip with) a chat export.
MEDIA_EXTENSIONS = frozenset(
    {
        "jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "bmp", "tif", "tiff",
        "mp4", "mov", "3gp", "avi", "mkv", "webm", "m4v",
        "opus", "ogg", "m4a", "mp3", "aac", "wav", "amr", "flac",
        "pdf", "vcf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt",
        "apk", "exe", "dmg", "iso", "7z", "rar", "gz", "tgz", "bz2", "xz",
    }
)  # fmt: skip


class ExportError(Exception):
    """A file could not be read as a chat export. ``str(e)`` is one sentence for a parent."""


def is_media_name(name: str) -> bool:
    """True when the file name's extension says it is media (or another file we never open)."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower().lstrip(".")
    return suffix in MEDIA_EXTENSIONS


@dataclass(frozen=True)
class ExportFile:
    """One export unit: a file on disk, or one member of a zip.

    ``shared_zip`` is True when the zip holds more than one chat; ``display`` then names the
    member as well as the zip.
    """

    path: Path
    member: str | None = None
    shared_zip: bool = False

    @property
    def name(self) -> str:
        """The base name of the unit (the member's name inside a zip, else the file's name)."""
        if self.member is not None:
            return PurePosixPath(self.member.replace("\\", "/")).name
        return self.path.name

    @property
    def display(self) -> str:
        """What to show or report as the source."""
        if self.member is None or not self.shared_zip:
            return str(self.path)
        return f"{self.path}:{self.member}"

    def open(self) -> BinaryIO:
        """A binary stream. Zip members are streamed (bounded), never extracted to disk."""
        if self.member is None:
            try:
                return self.path.open("rb")
            except OSError as exc:
                raise ExportError(f"Could not open {self.path}: {_os_reason(exc)}.") from exc
        from guardian_app.importers import safezip

        return safezip.open_member(self.path, self.member)

    def head(self, n: int = 8192) -> bytes:
        """The first ``n`` bytes (fewer if the file is shorter)."""
        with self.open() as stream:
            try:
                return stream.read(n)
            except ExportError:
                raise
            except (OSError, EOFError, ValueError) as exc:
                raise ExportError(f"Could not read {self.display}: {_os_reason(exc)}.") from exc


def _os_reason(exc: BaseException) -> str:
    """A short, plain reason for an OS-level failure (no paths, no text from the file)."""
    if isinstance(exc, FileNotFoundError):
        return "the file does not exist"
    if isinstance(exc, PermissionError):
        return "permission was denied"
    if isinstance(exc, IsADirectoryError):
        return "it is a folder, not a file"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return type(exc).__name__
