"""T6 (hostile keyring setups), allowlist part: only genuine OS password stores are accepted."""

from __future__ import annotations

import pytest
from keyring.backends import SecretService, chainer, fail, libsecret, null
from keyring_fakes import MemoryStore, attach, make_fake_class

from guardian_app.security import KeyUnavailable
from guardian_app.security.backends import describe_backend, is_trusted, trusted_backend
from guardian_app.security.keys import KeyringKeys


def test_genuine_secret_service_is_accepted_and_named(memory_backend):
    assert is_trusted(memory_backend)
    assert trusted_backend(memory_backend) is memory_backend
    info = describe_backend(memory_backend)
    assert info.trusted and info.label == "Secret Service"
    assert info.class_path == "keyring.backends.SecretService.Keyring"


def test_libsecret_backend_is_accepted():
    assert describe_backend(libsecret.Keyring()).label == "Secret Service (libsecret)"


@pytest.mark.parametrize("module, name", [
    ("tests.security.fakes", "Keyring"),                 # named like an allowed one, wrong module
    ("keyring.backends.SecretService", "Keyring"),       # right module and name, but not that class
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyrings.alt.file", "PlaintextKeyring"),
    ("keyrings.alt.file", "EncryptedKeyring"),
])
def test_look_alike_and_alt_backends_are_refused(module, name):
    backend = make_fake_class(module, name)()
    assert not is_trusted(backend)
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(backend)
    assert err.value.reason == "no-trusted-backend"
    assert backend.store.writes == 0


def test_subclass_of_a_trusted_backend_is_refused():
    class Wrapped(SecretService.Keyring):
        pass

    assert not is_trusted(Wrapped())


def test_plaintext_backend_refusal_says_why_plainly():
    backend = make_fake_class("keyrings.alt.file", "PlaintextKeyring")()
    info = describe_backend(backend)
    assert not info.trusted
    assert "ordinary file" in info.reason


@pytest.mark.parametrize("backend_cls, words", [(fail.Keyring, "no secure password store"),
                                                 (null.Keyring, "stores nothing")])
def test_fail_and_null_backends_are_refused(backend_cls, words, global_keyring):
    global_keyring(backend_cls())
    info = describe_backend()  # what keyring itself selected
    assert not info.trusted and words in info.reason
    with pytest.raises(KeyUnavailable, match="^Key unavailable: ") as err:
        KeyringKeys()
    assert err.value.reason == "no-trusted-backend"


def test_chainer_of_only_untrusted_backends_is_refused(monkeypatch):
    plaintext = make_fake_class("keyrings.alt.file", "PlaintextKeyring")()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, null.Keyring(), fail.Keyring()])
    with pytest.raises(KeyUnavailable) as err:
        trusted_backend(chainer.ChainerBackend())
    assert "none of the password stores" in str(err.value)


def test_chainer_uses_its_trusted_member_directly(monkeypatch):
    plaintext = make_fake_class("keyrings.alt.file", "PlaintextKeyring")()
    plaintext.store.set("Guardian", "store-data-key", "ab" * 32)  # a planted key must never be read
    store = MemoryStore()
    secret_service = attach(SecretService.Keyring(), store)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, secret_service])
    keys = KeyringKeys(chainer.ChainerBackend())
    assert keys.backend_info.label == "Secret Service"
    key = keys.data_key()
    assert key != bytes.fromhex("ab" * 32)
    assert store.items[("Guardian", "store-data-key")] == key.hex()
    assert plaintext.store.writes == 1  # only the planting above
