"""DiscordChatExporter JSON, streamed with ijson (exports of several GB exist).

Only the fields Guardian needs are built per message; embeds, reactions, mentions, roles and
inline emoji are skipped event by event. Attachments are reduced to their kind at once.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

import ijson
from ijson.common import ObjectBuilder

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers import json_guard
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.discord_chat import MAX_TEXT, ChatInfo, Draft, Parsed, media_kind, system_text
from guardian_app.importers.discord_dates import parse_iso
from guardian_app.importers.textdecode import detect_bom

MSG = "messages.item"
_SKIP_KEYS = {"embeds", "reactions", "mentions", "inlineEmojis", "components", "reference", "interaction",
              "timestampEdited", "callEndedTimestamp", "isPinned"}
_SKIP_AUTHOR = {"roles", "avatarUrl", "color"}
_REGULAR = {"default", "reply", "chatinputcommand", "contextmenucommand", "0", "19", "20", "23"}
SYSTEM_TYPES = {"recipientadd", "recipientremove", "call", "channelnamechange", "channeliconchange",
                "channelpinnedmessage", "guildmemberjoin", "threadcreated", "userjoin"}


class _Recoded:
    """UTF-16/32 text re-encoded as UTF-8 bytes for ijson (streamed, never read whole)."""

    def __init__(self, stream: BinaryIO, encoding: str) -> None:
        self._text = io.TextIOWrapper(stream, encoding=encoding, errors="replace")

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson probes with read(0)
            return b""
        return self._text.read(max(size // 4, 1) if size > 0 else -1).encode("utf-8")


def _source(stream: BinaryIO) -> BinaryIO:
    """The stream as UTF-8 bytes without a byte-order mark."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    encoding, skip = detect_bom(buffered.peek(4)[:4])
    buffered.read(skip)
    if encoding and encoding != "utf-8":
        return _Recoded(buffered, encoding)  # type: ignore[return-value]
    return buffered  # type: ignore[return-value]


def _wanted(prefix: str, event: str, value: Any) -> bool:
    """False for events of fields we never build (so large unused parts cost no memory)."""
    if event == "map_key":
        if prefix == MSG:
            return value not in _SKIP_KEYS
        if prefix == f"{MSG}.author":
            return value not in _SKIP_AUTHOR
        return True
    rest = prefix[len(MSG) + 1:]
    head = rest.split(".", 1)[0]
    if head in _SKIP_KEYS:
        return False
    return not (head == "author" and rest[7:].split(".", 1)[0] in _SKIP_AUTHOR)


def _objects(stream: BinaryIO) -> Iterator[tuple[str, Any]]:
    """("guild" | "channel" | "message", object) in file order; ("", None) marks a top-level map."""
    builder: ObjectBuilder | None = None
    target = ""
    for n, (prefix, event, value) in enumerate(json_guard.parse(stream)):
        if n == 0:
            if event != "start_map":
                raise ValueError("not an object")
            yield "", None
        if builder is None:
            if event == "start_map" and prefix in ("guild", "channel", MSG):
                builder, target = ObjectBuilder(), prefix
                builder.event(event, value)
            continue
        if target == MSG and prefix != MSG and not _wanted(prefix, event, value):
            continue
        builder.event(event, value)
        if event == "end_map" and prefix == target:
            yield ("message" if target == MSG else target), builder.value
            builder = None


def _text(value: Any) -> str:
    return value[:MAX_TEXT] if isinstance(value, str) else ""


def _kinds(items: Any, fixed: str | None = None) -> list[str]:
    if not isinstance(items, list):
        return []
    kinds = []
    for item in items:
        if isinstance(item, dict):
            name = item.get("fileName") or item.get("url") or ""
            kinds.append(fixed or media_kind(name if isinstance(name, str) else ""))
    return kinds


def draft(msg: Any) -> Draft | None:
    """The Draft for one message object, or None when it is malformed."""
    if not isinstance(msg, dict) or not isinstance(msg.get("author"), dict):
        return None
    author = msg["author"]
    username = author.get("name") if isinstance(author.get("name"), str) else ""
    nickname = author.get("nickname") if isinstance(author.get("nickname"), str) else ""
    sender = (nickname or username).strip()
    when = parse_iso(msg["timestamp"]) if isinstance(msg.get("timestamp"), str) else None
    if not sender or when is None:
        return None
    text = _text(msg.get("content"))
    media = _kinds(msg.get("attachments")) + _kinds(msg.get("stickers"), "sticker")
    forwarded = msg.get("forwardedMessage")
    if isinstance(forwarded, dict):
        text = text or _text(forwarded.get("content"))
        media += _kinds(forwarded.get("attachments")) + _kinds(forwarded.get("stickers"), "sticker")
    kind_name = str(msg.get("type", "Default")).strip().casefold()
    if kind_name in SYSTEM_TYPES or (kind_name not in _REGULAR and kind_name.isdigit() and 1 <= int(kind_name) <= 18):
        kind, text = SYSTEM, system_text(sender, text)
    else:
        kind = MEDIA if media else TEXT
    msg_id = msg.get("id")
    return Draft(sender, text, when, kind, tuple(media), str(msg_id) if isinstance(msg_id, str | int) else None,
                 aliases=(username,))


def _info(info: ChatInfo, target: str, obj: Any) -> None:
    if not isinstance(obj, dict):
        return
    def get(key: str) -> str:
        value = obj.get(key)
        return str(value).strip() if isinstance(value, str | int) else ""
    if target == "guild":
        info.guild = get("name")
    else:
        info.channel, info.channel_id = get("name"), get("id")
        info.category, info.channel_type = get("category"), get("type")


def read(ef: ExportFile) -> Parsed:
    """Every message of one DCE JSON file; damage after some messages keeps what came before."""
    parsed = Parsed(ChatInfo())
    seen_root = False
    with ef.open() as raw:
        try:
            for target, obj in _objects(_source(raw)):
                if target == "message":
                    d = draft(obj)
                    if d is None:
                        parsed.skipped += 1
                    else:
                        parsed.drafts.append(d)
                elif target:
                    _info(parsed.info, target, obj)
                seen_root = True
        except ExportError:
            raise
        except (ijson.JSONError, ValueError, OSError, EOFError, UnicodeError) as exc:
            if not parsed.drafts:
                reason = "it is not valid JSON" if not seen_root else "the file is damaged before the first message"
                raise ExportError(f"{ef.display} could not be read as a Discord export: {reason}.") from exc
            parsed.notes.append("The file is damaged or cut short; the messages before the damage were read.")
    if not parsed.info.channel_id and not parsed.drafts and not parsed.skipped:
        raise ExportError(f"{ef.display} could not be read as a Discord export: it holds no channel or messages.")
    return parsed
