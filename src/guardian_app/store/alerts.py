"""Saving assessments and keeping ONE alert per conversation + contact."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from ..domain import LEVELS, ContactAssessment, ConversationAssessment
from .db import Store, StoreError
from .sources import now

STATUSES = ("new", "reviewed", "false_alarm")
_RANK = {level: n for n, level in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class AlertChange:
    """An alert that was created, or whose level rose, during one ingest."""

    alert_id: int
    conversation_id: int
    conversation: str  # the conversation's title
    child: str | None
    contact: str
    level: str
    risk: float
    previous_level: str | None  # None: the alert is new
    escalated: bool
    # Why the alert is at this level: the contact's reasons (plain sentences, never chat text).
    reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "reasons", tuple(self.reasons))  # a list when read back from JSON


def _indicators_json(contact: ContactAssessment) -> str:
    return json.dumps([asdict(i) for i in contact.indicators])


def save_assessment(
    conn: sqlite3.Connection,
    conversation_id: int,
    assessment: ConversationAssessment,
    model_version: str | None,
) -> None:
    """Replace the conversation's stored assessments; call inside a transaction."""
    stamp = now()
    conn.execute("DELETE FROM assessments WHERE conversation_id = ?", (conversation_id,))
    conn.executemany(
        "INSERT INTO assessments (conversation_id, contact, risk, level, stages, indicators,"
        " timeline, model_version, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (conversation_id, c.name, c.risk, c.level, json.dumps(c.stages), _indicators_json(c),
             json.dumps([list(point) for point in c.timeline]), model_version, stamp)
            for c in assessment.contacts
        ],
    )
    conn.execute(
        "UPDATE conversations SET child = ?, child_reason = ?, needs_analysis = 0 WHERE id = ?",
        (assessment.child, assessment.child_reason, conversation_id),
    )


def upsert_alert(
    conn: sqlite3.Connection,
    conversation_id: int,
    assessment: ConversationAssessment,
    contact: ContactAssessment,
    fingerprints: list[str],
) -> AlertChange | None:
    """Create the contact's alert, or raise its risk/level; never a second row.

    Returns the change worth telling the parent about (a new alert, or a higher level),
    else None. An alert whose level rises goes back to status 'new' so it is seen again.
    """
    if not contact.alert:
        return None
    first = contact.first_alert_message
    messages = assessment.conversation.messages
    in_range = first is not None and 0 <= first < len(messages)
    first_fp = fingerprints[first] if in_range and first < len(fingerprints) else None
    first_ts = messages[first].timestamp if in_range else None
    first_time = first_ts.isoformat() if first_ts is not None else None
    stamp = now()
    row = conn.execute(
        "SELECT id, level, risk FROM alerts WHERE conversation_id = ? AND contact = ?",
        (conversation_id, contact.name),
    ).fetchone()
    if row is None:
        cursor = conn.execute(
            "INSERT INTO alerts (conversation_id, contact, level, risk, first_alert_time,"
            " first_alert_fingerprint, first_alert_index, indicators, status, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
            (conversation_id, contact.name, contact.level, contact.risk, first_time, first_fp,
             first, _indicators_json(contact), stamp, stamp),
        )
        alert_id = int(cursor.lastrowid or 0)
        return AlertChange(alert_id, conversation_id, assessment.conversation.title,
                           assessment.child, contact.name, contact.level, contact.risk, None, False,
                           tuple(contact.reasons))
    # The first-alert point is recomputed causally over the whole stored conversation, so it
    # only moves when older messages were merged in front of it.
    conn.execute(
        "UPDATE alerts SET first_alert_time = ?, first_alert_fingerprint = ?,"
        " first_alert_index = ? WHERE id = ?",
        (first_time, first_fp, first, row["id"]),
    )
    escalated = _RANK.get(contact.level, 0) > _RANK.get(row["level"], 0)
    if contact.risk <= row["risk"] and not escalated:
        return None  # the alert keeps the highest risk and level it ever reached
    level = contact.level if escalated else row["level"]
    risk = max(contact.risk, row["risk"])
    conn.execute(
        "UPDATE alerts SET level = ?, risk = ?, indicators = ?, updated = ?,"
        " status = CASE WHEN ? THEN 'new' ELSE status END WHERE id = ?",
        (level, risk, _indicators_json(contact), stamp, escalated, row["id"]),
    )
    if not escalated:
        return None
    return AlertChange(int(row["id"]), conversation_id, assessment.conversation.title,
                       assessment.child, contact.name, level, risk, row["level"], True,
                       tuple(contact.reasons))


def list_alerts(store: Store) -> list[dict[str, Any]]:
    """Every stored alert, unreviewed first, then the most serious."""
    rows = store.query(
        "SELECT a.*, c.title, c.child, c.key FROM alerts a"
        " JOIN conversations c ON c.id = a.conversation_id"
    )
    alerts = [
        {
            "id": row["id"],
            "contact": row["contact"],
            "child": row["child"],
            "conversation": row["title"],
            "conversation_key": row["key"],
            "level": row["level"],
            "risk": row["risk"],
            "first_alert_time": row["first_alert_time"],
            "first_alert_message": row["first_alert_index"],
            "indicators": json.loads(row["indicators"]),
            "status": row["status"],
            "created": row["created"],
            "updated": row["updated"],
        }
        for row in rows
    ]
    alerts.sort(key=lambda a: (a["status"] != "new", -_RANK.get(a["level"], 0), -a["risk"]))
    return alerts


def set_alert_status(store: Store, alert_id: int, status: str) -> None:
    """Mark an alert 'new', 'reviewed' or 'false_alarm'."""
    if status not in STATUSES:
        raise ValueError(f"unknown alert status {status!r}; expected one of {STATUSES}")
    with store.transaction(durable=True) as conn:
        cursor = conn.execute(
            "UPDATE alerts SET status = ?, updated = ? WHERE id = ?", (status, now(), alert_id)
        )
    if cursor.rowcount == 0:
        raise StoreError(f"there is no alert {alert_id}")
