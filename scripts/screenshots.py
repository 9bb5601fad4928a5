"""Save a PNG of every Guardian window and dialog, on synthetic demo data.

    python scripts/screenshots.py OUTDIR [--lang en|zh-Hans|zh-Hant]

Starts Xvfb itself when there is no DISPLAY and no QT_QPA_PLATFORM (and stops it at the
end); with ``QT_QPA_PLATFORM=offscreen`` no X server is needed. The profile is a temporary
GUARDIAN_HOME holding one child and the two synthetic fixture chats in tests/fixtures/chats,
deleted afterwards. The language choice reaches the texts that are localised (the guidance
in the alert detail); widget labels are English until the Qt translations exist.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHATS = REPO / "tests" / "fixtures" / "chats"
DEMO_CHATS = (CHATS / "grooming_jake.txt", CHATS / "surprise_party_chloe.txt")
CHILD = "Emma"
LANGS = ("en", "zh-Hans", "zh-Hant")


@contextlib.contextmanager
def display() -> Iterator[None]:
    """Xvfb on a free display number while the block runs, unless a display is already set."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        yield
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        os.environ["DISPLAY"] = f":{number}"
        yield
    finally:
        proc.terminate()
        proc.wait(10)


def make_demo_profile(home: Path, lang: str) -> None:
    """Settings with one child, and the demo chats ingested into the store."""
    os.environ["GUARDIAN_HOME"] = str(home)
    from guardian_app import settings as st
    from guardian_app.ingest import ingest_paths

    st.save(st.Settings(children=[st.Child([CHILD, "em_draws"], 12, "GB")],
                        language=lang, onboarded=True))
    ingest_paths(DEMO_CHATS, children=[CHILD])


class Shooter:
    """Shows a widget, lets the layout settle and saves ``NN-name.png`` into ``outdir``."""

    def __init__(self, app, outdir: Path) -> None:
        self.app = app
        self.outdir = outdir
        self.saved: list[Path] = []

    def settle(self, seconds: float = 0.25) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def wait_until(self, done: Callable[[], bool], seconds: float = 120) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise TimeoutError("the demo scan did not finish in time")
            self.settle(0.05)

    def shot(self, widget, name: str) -> Path:
        widget.show()
        self.settle()
        path = self.outdir / f"{len(self.saved) + 1:02d}-{name}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not save {path}")
        self.saved.append(path)
        return path

    def shot_modal(self, name: str, ask: Callable[[], object]) -> None:
        """Runs a function that opens a modal dialog; grabs the dialog, then closes it."""
        from PySide6.QtCore import QTimer

        def grab_and_close() -> None:
            dialog = self.app.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(50, grab_and_close)
                return
            self.shot(dialog, name)
            dialog.reject()

        QTimer.singleShot(100, grab_and_close)
        ask()


def scroll_to(browser, text: str) -> bool:
    """Scrolls a QTextBrowser so the first ``text`` is at the top, without a selection."""
    if not browser.find(text):
        return False
    cursor = browser.textCursor()
    bar = browser.verticalScrollBar()
    bar.setValue(bar.value() + browser.cursorRect(cursor).top() - 8)
    cursor.clearSelection()
    browser.setTextCursor(cursor)
    return True


def main_windows(s: Shooter) -> None:
    from guardian_app.guidance import scan_done_text
    from guardian_app.pipeline import scan_paths
    from guardian_app.ui.main_window import MainWindow

    empty = MainWindow()
    s.shot(empty, "main-window-first-start")
    empty.close()
    window = MainWindow()
    assessments = list(scan_paths(DEMO_CHATS, [CHILD]).assessments)
    window.add_results(assessments)
    window.show_message(scan_done_text(assessments))
    s.shot(window, "main-window-scan-results")
    window.close()


def alert_centre(s: Shooter) -> None:
    from guardian_app.ui.alert_centre import AlertCentre
    from guardian_app.ui.dialogs.false_alarm import FalseAlarmDialog
    from guardian_app.ui.dialogs.prompts import confirm_trust_dialog

    centre = AlertCentre()
    centre.show()
    if not centre.refresh():
        raise RuntimeError("the demo profile has no alert to show")
    s.shot(centre, "alert-centre-alert-selected")
    scroll_to(centre.view.text, "Helplines in")
    s.shot(centre, "alert-centre-helplines")
    scroll_to(centre.view.text, "What Guardian noticed")
    s.shot(centre, "alert-centre-evidence")
    contact = centre.view.detail.contact.name if centre.view.detail else "this contact"
    dialog = FalseAlarmDialog(contact, centre)
    s.shot(dialog, "false-alarm-dialog")
    dialog.close()
    s.shot_modal("trust-contact-question", lambda: confirm_trust_dialog(centre, contact))
    centre.close()


def onboarding(s: Shooter) -> None:
    from guardian_app import settings as st
    from guardian_app.ui.dialogs.onboarding import OnboardingWizard

    folder = str(Path.home() / "Documents" / "Guardian exports")
    wizard = OnboardingWizard(st.Settings(), choose_folder=lambda _w: folder)
    s.shot(wizard, "onboarding-1-welcome")
    wizard.next()
    wizard.children_page.form.names.setText("Emma, em_draws, Emmy")
    wizard.children_page.add_child()
    s.shot(wizard, "onboarding-2-children")
    wizard.next()
    wizard.folders_page.add_folder()
    s.shot(wizard, "onboarding-3-folders")
    wizard.next()
    s.shot(wizard, "onboarding-4-how-to-export")
    wizard.next()
    s.shot(wizard, "onboarding-5-ready")
    wizard.reject()


def counsellor_session(s: Shooter) -> None:
    from guardian_app.ui.session_window import CounsellorSession, confirm_end_dialog

    session = CounsellorSession()
    session.show()
    session.ui.children.setText(CHILD)
    session.scan([str(p) for p in DEMO_CHATS])
    s.wait_until(lambda: session.worker is None)
    s.shot(session, "counsellor-session-alert")
    s.shot_modal("counsellor-session-end-question", lambda: confirm_end_dialog(session))
    session.confirm_end = lambda _parent: True
    session.close()


def tray_menu(s: Shooter) -> None:
    from guardian_app.ui.tray import GuardianTray

    tray = GuardianTray()
    s.shot(tray.menu, "tray-menu")
    tray.menu.hide()


def take_all(outdir: Path, lang: str) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="guardian-shots-") as home, display():
        make_demo_profile(Path(home), lang)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["guardian-screenshots"])
        app.setApplicationName("Guardian")
        from guardian_app.ui.i18n import install_translator

        install_translator(lang, app)  # as the tray app does for the settings' language
        s = Shooter(app, outdir)
        for step in (main_windows, alert_centre, onboarding, counsellor_session, tray_menu):
            step(s)
        s.settle(0.1)
        return s.saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=LANGS, default="en",
                        help="language of the localised texts (default: en)")
    args = parser.parse_args(argv)
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    for path in take_all(args.outdir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
