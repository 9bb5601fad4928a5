"""Which keyring backends Guardian trusts with the data key, and why the others are refused.

``keyring`` picks a backend by priority, and with ``keyrings.alt`` installed it silently picks a
plaintext file (keyring #370). So Guardian never lets auto-detection decide: the backend's class
must be exactly one of the real OS stores below. The check uses the class's module and name *and*
that the class is the very object defined there, so a look-alike class elsewhere is refused.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend

from guardian_app.security.errors import KeyUnavailable

#: (module, class name) -> the name a parent would recognise.
TRUSTED_BACKENDS: dict[tuple[str, str], str] = {
    ("keyring.backends.Windows", "WinVaultKeyring"): "Windows Credential Manager",
    ("keyring.backends.macOS", "Keyring"): "macOS Keychain",
    ("keyring.backends.SecretService", "Keyring"): "Secret Service",
    ("keyring.backends.libsecret", "Keyring"): "Secret Service (libsecret)",
}

_CHAINER = ("keyring.backends.chainer", "ChainerBackend")


@dataclass(frozen=True)
class BackendInfo:
    """What Guardian found: shown in the UI so the parent can see how the key is kept."""

    class_path: str
    label: str
    trusted: bool
    reason: str = ""


def _class_key(backend: object) -> tuple[str, str]:
    cls = type(backend)
    return cls.__module__, cls.__qualname__


def _is_genuine(backend: object, allowed: frozenset[tuple[str, str]] | set[tuple[str, str]]) -> bool:
    """True if ``backend``'s class is listed *and* is the class that module really defines."""
    module_name, qualname = _class_key(backend)
    if (module_name, qualname) not in allowed:
        return False
    module = sys.modules.get(module_name)
    return module is not None and getattr(module, qualname, None) is type(backend)


def is_trusted(backend: object) -> bool:
    """True for a genuine Windows Credential Manager, macOS Keychain or Secret Service backend."""
    return _is_genuine(backend, set(TRUSTED_BACKENDS))


def _refusal(backend: object) -> str:
    module_name, qualname = _class_key(backend)
    if module_name.startswith("keyrings.alt") or "plaintext" in qualname.lower():
        why = "it keeps secrets in an ordinary file, which a copied disk or backup would reveal."
    elif module_name == "keyring.backends.fail":
        why = "no secure password store (such as Secret Service) is running for this account."
    elif module_name == "keyring.backends.null":
        why = "it is a placeholder that stores nothing."
    elif (module_name, qualname) == _CHAINER:
        why = "none of the password stores it combines is one Guardian trusts."
    else:
        why = "it is not the Windows Credential Manager, the macOS Keychain or a Secret Service."
    override = " (chosen by the keyring settings on this computer)" if os.environ.get("PYTHON_KEYRING_BACKEND") else ""
    return f"Guardian does not keep its key in {module_name}.{qualname}{override}: {why}"


def _unwrap(backend: KeyringBackend) -> KeyringBackend | None:
    """The trusted backend to use, looking inside keyring's chainer, or ``None``."""
    if is_trusted(backend):
        return backend
    if _is_genuine(backend, {_CHAINER}):
        for child in getattr(backend, "backends", ()):
            if is_trusted(child):
                return child  # use it directly: a chained plaintext store must never answer reads
    return None


def _selected() -> KeyringBackend:
    try:
        return keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg or backend import must not crash Guardian
        message = "the password store settings on this computer could not be read."
        raise KeyUnavailable(message, "backend-failed") from exc


def describe_backend(backend: KeyringBackend | None = None) -> BackendInfo:
    """Describe the backend ``keyring`` selected (or ``backend``); never raises."""
    try:
        candidate = backend if backend is not None else _selected()
    except KeyUnavailable as exc:
        return BackendInfo("unknown", "no trusted password store", False, str(exc))
    chosen = _unwrap(candidate)
    if chosen is None:
        module_name, qualname = _class_key(candidate)
        return BackendInfo(f"{module_name}.{qualname}", "no trusted password store", False, _refusal(candidate))
    module_name, qualname = _class_key(chosen)
    return BackendInfo(f"{module_name}.{qualname}", TRUSTED_BACKENDS[(module_name, qualname)], True)


def trusted_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The trusted backend to keep the data key in, or :class:`KeyUnavailable` saying why not."""
    candidate = backend if backend is not None else _selected()
    chosen = _unwrap(candidate)
    if chosen is None:
        raise KeyUnavailable(_refusal(candidate), "no-trusted-backend")
    return chosen
