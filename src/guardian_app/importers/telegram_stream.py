"""Streaming Telegram export bytes as clean text, chunk by chunk, never the whole file at once.

Telegram Desktop writes UTF-8, but files that went through other tools can carry a BOM, be
re-encoded as UTF-16, hold invalid UTF-8, raw control characters or invalid backslash escapes
(chat-analytics issue #100). :class:`CleanText` fixes all of that on the fly and counts the
characters it had to replace, so a JSON parser (ijson, fed bytes) or ``html.parser`` (fed str)
sees well-formed text.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.textdecode import detect_bom

CHUNK = 64 * 1024
# C0 control characters that are never valid raw inside JSON strings (tab, CR, LF are kept).
_CONTROLS = {c: " " for c in range(32) if c not in (9, 10, 13)}
# A valid JSON escape; and any escape, valid (two or six characters) or not (a lone backslash).
_VALID = re.compile(r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})')
_ESCAPE = re.compile(r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})?')


def _keep_or_double(match: re.Match[str]) -> str:
    return match.group(0) if len(match.group(0)) > 1 else "\\\\"


def fix_escapes(text: str) -> str:
    """Turns each backslash that starts no valid JSON escape into an escaped backslash."""
    if "\\" not in text or "\\" not in _VALID.sub("", text):
        return text  # the common case, checked with two fast scans
    return _ESCAPE.sub(_keep_or_double, text)


def _read(stream: BinaryIO, ef: ExportFile, size: int) -> bytes:
    try:
        return stream.read(size)
    except ExportError:
        raise
    except (OSError, EOFError, ValueError) as exc:
        raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc


class CleanText:
    """Iterates an export as decoded, cleaned text chunks. ``replaced`` counts repairs."""

    def __init__(self, ef: ExportFile, fix_json: bool) -> None:
        self._ef = ef
        self._fix_json = fix_json
        self.replaced = 0

    def chunks(self) -> Iterator[str]:
        with self._ef.open() as stream:
            first = _read(stream, self._ef, CHUNK)
            encoding, skip = detect_bom(first)
            decoder = codecs.getincrementaldecoder(encoding or "utf-8")(errors="replace")
            data, carry = first[skip:], ""
            while True:
                final = not data
                text = carry + decoder.decode(data, final=final)
                text, carry = self._split_tail(text, final)
                if text:
                    yield self._clean(text, data)
                if final:
                    return
                data = _read(stream, self._ef, CHUNK)

    def _split_tail(self, text: str, final: bool) -> tuple[str, str]:
        """Holds back a trailing escape (and its backslash run) so it is never split in two."""
        if final or not self._fix_json:
            return text, ""
        cut = text.find("\\", max(0, len(text) - 6))
        if cut < 0:
            return text, ""
        start = max(0, cut - 4096)
        while cut > start and text[cut - 1] == "\\":
            cut -= 1
        if len(text) - cut > 8192:  # absurd runs of backslashes: give up holding back
            return text, ""
        return text[:cut], text[cut:]

    def _clean(self, text: str, raw: bytes) -> str:
        made = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
        self.replaced += max(0, made)
        if self._fix_json:
            cleaned = text.translate(_CONTROLS)
            if cleaned != text:
                self.replaced += sum(text.count(chr(c)) for c in _CONTROLS)
            text = fix_escapes(cleaned)
        return text


class CleanJsonBytes(io.RawIOBase):
    """A binary stream of the cleaned text re-encoded as UTF-8, for ijson."""

    def __init__(self, source: CleanText) -> None:
        super().__init__()
        self._chunks = source.chunks()
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._pending = chunk.encode("utf-8", errors="replace")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        if not self.closed:
            self._chunks.close()  # closes the underlying file (the generator's with block)
        super().close()
