"""QQ message bodies: media placeholders (``[图片]``, ``[图片: a.png]``, ``[语音 7秒]``) and reply
prefixes (``[回复 : ...]``), shared by the QQ text and JSON readers. A placeholder only records
that media existed; its file name is dropped."""

from __future__ import annotations

import re
from datetime import datetime

from guardian_app.domain import MEDIA, SYSTEM, TEXT, Message

_KINDS = {
    "图片": "image", "闪照": "image", "照片": "image",
    "表情": "sticker", "动画表情": "sticker", "商城表情": "sticker", "超级表情": "sticker", "表情包": "sticker",
    "语音": "audio", "音频": "audio",
    "视频": "video", "视频文件": "video", "短视频": "video",
    "文件": "document",
    "位置": "location", "地理位置": "location",
    "名片": "contact", "联系人": "contact",
    "红包": "other", "转账": "other", "小程序": "other", "卡片消息": "other", "聊天记录": "other",
    "合并转发": "other", "分享": "other", "音乐": "other",
}  # fmt: skip
_WORDS = "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True))
_PLACEHOLDER = re.compile(rf"\[(?P<w>{_WORDS})(?:[:：\s][^\[\]\n]{{0,300}})?\]")
_REPLY = re.compile(r"^\s*\[回复[^\]\n]{0,2000}\]\s*\n?")
ELEMENT_KINDS = {
    "image": "image", "pic": "image", "video": "video", "audio": "audio", "voice": "audio", "ptt": "audio",
    "file": "document", "location": "location", "market_face": "sticker", "marketface": "sticker",
    "sticker": "sticker", "contact": "contact",
}  # fmt: skip
SYSTEM_NAMES = frozenset({"系统消息", "系统", "system", "System"})


def split(text: str) -> tuple[str, tuple[str, ...]]:
    """(the typed text without placeholders or reply quote, the media kinds found)."""
    text = _REPLY.sub("", text, count=1)
    kinds: list[str] = []

    def take(found: re.Match[str]) -> str:
        kind = _KINDS[found.group("w")]
        if kind not in kinds:
            kinds.append(kind)
        return ""

    cleaned = _PLACEHOLDER.sub(take, text)
    return cleaned.strip(), tuple(kinds)


def message(
    sender: str | None, body: str, when: datetime | None, media: tuple[str, ...] = (), line: int | None = None
) -> Message:
    """A message from a sender's name and raw body (``sender`` None means a system notice)."""
    if sender is None or sender in SYSTEM_NAMES:
        return Message(None, body.strip(), when, SYSTEM, line=line)
    text, found = split(body)
    kinds = tuple(dict.fromkeys(found + media))
    if kinds:
        return Message(sender, text, when, MEDIA, kinds, line=line)
    return Message(sender, text, when, TEXT, line=line)
