"""The store's random 256-bit data key, kept in a trusted OS keyring.

Only a genuine Windows Credential Manager, macOS Keychain or Secret Service is used (see
:mod:`guardian_app.security.backends`). Every keyring failure becomes one :class:`KeyUnavailable`
with a plain message. The profile keeps a small record (a check value, never the key), so a key that
has gone missing or changed is reported as "key unavailable" and never mistaken for a first run.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from guardian_app.paths import profile_dir
from guardian_app.security.backends import BackendInfo, describe_backend, trusted_backend
from guardian_app.security.errors import KeyUnavailable, read_record, write_record

SERVICE = "Guardian"
ENTRY = "store-data-key"
KEY_BYTES = 32
DEFAULT_TIMEOUT_S = 30.0
_CHECK_LABEL = b"guardian-key-check-v1"


def key_record_path() -> Path:
    return profile_dir() / "keyring-key.json"


def key_check(key: bytes) -> str:
    """A value that identifies ``key`` without revealing it (HMAC-SHA256 of a fixed label)."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def _decode(stored: object) -> bytes:
    if isinstance(stored, str) and len(stored) == 2 * KEY_BYTES:
        try:
            return bytes.fromhex(stored)
        except ValueError:
            pass
    raise KeyUnavailable("the entry in the password store is not a key Guardian made.", "malformed")


class KeyringKeys:
    """Creates the data key on first use and reads it back afterwards.

    ``backend`` defaults to the one ``keyring`` selected; it is refused with
    :class:`KeyUnavailable` unless it is trusted. Calls run on a helper thread and give up
    after ``timeout`` seconds, because a locked store can wait forever for an unlock prompt.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        service: str = SERVICE,
        entry: str = ENTRY,
        record_path: Path | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self._backend = trusted_backend(backend)
        self._service = service
        self._entry = entry
        self._record_path = record_path
        self._timeout = timeout

    @property
    def backend_info(self) -> BackendInfo:
        """Which password store holds the key, in words a parent can read."""
        return describe_backend(self._backend)

    @property
    def record_path(self) -> Path:
        return self._record_path if self._record_path is not None else key_record_path()

    def data_key(self) -> bytes:
        """The 32-byte data key: created and stored on first use, read back afterwards.

        Raises :class:`KeyUnavailable` when the key is missing or does not match the one this
        profile was set up with. It never replaces an existing key.
        """
        record = read_record(self.record_path, "key")
        stored = self._call("read", self._backend.get_password, self._service, self._entry)
        if record is None:
            key = self._create() if stored is None else _decode(stored)
            write_record(self.record_path, {
                "version": 1, "backend": self.backend_info.class_path,
                "service": self._service, "entry": self._entry, "check": key_check(key),
            })
            return key
        if stored is None:
            raise KeyUnavailable(
                "Guardian's key is no longer in the password store. Use the recovery kit to restore access.",
                "missing",
            )
        key = _decode(stored)
        if not hmac.compare_digest(key_check(key), str(record.get("check", ""))):
            raise KeyUnavailable(
                "the key in the password store is not the one this profile was set up with.", "mismatch"
            )
        return key

    def forget(self) -> None:
        """Delete the key and its record ("Wipe everything"). The data it protects becomes unreadable."""
        try:
            self._call("delete", self._backend.delete_password, self._service, self._entry)
        except KeyUnavailable as exc:
            if not isinstance(exc.__cause__, PasswordDeleteError):
                raise
        self.record_path.unlink(missing_ok=True)

    def _create(self) -> bytes:
        key = secrets.token_bytes(KEY_BYTES)
        self._call("save", self._backend.set_password, self._service, self._entry, key.hex())
        if self._call("read", self._backend.get_password, self._service, self._entry) != key.hex():
            raise KeyUnavailable("the password store did not keep Guardian's new key.", "readback-failed")
        return key

    def _call(self, verb: str, fn: Callable[..., Any], *args: object) -> Any:
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["value"] = fn(*args)
            except Exception as exc:  # every failure is wrapped below, on the caller's thread
                outcome["error"] = exc

        worker = threading.Thread(target=run, name="guardian-keyring", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            raise KeyUnavailable(
                "the password store did not answer. It may be waiting for you to unlock it.", "timeout"
            )
        error = outcome.get("error")
        if isinstance(error, KeyringLocked):
            raise KeyUnavailable("the password store is locked. Unlock it and try again.", "locked") from error
        if error is not None:
            raise KeyUnavailable(f"the password store could not {verb} Guardian's key.", "backend-failed") from error
        return outcome.get("value")
