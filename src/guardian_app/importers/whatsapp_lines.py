"""From the lines of a WhatsApp export to raw records (header + body lines) and messages.

Headers are accepted strictly: the file's most common header layout always counts, another
layout only when the line also names a sender ("Name: ..."). So a continuation line such as
"2016-04-29 10:30 - lunch" inside a "[...]" export stays part of its message.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from guardian_app.domain import SYSTEM, Message
from guardian_app.importers.whatsapp_body import classify, is_android_notice_head, is_ios_notice
from guardian_app.importers.whatsapp_header import BIDI, Header, clean, match_header, raw_offset

_TILDE = re.compile(r"^~\s*")


def header_of(line: str) -> tuple[Header, int] | None:
    """The header on a raw line and the raw index where its rest (sender/body) begins."""
    cleaned = clean(line)
    stripped = cleaned.lstrip()
    if not stripped[:1].isdigit() and not stripped.startswith("["):
        return None
    header = match_header(stripped)
    if header is None:
        return None
    lead = len(cleaned) - len(stripped)
    return header, raw_offset(line, lead + header.rest_start)


@dataclass(slots=True)
class Record:
    line_no: int  # 1-based
    header: Header
    rest: str  # raw text after the header
    marked: bool  # iOS wrote a bidi mark before "[" (attachment lines)
    more: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Split:
    records: list[Record]
    skipped: int  # non-empty lines before the first header
    foreign: int  # header-like lines of another layout read as message text


def split_records(lines: list[str]) -> Split:
    """Group lines into records, accepting headers strictly against the file's layout."""
    found = [(i, hit) for i, line in enumerate(lines) if (hit := header_of(line))]
    if not found:
        return Split([], sum(1 for line in lines if line.strip()), 0)
    dominant = Counter(hit[0].shape for _, hit in found).most_common(1)[0][0]
    accepted = {i: hit for i, hit in found if hit[0].shape == dominant or _names_sender(hit)}
    records: list[Record] = []
    skipped = 0
    for i, line in enumerate(lines):
        hit = accepted.get(i)
        if hit is not None:
            header, start = hit
            marked = header.bracketed and line[:1] in BIDI
            records.append(Record(i + 1, header, line[start:], marked))
        elif records:
            records[-1].more.append(line)
        elif line.strip():
            skipped += 1
    return Split(records, skipped, len(found) - len(accepted))


def _names_sender(hit: tuple[Header, int]) -> bool:
    rest = clean(hit[0].rest)
    head, sep, _ = rest.partition(": ")
    return bool(sep) and 0 < len(head.strip()) <= 80 and not is_android_notice_head(head)


def to_message(record: Record, timestamp: datetime | None) -> tuple[Message, bool]:
    """The message a record holds, and whether it proves its sender is the export's owner."""
    rest = record.rest
    more = "\n".join(record.more)
    colon = rest.find(": ")
    if colon < 0 and rest.rstrip().endswith(":"):
        colon = len(rest.rstrip()) - 1
    head = clean(rest[:colon]).strip() if colon >= 0 else ""
    body_raw = rest[colon + 2 :] if colon >= 0 else ""
    notice = (
        not head
        or (not record.header.bracketed and is_android_notice_head(head))
        or (record.header.bracketed and is_ios_notice(body_raw))
    )
    if notice:
        text = clean(body_raw if head else rest).strip()
        if more.strip():
            text = "\n".join(part for part in (text, clean(more).strip()) if part)
        return Message(None, text, timestamp, SYSTEM, (), 0, record.line_no), False
    body = classify(body_raw + ("\n" + more if record.more else ""), record.marked)
    sender = _TILDE.sub("", head).strip()
    message = Message(sender, body.text, timestamp, body.kind, body.media, 0, record.line_no)
    return message, body.by_owner


def in_time_order(messages: list[Message]) -> tuple[list[Message], int]:
    """Stable sort by timestamp; messages without one keep their place. Also: how many moved."""
    slots = [k for k, m in enumerate(messages) if m.timestamp is not None]
    timed = [messages[k] for k in slots]
    ordered = sorted(timed, key=lambda m: m.timestamp or datetime.min)
    result = list(messages)
    for slot, message in zip(slots, ordered, strict=True):
        result[slot] = message
    moved = sum(1 for a, b in zip(timed, ordered, strict=True) if a is not b)
    for index, message in enumerate(result):
        message.index = index
    return result, moved
