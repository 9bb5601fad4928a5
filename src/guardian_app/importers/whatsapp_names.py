"""Who a WhatsApp chat is with, from the export's file name, and a key stable across re-exports."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from pathlib import PurePosixPath

from guardian_app.importers.base import ExportFile
from guardian_app.importers.whatsapp_header import clean

# "WhatsApp Chat with Jake.txt", "WhatsApp Chat - Jake.zip" and their translations.
_TITLE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^WhatsApp[ -]Chat (?:with|mit|met|-|–) (?P<t>.+)$",
        r"^Chat de WhatsApp con (?P<t>.+)$",
        r"^Chat WhatsApp (?:con|dengan|s uživatelem|s) (?P<t>.+)$",
        r"^Чат WhatsApp с (?:контактом )?(?P<t>.+)$",
        r"^Conversa do WhatsApp com (?P<t>.+)$",
        r"^Discussion WhatsApp avec (?P<t>.+)$",
        r"^WhatsApp-chat met (?P<t>.+)$",
        r"^与(?P<t>.+?)的 ?WhatsApp ?聊天$",
        r"^與(?P<t>.+?)的 ?WhatsApp ?對話$",
    )
]
_COPY_SUFFIX = re.compile(r"\s*\(\d{1,3}\)$")  # "WhatsApp Chat with Jake (1).txt"
_EXPORT_EXTENSIONS = {".txt", ".zip"}


def title_from_name(file_name: str) -> str | None:
    """The contact or group name a WhatsApp export file (or folder) name carries, if any."""
    stem = PurePosixPath(file_name.replace("\\", "/")).name
    suffix = PurePosixPath(stem).suffix.lower()
    if suffix in _EXPORT_EXTENSIONS:
        stem = stem[: -len(suffix)]
    stem = _COPY_SUFFIX.sub("", " ".join(clean(stem).split()))
    for pattern in _TITLE_PATTERNS:
        match = pattern.match(stem)
        if match and match.group("t").strip():
            return match.group("t").strip()
    return None


def chat_title(ef: ExportFile) -> str | None:
    """The chat title from the member name, else the zip's name, else a named parent folder."""
    candidates = [ef.name]
    if ef.member is not None:
        candidates.append(ef.path.name)
    elif ef.path.name.lower() == "_chat.txt":
        candidates.append(ef.path.parent.name)
    for candidate in candidates:
        title = title_from_name(candidate)
        if title:
            return title
    return None


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", clean(name)).casefold().split())


def chat_key(title: str | None, participants: Sequence[str]) -> str:
    """``whatsapp:`` + sha1 of the normalised title, or of the sorted participants without one."""
    if title:
        basis = "title:" + _norm(title)
    else:
        basis = "participants:" + "\n".join(sorted(_norm(p) for p in participants))
    return "whatsapp:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def same_name(a: str, b: str) -> bool:
    return _norm(a) == _norm(b)
