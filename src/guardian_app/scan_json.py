"""The schema-1 JSON document of ``guardian scan --json`` (contract in DESIGN.md)."""

from __future__ import annotations

from typing import Any

from .domain import ContactAssessment, ConversationAssessment
from .pipeline import ScanResult

SCHEMA = 1


def _contact(c: ContactAssessment) -> dict[str, Any]:
    return {
        "name": c.name, "risk": round(c.risk, 4), "level": c.level, "alert": c.alert,
        "first_alert_message": c.first_alert_message, "stages": list(c.stages),
        "indicators": [{"id": i.id, "score": i.score, "count": i.count, "messages": list(i.messages)}
                       for i in c.indicators],
    }


def _conversation(a: ConversationAssessment) -> dict[str, Any]:
    conv = a.conversation
    return {
        "id": conv.key, "source": conv.source, "format": conv.format, "title": conv.title,
        "participants": list(conv.participants), "child": a.child, "child_reason": a.child_reason,
        "messages": len(conv.messages), "risk": round(a.risk, 4), "level": a.level, "alert": a.alert,
        "first_alert_message": a.first_alert_message,
        "contacts": [_contact(c) for c in a.contacts],
    }


def to_document(result: ScanResult, model_name: str, model_version: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "model": {"name": model_name, "version": model_version},
        "sources": [{"path": s.path, "format": s.format, "messages": s.messages, "skipped": s.skipped,
                     "error": s.error} for s in result.sources],
        "conversations": [_conversation(a) for a in result.assessments],
    }
