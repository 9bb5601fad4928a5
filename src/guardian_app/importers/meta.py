"""Facebook Messenger and Instagram "Download your information" chats (JSON or HTML).

One thread file at a time: ``…/messages/inbox/<title>_<id>/message_N.json`` (or ``.html``), and
the Messenger end-to-end encrypted export's ``<Thread name>_N.json``. Parts of one thread share
a key, so the pipeline joins them. Media files are never opened.
"""

from __future__ import annotations

import re

from guardian_app.domain import Conversation
from guardian_app.importers import meta_html, meta_json, meta_owner, meta_thread
from guardian_app.importers.base import ExportFile
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = meta_thread.FORMAT
LABEL = "Messenger or Instagram"
EXTENSIONS = (".json", ".html")
_PIECE = re.compile(r"^message_\d+\.(json|html?)$", re.IGNORECASE)
_HTML_MARKS = ("_a6-g", "_a6-h", "_2lel", "_2let", "_a72d", "pam _3-95")


def _json_score(text: str, piece: bool) -> float:
    if not text.startswith("{"):
        return 0.0
    if '"sender_name"' in text and '"timestamp_ms"' in text:
        return 0.95 if '"participants"' in text or piece else 0.85
    if '"threadName"' in text and ('"senderName"' in text or '"participants"' in text):
        return 0.9 if '"timestamp"' in text else 0.8
    if piece and '"participants"' in text and '"name"' in text:
        return 0.7  # a group's long participant list can push the first message past the head
    return 0.0


def _html_score(text: str, piece: bool) -> float:
    lowered = text.casefold()
    if "<html" not in lowered and "<!doctype html" not in lowered:
        return 0.0
    marked = any(mark in text for mark in _HTML_MARKS)
    if "participants:" in lowered and (piece or marked):
        return 0.85
    return 0.45 if piece and marked else 0.0


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a Messenger / Instagram thread file (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head).lstrip("\ufeff \t\r\n")
    piece = bool(_PIECE.match(name))
    if text.startswith("<"):
        return _html_score(text, piece)
    return _json_score(text, piece)


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one thread file. Raises :class:`ExportError` for a file that is not one."""
    head = decode_head(ef.head(1024)).lstrip("\ufeff \t\r\n")
    reader = meta_html if head.startswith("<") else meta_json
    thread = reader.read_thread(ef)
    return [meta_thread.build(thread, ef, meta_owner.profile_name(ef))]
