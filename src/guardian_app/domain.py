"""Plain data objects shared by every layer. No I/O, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Message kinds. Only "text" messages carry words a person typed; "media" records that a
# photo/video/voice note/file existed (never its content), "system" is an app notice.
TEXT = "text"
MEDIA = "media"
SYSTEM = "system"
DELETED = "deleted"

LEVELS = ("none", "low", "medium", "high", "critical")


@dataclass(slots=True)
class Message:
    """One message, in conversation order.

    ``timestamp`` is naive (wall clock, zone unknown) unless the format records a zone,
    in which case it is timezone-aware. ``media`` names the kinds of media that existed
    (``"image"``, ``"video"``, ``"audio"``, ``"sticker"``, ``"document"``, ``"contact"``,
    ``"location"``, ``"other"``); the files themselves are never opened.
    """

    sender: str | None
    text: str
    timestamp: datetime | None = None
    kind: str = TEXT
    media: tuple[str, ...] = ()
    index: int = 0
    line: int | None = None


@dataclass(slots=True)
class Conversation:
    """One chat as read from one export.

    ``key`` identifies the chat across re-exports (same format, same title/participants),
    so a longer re-export of the same chat maps onto the stored one.
    ``owner`` is the account owner (the child) when the export itself tells us;
    ``contact_hint`` is the other side when the export's name tells us (e.g. WhatsApp's
    "WhatsApp Chat with Jake.txt").
    """

    key: str
    source: str
    format: str
    title: str
    participants: list[str]
    messages: list[Message]
    owner: str | None = None
    contact_hint: str | None = None
    timezone_known: bool = False
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class IndicatorSummary:
    """How one indicator showed up in one contact's messages."""

    id: str
    score: float
    count: int
    messages: list[int]


@dataclass(slots=True)
class ContactAssessment:
    """The causal risk assessment of one contact within one conversation."""

    name: str
    risk: float
    level: str
    alert: bool
    first_alert_message: int | None
    stages: list[str]
    indicators: list[IndicatorSummary]
    # (message index, running risk) after each of the contact's scored messages.
    timeline: list[tuple[int, float]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ConversationAssessment:
    conversation: Conversation
    child: str | None
    child_reason: str
    contacts: list[ContactAssessment]

    @property
    def top(self) -> ContactAssessment | None:
        return max(self.contacts, key=lambda c: c.risk, default=None)

    @property
    def risk(self) -> float:
        top = self.top
        return top.risk if top else 0.0

    @property
    def level(self) -> str:
        top = self.top
        return top.level if top else "none"

    @property
    def alert(self) -> bool:
        return any(c.alert for c in self.contacts)

    @property
    def first_alert_message(self) -> int | None:
        firsts = [c.first_alert_message for c in self.contacts if c.first_alert_message is not None]
        return min(firsts) if firsts else None
