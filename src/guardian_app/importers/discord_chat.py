"""Turning DiscordChatExporter records (from any of its four formats) into one Conversation.

The format readers fill a :class:`ChatInfo` and a list of :class:`Draft` records; this module
decides the order, drops repeated message ids, and works out the title, the key (from the
channel id when the export has one, so split ``[part 2]`` files join up), the participants,
and, for a one-to-one direct message, the other side and the owner.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from guardian_app.domain import MEDIA, SYSTEM, Conversation, Message
from guardian_app.importers.base import ExportFile
from guardian_app.importers.discord_dates import LocalDate, resolve

NAME = "discord"
DIRECT = "direct messages"
MAX_TEXT = 64_000  # characters kept of one message; a longer one is cut (and noted)

_IMAGE = {"jpg", "jpeg", "png", "webp", "heic", "heif", "bmp", "tif", "tiff", "avif"}
_VIDEO = {"mp4", "mov", "webm", "mkv", "avi", "m4v", "3gp"}
_AUDIO = {"mp3", "ogg", "opus", "wav", "m4a", "flac", "aac", "amr"}
_DOCUMENT = {"pdf", "doc", "docx", "txt", "rtf", "odt", "xls", "xlsx", "ppt", "pptx", "csv", "zip", "rar", "7z"}
# DCE's generated English "fallback content" for system notifications (CSV and TXT carry no type).
SYSTEM_TEXT = re.compile(
    r"^(?:Added .{1,100} to the group\.|Added a recipient\.|Left the group\.|"
    r"Removed .{1,100} from the group\.|Removed a recipient\.|"
    r"Started a call that lasted [\d,. ]{1,12} minutes?\.|Changed the channel name(?:: .{0,200}|\.)|"
    r"Changed the channel icon\.|Pinned a message\.|Started a thread\.|Joined the server\.)$"
)
# DCE's default file name: "Guild - Category - Channel [channel id] (date range) [part N].ext"
_FILE_NAME = re.compile(
    r"^(?P<title>.+?) \[(?P<id>\d{5,25})\](?: \([^)]{0,40}\))?(?: \[part \d{1,6}\])?$"
)
_DISCRIMINATOR = re.compile(r"#\d{4}$")


@dataclass(slots=True)
class ChatInfo:
    guild: str = ""
    category: str = ""
    channel: str = ""
    channel_id: str = ""
    channel_type: str = ""


@dataclass(slots=True)
class Draft:
    """One message as read, before ordering. ``when`` is a datetime or a LocalDate to resolve."""

    sender: str | None
    text: str
    when: datetime | LocalDate | None
    kind: str = "text"
    media: tuple[str, ...] = ()
    msg_id: str | None = None
    line: int | None = None
    aliases: tuple[str, ...] = ()  # other names of the sender (username, "name#1234")


@dataclass(slots=True)
class Parsed:
    info: ChatInfo
    drafts: list[Draft] = field(default_factory=list)
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


def media_kind(url_or_name: str) -> str:
    """The kind of an attachment from its extension (the name itself is not kept)."""
    path = url_or_name.split("?", 1)[0].split("#", 1)[0]
    suffix = PurePosixPath(path.replace("\\", "/")).suffix.lower().lstrip(".")
    if suffix == "gif":
        return "gif"
    for kind, names in (("image", _IMAGE), ("video", _VIDEO), ("audio", _AUDIO), ("document", _DOCUMENT)):
        if suffix in names:
            return kind
    return "other"


def system_text(sender: str | None, content: str) -> str:
    """ "ana joined the server." from the author and DCE's fallback content."""
    content = content.strip()
    if not sender or not content:
        return content
    return f"{sender} {content[0].lower()}{content[1:]}"


def plain_name(full_name: str) -> str:
    """A user name without a legacy ``#1234`` discriminator."""
    return _DISCRIMINATOR.sub("", full_name.strip())


