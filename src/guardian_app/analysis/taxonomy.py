"""The indicator taxonomy of DESIGN.md: stable ids, their stages, in model-label order."""

from __future__ import annotations

STAGES = (
    "targeting",
    "gaining_trust",
    "filling_a_need",
    "isolating",
    "sexualising",
    "control",
    "offline",
)

# (indicator id, stage), in the order the model's labels use.
INDICATORS: tuple[tuple[str, str], ...] = (
    ("age_probe", "targeting"),
    ("personal_info_probe", "targeting"),
    ("vulnerability_probe", "targeting"),
    ("flattery", "gaining_trust"),
    ("age_deception", "gaining_trust"),
    ("adult_cue", "gaining_trust"),
    ("gift_offer", "filling_a_need"),
    ("exclusivity", "filling_a_need"),
    ("isolation", "isolating"),
    ("parent_probe", "isolating"),
    ("secrecy", "isolating"),
    ("platform_switch", "isolating"),
    ("sexual_topic", "sexualising"),
    ("sexual_content", "sexualising"),
    ("image_request", "sexualising"),
    ("camera_request", "sexualising"),
    ("pressure_guilt", "control"),
    ("threat", "control"),
    ("sextortion", "control"),
    ("meeting_request", "offline"),
)

LABELS: tuple[str, ...] = tuple(i for i, _ in INDICATORS)
STAGE_OF: dict[str, str] = dict(INDICATORS)
STAGE_RANK: dict[str, int] = {s: n for n, s in enumerate(STAGES)}
