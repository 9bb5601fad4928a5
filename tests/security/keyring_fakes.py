"""Keyring test doubles: an in-memory store, and backend classes that only claim a trusted name."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryStore:
    """An in-memory password store that counts what is done to it."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.writes = 0

    def get(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        self.items[(service, username)] = password

    def delete(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def attach(backend: KeyringBackend, store: MemoryStore) -> KeyringBackend:
    """Route a backend *instance* to ``store``; its class (what the allowlist checks) is unchanged."""
    backend.get_password = store.get  # type: ignore[method-assign]
    backend.set_password = store.set  # type: ignore[method-assign]
    backend.delete_password = store.delete  # type: ignore[method-assign]
    return backend


def make_fake_class(module: str, name: str) -> type[KeyringBackend]:
    """An in-memory backend class that merely *claims* to live in ``module`` under ``name``."""

    class Fake(KeyringBackend):
        @properties.classproperty
        def priority(cls) -> float:
            raise RuntimeError("a test double is never selected automatically")

        def __init__(self) -> None:
            super().__init__()
            self.store = MemoryStore()

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store.set(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            self.store.delete(service, username)

    Fake.__module__ = module
    Fake.__name__ = Fake.__qualname__ = name
    return Fake
