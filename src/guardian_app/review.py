"""What a parent decided about an alert: reviewed, a false alarm (with a reason), trusted. No Qt.

The status goes into the store (``set_alert_status``). The false-alarm reason is kept in
``alert-reviews.json`` in the profile until the store has a column for it. A trusted
contact is remembered in the settings, so later alerts about them are shown as trusted.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from guardian_app import paths
from guardian_app import settings as st
from guardian_app.store import Store, set_alert_status

log = logging.getLogger(__name__)

FILE_NAME = "alert-reviews.json"
TRUSTED_REASON = "Trusted contact (family or a known friend)"


def reviews_path() -> Path:
    return paths.profile_dir() / FILE_NAME


def load_reviews() -> dict[int, dict[str, Any]]:
    """{alert id: {"status", "reason", "when"}}; empty when there is no file or it is damaged."""
    try:
        data = json.loads(reviews_path().read_text(encoding="utf-8"))
        return {int(k): v for k, v in data.items() if isinstance(v, dict)}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, AttributeError):
        log.warning("the alert review notes could not be read; starting empty")
        return {}


def _record(alert_id: int, status: str, reason: str) -> None:
    reviews = load_reviews()
    reviews[alert_id] = {"status": status, "reason": reason,
                         "when": datetime.now().isoformat(timespec="seconds")}
    path = reviews_path()
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({str(k): v for k, v in reviews.items()}, indent=1,
                              ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def mark_reviewed(store: Store, alert_id: int) -> None:
    set_alert_status(store, alert_id, "reviewed")
    _record(alert_id, "reviewed", "")
    log.info("alert %d marked reviewed", alert_id)


def mark_false_alarm(store: Store, alert_id: int, reason: str) -> None:
    """A reason is required: it helps a counsellor (and the parent later) understand why."""
    reason = reason.strip()
    if not reason:
        raise ValueError("Please say in a few words why this is a false alarm.")
    set_alert_status(store, alert_id, "false_alarm")
    _record(alert_id, "false_alarm", reason)
    log.info("alert %d marked a false alarm", alert_id)  # the reason is not logged


def trust_contact(store: Store, alert_id: int, contact: str, conversation_key: str,
                  settings: st.Settings | None = None) -> st.Settings:
    """Remember the contact as trusted in this chat and mark the alert reviewed."""
    current = settings if settings is not None else st.load()
    current.trust(contact, conversation_key)
    st.save(current)
    set_alert_status(store, alert_id, "reviewed")
    _record(alert_id, "trusted", TRUSTED_REASON)
    log.info("alert %d: contact marked trusted", alert_id)
    return current


def reopen(store: Store, alert_id: int) -> None:
    set_alert_status(store, alert_id, "new")
    reviews = load_reviews()
    if reviews.pop(alert_id, None) is not None:
        reviews_path().write_text(json.dumps({str(k): v for k, v in reviews.items()}),
                                  encoding="utf-8")
