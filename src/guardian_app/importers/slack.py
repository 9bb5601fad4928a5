"""Slack workspace exports (export-formats.md §12): a zip or folder with ``users.json``,
``channels.json`` (and ``groups.json``, ``mpims.json``, ``dms.json``) and one folder per channel
of daily ``YYYY-MM-DD.json`` files.

Each day file is one export unit, streamed item by item. Every day file of a channel gets the
same key (the channel id from the workspace files, else the channel's folder name), so the
pipeline joins a channel's days into one conversation. The workspace files hold no messages:
they are not claimed by :func:`sniff`, so a folder scan passes over them quietly. Shared files
are never fetched or opened; ``ts`` is epoch seconds, so times are UTC.
"""

from __future__ import annotations

import re
from typing import Any

from guardian_app.domain import Conversation, Message
from guardian_app.importers import slack_workspace
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_common import Chat, build
from guardian_app.importers.json_paths import values
from guardian_app.importers.slack_messages import plain_text, to_message
from guardian_app.importers.slack_workspace import DAY_NAME, Channel, Workspace, user_name
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "slack"
LABEL = "Slack"
EXTENSIONS = (".json",)

_TS = re.compile(r'"ts"\s*:\s*"\d{9,10}\.\d{6}"')
_MESSAGE = re.compile(r'"type"\s*:\s*"message"')
_USER = re.compile(r'"(?:user|bot_id)"\s*:\s*"[UWB][A-Z0-9]{4,}"')
_ARRAY_OF_OBJECTS = re.compile(r"^\s*\[\s*(?:\{|$)")


def sniff(head: bytes, name: str) -> float:
    """How sure we are that this is a Slack day file ``YYYY-MM-DD.json`` (0..1)."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head).lstrip("\ufeff")
    if not _ARRAY_OF_OBJECTS.match(text):
        return 0.0
    dated = DAY_NAME.match(name) is not None
    has_ts, is_message = bool(_TS.search(text)), bool(_MESSAGE.search(text))
    if has_ts and (is_message or _USER.search(text)):
        return 0.95 if dated else 0.9
    if dated and is_message and _USER.search(text):
        return 0.8  # a first record so long that its "ts" lies past the head
    return 0.0


def _folder(ef: ExportFile) -> tuple[str, bool]:
    """The channel's folder name, and whether the file sits alone (``general_2024-03-14.json``)."""
    found = DAY_NAME.match(ef.name)
    if found and found.group("prefix"):
        return found.group("prefix").strip(" _-"), True
    if ef.member is None:
        return ef.path.parent.name, False
    parts = ef.member.replace("\\", "/").split("/")
    return (parts[-2] if len(parts) > 1 else ""), False


def _channel(space: Workspace, folder: str, alone: bool) -> Channel | None:
    found = space.channel(folder)
    if found is None and alone:  # "export_general" saved next to the export's channels.json
        found = next((c for c in space.channels if c.name and folder.endswith(("_" + c.name, "-" + c.name))), None)
    return found


def parse(ef: ExportFile) -> list[Conversation]:
    """The messages of one Slack day file. Raises only :class:`ExportError`."""
    messages: list[Message] = []
    profiles: dict[str, str] = {}
    skipped = 0
    for _path, record in values(ef, frozenset({"item"})):
        message = to_message(record)
        if message is None:
            skipped += 1
        elif message is not False:
            messages.append(message)  # type: ignore[arg-type]
            _remember_profile(record, profiles)
    if not messages:
        raise ExportError(f"{ef.display} does not look like a Slack export: it holds no readable message.")
    space = slack_workspace.load(ef)
    folder, alone = _folder(ef)
    channel = _channel(space, folder, alone)
    names = {**profiles, **space.users}
    for m in messages:  # names are known only now: resolve senders and mentions in place
        m.sender = names.get(m.sender, m.sender) if m.sender is not None else None
        m.text = plain_text(m.text, names)
    chat = Chat(identity="", title="", skipped=skipped, messages=messages)
    _describe(chat, channel, folder, names, bool(space.users))
    return [build(NAME, ef.display, chat, timezone_known=True)]


def _remember_profile(record: Any, profiles: dict[str, str]) -> None:
    profile, user = record.get("user_profile"), record.get("user")
    if isinstance(profile, dict) and isinstance(user, str) and user not in profiles:
        name = user_name(profile)
        if name:
            profiles[user] = name


def _describe(chat: Chat, channel: Channel | None, folder: str, names: dict[str, str], listed: bool) -> None:
    """Title, key identity and notes of one channel's day file."""
    chat.identity = "id:" + channel.id if channel and channel.id else "folder:" + folder.casefold()
    if channel is not None and channel.kind in ("dm", "group_dm"):
        chat.group = channel.kind == "group_dm" or len(channel.members) > 2
        people = [names.get(m, m) for m in channel.members]
        chat.title = ", ".join(people) or channel.name or folder
    else:
        chat.group = True
        chat.title = "#" + (channel.name if channel and channel.name else folder or "slack")
    chat.notes.append("Times are in UTC.")
    if not listed:
        chat.notes.append("No users.json was found next to this file, so some people may show as Slack ids.")
