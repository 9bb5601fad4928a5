"""Fixtures for the watcher tests: the fake pipeline, short-lived services (always stopped)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from watch_fakes import FakePipeline

from guardian_app import ingest
from guardian_app.watch.service import WatchService


@pytest.fixture
def fake(monkeypatch) -> FakePipeline:
    pipeline = FakePipeline()
    monkeypatch.setattr(ingest, "_pipeline", lambda: pipeline)
    return pipeline


FAST = dict(isolate=False, settle=0.05, recheck=0.05, fallback=3.0, quiet=0.3, supervise_every=0.2,
            retry_every=0.2, min_age=0.3)


@pytest.fixture
def make_service(tmp_path) -> Iterator[Callable[..., WatchService]]:
    """Start a WatchService with small timeouts; every one started is stopped at teardown."""
    started: list[WatchService] = []

    def make(folders: list[Path], **kwargs) -> WatchService:
        options = {**FAST, "store": tmp_path / "store.sqlite3", **kwargs}
        service = WatchService(folders, **options)
        started.append(service)
        service.start()
        return service

    yield make
    for service in started:
        service.stop()
