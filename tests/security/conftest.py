"""Keyring fixtures. No test here touches the real keyring except test_security_secret_service.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService
from keyring_fakes import MemoryStore, attach


@pytest.fixture
def memory_store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def memory_backend(memory_store: MemoryStore) -> KeyringBackend:
    """A genuine Secret Service backend object whose storage is an in-memory dict."""
    return attach(SecretService.Keyring(), memory_store)


@pytest.fixture
def global_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    """Set keyring's process-wide backend for one test, restoring the previous one afterwards."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)
