"""Where Guardian keeps its profile and finds its bundled assets. The one place for paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Guardian"


def profile_dir() -> Path:
    """The profile (store, settings, logs). ``GUARDIAN_HOME`` overrides the platform default."""
    override = os.environ.get("GUARDIAN_HOME")
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def store_path() -> Path:
    return profile_dir() / "guardian.sqlite3"


def log_dir() -> Path:
    path = profile_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def asset_root() -> Path:
    """The folder holding ``models/`` and ``resources/``.

    In a PyInstaller bundle it is the bundle's data folder; from a checkout (editable
    install) it is the repository root. ``GUARDIAN_ASSETS`` overrides both.
    """
    override = os.environ.get("GUARDIAN_ASSETS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def models_dir() -> Path:
    return asset_root() / "models"


def resources_dir() -> Path:
    return asset_root() / "resources"
