"""Discord chats saved with DiscordChatExporter (Tyrrrz): JSON, CSV, plain text and HTML.

Discord itself has no "export chat" button; DiscordChatExporter is the tool families use.
JSON is the richest (message types, ids, time zones) and is streamed; the other three are
read incrementally too. Attachments, stickers and images are only counted by kind: Guardian
never follows their links or opens the ``_Files`` folder an export may have.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from guardian_app.domain import Conversation
from guardian_app.importers import discord_csv, discord_html, discord_json, discord_text
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.discord_chat import Parsed, build, info_from_file_name
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "discord"
LABEL = "Discord"
# ".txt" is left out on purpose: the registry names the one format that claims an extension in
# its "does not look like a ... export" error, and a stray .txt is far more likely WhatsApp.
# DCE text exports are still found by sniffing their "Guild:/Channel:" header.
EXTENSIONS = (".json", ".csv", ".html", ".htm")

_CSV_HEADER = "AuthorID,Author,Date,Content,Attachments"
_TXT_HEAD = re.compile(r"^\s*={20,}[ \t]*\r?\n(?:Guild: [^\r\n]*\r?\nChannel: )")
_JSON_KEYS = ('"guild"', '"channel"')
_JSON_MORE = ('"messages"', '"dateRange"', '"exportedAt"')


def _variant(head: bytes) -> tuple[str, float]:
    """("json" | "csv" | "txt" | "html" | "", confidence) from the first bytes."""
    if not head or looks_binary(head):
        return "", 0.0
    text = decode_head(head).lstrip("\ufeff")
    start = text.lstrip()
    if start.startswith("{") and all(k in text for k in _JSON_KEYS):
        return "json", 0.95 if any(k in text for k in _JSON_MORE) else 0.6
    if text.split("\n", 1)[0].strip().startswith(_CSV_HEADER):
        return "csv", 0.95
    if _TXT_HEAD.match(text):
        return "txt", 0.95
    lowered = text.lower()
    if "chatlog__" in lowered and ("<html" in lowered or "<!doctype html" in lowered):
        return "html", 0.95 if "preamble" in lowered else 0.8
    return "", 0.0


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes are a DiscordChatExporter export (name unused)."""
    return _variant(head)[1]


_READERS: dict[str, Callable[[ExportFile], Parsed]] = {
    "json": discord_json.read,
    "csv": discord_csv.read,
    "txt": discord_text.read,
    "html": discord_html.read,
}


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one DCE export (any of its four formats). Raises :class:`ExportError` only."""
    variant, _ = _variant(ef.head())
    if not variant:
        raise ExportError(f"{ef.display} does not look like a Discord chat export (DiscordChatExporter).")
    try:
        parsed = _READERS[variant](ef)
    except ExportError:
        raise
    except (OSError, EOFError) as exc:
        raise ExportError(f"Could not read {ef.display}: {type(exc).__name__}.") from exc
    except MemoryError as exc:
        raise ExportError(f"{ef.display} is too large to read on this computer.") from exc
    _, fallback = info_from_file_name(ef)
    return [build(ef, parsed, fallback)]
