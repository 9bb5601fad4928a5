"""A readable byte stream made, chunk by chunk, from an export's raw bytes.

Importers that must repair or transcode a file before a streaming parser sees it (UTF-16 JSON,
SMS XML with broken character references) subclass :class:`ConvertingStream` and write only
``_convert``; reading, buffering and closing are shared.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from guardian_app.importers.base import ExportError


class ConvertingStream(io.RawIOBase):
    """Serves ``_convert(chunk, final)`` of each chunk read from ``raw``; closes ``raw`` with it."""

    chunk_size = 64 * 1024

    def __init__(self, raw: BinaryIO, display: str) -> None:
        super().__init__()
        self._raw, self._display = raw, display
        self._pending = b""

    def _read(self) -> bytes:
        try:
            return self._raw.read(self.chunk_size)
        except ExportError:
            raise
        except (OSError, EOFError, ValueError) as exc:
            raise ExportError(f"Could not read {self._display}: {type(exc).__name__}.") from exc

    def _convert(self, data: bytes, final: bool) -> bytes:
        raise NotImplementedError

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            data = self._read()
            self._pending = self._convert(data, final=not data)
            if not data:
                break
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        if not self.closed:
            self._raw.close()
        super().close()
