"""The notification for an alert the folder watcher stored: new, or risen in level. No Qt.

Like ``notification_text`` it states the severity in plain words and never a name, a chat
title or a word of any message: a notification can show on a lock screen. The reasons
behind an escalation stay in the alert centre, which clicking the notification opens.
"""

from __future__ import annotations

from typing import Protocol

from guardian_app.guidance.summary import level_name, messages
from guardian_app.guidance.texts import DEFAULT_LOCALE, resolve_locale

# The second notification, when an alert already shown became more serious.
ESCALATION = {
    "en": "The warning signs in a chat Guardian already told you about have become more "
          "serious: the level rose from {old} to {new}. {urgency} to see what to do.",
    "zh-Hans": "Guardian 之前提醒过的一段聊天中，危险信号变得更严重了：等级从{old}升到{new}。"
               "{urgency}，查看该怎么做。",
    "zh-Hant": "Guardian 之前提醒過的一段對話中，警訊變得更嚴重了：等級從{old}升到{new}。"
               "{urgency}，看看該怎麼做。",
}


class AlertLike(Protocol):
    """What the notice reads of a ``store.alerts.AlertChange`` (its level and the previous one)."""

    level: str
    previous_level: str | None
    escalated: bool


def alert_notice(change: AlertLike, locale: str = DEFAULT_LOCALE) -> tuple[str, str]:
    """(title, message) for a new alert or an escalated one; names and chat text never appear."""
    locale = resolve_locale(locale)
    m = messages(locale)
    urgency = m["urgency_critical"] if change.level == "critical" else m["urgency_normal"]
    new = level_name(change.level, locale)
    if change.escalated and change.previous_level:
        template = ESCALATION.get(locale, ESCALATION["en"])
        text = template.format(old=level_name(change.previous_level, locale), new=new,
                               urgency=urgency)
    else:
        words = m["level_words"].get(change.level, m["level_words"]["medium"])
        text = str(m["notification_one"]).format(words=words, level=new, count=1,
                                                 urgency=urgency)
    return str(m["notification_title"]), text
