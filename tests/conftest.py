"""Test-wide setup: Qt offscreen, no onnxruntime telemetry, a private profile per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED_FORMATS = (REPO / ".." / "shared" / "formats").resolve()


@pytest.fixture(autouse=True)
def _private_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own GUARDIAN_HOME, so nothing touches a real profile."""
    home = tmp_path_factory.mktemp("guardian-home")
    monkeypatch.setenv("GUARDIAN_HOME", str(home))
    return home


@pytest.fixture
def shared_formats() -> Path:
    if not SHARED_FORMATS.is_dir():
        pytest.skip("../shared/formats is not present on this machine")
    return SHARED_FORMATS
