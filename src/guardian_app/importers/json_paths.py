"""Streaming the values found at a few JSON paths, one small value at a time (ijson underneath).

``values(ef, wanted)`` walks the whole file once and yields ``(path, value)`` for every value
whose ijson path (``"messages.item"``, ``"conversations.item.events.item"``) is in ``wanted``.
Everything else (base64 avatars, statistics) is streamed past without being built. A path in
``marks`` yields ``(path, START)`` / ``(path, END)`` around its value, so a caller can tell
where one conversation ends. Damage becomes one :class:`ExportError` naming the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import ijson
from ijson.common import ObjectBuilder

from guardian_app.importers import json_guard
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.telegram_stream import CleanJsonBytes, CleanText

MAX_DEPTH = 32  # nesting allowed inside one wanted value
START = object()
END = object()
TOO_DEEP = object()  # yielded instead of a wanted value nested too deeply

_OPEN = ("start_map", "start_array")
_CLOSE = ("end_map", "end_array")


def _events(ef: ExportFile) -> Iterator[tuple[str, str, Any]]:
    with CleanJsonBytes(CleanText(ef, fix_json=True)) as stream:
        try:
            yield from json_guard.parse(stream)
        except ExportError:
            raise
        except (ijson.JSONError, UnicodeError, ValueError, OverflowError, RecursionError) as exc:
            raise ExportError(f"{ef.display} could not be read: its JSON is damaged or cut short.") from exc


def values(
    ef: ExportFile, wanted: frozenset[str], marks: frozenset[str] = frozenset()
) -> Iterator[tuple[str, Any]]:
    """``(path, value)`` for each value at a wanted path; START/END around marked paths."""
    stream = _events(ef)
    first = next(stream, None)
    if first is None or first[1] not in _OPEN:
        stream.close()
        raise ExportError(f"{ef.display} could not be read: it does not hold a JSON object or list.")
    open_marks: list[tuple[str, int]] = []
    depth = 1
    if first[0] in marks:
        open_marks.append((first[0], depth))
        yield first[0], START
    for prefix, event, value in stream:
        if prefix in wanted and event != "map_key" and event not in _CLOSE:
            yield prefix, _build(stream, event, value)
            continue
        if event in _OPEN:
            depth += 1
            if prefix in marks:
                open_marks.append((prefix, depth))
                yield prefix, START
        elif event in _CLOSE:
            if open_marks and open_marks[-1][1] == depth:
                yield open_marks.pop()[0], END
            depth -= 1


def _build(stream: Iterator[tuple[str, str, Any]], event: str, value: Any) -> Any:
    """One complete value starting with (event, value); :data:`TOO_DEEP` when nested too deeply."""
    if event not in _OPEN:
        return value
    builder: ObjectBuilder | None = ObjectBuilder()
    depth = 0
    while True:
        if event in _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                builder = None
        elif event in _CLOSE:
            depth -= 1
        if builder is not None:
            builder.event(event, value)
        if depth == 0:
            return builder.value if builder is not None else TOO_DEEP
        item = next(stream, None)
        if item is None:  # ijson reports a cut-short file itself; this is only a guard
            return TOO_DEEP
        _prefix, event, value = item


def text_of(value: Any, limit: int = 200) -> str:
    """A short display string from a JSON scalar (names, titles); "" for anything else."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, str | int):
        return str(value).strip()[:limit]
    return ""
