"""The core's front door: read exports, then assess every contact. Writes nothing.

The command line, the ingest service and the tray app all go through these functions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .domain import MEDIA, TEXT, ContactAssessment, Conversation, ConversationAssessment, Message
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
    known: list[Mapping[int, Any]] = [{} for _ in conversations]
    return [a for a, _ in analyze_known(conversations, known, children, alert_level)]


def needs_scores(conv: Conversation, child: str | None) -> list[Message]:
    """The messages whose indicator probabilities an assessment uses: the contacts' words."""
    wanted = {p for p in conv.participants if p != child}
    return [m for m in conv.messages if m.sender in wanted and m.kind in (TEXT, MEDIA) and m.text.strip()]


def analyze_known(conversations: Sequence[Conversation], known: Sequence[Mapping[int, Any]],
                  children: Sequence[str] = (), alert_level: str | None = None,
                  ) -> list[tuple[ConversationAssessment, dict[int, Any]]]:
    """``analyze``, reusing probabilities already computed with the current model.

    ``known[i]`` maps a message index of ``conversations[i]`` to its probabilities (a row per
    ``LABELS``). Only the messages needed and not known are scored; each result comes with
    those fresh rows (message index -> probabilities) so the caller can keep them.
    """
    from .analysis.child import infer_children
    from .analysis.risk import DEFAULT_ALERT_LEVEL, assess_contact
    from .analysis.scorer import shared_scorer

    scorer = shared_scorer()
    results: list[tuple[ConversationAssessment, dict[int, Any]]] = []
    pairs = zip(conversations, known, infer_children(conversations, children), strict=True)
    for conv, already, (child, reason) in pairs:
        needed = needs_scores(conv, child)
        missing = [m for m in needed if m.index not in already]
        probs = scorer.score([m.text for m in missing]) if missing else None
        fresh = {m.index: probs[i] for i, m in enumerate(missing)} if probs is not None else {}
        by_index = {m.index: fresh[m.index] if m.index in fresh else already[m.index] for m in needed}
        contacts = [p for p in conv.participants if p != child]
        assessments = [assess_contact(c, conv.messages, by_index, scorer.thresholds,
                                      alert_level or DEFAULT_ALERT_LEVEL) for c in contacts]
        assessments.sort(key=lambda a: -a.risk)
        if child is None:
            child, reason, assessments = _child_from_target(conv, reason, assessments)
        results.append((ConversationAssessment(conv, child, reason, assessments), fresh))
    return results


def _child_from_target(conv: Conversation, reason: str, assessments: list[ContactAssessment],
                       ) -> tuple[str | None, str, list[ContactAssessment]]:
    """In a two-person chat whose child was unknown, if exactly one side's messages reach the
    alert line, the other side is the one being targeted: take them to be the child."""
    if len(conv.participants) != 2:
        return None, reason, assessments
    alerting = [a for a in assessments if a.alert]
    if len(alerting) != 1:
        return None, reason, assessments
    groomer = alerting[0].name
    target = next(p for p in conv.participants if p != groomer)
    return target, (f"The file does not say who the child is. {groomer}'s messages show warning signs "
                    f"aimed at {target}, so {target} is taken to be the child; say who the child is "
                    "with --child NAME if that is wrong."), alerting


def scan_paths(paths: Sequence[str | Path], children: Sequence[str] = (), progress: Progress | None = None,
               cancel: threading.Event | None = None) -> ScanResult:
    sources, conversations = read_paths(paths, progress, cancel)
    return ScanResult(sources, analyze(conversations, children))


def model_version() -> tuple[str, str]:
    from .analysis.scorer import shared_scorer

    info = shared_scorer().info
    return info.name, info.version
