"""DiscordChatExporter plain text (``.txt``), read line by line.

Layout (PlainTextMessageWriter): a block between two lines of 62 ``=`` with ``Guild:``,
``Channel: <category> / <name>`` and optional ``Topic:``/``After:``/``Before:``; then for each
message ``[<date>] <FullName>`` (plus `` (pinned)``), its content, a blank line, then blocks
``{Attachments}``, ``{Embed}``, ``{Stickers}``, ``{Reactions}`` each ending with a blank line;
and a closing ``Exported N message(s)`` block.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from guardian_app.domain import MEDIA, SYSTEM, TEXT
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.discord_chat import (
    MAX_TEXT,
    SYSTEM_TEXT,
    ChatInfo,
    Draft,
    Parsed,
    info_from_file_name,
    media_kind,
    plain_name,
    system_text,
)
from guardian_app.importers.discord_dates import parse_any
from guardian_app.importers.textdecode import detect_bom

RULE = re.compile(r"^={20,}\s*$")
_HEADER = re.compile(r"^\[(?P<date>[^\[\]]{4,60})\] (?P<author>.+?)(?: \(pinned\))?$")
_TIME_LIKE = re.compile(r"\d{1,2}[:.]\d{2}")
_BLOCKS = {"{Attachments}", "{Embed}", "{Stickers}", "{Reactions}", "{Forwarded Message}"}
MAX_LINES = 20_000  # lines kept of one message; more are dropped (content is capped anyway)


@contextmanager
def text_stream(ef: ExportFile) -> Iterator[TextIO]:
    """The export as text (BOM honoured, bad bytes replaced), streamed; newlines left as written."""
    with ef.open() as raw:
        buffered = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)  # type: ignore[arg-type]
        encoding, skip = detect_bom(buffered.peek(4)[:4])
        buffered.read(skip)
        text = io.TextIOWrapper(buffered, encoding=encoding or "utf-8", errors="replace", newline="")
        try:
            yield text
        finally:
            text.detach()


def _lines(stream: TextIO) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        yield number, line.rstrip("\r\n")


def _preamble(ef: ExportFile, lines: Iterator[tuple[int, str]]) -> ChatInfo:
    info = ChatInfo()
    rules = 0
    for _, line in lines:
        if not line.strip() and rules == 0:
            continue
        if RULE.match(line):
            rules += 1
            if rules == 2:
                return info
            continue
        if rules == 0:
            break
        label, _, value = line.partition(": ")
        if label == "Guild":
            info.guild = value.strip()
        elif label == "Channel":
            *category, info.channel = value.split(" / ")
            info.category = " / ".join(category).strip()
            info.channel = info.channel.strip()
    raise ExportError(f"{ef.display} does not look like a Discord chat export: its header block is missing.")


class _Message:
    def __init__(self, line: int, when: object, author: str) -> None:
        self.line, self.when, self.author = line, when, author
        self.body: list[str] = []

    def draft(self) -> Draft:
        body = self.body
        cut = next((i for i, t in enumerate(body) if t in _BLOCKS and (i == 0 or not body[i - 1].strip())), len(body))
        text = "\n".join(body[:cut]).strip("\n")[:MAX_TEXT]
        media: list[str] = []
        block = None
        for line in body[cut:]:
            if line in _BLOCKS and block is None:
                block = line
            elif not line.strip():
                block = None
            elif block in ("{Attachments}", "{Stickers}"):
                media.append("sticker" if block == "{Stickers}" else media_kind(line.strip()))
            elif block == "{Forwarded Message}" and not text and not line.startswith("Originally sent:"):
                text = line[:MAX_TEXT]
        sender = plain_name(self.author) or self.author
        if not media and SYSTEM_TEXT.match(text):
            return Draft(sender, system_text(sender, text), self.when, SYSTEM, line=self.line)  # type: ignore[arg-type]
        kind = MEDIA if media else TEXT
        return Draft(sender, text, self.when, kind, tuple(media), line=self.line,  # type: ignore[arg-type]
                     aliases=(self.author,))


def read(ef: ExportFile) -> Parsed:
    """Every message of one DCE text export."""
    with text_stream(ef) as stream:
        lines = _lines(stream)
        info = _preamble(ef, lines)
        file_info, _ = info_from_file_name(ef)
        info.channel_id = file_info.channel_id
        parsed = Parsed(info)
        current: _Message | None = None
        previous_blank = True
        for number, line in lines:
            header = _HEADER.match(line) if previous_blank else None
            if header and _TIME_LIKE.search(header["date"]):
                if current is not None:
                    parsed.drafts.append(current.draft())
                current = _Message(number, parse_any(header["date"]), header["author"].strip())
            elif RULE.match(line):
                break  # the closing "Exported N message(s)" block
            elif current is not None:
                if len(current.body) < MAX_LINES:
                    current.body.append(line)
            elif line.strip():
                parsed.skipped += 1
            previous_blank = not line.strip()
        if current is not None:
            parsed.drafts.append(current.draft())
    if parsed.skipped:
        parsed.notes.append(f"{parsed.skipped} line(s) before the first message were not understood.")
    return parsed
