"""iMessage and SMS from a Mac: the Messages database ``chat.db`` itself, or what the free tool
imessage-exporter writes from it (TXT or HTML, one file per conversation).

``chat.db`` is opened read-only and immutable (see :mod:`imessage_db`); the text exports are
streamed. Attachments are never opened: a message only records that media existed.
"""

from __future__ import annotations

import re

from guardian_app.domain import Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.imessage_db import read_db
from guardian_app.importers.imessage_html import read_html
from guardian_app.importers.imessage_txt import STAMP, read_txt
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "imessage"
LABEL = "iMessage"
EXTENSIONS = (".db", ".txt", ".html")

SQLITE_MAGIC = b"SQLite format 3\x00"
_DB_NAME = re.compile(r"^chat(?: ?\(\d{1,3}\)|[ _-]?copy)?\.db$", re.IGNORECASE)
_DB_SIGNS = (b"chat_message_join", b"chat_handle_join", b"message_attachment_join")
_HTML_SIGNS = (
    re.compile(r'<div class="message">\s*<div class="(?:sent|received)[ "]'),
    re.compile(r'<span class="timestamp">'),
    re.compile(r'<div class="message_part">|<div class="announcement">'),
)


def _db_score(head: bytes, name: str) -> float:
    if _DB_NAME.match(name):
        return 0.9
    return 0.85 if any(sign in head for sign in _DB_SIGNS) else 0.0


def _txt_score(lines: list[str]) -> float:
    """A date line at column 0 followed by a sender line, more than once."""
    hits = 0
    for i, line in enumerate(lines[:-1]):
        stamp = STAMP.match(line)
        if stamp and not stamp["indent"] and lines[i + 1].strip():
            hits += 1
    if hits == 0 or not STAMP.match(lines[0]):
        return 0.0
    return min(0.95, 0.8 + 0.05 * hits)


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes (and this file name) are an iMessage export."""
    if head.startswith(SQLITE_MAGIC):
        return _db_score(head, name)
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head).lstrip("\ufeff")
    if all(sign.search(text) for sign in _HTML_SIGNS):
        return 0.95
    lines = [line.rstrip("\r") for line in text.split("\n")[:60] if line.strip()]
    return _txt_score(lines) if lines else 0.0


def parse(ef: ExportFile) -> list[Conversation]:
    """Every conversation in one iMessage export. Raises only :class:`ExportError`."""
    head = ef.head()
    if head.startswith(SQLITE_MAGIC):
        return read_db(ef)
    if not head.strip():
        raise ExportError(f"{ef.display} does not look like an iMessage export: it is empty.")
    if looks_binary(head):
        raise ExportError(f"{ef.display} does not look like an iMessage export: it is not a text file.")
    if "<div" in decode_head(head) or ef.name.lower().endswith((".html", ".htm")):
        return read_html(ef)
    return read_txt(ef)
