"""Everything the alert centre shows about one stored alert, read from the store. No Qt.

The evidence is shown in context: a few messages before and after each message an
indicator pointed at, with overlapping windows joined into one block.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from guardian_app.analysis import taxonomy
from guardian_app.domain import ContactAssessment, Conversation, IndicatorSummary, Message
from guardian_app.store import Store, StoreError
from guardian_app.store.alerts import list_alerts
from guardian_app.store.conversations import load_conversation

CONTEXT_BEFORE = 2
CONTEXT_AFTER = 2


@dataclass(frozen=True, slots=True)
class ContextLine:
    message: Message
    evidence: bool  # the message an indicator pointed at (highlighted)


@dataclass(slots=True)
class AlertDetail:
    alert: dict[str, Any]  # as listed by store.list_alerts
    conversation: Conversation
    contact: ContactAssessment
    child: str | None
    child_reason: str

    @property
    def alert_id(self) -> int:
        return int(self.alert["id"])

    @property
    def status(self) -> str:
        return str(self.alert["status"])


def _indicators(raw: Any) -> list[IndicatorSummary]:
    items = json.loads(raw) if isinstance(raw, str) else raw or []
    return [IndicatorSummary(str(i["id"]), float(i["score"]), int(i["count"]),
                             [int(m) for m in i.get("messages", [])]) for i in items]


def load_alert_detail(store: Store, alert_id: int) -> AlertDetail:
    """The alert, its whole conversation and the contact's latest assessment."""
    alert = next((a for a in list_alerts(store) if a["id"] == alert_id), None)
    head = store.query_one("SELECT conversation_id FROM alerts WHERE id = ?", (alert_id,))
    if alert is None or head is None:
        raise StoreError(f"there is no alert {alert_id}")
    cid = int(head["conversation_id"])
    conversation, _ = load_conversation(store, cid)
    conv_row = store.query_one("SELECT child, child_reason FROM conversations WHERE id = ?", (cid,))
    row = store.query_one("SELECT * FROM assessments WHERE conversation_id = ? AND contact = ?",
                          (cid, alert["contact"]))
    if row is not None:
        contact = ContactAssessment(
            name=row["contact"], risk=float(row["risk"]), level=row["level"], alert=True,
            first_alert_message=alert["first_alert_message"],
            stages=list(json.loads(row["stages"])), indicators=_indicators(row["indicators"]),
            timeline=[(int(i), float(r)) for i, r in json.loads(row["timeline"])],
        )
    else:  # the assessment row is gone (e.g. re-analysis in progress): use the alert's own data
        inds = _indicators(alert["indicators"])
        contact = ContactAssessment(
            alert["contact"], float(alert["risk"]), alert["level"], True,
            alert["first_alert_message"],
            sorted({taxonomy.STAGE_OF[i.id] for i in inds if i.id in taxonomy.STAGE_OF},
                   key=lambda s: taxonomy.STAGE_RANK[s]), inds)
    child = conv_row["child"] if conv_row else None
    reason = (conv_row["child_reason"] if conv_row else None) or ""
    return AlertDetail(alert, conversation, contact, child, reason)


def context_blocks(messages: list[Message], evidence: list[int], before: int = CONTEXT_BEFORE,
                   after: int = CONTEXT_AFTER, limit: int | None = 8) -> list[list[ContextLine]]:
    """Runs of messages around the evidence, in order; windows that touch are joined.

    ``limit`` caps how many evidence messages get a window (the earliest ones).
    """
    wanted = sorted({i for i in evidence if 0 <= i < len(messages)})
    if limit is not None:
        wanted = wanted[:limit]
    marked = set(wanted)
    blocks: list[list[ContextLine]] = []
    last_end = -1
    for idx in wanted:
        start, end = max(0, idx - before), min(len(messages) - 1, idx + after)
        if blocks and start <= last_end + 1:
            start = last_end + 1
        else:
            blocks.append([])
        for n in range(start, end + 1):
            blocks[-1].append(ContextLine(messages[n], n in marked))
        last_end = max(last_end, end)
    return blocks


def stage_marks(indicators: list[IndicatorSummary]) -> list[tuple[int, str]]:
    """(message index, stage) where each grooming stage first showed up, in message order."""
    first: dict[str, int] = {}
    for ind in indicators:
        stage = taxonomy.STAGE_OF.get(ind.id)
        if stage is None or not ind.messages:
            continue
        first[stage] = min(first.get(stage, ind.messages[0]), min(ind.messages))
    return sorted(((i, s) for s, i in first.items()), key=lambda p: (p[0], p[1]))
