"""Prints how fast each importer reads, and how much memory it needs, as exports grow.

For WhatsApp, Telegram JSON, DiscordChatExporter JSON, Messenger JSON, SMS Backup & Restore
XML, Guardian's generic CSV and a Slack day file, it writes synthetic (non-explicit) exports of
10k, 40k and 120k messages in a temporary folder and reads each through
``registry.read_export`` in a fresh subprocess. Figures per run: MB/s, messages/s, the memory
the finished conversations hold, and the parser's working memory on top of that (tracemalloc
peak minus what is still held at the end), also per message. The conversations themselves
must grow with the chat; a streaming parser's working memory per message stays flat (it holds
copies of messages, never the file), while a parser that reads the whole file first shows a
large or growing figure. A second table keeps 5,000 messages and grows the file with data the
importers skip (base64-like blobs, as thumbnails are): a streaming parser's working memory
stays flat there. It prints figures only; nothing is asserted.

    python bench/importers.py [--sizes 10000,40000,120000] [--formats whatsapp,slack] [--pads 1000,4000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from importer_exports import GENERATORS, PADDED

ROOT = Path(__file__).resolve().parents[1]
CHILD = r"""
import gc, json, sys, time, tracemalloc
from pathlib import Path
from guardian_app.importers.registry import ExportFile, read_export
ef = ExportFile(Path(sys.argv[1]))
start = time.perf_counter()
convs = read_export(ef)
seconds = time.perf_counter() - start
count = sum(len(c.messages) for c in convs)
del convs
gc.collect()
tracemalloc.start()
convs = read_export(ef)
held, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(json.dumps({"seconds": seconds, "messages": count, "held": held, "peak": peak}))
"""


def _measure(path: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), ORT_DISABLE_TELEMETRY="1")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env,
                          check=False, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return json.loads(done.stdout)


def _mb(n: float) -> str:
    return f"{n / 1e6:8.1f}"


def _header() -> None:
    print(f"{'format':<10} {'messages':>9} {'file MB':>8} {'MB/s':>7} {'msgs/s':>9} "
          f"{'held MB':>8} {'work MB':>8} {'work B/msg':>10}  (work = tracemalloc peak - held)")


def _run(tmp: Path, fmt: str, n: int, pad: int) -> None:
    relative, write = GENERATORS[fmt]
    path = tmp / fmt / f"{n}-{pad}" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    write(path, n, pad)
    size = path.stat().st_size
    try:
        r = _measure(path)
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"{fmt:<10} {n:>9} {_mb(size)} failed: {exc}")
        return
    finally:
        path.unlink()
    secs = max(r["seconds"], 1e-9)
    work = r["peak"] - r["held"]
    print(f"{fmt:<10} {int(r['messages']):>9} {_mb(size)} {size / 1e6 / secs:7.1f} {r['messages'] / secs:9.0f} "
          f"{_mb(r['held'])} {_mb(work)} {work / max(r['messages'], 1):10.0f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,40000,120000", help="messages per export, comma separated")
    parser.add_argument("--formats", default=",".join(GENERATORS), help="which generators to run")
    parser.add_argument("--pads", default="1000,4000", help="skipped bytes per message for the second table")
    parser.add_argument("--padded-messages", type=int, default=5000, help="messages in the padded exports")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    formats = [f for f in args.formats.split(",") if f]
    args.pads = [int(p) for p in args.pads.split(",") if p]
    unknown = [f for f in formats if f not in GENERATORS]
    if unknown:
        parser.error(f"unknown format(s): {', '.join(unknown)}; known: {', '.join(GENERATORS)}")
    with tempfile.TemporaryDirectory(prefix="guardian-bench-") as tmp:
        print("Growing chats (work B/msg flat: the parser holds messages, not the file)")
        _header()
        for fmt in formats:
            for n in sizes:
                _run(Path(tmp), fmt, n, 0)
        padded = [f for f in formats if f in PADDED]
        if padded and args.pads:
            print(f"\nThe same {args.padded_messages} messages, file grown by skipped base64-like data per message "
                  "(work MB flat: streaming)")
            _header()
            for fmt in padded:
                for pad in [0, *args.pads]:
                    _run(Path(tmp), fmt, args.padded_messages, pad)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
