"""Running one ingest batch, in-process or in a short-lived, resource-limited worker process.

The watcher ingests through ``SubprocessRunner``: each batch of ready files is parsed,
scored and stored by ``python -m guardian_app.watch.worker`` under memory, CPU and wall
limits. A hostile or broken export can then only kill that worker, never the watcher, and
the long-lived process never holds message text. The worker writes to the store itself;
every store write is one SQLite transaction, so a killed worker leaves the store
consistent and the next run completes the work (content-hash ledger, ``needs_analysis``).

``InProcessRunner`` does the same in the calling thread (tests, and platforms where a
worker cannot be started). Both return a ``RunOutcome``; neither raises.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..ingest import IngestReport, SourceReport, ingest_paths
from ..store import Store, StoreError
from ..store.alerts import AlertChange

log = logging.getLogger(__name__)

STORAGE_FULL, STORE_ERROR = "storage_full", "store_error"
CRASHED, TIMEOUT, CANCELLED = "crashed", "timeout", "cancelled"
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(slots=True)
class RunOutcome:
    report: IngestReport | None
    failure: str | None = None  # None when the batch ran; else one of the constants above
    message: str = ""  # a sentence for a person; never message text


@dataclass(frozen=True, slots=True)
class Limits:
    memory_bytes: int = 2 << 30  # address space; a 5,000-message export needs about 150 MB
    cpu_seconds: int = 600
    wall_seconds: float = 900.0


def classify_error(exc: BaseException) -> tuple[str, str]:
    """(failure kind, plain message) for an exception escaping an ingest."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return STORAGE_FULL, "The disk holding Guardian's store is full; monitoring is paused until space is freed."
    if isinstance(exc, sqlite3.Error | StoreError) and ("full" in text or "disk space" in text):
        return STORAGE_FULL, "The disk holding Guardian's store is full; monitoring is paused until space is freed."
    if isinstance(exc, StoreError):
        return STORE_ERROR, str(exc)
    if isinstance(exc, sqlite3.Error):
        return STORE_ERROR, (f"Guardian's store could not be written ({exc}). Check that its disk has free "
                             "space; monitoring is paused and retries on its own.")
    if isinstance(exc, MemoryError):
        return CRASHED, "An export was too large to read within Guardian's memory limit."
    return CRASHED, f"Reading an export failed unexpectedly ({type(exc).__name__})."


def report_from_dict(data: dict[str, Any]) -> IngestReport:
    return IngestReport(
        sources=[SourceReport(**s) for s in data.get("sources", [])],
        alerts_created=[AlertChange(**a) for a in data.get("alerts_created", [])],
        alerts_escalated=[AlertChange(**a) for a in data.get("alerts_escalated", [])],
        conversations_analysed=int(data.get("conversations_analysed", 0)),
        cancelled=bool(data.get("cancelled", False)),
    )


class InProcessRunner:
    """Ingest in the calling thread, with its own store connection."""

    def __init__(self, store_path: str | Path, children: Sequence[str] = ()) -> None:
        self.store_path, self.children = Path(store_path), list(children)

    def run(self, paths: Sequence[str], cancel: threading.Event | None = None) -> RunOutcome:
        try:
            with Store(self.store_path) as store:
                report = ingest_paths(list(paths), self.children, store=store, cancel=cancel)
        except Exception as exc:
            kind, message = classify_error(exc)
            log.warning("ingest failed: %s (%s)", kind, type(exc).__name__)
            return RunOutcome(None, kind, message)
        return RunOutcome(report, CANCELLED if report.cancelled else None)


def _package_root() -> str:
    return str(Path(__file__).resolve().parents[2])


class SubprocessRunner:
    """Ingest in ``python -m guardian_app.watch.worker``: one short-lived process per batch.

    With ``prewarm`` a spare worker is started ahead of time; it loads the importers and
    the model (no chat text) and waits, so an export settling in a folder is read at once.
    It costs one idle process (about 150 MB) and no CPU. ``close()`` ends the spare.
    """

    def __init__(self, store_path: str | Path, children: Sequence[str] = (), limits: Limits | None = None,
                 python: str = sys.executable, prewarm: bool = False) -> None:
        self.store_path, self.children = Path(store_path), list(children)
        self.limits = limits or Limits()
        self.python = python
        self.prewarm = prewarm
        self.last_pid: int | None = None
        self._spare: subprocess.Popen[str] | None = None

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["ORT_DISABLE_TELEMETRY"] = "1"
        env["PYTHONPATH"] = os.pathsep.join(p for p in (_package_root(), env.get("PYTHONPATH", "")) if p)
        return env

    def _spawn(self, prewarm: bool) -> subprocess.Popen[str]:
        command = [self.python, "-m", "guardian_app.watch.worker", "--memory", str(self.limits.memory_bytes),
                   "--cpu", str(self.limits.cpu_seconds)] + (["--prewarm"] if prewarm else [])
        return subprocess.Popen(  # stderr is discarded: a traceback could quote file content
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=self._env(), text=True)

    def _take(self) -> subprocess.Popen[str]:
        spare, self._spare = self._spare, None
        if spare is not None and spare.poll() is None:
            return spare
        return self._spawn(False)

    def warm(self) -> None:
        """Start the spare worker now (no-op without ``prewarm``)."""
        if self.prewarm and (self._spare is None or self._spare.poll() is not None):
            try:
                self._spare = self._spawn(True)
            except OSError:
                self._spare = None

    def close(self) -> None:
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.kill()
            spare.communicate()

    def run(self, paths: Sequence[str], cancel: threading.Event | None = None) -> RunOutcome:
        job = json.dumps({"paths": list(paths), "children": self.children, "store": str(self.store_path)})
        try:
            proc = self._take()
        except OSError as exc:
            return RunOutcome(None, CRASHED, f"Guardian could not start its reading worker ({exc.strerror}).")
        try:
            return self._wait(proc, job, cancel)
        finally:
            self.warm()

    def _wait(self, proc: subprocess.Popen[str], job: str, cancel: threading.Event | None) -> RunOutcome:
        self.last_pid = proc.pid
        deadline = time.monotonic() + self.limits.wall_seconds
        pending_input: str | None = job
        while True:
            try:
                out, _ = proc.communicate(pending_input, timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pending_input = None
                if cancel is not None and cancel.is_set():
                    proc.kill()
                    proc.communicate()
                    return RunOutcome(None, CANCELLED, "Stopped.")
                if time.monotonic() > deadline:
                    proc.kill()
                    proc.communicate()
                    return RunOutcome(None, TIMEOUT, "Reading an export took too long and was stopped.")
        try:
            data = json.loads(out) if out.strip() else None
        except json.JSONDecodeError:
            data = None
        if proc.returncode != 0 or not isinstance(data, dict):
            log.warning("the reading worker ended abnormally (exit status %s)", proc.returncode)
            return RunOutcome(None, CRASHED, "Reading an export failed: the worker stopped abnormally.")
        if data.get("failure"):
            return RunOutcome(None, str(data["failure"]), str(data.get("message", "")))
        report = report_from_dict(data["report"])
        return RunOutcome(report, CANCELLED if report.cancelled else None)
