"""Rows of Guardian's generic format (docs/generic-format.md), from CSV or JSON Lines.

Both carry the same fields: ``timestamp``, ``sender``, ``text`` (required) and ``chat``,
``kind``, ``is_owner`` (optional). The files are read as a text stream, one row at a time.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Message
from guardian_app.importers.textdecode import detect_bom

ALLOWED = ("timestamp", "sender", "text", "chat", "kind", "is_owner")
REQUIRED = frozenset({"timestamp", "sender", "text"})
MEDIA_KINDS = frozenset({"image", "video", "audio", "sticker", "document", "contact", "location", "gif", "other"})
DELIMITERS = (",", ";", "\t")
MAX_LINE = 1024 * 1024  # a JSON line longer than this is skipped, not read
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_YES = {"true", "1", "yes", "y"}
_NO = {"false", "0", "no", "n", ""}


class BadRow(ValueError):
    """A row that cannot be read (counted as skipped); ``chat`` is its chat when readable."""

    chat: str | None = None


@dataclass(slots=True)
class Row:
    chat: str
    message: Message
    is_owner: bool
    odd_kind: bool  # the kind was not one we know, so the row was read as text


def exact_keys(names: list[str]) -> bool:
    """True when these column/key names are exactly the generic format's (any order)."""
    seen = [n.strip().casefold() for n in names]
    return len(set(seen)) == len(seen) and REQUIRED <= set(seen) <= set(ALLOWED)


def header_delimiter(line: str) -> str | None:
    """The delimiter under which this first line is a generic-format header, if any."""
    for delimiter in DELIMITERS:
        try:
            names = next(csv.reader([line.strip("\ufeff\r\n")], delimiter=delimiter), [])
        except csv.Error:  # e.g. a lone carriage return inside the line: not our header
            continue
        if exact_keys(names):
            return delimiter
    return None


def text_stream(raw: BinaryIO, head: bytes) -> io.TextIOWrapper:
    """The file as text (BOM-aware, undecodable bytes replaced), universal newlines off for csv."""
    bom, _ = detect_bom(head)
    encoding = "utf-8-sig"  # also without a BOM: the "-sig" codec only drops one if present
    if bom and bom.startswith(("utf-16", "utf-32")):
        encoding = bom[:6]  # "utf-16"/"utf-32" read the BOM and pick the byte order
    return io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")


def parse_time(value: Any) -> datetime | None:
    """ISO 8601 (its zone kept, as UTC) or epoch seconds (milliseconds above 10^11); None if blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadRow("timestamp")
    try:
        if isinstance(value, int | float) or _NUMBER.fullmatch(str(value).strip()):
            seconds = float(value)
            if not math.isfinite(seconds):
                raise BadRow("timestamp")
            if abs(seconds) >= 100_000_000_000:
                seconds /= 1000
            return datetime.fromtimestamp(seconds, UTC)
        when = datetime.fromisoformat(str(value).strip())
    except (ValueError, OverflowError, OSError, TypeError) as exc:
        raise BadRow("timestamp") from exc
    return when.astimezone(UTC) if when.tzinfo else when


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool | dict | list):
        raise BadRow("not text")
    return value if isinstance(value, str) else str(value)


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return _text(value).strip().casefold() in _YES


def to_row(values: dict[str, Any], line: int | None) -> Row:
    """One message from one row's values (keys already lower-case)."""
    chat = _text(values.get("chat")).strip()  # when this fails, the row belongs to no chat
    try:
        return _to_row(values, line, chat)
    except BadRow as exc:
        exc.chat = chat
        raise


def _to_row(values: dict[str, Any], line: int | None, chat: str) -> Row:
    kind_raw = _text(values.get("kind")).strip().casefold()
    sender = _text(values.get("sender")).strip()
    text = _text(values.get("text"))
    when = parse_time(values.get("timestamp"))
    kind, media, odd = TEXT, (), False
    if kind_raw in (SYSTEM, DELETED):
        kind = kind_raw
    elif kind_raw == MEDIA:
        kind, media = MEDIA, ("other",)
    elif kind_raw in MEDIA_KINDS:
        kind, media = MEDIA, (kind_raw,)
    elif kind_raw not in ("", TEXT):
        odd = True
    if kind == SYSTEM:
        sender = ""
    elif not sender:
        raise BadRow("no sender")
    if kind == TEXT and not text.strip():
        raise BadRow("no text")
    message = Message(sender or None, text, when, kind, media, 0, line)
    return Row(chat, message, _flag(values.get("is_owner")), odd)


def csv_rows(stream: io.TextIOWrapper, delimiter: str) -> Iterator[Row | BadRow]:
    """Rows after the header line; a damaged row comes as a :class:`BadRow`."""
    reader = csv.reader(stream, delimiter=delimiter)
    names = [n.strip().casefold() for n in next(reader, [])]
    last = reader.line_num
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            last = reader.line_num
            yield BadRow(str(exc)[:60])
            continue
        line, last = last + 1, reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            yield BadRow("columns")
            continue
        try:
            yield to_row(dict(zip(names, cells, strict=True)), line)
        except BadRow as exc:
            yield exc


def _no_constants(name: str) -> Any:
    raise ValueError(name)


def jsonl_rows(stream: io.TextIOWrapper) -> Iterator[Row | BadRow]:
    """One row per line; blank lines are ignored, a damaged or too-long line is a BadRow."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE)
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE and not line.endswith("\n"):
            while (rest := stream.readline(MAX_LINE)) and not rest.endswith("\n"):
                pass
            yield BadRow("too long")
            continue
        if not line.strip():
            continue
        try:
            value = json.loads(line, parse_constant=_no_constants)
            if not isinstance(value, dict):
                raise BadRow("not an object")
            yield to_row({str(k).casefold(): v for k, v in value.items()}, number)
        except BadRow as exc:
            yield exc
        except (ValueError, RecursionError) as exc:
            yield BadRow(type(exc).__name__)