def info_from_file_name(ef: ExportFile) -> tuple[ChatInfo, str]:
    """What DCE's default file name says: guild, category, channel and channel id (and the stem)."""
    stem = PurePosixPath(ef.name).stem
    match = _FILE_NAME.match(stem)
    if match is None:
        return ChatInfo(), re.sub(r" \[part \d{1,6}\]$", "", stem)
    parts = match["title"].split(" - ")
    info = ChatInfo(channel_id=match["id"], channel=parts[-1])
    if len(parts) >= 3:
        info.guild, info.category = parts[0], " - ".join(parts[1:-1])
    elif len(parts) == 2:
        info.guild = parts[0]
    return info, match["title"]


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _key(info: ChatInfo, fallback: str) -> str:
    if info.channel_id:
        return f"{NAME}:{_sha1('id:' + info.channel_id)}"
    names = "\x1f".join(" ".join(p.casefold().split()) for p in (info.guild, info.category, info.channel))
    if info.channel:
        return f"{NAME}:{_sha1('names:' + names)}"
    return f"{NAME}:{_sha1('file:' + ' '.join(fallback.casefold().split()))}"


def _one_to_one(info: ChatInfo) -> bool:
    if info.guild.strip().casefold() != DIRECT or not info.channel:
        return False
    kind = (info.channel_type or info.category).strip().casefold()
    if kind in ("directgrouptextchat", "group"):
        return False
    return kind in ("directtextchat", "private") or ", " not in info.channel


def _title(info: ChatInfo, fallback: str, contact: str | None) -> str:
    if contact:
        return f"Direct messages with {contact}"
    if info.guild and info.channel and info.guild.casefold() != DIRECT:
        return f"{info.guild} / #{info.channel}"
    return info.channel or info.guild or fallback


def _ordered(parsed: Parsed) -> list[Draft]:
    drafts = parsed.drafts
    local = [d.when if isinstance(d.when, LocalDate) else None for d in drafts]
    if any(local):
        resolved, note = resolve(local)
        for draft, value in zip(drafts, resolved, strict=True):
            if isinstance(draft.when, LocalDate):
                draft.when = value
        if note:
            parsed.notes.append(note)
    seen: set[str] = set()
    unique: list[Draft] = []
    for draft in drafts:
        if draft.msg_id and draft.msg_id in seen:
            continue
        if draft.msg_id:
            seen.add(draft.msg_id)
        unique.append(draft)
    if len(unique) < len(drafts):
        n = len(drafts) - len(unique)
        parsed.notes.append(f"{n} repeated message{'s' if n != 1 else ''} (same message id) kept once.")
    missing = sum(1 for d in unique if d.when is None)
    if missing:
        parsed.notes.append(f"{missing} message{'s' if missing != 1 else ''} with a date we could not read kept "
                            "without a time.")
    else:
        aware = [d for d in unique if isinstance(d.when, datetime) and d.when.tzinfo]
        if 0 < len(aware) < len(unique):  # never compare aware with naive times
            return unique
        unique.sort(key=lambda d: d.when)  # type: ignore[arg-type, return-value]
    return unique


def _matches(draft: Draft, name: str) -> bool:
    wanted = plain_name(name).casefold()
    names = (draft.sender or "", *draft.aliases)
    return any(plain_name(n).casefold() == wanted for n in names if n)


def build(ef: ExportFile, parsed: Parsed, fallback: str) -> Conversation:
    """The Conversation for one parsed export."""
    drafts = _ordered(parsed)
    messages = [
        Message(d.sender if d.kind != SYSTEM else None, d.text, d.when if isinstance(d.when, datetime) else None,
                d.kind, d.media if d.kind == MEDIA else (), i, d.line)
        for i, d in enumerate(drafts)
    ]
    participants: list[str] = []
    for d in drafts:
        if d.kind != SYSTEM and d.sender and d.sender not in participants:
            participants.append(d.sender)
    info, notes = parsed.info, parsed.notes
    contact = owner = None
    if _one_to_one(info):
        other = next((d for d in drafts if d.kind != SYSTEM and _matches(d, info.channel)), None)
        contact = other.sender if other else plain_name(info.channel)
        if other is not None and len(participants) == 2:
            owner = participants[1 - participants.index(contact)]
            notes.append(f"The export came from {owner}'s Discord account (the direct message is "
                         f"named after {contact}, and Discord names it after the other person).")
    aware = bool(messages) and all(m.timestamp is not None and m.timestamp.tzinfo for m in messages)
    notes.append("Times are in UTC." if aware else
                 "Times are the exporting computer's clock; the time zone is not recorded.")
    return Conversation(
        key=_key(info, fallback), source=ef.display, format=NAME, title=_title(info, fallback, contact),
        participants=participants, messages=messages, owner=owner, contact_hint=contact,
        timezone_known=aware, skipped=parsed.skipped, notes=list(dict.fromkeys(notes)),
    )
