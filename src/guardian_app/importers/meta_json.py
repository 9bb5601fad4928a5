"""Reading one Messenger / Instagram JSON thread file, streamed (never loaded whole).

Handles the standard "Download your information" file (``participants: [{name}]``,
``messages`` newest first, ``title``, ``thread_path``) and the 2024+ Messenger end-to-end
encrypted export (``participants: [names]``, ``threadName``, ``senderName``, ``timestamp``).
"""

from __future__ import annotations

from typing import Any

from guardian_app.importers import json_events
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.meta_records import BadRecord, fix_text, to_message
from guardian_app.importers.meta_thread import Thread

MAX_PARTICIPANTS = 10_000


def _name(item: Any) -> str:
    if isinstance(item, dict):
        item = item.get("name")
    return fix_text(item).strip()


def read_thread(ef: ExportFile) -> Thread:
    """The thread in a JSON file. Raises :class:`ExportError` when it holds no messages list."""
    thread = Thread()
    saw_messages = e2ee = False
    for key, is_item, value in json_events.top_level(ef):
        if key == "messages" and is_item:
            saw_messages = True
            if value is json_events.BAD:
                thread.skipped += 1
                continue
            try:
                thread.messages.append(to_message(value))
            except BadRecord:
                thread.skipped += 1
        elif key == "participants" and is_item:
            name = _name(value)
            if name and name not in thread.listed and len(thread.listed) < MAX_PARTICIPANTS:
                thread.listed.append(name)
        elif key == "messages":
            saw_messages = saw_messages or value == []
        elif key in ("title", "threadName") and isinstance(value, str):
            e2ee = e2ee or key == "threadName"
            thread.title = fix_text(value).strip()
        elif key == "thread_path" and isinstance(value, str):
            thread.thread_path = fix_text(value)
        elif key == "thread_type" and isinstance(value, str):
            thread.thread_type = value
    if not saw_messages:
        raise ExportError(
            f"{ef.display} does not look like a Messenger or Instagram chat: it has no messages list."
        )
    thread.newest_first = not e2ee
    return thread
