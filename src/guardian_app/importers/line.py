"""LINE "Export chat history" text files, in any phone language we know (export-formats.md §9).

Layout: a ``[LINE] Chat history with X`` header, a "Saved on" line, then a date heading per day
followed by ``TIME<TAB>sender<TAB>text`` lines. Multi-line messages are wrapped in double quotes;
a system line has an empty sender. Times are local wall clock, minute precision, no zone.
The file is read line by line; photos, stickers and files only show as placeholders.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation, Message
from guardian_app.importers import dateorder
from guardian_app.importers import line_phrases as P
from guardian_app.importers.base import ExportFile
from guardian_app.importers.chat_common import Chat, build, normalise, participants_of
from guardian_app.importers.linestream import TextLines, plural
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "line"
LABEL = "LINE"
EXTENSIONS = (".txt",)
MAX_QUOTED_LINES = 2000  # an unclosed quote longer than this is read as ordinary lines


def _message_fields(line: str) -> tuple[tuple[int, int], str | None, str] | None:
    """((hour, minute), sender or None for a system line, text) for a message line."""
    found = P.TIME.match(line)
    if not found:
        return None
    when = P.clock(found)
    rest = line[found.end():]
    if when is None or not rest:
        return None
    if rest.startswith("\t"):
        parts = rest[1:].split("\t", 1)
        if len(parts) == 1:
            return when, None, parts[0]
        return when, parts[0].strip() or None, parts[1]
    parts = rest.strip().split(" ", 1)  # older mobile exports separate with spaces
    if len(parts) < 2 or not parts[0]:
        return None
    return when, parts[0], parts[1]


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes (and this file name) are a LINE export."""
    if not head or looks_binary(head):
        return 0.0
    lines = [x.rstrip("\r") for x in decode_head(head).split("\n")[:80]]
    first = next((x for x in lines if x.strip()), "")
    named = P.is_line_file_name(name)
    tabbed = sum(1 for x in lines if "\t" in x and _message_fields(x))
    dated = sum(1 for x in lines if P.date_of(x))
    if first.lstrip("\ufeff").startswith("[LINE]"):
        return 0.95
    if P.title_of(first) and dated and tabbed:
        return 0.9
    if dated and tabbed >= 3:
        return 0.75 if named else 0.65
    return 0.4 if named else 0.0


@dataclass(slots=True)
class _Raw:
    date: tuple[str, int, int, int]
    when: tuple[int, int]
    sender: str | None
    text: str
    line: int


class _Reader:
    def __init__(self, ef: ExportFile) -> None:
        self.ef = ef
        self.source = TextLines(ef, LABEL)
        self.title: P.Title | None = None
        self.records: list[_Raw] = []
        self.skipped = self.continued = self.spaced = 0

    def read(self) -> None:
        numbered: Iterator[tuple[int, str]] = enumerate(self.source, start=1)
        replay: deque[tuple[int, str]] = deque()
        date: tuple[str, int, int, int] | None = None
        while True:
            item = replay.popleft() if replay else next(numbered, None)
            if item is None:
                return
            number, line = item
            if self.title is None and date is None and not self.records and line.strip():
                self.title = P.title_of(line)
                if self.title is not None:
                    continue
            heading = P.date_of(line)
            if heading:
                date = heading
                continue
            fields = _message_fields(line)
            if fields is None:
                self._loose(line, date)
                continue
            if date is None:
                self.skipped += 1
                continue
            when, sender, text = fields
            self.spaced += "\t" not in line
            if text.startswith('"') and not _closes(text[1:]):
                text = self._quoted(text, numbered, replay)
            self.records.append(_Raw(date, when, sender, text, number))

    def _loose(self, line: str, date: tuple[str, int, int, int] | None) -> None:
        if not line.strip() or date is None:
            return  # blank lines, and the "Saved on" lines of the header
        if self.records:
            self.records[-1].text += "\n" + line
            self.continued += 1
        else:
            self.skipped += 1

    def _quoted(self, first: str, numbered: Iterator[tuple[int, str]], replay: deque[tuple[int, str]]) -> str:
        """The text of a quoted multi-line message; an unclosed quote gives its lines back."""
        taken: list[tuple[int, str]] = []
        while len(taken) < MAX_QUOTED_LINES:
            item = replay.popleft() if replay else next(numbered, None)
            if item is None:
                break
            taken.append(item)
            if _closes(item[1]):
                body = "\n".join([first[1:]] + [t for _, t in taken])[:-1]
                return body.replace('""', '"')
        replay.extendleft(reversed(taken))
        return first


