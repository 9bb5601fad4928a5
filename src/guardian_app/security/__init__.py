"""Key management: the store's data key from a trusted OS keyring, or from the parent's passphrase.

See ``docs/security.md`` for the threat model these modules serve.
"""

from __future__ import annotations

from guardian_app.security.errors import KeyUnavailable

__all__ = ["KeyUnavailable"]
