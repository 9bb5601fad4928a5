"""The individual checks of ``guardian self-test``. No Qt; each returns one ``CheckResult``.

Heavy imports (onnxruntime, keyring, the store) happen inside the checks, so that they run
while the self-test watches for network use.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass

from . import paths

OK, FAILED, SKIPPED = "ok", "FAILED", "skipped"

# Synthetic, fixed probes: a request for secrecy, and an ordinary message.
CONCERNING = "dont tell anyone we talk ok"
ORDINARY = "see you at practice"
PROBE_INDICATOR = "secrecy"

ICON_STATES = ("ok", "scanning", "alert-low", "alert-high")  # ui/icons.py STATES (Qt-free copy)
_INSECURE_KEYRINGS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str  # OK, FAILED or SKIPPED
    detail: str

    @property
    def passed(self) -> bool:
        return self.status != FAILED

    def line(self) -> str:
        """One plain line: ``model: ok (...)``, ``model: FAILED: reason``, ``x: skipped (...)``."""
        if self.status == FAILED:
            return f"{self.name}: FAILED: {self.detail}"
        return f"{self.name}: {self.status} ({self.detail})" if self.detail else f"{self.name}: {self.status}"


def check_model() -> CheckResult:
    """The model's checksum matches, it loads, and it tells a known warning sign from small talk."""
    from .analysis.model_files import ModelError, load_model_info

    try:
        info = load_model_info()
    except ModelError as exc:
        return CheckResult("model", FAILED, str(exc))
    from .analysis.scorer import Scorer
    from .analysis.taxonomy import LABELS

    probs = Scorer(info).score([CONCERNING, ORDINARY])
    column = LABELS.index(PROBE_INDICATOR)
    high, low = float(probs[0, column]), float(probs[1, column])
    threshold = info.thresholds.get(PROBE_INDICATOR, 0.5)
    scores = f"'{PROBE_INDICATOR}' scored {high:.2f} and {low:.2f} against a threshold of {threshold:.2f}"
    if high <= threshold:
        return CheckResult("model", FAILED, f"the model missed a known request for secrecy ({scores}); "
                           "reinstall Guardian")
    if low >= threshold:
        return CheckResult("model", FAILED, f"the model flagged an ordinary message ({scores}); reinstall Guardian")
    return CheckResult("model", OK, f"{info.name} {info.version}, checksum matches; a request for secrecy and "
                       f"an ordinary message: {scores}")


def check_guidance() -> CheckResult:
    """Every indicator text, level sentence, heading and template, in every shipped locale."""
    from .analysis.taxonomy import LABELS
    from .guidance import LOCALES, heading, indicator_text, level_sentence, not_a_verdict, steps
    from .guidance.summary import messages
    from .guidance.texts import guidance_dir

    for locale in LOCALES:
        if not guidance_dir(locale).is_dir():
            return CheckResult("guidance", FAILED, f"the guidance folder {guidance_dir(locale)} is missing")
        try:
            for label in LABELS:
                indicator_text(label, locale)
            level_sentence("high", locale)
            steps("high", locale)
            not_a_verdict(locale)
            heading("do_now", locale)
            messages(locale)
        except Exception as exc:  # GuidanceError, or a malformed file
            return CheckResult("guidance", FAILED, f"{locale}: {exc}")
    return CheckResult("guidance", OK, ", ".join(LOCALES))


def check_lexicons() -> CheckResult:
    from .analysis.lexicon import Lexicon

    folder = paths.resources_dir() / "lexicon"
    files = sorted(folder.glob("sexual_content.*.txt"))
    if not files:
        return CheckResult("lexicons", FAILED, f"no lexicon files in {folder}")
    terms = len(Lexicon.load(folder).terms)
    if not terms:
        return CheckResult("lexicons", FAILED, f"the lexicon files in {folder} hold no terms")
    return CheckResult("lexicons", OK, f"{len(files)} languages, {terms} terms")


def check_helplines() -> CheckResult:
    path = paths.resources_dir() / "helplines" / "helplines.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return CheckResult("helplines", FAILED, f"cannot read {path}: {exc}")
    countries = data.get("countries") if isinstance(data, dict) else None
    if not isinstance(countries, dict) or not countries:
        return CheckResult("helplines", FAILED, f"{path} lists no countries")
    return CheckResult("helplines", OK, f"{len(countries)} countries")


