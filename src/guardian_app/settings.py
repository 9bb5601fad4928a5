"""Guardian's settings, declared once: typed, with defaults and a schema version. No Qt.

Stored as ``settings.json`` in the profile. Window geometry is the only thing kept
elsewhere (QSettings, in ``ui/``). Reading never fails: a missing file gives the defaults,
a damaged one is set aside as ``settings.json.damaged`` and the defaults are used.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from guardian_app import paths
from guardian_app.domain import LEVELS

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"
SENSITIVITIES = ("low", "medium", "high")
# The lowest level that alerts at each sensitivity. "medium" matches the risk engine's
# default line (analysis.risk.DEFAULT_ALERT_LEVEL), which `guardian scan`'s "alert" uses.
ALERT_LINE = {"low": "high", "medium": "medium", "high": "low"}
LANGUAGES = ("en", "zh-Hans", "zh-Hant")
RETENTION_CHOICES = (30, 90, 180, 365, 0)  # days; 0 keeps everything until deleted by hand
MIN_AGE, MAX_AGE = 3, 17


class SettingsError(ValueError):
    """A value that cannot be saved, with a sentence a parent can read."""


@dataclass(slots=True)
class Child:
    """One child: the names used in chats, the age, the country (ISO code, for helplines)."""

    names: list[str]
    age: int | None = None
    country: str = ""
    sensitivity: str = "medium"

    @property
    def display_name(self) -> str:
        return self.names[0] if self.names else "Child"

    def alerts_at(self, level: str) -> bool:
        """True if an assessment at ``level`` should alert for this child."""
        return _rank(level) >= _rank(ALERT_LINE[self.sensitivity])


@dataclass(slots=True)
class TrustedContact:
    """A contact the parent marked as family or a known friend in one chat."""

    contact: str
    conversation_key: str


@dataclass(slots=True)
class Settings:
    children: list[Child] = field(default_factory=list)
    watched_folders: list[str] = field(default_factory=list)
    notifications: bool = True
    retention_days: int = 365
    language: str = "en"
    trusted: list[TrustedContact] = field(default_factory=list)
    onboarded: bool = False
    schema: int = SCHEMA_VERSION

    def child_named(self, name: str | None) -> Child | None:
        """The child whose chat names include ``name`` (case-insensitive)."""
        if not name:
            return None
        low = name.casefold()
        return next((c for c in self.children if low in (n.casefold() for n in c.names)), None)

    def all_child_names(self) -> list[str]:
        return [n for c in self.children for n in c.names]

    def is_trusted(self, contact: str, conversation_key: str) -> bool:
        return any(t.contact == contact and t.conversation_key == conversation_key
                   for t in self.trusted)

    def trust(self, contact: str, conversation_key: str) -> None:
        if not self.is_trusted(contact, conversation_key):
            self.trusted.append(TrustedContact(contact, conversation_key))

    def alerts_for(self, child_name: str | None, level: str) -> bool:
        """Whether ``level`` alerts, at the named child's sensitivity (default line if unknown)."""
        child = self.child_named(child_name)
        return child.alerts_at(level) if child else _rank(level) >= _rank(ALERT_LINE["medium"])


def _rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0


def settings_path() -> Path:
    return paths.profile_dir() / FILE_NAME


def validate(settings: Settings) -> None:
    """Raise SettingsError with a plain sentence for the first value that is not allowed."""
    for child in settings.children:
        names = [n.strip() for n in child.names if n.strip()]
        if not names:
            raise SettingsError("Each child needs at least one name used in chats.")
        if child.age is not None and not MIN_AGE <= child.age <= MAX_AGE:
            raise SettingsError(f"The age must be between {MIN_AGE} and {MAX_AGE}.")
        if child.sensitivity not in SENSITIVITIES:
            raise SettingsError(f"Unknown sensitivity {child.sensitivity!r}.")
        if child.country and not (len(child.country) == 2 and child.country.isalpha()):
            raise SettingsError("The country must be a two-letter code, such as GB or US.")
    if settings.language not in LANGUAGES:
        raise SettingsError(f"Unknown language {settings.language!r}.")
    if settings.retention_days < 0:
        raise SettingsError("Keeping data for a negative number of days is not possible.")


def to_dict(settings: Settings) -> dict[str, Any]:
    return asdict(settings)


def from_dict(data: dict[str, Any]) -> Settings:
    """Build settings from stored data; unknown keys are ignored, bad values use the default."""
    data = _migrate(dict(data))
    default = Settings()
    kwargs: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name in data:
            kwargs[f.name] = data[f.name]
    try:
        kwargs["children"] = [
            Child(names=[str(n) for n in c.get("names", [])],
                  age=int(c["age"]) if c.get("age") is not None else None,
                  country=str(c.get("country", "")).upper(),
                  sensitivity=str(c.get("sensitivity", "medium")))
            for c in kwargs.get("children", [])
        ]
        kwargs["trusted"] = [TrustedContact(str(t["contact"]), str(t["conversation_key"]))
                             for t in kwargs.get("trusted", [])]
        kwargs["watched_folders"] = [str(p) for p in kwargs.get("watched_folders", [])]
        settings = Settings(**kwargs)
        settings.schema = SCHEMA_VERSION
        validate(settings)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        log.warning("settings contained a value that could not be used (%s); using defaults",
                    type(exc).__name__)
        return default
    return settings


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring older stored settings up to SCHEMA_VERSION (there is only version 1 so far)."""
    version = data.get("schema", SCHEMA_VERSION)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        log.warning("settings come from a newer Guardian (schema %r); reading what is known",
                    version)
    return data


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings could not be read (%s); using defaults", type(exc).__name__)
        return Settings()
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        damaged = path.with_name(path.name + ".damaged")
        os.replace(path, damaged)
        log.warning("settings file was damaged; kept as %s, using defaults", damaged.name)
        return Settings()
    return from_dict(data)


def save(settings: Settings, path: Path | None = None) -> Path:
    """Validate and write atomically (a temp file, then rename)."""
    validate(settings)
    for child in settings.children:
        child.names = [n.strip() for n in child.names if n.strip()]
        child.country = child.country.upper()
    path = path or settings_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(to_dict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return path


def is_first_run(path: Path | None = None) -> bool:
    """True until the onboarding wizard was finished once."""
    return not load(path).onboarded