def _closes(text: str) -> bool:
    """True when a line ends a quoted message: an odd run of quotes at its end."""
    stripped = text.rstrip()
    run = len(stripped) - len(stripped.rstrip('"'))
    return run % 2 == 1


def _message(raw: _Raw, when: datetime | None) -> Message:
    text = raw.text.strip()
    if raw.sender is None:
        return Message(None, text, when, SYSTEM, line=raw.line)
    if text.startswith(P.CALL_MARK):
        return Message(None, f"{raw.sender}: {text}", when, SYSTEM, line=raw.line)
    if P.is_unsent(text):
        return Message(raw.sender, "", when, DELETED, line=raw.line)
    media = P.media_of(text)
    if media:
        return Message(raw.sender, media[1], when, MEDIA, (media[0],), line=raw.line)
    return Message(raw.sender, text, when, TEXT, line=raw.line)


def _timestamps(records: list[_Raw], notes: list[str]) -> list[datetime | None]:
    headings: list[tuple[int, int, int]] = []
    for r in records:
        if r.date[0] == "ambiguous" and (not headings or headings[-1] != r.date[1:]):
            headings.append(r.date[1:])
    order = dateorder.decide(headings)
    if order.note:
        notes.append(order.note)
    out: list[datetime | None] = []
    for r in records:
        kind, a, b, year = r.date
        month, day = (b, a) if kind == "ambiguous" and order.day_first else (a, b)
        try:
            out.append(datetime(year, month, day, *r.when))
        except ValueError:
            out.append(None)
    return out


def parse(ef: ExportFile) -> list[Conversation]:
    """Read one LINE export. Raises :class:`ExportError` for a file that is not one."""
    reader = _Reader(ef)
    reader.read()
    if not reader.records:
        raise reader.source.error("no line has a LINE date heading followed by a time and a name")
    notes = ["Times are the phone's local time (the export names no time zone)."]
    stamps = _timestamps(reader.records, notes)
    messages = [_message(r, t) for r, t in zip(reader.records, stamps, strict=True)]
    if None in stamps:
        notes.append(f"{plural(stamps.count(None), 'message')} with an impossible date kept without a time.")
    if reader.spaced:
        notes.append(f"{plural(reader.spaced, 'line')} separated by spaces: names with spaces may be cut.")
    if reader.continued:
        notes.append(f"{plural(reader.continued, 'line')} without a time read as parts of the message before.")
    if reader.source.replaced:
        notes.append(f"{plural(reader.source.replaced, 'character')} could not be decoded (replaced).")
    title = reader.title or P.title_from_file_name(ef.name)
    people = participants_of(messages)
    chat = Chat(
        identity="title:" + title.title if title else "people:" + "|".join(sorted(map(normalise, people))),
        title=title.title if title else "",
        group=title.group if title else None,
        messages=messages,
        skipped=reader.skipped,
        notes=notes,
    )
    if title and title.group is False and len(people) == 2:
        named = [p for p in people if normalise(p) == normalise(title.title)]
        if len(named) == 1:
            chat.owner = people[1 - people.index(named[0])]
            notes.append(f"The export came from {chat.owner}'s phone (its header names {named[0]}).")
    return [build(NAME, ef.display, chat, timezone_known=False)]
