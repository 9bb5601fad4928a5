"""``guardian-app``: the composition root that starts the tray app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before anything imports onnxruntime

log = logging.getLogger("guardian_app")

NO_DISPLAY_MESSAGE = (
    "Guardian's window needs a desktop display, and none was found. "
    "To check chat exports from this terminal, run: guardian scan PATH"
)
LOG_FILE = "guardian-app.log"


def has_display(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """False on a Linux/BSD machine with no X11 or Wayland display and no Qt platform set."""
    env = os.environ if environ is None else environ
    if not (sys.platform.startswith("linux") or "bsd" in sys.platform):
        return True  # Windows and macOS always have their own window system
    return any(env.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def setup_logging(verbose: bool = False) -> None:
    """A rotating log file in the profile plus warnings on the console, once per process.

    Modules only call ``logging.getLogger(__name__)``; nothing logs message text.
    """
    from guardian_app import paths
    from guardian_app.logs import setup_logging as setup

    setup(verbose, paths.log_dir() / LOG_FILE)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="guardian-app", description="Guardian's tray app: checks saved chat exports."
    )
    parser.add_argument(
        "--scan", metavar="PATH", action="append", default=[],
        help="start by checking this file or folder (repeatable)",
    )
    parser.add_argument(
        "--child", metavar="NAME", action="append", default=[],
        help="your child's name as it appears in the chats (repeatable)",
    )
    parser.add_argument("--verbose", action="store_true", help="more detail in the log")
    parser.add_argument("--self-test", action="store_true",
                        help="check that this installation works, print one line per check and exit")
    parser.add_argument("--profile", nargs="?", const="", default=None, metavar="DIR",
                        help="with --self-test: check your own profile's store, or the one in DIR")
    return parser.parse_args(argv)


def _startup_mark(controller: object) -> None:
    """With GUARDIAN_STARTUP_MARK=1, prints one line once the tray icon or a window is
    on screen (``bench/startup.py`` times it). Nothing is printed otherwise."""
    if os.environ.get("GUARDIAN_STARTUP_MARK") != "1":
        return
    from PySide6.QtCore import QTimer

    def check() -> None:
        tray = getattr(controller, "tray", None)
        windows = (getattr(controller, "window", None), getattr(controller, "wizard", None))
        handles = [w.windowHandle() for w in windows if w is not None and w.isVisible()]
        if (tray is not None and tray.isVisible()) or any(h and h.isExposed() for h in handles):
            print("GUARDIAN_STARTUP_MARK shown", flush=True)
        else:
            QTimer.singleShot(5, check)

    QTimer.singleShot(0, check)


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # no display and no QApplication needed
        from guardian_app.selftest import run_self_test

        return run_self_test(args.profile)
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    setup_logging(args.verbose)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from guardian_app.ui.controller import GuardianController
    from guardian_app.ui.errors import install_excepthook

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "guardian-app"])
    app.setApplicationName("Guardian")
    install_excepthook()
    controller = GuardianController(children=args.child)
    # With a tray icon, closing the window keeps Guardian in the tray.
    app.setQuitOnLastWindowClosed(controller.tray is None)
    controller.start()
    from guardian_app import settings

    if settings.is_first_run():
        controller.open_onboarding()
    if args.scan:
        controller.open_window()
        QTimer.singleShot(0, lambda: controller.start_scan(args.scan))
    log.info("guardian-app started (tray: %s)", controller.tray is not None)
    _startup_mark(controller)
    try:
        return int(app.exec())
    finally:
        controller.shutdown()
        log.info("guardian-app stopped")


if __name__ == "__main__":
    raise SystemExit(main())
