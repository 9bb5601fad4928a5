"""``guardian-app`` start-up: no display, environment, logging, arguments."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from guardian_app import app

REPO = Path(__file__).resolve().parents[2]


def test_no_display_prints_one_sentence_and_returns_2_without_qt(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["GUARDIAN_HOME"] = str(tmp_path)
    code = textwrap.dedent("""
        import sys
        from guardian_app.app import main
        rc = main([])
        qt = sorted(m for m in sys.modules if m.startswith("PySide6"))
        print(f"rc={rc} qt={qt}")
    """)
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=120, cwd=REPO)
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return  # the check exists only where X11/Wayland can be missing
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "rc=2 qt=[]"
    assert proc.stderr.strip() == app.NO_DISPLAY_MESSAGE
    assert "guardian scan PATH" in proc.stderr


def test_entry_point_exits_2_with_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["GUARDIAN_HOME"] = str(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "guardian_app.app", "--scan", "x.txt"],
                          env=env, capture_output=True, text=True, timeout=120, cwd=REPO)
    if sys.platform.startswith("linux"):
        assert proc.returncode == 2
        assert "Aborted" not in proc.stderr and "qt.qpa" not in proc.stderr


def test_has_display_reads_the_environment(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert not app.has_display({})
    assert not app.has_display({"DISPLAY": ""})
    assert app.has_display({"DISPLAY": ":0"})
    assert app.has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert app.has_display({"QT_QPA_PLATFORM": "offscreen"})
    monkeypatch.setattr(sys, "platform", "win32")
    assert app.has_display({})


def test_onnxruntime_telemetry_is_off_once_app_is_imported():
    assert os.environ.get("ORT_DISABLE_TELEMETRY") == "1"


def test_arguments():
    args = app.parse_args(["--scan", "a.txt", "--scan", "dir", "--child", "Emma"])
    assert args.scan == ["a.txt", "dir"] and args.child == ["Emma"]
    assert app.parse_args([]).scan == []


def test_logging_goes_to_a_rotating_file_in_the_profile(tmp_path, monkeypatch):
    import logging
    import logging.handlers

    from guardian_app import logs

    monkeypatch.setattr(logs, "_configured", False)
    logger = logging.getLogger("guardian_app")
    before = list(logger.handlers)
    try:
        app.setup_logging()
        app.setup_logging()  # once only
        added = [h for h in logger.handlers if h not in before]
        files = [h for h in added if isinstance(h, logging.handlers.RotatingFileHandler)]
        assert len(files) == 1 and len(added) == 2
        logging.getLogger("guardian_app.ui.test").info("hello from the test")
        files[0].flush()
        log_file = tmp_path / "profile" / "logs" / app.LOG_FILE
        assert "hello from the test" in log_file.read_text(encoding="utf-8")
    finally:
        for h in logger.handlers[:]:
            if h not in before:
                logger.removeHandler(h)
                h.close()


def test_excepthook_logs_without_the_message_and_tells_the_parent(qtbot, monkeypatch, caplog):
    import logging

    from PySide6.QtWidgets import QMessageBox

    from guardian_app.ui import errors

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    secret = "its our secret"
    try:
        raise RuntimeError(secret)
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="guardian_app"):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert "unexpected error (RuntimeError)" in caplog.text
    assert secret not in caplog.text
    assert shown and "Something went wrong inside Guardian" in shown[0]
    assert secret not in shown[0]
