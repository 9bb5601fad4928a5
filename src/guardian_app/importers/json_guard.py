"""ijson's event streams with a nesting limit, so hostile JSON cannot exhaust memory.

``ijson.parse`` keeps a prefix string for every open level ("messages.item.text.item..."), so
a file nested 100,000 levels deep makes it build gigabytes of prefixes before any of our
checks run (found by tests/importers/test_parser_safety.py). Real chat exports nest fewer
than 20 levels; past :data:`MAX_DEPTH` both functions here raise ``ijson.JSONError``, which
every JSON importer already treats as a damaged file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson

MAX_DEPTH = 128


def _too_deep() -> ijson.JSONError:
    return ijson.JSONError(f"JSON nested more than {MAX_DEPTH} levels deep")


def basic_parse(stream: BinaryIO) -> Iterator[tuple[str, Any]]:
    """``ijson.basic_parse`` (floats as float) that stops at :data:`MAX_DEPTH`."""
    depth = 0
    for event, value in ijson.basic_parse(stream, use_float=True):
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep()
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield event, value


def parse(stream: BinaryIO) -> Iterator[tuple[str, str, Any]]:
    """``ijson.parse`` (same prefixes, floats as float) that stops at :data:`MAX_DEPTH`."""
    prefixes: list[str | None] = [""]  # the prefix of each open level; None: before its first key
    for event, value in basic_parse(stream):
        if event == "map_key":
            parent = prefixes[-2]
            prefixes[-1] = f"{parent}.{value}" if parent else value
            yield parent or "", event, value
        elif event in ("start_map", "start_array"):
            here = prefixes[-1] or ""
            yield here, event, value
            prefixes.append(None if event == "start_map" else f"{here}.item" if here else "item")
        else:
            if event in ("end_map", "end_array"):
                prefixes.pop()
            yield prefixes[-1] or "", event, value
