"""One WeChat message from the records of the common export tools (export-formats.md §10.2):
WeChatMsg / MemoTrace CSV rows and WeFlow / EchoTrace JSON messages. XML payloads (links, files,
transfers) and media are never kept: only the kind of what existed."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Message
from guardian_app.importers import qq_content
from guardian_app.importers.chat_common import from_epoch

OWNER = "Me"  # the tools write "我" or IsSender=1; the owner's own name is not in the row
_TYPE_KINDS = {3: "image", 34: "audio", 43: "video", 47: "sticker", 48: "location", 42: "contact"}
_APP_KINDS = {6: "document", 8: "sticker", 33: "other", 36: "other", 19: "other", 2000: "other", 2001: "other"}
_NAMED = {
    "文本消息": TEXT, "引用消息": TEXT,
    "图片消息": "image", "语音消息": "audio", "视频消息": "video", "文件消息": "document",
    "动画表情": "sticker", "名片消息": "contact", "位置消息": "location",
    "卡片式链接": "other", "图文消息": "other", "红包卡片": "other", "转账卡片": "other",
    "小程序分享": "other", "视频号直播卡片": "other", "聊天记录合并转发": "other",
    "系统消息": SYSTEM, "通话消息": SYSTEM, "撤回消息": DELETED,
}  # fmt: skip
_TITLE = re.compile(r"<title>(?:<!\[CDATA\[)?(.{0,2000}?)(?:\]\]>)?</title>", re.DOTALL)
_RECALL = ("撤回了一条消息", "recalled a message")


class BadRecord(Exception):
    """A record that cannot become a message (counted in ``skipped``)."""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value.strip()) < 12:
        return int(value.strip())
    return None


def _looks_xml(text: str) -> bool:
    return text.lstrip().startswith(("<", "&lt;"))


def _body(sender: str | None, content: str, when: datetime, kind: str) -> Message:
    if kind == SYSTEM or sender is None:
        text = "" if _looks_xml(content) else content.strip()
        if any(r in text for r in _RECALL) and sender is not None:
            return Message(sender, "", when, DELETED)
        return Message(None, text, when, SYSTEM)
    if kind == DELETED:
        return Message(sender, "", when, DELETED)
    if kind == TEXT:
        return qq_content.message(sender, content, when)
    return Message(sender, "", when, MEDIA, (kind,))


def from_csv_row(row: dict[str, str]) -> tuple[Message, bool]:
    """(message, sent by the owner) for one WeChatMsg CSV row; raises :class:`BadRecord`."""
    when = from_epoch(row.get("CreateTime", ""), "s")
    kind_code = _int(row.get("Type", ""))
    if when is None or kind_code is None:
        raise BadRecord
    by_owner = (row.get("IsSender") or "").strip() == "1"
    content = row.get("StrContent") or ""
    sender: str | None = OWNER if by_owner else _first(row, "Remark", "NickName", "Sender", "TalkerId")
    if kind_code == 1:
        kind = TEXT
    elif kind_code in (10000, 10002):
        kind, sender = SYSTEM, None
    elif kind_code == 50:
        return Message(None, f"{sender}: call", when, SYSTEM), by_owner
    elif kind_code == 49:
        sub = _int(row.get("SubType", "")) or 0
        if sub == 57:  # a quoted reply: the typed words are the payload's title
            found = _TITLE.search(content)
            kind, content = TEXT, (found.group(1) if found else "")
        else:
            kind = _APP_KINDS.get(sub, "other")
    else:
        kind = _TYPE_KINDS.get(kind_code, TEXT if content and not _looks_xml(content) else "other")
    if sender is None and kind != SYSTEM:
        raise BadRecord
    return _body(sender, content, when, kind), by_owner


def _first(row: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = row.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()[:200]
    return None


def from_json_message(record: Any) -> tuple[Message, bool]:
    """(message, sent by the owner) for one WeFlow / EchoTrace message; raises :class:`BadRecord`."""
    if not isinstance(record, dict):
        raise BadRecord
    when = from_epoch(record.get("createTime"), "s")
    if when is None:
        raise BadRecord
    is_send = record.get("isSend")
    username = _first(record, "senderUsername") or ""
    sender = _first(record, "senderDisplayName", "senderUsername")
    kind = _NAMED.get(str(record.get("type")))
    if kind is None:
        kind = "other" if record.get("type") not in (None, "") else TEXT
    if is_send is None or username.endswith("@chatroom"):
        kind = SYSTEM if kind != DELETED else kind
    content = record.get("content")
    content = content if isinstance(content, str) else ""
    if sender is None and kind not in (SYSTEM,):
        raise BadRecord
    by_owner = _int(is_send) == 1
    return _body(sender if kind != SYSTEM else None, content, when, kind), by_owner
