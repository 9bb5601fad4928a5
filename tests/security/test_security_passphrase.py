"""The passphrase fallback: Argon2id with a stored random salt, constant-time check, no key on disk."""

from __future__ import annotations

import base64
import json

import pytest

from guardian_app.security import KeyUnavailable
from guardian_app.security.passphrase import (
    KdfParams,
    PassphraseKey,
    WeakPassphrase,
    WrongPassphrase,
    derive_key,
    passphrase_record_path,
)

FAST = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)  # cheap settings: the suite runs on 2 cores
PASSPHRASE = "kettle orbit lantern 42"


def test_kdf_is_deterministic_for_the_same_salt_and_differs_for_another():
    salt, other = b"s" * 16, b"t" * 16
    key = derive_key(PASSPHRASE, salt, FAST)
    assert len(key) == 32
    assert derive_key(PASSPHRASE, salt, FAST) == key
    assert derive_key(PASSPHRASE, other, FAST) != key
    assert derive_key(PASSPHRASE + "!", salt, FAST) != key
    assert derive_key(PASSPHRASE, salt, KdfParams(time_cost=2, memory_kib=1024, parallelism=1)) != key


def test_same_passphrase_in_another_unicode_form_gives_the_same_key():
    composed, decomposed = "caf\u00e9 au lait noir", "cafe\u0301 au lait noir"
    assert derive_key(composed, b"s" * 16, FAST) == derive_key(decomposed, b"s" * 16, FAST)


def test_set_up_then_unlock_returns_the_same_key():
    setup_key = PassphraseKey().set_up(PASSPHRASE, FAST)
    assert PassphraseKey().unlock(PASSPHRASE) == setup_key


def test_two_profiles_with_one_passphrase_get_different_salts_and_keys(tmp_path):
    first = PassphraseKey(tmp_path / "a.json").set_up(PASSPHRASE, FAST)
    second = PassphraseKey(tmp_path / "b.json").set_up(PASSPHRASE, FAST)
    assert first != second


def test_record_holds_salt_and_parameters_but_never_the_key_or_passphrase():
    key = PassphraseKey().set_up(PASSPHRASE, FAST)
    text = passphrase_record_path().read_text(encoding="utf-8")
    record = json.loads(text)
    assert record["kdf"] == "argon2id"
    assert (record["time_cost"], record["memory_kib"], record["parallelism"]) == (1, 1024, 1)
    assert len(base64.b64decode(record["salt"])) == 16
    for secret in (key.hex(), base64.b64encode(key).decode(), PASSPHRASE):
        assert secret not in text
    assert passphrase_record_path().stat().st_mode & 0o077 == 0


def test_default_parameters_follow_rfc_9106_low_memory_profile():
    assert KdfParams() == KdfParams(time_cost=3, memory_kib=65536, parallelism=4, key_len=32)


def test_wrong_passphrase_is_a_key_unavailable():
    PassphraseKey().set_up(PASSPHRASE, FAST)
    with pytest.raises(WrongPassphrase) as err:
        PassphraseKey().unlock("kettle orbit lantern 43")
    assert isinstance(err.value, KeyUnavailable)
    assert str(err.value).startswith("Key unavailable: ")


def test_unlock_without_set_up_is_key_unavailable():
    with pytest.raises(KeyUnavailable) as err:
        PassphraseKey().unlock(PASSPHRASE)
    assert err.value.reason == "not-set-up"


@pytest.mark.parametrize("change", [
    {"salt": "!!not base64"}, {"salt": base64.b64encode(b"short").decode()}, {"time_cost": None},
    {"kdf": "pbkdf2"}, {"memory_kib": 64 * 1024 * 1024},  # a tampered record must not exhaust memory
])
def test_damaged_record_is_key_unavailable(change):
    PassphraseKey().set_up(PASSPHRASE, FAST)
    record = json.loads(passphrase_record_path().read_text(encoding="utf-8"))
    passphrase_record_path().write_text(json.dumps({**record, **change}), encoding="utf-8")
    with pytest.raises(KeyUnavailable) as err:
        PassphraseKey().unlock(PASSPHRASE)
    assert err.value.reason == "record-damaged"


def test_set_up_never_replaces_an_existing_passphrase():
    key = PassphraseKey().set_up(PASSPHRASE, FAST)
    with pytest.raises(FileExistsError):
        PassphraseKey().set_up("another good passphrase", FAST)
    assert PassphraseKey().unlock(PASSPHRASE) == key


@pytest.mark.parametrize("weak", ["123456", "1234567890123", "short", "   padded   "])
def test_a_pin_or_short_passphrase_never_derives_the_key(weak):
    with pytest.raises(WeakPassphrase):
        PassphraseKey().set_up(weak, FAST)
    assert not passphrase_record_path().exists()
