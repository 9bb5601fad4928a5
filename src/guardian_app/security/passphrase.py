"""The fallback when no trusted keyring exists: a data key derived from the parent's passphrase.

Argon2id (RFC 9106) turns the passphrase and a random salt into the 32-byte key. The profile keeps
the salt, the Argon2 parameters and a check value (HMAC of a fixed label under the key), never the
key or the passphrase. Verification compares check values in constant time. A PIN is refused: a
short numeric code can be guessed offline from a copied profile, so it never derives the data key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import ARGON2_VERSION, Type, hash_secret_raw

from guardian_app.paths import profile_dir
from guardian_app.security.errors import KeyUnavailable, read_record, write_record

MIN_PASSPHRASE_CHARS = 10
SALT_BYTES = 16
_CHECK_LABEL = b"guardian-passphrase-check-v1"


class WrongPassphrase(KeyUnavailable):
    """The passphrase does not open this profile (a kind of "key unavailable")."""


class WeakPassphrase(ValueError):
    """The passphrase is too short or only digits; the message says what is needed."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost settings. The default is RFC 9106's second recommendation (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    key_len: int = 32


    def validate(self) -> None:
        """Reject settings Argon2 cannot use or that a tampered record could use to exhaust memory."""
        if not (1 <= self.parallelism <= 64 and 1 <= self.time_cost <= 50 and self.key_len == 32):
            raise ValueError("Argon2 settings out of range")
        if not 8 * self.parallelism <= self.memory_kib <= 4 * 1024 * 1024:
            raise ValueError("Argon2 memory out of range")


def passphrase_record_path() -> Path:
    return profile_dir() / "passphrase-key.json"


def _normalise(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on another keyboard or OS gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_strength(passphrase: str) -> None:
    """Raise :class:`WeakPassphrase` unless the passphrase could protect a copied disk."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    if len(text) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"Use a passphrase of at least {MIN_PASSPHRASE_CHARS} characters.")
    if text.isdigit():
        raise WeakPassphrase("A PIN cannot protect Guardian's data. Use a passphrase with words or letters.")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt): the same inputs always give the same key."""
    params.validate()
    return hash_secret_raw(
        secret=_normalise(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=params.key_len,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def _check(key: bytes) -> str:
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()


class PassphraseKey:
    """Sets up and unlocks the passphrase-derived data key for one profile."""

    def __init__(self, record_path: Path | None = None) -> None:
        self._record_path = record_path

    @property
    def record_path(self) -> Path:
        return self._record_path if self._record_path is not None else passphrase_record_path()

    def is_set_up(self) -> bool:
        return read_record(self.record_path, "passphrase") is not None

    def set_up(self, passphrase: str, params: KdfParams | None = None) -> bytes:
        """Create the salt and record for a new profile and return the derived key.

        Refuses (``FileExistsError``) when a record exists: replacing it would orphan the data.
        """
        check_strength(passphrase)
        if self.is_set_up():
            raise FileExistsError("A passphrase is already set up for this profile.")
        params = params or KdfParams()
        salt = secrets.token_bytes(SALT_BYTES)
        key = derive_key(passphrase, salt, params)
        write_record(self.record_path, {
            "version": 1, "kdf": "argon2id", "argon2_version": ARGON2_VERSION, **asdict(params),
            "salt": base64.b64encode(salt).decode("ascii"), "check": _check(key),
        })
        return key

    def unlock(self, passphrase: str) -> bytes:
        """The data key, or :class:`KeyUnavailable` (:class:`WrongPassphrase` for a wrong passphrase)."""
        record = read_record(self.record_path, "passphrase")
        if record is None:
            raise KeyUnavailable("no passphrase has been set up for this profile.", "not-set-up")
        try:
            if record["kdf"] != "argon2id" or record["argon2_version"] != ARGON2_VERSION:
                raise ValueError("unsupported key derivation")
            params = KdfParams(
                time_cost=int(record["time_cost"]), memory_kib=int(record["memory_kib"]),
                parallelism=int(record["parallelism"]), key_len=int(record["key_len"]),
            )
            params.validate()
            salt = base64.b64decode(record["salt"], validate=True)
            if len(salt) < SALT_BYTES:
                raise ValueError("salt too short")
            expected = str(record["check"])
        except (KeyError, TypeError, ValueError) as exc:
            raise KeyUnavailable("Guardian's passphrase record is damaged.", "record-damaged") from exc
        key = derive_key(passphrase, salt, params)
        if not hmac.compare_digest(_check(key), expected):
            raise WrongPassphrase("that passphrase does not open this profile.", "wrong-passphrase")
        return key
