"""Streaming the top level of a JSON export, one small value at a time (ijson underneath).

Chat exports shaped ``{"key": [item, item, ...], "other": value}`` are walked so that only one
array item is ever built in memory. A BOM is skipped and UTF-16/32 files are transcoded on the
fly; any damage becomes one :class:`ExportError` naming the file.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson
from ijson.common import ObjectBuilder

from guardian_app.importers import json_guard
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.streams import ConvertingStream
from guardian_app.importers.textdecode import detect_bom

CHUNK = 64 * 1024
MAX_DEPTH = 24  # nesting allowed inside one item
BAD = object()  # yielded instead of an item that was nested too deeply


class _Utf8Stream(ConvertingStream):
    """The export's bytes as UTF-8 without a BOM, transcoding UTF-16/32 chunk by chunk."""

    chunk_size = CHUNK

    def __init__(self, raw: BinaryIO, ef: ExportFile) -> None:
        super().__init__(raw, ef.display)
        first = self._read()
        encoding, skip = detect_bom(first)
        self._decoder = None
        if encoding and encoding != "utf-8":
            self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._pending = self._convert(first[skip:], final=not first)

    def _convert(self, data: bytes, final: bool) -> bytes:
        if self._decoder is None:
            return data
        return self._decoder.decode(data, final=final).encode("utf-8")


def events(ef: ExportFile) -> Iterator[tuple[str, Any]]:
    """(event, value) pairs of the whole file; damage raises :class:`ExportError`."""
    with _Utf8Stream(ef.open(), ef) as stream:
        try:
            yield from json_guard.basic_parse(stream)
        except ExportError:
            raise
        except (ijson.JSONError, UnicodeError, ValueError, OverflowError, RecursionError) as exc:
            raise ExportError(
                f"{ef.display} could not be read: its JSON is damaged or cut short."
            ) from exc


def top_level(ef: ExportFile) -> Iterator[tuple[str, bool, Any]]:
    """Walks a top-level JSON object: ``(key, True, item)`` for each item of an array value,
    ``(key, False, value)`` for any other value (an empty array comes as ``[]``). A too-deep
    item comes as :data:`BAD`.

    Raises :class:`ExportError` when the file is not a JSON object.
    """
    stream = events(ef)
    first = next(stream, None)
    if first is None or first[0] != "start_map":
        stream.close()
        raise ExportError(f"{ef.display} could not be read: it does not hold a JSON object.")
    key = ""
    for event, value in stream:
        if event == "map_key":
            key = value
        elif event == "end_map":
            return
        elif event == "start_array":
            empty = True
            for item in _items(stream):
                empty = False
                yield key, True, item
            if empty:
                yield key, False, []
        else:
            yield key, False, _build(stream, event, value)


def _items(stream: Iterator[tuple[str, Any]]) -> Iterator[Any]:
    for event, value in stream:
        if event == "end_array":
            return
        yield _build(stream, event, value)


def _build(stream: Iterator[tuple[str, Any]], event: str, value: Any) -> Any:
    """One complete value starting with (event, value); :data:`BAD` when nested too deeply."""
    if event not in ("start_map", "start_array"):
        return value
    builder: ObjectBuilder | None = ObjectBuilder()
    depth = 0
    while True:
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                builder = None
        elif event in ("end_map", "end_array"):
            depth -= 1
        if builder is not None:
            builder.event(event, value)
        if depth == 0:
            return builder.value if builder is not None else BAD
        event, value = next(stream)
