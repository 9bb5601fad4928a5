"""Counsellor mode: a family's exports checked in memory, reviewed, reported, then forgotten."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_fakes import FakeScan, assessment

from guardian_app.ui.controller import GuardianController
from guardian_app.ui.session_window import CounsellorSession
from guardian_app.ui.tray import GuardianTray

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "chats" / "grooming_jake.txt"
MODEL = ("guardian-risk", "0.0-test")


def _model_missing() -> str | None:
    try:
        from guardian_app.analysis.model_files import ModelError, load_model_info
    except ImportError:
        return "the model loader is not in place yet"
    try:
        load_model_info()
    except ModelError:
        return "the model files are not built yet"
    return None


def files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


@pytest.fixture
def session(qtbot):
    made: list[CounsellorSession] = []

    def make(scan=None) -> CounsellorSession:
        s = CounsellorSession(scan=scan)
        s.confirm_end = lambda _parent: True
        qtbot.addWidget(s)
        made.append(s)
        return s

    yield make
    for s in made:
        s.discard()  # stops a running check


def scanned(qtbot, s: CounsellorSession, paths) -> CounsellorSession:
    assert s.scan(paths)
    qtbot.waitUntil(lambda: s.worker is None, timeout=60000)
    return s


def two_contacts() -> FakeScan:
    return FakeScan([assessment("high", key="whatsapp:emma-jake"),
                     assessment("critical", key="whatsapp:emma-sam", contact="Sam")])


def test_a_session_scan_of_the_fixture_shows_its_alerts_in_the_detail_view(session, qtbot, tmp_path):
    reason = _model_missing()
    if reason:
        pytest.skip(reason)
    s = scanned(qtbot, session(), [FIXTURE])
    assert s.result is not None and s.result.ok
    names = [s.model.row(n).contact.name for n in range(s.model.rowCount())]
    assert "Jake" in names
    assert s.view.detail is not None and s.view.detail.contact.name == names[0]
    html = s.view.text.toHtml()
    assert "What Guardian noticed" in html and "What to do now" in html
    assert "pick u up after school" in html  # evidence shown in context
    assert s.ui.btn_save.isEnabled() and not s.view.btn_trust.isVisibleTo(s)
    assert files_under(tmp_path / "profile") == []  # no store, no settings, no log


def test_naming_the_child_checks_the_session_again(session, qtbot):
    scan = two_contacts()
    s = session(scan)
    s.choose_files = lambda _parent: ["/tmp/family/chat.txt"]
    s.ui.btn_files.click()
    qtbot.waitUntil(lambda: s.worker is None and s.result is not None)
    assert scan.calls[-1] == (["/tmp/family/chat.txt"], ())
    s.ui.children.setText("Emma, em_draws")
    s.ui.children.editingFinished.emit()
    qtbot.waitUntil(lambda: s.worker is None and len(scan.calls) == 2)
    assert scan.calls[-1] == (["/tmp/family/chat.txt"], ("Emma", "em_draws"))


def test_the_window_says_nothing_is_stored(session):
    s = session()
    assert "nothing is stored" in s.ui.banner.text()
    assert "nothing is stored" in s.windowTitle()


def test_a_false_alarm_is_marked_in_memory_and_left_out_of_the_report(session, qtbot, tmp_path):
    s = scanned(qtbot, session(two_contacts()), ["/tmp/family/WhatsApp Chat with Jake.txt"])
    s.model_info = lambda: MODEL
    out = tmp_path / "reports" / "case.pdf"
    out.parent.mkdir()
    s.report_path = lambda _parent, _name: str(out)
    jake = next(n for n in range(s.model.rowCount()) if s.model.row(n).contact.name == "Jake")
    s.ui.table.selectRow(jake)
    s.view.btn_false.click()
    assert s.model.is_false_alarm(jake)
    assert "False alarm" in s.model.index(jake, 0).data()
    assert "Not a" in s.view.btn_false.text() and s.view.btn_false.isEnabled()
    case = s.save_report()
    assert [sec.contact.name for sec in case.sections] == ["Sam"]
    assert any("false alarm" in note for note in case.notes)
    assert out.read_bytes().startswith(b"%PDF")
    s.view.btn_false.click()  # take the mark back: Jake is in the next report again
    assert not s.model.is_false_alarm(jake)
    assert sorted(sec.contact.name for sec in s.save_report().sections) == ["Jake", "Sam"]


def test_saving_writes_only_the_pdf(session, qtbot, tmp_path):
    reason = _model_missing()
    if reason:
        pytest.skip(reason)
    s = scanned(qtbot, session(), [FIXTURE])
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    s.report_path = lambda _parent, _name: str(out_dir / "family.pdf")
    case = s.save_report()
    assert case is not None and case.sections
    assert [p.name for p in files_under(out_dir)] == ["family.pdf"]
    assert files_under(tmp_path / "profile") == []
    assert "Nothing else was saved" in s.ui.message.text()


def test_the_report_is_never_written_over_an_input(session, qtbot, tmp_path):
    chat = tmp_path / "chat.txt"
    chat.write_text("not read by the fake scan", encoding="utf-8")
    s = scanned(qtbot, session(two_contacts()), [str(tmp_path)])
    s.model_info = lambda: MODEL
    s.report_path = lambda _parent, _name: str(tmp_path / "report.pdf")
    assert s.save_report() is None
    assert not (tmp_path / "report.pdf").exists()
    assert "cannot save" in s.ui.message.text()


def test_closing_clears_the_models_and_says_so(session, qtbot):
    s = scanned(qtbot, session(two_contacts()), ["/tmp/family/chat.txt"])
    s.show()
    s.ui.children.setText("Emma")
    s.toggle_false_alarm(0)
    asked = []
    s.confirm_end = lambda _parent: asked.append(1) or False
    s.close()  # the counsellor changed their mind: nothing is lost
    assert s.isVisible() and s.model.rowCount() == 2 and asked
    s.confirm_end = lambda _parent: True
    with qtbot.waitSignal(s.sig_ended) as ended:
        s.close()
    assert "forgotten" in ended.args[0] and "except" not in ended.args[0]
    assert s.model.rowCount() == 0 and s.model.false_alarms == set()
    assert s.result is None and s.paths == [] and s.view.detail is None
    assert s.ui.children.text() == "" and not s.scan(["/tmp/family/chat.txt"])


def test_tray_menu_and_window_open_a_session_that_the_controller_forgets(qtbot):
    tray = GuardianTray()
    with qtbot.waitSignal(tray.sig_session):
        tray.act_session.trigger()
    c = GuardianController(scan=two_contacts(), use_tray=False)
    try:
        c.window.btn_session.click()
        s = c.session
        assert s is not None and s.isVisible() and c.open_counsellor_session() is s
        s.confirm_end = lambda _parent: True
        scanned(qtbot, s, ["/tmp/family/chat.txt"])
        assert c.window.model.rowCount() == 0  # the session's alerts never reach the main list
        with qtbot.waitSignal(c.sig_notified) as note:
            s.close()
        assert c.session is None and "forgotten" in note.args[1]
        assert "forgotten" in c.window.message.text()
    finally:
        c.shutdown(5000)
