"""Telegram Desktop's HTML export: ``messages.html``, ``messages2.html``, ... (one chat, paged).

Parsed incrementally with the standard ``html.parser`` fed in chunks. Each page names the chat
in its header, so every page of one chat gets the same key and the pipeline joins them. A
"joined" message omits its sender (the previous one's), the time is in each message's date
``title`` ("14.03.2024 21:05:12 UTC+01:00", older exports without the zone). Media blocks only
record the kind of media: their file names, links and titles are never kept.
"""

from __future__ import annotations

import re
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

from guardian_app.domain import MEDIA, SYSTEM, TEXT, Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.telegram_chat import ChatInfo, Record, build
from guardian_app.importers.telegram_fields import MAX_TEXT
from guardian_app.importers.telegram_stream import CleanText

MAX_PENDING = 4 * 1024 * 1024  # characters html.parser may hold while waiting for a tag to end
_VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "wbr", "source"})
_TITLE = re.compile(
    r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-])(\d{2}):(\d{2}))?"
)
_DATE_SEPARATOR = re.compile(r"^message-\d+$")
_VIA = re.compile(r"\s+via @\S+$")
_MEDIA = {
    "photo_wrap": "image", "media_photo": "image", "video_file_wrap": "video",
    "media_video": "video", "animated_wrap": "gif", "sticker_wrap": "sticker",
    "media_voice_message": "audio", "media_audio_file": "audio", "media_file": "document",
    "media_contact": "contact", "media_location": "location",
    "media_live_location": "location", "media_venue": "location", "media_game": "other",
    "media_invoice": "other", "media_poll": "other",
}  # fmt: skip


def parse_title(title: str) -> tuple[datetime | None, datetime | None]:
    """(wall clock, UTC instant or None) from a message's date ``title``."""
    match = _TITLE.search(title)
    if not match:
        return None, None
    d, mo, y, h, mi, s = (int(g) for g in match.groups()[:6])
    try:
        local = datetime(y, mo, d, h, mi, s)
        if match.group(7) is None:
            return local, None
        offset = timedelta(hours=int(match.group(8)), minutes=int(match.group(9)))
        zone = timezone(offset if match.group(7) == "+" else -offset)
        return local, local.replace(tzinfo=zone).astimezone(UTC)
    except (ValueError, OverflowError):  # impossible dates or offsets
        return None, None


class _Message:
    def __init__(self, depth: int, service: bool, joined: bool, ident: str) -> None:
        self.depth, self.service, self.joined, self.ident = depth, service, joined, ident
        self.sender: str | None = None
        self.text: list[str] = []
        self.media: list[str] = []
        self.call = self.forwarded = self.too_long = False
        self.times: tuple[datetime | None, datetime | None] = (None, None)


