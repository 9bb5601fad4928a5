"""Signal exports as JSON:

* signal-export (carderne) ``data.json``: one JSON object per line with ``date`` (local, no
  zone), ``sender`` ("Me" for own messages), ``body``, ``quote``, ``sticker``, ``reactions``,
  ``attachments`` (name/path), ``deleted``, ``call``;
* sigtop ``-f json``: one array of Signal Desktop's raw message objects (``type``
  incoming/outgoing/…, ``sent_at`` epoch ms, ``body``, ``source``/``sourceServiceId``,
  ``conversationId``, ``attachments[].contentType``, ``deletedForEveryone``, ``editHistory``).

Both are streamed; attachments only record that media existed (never their names or data).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ijson.common import ObjectBuilder

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_build import Draft, clean_name, media_kind, text_lines
from guardian_app.importers.json_events import events

MAX_DEPTH = 16
_TOO_DEEP = object()


def _items(ef: ExportFile) -> Iterator[Any]:
    """The items of a top-level JSON array, one at a time (too deep ones as a marker)."""
    stream = events(ef)
    first = next(stream, None)
    if first is None or first[0] != "start_array":
        stream.close()
        raise ExportError(f"{ef.display} could not be read: it does not hold a JSON list.")
    for event, value in stream:
        if event == "end_array":
            return
        builder: ObjectBuilder | None = ObjectBuilder()
        depth = 0
        while True:
            depth += event in ("start_map", "start_array")
            depth -= event in ("end_map", "end_array")
            if depth > MAX_DEPTH:
                builder = None
            if builder is not None:
                builder.event(event, value)
            if depth == 0:
                break
            event, value = next(stream)
        yield builder.value if builder is not None else _TOO_DEEP


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _sigtop_kinds(record: dict[str, Any]) -> tuple[str, ...]:
    kinds = []
    for att in record.get("attachments") or []:
        mime = _text(att.get("contentType")).lower() if isinstance(att, dict) else ""
        major = mime.split("/", 1)[0]
        kinds.append(
            "gif"
            if mime == "image/gif"
            else major
            if major in ("image", "video", "audio")
            else "document"
            if mime
            else "other"
        )
    if isinstance(record.get("sticker"), dict):
        kinds.append("sticker")
    return tuple(kinds)


def sigtop_draft(record: Any, fallback: str) -> Draft | None:
    """One raw Signal Desktop message as a draft; ``ValueError`` for a damaged record."""
    if not isinstance(record, dict):
        raise ValueError("not a message")
    sent = record.get("sent_at") or record.get("timestamp") or record.get("received_at")
    if isinstance(sent, bool) or not isinstance(sent, int | float):
        raise ValueError("no time")
    when = datetime.fromtimestamp(sent / 1000, UTC)
    kind = _text(record.get("type")) or "unknown"
    if kind not in ("incoming", "outgoing"):
        return Draft(None, f"Signal notice: {kind.replace('-', ' ')}", when, SYSTEM)
    who = record.get("source") or record.get("sourceServiceId") or record.get("sourceUuid")
    sender = "You" if kind == "outgoing" else clean_name(_text(who)) or fallback
    if record.get("deletedForEveryone") or record.get("isErased"):
        return Draft(sender, "", when, DELETED)
    history = record.get("editHistory")
    latest = history[0] if isinstance(history, list) and history else None
    body = _text(latest.get("body")) if isinstance(latest, dict) else _text(record.get("body"))
    kinds = _sigtop_kinds(record)
    if kinds:
        return Draft(sender, body.strip(), when, MEDIA, kinds)
    return Draft(sender, body.strip(), when, TEXT) if body.strip() else None


def read_sigtop_json(ef: ExportFile, fallback: str) -> tuple[str | None, list[Draft], int]:
    """(conversation id, drafts, damaged records) of a sigtop JSON file."""
    conversation: str | None = None
    drafts: list[Draft] = []
    skipped = 0
    for record in _items(ef):
        try:
            draft = sigtop_draft(record, fallback)
        except (ValueError, TypeError, AttributeError, OverflowError, OSError):
            skipped += 1
            continue
        if conversation is None and isinstance(record.get("conversationId"), str):
            conversation = record["conversationId"]
        if draft is not None:
            drafts.append(draft)
    return conversation, drafts, skipped


def export_draft(record: Any, line: int) -> Draft | None:
    """One signal-export ``data.json`` line as a draft; ``ValueError`` for a damaged record."""
    if not isinstance(record, dict) or not isinstance(record.get("date"), str):
        raise ValueError("not a message")
    when = datetime.fromisoformat(record["date"]).replace(tzinfo=None)  # local wall clock
    sender = clean_name(_text(record.get("sender"))) or "Unknown"
    body = _text(record.get("body")).strip()
    if record.get("deleted") is True:
        return Draft(sender, "", when, DELETED, line=line)
    if record.get("call") is True:
        return Draft(None, body or "Call", when, SYSTEM, line=line)
    kinds = [media_kind(_text(a.get("path")) or _text(a.get("name")))
             for a in record.get("attachments") or [] if isinstance(a, dict)]  # fmt: skip
    if record.get("sticker"):
        kinds.append("sticker")
    if kinds:
        return Draft(sender, body, when, MEDIA, tuple(kinds), line)
    return Draft(sender, body, when, TEXT, line=line) if body else None


def read_export_lines(ef: ExportFile) -> tuple[list[Draft], int]:
    """(drafts, damaged lines) of a signal-export ``data.json`` (JSON lines)."""
    drafts: list[Draft] = []
    skipped = 0
    for number, line in enumerate(text_lines(ef), 1):
        if not line.strip():
            continue
        try:
            draft = export_draft(json.loads(line), number)
        except (ValueError, TypeError, AttributeError, RecursionError):
            skipped += 1
            continue
        if draft is not None:
            drafts.append(draft)
    return drafts, skipped
