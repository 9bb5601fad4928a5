"""The one test against a real Secret Service (gnome-keyring under dbus-run-session in CI, see .ci/run).

It writes one entry under a unique service name and deletes it again.
"""

from __future__ import annotations

import os
import uuid

import pytest
from keyring.backends import SecretService

from guardian_app.security.keys import KeyringKeys


def _secret_service_unavailable() -> str:
    """Why there is no Secret Service to test against, or "" when there is one."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset); CI runs tests under dbus-run-session"
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises RuntimeError when no daemon answers
    except Exception as exc:
        return f"no Secret Service daemon on the session bus ({exc})"
    return ""


def test_data_key_round_trips_through_the_real_secret_service(tmp_path):
    reason = _secret_service_unavailable()
    if reason:
        pytest.skip(reason)
    backend = SecretService.Keyring()
    service = f"Guardian-test-{uuid.uuid4().hex}"
    keys = KeyringKeys(backend, service=service, record_path=tmp_path / "keyring-key.json", timeout=20)
    try:
        assert keys.backend_info.label == "Secret Service"
        key = keys.data_key()
        assert len(key) == 32
        assert backend.get_password(service, "store-data-key") == key.hex()
        assert KeyringKeys(backend, service=service, record_path=tmp_path / "keyring-key.json").data_key() == key
    finally:
        keys.forget()
    assert backend.get_password(service, "store-data-key") is None
