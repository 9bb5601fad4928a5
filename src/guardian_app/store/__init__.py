"""Guardian's SQLite store: schema and migrations, dedupe of re-exports, assessments, alerts.

No Qt here. Open it with ``Store()`` (the profile's store) or ``Store(path)``.
"""

from __future__ import annotations

from .alerts import STATUSES, AlertChange, list_alerts, set_alert_status
from .db import Store, StoreError, open_store
from .migrations import SCHEMA_VERSION

__all__ = [
    "SCHEMA_VERSION",
    "STATUSES",
    "AlertChange",
    "Store",
    "StoreError",
    "list_alerts",
    "open_store",
    "set_alert_status",
]
