"""Signal exports with one header line per message:

* signal-export (carderne) Markdown ``chat.md``: ``[2019-05-29, 15:04] Me: …`` (old) or
  ``[2019-05-29 15:04:07] Me: …`` (current). Own messages are sent as "Me". Replies put
  ``> quoted`` lines first, reactions follow as ``(- Ana: 👍 -)``, attachments are Markdown
  links into ``./media/`` and stickers ``(( label ))`` (export-formats.md section 8).
* sigtop ``text-short``: ``2024-03-14 21:05 Ana Lima: [reply to …, 1 attachment] text``; own
  messages are "You"; app notices are ``[group-v2-change message]``.

Lines without a header continue the previous message. Both carry local time without a zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT
from guardian_app.importers.chat_build import Draft, clean_name, media_kind

MARKDOWN = re.compile(
    r"^\[(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?P<comma>,?) (?P<h>\d{2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2}))?\] (?P<who>[^\n]*?): ?(?P<body>.*)$"
)
SHORT = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2}) (?P<h>\d{2}):(?P<mi>\d{2}) "
    r"(?P<who>[^\n:\[]{1,120}?):(?: (?P<body>.*))?$"
)
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<label>[^\]\n]*)\]\((?P<target>(?:\./|\.\./)?(?:media|exported_stickers)/[^)\n]*)\)"
)  # noqa: E501
_REACTIONS = re.compile(r"^\(- .* -\)$")
_STICKER = re.compile(r"^\(\( .* \)\)$")
_CALL = re.compile(r"^(?:Incoming|Outgoing|Missed) (?:voice |video )?call\b")
_DETAILS = re.compile(r"^\[(?P<d>(?:reply to [^\]]*?|edited|\d+ attachments?)(?:, (?:edited|\d+ attachments?))*)\] ?")  # noqa: E501
MAX_TEXT = 256 * 1024  # characters kept per message
_NOTICE = re.compile(r"^\[(?P<type>[a-z0-9-]+) message\]$")


def to_time(match: re.Match[str]) -> datetime | None:
    try:
        return datetime(int(match["y"]), int(match["mo"]), int(match["d"]),
                        int(match["h"]), int(match["mi"]), int(match.groupdict().get("s") or 0))  # fmt: skip
    except (ValueError, IndexError):
        return None


@dataclass
class Pending:
    """One message being read: the header's parts and the body lines seen so far."""

    sender: str
    when: datetime | None
    line: int
    short: bool
    body: list[str] = field(default_factory=list)


def _markdown_body(lines: list[str]) -> tuple[str, list[str]]:
    lines = [line.rstrip() for line in lines]
    if lines and not lines[0]:  # a reply: "\n\n> quoted\n\n" comes before the body
        while lines and (not lines[0] or lines[0].startswith(">")):
            lines.pop(0)
    media: list[str] = []
    kept = []
    for line in lines:
        if _REACTIONS.match(line):
            continue
        if _STICKER.match(line):
            media.append("sticker")
            continue
        if line.strip() == "(image not exported)":
            media.append("image")
            continue
        for link in _LINK.finditer(line):
            target = link["target"]
            sticker = "exported_stickers/" in target
            media.append("sticker" if sticker else "image" if link["bang"] else media_kind(target))
        kept.append(_LINK.sub("", line).rstrip())
    return "\n".join(kept).strip(), media


def _short_body(lines: list[str]) -> tuple[str, list[str], str | None]:
    text = "\n".join(lines).strip()
    notice = _NOTICE.match(text)
    if notice:
        return "", [], notice["type"]
    media: list[str] = []
    details = _DETAILS.match(text)
    if details:
        count = re.search(r"(\d+) attachments?", details["d"])
        media = ["other"] * min(int(count.group(1)) if count else 0, 20)
        text = text[details.end() :].strip()
    return text, media, None


def to_draft(p: Pending) -> Draft | None:
    """The message a pending header and its lines make (``None`` when nothing is left)."""
    sender = clean_name(p.sender) or "Unknown"
    if p.short:
        text, media, notice = _short_body(p.body)
        if notice:
            return Draft(None, f"{sender}: {notice.replace('-', ' ')}", p.when, SYSTEM, line=p.line)
    else:
        text, media = _markdown_body(p.body)
        if text == "(This message was deleted)":
            return Draft(sender, "", p.when, DELETED, line=p.line)
        if not media and _CALL.match(text):
            return Draft(None, text, p.when, SYSTEM, line=p.line)
    if media:
        return Draft(sender, text, p.when, MEDIA, tuple(media), p.line)
    return Draft(sender, text, p.when, TEXT, line=p.line) if text else None


def read_lines(lines: Iterable[str], short: bool) -> tuple[list[Draft], int]:
    """Drafts from header-per-message lines, and how many lines came before the first header."""
    pattern = SHORT if short else MARKDOWN
    drafts: list[Draft] = []
    pending: Pending | None = None
    stray = 0
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r")
        match = pattern.match(line)
        if match:
            if pending and (draft := to_draft(pending)):
                drafts.append(draft)
            pending = Pending(match["who"], to_time(match), number, short, [match["body"] or ""])
        elif pending is not None:
            if sum(len(b) for b in pending.body) < MAX_TEXT:
                pending.body.append(line)
        elif line.strip():
            stray += 1
    if pending and (draft := to_draft(pending)):
        drafts.append(draft)
    return drafts, stray
