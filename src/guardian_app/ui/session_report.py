"""What a counsellor session's case report covers: the scan minus the session's false alarms.

No Qt here: the session window keeps the false alarms as (conversation key, contact) pairs
in memory and asks this module for the ScanResult to hand to ``reports.make_report``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from guardian_app.domain import ConversationAssessment
from guardian_app.pipeline import ScanResult

AlarmKey = tuple[str, str]  # (conversation key, contact name)


def alarm_key(assessment: ConversationAssessment, contact: str) -> AlarmKey:
    return assessment.conversation.key, contact


def left_out_note(count: int) -> str:
    if count == 1:
        return "1 contact was marked as a false alarm during the session and is left out of this report."
    return f"{count} contacts were marked as false alarms during the session and are left out of this report."


def without_false_alarms(result: ScanResult, false_alarms: Collection[AlarmKey]) -> ScanResult:
    """A copy of ``result`` in which the contacts marked as false alarms do not appear.

    The conversations themselves are shared, not copied; a chat that lost a contact gets a
    note saying so, so the report is honest about what was left out.
    """
    if not false_alarms:
        return ScanResult(list(result.sources), list(result.assessments))
    kept: list[ConversationAssessment] = []
    for a in result.assessments:
        contacts = [c for c in a.contacts if alarm_key(a, c.name) not in false_alarms]
        dropped = len(a.contacts) - len(contacts)
        if not dropped:
            kept.append(a)
            continue
        conversation = replace(a.conversation, notes=[*a.conversation.notes, left_out_note(dropped)])
        kept.append(replace(a, conversation=conversation, contacts=contacts))
    return ScanResult(list(result.sources), kept)