class TelegramPage(HTMLParser):
    """Collects the chat title and one :class:`Record` per message of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.records: list[Record] = []
        self.skipped = 0
        self._stack: list[set[str]] = []  # class sets of the open elements
        self._tags: list[str] = []
        self._msg: _Message | None = None
        self._capture: tuple[int, list[str]] | None = None  # (depth, buffer)
        self._captured = 0  # characters in the current capture
        self._title_wanted = False
        self._last_sender: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        if tag == "br":
            self._data("\n")
        if tag in _VOID or len(self._stack) > 512:
            self._classes(tag, classes, values)
            return
        self._stack.append(classes)
        self._tags.append(tag)
        self._classes(tag, classes, values)

    def _classes(self, tag: str, classes: set[str], values: dict[str, str | None]) -> None:
        depth, msg = len(self._stack), self._msg
        if msg is None:
            if tag == "div" and "message" in classes:
                self._msg = _Message(depth, "service" in classes, "joined" in classes,
                                     values.get("id") or "")
            elif {"text", "bold"} <= classes and self.title is None and self._in("page_header"):
                self._title_wanted, self._capture, self._captured = True, (depth, []), 0
            return
        msg.media.extend(_MEDIA[c] for c in classes if c in _MEDIA)
        msg.call = msg.call or "media_call" in classes
        msg.forwarded = msg.forwarded or "forwarded" in classes
        if tag != "div" or self._capture is not None or self._in("media_wrap"):
            return
        if {"date", "details"} <= classes and not self._in("forwarded"):
            msg.times = parse_title(values.get("title") or "")
        elif "from_name" in classes and not self._in("forwarded"):
            self._capture, self._captured = (depth, []), 0
        elif "text" in classes or (msg.service and {"body", "details"} <= classes):
            self._capture, self._captured = (depth, msg.text), sum(map(len, msg.text))

    def _in(self, cls: str) -> bool:
        return any(cls in classes for classes in self._stack)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._tags:
            return
        while self._tags:
            depth = len(self._stack)
            self._stack.pop()
            closed = self._tags.pop()
            self._close(depth)
            if closed == tag:
                return

    def _close(self, depth: int) -> None:
        if self._capture is not None and self._capture[0] == depth:
            buffer = self._capture[1]
            self._capture = None
            if self._title_wanted:
                self.title, self._title_wanted = " ".join("".join(buffer).split()) or None, False
            elif self._msg is not None and buffer is not self._msg.text:
                self._msg.sender = _VIA.sub("", " ".join("".join(buffer).split())) or None
        if self._msg is not None and self._msg.depth == depth:
            msg, self._msg = self._msg, None
            self._finish(msg)

    def handle_data(self, data: str) -> None:
        self._data(data.replace("\n", " "))

    def _data(self, data: str) -> None:
        if self._capture is None:
            return
        self._captured += len(data)
        if self._captured > MAX_TEXT:
            if self._msg is not None:
                self._msg.too_long = True
            return
        self._capture[1].append(data)

    def _finish(self, msg: _Message) -> None:
        lines = "".join(msg.text).split("\n")
        text = "\n".join(" ".join(line.split()) for line in lines).strip()
        local, instant = msg.times
        if msg.service:
            self._last_sender = None
            if not _DATE_SEPARATOR.match(msg.ident) and text:
                self.records.append(Record(None, None, text, SYSTEM, (), local, instant, False))
            return
        sender = msg.sender or (self._last_sender if msg.joined else None)
        if sender is None or msg.too_long:
            self.skipped += 1
            return
        self._last_sender = sender
        if msg.call:
            record = Record(None, None, f"{sender} called", SYSTEM, (), local, instant, False)
        else:
            media = tuple(dict.fromkeys(msg.media))[:1]
            record = Record(sender, None, text, MEDIA if media else TEXT, media, local, instant,
                            msg.forwarded)
        self.records.append(record)


def _fill_service_times(records: list[Record]) -> int:
    """Service notices carry no time in HTML: give them the previous message's (else the next's)."""
    first = next((r for r in records if r.local or r.instant), None)
    if first is None:
        return 0
    filled, last = 0, first
    for r in records:
        if r.local or r.instant:
            last = r
        elif r.kind == SYSTEM:
            r.local, r.instant = last.local, last.instant
            filled += 1
    return filled


def read_html(ef: ExportFile, fmt: str) -> list[Conversation]:
    """The messages of one Telegram HTML page, as one (piece of a) conversation."""
    text = CleanText(ef, fix_json=False)
    page = TelegramPage()
    notes: list[str] = []
    try:
        with closing(text.chunks()) as chunks:
            for chunk in chunks:
                page.feed(chunk)
                if len(page.rawdata) > MAX_PENDING:
                    raise ValueError("unterminated markup")
        page.close()
    except (AssertionError, ValueError):
        page.skipped += 1
        notes.append("The page is damaged; only the messages before the damage were read.")
    if not page.records and page.title is None:
        raise ExportError(f"{ef.display} does not contain any Telegram messages.")
    if _fill_service_times(page.records):
        notes.append("Notices have no time in Telegram's HTML; each got the previous message's.")
    if text.replaced:
        notes.append(f"{text.replaced} characters could not be read and were replaced.")
    info = ChatInfo(title=page.title)
    return [build(ef, info, page.records, page.skipped, notes, fmt)]
