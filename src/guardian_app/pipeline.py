"""The core's front door: read exports, then assess every contact. Writes nothing.

The command line, the ingest service and the tray app all go through these functions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .domain import MEDIA, TEXT, Conversation, ConversationAssessment
from .importers import registry
from .merge import merge_same_chat

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class SourceResult:
    path: str
    format: str | None
    messages: int
    skipped: int
    error: str | None


@dataclass(slots=True)
class ScanResult:
    sources: list[SourceResult]
    assessments: list[ConversationAssessment]

    @property
    def ok(self) -> bool:
        return all(s.error is None for s in self.sources)


def read_paths(paths: Sequence[str | Path], progress: Progress | None = None,
               cancel: threading.Event | None = None) -> tuple[list[SourceResult], list[Conversation]]:
    """Reads every export under ``paths``; a bad file becomes a SourceResult with an error."""
    units: list[tuple[str, registry.ExportFile | None, str | None]] = []
    for path in paths:
        try:
            found = registry.discover(path)
        except registry.ExportError as exc:
            units.append((str(path), None, str(exc)))
            continue
        if not found:
            units.append((str(path), None, f"No chat export that Guardian can read was found in {path}."))
        units.extend((ef.display, ef, None) for ef in found)

    sources: list[SourceResult] = []
    conversations: list[Conversation] = []
    for n, (display, ef, error) in enumerate(units):
        if cancel is not None and cancel.is_set():
            break
        if progress:
            progress(n, len(units), Path(display).name)
        if ef is None:
            sources.append(SourceResult(display, None, 0, 0, error))
            continue
        detected = registry.detect(ef)
        fmt = detected[0] if detected else None
        try:
            convs = registry.read_export(ef)
        except registry.ExportError as exc:
            log.info("could not read an export (%s)", type(exc).__name__)
            sources.append(SourceResult(display, fmt, 0, 0, str(exc)))
            continue
        conversations.extend(convs)
        sources.append(SourceResult(display, fmt, sum(len(c.messages) for c in convs),
                                    sum(c.skipped for c in convs), None))
    if progress:
        progress(len(units), len(units), "")
    return sources, merge_same_chat(conversations)


def analyze(conversations: Sequence[Conversation], children: Sequence[str] = (),
            alert_level: str | None = None) -> list[ConversationAssessment]:
    """Assesses every contact of every conversation (inferring the child unless named)."""
    from .analysis.child import infer_children
    from .analysis.risk import DEFAULT_ALERT_LEVEL, assess_contact
    from .analysis.scorer import shared_scorer

    scorer = shared_scorer()
    results: list[ConversationAssessment] = []
    for conv, (child, reason) in zip(conversations, infer_children(conversations, children), strict=True):
        contacts = [p for p in conv.participants if p != child]
        wanted = set(contacts)
        scored = [m for m in conv.messages
                  if m.sender in wanted and m.kind in (TEXT, MEDIA) and m.text.strip()]
        probs = scorer.score([m.text for m in scored])
        by_index = {m.index: probs[i] for i, m in enumerate(scored)}
        assessments = [assess_contact(c, conv.messages, by_index, scorer.thresholds,
                                      alert_level or DEFAULT_ALERT_LEVEL) for c in contacts]
        assessments.sort(key=lambda a: -a.risk)
        results.append(ConversationAssessment(conv, child, reason, assessments))
    return results


def scan_paths(paths: Sequence[str | Path], children: Sequence[str] = (), progress: Progress | None = None,
               cancel: threading.Event | None = None) -> ScanResult:
    sources, conversations = read_paths(paths, progress, cancel)
    return ScanResult(sources, analyze(conversations, children))


def model_version() -> tuple[str, str]:
    from .analysis.scorer import shared_scorer

    info = shared_scorer().info
    return info.name, info.version
