"""``guardian self-test`` / ``guardian-app --self-test``: every check passes in the checkout, a
damaged model fails with a plain reason, and the network audit catches a connection."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from guardian_app import selftest, selftest_checks
from guardian_app.netaudit import NetworkAudit, NetworkBlocked
from guardian_app.selftest_checks import FAILED, OK, SKIPPED, CheckResult
from guardian_app.store import Store

REPO = Path(__file__).resolve().parents[1]
CHECKS = ("telemetry", "model", "guidance", "lexicons", "helplines", "icons", "translations", "store",
          "keyring", "network")


def _headless_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(GUARDIAN_HOME=str(home), **extra)
    return env


def _lines(stdout: str) -> dict[str, str]:
    return {line.split(":", 1)[0]: line for line in stdout.splitlines() if ":" in line}


def _assert_all_pass(proc: subprocess.CompletedProcess[str], home: Path) -> None:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = _lines(proc.stdout)
    assert set(CHECKS) <= set(lines)
    assert "FAILED" not in proc.stdout
    assert lines["translations"].startswith("translations: ok (guardian_zh_Hans.qm")
    assert "a temporary profile" in lines["store"]
    assert proc.stdout.strip().splitlines()[-1].startswith("Self-test passed")
    assert not home.exists()  # the user's profile was never opened, not even created


def test_cli_self_test_passes_in_the_checkout(tmp_path):
    home = tmp_path / "profile"
    proc = subprocess.run([sys.executable, "-m", "guardian_app.cli", "self-test"], env=_headless_env(home),
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    _assert_all_pass(proc, home)


def test_app_self_test_runs_without_a_display_and_without_qt(tmp_path):
    home = tmp_path / "profile"
    code = ("import sys\nfrom guardian_app.app import main\nrc = main(['--self-test'])\n"
            "print('qt-loaded:', any(m.startswith('PySide6') for m in sys.modules), file=sys.stderr)\n"
            "sys.exit(rc)\n")
    proc = subprocess.run([sys.executable, "-c", code], env=_headless_env(home),
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.stderr.strip() == "qt-loaded: False"
    _assert_all_pass(proc, home)


def test_guardian_app_entry_point_self_test(tmp_path):
    script = Path(sys.executable).with_name("guardian-app")
    if not script.exists():
        pytest.skip("the guardian-app entry point is not installed in this environment")
    home = tmp_path / "profile"
    proc = subprocess.run([str(script), "--self-test"], env=_headless_env(home),
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    _assert_all_pass(proc, home)


def test_a_damaged_model_fails_with_a_plain_reason(tmp_path):
    assets = tmp_path / "assets"
    (assets / "models").mkdir(parents=True)
    for name in ("guardian-risk.onnx", "guardian-risk.json"):
        shutil.copy2(REPO / "models" / name, assets / "models" / name)
    shutil.copytree(REPO / "resources", assets / "resources")
    onnx = assets / "models" / "guardian-risk.onnx"
    blob = bytearray(onnx.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    onnx.write_bytes(bytes(blob))
    home = tmp_path / "profile"
    proc = subprocess.run([sys.executable, "-m", "guardian_app.cli", "self-test"],
                          env=_headless_env(home, GUARDIAN_ASSETS=str(assets)),
                          capture_output=True, text=True, timeout=120, cwd=REPO)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = _lines(proc.stdout)
    assert lines["model"].startswith("model: FAILED: ")
    assert "does not match its checksum" in lines["model"] and "Reinstall Guardian" in lines["model"]
    assert "Traceback" not in proc.stdout + proc.stderr
    assert lines["store"].startswith("store: ok")  # the other checks still ran
    assert proc.stdout.strip().splitlines()[-1].startswith("Self-test FAILED")


def test_the_network_audit_catches_a_deliberate_connection():
    with NetworkAudit() as audit, pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.2)
    assert audit.attempts and audit.attempts[0].startswith("socket.")
    result = selftest_checks.check_network(audit.attempts)
    assert result.status == FAILED
    assert "socket." in result.line() and "blocked" in result.line()


def test_a_connection_attempt_during_the_checks_fails_the_self_test():
    def check_sneaky() -> CheckResult:
        with contextlib.suppress(NetworkBlocked):
            socket.getaddrinfo("updates.example.invalid", 443)
        return CheckResult("sneaky", OK, "")

    out: list[str] = []
    assert selftest.run_self_test(write=out.append, checks=[check_sneaky]) == selftest.EXIT_FAILED
    assert out[0] == "sneaky: ok"
    assert out[1].startswith("network: FAILED: 1 network attempt(s)")
    assert "socket.getaddrinfo updates.example.invalid:443" in out[1]


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix-domain sockets here")
def test_local_unix_sockets_are_not_network_use(tmp_path):
    path = str(tmp_path / "s")
    server, client = socket.socket(socket.AF_UNIX), socket.socket(socket.AF_UNIX)
    with server, client, NetworkAudit() as audit:  # what the keyring's D-Bus connection does on Linux
        server.bind(path)
        server.listen(1)
        client.connect(path)
    assert audit.attempts == []


def test_a_crashing_check_is_a_plain_failure_and_exit_1():
    def check_broken() -> CheckResult:
        raise ValueError("resources are gone")

    out: list[str] = []
    assert selftest.run_self_test(write=out.append, checks=[check_broken]) == 1
    assert out[0] == "broken: FAILED: ValueError: resources are gone"
    assert out[-1] == "Self-test FAILED: 1 of 2 checks failed (broken)."


def test_telemetry_check_fails_unless_the_switch_is_set(monkeypatch):
    monkeypatch.setenv("ORT_DISABLE_TELEMETRY", "0")
    assert selftest_checks.check_telemetry().status == FAILED
    monkeypatch.setenv("ORT_DISABLE_TELEMETRY", "1")
    assert selftest_checks.check_telemetry().status == OK


def test_translations_are_skipped_until_the_folder_exists(tmp_path, monkeypatch):
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    assert selftest_checks.check_translations() == CheckResult("translations", SKIPPED, "no translations yet")
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    assert selftest_checks.check_translations().status == FAILED
    (folder / "guardian_zh_CN.qm").write_bytes(b"\x3c\xb8\x64\x18")
    assert selftest_checks.check_translations() == CheckResult("translations", OK, "guardian_zh_CN.qm")


def test_missing_icons_are_named(tmp_path, monkeypatch):
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    shutil.copytree(REPO / "resources" / "icons", tmp_path / "resources" / "icons")
    (tmp_path / "resources" / "icons" / "shield-alert-high.svg").unlink()
    result = selftest_checks.check_icons()
    assert result.status == FAILED and "shield-alert-high.svg" in result.detail


class _NoWritesKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("the self-test must not read secrets")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("the self-test must not write secrets")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("the self-test must not delete secrets")


@pytest.fixture
def restore_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_keyring_reports_the_backend_and_its_priority(restore_keyring):
    keyring.set_keyring(_NoWritesKeyring())
    result = selftest_checks.check_keyring()
    assert result.status == OK
    assert "_NoWritesKeyring" in result.detail and "priority 5" in result.detail


def test_keyring_fallback_is_explained_in_one_sentence(restore_keyring):
    keyring.set_keyring(fail.Keyring())
    result = selftest_checks.check_keyring()
    assert result.status == OK
    assert result.detail.startswith("no secure system keyring is available here")
    assert "keyring.backends.fail.Keyring" in result.detail and result.detail.count(".") < 6


def test_a_real_profile_is_opened_but_nothing_is_kept(tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir()
    out: list[str] = []
    assert selftest.run_self_test(profile, write=out.append,
                                  checks=[lambda: selftest_checks.check_store(False)]) == 0
    assert "nothing kept" in out[0]
    with Store(profile / "guardian.sqlite3") as store:
        assert store.query_one("SELECT count(*) FROM sources")[0] == 0


def test_a_missing_profile_folder_is_a_failure_not_created(tmp_path):
    out: list[str] = []
    assert selftest.run_self_test(tmp_path / "nope", write=out.append) == 1
    assert "does not exist" in out[0] and not (tmp_path / "nope").exists()
