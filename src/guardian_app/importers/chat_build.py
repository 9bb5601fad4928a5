"""Helpers the iMessage and Signal importers share: streamed text lines, media kinds from a
file extension, stable chat keys, and turning drafted messages into one :class:`Conversation`.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePosixPath

from guardian_app.domain import SYSTEM, Conversation, Message
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.textdecode import detect_bom

MAX_LINE = 1024 * 1024  # characters; a longer line is read in pieces
_INVISIBLE = dict.fromkeys(map(ord, "\u2068\u2069\u200e\u200f\u202a\u202c\u202d\u202e\ufeff"))
_IMAGE = {"jpg", "jpeg", "png", "heic", "heif", "webp", "bmp", "tif", "tiff", "svg", "apng"}
_VIDEO = {"mp4", "mov", "m4v", "3gp", "avi", "mkv", "webm", "mpeg", "qt"}
_AUDIO = {"opus", "ogg", "m4a", "mp3", "aac", "wav", "amr", "flac", "caf"}
_DOCUMENT = {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "txt", "rtf", "pages"}
_READ_ERRORS = (OSError, EOFError, ValueError, zipfile.BadZipFile)


@dataclass(slots=True)
class Draft:
    """One message as read, before the conversation puts messages in time order."""

    sender: str | None
    text: str
    timestamp: datetime | None
    kind: str
    media: tuple[str, ...] = ()
    line: int | None = None


def n(count: int, word: str) -> str:
    """ "1 message", "3 messages"."""
    return f"{count} {word}" + ("" if count == 1 else "s")


def clean_name(name: str) -> str:
    """A display name without bidi isolates/marks and with single spaces."""
    return " ".join(name.translate(_INVISIBLE).split())


def chat_key(fmt: str, identity: str) -> str:
    """``"<format>:" + sha1`` of a normalised chat identity (chat id, handle or title)."""
    norm = " ".join(clean_name(identity).casefold().split())
    return f"{fmt}:" + hashlib.sha1(norm.encode("utf-8")).hexdigest()


def media_kind(name: str) -> str:
    """The kind of an attachment from its extension; the name itself is never kept."""
    suffix = PurePosixPath(name.replace("\\", "/").split("?", 1)[0]).suffix.lower().lstrip(".")
    if suffix == "gif":
        return "gif"
    if suffix == "vcf":
        return "contact"
    for kind, names in (("image", _IMAGE), ("video", _VIDEO), ("audio", _AUDIO)):
        if suffix in names:
            return kind
    return "document" if suffix in _DOCUMENT else "other"


def read_error(ef: ExportFile, exc: BaseException) -> ExportError:
    return ExportError(f"Could not read {ef.display}: {type(exc).__name__}.")


def text_lines(ef: ExportFile) -> Iterator[str]:
    """The file's lines without line endings, decoded (BOM aware, damage replaced), streamed."""
    encoding, _ = detect_bom(ef.head(4))
    if encoding is None or encoding == "utf-8":
        encoding = "utf-8-sig"
    elif encoding.startswith(("utf-16", "utf-32")):
        encoding = encoding[:6]  # the BOM-reading codec skips the mark
    raw = ef.open()
    buffered = raw if isinstance(raw, io.BufferedIOBase) else io.BufferedReader(raw)  # type: ignore[arg-type]
    with io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline=None) as text:
        while True:
            try:
                line = text.readline(MAX_LINE)
            except ExportError:
                raise
            except _READ_ERRORS as exc:
                raise read_error(ef, exc) from exc
            if not line:
                return
            yield line.removesuffix("\n")


def _order(drafts: list[Draft]) -> tuple[list[Draft], int]:
    """Drafts in time order (stable); how many had to move. Unordered when a time is missing."""
    if not drafts or any(d.timestamp is None for d in drafts):
        return drafts, 0
    ordered = sorted(drafts, key=lambda d: d.timestamp)  # type: ignore[arg-type, return-value]
    moved = sum(1 for a, b in zip(drafts, ordered, strict=True) if a is not b)
    return ordered, moved


def build(
    ef: ExportFile,
    fmt: str,
    identity: str,
    title: str,
    drafts: list[Draft],
    *,
    owner_name: str | None = None,
    contact_hint: str | None = None,
    timezone_known: bool = False,
    skipped: int = 0,
    notes: list[str] | None = None,
) -> Conversation:
    """One conversation. ``owner_name`` (e.g. "Me") is the owner only when someone sent as it."""
    notes = list(notes or [])
    ordered, moved = _order(drafts)
    if moved:
        notes.append(f"{n(moved, 'message')} out of time order and put in order.")
    if skipped:
        notes.append(f"{n(skipped, 'damaged record')} could not be read and left out.")
    messages = [Message(d.sender, d.text, d.timestamp, d.kind, d.media, i, d.line) for i, d in enumerate(ordered)]
    participants: list[str] = []
    for m in messages:
        if m.kind != SYSTEM and m.sender and m.sender not in participants:
            participants.append(m.sender)
    owner = owner_name if owner_name in participants else None
    if owner:
        notes.append(f'Messages sent from this account are shown as "{owner}".')
    return Conversation(
        key=chat_key(fmt, identity or title),
        source=ef.display,
        format=fmt,
        title=title or ", ".join(participants) or ef.name,
        participants=participants,
        messages=messages,
        owner=owner,
        contact_hint=contact_hint,
        timezone_known=timezone_known,
        skipped=skipped,
        notes=notes,
    )


def chat_folder(ef: ExportFile) -> str:
    """The name of the folder holding the export file (inside a zip: the member's folder)."""
    if ef.member is not None:
        return PurePosixPath(ef.member.replace("\\", "/")).parent.name
    return ef.path.parent.name
