"""The short-lived ingest worker: ``python -m guardian_app.watch.worker [--prewarm] [--memory B] [--cpu S]``.

Sets its resource limits first, optionally loads the importers and the model while it
waits (``--prewarm``: a spare worker is then ready the moment an export settles), reads
one JSON job on stdin (paths, children, store), ingests, writes one JSON result to the
original stdout and exits. Anything a library prints goes to stderr, which the parent
discards.
"""

from __future__ import annotations

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before anything imports onnxruntime

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402


def apply_limits(memory_bytes: int, cpu_seconds: int) -> None:
    """Memory (address space), CPU time and no core dumps (they would hold chat text). POSIX only."""
    try:
        import resource
    except ImportError:  # Windows: a Job Object would be the equivalent (not done here)
        return
    for limit, value in ((resource.RLIMIT_AS, memory_bytes), (resource.RLIMIT_CPU, cpu_seconds),
                         (resource.RLIMIT_CORE, 0)):
        if value is None:
            continue
        _soft, hard = resource.getrlimit(limit)
        wanted = value if hard == resource.RLIM_INFINITY else min(value, hard)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(limit, (wanted, hard))


def run(job: dict[str, Any]) -> dict[str, Any]:
    from ..ingest import ingest_paths
    from ..store import Store
    from .isolate import classify_error

    try:
        with Store(job["store"]) as store:
            report = ingest_paths(job.get("paths", []), job.get("children", []), store=store)
    except BaseException as exc:  # reported to the parent as a kind and a plain sentence
        kind, message = classify_error(exc)
        return {"failure": kind, "message": message}
    return {"report": report.to_dict()}


def _prewarm() -> None:
    """Import the importers and load the model before any chat text arrives."""
    from .. import pipeline

    pipeline.model_version()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="guardian-ingest-worker")
    parser.add_argument("--prewarm", action="store_true")
    parser.add_argument("--memory", type=int, default=2 << 30, help="address-space limit in bytes")
    parser.add_argument("--cpu", type=int, default=600, help="CPU-time limit in seconds")
    args = parser.parse_args(argv)
    result_out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # stray prints cannot corrupt the result
    apply_limits(args.memory, args.cpu)
    if args.prewarm:
        with contextlib.suppress(Exception):  # a broken model is reported by the ingest itself
            _prewarm()
    raw = sys.stdin.read()
    if not raw.strip():
        return 0  # the parent closed a spare it no longer needs
    result = run(json.loads(raw))
    json.dump(result, result_out, ensure_ascii=False)
    result_out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
