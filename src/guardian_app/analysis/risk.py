"""The per-contact, causal risk engine.

It walks a conversation message by message (no look-ahead) and keeps, for each contact, the
strongest evidence seen so far for each indicator. After every message of that contact it
re-derives a level from *which* indicators appeared, from how many grooming stages, and in
which order, and a risk number inside that level's band from how strong and how severe the
evidence is. Evidence only accumulates, so risk never falls and the first message at which
the level reached the alert line is the same whether or not the chat continued afterwards.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..domain import LEVELS, ContactAssessment, IndicatorSummary, Message
from .taxonomy import LABELS, STAGE_OF, STAGE_RANK

# How much each indicator weighs when it is present (0..1).
SEVERITY: dict[str, float] = {
    "age_probe": 0.45, "personal_info_probe": 0.55, "vulnerability_probe": 0.6,
    "flattery": 0.35, "age_deception": 0.85, "adult_cue": 0.3,
    "gift_offer": 0.45, "exclusivity": 0.7,
    "isolation": 0.8, "parent_probe": 0.7, "secrecy": 0.8, "platform_switch": 0.55,
    "sexual_topic": 0.85, "sexual_content": 0.9, "image_request": 0.9, "camera_request": 0.85,
    "pressure_guilt": 0.7, "threat": 1.0, "sextortion": 1.0, "meeting_request": 0.85,
}
# Indicators that are ordinary between friends on their own (asking age, compliments, gifts)
# are not "concerning"; these are.
CONCERNING = frozenset({
    "vulnerability_probe", "age_deception", "exclusivity", "isolation", "parent_probe", "secrecy",
    "platform_switch", "sexual_topic", "sexual_content", "image_request", "camera_request",
    "pressure_guilt", "threat", "sextortion", "meeting_request",
})
SEXUALISING = frozenset({"sexual_topic", "sexual_content", "image_request", "camera_request"})
# What a groomer does to build the relationship (targeting, trust, filling a need, isolating).
# Requests alone (a photo, a pick-up, a surprise kept secret) are what family and friends send
# too; the pattern needs the approach as well.
APPROACH = frozenset({
    "age_probe", "personal_info_probe", "vulnerability_probe", "flattery", "age_deception",
    "gift_offer", "exclusivity", "isolation", "parent_probe",
})
# An indicator counts as established when its strength (0.5 at the threshold, 1.0 at p=1) reaches
# this, or when it shows up in two messages.
STRONG = 0.75
BANDS: dict[str, tuple[float, float]] = {
    "none": (0.0, 0.0), "low": (0.1, 0.39), "medium": (0.4, 0.64),
    "high": (0.65, 0.84), "critical": (0.85, 0.99),
}
# The pattern has to come together within this many of the contact's messages: scattered
# look-alike lines over months of ordinary chat do not add up to grooming.
WINDOW = 80
# ... and DENSE_SIGNS different signs within DENSE_WINDOW of its messages count as established.
DENSE_WINDOW = 10
DENSE_SIGNS = 4
# (a hit only just over its threshold does not take part in that)
DENSE_MIN_STRENGTH = 0.65
DEFAULT_ALERT_LEVEL = "medium"
MAX_EVIDENCE_INDICES = 50


@dataclass(slots=True)
class _ContactState:
    """What one contact showed: over the whole chat (for the report) and recently (for the level)."""

    strength: dict[str, float] = field(default_factory=dict)
    prob: dict[str, float] = field(default_factory=dict)
    count: dict[str, int] = field(default_factory=dict)
    messages: dict[str, list[int]] = field(default_factory=dict)
    first_seen: dict[str, int] = field(default_factory=dict)  # order of first appearance
    # indicator -> (contact message number, strength, normalised text) of recent hits
    recent: dict[str, deque[tuple[int, float, str]]] = field(default_factory=dict)

    def add(self, indicator: str, prob: float, threshold: float, index: int, ordinal: int, text: str) -> None:
        if indicator not in self.strength:
            self.first_seen[indicator] = len(self.first_seen)
        strength = 0.5 + 0.5 * (prob - threshold) / max(1e-6, 1.0 - threshold)
        self.strength[indicator] = max(self.strength.get(indicator, 0.0), strength)
        self.prob[indicator] = max(self.prob.get(indicator, 0.0), prob)
        self.count[indicator] = self.count.get(indicator, 0) + 1
        refs = self.messages.setdefault(indicator, [])
        if len(refs) < MAX_EVIDENCE_INDICES:
            refs.append(index)
        self.recent.setdefault(indicator, deque()).append((ordinal, strength, text))

    def window(self, ordinal: int) -> tuple[dict[str, float], dict[str, int]]:
        """Strength and number of distinct messages per indicator over the last WINDOW messages."""
        strength: dict[str, float] = {}
        count: dict[str, int] = {}
        for indicator, hits in self.recent.items():
            while hits and hits[0][0] <= ordinal - WINDOW:
                hits.popleft()
            if hits:
                strength[indicator] = max(h[1] for h in hits)
                count[indicator] = len({h[2] for h in hits})
        # Several different signs close together corroborate each other, even when each is weak.
        dense = [i for i, hits in self.recent.items()
                 if any(h[0] > ordinal - DENSE_WINDOW and h[1] >= DENSE_MIN_STRENGTH for h in hits)]
        if len(dense) >= DENSE_SIGNS:
            for indicator in dense:
                count[indicator] = max(count[indicator], 2)
        return strength, count


def established(strength: Mapping[str, float], count: Mapping[str, int] | None = None) -> set[str]:
    """Indicators seen strongly, or in more than one message: a single borderline hit is not enough."""
    count = count or {}
    return {i for i, s in strength.items() if s >= STRONG or count.get(i, 1) >= 2}


def level_of(strength: Mapping[str, float], count: Mapping[str, int] | None = None) -> tuple[str, list[str]]:
    """The level for the indicators seen so far (id -> strength, id -> messages), with reasons."""
    if not strength:
        return "none", []
    ids = established(strength, count)
    stages = {STAGE_OF[i] for i in ids}
    concerning = ids & CONCERNING
    sexual = ids & SEXUALISING
    approach = ids & APPROACH
    if "sextortion" in ids:
        return "critical", ["demanded money or more pictures under a threat"]
    if "threat" in ids and ids & (SEXUALISING | {"secrecy"}):
        return "critical", ["made a threat, together with secrecy or requests for pictures"]
    if {"meeting_request", "secrecy"} <= ids and approach:
        return "critical", ["asked to meet and to keep it secret, after winning the child's trust"]
    if sexual and approach and len(ids) >= 3:
        return "high", ["turned the talk sexual or asked for pictures or camera, after winning trust"]
    if {"meeting_request", "secrecy"} <= ids:
        return "high", ["asked to meet and to keep it secret"]
    if len(stages) >= 4 and len(concerning) >= 2 and approach:
        return "high", [f"warning signs from {len(stages)} different stages of grooming"]
    if len(concerning) >= 2 and len(ids) >= 3 and approach:
        return "medium", ["several warning signs together, including secrecy, isolation or requests"]
    if "threat" in ids and len(concerning) >= 2:
        return "medium", ["made a threat, together with another warning sign"]
    return "low", ["a warning sign that is often harmless on its own"]


def _risk_in_band(level: str, state: _ContactState) -> float:
    lo, hi = BANDS[level]
    if level == "none":
        return 0.0
    weight = sum(SEVERITY[i] * s for i, s in state.strength.items())
    # Stages met in the usual grooming order (targeting and trust before sexualising/control)
    # make the pattern more convincing.
    order = sorted(state.first_seen, key=state.first_seen.__getitem__)
    ranks = [STAGE_RANK[STAGE_OF[i]] for i in order]
    in_order = sum(1 for a, b in zip(ranks, ranks[1:], strict=False) if b >= a)
    fullness = min(1.0, (weight + 0.25 * in_order) / 6.0)
    return round(lo + (hi - lo) * fullness, 4)


def assess_contact(name: str, messages: Sequence[Message], probs: Mapping[int, np.ndarray],
                   thresholds: np.ndarray, alert_level: str = DEFAULT_ALERT_LEVEL) -> ContactAssessment:
    """Causal assessment of one contact.

    ``probs`` maps a message index to its indicator probabilities (rows follow LABELS); only
    messages sent by ``name`` count as this contact's evidence.
    """
    alert_rank = LEVELS.index(alert_level)
    state = _ContactState()
    level, reasons, risk = "none", [], 0.0
    first_alert: int | None = None
    timeline: list[tuple[int, float]] = []
    ordinal = 0
    for msg in messages:
        if msg.sender != name or msg.index not in probs:
            continue
        ordinal += 1
        p = probs[msg.index]
        hit = np.flatnonzero(p >= thresholds)
        if not len(hit):
            continue
        text = " ".join(msg.text.casefold().split())
        for k in hit:
            state.add(LABELS[k], float(p[k]), float(thresholds[k]), msg.index, ordinal, text)
        now, why = level_of(*state.window(ordinal))
        if LEVELS.index(now) > LEVELS.index(level):
            level, reasons = now, why
        new_risk = max(risk, _risk_in_band(level, state))
        if new_risk != risk:
            risk = new_risk
            timeline.append((msg.index, risk))
        if first_alert is None and LEVELS.index(level) >= alert_rank:
            first_alert = msg.index
    indicators = [
        IndicatorSummary(id=i, score=round(state.prob[i], 3), count=state.count[i],
                         messages=list(state.messages[i]))
        for i in LABELS if i in state.strength
    ]
    stages = sorted({STAGE_OF[i] for i in state.strength}, key=STAGE_RANK.__getitem__)
    return ContactAssessment(
        name=name, risk=risk, level=level, alert=first_alert is not None,
        first_alert_message=first_alert, stages=stages, indicators=indicators,
        timeline=timeline, reasons=reasons,
    )
