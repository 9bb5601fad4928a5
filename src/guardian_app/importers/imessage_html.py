"""imessage-exporter's HTML output (``imessage-exporter -f html``), parsed in chunks.

Structure (export-formats.md section 7.2): ``div.message > div.sent|received`` holding
``span.timestamp``, ``span.sender`` and ``div.message_part`` parts (``span.bubble`` text, app
balloons, ``img``/``video``/``audio`` attachments); replies nest whole ``div.message`` blocks
inside ``div.replies``; ``div.reactions`` are left out; an edited message keeps its last
version; ``div.announcement`` is a system line. Attachments only record that media existed.
"""

from __future__ import annotations

import codecs
from html.parser import HTMLParser

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_build import Draft, clean_name, media_kind, read_error
from guardian_app.importers.imessage_txt import STAMP, finish, parse_stamp

CHUNK = 64 * 1024
MAX_PENDING = 4 * 1024 * 1024  # characters html.parser may hold while waiting for a tag to end
MAX_TEXT = 64 * 1024  # characters kept per message
_VOID = frozenset({"br", "img", "meta", "link", "hr", "input", "wbr", "source", "embed"})
_MEDIA_TAGS = {"img": "image", "video": "video", "audio": "audio"}
_TEXT_ROLES = ("bubble", "subject", "app")
_DELETED = ("They deleted a message.", "You deleted a message.",
            "This message was deleted from the conversation!")  # fmt: skip


class _Msg:
    def __init__(self, depth: int, system: bool, slot: int, line: int) -> None:
        self.depth, self.system, self.slot, self.line = depth, system, slot, line
        self.stamp: list[str] = []
        self.stamp_done = False
        self.sender: list[str] = []
        self.parts: list[str] = []
        self.edits: list[str] = []
        self.cell: list[str] | None = None
        self.media: list[str] = []
        self.size = 0

    def draft(self) -> Draft | None:
        match = STAMP.match(" ".join("".join(self.stamp).split()))
        when = parse_stamp(match) if match else None
        if when is None:
            return None
        if self.system:
            text = " ".join("".join(self.parts).split())
            return Draft(None, text, when, SYSTEM, line=self.line) if text else None
        sender = clean_name("".join(self.sender)) or "Unknown"
        text = (
            self.edits[-1]
            if self.edits
            else "\n".join(" ".join(p.split()) for p in "".join(self.parts).split("\n") if p.strip())
        )
        if text in _DELETED:
            return Draft(sender, "", when, DELETED, line=self.line)
        kind = MEDIA if self.media else TEXT
        return Draft(sender, text, when, kind, tuple(self.media), self.line)


class ExporterPage(HTMLParser):
    """Collects one :class:`Draft` slot per message of an imessage-exporter HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.slots: list[Draft | None] = []
        self.skipped = 0
        self._stack: list[tuple[str, frozenset[str]]] = []
        self._msgs: list[_Msg] = []

    def _roles(self) -> set[str]:
        """Classes of the open elements inside the innermost message."""
        top = self._msgs[-1].depth if self._msgs else 0
        return {c for _, classes in self._stack[top:] for c in classes}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = frozenset((dict(attrs).get("class") or "").split())
        msg = self._msgs[-1] if self._msgs else None
        roles = self._roles()
        if msg and tag in _MEDIA_TAGS and "reactions" not in roles and "app" not in roles:
            kind = media_kind(dict(attrs).get("src") or "")
            msg.media.append(kind if kind in ("image", "video", "audio", "gif") else _MEDIA_TAGS[tag])
        if msg and tag == "td" and "edited" in roles:
            msg.cell = []
        if msg and classes & set(_TEXT_ROLES) and msg.parts:
            msg.parts.append("\n")
        if tag in _VOID:
            return
        self._stack.append((tag, classes))
        if tag == "div" and ("message" in classes or "announcement" in classes):
            line = self.getpos()[0]
            self._msgs.append(_Msg(len(self._stack), "announcement" in classes, len(self.slots), line))
            self.slots.append(None)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self._stack):
            return
        while self._stack:
            closed, classes = self._stack.pop()
            self._closed(closed, classes)
            if closed == tag:
                return

    def _closed(self, tag: str, classes: frozenset[str]) -> None:
        if not self._msgs:
            return
        msg = self._msgs[-1]
        if "timestamp" in classes and msg.stamp:
            msg.stamp_done = True
        if tag == "td" and msg.cell is not None:
            text = " ".join("".join(msg.cell).split())
            if text:
                msg.edits.append(text)
            msg.cell = None
        if len(self._stack) < msg.depth:
            self._msgs.pop()
            draft = msg.draft()
            self.skipped += draft is None and not (msg.system and msg.stamp)
            self.slots[msg.slot] = draft

    def handle_data(self, data: str) -> None:
        if not self._msgs:
            return
        msg = self._msgs[-1]
        roles = self._roles()
        if "reactions" in roles or msg.size > MAX_TEXT:
            return
        msg.size += len(data)
        if "timestamp" in roles:
            if not msg.stamp_done:
                msg.stamp.append(data)
        elif "sender" in roles:
            msg.sender.append(data)
        elif msg.cell is not None:
            msg.cell.append(data)
        elif msg.system or roles & set(_TEXT_ROLES):
            msg.parts.append(data)

    def close(self) -> None:
        super().close()
        while self._stack:
            self._closed(*self._stack.pop())


def read_html(ef: ExportFile) -> list[Conversation]:
    """One conversation from an imessage-exporter HTML file. Raises only :class:`ExportError`."""
    page = ExporterPage()
    decoder = codecs.getincrementaldecoder("utf-8-sig")(errors="replace")
    with ef.open() as stream:
        while True:
            try:
                data = stream.read(CHUNK)
            except ExportError:
                raise
            except (OSError, EOFError, ValueError) as exc:
                raise read_error(ef, exc) from exc
            page.feed(decoder.decode(data, final=not data))
            if len(page.rawdata) > MAX_PENDING:
                raise ExportError(f"{ef.display} could not be read: an HTML tag never ends.")
            if not data:
                break
    page.close()
    drafts = [d for d in page.slots if d is not None and (d.text or d.kind in (MEDIA, DELETED))]
    if not drafts:
        raise ExportError(f"{ef.display} does not look like an iMessage export: it holds no dated messages.")
    return [finish(ef, drafts, page.skipped, [])]
