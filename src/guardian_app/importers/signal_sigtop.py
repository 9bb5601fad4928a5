"""sigtop's ``text`` export of Signal Desktop (``sigtop export-messages -f text``).

One file per conversation, starting ``Conversation: <name> (<number>)``. Each message is a block
of fields (``From:``, ``Type:``, ``Sent:`` with a UTC offset, ``Received:``, ``Attachment:``,
``Reaction:``, ``Edited: N versions``), a blank line, an optional ``>``-prefixed quote, and the
body. Edited messages list ``|``-prefixed versions; the newest is kept. Own messages are "You".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers.chat_build import Draft, clean_name

YOU = "You"
CONVERSATION = re.compile(r"^Conversation: (?P<name>.+)$")
_FIELD = re.compile(r"^(?P<key>From|Type|Sent|Received|Attachment|Reaction|Edited): ?(?P<value>.*)$")
_NUMBER = re.compile(r"\s*\((?:\+?[\d ()-]{5,}|[^()@\s]+@[^()\s]+)\)$")
_MIME = re.compile(r"\((?P<mime>[\w.+-]+/[\w.+-]+)[,)]")
_VERSION = re.compile(r"^\| Version: (?P<n>\d+)$")
MAX_TEXT = 256 * 1024


def display_name(detailed: str) -> str:
    """ "Ana Lima (+15555550100)" -> "Ana Lima" (a bare number stays as it is)."""
    name = clean_name(detailed)
    short = _NUMBER.sub("", name).strip()
    return short or name


def signal_time(value: str) -> datetime | None:
    """A UTC instant from sigtop's RFC 2822 time (``None`` for "unknown" or damage)."""
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when.astimezone(UTC) if when.tzinfo else None


def _kind(attachment: str) -> str:
    match = _MIME.search(attachment)
    major = match["mime"].split("/", 1)[0].lower() if match else ""
    if match and match["mime"].lower() == "image/gif":
        return "gif"
    return major if major in ("image", "video", "audio") else ("document" if match else "other")


@dataclass
class _Block:
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    media: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    versions: dict[int, list[str]] = field(default_factory=dict)
    in_fields: bool = True
    size: int = 0
    current: int = 0  # the edit version being read

    def add(self, line: str) -> None:
        fld = _FIELD.match(line) if self.in_fields else None
        if fld:
            if fld["key"] == "Attachment":
                self.media.append(_kind(fld["value"]))
            else:
                self.fields.setdefault(fld["key"], fld["value"])
            return
        self.in_fields = False
        self.size += len(line)
        if self.size > MAX_TEXT:
            return
        version = _VERSION.match(line)
        if version:
            self.current = int(version["n"])
            self.versions[self.current] = []
        elif self.versions and line.startswith("|"):
            text = line[2:] if line.startswith("| ") else ""
            if text and not text.startswith(">") and not _FIELD.match(text):
                self.versions[self.current].append(text)
        elif not line.startswith(">"):
            self.body.append(line)

    def blank(self) -> None:
        """A blank line: it ends the fields, and inside a body it separates paragraphs."""
        if not self.in_fields and not self.versions:
            self.body.append("")
        self.in_fields = False

    def draft(self) -> Draft | None:
        kind = self.fields.get("Type", "unknown").strip()
        when = signal_time(self.fields.get("Sent") or self.fields.get("Received") or "")
        if kind not in ("incoming", "outgoing"):
            return Draft(None, f"Signal notice: {kind.replace('-', ' ')}", when, SYSTEM, line=self.line)
        sender = YOU if kind == "outgoing" else display_name(self.fields.get("From", "")) or "Unknown"
        lines = self.versions[max(self.versions)] if self.versions else self.body
        text = "\n".join(lines).strip()
        if self.media:
            return Draft(sender, text, when, MEDIA, tuple(self.media), self.line)
        return Draft(sender, text, when, TEXT, line=self.line) if text else None


def _starts(line: str, following: str) -> bool:
    if line.startswith("From: "):
        return following.startswith("Type: ")
    return line.startswith("Type: ") and following.startswith(("Sent: ", "Received: ", "Attachment: "))


def _pairs(lines: Iterable[str]) -> Iterator[tuple[int, str, str]]:
    previous: str | None = None
    number = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        if previous is not None:
            yield number - 1, previous, line
        previous = line
    if previous is not None:
        yield number, previous, ""


def read_blocks(lines: Iterable[str]) -> tuple[str | None, list[Draft], int]:
    """(conversation name, drafts, lines not understood before the first message)."""
    title: str | None = None
    drafts: list[Draft] = []
    block: _Block | None = None
    previous_blank, stray = True, 0
    for number, line, following in _pairs(lines):
        if title is None and block is None and (conv := CONVERSATION.match(line)):
            title = conv["name"].strip()
        elif previous_blank and _starts(line, following):
            if block and (draft := block.draft()):
                drafts.append(draft)
            block = _Block(number)
            block.add(line)
        elif block is not None:
            if line.strip():
                block.add(line)
            else:
                block.blank()
        elif line.strip():
            stray += 1
        previous_blank = not line.strip()
    if block and (draft := block.draft()):
        drafts.append(draft)
    return title, drafts, stray
