"""DiscordChatExporter HTML, parsed incrementally with the standard library's html.parser.

Messages are ``div.chatlog__message-container[data-message-id]`` inside
``div.chatlog__message-group``; only the first message of a group repeats the author
(``span.chatlog__author``), later ones carry ``div.chatlog__short-timestamp[title]``. Text is
taken from ``div.chatlog__content`` (never from the quoted reply or embeds); attachments only
tell their kind (image/video/audio/other); nothing is ever loaded from a ``src``.
Older exports (``div.chatlog__message[data-message-id]``, ``chatlog__author-name``) also work.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.discord_chat import (
    MAX_TEXT,
    ChatInfo,
    Draft,
    Parsed,
    info_from_file_name,
    media_kind,
    plain_name,
)
from guardian_app.importers.discord_dates import parse_any
from guardian_app.importers.discord_text import text_stream

CHUNK = 64 * 1024
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_ROLES = {
    "chatlog__message-group": "group", "chatlog__message-container": "message",
    "chatlog__author": "author", "chatlog__author-name": "author",
    "chatlog__system-notification-author": "author", "chatlog__system-notification-content": "system",
    "chatlog__timestamp": "time", "chatlog__system-notification-timestamp": "time",
    "chatlog__short-timestamp": "time", "chatlog__content": "content",
    "chatlog__edited-timestamp": "hidden", "chatlog__reply": "hidden", "chatlog__embed": "hidden",
    "chatlog__reactions": "hidden", "chatlog__attachment": "attachment", "chatlog__sticker": "sticker",
    "preamble__entry": "entry",
}  # fmt: skip


class _Pending:
    def __init__(self, msg_id: str | None, line: int) -> None:
        self.msg_id, self.line = msg_id, line
        self.author = self.full_name = self.date = ""
        self.text: list[str] = []
        self.media: list[str] = []
        self.system = False


class DiscordHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[str, ...]]] = []
        self.active: Counter[str] = Counter()
        self.entries: list[str] = []
        self.title = ""
        self.drafts: list[Draft] = []
        self.msg: _Pending | None = None
        self.group_author = self.group_full = self.group_date = ""
        self.attachment = ""

    # -- structure -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        roles = tuple(_ROLES[c] for c in classes if c in _ROLES)
        if "chatlog__message" in classes and "data-message-id" in a and not self.active["message"]:
            roles += ("message",)
        if tag == "title":
            roles += ("title",)
        self._open(tag, roles, a)
        if tag in _VOID:
            self._close_roles(roles)
        else:
            self.stack.append((tag, roles))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:  # "<br/>", "<img .../>"; a self-closed "<use/>" opens nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            name, roles = self.stack.pop()
            self._close_roles(roles)
            if name == tag:
                return

    def _open(self, tag: str, roles: tuple[str, ...], a: dict[str, str]) -> None:
        for role in roles:
            self.active[role] += 1
        if "group" in roles:
            self.group_author = self.group_full = self.group_date = ""
        if "message" in roles:
            self.msg = _Pending(a.get("data-message-id") or None, self.getpos()[0])
        if "entry" in roles:
            self.entries.append("")
        if "attachment" in roles:
            self.attachment = "other"
        target = self.msg
        if target is not None and ("system" in roles or "system-notification" in a.get("class", "")):
            target.system = True
        if "author" in roles:
            if target is None:
                self.group_full = plain_name(a.get("title", ""))
            else:
                target.full_name = plain_name(a.get("title", ""))
        if "time" in roles and a.get("title"):
            self._set_date(a["title"])
        if self.active["attachment"] and not self.active["hidden"]:
            if tag in ("img", "video", "audio"):
                self.attachment = {"img": "image", "video": "video", "audio": "audio"}[tag]
            elif tag == "a" and self.attachment == "other" and a.get("href"):
                self.attachment = media_kind(a["href"])
        if target is not None and tag == "img" and self._in_text() and a.get("alt"):
            self._add_text(a["alt"])
        if target is not None and tag == "br" and self._in_text():
            self._add_text("\n")

    def _close_roles(self, roles: tuple[str, ...]) -> None:
        for role in roles:
            self.active[role] -= 1
            if role == "attachment" and self.msg is not None:
                self.msg.media.append(self.attachment)
            elif role == "sticker" and self.msg is not None:
                self.msg.media.append("sticker")
            elif role == "message" and self.msg is not None:
                self._finish(self.msg)
                self.msg = None

    # -- text --------------------------------------------------------------------------------------
    def _in_text(self) -> bool:
        return bool((self.active["content"] or self.active["system"]) and not self.active["hidden"])

    def _add_text(self, text: str) -> None:
        if self.msg is not None and sum(map(len, self.msg.text)) < MAX_TEXT:
            self.msg.text.append(text)

    def _set_date(self, text: str) -> None:
        if self.msg is not None:
            self.msg.date = self.msg.date or text.strip()
        else:
            self.group_date = self.group_date or text.strip()

    def handle_data(self, data: str) -> None:
        if self.active["title"]:
            self.title += data
        elif self.active["entry"] and self.entries:
            self.entries[-1] += data
        elif self.active["hidden"]:
            return
        elif self.active["author"]:
            if self.msg is not None:
                self.msg.author += data
            else:
                self.group_author += data
        elif self.active["time"]:
            if data.strip():
                self._set_date(data)
        elif self._in_text():
            self._add_text(data)

    def _finish(self, m: _Pending) -> None:
        author = " ".join(m.author.split()) or (" ".join(self.group_author.split()) if not m.system else "")
        if m.author.strip() and not m.system:
            self.group_author, self.group_full = m.author, m.full_name
        date = m.date or self.group_date
        text = "".join(m.text).strip()[:MAX_TEXT]
        if not author and not text:
            return
        when = parse_any(date) if date else None
        aliases = (m.full_name or self.group_full,)
        if m.system:
            self.drafts.append(Draft(author, f"{author} {text}".strip(), when, SYSTEM, msg_id=m.msg_id, line=m.line))
        else:
            kind = MEDIA if m.media else TEXT
            self.drafts.append(Draft(author or "Unknown", text, when, kind, tuple(m.media), m.msg_id, m.line, aliases))


def _info(parser: DiscordHTML, ef: ExportFile) -> ChatInfo:
    info, _ = info_from_file_name(ef)
    entries = [" ".join(e.split()) for e in parser.entries]
    if len(entries) >= 2:
        info.guild = entries[0]
        *category, info.channel = entries[1].split(" / ")
        info.category = " / ".join(category)
    elif " - " in parser.title:
        info.guild, _, info.channel = (" ".join(parser.title.split())).partition(" - ")
    return info


def read(ef: ExportFile) -> Parsed:
    """Every message of one DCE HTML export."""
    parser = DiscordHTML()
    with text_stream(ef) as stream:
        try:
            while chunk := stream.read(CHUNK):
                parser.feed(chunk)
            parser.close()
        except (AssertionError, ValueError, IndexError) as exc:  # html.parser on broken markup
            if not parser.drafts:
                raise ExportError(f"{ef.display} could not be read as a Discord export: the HTML is damaged.") from exc
    if parser.msg is not None:  # cut short inside a message
        parser._finish(parser.msg)
    return Parsed(_info(parser, ef), parser.drafts)
