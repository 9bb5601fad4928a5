"""End to end: a synthetic WhatsApp export, scanned by the real pipeline through the tray app."""

from __future__ import annotations

import importlib.util

import pytest

from guardian_app.ui.controller import GuardianController

# Synthetic and non-explicit: the tactics (age probing, flattery, gifts, secrecy, app
# switching, a photo request, a secret meeting) are what make this chat worrying.
CHAT = """\
14/03/2024, 19:02 - Messages and calls are end-to-end encrypted. Tap to learn more.
14/03/2024, 19:03 - Jake: hey its jake from the minecraft server
14/03/2024, 19:04 - Emma: oh hi
14/03/2024, 19:05 - Jake: how old are you? what grade are you in?
14/03/2024, 19:06 - Emma: 12, 7th grade
14/03/2024, 19:07 - Jake: wow you are so mature for your age, way smarter than girls my age
14/03/2024, 19:09 - Jake: are you home alone a lot? do your parents check your phone?
14/03/2024, 19:10 - Emma: not really they work late
14/03/2024, 19:12 - Jake: i can send you a 50 dollar gift card for robux if you want
14/03/2024, 19:13 - Jake: only i really understand you, your parents dont get you
14/03/2024, 19:15 - Jake: dont tell anyone about us ok? this is our secret. delete this chat after
14/03/2024, 19:16 - Emma: ok
14/03/2024, 19:18 - Jake: add me on snapchat, its more private there
14/03/2024, 19:20 - Jake: send me a photo of you, just for me
14/03/2024, 19:21 - Jake: <Media omitted>
14/03/2024, 19:25 - Jake: lets meet at the park on saturday, i can pick you up. dont tell your mom
14/03/2024, 19:26 - Emma: i dont know
14/03/2024, 19:27 - Jake: after everything i did for you? if you dont come
I will show everyone your messages
"""


def _pipeline_ready() -> str | None:
    if importlib.util.find_spec("guardian_app.importers.registry") is None:
        return "the importers are not in place yet"
    try:
        from guardian_app.analysis.model_files import ModelError, load_model_info
    except ImportError:
        return "the model loader is not in place yet"
    try:
        load_model_info()
    except ModelError:
        return "the model files are not built yet"
    return None


@pytest.fixture
def chat_file(tmp_path):
    path = tmp_path / "WhatsApp Chat with Jake.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def test_real_scan_shows_progress_alerts_and_a_name_free_notification(qtbot, chat_file):
    reason = _pipeline_ready()
    if reason:
        pytest.skip(reason)
    c = GuardianController(use_tray=False)
    qtbot.addWidget(c.window)
    progress: list[tuple[int, int, str]] = []
    show_progress = c.window.show_progress
    c.window.show_progress = lambda *a: (progress.append(a), show_progress(*a))
    notes: list[tuple[str, str]] = []
    c.sig_notified.connect(lambda t, m: notes.append((t, m)))
    try:
        with qtbot.waitSignal(c.sig_scan_finished, timeout=120_000) as done:
            assert c.start_scan([str(chat_file)])
        qtbot.waitUntil(lambda: not c.scanning, timeout=10_000)
    finally:
        c.shutdown(30_000)
    result = done.args[0]
    assert result.ok, [s.error for s in result.sources]
    assert progress and progress[-1][0] == progress[-1][1]
    assert c.window.model.rowCount() >= 1
    top = c.window.model.row(0)
    assert top.contact.name == "Jake"
    assert top.assessment.child == "Emma"
    assert top.contact.level in ("high", "critical")
    text = c.window.detail.toPlainText()
    assert "What to do now" in text and "Message " in text
    assert "<Media omitted>" not in text
    assert notes, "an alerting scan must notify"
    title, message = notes[0]
    for word in ("Jake", "Emma", "secret", "snapchat", "park"):
        assert word.lower() not in (title + message).lower()
