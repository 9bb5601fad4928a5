"""QQ text exports, read line by line (export-formats.md §10.1).

* The legacy PC QQ "消息管理器" export: a ``消息记录`` header, ``消息对象:X`` blocks (one file can
  hold many chats), and ``2024-03-14 21:05:12 Nick(12345)`` headers each followed by the body.
* The QQ Chat Exporter (QCE) text export: ``聊天名称: X``, then ``Name:`` / ``时间: ...`` /
  ``内容: ...`` records with ``资源:`` / ``提及:`` / ``回复:`` trailers.

Both write local wall-clock times without a zone.
"""

from __future__ import annotations

import re
from datetime import datetime

from guardian_app.importers import qq_content
from guardian_app.importers.chat_common import Chat
from guardian_app.importers.linestream import TextLines

LEGACY_HEADER = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) (.+)$")
_WHO = re.compile(r"^(?:【[^】]{0,40}】)?(?P<nick>.*?)(?:\((?P<id>[^()]{1,64})\)|<(?P<mail>[^<>\s]{1,128})>)?$")
_OBJECT = re.compile(r"^消息对象[:：]\s*(.*)$")
_RULE = re.compile(r"^\s*={10,}\s*$")
_QCE_FIELD = re.compile(r"^(聊天名称|聊天类型|时间|内容|资源|提及|回复)[:：]\s?(.*)$")
_QCE_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})")


def _when(parts: tuple[str, ...]) -> datetime | None:
    try:
        return datetime(*map(int, parts))  # type: ignore[misc]
    except (ValueError, OverflowError):
        return None


def read_legacy(lines: TextLines, fallback_title: str) -> list[Chat]:
    """Every chat in a legacy QQ export, in file order."""
    chats: list[Chat] = []
    chat: Chat | None = None
    nicks: dict[str, str] = {}
    head: tuple[str | None, datetime | None, int] | None = None
    body: list[str] = []
    after_rule = False

    def flush() -> None:
        nonlocal head, body
        if head is not None and chat is not None:
            sender, when, number = head
            if when is None:
                chat.skipped += 1
            else:
                chat.messages.append(qq_content.message(sender, "\n".join(body).strip(), when, line=number))
        head, body = None, []

    for number, line in enumerate(lines, start=1):
        if _RULE.match(line):
            flush()
            after_rule = True
            continue
        found_object = _OBJECT.match(line)
        if found_object and (after_rule or head is None):
            flush()
            title = found_object.group(1).strip()
            chat = Chat(identity="title:" + title, title=title)
            chats.append(chat)
            continue
        header = LEGACY_HEADER.match(line)
        if header:
            flush()
            if chat is None:
                chat = Chat(identity="title:" + fallback_title, title=fallback_title)
                chats.append(chat)
            when = _when(header.groups()[:6])
            head = (_sender(header.group(7), nicks), when, number)
            after_rule = False
            continue
        if head is not None:
            body.append(line)
        elif line.strip() and not after_rule and chat is not None:
            chat.skipped += 1
    flush()
    return chats


def _sender(who: str, nicks: dict[str, str]) -> str | None:
    found = _WHO.match(who.strip())
    nick = (found.group("nick") if found else who).strip()
    ident = (found.group("id") or found.group("mail")) if found else None
    if ident == "10000" and nick in qq_content.SYSTEM_NAMES:
        return None
    if ident and nick and nick != ident:
        nicks[ident] = nick
    elif ident:
        nick = nicks.get(ident, ident)  # "10001(10001)": the last real nickname seen, if any
    return nick or ident or "?"


def read_qce(lines: TextLines, fallback_title: str) -> Chat:
    """The one chat of a QCE text export."""
    chat = Chat(identity="title:" + fallback_title, title=fallback_title)
    pending: tuple[str, int] | None = None  # a "Name:" line waiting for its "时间:" line
    current: dict[str, object] | None = None
    state = "header"

    def flush() -> None:
        nonlocal current
        if current is not None:
            body = "\n".join(current["body"]).strip()  # type: ignore[arg-type]
            when = current["when"]
            if when is None:
                chat.skipped += 1
            else:
                chat.messages.append(qq_content.message(current["sender"], body, when, line=current["line"]))  # type: ignore[arg-type]
        current = None

    for number, line in enumerate(lines, start=1):
        field = _QCE_FIELD.match(line)
        if field and field.group(1) == "时间" and pending is not None:
            flush()
            stamp = _QCE_TIME.match(field.group(2).strip())
            when = _when(stamp.groups()) if stamp else None
            current = {"sender": pending[0], "when": when, "line": pending[1], "body": []}
            pending, state = None, "record"
            continue
        if pending is not None and current is not None and state == "body":
            current["body"].append(pending[0] + ":")  # type: ignore[attr-defined]
        pending = None
        if state == "header" and field and field.group(1) == "聊天名称" and field.group(2).strip():
            chat.title = field.group(2).strip()
            chat.identity = "title:" + chat.title
        elif state == "header" and field and field.group(1) == "聊天类型":
            chat.group = field.group(2).strip() not in ("私聊", "private", "好友")
        if _RULE.match(line):
            flush()
            state = "footer" if state != "header" else state
        elif line.rstrip().endswith((":", "：")) and not field and state != "footer":
            pending = (line.rstrip()[:-1].strip(), number)
        elif field and field.group(1) == "内容" and current is not None:
            current["body"] = [field.group(2)]
            state = "body"
        elif field and field.group(1) in ("资源", "提及", "回复") and current is not None:
            state = "trailer"
        elif state == "body" and current is not None:
            current["body"].append(line)  # type: ignore[attr-defined]
    flush()
    return chat
