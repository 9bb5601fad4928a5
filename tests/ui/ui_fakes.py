"""Hand-built, synthetic (non-explicit) assessments for the UI tests."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QThread

from guardian_app.domain import (
    MEDIA,
    ContactAssessment,
    Conversation,
    ConversationAssessment,
    IndicatorSummary,
    Message,
)

CHILD = "Emma"
CONTACT = "Jake"
LINES = [
    (CONTACT, "hey saw your drawing on the art server, it is really good"),
    (CHILD, "thanks!!"),
    (CONTACT, "how old are you btw?"),
    (CHILD, "12, in 7th grade"),
    (CONTACT, "you are so mature for 12 honestly"),
    (CONTACT, "do your parents check your phone?"),
    (CHILD, "not really"),
    (CONTACT, "i can get you 1000 vbucks if you want"),
    (CONTACT, "dont tell anyone we talk ok? its our secret"),
    (CHILD, "ok"),
    (CONTACT, "add me on snap, it is more private"),
    (CONTACT, "IMG-20240314-WA0007.jpg (file attached)"),
    (CONTACT, "send me a pic of you, just your face"),
    (CONTACT, "lets meet at the mall on saturday, dont tell your mom"),
]
MEDIA_INDEX = 11
INDICATORS = {
    "age_probe": [2],
    "flattery": [4],
    "parent_probe": [5],
    "gift_offer": [7],
    "secrecy": [8, 13],
    "platform_switch": [10],
    "image_request": [11, 12],
    "meeting_request": [13],
}


def conversation(key: str = "whatsapp:emma-jake", title: str = "Jake") -> Conversation:
    start = datetime(2024, 3, 14, 20, 0)
    msgs = []
    for n, (sender, text) in enumerate(LINES):
        kind = MEDIA if n == MEDIA_INDEX else "text"
        media = ("image",) if n == MEDIA_INDEX else ()
        msgs.append(Message(sender, text, start + timedelta(minutes=3 * n), kind, media, n))
    return Conversation(
        key=key, source="/tmp/WhatsApp Chat with Jake.txt", format="whatsapp", title=title,
        participants=[CHILD, CONTACT], messages=msgs, contact_hint=CONTACT,
    )


def assessment(level: str = "high", key: str = "whatsapp:emma-jake", contact: str = CONTACT,
               indicators: dict[str, list[int]] | None = None) -> ConversationAssessment:
    inds = INDICATORS if indicators is None else indicators
    summaries = [IndicatorSummary(i, 0.9, len(m), list(m)) for i, m in inds.items()]
    risk = {"none": 0.05, "low": 0.3, "medium": 0.5, "high": 0.85, "critical": 0.97}[level]
    alert = level in ("high", "critical")
    ca = ContactAssessment(contact, risk, level, alert, 8 if alert else None,
                           ["targeting", "isolating"], summaries)
    return ConversationAssessment(conversation(key), CHILD, "The export was named after Jake.",
                                  [ca])


@dataclass
class FakeSource:
    path: str
    format: str | None = "whatsapp"
    messages: int = 14
    skipped: int = 0
    error: str | None = None


@dataclass
class FakeResult:
    sources: list[FakeSource]
    assessments: list[ConversationAssessment]


@dataclass
class FakeScan:
    """Stands in for pipeline.scan_paths: reports progress per path, then returns results."""

    assessments: list[ConversationAssessment]
    wait_for_cancel: bool = False
    calls: list[tuple[list[str], tuple[str, ...]]] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)

    def __call__(self, paths, children=(), progress=None, cancel=None):
        self.calls.append((list(paths), tuple(children)))
        self.started.set()
        if self.wait_for_cancel:
            assert cancel is not None and cancel.wait(10), "the scan was never cancelled"
        for n, p in enumerate(paths):
            if progress:
                progress(n, len(paths), p.rsplit("/", 1)[-1])
        if progress:
            progress(len(paths), len(paths), "")
        return FakeResult([FakeSource(p) for p in paths], self.assessments)


def running_threads(threads: list[QThread]) -> list[QThread]:
    """The threads of ``threads`` that still exist and still run."""
    return [t for t in threads if shiboken6.isValid(t) and t.isRunning()]
