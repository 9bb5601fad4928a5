"""Plain sentences about an assessment: the summary line and the notification. No Qt.

The sentences come from ``resources/guidance/<locale>/messages.json``. The notification
text never contains a name or a word of any message: it can show up on a lock screen or
in a notification history that other people see. The summary names the contact and the
child but never quotes a message.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from guardian_app.analysis import taxonomy
from guardian_app.domain import LEVELS, ContactAssessment, ConversationAssessment, IndicatorSummary
from guardian_app.guidance.texts import (
    DEFAULT_LOCALE,
    GuidanceError,
    indicator_text,
    read_json,
    resolve_locale,
)

# How serious each level sounds in an English sentence ("Guardian found serious warning
# signs"); other locales have theirs in messages.json.
LEVEL_WORDS = {
    "none": "no",
    "low": "a few",
    "medium": "some",
    "high": "serious",
    "critical": "very serious",
}
NOTIFICATION_TITLE = "Guardian: warning signs found"
MESSAGE_KEYS = (
    "this_contact", "who", "who_to", "summary_none", "summary_one", "summary_many",
    "notification_title", "notification_one", "notification_many", "urgency_critical",
    "urgency_normal", "chats_one", "chats_many", "scan_alert_one", "scan_alert_many",
    "scan_clear",
)


@lru_cache(maxsize=4)
def messages(locale: str = DEFAULT_LOCALE) -> dict[str, Any]:
    """The sentence templates of a locale, checked for completeness."""
    data = read_json("messages.json", resolve_locale(locale))
    missing = [k for k in MESSAGE_KEYS if not str(data.get(k, "")).strip()]
    for table in ("level_names", "level_words"):
        names = data.get(table)
        if not isinstance(names, dict) or not all(str(names.get(lv, "")).strip() for lv in LEVELS):
            missing.append(table)
    if missing:
        raise GuidanceError(f"messages.json ({locale}) lacks: {', '.join(missing)}")
    return data


def level_name(level: str, locale: str = DEFAULT_LOCALE) -> str:
    """The level as a reader of ``locale`` sees it ("high", "高")."""
    return str(messages(locale)["level_names"].get(level, level))


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


def summary_sentence(
    contact: ContactAssessment, child: str | None, locale: str = DEFAULT_LOCALE
) -> str:
    """E.g. "Jake's messages to Emma show 5 warning signs of grooming, including asking for
    photos and keeping secrets. Level: high." (for the window, never for notifications)."""
    m = messages(locale)
    name = contact.name or m["this_contact"]
    who = (m["who_to"] if child else m["who"]).format(
        name=name, possessive=_possessive(name), child=child or ""
    )
    level = level_name(contact.level, locale)
    signs = [i for i in contact.indicators if i.id in taxonomy.STAGE_OF]
    if not signs:
        return str(m["summary_none"]).format(who=who, level=level)
    phrases = [indicator_text(i.id, locale).phrase for i in most_serious(signs)]
    if len(phrases) == 1:
        return str(m["summary_one"]).format(who=who, first=phrases[0], level=level)
    return str(m["summary_many"]).format(
        who=who, count=len(signs), first=phrases[0], second=phrases[1], level=level
    )


def notification_text(
    assessments: Iterable[ConversationAssessment], locale: str = DEFAULT_LOCALE
) -> tuple[str, str] | None:
    """(title, message) for the tray notification after a scan, or None if nothing alerts.

    States the severity in plain words, never a name or message text.
    """
    alerting = [a for a in assessments if a.alert]
    if not alerting:
        return None
    m = messages(locale)
    top = max((a.level for a in alerting), key=level_rank)
    urgency = m["urgency_critical"] if top == "critical" else m["urgency_normal"]
    template = m["notification_one"] if len(alerting) == 1 else m["notification_many"]
    text = str(template).format(
        words=m["level_words"].get(top, m["level_words"]["medium"]),
        level=level_name(top, locale), count=len(alerting), urgency=urgency,
    )
    return str(m["notification_title"]), text


def scan_done_text(
    assessments: list[ConversationAssessment], locale: str = DEFAULT_LOCALE
) -> str:
    """A one-line, name-free status after a scan (also used when nothing alerts)."""
    m = messages(locale)
    n = len(assessments)
    chats = m["chats_one"] if n == 1 else str(m["chats_many"]).format(count=n)
    alerting = sum(1 for a in assessments if a.alert)
    if not alerting:
        return str(m["scan_clear"]).format(chats=chats)
    template = m["scan_alert_one"] if alerting == 1 else m["scan_alert_many"]
    return str(template).format(chats=chats, alerting=alerting)
