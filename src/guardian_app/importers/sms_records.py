"""One ``<sms>`` or ``<mms>`` element of an SMS Backup & Restore file, as a plain record.

Field meanings follow SyncTech's "fields in XML backup files": sms ``type`` 1 received, 2 sent,
3 draft, 4 outbox, 5 failed, 6 queued; mms ``msg_box`` 1 received, 2 sent, 3 draft, 4 outbox
(``m_type`` 128 sent, 132 received when ``msg_box`` is missing); addr ``type`` 137 is the sender.
The string ``"null"`` stands for a missing value everywhere. Media parts are only named by kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree.ElementTree import Element

OWNER = "\x00owner"  # the sender id of messages sent from the backed-up phone
UNKNOWN = "?"  # the id of a number the backup does not give
_SENT_SMS = {"2", "4", "5", "6"}
_SENT_MMS = {"2", "4"}
_NO_NAME = {"", "null", "(unknown)", "unknown"}
_NO_ADDRESS = {"", "null", "insert-address-token"}


class BadRecord(ValueError):
    """An element that cannot be read; ``thread`` says which chat it belonged to, if known."""

    def __init__(self, reason: str, thread: tuple[str, ...] | None = None) -> None:
        super().__init__(reason)
        self.thread = thread


class Draft(Exception):
    """A draft that was never sent: left out, and counted in its chat."""

    def __init__(self, thread: tuple[str, ...]) -> None:
        super().__init__("draft")
        self.thread = thread


@dataclass(slots=True)
class SmsRecord:
    thread: tuple[str, ...]  # sorted ids of the other people in the chat
    sender: str  # an id from ``thread``, OWNER or UNKNOWN
    when: datetime
    millis: int
    text: str
    media: tuple[str, ...] = ()
    shown: dict[str, str] = field(default_factory=dict)  # id -> number as written
    names: dict[str, str] = field(default_factory=dict)  # id -> contact name
    members: tuple[str, ...] = ()  # the thread's ids in the order the backup lists them


def address_id(raw: str) -> tuple[str, str] | None:
    """(id, shown form) of one address; None for a placeholder.

    Phone numbers keep their digits (and a leading +); the id is the last nine digits, so
    ``+1 555-012-3456`` and ``(555) 012-3456`` are the same person. E-mail addresses and
    sender names ("BANK") are compared without case.
    """
    text = raw.strip()
    if text.casefold() in _NO_ADDRESS:
        return None
    if "@" in text:
        return text.casefold(), text
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    if len(digits) < 3 or len(digits) * 2 < len(text.replace(" ", "")):
        return text.casefold(), text  # a short name or an alphanumeric sender id
    shown = ("+" if text.startswith(("+", "00")) else "") + (digits[2:] if text.startswith("00") else digits)
    return (digits[-9:] if len(digits) >= 9 else shown), shown


def _value(attrib: dict[str, str], key: str) -> str:
    value = attrib.get(key, "")
    return "" if value == "null" else value


def _when(attrib: dict[str, str], thread: tuple[str, ...]) -> tuple[datetime, int]:
    raw = attrib.get("date", "").strip()
    try:
        millis = int(raw)
        if abs(millis) < 100_000_000_000:  # some writers store seconds
            millis *= 1000
        return datetime.fromtimestamp(millis / 1000, UTC), millis
    except (ValueError, OverflowError, OSError) as exc:
        raise BadRecord("date", thread) from exc


def _addresses(raw: str) -> tuple[list[str], dict[str, str]]:
    ids: list[str] = []
    shown: dict[str, str] = {}
    for part in raw.split("~"):
        found = address_id(part)
        if found and found[0] not in shown:
            ids.append(found[0])
            shown[found[0]] = found[1]
    return ids, shown


def _names(ids: list[str], contact_name: str) -> dict[str, str]:
    """The contact names the export gives for these ids ("A, B" lines up with "a~b")."""
    name = contact_name.strip()
    if name.casefold() in _NO_NAME or not ids:
        return {}
    if len(ids) == 1:
        return {ids[0]: name}
    names = [n.strip() for n in name.split(", ")]
    if len(names) != len(ids):
        return {}
    return {i: n for i, n in zip(ids, names, strict=True) if n.casefold() not in _NO_NAME}


def from_sms(attrib: dict[str, str]) -> SmsRecord:
    ids, shown = _addresses(attrib.get("address", ""))
    thread = tuple(sorted(ids)) or (UNKNOWN,)
    kind = attrib.get("type", "").strip()
    if kind == "3":
        raise Draft(thread)
    if kind != "1" and kind not in _SENT_SMS:
        raise BadRecord("type", thread)
    when, millis = _when(attrib, thread)
    text = _value(attrib, "body")
    if not text.strip():
        raise BadRecord("empty", thread)
    sender = OWNER if kind in _SENT_SMS else thread[0]
    names = _names(ids, attrib.get("contact_name", ""))
    return SmsRecord(thread, sender, when, millis, text, (), shown, names, tuple(ids))


def media_kind(content_type: str) -> str | None:
    """The media kind of one MMS part's content type; None for text and layout parts."""
    ct = content_type.split(";")[0].strip().casefold()
    if ct in ("text/plain", "application/smil", "", "null"):
        return None
    if ct == "image/gif":
        return "gif"
    if ct in ("text/x-vcard", "text/vcard", "text/directory"):
        return "contact"
    major = ct.split("/")[0]
    if major in ("image", "video", "audio"):
        return major
    if major == "application" or ct in ("text/x-vcalendar", "text/calendar", "text/html"):
        return "document"
    return "other"


def _direction(attrib: dict[str, str], thread: tuple[str, ...]) -> bool:
    """True when the phone's owner sent the MMS."""
    box = attrib.get("msg_box", "").strip()
    if box == "3":
        raise Draft(thread)
    if box == "1" or box in _SENT_MMS:
        return box in _SENT_MMS
    m_type = attrib.get("m_type", "").strip()
    if m_type in ("128", "132"):
        return m_type == "128"
    raise BadRecord("direction", thread)


def from_mms(elem: Element) -> SmsRecord:
    attrib = elem.attrib
    ids, shown = _addresses(attrib.get("address", ""))
    thread = tuple(sorted(ids)) or (UNKNOWN,)
    sent = _direction(attrib, thread)
    when, millis = _when(attrib, thread)
    texts: list[str] = []
    subject = _value(attrib, "sub").strip()
    if subject:
        texts.append(subject)
    media: list[str] = []
    for part in elem.iter("part"):
        kind = media_kind(part.get("ct", ""))
        if kind is None:
            if part.get("ct", "").strip().casefold() == "text/plain" and _value(part.attrib, "text"):
                texts.append(_value(part.attrib, "text"))
        elif kind not in media:
            media.append(kind)
    if not media and not any(t.strip() for t in texts):
        raise BadRecord("empty", thread)
    sender = OWNER if sent else _mms_sender(elem, thread, shown)
    names = _names(ids, attrib.get("contact_name", ""))
    return SmsRecord(thread, sender, when, millis, "\n".join(texts), tuple(media), shown, names, tuple(ids))


def _mms_sender(elem: Element, thread: tuple[str, ...], shown: dict[str, str]) -> str:
    for addr in elem.iter("addr"):
        if addr.get("type", "").strip() == "137":
            found = address_id(addr.get("address", ""))
            if found:
                shown.setdefault(found[0], found[1])
                return found[0]
    return thread[0] if len(thread) == 1 else UNKNOWN
