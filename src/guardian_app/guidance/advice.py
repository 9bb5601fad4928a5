"""The full guidance for one indicator at one level: what to do, what not to do, how to
talk with the child by age, and the emergency path for threats and sextortion. No Qt.

Texts live in ``resources/guidance/<locale>/`` (indicators.json, steps.json, advice.json).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from guardian_app.domain import LEVELS
from guardian_app.guidance.texts import (
    DEFAULT_LOCALE,
    GuidanceError,
    indicator_text,
    level_sentence,
    read_json,
    resolve_locale,
    steps,
)

ALERT_LEVELS = ("low", "medium", "high", "critical")
AGE_BANDS = ("under_10", "10_12", "13_15", "16_17")
HEADINGS = ("explanation", "why", "do_now", "dont", "talk", "emergency", "helplines")
HELPLINE_KINDS = (
    "emergency", "report", "child_helpline", "parent_helpline", "crisis_line", "image_removal"
)


@dataclass(frozen=True, slots=True)
class AgeBandAdvice:
    band: str  # one of AGE_BANDS
    label: str  # "13 to 15"
    text: str


@dataclass(frozen=True, slots=True)
class EmergencyPath:
    """Shown whenever sextortion or a threat is among the indicators."""

    title: str
    intro: str
    steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Guidance:
    """Everything a parent reads about one indicator at one level, in one locale."""

    indicator: str
    level: str
    locale: str
    title: str
    explanation: str
    why: str
    level_sentence: str
    do_now: tuple[str, ...]  # the indicator's own step first, then the level's steps
    dont: tuple[str, ...]
    talk_opener: str
    talk_by_age: tuple[AgeBandAdvice, ...]
    emergency: EmergencyPath | None


@lru_cache(maxsize=4)
def _advice(locale: str) -> dict[str, Any]:
    data = read_json("advice.json", locale)
    problems = [h for h in HEADINGS if not str(data.get("headings", {}).get(h, "")).strip()]
    bands = data.get("age_bands", {})
    problems += [b for b in AGE_BANDS if not str(bands.get(b, {}).get("text", "")).strip()]
    kinds = data.get("helpline_kinds", {})
    problems += [k for k in HELPLINE_KINDS if not str(kinds.get(k, "")).strip()]
    em = data.get("emergency", {})
    if not em.get("steps") or not str(em.get("title", "")).strip() or not em.get("show_for"):
        problems.append("emergency")
    for lv in ALERT_LEVELS:
        if not [d for d in data.get("dont", []) if lv in d.get("levels", ()) and d.get("text")]:
            problems.append(f"dont/{lv}")
    if problems:
        raise GuidanceError(f"advice.json ({locale}) lacks: {', '.join(problems)}")
    return data


def _check_level(level: str) -> None:
    if level not in ALERT_LEVELS:
        raise ValueError(f"no guidance for level {level!r}; expected one of {ALERT_LEVELS}")


def heading(key: str, locale: str = DEFAULT_LOCALE) -> str:
    """A section heading ("What not to do") in the reader's language."""
    return str(_advice(resolve_locale(locale))["headings"][key])


def helpline_kind_label(kind: str, locale: str = DEFAULT_LOCALE) -> str:
    return str(_advice(resolve_locale(locale))["helpline_kinds"].get(kind, kind))


def dont_list(level: str, locale: str = DEFAULT_LOCALE) -> list[str]:
    """What not to do at a level, most important first."""
    _check_level(level)
    items = _advice(resolve_locale(locale))["dont"]
    return [str(d["text"]) for d in items if level in d.get("levels", ())]


def talk_by_age(locale: str = DEFAULT_LOCALE) -> list[AgeBandAdvice]:
    """How to talk with the child, one entry per age band, youngest first."""
    bands = _advice(resolve_locale(locale))["age_bands"]
    return [AgeBandAdvice(b, str(bands[b]["label"]), str(bands[b]["text"])) for b in AGE_BANDS]


def age_band(age: int) -> str:
    """The age band for a child's age in years (ages over 17 use the oldest band)."""
    if age < 10:
        return "under_10"
    if age <= 12:
        return "10_12"
    return "13_15" if age <= 15 else "16_17"


def needs_emergency_path(indicator_ids: Iterable[str]) -> bool:
    """True when sextortion or a threat is among the indicators."""
    show_for = set(_advice(DEFAULT_LOCALE)["emergency"]["show_for"])
    return any(i in show_for for i in indicator_ids)


def emergency_path(locale: str = DEFAULT_LOCALE) -> EmergencyPath:
    em = _advice(resolve_locale(locale))["emergency"]
    return EmergencyPath(str(em["title"]), str(em["intro"]), tuple(str(s) for s in em["steps"]))


def emergency_for(
    indicator_ids: Iterable[str], locale: str = DEFAULT_LOCALE
) -> EmergencyPath | None:
    """The emergency path if the indicators call for it, else None."""
    return emergency_path(locale) if needs_emergency_path(indicator_ids) else None


def guidance(indicator_id: str, level: str, locale: str = DEFAULT_LOCALE) -> Guidance:
    """The complete guidance for one indicator at one alert level (low..critical)."""
    _check_level(level)
    loc = resolve_locale(locale)
    text = indicator_text(indicator_id, loc)
    own = text.act if LEVELS.index(level) >= LEVELS.index("high") else text.watch
    return Guidance(
        indicator=indicator_id,
        level=level,
        locale=loc,
        title=text.title,
        explanation=text.explanation,
        why=text.why,
        level_sentence=level_sentence(level, loc),
        do_now=(own, *steps(level, loc)),
        dont=tuple(dont_list(level, loc)),
        talk_opener=text.talk,
        talk_by_age=tuple(talk_by_age(loc)),
        emergency=emergency_for([indicator_id], loc),
    )
