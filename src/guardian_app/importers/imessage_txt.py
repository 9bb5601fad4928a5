"""imessage-exporter's TXT output: one file per conversation (``imessage-exporter -f txt``).

A message is a date line (``Mar 14, 2024  9:05:12 PM``, optionally ``(Read by … after …)``),
the sender's line ("Me", a contact name or a handle), then the body. Replies follow their
parent indented by four spaces. Announcements carry their text on the date line itself.
Reaction blocks, "Sent with …" effects and reply notes are left out; attachment lines (file
paths) only record that media existed. Times are the Mac's local time, zone not recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from guardian_app.domain import DELETED, MEDIA, SYSTEM, TEXT, Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_build import Draft, build, clean_name, media_kind, text_lines

ME = "Me"
LOCAL_NOTE = "Times are the Mac's local time; the time zone is not recorded."
_MONTHS = {
    m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}
STAMP = re.compile(
    r"^(?P<indent> *)(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?P<d>\d{1,2}), "
    r"(?P<y>\d{4}) {1,2}(?P<h>\d{1,2}):(?P<mi>\d{2}):(?P<s>\d{2}) (?P<ap>AM|PM)(?P<rest>.*)$"
)
_READ = re.compile(r"^\s*\((?:Read|Delivered) by .*\)\s*$")
_PATH = re.compile(r"^(?:~/|/|[A-Za-z]:[\\/]|\.?/?attachments/)\S.*\.[A-Za-z0-9]{2,5}$")
_EDITED = re.compile(r"^Edited .{1,60}? later: (?P<text>.*)$")
_DROP = ("This message responded to an earlier message.", "Sent with ")
_DELETED = ("They deleted a message.", "You deleted a message.",
            "This message was deleted from the conversation!")  # fmt: skip


def parse_stamp(match: re.Match[str]) -> datetime | None:
    """The wall-clock time of a :data:`STAMP` match (``None`` for an impossible date)."""
    hour = int(match["h"]) % 12 + (12 if match["ap"] == "PM" else 0)
    try:
        return datetime(int(match["y"]), _MONTHS[match["mon"]], int(match["d"]),
                        hour, int(match["mi"]), int(match["s"]))  # fmt: skip
    except ValueError:
        return None


@dataclass
class _Record:
    indent: int
    when: datetime | None
    line: int
    slot: int
    sender: str | None = None
    parts: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    in_reactions: bool = False

    def add(self, text: str) -> None:
        if self.sender is None:
            self.sender = clean_name(text) or "Unknown"
        elif self.in_reactions:
            self.in_reactions = bool(text.strip())
        elif text == "Reactions:":
            self.in_reactions = True
        elif text.startswith(_DROP):
            return
        elif text == "Attachment missing!" or _PATH.match(text):
            self.media.append("other" if text.endswith("!") else media_kind(text))
        elif (edited := _EDITED.match(text)) and self.parts:
            self.parts = [edited["text"]]
        else:
            stamped = STAMP.match(text)  # an edited message's first version carries its time
            self.parts.append(stamped["rest"].strip() if stamped else text)

    def draft(self) -> Draft | None:
        if self.sender is None or self.when is None:  # no sender line, or an impossible date
            return None
        text = "\n".join(self.parts).strip()
        if text in _DELETED:
            return Draft(self.sender, "", self.when, DELETED, line=self.line)
        kind = MEDIA if self.media else TEXT
        return Draft(self.sender, text, self.when, kind, tuple(self.media), self.line)


def _title(ef: ExportFile) -> str:
    return clean_name(PurePosixPath(ef.name).stem)


def finish(ef: ExportFile, drafts: list[Draft], skipped: int, notes: list[str]) -> Conversation:
    """The conversation of one imessage-exporter file (TXT or HTML), named after the file."""
    title = _title(ef)
    others = {d.sender for d in drafts if d.sender and d.sender != ME and d.kind != SYSTEM}
    contact = next(iter(others)) if len(others) == 1 and ", " not in title else None
    return build(ef, "imessage", title, title, drafts, owner_name=ME, contact_hint=contact,
                 skipped=skipped, notes=[LOCAL_NOTE, *notes])  # fmt: skip


def _close(drafts: list[Draft | None], stack: list[_Record]) -> None:
    record = stack.pop()
    drafts[record.slot] = record.draft()  # replies close first, but keep their parent's place


def read_txt(ef: ExportFile) -> list[Conversation]:
    """One conversation from an imessage-exporter TXT file. Raises only :class:`ExportError`."""
    drafts: list[Draft | None] = []
    stack: list[_Record] = []
    previous_blank, skipped = True, 0
    for number, raw in enumerate(text_lines(ef), 1):
        line = raw.rstrip("\r")
        stamp = STAMP.match(line)
        indent = len(line) - len(line.lstrip(" "))
        if line.strip() and stack:
            while stack and indent < stack[-1].indent:
                _close(drafts, stack)
        header = stamp and (not stamp["rest"] or _READ.match(stamp["rest"]))
        if stamp and header and (indent == 0 or stack):
            when = parse_stamp(stamp)
            skipped += when is None
            while stack and stack[-1].indent >= indent:
                _close(drafts, stack)
            stack.append(_Record(indent, when, number, len(drafts)))
            drafts.append(None)
        elif stamp and indent == 0 and previous_blank:
            while stack:
                _close(drafts, stack)
            drafts.append(Draft(None, stamp["rest"].strip(), parse_stamp(stamp), SYSTEM, line=number))
        elif stack:
            stack[-1].add(line[stack[-1].indent :] if indent >= stack[-1].indent else line.strip())
        elif line.strip():
            skipped += 1
        previous_blank = not line.strip()
    while stack:
        _close(drafts, stack)
    kept = [d for d in drafts if d is not None and (d.text or d.kind in (MEDIA, DELETED))]
    if not kept:
        raise ExportError(f"{ef.display} does not look like an iMessage export: no message "
                          "starts with an imessage-exporter date line.")  # fmt: skip
    return [finish(ef, kept, skipped, [])]
