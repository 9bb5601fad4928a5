"""The keyring data key: first use, read-back, T5 (missing or wrong key) and T6 (failing backends)."""

from __future__ import annotations

import json
import threading

import pytest
from keyring.backends import SecretService
from keyring.errors import KeyringLocked
from keyring_fakes import MemoryStore, attach

from guardian_app.security import KeyUnavailable
from guardian_app.security.keys import ENTRY, SERVICE, KeyringKeys, key_record_path

SLOT = (SERVICE, ENTRY)


def test_first_use_creates_a_random_256_bit_key_and_reads_it_back(memory_backend, memory_store):
    key = KeyringKeys(memory_backend).data_key()
    assert len(key) == 32
    assert memory_store.items[SLOT] == key.hex()
    assert KeyringKeys(memory_backend).data_key() == key
    assert memory_store.writes == 1


def test_each_profile_gets_a_different_key(tmp_path):
    first = KeyringKeys(attach(SecretService.Keyring(), MemoryStore()), record_path=tmp_path / "a.json").data_key()
    second = KeyringKeys(attach(SecretService.Keyring(), MemoryStore()), record_path=tmp_path / "b.json").data_key()
    assert first != second


def test_profile_record_holds_a_check_value_never_the_key(memory_backend):
    key = KeyringKeys(memory_backend).data_key()
    text = key_record_path().read_text(encoding="utf-8")
    assert key.hex() not in text and key.hex().upper() not in text
    assert json.loads(text)["backend"] == "keyring.backends.SecretService.Keyring"
    assert key_record_path().stat().st_mode & 0o077 == 0


def test_existing_keyring_entry_is_reused_never_overwritten(memory_backend, memory_store):
    memory_store.items[SLOT] = "5a" * 32  # e.g. the profile was reset but the store still holds the key
    assert KeyringKeys(memory_backend).data_key() == bytes.fromhex("5a" * 32)
    assert memory_store.writes == 0


def _assert_key_unavailable(err: pytest.ExceptionInfo[KeyUnavailable], reason: str) -> None:
    message = str(err.value)
    assert message.startswith("Key unavailable: ")
    assert "corrupt" not in message.lower()
    assert err.value.reason == reason


def test_missing_key_is_key_unavailable_and_no_new_key_is_made(memory_backend, memory_store):
    KeyringKeys(memory_backend).data_key()
    memory_store.items.clear()  # deleted by the user, or lost with an OS profile reset
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    _assert_key_unavailable(err, "missing")
    assert "recovery kit" in str(err.value)
    assert memory_store.items == {} and memory_store.writes == 1


def test_wrong_key_is_key_unavailable(memory_backend, memory_store):
    KeyringKeys(memory_backend).data_key()
    memory_store.items[SLOT] = "00" * 32
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    _assert_key_unavailable(err, "mismatch")
    assert memory_store.items[SLOT] == "00" * 32


@pytest.mark.parametrize("stored", ["not-a-key", "zz" * 32, "ab" * 16])
def test_malformed_entry_is_key_unavailable(memory_backend, memory_store, stored):
    memory_store.items[SLOT] = stored
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    _assert_key_unavailable(err, "malformed")


def test_damaged_profile_record_is_key_unavailable_not_a_fresh_start(memory_backend, memory_store):
    KeyringKeys(memory_backend).data_key()
    key_record_path().write_text("{ half a rec", encoding="utf-8")
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    _assert_key_unavailable(err, "record-damaged")
    assert memory_store.writes == 1


SECRETISH = "org.freedesktop.DBus.Error.ServiceUnknown: hunter2"


def _raising(*_args: object) -> None:
    raise RuntimeError(SECRETISH)


@pytest.mark.parametrize("method", ["get_password", "set_password"])
def test_backend_that_raises_gives_a_plain_key_unavailable(memory_backend, method):
    setattr(memory_backend, method, _raising)
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    message = str(err.value)
    _assert_key_unavailable(err, "backend-failed")
    for technical in ("DBus", "hunter2", "RuntimeError", "Traceback"):
        assert technical not in message
    assert isinstance(err.value.__cause__, RuntimeError)  # kept for the log
    assert not key_record_path().exists()


def test_locked_store_says_so(memory_backend):
    def locked(*_args: object) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    memory_backend.get_password = locked
    with pytest.raises(KeyUnavailable, match="locked") as err:
        KeyringKeys(memory_backend).data_key()
    assert err.value.reason == "locked"


def test_store_that_never_answers_times_out(memory_backend):
    release = threading.Event()
    memory_backend.get_password = lambda *_args: release.wait(5)
    try:
        with pytest.raises(KeyUnavailable) as err:
            KeyringKeys(memory_backend, timeout=0.2).data_key()
        assert err.value.reason == "timeout"
    finally:
        release.set()


def test_store_that_does_not_keep_the_key_is_refused(memory_backend, memory_store):
    memory_backend.set_password = lambda *_args: None  # claims success, keeps nothing
    with pytest.raises(KeyUnavailable) as err:
        KeyringKeys(memory_backend).data_key()
    assert err.value.reason == "readback-failed"
    assert not key_record_path().exists()


def test_forget_removes_key_and_record_and_tolerates_a_missing_key(memory_backend, memory_store):
    keys = KeyringKeys(memory_backend)
    keys.data_key()
    keys.forget()
    assert memory_store.items == {} and not key_record_path().exists()
    keys.forget()  # already gone: still fine
