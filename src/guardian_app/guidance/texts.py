"""Loads the plain-language guidance texts in ``resources/guidance/<locale>/``. No Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from guardian_app import paths
from guardian_app.analysis import taxonomy
from guardian_app.domain import LEVELS

DEFAULT_LOCALE = "en"
LOCALES = ("en", "zh-Hans", "zh-Hant")
# Common tags mapped onto the locales Guardian ships (mainland/Singapore: Simplified;
# Taiwan/Hong Kong/Macau: Traditional).
_ALIASES = {
    "zh": "zh-Hans", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh-hans": "zh-Hans",
    "zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-mo": "zh-Hant", "zh-hant": "zh-Hant",
}


class GuidanceError(RuntimeError):
    """The guidance texts are missing or incomplete (a packaging fault, not a user error)."""


@dataclass(frozen=True, slots=True)
class IndicatorText:
    """What a parent reads about one indicator."""

    id: str
    stage: str
    title: str  # "Asked the child's age"
    phrase: str  # "asking about age", used inside sentences
    explanation: str  # what the contact did
    why: str  # why it matters
    watch: str = ""  # what to do now at the low and medium levels
    act: str = ""  # what to do now at the high and critical levels
    talk: str = ""  # one way to open the conversation with the child


def resolve_locale(locale: str | None) -> str:
    """A shipped locale for ``locale`` ("zh_TW", "zh-HK", "en-GB"...); English otherwise."""
    if not locale:
        return DEFAULT_LOCALE
    if locale in LOCALES:
        return locale
    tag = locale.replace("_", "-").lower()
    if tag in _ALIASES:
        return _ALIASES[tag]
    if tag.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return "zh-Hant"
    return "zh-Hans" if tag.startswith("zh") else DEFAULT_LOCALE


def guidance_dir(locale: str = DEFAULT_LOCALE) -> Path:
    return paths.resources_dir() / "guidance" / resolve_locale(locale)


def read_json(name: str, locale: str) -> dict[str, Any]:
    """One guidance file of a locale as a dict; GuidanceError if missing or malformed."""
    path = guidance_dir(locale) / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GuidanceError(f"Cannot read the guidance file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise GuidanceError(f"The guidance file {path} is not a JSON object")
    return data


@lru_cache(maxsize=4)
def _indicators(locale: str) -> dict[str, IndicatorText]:
    raw = read_json("indicators.json", locale).get("indicators", {})
    texts: dict[str, IndicatorText] = {}
    for ind_id in taxonomy.LABELS:
        entry = raw.get(ind_id)
        fields = ("title", "phrase", "explanation", "why", "watch", "act", "talk")
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(f), str) and entry[f].strip() for f in fields
        ):
            raise GuidanceError(f"The guidance for indicator {ind_id!r} is missing or incomplete")
        texts[ind_id] = IndicatorText(
            id=ind_id, stage=taxonomy.STAGE_OF[ind_id], **{f: entry[f].strip() for f in fields}
        )
    return texts


@lru_cache(maxsize=4)
def _steps(locale: str) -> dict[str, Any]:
    data = read_json("steps.json", locale)
    levels = data.get("levels", {})
    if not all(isinstance(levels.get(lv), str) for lv in LEVELS):
        raise GuidanceError("steps.json lacks a sentence for every level")
    if not isinstance(data.get("not_a_verdict"), str) or not data.get("steps"):
        raise GuidanceError("steps.json lacks its steps or its 'not a verdict' sentence")
    return data


def indicator_text(indicator_id: str, locale: str = DEFAULT_LOCALE) -> IndicatorText:
    """The texts for one indicator id of ``taxonomy.LABELS``; KeyError for an unknown id."""
    texts = _indicators(resolve_locale(locale))
    if indicator_id not in texts:
        raise KeyError(f"unknown indicator id: {indicator_id!r}")
    return texts[indicator_id]


def _check_level(level: str) -> None:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; expected one of {LEVELS}")


def steps(level: str, locale: str = DEFAULT_LOCALE) -> list[str]:
    """The "What to do now" steps for a level, most urgent first. Empty for ``"none"``."""
    _check_level(level)
    return [s["text"] for s in _steps(resolve_locale(locale))["steps"] if level in s.get("levels", ())]


def level_sentence(level: str, locale: str = DEFAULT_LOCALE) -> str:
    """One plain sentence saying what a level means."""
    _check_level(level)
    return str(_steps(resolve_locale(locale))["levels"][level])


def not_a_verdict(locale: str = DEFAULT_LOCALE) -> str:
    """The reminder that an alert is a signal to look, not a verdict."""
    return str(_steps(resolve_locale(locale))["not_a_verdict"])
