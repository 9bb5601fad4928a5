"""``guardian self-test`` and ``guardian-app --self-test``: is this installation able to work?

It checks, from a checkout or from inside a built bundle, that the model loads and scores a
known message, the resources are found, the store opens, the keyring is reachable (or the
fallback is explained), onnxruntime's telemetry is off and nothing uses the network. Each
check prints one plain line; the exit status is 0 when all pass and 1 otherwise.

Without a profile the store is checked in a temporary one: the user's profile is never
touched. No Qt here, so it runs on a machine without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before anything imports onnxruntime

import tempfile  # noqa: E402
from collections.abc import Callable, Iterator, Sequence  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402

from . import paths, selftest_checks  # noqa: E402
from .netaudit import NetworkAudit  # noqa: E402
from .selftest_checks import FAILED, CheckResult  # noqa: E402

EXIT_PASSED, EXIT_FAILED = 0, 1

Check = Callable[[], CheckResult]


def default_checks(throwaway_profile: bool) -> list[Check]:
    """The checks, in the order they are printed (the network check always comes last)."""
    c = selftest_checks

    def check_store() -> CheckResult:
        return c.check_store(throwaway_profile)

    return [c.check_telemetry, c.check_model, c.check_guidance, c.check_lexicons, c.check_helplines,
            c.check_icons, c.check_translations, check_store, c.check_keyring]


@contextmanager
def _profile(profile: str | Path | None) -> Iterator[tuple[Path, bool]]:
    """GUARDIAN_HOME for the run: a temporary folder, or the given one (which must exist).
    Yields the folder and whether it is a throwaway one."""
    previous = os.environ.get("GUARDIAN_HOME")
    with tempfile.TemporaryDirectory(prefix="guardian-selftest-") as tmp:
        folder = Path(tmp) if profile is None else Path(profile)
        os.environ["GUARDIAN_HOME"] = str(folder)
        try:
            yield folder, profile is None
        finally:
            if previous is None:
                os.environ.pop("GUARDIAN_HOME", None)
            else:
                os.environ["GUARDIAN_HOME"] = previous


def _run_one(check: Check) -> CheckResult:
    name = getattr(check, "__name__", "check").removeprefix("check_")
    try:
        return check()
    except Exception as exc:  # a check that crashes is a failed check, said plainly
        return CheckResult(name, FAILED, f"{type(exc).__name__}: {exc}")


def run_checks(checks: Sequence[Check]) -> list[CheckResult]:
    """Runs the checks under a network audit and appends the network check's result."""
    with NetworkAudit() as audit:
        results = [_run_one(check) for check in checks]
    results.append(selftest_checks.check_network(audit.attempts))
    return results


def run_self_test(profile: str | Path | None = None, write: Callable[[str], None] = print,
                  checks: Sequence[Check] | None = None) -> int:
    """Runs every check, writes one line per check and a verdict, returns the exit status.

    ``profile`` None checks the store in a temporary profile; "" means the user's own
    profile (``GUARDIAN_HOME`` or the platform default); a path means that profile folder.
    """
    if profile == "":
        profile = paths.profile_dir()
    if profile is not None and not Path(profile).is_dir():
        write(f"store: FAILED: the profile folder {profile} does not exist")
        write("Self-test FAILED.")
        return EXIT_FAILED
    with _profile(profile) as (_folder, throwaway):
        results = run_checks(default_checks(throwaway) if checks is None else checks)
    for result in results:
        write(result.line())
    failed = [r for r in results if not r.passed]
    if failed:
        write(f"Self-test FAILED: {len(failed)} of {len(results)} checks failed "
              f"({', '.join(r.name for r in failed)}).")
        return EXIT_FAILED
    skipped = sum(r.status == selftest_checks.SKIPPED for r in results)
    write(f"Self-test passed: {len(results) - skipped} checks ok" + (f", {skipped} skipped." if skipped else "."))
    return EXIT_PASSED