def check_icons() -> CheckResult:
    folder = paths.resources_dir() / "icons"
    missing = [f"shield-{s}.svg" for s in ICON_STATES if not (folder / f"shield-{s}.svg").is_file()]
    if missing:
        return CheckResult("icons", FAILED, f"missing from {folder}: {', '.join(missing)}")
    return CheckResult("icons", OK, f"{len(ICON_STATES)} tray icons")


def check_translations() -> CheckResult:
    folder = paths.resources_dir() / "translations"
    if not folder.is_dir():
        return CheckResult("translations", SKIPPED, "no translations yet")
    compiled = sorted(p.name for p in folder.glob("*.qm"))
    if not compiled:
        return CheckResult("translations", FAILED, f"{folder} holds no compiled .qm files")
    return CheckResult("translations", OK, ", ".join(compiled))


def check_store(throwaway: bool) -> CheckResult:
    """Open (create, migrate) the profile's store and round-trip a row.

    A throwaway profile's row is committed and read back after reopening; in a real profile
    the row is written and read inside one transaction that is then rolled back.
    """
    from .store import Store, StoreError

    path = paths.store_path()
    marker = f"self-test-{uuid.uuid4().hex}"
    row = ("(self-test)", marker, 0, 0.0, "2000-01-01T00:00:00", "2000-01-01T00:00:00")
    insert = ("INSERT INTO sources (path, sha256, size, mtime, first_ingested, last_ingested) "
              "VALUES (?, ?, ?, ?, ?, ?)")
    select = "SELECT path FROM sources WHERE sha256 = ?"

    class _Rollback(Exception):
        pass

    found = None
    try:
        with Store(path) as store:
            try:
                with store.transaction() as conn:
                    conn.execute(insert, row)
                    found = conn.execute(select, (marker,)).fetchone()
                    if not throwaway:
                        raise _Rollback
            except _Rollback:
                pass
        if throwaway:
            with Store(path) as store:
                found = store.query_one(select, (marker,))
                version = store.version
        else:
            version = None
    except StoreError as exc:
        return CheckResult("store", FAILED, str(exc))
    if found is None or found[0] != row[0]:
        return CheckResult("store", FAILED, f"a row written to {path} could not be read back")
    where = "a temporary profile" if throwaway else str(path)
    kept = f", schema version {version}" if version is not None else ", nothing kept"
    return CheckResult("store", OK, f"opened in {where}, a row written and read back{kept}")


def check_keyring() -> CheckResult:
    """Which keyring backend Guardian would use; only inspected, never written to."""
    try:
        import keyring
    except ImportError as exc:
        return CheckResult("keyring", FAILED, f"the keyring library is missing from this installation ({exc})")
    try:
        backend = keyring.get_keyring()
        chain = getattr(backend, "backends", None)
        effective = chain[0] if chain else backend  # a chainer writes to its first backend
        kind = type(effective)
        name = f"{kind.__module__}.{kind.__qualname__}"
        priority = effective.priority
    except Exception as exc:  # keyring reports a broken setup by raising from its lookups
        name, priority = f"unusable ({type(exc).__name__})", 0
    if name.startswith(_INSECURE_KEYRINGS) or priority <= 0:
        return CheckResult("keyring", OK, f"no secure system keyring is available here (the backend is "
                           f"{name}), so Guardian keeps no secrets in one and its profile is protected by "
                           "this computer account's own file permissions")
    override = os.environ.get("PYTHON_KEYRING_BACKEND")
    note = ", chosen by PYTHON_KEYRING_BACKEND" if override else ""
    return CheckResult("keyring", OK, f"{name}, priority {priority:g}{note}")


def check_telemetry() -> CheckResult:
    value = os.environ.get("ORT_DISABLE_TELEMETRY")
    if value != "1":
        return CheckResult("telemetry", FAILED, f"ORT_DISABLE_TELEMETRY is {value!r}, not '1'; onnxruntime's "
                           "official builds queue telemetry unless it is set to 1 before they load")
    return CheckResult("telemetry", OK, "ORT_DISABLE_TELEMETRY=1, onnxruntime's telemetry is off")


def check_network(attempts: list[str]) -> CheckResult:
    if attempts:
        shown = "; ".join(attempts[:5]) + (f"; and {len(attempts) - 5} more" if len(attempts) > 5 else "")
        return CheckResult("network", FAILED, f"{len(attempts)} network attempt(s) during the self-test, "
                           f"all blocked: {shown}")
    return CheckResult("network", OK, "no connection or host lookup was attempted during the self-test")
