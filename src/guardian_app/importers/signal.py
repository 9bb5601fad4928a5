"""Signal Desktop chats saved with the common free tools (Signal itself has no export):

* signal-export (carderne): ``<Chat>/chat.md`` and ``<Chat>/data.json``;
* sigtop (tbvdm): ``export-messages`` as ``text``, ``text-short`` or ``json``.

The old signal-export header ``[2019-05-29, 15:04] Name:`` (minute precision, comma) never
occurs in WhatsApp exports, so it outscores WhatsApp's sniffer. The newer
``[2019-05-29 15:04:07] Name:`` looks like some WhatsApp iPhone exports, so it is only claimed
with Markdown evidence (a ``.md`` name, the two trailing spaces signal-export writes, media links).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from guardian_app.domain import Conversation
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.chat_build import build, chat_folder, clean_name, n, text_lines
from guardian_app.importers.signal_json import read_export_lines, read_sigtop_json
from guardian_app.importers.signal_lines import MARKDOWN, SHORT, read_lines
from guardian_app.importers.signal_sigtop import CONVERSATION, YOU, display_name, read_blocks
from guardian_app.importers.textdecode import decode_head, looks_binary

NAME = "signal"
LABEL = "Signal"
EXTENSIONS = (".md", ".txt", ".json")

LOCAL_NOTE = "Times are the computer's local time; the time zone is not recorded."
UTC_NOTE = "Times are in UTC."
_SIGTOP_JSON = (re.compile(r'"conversationId"\s*:'), re.compile(r'"(?:sent_at|received_at)"\s*:'),
                re.compile(r'"type"\s*:\s*"(?:incoming|outgoing)"'))  # fmt: skip
_EXPORT_JSON = (re.compile(r'^\{"date"\s*:\s*"\d{4}-\d{2}-\d{2}T'), re.compile(r'"sender"\s*:'),
                re.compile(r'"body"\s*:'), re.compile(r'"(?:quote|reactions|attachments)"\s*:'))  # fmt: skip
_MD_EVIDENCE = re.compile(r"  $|\]\((?:\./)?media/|^\(- .* -\)$|^\(\( .* \)\)$", re.MULTILINE)


def _kind(text: str) -> str | None:
    """Which Signal export this text is ("md", "short", "sigtop", "sigtop-json", "json")."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("[") and all(p.search(text) for p in _SIGTOP_JSON):
        return "sigtop-json"
    if all(p.search(stripped) for p in _EXPORT_JSON):
        return "json"
    lines = [line.rstrip("\r") for line in stripped.split("\n")[:60]]
    if lines and CONVERSATION.match(lines[0]):
        return "sigtop" if any(re.match(r"^(?:From|Type): ", x) for x in lines[1:]) else None
    if lines and SHORT.match(lines[0]):
        return "short" if sum(1 for x in lines if SHORT.match(x)) >= 2 else None
    return "md" if lines and MARKDOWN.match(lines[0]) else None


def sniff(head: bytes, name: str) -> float:
    """How sure we are that these first bytes (and this file name) are a Signal export."""
    if not head or looks_binary(head):
        return 0.0
    text = decode_head(head)
    kind = _kind(text)
    if kind in ("sigtop-json", "json", "sigtop"):
        return 0.95
    if kind == "short":
        return 0.75
    if kind != "md":
        return 0.0
    headers = [m for m in map(MARKDOWN.match, text.lstrip("\ufeff").split("\n")[:60]) if m]
    if all(m["comma"] and not m["s"] for m in headers):
        return 0.97  # old signal-export style: WhatsApp always writes seconds in brackets
    evidence = name.lower().endswith(".md") or _MD_EVIDENCE.search(text) is not None
    return 0.97 if evidence else 0.0


def _title(ef: ExportFile) -> str:
    """signal-export names the folder after the chat; other tools name the file."""
    stem = PurePosixPath(ef.name).stem
    if stem.lower() in ("chat", "data") and chat_folder(ef):
        return clean_name(chat_folder(ef))
    return clean_name(stem)


def _empty(ef: ExportFile) -> ExportError:
    return ExportError(f"{ef.display} does not look like a Signal chat export: it holds no messages.")


def parse(ef: ExportFile) -> list[Conversation]:
    """One conversation from one Signal export file. Raises only :class:`ExportError`."""
    head = ef.head()
    if not head.strip() or looks_binary(head):
        reason = "it is empty" if not head.strip() else "it is not a text file"
        raise ExportError(f"{ef.display} does not look like a Signal chat export: {reason}.")
    kind = _kind(decode_head(head)) or "md"
    title = _title(ef)
    notes: list[str] = []
    if kind == "sigtop-json":
        conversation, drafts, skipped = read_sigtop_json(ef, title)
        identity, owner, zone = conversation or title, YOU, True
    elif kind == "json":
        drafts, skipped = read_export_lines(ef)
        identity, owner, zone = title, "Me", False
    elif kind == "sigtop":
        named, drafts, stray = read_blocks(text_lines(ef))
        title = display_name(named) if named else title
        identity, owner, zone, skipped = named or title, YOU, True, 0
    else:
        drafts, stray = read_lines(text_lines(ef), short=kind == "short")
        identity, owner, zone, skipped = title, (YOU if kind == "short" else "Me"), False, 0
    if kind in ("sigtop", "short", "md") and stray:
        notes.append(f"{n(stray, 'line')} before the first message not understood.")
    if not drafts:
        raise _empty(ef)
    others = {d.sender for d in drafts if d.sender and d.sender != owner}
    same = [o for o in others if o.casefold() == title.casefold()]
    contact = same[0] if len(others) == 1 and same else None  # a 1:1 chat named after them
    notes.insert(0, UTC_NOTE if zone else LOCAL_NOTE)
    return [build(ef, NAME, identity, title, drafts, owner_name=owner, contact_hint=contact,
                  timezone_known=zone, skipped=skipped, notes=notes)]  # fmt: skip
