"""Re-assessing stored conversations after an ingest, scoring only what is new.

Each scored message's probabilities are kept in the store (``store.scores``), keyed by the
model version. A conversation with new messages is re-assessed as a whole by the causal risk
engine, but only its messages without stored scores for the current model are scored. When
the model changed, every conversation the old model assessed is re-assessed (and so
re-scored) once, the next time Guardian analyses anything.

Each contact keeps ONE alert that only ever grows; an ``AlertChange`` is returned for a new
alert, or when its level rises (never for a risk that grew within the same level).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .domain import ConversationAssessment
from .store import Store
from .store.alerts import AlertChange, save_assessment, upsert_alert
from .store.conversations import load_conversation, pending_conversations
from .store.scores import load_scores, save_scores, stale_conversations

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Reassessment:
    created: list[AlertChange] = field(default_factory=list)
    escalated: list[AlertChange] = field(default_factory=list)
    analysed: int = 0  # conversations re-assessed
    scored: int = 0  # messages scored by the model (the rest reused stored scores)
    cancelled: bool = False


def _mark_stale(store: Store, model: str) -> None:
    stale = stale_conversations(store, model)
    if not stale:
        return
    log.info("the model changed: %d conversation(s) will be re-scored once", len(stale))
    with store.transaction() as conn:
        conn.executemany("UPDATE conversations SET needs_analysis = 1 WHERE id = ?",
                         [(cid,) for cid in stale])


def _batches(store: Store, pending: list[int], children: Sequence[str],
             ) -> list[tuple[list[int], Sequence[str], str | None]]:
    """Keep the child decided earlier for a conversation, unless children are named now."""
    batches: list[tuple[list[int], Sequence[str], str | None]] = []
    fresh = []
    for cid in pending:
        row = store.query_one("SELECT child, child_reason FROM conversations WHERE id = ?", (cid,))
        if not children and row is not None and row["child"]:
            batches.append(([cid], (row["child"],), row["child_reason"]))
        else:
            fresh.append(cid)
    if fresh:
        batches.append((fresh, children, None))
    return batches


def _analyse(pipeline: Any, store: Store, ids: list[int], loaded: dict[int, Any], named: Sequence[str],
             model: str) -> list[tuple[ConversationAssessment, dict[int, Any]]]:
    conversations = [loaded[cid][0] for cid in ids]
    incremental = getattr(pipeline, "analyze_known", None)
    if incremental is None:  # a pipeline without stored scores (test stand-ins): score everything
        return [(a, {}) for a in pipeline.analyze(conversations, named)]
    known = [load_scores(store, cid, model, loaded[cid][1]) for cid in ids]
    return list(incremental(conversations, known, named))


def reassess_pending(store: Store, children: Sequence[str], load_pipeline: Callable[[], Any],
                     cancel: threading.Event | None = None) -> Reassessment:
    """Re-assess every conversation with unanalysed messages; save scores, assessments, alerts."""
    result = Reassessment()
    if not pending_conversations(store):
        return result
    pipeline = load_pipeline()
    name, version = pipeline.model_version()
    model = f"{name} {version}"
    _mark_stale(store, model)
    pending = pending_conversations(store)
    loaded = {cid: load_conversation(store, cid) for cid in pending}
    for ids, named, reason in _batches(store, pending, children):
        if cancel is not None and cancel.is_set():
            result.cancelled = True  # the rest stays pending for the next ingest
            return result
        for cid, (assessment, fresh) in zip(ids, _analyse(pipeline, store, ids, loaded, named, model),
                                            strict=True):
            if reason:
                assessment.child_reason = reason
            _save(store, cid, assessment, loaded[cid][1], model, fresh, result)
    return result


def _save(store: Store, cid: int, assessment: ConversationAssessment, fingerprints: list[str],
          model: str, fresh: dict[int, Any], result: Reassessment) -> None:
    # One durable transaction: scores, assessment and alert land together or not at all
    # (losing an alert silently is the worst case).
    with store.transaction(durable=True) as conn:
        if fresh:
            save_scores(conn, cid, model, fingerprints, fresh)
        save_assessment(conn, cid, assessment, model)
        for contact in assessment.contacts:
            change = upsert_alert(conn, cid, assessment, contact, fingerprints)
            if change is not None and change.escalated:
                result.escalated.append(change)
            elif change is not None:
                result.created.append(change)
    result.analysed += 1
    result.scored += len(fresh)
    log.info("assessed conversation %d: %d message(s) scored", cid, len(fresh))
