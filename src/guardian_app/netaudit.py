"""Watching for network use with a Python audit hook (PEP 578), for the self-test.

While a ``NetworkAudit`` is open, every attempt to resolve a host name or to reach another
machine (sockets, urllib, http.client, ftplib, smtplib...) is recorded and blocked with
``NetworkBlocked``. Unix-domain sockets (D-Bus, which the keyring uses on Linux) are local
and are not counted. Outside an open audit the hook does nothing.

This module imports no networking code: it only reads the audit events Python raises.
"""

from __future__ import annotations

import sys
import threading
from typing import Any

# Events that mean "talk to another machine". socket.__new__ and socket.gethostname are not.
_PREFIXES = ("socket.", "urllib.", "http.", "ftplib.", "smtplib.", "imaplib.", "poplib.", "nntplib.",
             "telnetlib.", "webbrowser.")
_HARMLESS = frozenset({"socket.__new__", "socket.gethostname"})
_ADDRESSED = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})

_open_audits: list[NetworkAudit] = []
_lock = threading.Lock()
_installed = False


class NetworkBlocked(OSError):
    """Raised inside a network call made while a ``NetworkAudit`` is open."""


def _is_local(sock: Any, address: Any) -> bool:
    """A Unix-domain socket: its address is a path (str/bytes), or the socket's family says so."""
    if isinstance(address, str | bytes | bytearray):
        return True
    return str(getattr(sock, "family", "")).endswith("AF_UNIX")


def _describe(event: str, args: tuple[Any, ...]) -> str:
    """The event plus where it was going (a host and port, a URL); never any payload."""
    target: Any = None
    if event in _ADDRESSED and len(args) > 1:
        target = args[1]
    elif event.startswith("socket.") and args:
        target = args[0] if not isinstance(args[0], bytes | bytearray) else None
        if event == "socket.getaddrinfo" and len(args) > 1:
            target = f"{args[0]}:{args[1]}"
    elif event in ("urllib.Request", "webbrowser.open") and args:
        target = args[0]
    elif len(args) > 1 and event.endswith(".connect"):
        target = f"{args[1]}:{args[2]}" if len(args) > 2 else args[1]
    if isinstance(target, tuple) and len(target) >= 2:
        target = f"{target[0]}:{target[1]}"
    return f"{event} {target}" if target is not None else event


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not _open_audits or not event.startswith(_PREFIXES) or event in _HARMLESS:
        return
    if event in _ADDRESSED and _is_local(args[0] if args else None, args[1] if len(args) > 1 else None):
        return
    description = _describe(event, args)
    with _lock:
        for audit in _open_audits:
            audit.attempts.append(description)
    raise NetworkBlocked(f"Guardian's self-test blocked network use: {event}")


def _install() -> None:
    global _installed
    with _lock:
        if not _installed:
            sys.addaudithook(_hook)  # cannot be removed; it is inert while no audit is open
            _installed = True


class NetworkAudit:
    """``with NetworkAudit() as audit: ...`` then read ``audit.attempts`` (descriptions, in order)."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def __enter__(self) -> NetworkAudit:
        _install()
        with _lock:
            _open_audits.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        with _lock:
            _open_audits.remove(self)
