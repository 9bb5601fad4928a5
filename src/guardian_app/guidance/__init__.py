"""Plain-language guidance for parents: indicator texts, steps, summary sentences. No Qt."""

from __future__ import annotations

from guardian_app.guidance.summary import (
    LEVEL_WORDS,
    NOTIFICATION_TITLE,
    level_rank,
    most_serious,
    notification_text,
    scan_done_text,
    summary_sentence,
)
from guardian_app.guidance.texts import (
    GuidanceError,
    IndicatorText,
    indicator_text,
    level_sentence,
    not_a_verdict,
    steps,
)

__all__ = [
    "LEVEL_WORDS",
    "NOTIFICATION_TITLE",
    "GuidanceError",
    "IndicatorText",
    "indicator_text",
    "level_rank",
    "level_sentence",
    "most_serious",
    "not_a_verdict",
    "notification_text",
    "scan_done_text",
    "steps",
    "summary_sentence",
]
