"""Choosing the observer per platform, and a supervisor that keeps it alive.

- Local folders use watchdog's native observer (inotify, FSEvents, ReadDirectoryChangesW).
- Network and synced folders use ``PollingObserver``: native observers do not see remote
  changes (reliability-security.md §3).
- ``Supervisor.check()`` notices a dead observer or emitter, or a watched folder that was
  deleted or replaced (inotify then watches a ghost), restarts watching, and reports which
  folders are not monitored meanwhile. It has no thread: the service calls it periodically.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs", "ncpfs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs", "ceph", "glusterfs",
})
SYNCED_NAMES = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "icloud drive",
                "mobile documents", "box sync", "nextcloud", "owncloud", "pcloud", "megasync")
POLL_INTERVAL = 5.0

ObserverFactory = Callable[[bool], BaseObserver]


def close_events_supported() -> bool:
    """Only Linux's inotify reports that a writer closed a file."""
    return sys.platform.startswith("linux")


def _mount_type(path: Path) -> str | None:
    """The filesystem type of the mount holding ``path`` (Linux /proc/mounts; else None)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path.resolve())
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, fstype = mount, parts[2]
    return fstype


def _windows_remote(path: Path) -> bool:
    if str(path).startswith("\\\\"):
        return True  # UNC path
    try:
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
        return int(ctypes.windll.kernel32.GetDriveTypeW(drive)) == 4  # type: ignore[attr-defined]
    except Exception:
        return False


def needs_polling(path: str | Path) -> bool:
    """True for network shares and cloud-synced folders, where native events are unreliable."""
    path = Path(path)
    lowered = [part.lower() for part in path.resolve().parts]
    if any(name in part for part in lowered for name in SYNCED_NAMES):
        return True
    if sys.platform == "win32":
        return _windows_remote(path)
    fstype = _mount_type(path)
    return fstype is not None and fstype.lower() in NETWORK_FS


def make_observer(polling: bool) -> BaseObserver:
    return PollingObserver(timeout=POLL_INTERVAL) if polling else Observer()


def _identity(folder: Path) -> tuple[int, int] | None:
    try:
        st = folder.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if folder.is_dir() else None


class Supervisor:
    """Owns the observers of a set of folders; ``check()`` restarts what died.

    ``on_restart(folder)`` is called after a folder is watched again, so the caller can
    reconcile it (files added during the outage).
    """

    def __init__(self, folders: Sequence[str | Path], handler: FileSystemEventHandler, *,
                 polling: Sequence[str | Path] = (), force_polling: bool = False,
                 factory: ObserverFactory = make_observer,
                 on_restart: Callable[[Path], None] | None = None) -> None:
        self.folders = [Path(f) for f in folders]
        forced = {Path(p) for p in polling}
        self._polling = {f: force_polling or f in forced or needs_polling(f) for f in self.folders}
        self._handler = handler
        self._factory = factory
        self._on_restart = on_restart
        self._observers: dict[Path, BaseObserver] = {}
        self._identity: dict[Path, tuple[int, int] | None] = {}
        self.restarts = 0

    def uses_polling(self, folder: str | Path) -> bool:
        return self._polling[Path(folder)]

    def start(self) -> list[Path]:
        """Start watching every folder that exists; returns the folders not monitored."""
        for folder in self.folders:
            self._start(folder)
        return self.down()

    def _start(self, folder: Path) -> bool:
        identity = _identity(folder)
        if identity is None:
            return False
        observer = self._factory(self._polling[folder])
        try:
            observer.schedule(self._handler, str(folder), recursive=True)
            observer.start()
        except OSError as exc:  # e.g. the inotify watch or instance limit
            log.warning("could not watch a folder (%s); will retry", exc.strerror or type(exc).__name__)
            _stop(observer)
            return False
        self._observers[folder] = observer
        self._identity[folder] = identity
        return True

    def _healthy(self, folder: Path) -> bool:
        observer = self._observers.get(folder)
        if observer is None or not observer.is_alive():
            return False
        if not all(emitter.is_alive() for emitter in list(observer.emitters)):
            return False
        return _identity(folder) == self._identity.get(folder)  # deleted or replaced: blind

    def down(self) -> list[Path]:
        """The folders not monitored right now."""
        return [f for f in self.folders if not self._healthy(f)]

    def check(self) -> list[Path]:
        """Restart what died; returns the folders still not monitored."""
        for folder in self.down():
            old = self._observers.pop(folder, None)
            if old is not None:
                log.warning("a folder watcher stopped; restarting it")
                _stop(old)
            if self._start(folder):
                self.restarts += 1
                if self._on_restart is not None:
                    self._on_restart(folder)
        return self.down()

    def observer(self, folder: str | Path) -> BaseObserver | None:
        return self._observers.get(Path(folder))

    def stop(self) -> None:
        for observer in self._observers.values():
            _stop(observer)
        self._observers.clear()


def _stop(observer: BaseObserver) -> None:
    try:
        observer.stop()
        if observer.is_alive():
            observer.join(timeout=5)
    except Exception:
        log.exception("an observer did not stop cleanly")
