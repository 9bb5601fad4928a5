"""Plain-language guidance for parents: indicator texts, steps, summary sentences. No Qt."""

from __future__ import annotations

from guardian_app.guidance.advice import (
    AgeBandAdvice,
    EmergencyPath,
    Guidance,
    age_band,
    dont_list,
    emergency_for,
    emergency_path,
    guidance,
    heading,
    needs_emergency_path,
    talk_by_age,
)
from guardian_app.guidance.helplines import Helpline, country_name, helplines
from guardian_app.guidance.summary import (
    LEVEL_WORDS,
    NOTIFICATION_TITLE,
    level_name,
    level_rank,
    most_serious,
    notification_text,
    scan_done_text,
    summary_sentence,
)
from guardian_app.guidance.texts import (
    LOCALES,
    GuidanceError,
    IndicatorText,
    indicator_text,
    level_sentence,
    not_a_verdict,
    resolve_locale,
    steps,
)

__all__ = [
    "LEVEL_WORDS",
    "LOCALES",
    "AgeBandAdvice",
    "EmergencyPath",
    "Guidance",
    "Helpline",
    "age_band",
    "country_name",
    "dont_list",
    "emergency_for",
    "emergency_path",
    "guidance",
    "heading",
    "helplines",
    "level_name",
    "needs_emergency_path",
    "resolve_locale",
    "talk_by_age",
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
