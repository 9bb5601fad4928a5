"""The interface in English, Simplified and Traditional Chinese through Qt's translators."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from guardian_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "src" / "guardian_app" / "ui"
TS_FILES = ("guardian_zh_Hans.ts", "guardian_zh_Hant.ts")
# Calls whose string arguments a parent reads on screen (or hears from a screen reader).
SHOWN = {"setText", "setWindowTitle", "QLabel", "QPushButton", "QAction", "addAction",
         "setToolTip", "setPlaceholderText", "setAccessibleName", "setTitle", "setSubTitle",
         "QCheckBox", "addItem", "addItems", "addRow", "showMessage", "setHtml", "say",
         "show_message", "setButtonText", "QMessageBox", "setStatusTip", "notify"}
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP"}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(name: str) -> list[ET.Element]:
    return ET.parse(TS_DIR / name).getroot().findall("./context/message")


@pytest.fixture()
def compiled(tmp_path, monkeypatch):
    """Compiled .qm files in a private resources folder (the build step, run for the test)."""
    res = tmp_path / "resources"
    (res / "translations").mkdir(parents=True)
    for icon in (ROOT / "resources" / "icons").iterdir():
        (res / "icons").mkdir(exist_ok=True)
        (res / "icons" / icon.name).write_bytes(icon.read_bytes())
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"),
                    "--out", str(res / "translations")], check=True, capture_output=True)
    monkeypatch.setattr(i18n.paths, "resources_dir", lambda: res)
    yield res / "translations"
    i18n.install_translator("en")


@pytest.mark.parametrize("name", TS_FILES)
def test_every_entry_has_a_finished_translation(name):
    messages = _messages(name)
    assert len(messages) > 150
    for msg in messages:
        source = msg.findtext("source")
        translation = msg.find("translation")
        assert translation is not None and (translation.text or "").strip(), source
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        # Placeholders filled in by str.format must survive translation, and so must accelerators.
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))
        if re.search(r"&\w", source.replace("&nbsp;", "")):
            assert re.search(r"&\w", translation.text), source


def test_simplified_and_traditional_differ():
    hans = {m.findtext("source"): m.findtext("translation") for m in _messages(TS_FILES[0])}
    hant = {m.findtext("source"): m.findtext("translation") for m in _messages(TS_FILES[1])}
    assert hans.keys() == hant.keys()
    assert hans["Quit"] != hant["Quit"] or hans["Alerts…"] != hant["Alerts…"]
    assert "设置" in "".join(hans.values()) and "設定" in "".join(hant.values())


def test_zh_hans_tray_menu_and_alert_centre_buttons(qtbot, compiled):
    from guardian_app.ui.alert_centre import AlertCentre
    from guardian_app.ui.tray import GuardianTray

    assert i18n.install_translator("zh-Hans")
    assert i18n.active_language() == "zh-Hans"
    tray = GuardianTray()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert "退出" in texts and "打开 Guardian" in texts
    assert all(re.search(r"[\u4e00-\u9fff]", t) for t in texts), texts
    assert "没有需要您注意的事" in tray.toolTip()

    class NoStore:
        def __enter__(self):
            raise AssertionError("not opened in this test")

    centre = AlertCentre(open_store=NoStore, reports=True)
    qtbot.addWidget(centre)
    view = centre.view
    buttons = [view.btn_reviewed, view.btn_false, view.btn_trust, view.btn_export]
    assert [b.text() for b in buttons] == [
        "标记为已查看(&R)", "误报(&F)…", "信任此联系人(&T)", "导出个案报告(&X)…"]
    assert centre.windowTitle() == "Guardian：警报"
    tray.deleteLater()


def test_zh_hant_uses_traditional_wording(qtbot, compiled):
    from guardian_app.ui.main_window import MainWindow

    assert i18n.install_translator("zh-Hant")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.btn_scan_file.text() == "掃描檔案…"
    assert window.btn_scan_folder.text() == "掃描資料夾…"


def test_missing_qm_falls_back_to_english(qtbot, tmp_path, monkeypatch):
    from guardian_app.ui.tray import GuardianTray

    monkeypatch.setattr(i18n.paths, "resources_dir", lambda: tmp_path / "nothing-here")
    assert not i18n.install_translator("zh-Hant")
    assert i18n.active_language() == "en"
    tray = GuardianTray()
    assert [a.text() for a in tray.menu.actions()][-1] == "Quit"
    tray.deleteLater()


def test_unknown_language_and_english_install_nothing(compiled):
    assert i18n.install_translator("zh-Hans")
    assert not i18n.install_translator("klingon")
    assert QCoreApplication.translate("GuardianTray", "Quit") == "Quit"
    assert i18n.qm_path("en") is None and i18n.qm_path("zh-Hant").name == "guardian_zh_Hant.qm"


def test_controller_installs_the_settings_language(qtbot, compiled):
    from guardian_app import settings as st
    from guardian_app.ui.controller import GuardianController

    st.save(st.Settings(language="zh-Hant"))
    controller = GuardianController(use_tray=False, watch_factory=lambda *a, **k: None)
    qtbot.addWidget(controller.window)
    assert i18n.active_language() == "zh-Hant"
    assert controller.window.btn_cancel.text() == "停止"
    assert controller.window.detail.locale == "zh-Hant"
    assert QApplication.instance() is not None


def _words(text: str) -> bool:
    """True if ``text`` has words in it once HTML tags are left out."""
    return bool(re.search(r"[A-Za-z]{2}", re.sub(r"<[^>]*>|&\w+;", "", text)))


def _unwrapped(node: ast.AST) -> bool:
    """A literal with words in it, or an f-string with words, that no tr()/translate() wraps."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _words("".join(v.value for v in node.values if isinstance(v, ast.Constant)))
    if isinstance(node, ast.IfExp):
        return _unwrapped(node.body) or _unwrapped(node.orelse)
    if isinstance(node, ast.BinOp):
        return _unwrapped(node.left) or _unwrapped(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_unwrapped(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def untranslated_literals(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in SHOWN:
                args = [*node.args, *(k.value for k in node.keywords)]
                if _name(node.func) in ("addItem", "addRow", "setHtml", "showMessage"):
                    args = args[:1] if _name(node.func) != "showMessage" else args[:2]
                for arg in args:
                    if _unwrapped(arg):
                        found.append(f"{path.relative_to(folder)}:{node.lineno}")
    return found


def test_no_untranslated_literal_in_ui():
    assert untranslated_literals(UI_DIR) == []


def test_the_literal_check_finds_one(tmp_path):
    (tmp_path / "bad.py").write_text(
        "b = QPushButton('Delete everything')\nb.setToolTip(f'Removes {n} files')\n"
        "ok = QLabel(self.tr('Fine'))\nx.setText('')\n", encoding="utf-8")
    assert untranslated_literals(tmp_path) == ["bad.py:1", "bad.py:2"]
