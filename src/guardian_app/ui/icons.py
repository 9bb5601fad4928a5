"""The shield icons of the tray and the window (SVG sources in ``resources/icons``)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from guardian_app import paths

OK = "ok"
SCANNING = "scanning"
ALERT_LOW = "alert-low"
ALERT_HIGH = "alert-high"
STATES = (OK, SCANNING, ALERT_LOW, ALERT_HIGH)

_cache: dict[str, QIcon] = {}


def icon_path(state: str) -> str:
    if state not in STATES:
        raise ValueError(f"unknown icon state {state!r}")
    return str(paths.resources_dir() / "icons" / f"shield-{state}.svg")


def icon(state: str) -> QIcon:
    """The QIcon for a state; needs a QGuiApplication."""
    if state not in _cache:
        _cache[state] = QIcon(icon_path(state))
    return _cache[state]


def state_for_level(level: str) -> str:
    """The tray state that shows a level: amber for low/medium, red for high/critical."""
    if level in ("high", "critical"):
        return ALERT_HIGH
    if level in ("low", "medium"):
        return ALERT_LOW
    return OK
