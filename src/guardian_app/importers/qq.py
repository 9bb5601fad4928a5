"""QQ chat exports: the legacy PC QQ "消息管理器" text export and the QQ Chat Exporter (QCE)
text and JSON exports (export-formats.md §10.1).

Text files are read line by line and JSON is streamed, so a large export never sits in memory
whole. Pictures, voice messages and files only show as placeholders and are never opened.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from guardian_app.domain import Conversation
from guardian_app.importers import qq_json, qq_text
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_common import Chat, build
from guardian_app.importers.linestream import TextLines, plural
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "qq"
LABEL = "QQ"
EXTENSIONS = (".txt", ".json")

_LEGACY = re.compile(r"消息记录（此消息记录为文本格式|^消息对象[:：]", re.MULTILINE)
_QCE_TEXT = re.compile(r"QQChatExporter|QQ聊天记录导出文件")
_QCE_FIELDS = re.compile(r"^聊天名称[:：]|^时间[:：] \d{4}-\d{2}-\d{2}", re.MULTILINE)
_JSON_START = re.compile(r"^\ufeff?\s*(?:\{|\[\s*[{\]])")
_QCE_JSON = re.compile(r'"chatInfo"\s*:\s*\{')
_QCE_JSON_META = re.compile(r'"metadata"\s*:\s*\{|QQChatExporter')


def _kind(text: str) -> str | None:
    if _JSON_START.match(text):
        return "qce_json" if _QCE_JSON.search(text) and _QCE_JSON_META.search(text) else None
    if _QCE_TEXT.search(text) and _QCE_FIELDS.search(text):
        return "qce_text"
    if _LEGACY.search(text):
        return "legacy"
    return None


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes are a QQ export (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    kind = _kind(text)
    if kind is None:
        return 0.0
    if kind == "legacy":
        hits = sum(1 for line in text.split("\n")[:200] if qq_text.LEGACY_HEADER.match(line.rstrip("\r")))
        return 0.95 if hits or "消息记录（" in text else 0.8
    return 0.95


def parse(ef: ExportFile) -> list[Conversation]:
    """Every chat in one QQ export. Raises only :class:`ExportError`."""
    head = ef.head()
    if not head.strip():
        raise ExportError(f"{ef.display} does not look like a QQ chat export: the file is empty.")
    if looks_binary(head):
        raise ExportError(f"{ef.display} does not look like a QQ chat export: it is not a text file.")
    kind = _kind(decode_head(head))
    fallback = PurePosixPath(ef.name).stem
    replaced = 0
    if kind == "qce_json":
        chats = [qq_json.read_qce_json(qq_json.stream(ef), fallback)]
        timezone_known = True
    elif kind in ("qce_text", "legacy"):
        lines = TextLines(ef, LABEL)
        chats = [qq_text.read_qce(lines, fallback)] if kind == "qce_text" else qq_text.read_legacy(lines, fallback)
        replaced = lines.replaced
        timezone_known = False
    else:
        raise ExportError(f"{ef.display} does not look like a QQ chat export: it has no QQ export header.")
    chats = [c for c in chats if c.messages or c.skipped]
    if not any(c.messages for c in chats):
        raise ExportError(f"{ef.display} does not look like a QQ chat export: it holds no readable message.")
    return [_finish(ef, chat, timezone_known, replaced) for chat in chats]


def _finish(ef: ExportFile, chat: Chat, timezone_known: bool, replaced: int) -> Conversation:
    if timezone_known:
        chat.notes.insert(0, "Times are in UTC.")
    else:
        chat.notes.insert(0, "Times are the computer's local time (the export names no time zone).")
    if replaced:
        chat.notes.append(f"{plural(replaced, 'character')} could not be decoded (replaced).")
    if chat.group is None:
        people = {m.sender for m in chat.messages if m.sender}
        if len(people) > 2:
            chat.group = True
        elif chat.title in people:  # a friend's chat is named after the friend
            chat.group = False
    return build(NAME, ef.display, chat, timezone_known)
