"""Telegram Desktop exports: ``result.json`` (one chat or the whole account) and the HTML pages.

Both are streamed (ijson / ``html.parser`` fed in chunks), so very large exports never sit in
memory whole. Media that Telegram saved next to the export (``photos/``, ``video_files/``, ...)
is never opened: a message only records that media existed and what kind it was.
"""

from __future__ import annotations

import re

from guardian_app.domain import Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.telegram_html import read_html
from guardian_app.importers.telegram_json import read_json
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "telegram"
LABEL = "Telegram"
EXTENSIONS = (".json", ".html")

_CHAT_TYPES = (
    r'"type"\s*:\s*"(?:personal_chat|bot_chat|saved_messages|private_group|private_supergroup|'
    r'public_supergroup|private_channel|public_channel)"'
)
_JSON_MESSAGE = re.compile(r'"type"\s*:\s*"(?:message|service)"')
_JSON_TELEGRAM_KEYS = re.compile(r'"(?:date_unixtime|from_id|actor_id|text_entities)"\s*:')
_JSON_MESSAGES = re.compile(r'"messages"\s*:\s*\[')
_JSON_CHAT_TYPE = re.compile(_CHAT_TYPES)
_JSON_FULL = re.compile(r'"personal_information"\s*:\s*\{')
_JSON_CHAT_LIST = re.compile(r'"chats"\s*:\s*\{\s*"(?:about|list)"')
_JSON_DATE = re.compile(r'"date"\s*:\s*"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"')
_HTML_MESSAGE = re.compile(r'class="message (?:default|service)[^"]*"\s+id="message-?\d+"')
_HTML_PAGE = re.compile(r'class="page_body chat_page"')
_HTML_NAME = re.compile(r"^messages\d*\.html?$", re.IGNORECASE)


def _json_score(text: str, name: str) -> float:
    if not text.lstrip().startswith("{"):
        return 0.0
    messages = _JSON_MESSAGES.search(text) is not None
    if _JSON_FULL.search(text) or _JSON_CHAT_LIST.search(text):
        return 0.95
    if messages and _JSON_MESSAGE.search(text) and _JSON_TELEGRAM_KEYS.search(text):
        return 0.9
    if messages and _JSON_CHAT_TYPE.search(text):
        return 0.85
    if messages and _JSON_MESSAGE.search(text) and _JSON_DATE.search(text):
        return 0.75  # old exports: local "date" only, no date_unixtime
    return 0.3 if name.lower() == "result.json" else 0.0


def _html_score(text: str, name: str) -> float:
    hits = len(_HTML_MESSAGE.findall(text)) + (2 if _HTML_PAGE.search(text) else 0)
    if hits == 0:
        return 0.0
    return min(0.95, 0.8 + 0.05 * min(hits, 2) + (0.05 if _HTML_NAME.match(name) else 0.0))


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes (and this file name) are a Telegram export."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        return _json_score(text.lstrip("\ufeff"), name)
    return _html_score(text, name)


def parse(ef: ExportFile) -> list[Conversation]:
    """Every chat in one Telegram export file. Raises only :class:`ExportError`."""
    head = ef.head()
    if not head.strip():
        raise ExportError(f"{ef.display} does not look like a Telegram chat export: it is empty.")
    if looks_binary(head):
        raise ExportError(
            f"{ef.display} does not look like a Telegram chat export: it is not a text file."
        )
    if decode_head(head).lstrip("\ufeff \t\r\n").startswith("{"):
        return read_json(ef, NAME)
    return read_html(ef, NAME)
