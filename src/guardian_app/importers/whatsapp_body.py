"""What a WhatsApp message body is: text, a media placeholder, a deleted marker or a notice.

Media is only ever *recorded* (its kind); the files an export mentions are never opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from guardian_app.domain import DELETED, MEDIA, TEXT
from guardian_app.importers import whatsapp_phrases as P
from guardian_app.importers.whatsapp_header import BIDI, clean

_MARKS = re.compile(f"[{BIDI}]+")
_COUNTER = re.compile(r"^\d+-")
_EXT = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_IMAGE = {"jpg", "jpeg", "png", "heic", "heif", "bmp", "webp"}
_VIDEO = {"mp4", "mov", "3gp", "avi", "mkv", "webm", "m4v"}
_AUDIO = {"opus", "ogg", "m4a", "mp3", "aac", "wav", "amr"}
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」"}


@dataclass(frozen=True, slots=True)
class Body:
    kind: str
    text: str
    media: tuple[str, ...] = ()
    by_owner: bool = False  # "You deleted this message": only the export's owner sees that


def media_kind(file_name: str) -> str:
    """The kind of media a WhatsApp attachment name stands for (never opens the file)."""
    upper = file_name.upper()
    ext = PurePosixPath(file_name).suffix.lower().lstrip(".")
    if "STICKER" in upper or upper.startswith("STK-"):
        return "sticker"
    if "-GIF-" in upper:
        return "gif"
    if "PHOTO" in upper or upper.startswith("IMG-") or ext in _IMAGE:
        return "image"
    if "VIDEO" in upper or upper.startswith("VID-") or ext in _VIDEO:
        return "video"
    if "AUDIO" in upper or upper.startswith(("PTT-", "AUD-")) or ext in _AUDIO:
        return "audio"
    if ext == "vcf":
        return "contact"
    return "document"


def is_ios_notice(raw_body: str) -> bool:
    """An iOS system line: the body starts with a bidi mark and reads like a notice."""
    if not raw_body[:1] or raw_body[0] not in BIDI:
        return False
    folded = clean(raw_body).casefold()
    return any(word in folded for word in P.SYSTEM_WORDS)


def is_android_notice_head(head: str) -> bool:
    """True when the would-be sender of an Android line is really a notice.

    ``Ana changed the subject from "a: b"`` splits at the colon inside the quotes, leaving an
    unbalanced quotation mark in the "name"; real names do not end inside a quotation.
    """
    for opening, closing in _QUOTES.items():
        if opening == closing:
            if head.count(opening) % 2:
                return True
        elif head.count(opening) > head.count(closing):
            return True
    return len(head) > 80


def _is_file_name(caption: str, file_name: str | None = None) -> bool:
    """A caption that only repeats the document's name (optionally "• 2 pages")."""
    match = P.PAGES.match(caption)
    name = match.group("file").strip() if match else caption
    if file_name is not None:
        return name == _COUNTER.sub("", file_name, count=1) or name == file_name
    return bool(_EXT.search(name))


def _join(*parts: str) -> str:
    return "\n".join(part for part in (p.strip() for p in parts) if part)


def classify(raw_body: str, line_marked: bool = False) -> Body:
    """Classify one (possibly multi-line) raw body. ``line_marked``: iOS put a mark before "["."""
    full = P.EDITED.sub("", clean(raw_body)).strip()
    first_raw = raw_body.partition("\n")[0]
    first, _, more = full.partition("\n")
    if full.casefold() == "null":  # Android writes "null" for view-once media and polls
        return Body(MEDIA, "", ("other",))
    owner = P.DELETED.get(full.casefold().rstrip(". 。"))
    if owner is not None:
        return Body(DELETED, "", (), owner)

    attached = P.IOS_ATTACHED.search(first)
    if attached:
        file_name = attached.group("file")
        caption = _join(first[: attached.start()], first[attached.end() :])
        if _is_file_name(caption, file_name):
            caption = ""
        return Body(MEDIA, _join(caption, more), (media_kind(file_name),))
    android = _android_attachment(first)
    if android:
        return Body(MEDIA, more.strip(), (media_kind(android),))
    if first.casefold().strip() in P.MEDIA_OMITTED_TAGS:
        if more and "\n" not in more and _is_file_name(more):  # the next line names a document
            return Body(MEDIA, "", ("document",))
        return Body(MEDIA, more.strip(), ("other",))

    segments = [s for s in _MARKS.split(first_raw) if clean(s).strip()]
    last = clean(segments[-1]).strip().casefold() if segments else ""
    kind = P.OMITTED.get(last)
    if kind or (line_marked and segments):
        caption = clean("".join(segments[:-1])).strip()
        if _is_file_name(caption):
            caption = ""
        return Body(MEDIA, _join(caption, more), (kind or "other",))
    return _location(full) or Body(TEXT, full)


def _android_attachment(first: str) -> str | None:
    """The file name of an Android "NAME (file attached)" line, else None."""
    if not first.endswith(")") or " (" not in first:
        return None
    name, _, suffix = first[:-1].rpartition(" (")
    if suffix.casefold() in P.ATTACHED_SUFFIXES or (
        P.WA_MEDIA_NAME.match(name) and _EXT.search(name)
    ):
        return name.strip()
    return None


def _location(full: str) -> Body | None:
    if P.LOCATION.match(full):
        return Body(MEDIA, "", ("location",))
    lines = full.split("\n")
    venue = P.VENUE.match(full) if len(lines) == 1 else None
    if venue:
        return Body(MEDIA, venue.group("place"), ("location",))
    if len(lines) >= 2 and P.VENUE_URL.match(lines[-1]):
        return Body(MEDIA, "\n".join(lines[:-1]), ("location",))
    return None
