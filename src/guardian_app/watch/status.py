"""What the watcher tells the tray or the console: one plain status, never message text."""

from __future__ import annotations

from dataclasses import dataclass, field

STARTING = "starting"
MONITORING = "monitoring"
NOT_MONITORING = "not_monitoring"
STORAGE_FULL = "storage_full"
STORE_ERROR = "store_error"
STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class WatchStatus:
    state: str
    message: str
    down: tuple[str, ...] = ()  # folders not monitored right now
    queued: int = field(default=0, compare=False)  # files waiting (not a reason to notify)

    @property
    def monitoring(self) -> bool:
        """True only when every folder is watched and ingest is not paused."""
        return self.state == MONITORING


def describe(folders: int, down: list[str], paused: tuple[str, str] | None) -> WatchStatus:
    """The status for ``folders`` watched folders, the ``down`` ones, and a pause (kind, message)."""
    if paused is not None:
        return WatchStatus(paused[0], paused[1], tuple(down))
    if down:
        names = ", ".join(down)
        return WatchStatus(NOT_MONITORING, f"Not monitoring {names}: the folder cannot be watched right "
                           "now. Guardian keeps trying and will catch up on anything added meanwhile.",
                           tuple(down))
    plural = "folder" if folders == 1 else "folders"
    return WatchStatus(MONITORING, f"Monitoring {folders} {plural}.")
