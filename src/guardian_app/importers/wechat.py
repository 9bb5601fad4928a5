"""WeChat chats saved by the common third-party tools (WeChat itself has no export;
export-formats.md §10.2): WeChatMsg / MemoTrace CSV and TXT, and WeFlow / EchoTrace JSON.

CSV and TXT are read line by line and JSON is streamed (its base64 avatars are streamed past).
Times are epoch seconds in CSV and JSON (UTC); the TXT export only has local wall-clock times.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import PurePosixPath
from typing import Any

from guardian_app.domain import Conversation, Message
from guardian_app.importers import qq_content
from guardian_app.importers import wechat_records as R
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_common import Chat, build, participants_of
from guardian_app.importers.json_paths import text_of, values
from guardian_app.importers.linestream import TextLines, plural
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "wechat"
LABEL = "WeChat"
# Reads .csv too, but does not claim it: EXTENSIONS only words the error for a file nobody
# recognised, and an unknown .csv is more likely a damaged Discord export (registry._unrecognised).
EXTENSIONS = (".json", ".txt")

_CSV_HEADER = re.compile(r"^\ufeff?[^\n]*\blocalId,TalkerId,Type,SubType,IsSender,CreateTime\b")
_WEFLOW = re.compile(r'"weflow"\s*:\s*\{')
_SESSION = re.compile(r'"session"\s*:\s*\{')
_SESSION_KEYS = re.compile(r'"(?:wxid|senderUsername|isSend)"\s*:')
_TXT_HEADER = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (?P<who>[^\t:：()]{1,60})$")
_QQ_MARKS = re.compile(r"消息记录（|消息对象[:：]|QQChatExporter")


def _kind(text: str) -> str | None:
    if _CSV_HEADER.match(text):
        return "csv"
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        if _WEFLOW.search(text) or (_SESSION.search(text) and _SESSION_KEYS.search(text)):
            return "json"
        return None
    if _QQ_MARKS.search(text):
        return None
    lines = [x.rstrip("\r") for x in text.split("\n")[:120]]
    headers = [i for i, x in enumerate(lines[:-1]) if _TXT_HEADER.match(x) and lines[i + 1].strip()]
    return "txt" if len(headers) >= 3 else None


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a WeChat export from one of the common tools (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    kind = _kind(text)
    if kind == "csv" or (kind == "json" and _WEFLOW.search(text)):
        return 0.95
    if kind == "json":
        return 0.85
    if kind == "txt":
        return 0.7 if re.search(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 我$", text, re.MULTILINE) else 0.6
    return 0.0


def parse(ef: ExportFile) -> list[Conversation]:
    """The chat in one WeChat export. Raises only :class:`ExportError`."""
    head = ef.head()
    if not head.strip() or looks_binary(head):
        raise ExportError(f"{ef.display} does not look like a WeChat chat export: it is empty or not text.")
    kind = _kind(decode_head(head))
    stem = PurePosixPath(ef.name).stem
    if kind == "json":
        chat, known = _read_json(ef, stem), True
    elif kind in ("csv", "txt"):
        lines = TextLines(ef, LABEL)
        chat, known = (_read_csv(lines, stem), True) if kind == "csv" else (_read_txt(lines, stem), False)
        if lines.replaced:
            chat.notes.append(f"{plural(lines.replaced, 'character')} could not be decoded (replaced).")
    else:
        raise ExportError(f"{ef.display} does not look like a WeChat chat export: no known tool wrote it.")
    if not chat.messages:
        raise ExportError(f"{ef.display} does not look like a WeChat chat export: it holds no readable message.")
    chat.notes.insert(0, "Times are in UTC." if known else "Times are the computer's local time (no time zone).")
    return [build(NAME, ef.display, chat, timezone_known=known)]


def _collect(chat: Chat, records: Iterable[Any], reader: Callable[[Any], tuple[Message, bool]]) -> None:
    owners: set[str] = set()
    for record in records:
        try:
            message, by_owner = reader(record)
        except R.BadRecord:
            chat.skipped += 1
            continue
        if by_owner and message.sender:
            owners.add(message.sender)
        chat.messages.append(message)
    if owners == {R.OWNER}:
        chat.owner = R.OWNER
        chat.notes.append(f'Messages the account owner sent are shown as from "{R.OWNER}".')
    elif len(owners) == 1:
        chat.owner = next(iter(owners))
        chat.notes.append(f"The export marks {chat.owner}'s messages as sent by the account owner.")


def _csv_rows(lines: TextLines, chat: Chat) -> Iterator[dict[str, str]]:
    reader = csv.reader(line + "\n" for line in lines)
    header: list[str] | None = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            chat.skipped += 1
            continue
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in row]
            continue
        if row:
            yield dict(zip(header, row, strict=False))


def _read_csv(lines: TextLines, stem: str) -> Chat:
    chat = Chat(identity="title:" + stem, title=stem)
    _collect(chat, _csv_rows(lines, chat), R.from_csv_row)
    others = [p for p in participants_of(chat.messages) if p != R.OWNER]
    chat.group = len(others) > 1
    if len(others) == 1 and stem.casefold() in ("messages", "chat", "聊天记录", ""):
        chat.title, chat.identity = others[0], "title:" + others[0]
    return chat


def _read_json(ef: ExportFile, stem: str) -> Chat:
    chat = Chat(identity="title:" + stem, title=stem)
    def records() -> Iterator[Any]:
        for path, value in values(ef, frozenset({"session", "messages.item"})):
            if path == "session" and isinstance(value, dict):
                value.pop("avatar", None)
                _session(chat, value)
            elif path == "messages.item":
                yield value

    _collect(chat, records(), R.from_json_message)
    return chat


def _session(chat: Chat, session: dict[str, object]) -> None:
    wxid = text_of(session.get("wxid"))
    title = text_of(session.get("displayName")) or text_of(session.get("remark")) or text_of(session.get("nickname"))
    if title:
        chat.title = title
    if wxid or title:
        chat.identity = ("id:" + wxid) if wxid else ("title:" + title)
    kind = session.get("type")
    chat.group = kind == "群聊" or wxid.endswith("@chatroom") if kind in ("群聊", "私聊") or wxid else None


def _read_txt(lines: TextLines, stem: str) -> Chat:
    chat = Chat(identity="title:" + stem, title=stem)
    head: tuple[str, datetime | None, int] | None = None
    body: list[str] = []
    owner_seen = False

    def flush() -> None:
        nonlocal head, body
        if head is not None:
            sender, when, number = head
            if when is None:
                chat.skipped += 1
            else:
                chat.messages.append(qq_content.message(sender, "\n".join(body).strip(), when, line=number))
        head, body = None, []

    for number, line in enumerate(lines, start=1):
        found = _TXT_HEADER.match(line)
        if found:
            flush()
            who = found.group("who").strip()
            owner_seen = owner_seen or who == "我"
            try:
                when: datetime | None = datetime(*map(int, found.groups()[:6]))
            except ValueError:
                when = None
            head = (R.OWNER if who == "我" else who, when, number)
        elif head is not None:
            body.append(line)
        elif line.strip():
            chat.skipped += 1
    flush()
    if owner_seen:
        chat.owner = R.OWNER
        chat.notes.append(f'Messages the account owner sent ("我") are shown as from "{R.OWNER}".')
    others = [p for p in participants_of(chat.messages) if p != R.OWNER]
    chat.group = len(others) > 1
    return chat
