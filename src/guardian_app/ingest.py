"""Adding exports to the profile: read, merge into the store (dedupe), re-assess, alert.

Used by ``guardian ingest``, the folder watcher and the tray app. Every changed
conversation is re-assessed as a whole (all stored messages) but only its new messages are
scored (``reassess``), and each contact keeps ONE alert that only ever grows; a second
notification comes only when its level rises. Logs carry paths and counts, never message text.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .reassess import reassess_pending
from .store import Store
from .store.alerts import AlertChange
from .store.alerts import list_alerts as _list_alerts
from .store.conversations import merge_conversation
from .store.sources import FileDigest, file_digest, known_source, record_source, touch_source

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class SourceReport:
    path: str
    format: str | None
    new_messages: int = 0
    duplicates: int = 0
    error: str | None = None
    unchanged: bool = False  # same content already ingested: not read again


@dataclass(slots=True)
class IngestReport:
    sources: list[SourceReport] = field(default_factory=list)
    alerts_created: list[AlertChange] = field(default_factory=list)
    alerts_escalated: list[AlertChange] = field(default_factory=list)
    conversations_analysed: int = 0
    cancelled: bool = False
    messages_scored: int = 0  # by the model; messages with stored scores are not scored again

    @property
    def ok(self) -> bool:
        return all(s.error is None for s in self.sources)

    @property
    def new_messages(self) -> int:
        return sum(s.new_messages for s in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": [asdict(s) for s in self.sources],
            "alerts_created": [asdict(a) for a in self.alerts_created],
            "alerts_escalated": [asdict(a) for a in self.alerts_escalated],
            "conversations_analysed": self.conversations_analysed,
            "cancelled": self.cancelled,
            "messages_scored": self.messages_scored,
        }


def _pipeline() -> Any:
    from . import pipeline  # loads the importers (and, on first analyse, the model) lazily

    return pipeline


def _owner_of(conv_source: str, result_paths: list[str]) -> str | None:
    """The source result a conversation came from: same path, else the longest path prefix."""
    if conv_source in result_paths:
        return conv_source
    prefixes = [p for p in result_paths if conv_source.startswith(p)]
    return max(prefixes, key=len) if prefixes else None


def _digest_for(result_path: str, input_digest: FileDigest | None) -> FileDigest | None:
    """The ledger entry of one read export: the input file's, or the file found in a folder."""
    if input_digest is not None:
        return input_digest
    try:
        return file_digest(result_path) if Path(result_path).is_file() else None
    except OSError:
        return None  # merged anyway; it will simply be read again next time


def _read_and_merge(store: Store, path: Path, input_digest: FileDigest | None,
                    cancel: threading.Event | None, report: IngestReport) -> None:
    results, conversations = _pipeline().read_paths([path], cancel=cancel)
    paths = [r.path for r in results]
    if any(r.error for r in results):
        input_digest = None  # one unread part: the whole input is read again next time
    by_result: dict[str, list[Any]] = {p: [] for p in paths}
    for conv in conversations:
        owner = _owner_of(conv.source, paths) or (paths[0] if len(paths) == 1 else None)
        if owner is None:
            log.warning("a conversation could not be matched to its export; merged unattributed")
            by_result.setdefault("", []).append(conv)
        else:
            by_result[owner].append(conv)
    for result in results:
        entry = SourceReport(result.path, result.format, error=result.error)
        # A source that failed is not entered in the ledger, so it is read again next time.
        digest = _digest_for(result.path, input_digest) if result.error is None else None
        with store.transaction() as conn:
            source_id = record_source(conn, result.path, result.format, digest) if digest else None
            for conv in by_result.get(result.path, []):
                merged = merge_conversation(conn, conv, source_id)
                entry.new_messages += merged.new
                entry.duplicates += merged.duplicates
        log.info("ingested %s: %d new messages, %d already stored", result.path,
                 entry.new_messages, entry.duplicates)
        report.sources.append(entry)
    if by_result.get(""):
        with store.transaction() as conn:
            for conv in by_result[""]:
                merge_conversation(conn, conv, None)


def _assess_pending(store: Store, children: Sequence[str], cancel: threading.Event | None,
                    report: IngestReport) -> None:
    """Re-assess what changed, scoring only messages without stored scores (see ``reassess``)."""
    done = reassess_pending(store, children, _pipeline, cancel)
    report.alerts_created.extend(done.created)
    report.alerts_escalated.extend(done.escalated)
    report.conversations_analysed += done.analysed
    report.messages_scored += done.scored
    report.cancelled = report.cancelled or done.cancelled


def ingest_paths(paths: Sequence[str | Path], children: Sequence[str] = (),
                 store: Store | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> IngestReport:
    """Add exports (files, folders, zips) to the store and update the alerts."""
    own = store is None
    store = store if store is not None else Store()
    report = IngestReport()
    try:
        total = len(paths)
        for n, raw in enumerate(paths):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                break
            path = Path(raw)
            if progress:
                progress(n, total, path.name)
            digest = None
            if path.is_file():
                try:
                    digest = file_digest(path)
                except OSError as exc:
                    report.sources.append(SourceReport(str(path), None, error=(
                        f"Guardian could not read {path}: {exc.strerror or exc}")))
                    continue
                known = known_source(store, digest.sha256)
                if known is not None:
                    touch_source(store, int(known["id"]))
                    report.sources.append(SourceReport(str(path), known["format"], unchanged=True))
                    continue
            _read_and_merge(store, path, digest, cancel, report)
        if not report.cancelled:
            if progress:
                progress(total, total, "analysing")
            _assess_pending(store, children, cancel, report)
        if progress:
            progress(total, total, "")
        return report
    finally:
        if own:
            store.close()


def list_alerts(store: Store | None = None) -> list[dict[str, Any]]:
    """The stored alerts for ``guardian alerts [--json]`` and the alert window."""
    if store is not None:
        return _list_alerts(store)
    with Store() as own:
        return _list_alerts(own)
