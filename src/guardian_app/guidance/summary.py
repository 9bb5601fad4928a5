"""Plain sentences about an assessment: the summary line and the notification. No Qt.

The notification text never contains a name or a word of any message: it can show up
on a lock screen or in a notification history that other people see.
"""

from __future__ import annotations

from collections.abc import Iterable

from guardian_app.analysis import taxonomy
from guardian_app.domain import LEVELS, ContactAssessment, ConversationAssessment, IndicatorSummary
from guardian_app.guidance.texts import DEFAULT_LOCALE, indicator_text

# How serious each level sounds in a sentence ("Guardian found serious warning signs").
LEVEL_WORDS = {
    "none": "no",
    "low": "a few",
    "medium": "some",
    "high": "serious",
    "critical": "very serious",
}
NOTIFICATION_TITLE = "Guardian: warning signs found"


def level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0


def most_serious(indicators: Iterable[IndicatorSummary]) -> list[IndicatorSummary]:
    """Indicators ordered by how far along the grooming process they are, then by score."""
    return sorted(
        indicators,
        key=lambda i: (-taxonomy.STAGE_RANK.get(taxonomy.STAGE_OF.get(i.id, ""), -1), -i.score),
    )


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def summary_sentence(
    contact: ContactAssessment, child: str | None, locale: str = DEFAULT_LOCALE
) -> str:
    """E.g. "Jake's messages to Emma show 5 warning signs of grooming, including asking for
    photos and keeping secrets. Level: high." (for the window, never for notifications)."""
    name = contact.name or "This contact"
    who = _possessive(name) + " messages" + (f" to {child}" if child else "")
    signs = [i for i in contact.indicators if i.id in taxonomy.STAGE_OF]
    if not signs:
        return f"{who} show no warning signs of grooming. Level: {contact.level}."
    phrases = [indicator_text(i.id, locale).phrase for i in most_serious(signs)]
    noun = "warning sign" if len(signs) == 1 else "warning signs"
    detail = f": {phrases[0]}" if len(phrases) == 1 else f", including {_join(phrases[:2])}"
    return f"{who} show {len(signs)} {noun} of grooming{detail}. Level: {contact.level}."


def notification_text(assessments: Iterable[ConversationAssessment]) -> tuple[str, str] | None:
    """(title, message) for the tray notification after a scan, or None if nothing alerts.

    States the severity in plain words, never a name or message text.
    """
    alerting = [a for a in assessments if a.alert]
    if not alerting:
        return None
    top = max((a.level for a in alerting), key=level_rank)
    words = LEVEL_WORDS.get(top, "some")
    one = len(alerting) == 1
    where = f"in a chat (level: {top})" if one else f"in {len(alerting)} chats (highest level: {top})"
    urgency = "Please open Guardian now" if top == "critical" else "Open Guardian"
    return (
        NOTIFICATION_TITLE,
        f"Guardian found {words} warning signs {where}. {urgency} to see what to do.",
    )


def scan_done_text(assessments: list[ConversationAssessment]) -> str:
    """A one-line, name-free status after a scan (also used when nothing alerts)."""
    n = len(assessments)
    chats = "1 chat" if n == 1 else f"{n} chats"
    alerting = sum(1 for a in assessments if a.alert)
    if alerting:
        verb = "needs" if alerting == 1 else "need"
        return f"Guardian checked {chats}: {alerting} {verb} your attention."
    return f"Guardian checked {chats} and found nothing that needs your attention."
