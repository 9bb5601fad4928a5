"""T10: the supervisor notices a dead or blind observer and restarts it; polling where needed."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from watchdog.events import FileSystemEventHandler

from guardian_app.watch import observer as obs
from guardian_app.watch.observer import Supervisor, needs_polling


def _wait(predicate, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


class Recorder(FileSystemEventHandler):
    def __init__(self) -> None:
        self.paths: list[str] = []

    def on_any_event(self, event) -> None:
        self.paths.append(str(event.src_path))


def test_synced_and_network_folders_are_polled(tmp_path, monkeypatch):
    assert needs_polling(tmp_path / "Dropbox" / "exports")
    assert needs_polling(tmp_path / "OneDrive - Family")
    assert not needs_polling(tmp_path)
    monkeypatch.setattr(obs, "_mount_type", lambda path: "cifs")
    assert needs_polling(tmp_path)


def test_dead_observer_and_dead_emitter_are_restarted(tmp_path):
    restarted: list[Path] = []
    handler = Recorder()
    sup = Supervisor([tmp_path], handler, on_restart=restarted.append)
    try:
        assert sup.start() == []
        first = sup.observer(tmp_path)
        first.stop()  # the observer thread dies
        first.join(5)
        assert sup.down() == [tmp_path]
        assert sup.check() == [] and restarted == [tmp_path] and sup.restarts == 1
        second = sup.observer(tmp_path)
        assert second is not first and second.is_alive()
        for emitter in list(second.emitters):  # the emitter dies (e.g. an unsurfaced OSError)
            emitter.stop()
            emitter.join(5)
        assert sup.down() == [tmp_path]
        assert sup.check() == [] and sup.restarts == 2
        (tmp_path / "after.txt").write_text("x")
        assert _wait(lambda: any(p.endswith("after.txt") for p in handler.paths))
    finally:
        sup.stop()


def test_deleted_folder_is_down_until_it_comes_back(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    restarted: list[Path] = []
    sup = Supervisor([folder], Recorder(), on_restart=restarted.append)
    try:
        assert sup.start() == []
        shutil.rmtree(folder)
        assert sup.check() == [folder]  # cannot be restarted: still down
        folder.mkdir()  # recreated: a new inode the old watch does not see
        assert sup.check() == [] and restarted == [folder]
    finally:
        sup.stop()


def test_missing_folder_at_start_and_polling_choice(tmp_path):
    made: list[bool] = []

    def factory(polling: bool):
        made.append(polling)
        return obs.make_observer(polling)

    sup = Supervisor([tmp_path / "later"], Recorder(), force_polling=True, factory=factory)
    try:
        assert sup.start() == [tmp_path / "later"] and made == []
        (tmp_path / "later").mkdir()
        assert sup.check() == [] and made == [True]
        assert sup.uses_polling(tmp_path / "later")
    finally:
        sup.stop()
