"""One whole conversation as a Qt list model, handed to the view a page at a time.

A chat can hold tens of thousands of messages: the view asks for more rows as it
scrolls (``canFetchMore``/``fetchMore``), and ``ensure_loaded`` brings in the rows up
to a search match or a highlighted message. Searching covers every message, loaded or
not. Media is never shown or searched by file name: only a note says it was there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from guardian_app.domain import DELETED, MEDIA, Message
from guardian_app.ui.i18n import translate

PAGE = 200  # rows handed to the view per fetch
MAX_TEXT = 4000  # a longer message is cut (the rest adds nothing a parent can read on screen)

TIME_ROLE = Qt.ItemDataRole.UserRole + 1
SENDER_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 4  # list of indicator titles; empty if none
MATCH_ROLE = Qt.ItemDataRole.UserRole + 5  # True while the row matches the search

Index = QModelIndex | QPersistentModelIndex


def media_words() -> dict[str, str]:
    return {
        "image": translate("ConversationModel", "a photo"),
        "video": translate("ConversationModel", "a video"),
        "audio": translate("ConversationModel", "a voice message"),
        "sticker": translate("ConversationModel", "a sticker"),
        "document": translate("ConversationModel", "a file"),
        "contact": translate("ConversationModel", "a contact card"),
        "location": translate("ConversationModel", "a location"),
    }


def shown_text(msg: Message) -> str:
    """What the viewer shows (and searches) for a message: never a media file or its name."""
    if msg.kind == MEDIA:
        words = media_words()
        kinds = [words.get(k, words["document"]) for k in dict.fromkeys(msg.media)]
        joined = translate("ConversationModel", " and ").join(kinds or [words["document"]])
        return translate("ConversationModel", "[{what} was shared here — not opened]").format(
            what=joined)
    if msg.kind == DELETED:
        return translate("ConversationModel", "[this message was deleted]")
    return msg.text if len(msg.text) <= MAX_TEXT else msg.text[:MAX_TEXT] + "…"


def shown_time(ts: datetime | None) -> str:
    if ts is None:
        return translate("ConversationModel", "time unknown")
    return ts.strftime("%d %b %Y, %H:%M")


def shown_sender(msg: Message) -> str:
    return msg.sender or translate("ConversationModel", "unknown sender")


class ConversationModel(QAbstractListModel):
    """Rows are messages in conversation order; ``evidence`` maps a message's position to
    the plain titles of the indicators that pointed at it."""

    def __init__(self, messages: Sequence[Message], evidence: Mapping[int, list[str]],
                 page: int = PAGE, parent=None) -> None:
        super().__init__(parent)
        self._messages = list(messages)
        self._evidence = {i: list(t) for i, t in evidence.items() if 0 <= i < len(self._messages)}
        self._page = max(1, page)
        self._loaded = min(self._page, len(self._messages))
        self._folded: list[str] | None = None  # search text per message, built on first search
        self._matches: set[int] = set()

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._loaded < len(self._messages)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if self.canFetchMore(parent):
            self._load_to(min(len(self._messages), self._loaded + self._page) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = index.row()
        msg = self._messages[row]
        if role == TIME_ROLE:
            return shown_time(msg.timestamp)
        if role == SENDER_ROLE:
            return shown_sender(msg)
        if role == TEXT_ROLE:
            return shown_text(msg)
        if role == EVIDENCE_ROLE:
            return self._evidence.get(row, [])
        if role == MATCH_ROLE:
            return row in self._matches
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole and row in self._evidence:
            return translate("ConversationModel", "Guardian noticed: {signs}").format(
                signs="; ".join(self._evidence[row]))
        return None

    # -- paging ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """All messages of the chat, loaded or not."""
        return len(self._messages)

    def ensure_loaded(self, row: int) -> bool:
        """Hand rows up to ``row`` to the view; False if there is no such message."""
        if not 0 <= row < len(self._messages):
            return False
        if row >= self._loaded:
            self._load_to(row)
        return True

    def _load_to(self, last: int) -> None:
        self.beginInsertRows(QModelIndex(), self._loaded, last)
        self._loaded = last + 1
        self.endInsertRows()

    # -- reading ----------------------------------------------------------------------------
    def spoken(self, row: int) -> str:
        """One line a screen reader can read: sender, time, text and the warning signs."""
        msg = self._messages[row]
        line = f"{shown_sender(msg)}, {shown_time(msg.timestamp)}: {shown_text(msg)}"
        if row in self._evidence:
            line += " " + translate("ConversationModel", "(Guardian noticed: {signs})").format(
                signs="; ".join(self._evidence[row]))
        return line

    def evidence_rows(self) -> list[int]:
        return sorted(self._evidence)

    def search(self, words: str) -> list[int]:
        """Rows (of the whole chat) whose shown text contains ``words``, ignoring case."""
        needle = words.strip().casefold()
        old = self._matches
        if not needle:
            self._matches = set()
        else:
            if self._folded is None:
                self._folded = [shown_text(m).casefold() for m in self._messages]
            self._matches = {i for i, text in enumerate(self._folded) if needle in text}
        changed = [r for r in old ^ self._matches if r < self._loaded]
        if changed:
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)), [MATCH_ROLE])
        return sorted(self._matches)
