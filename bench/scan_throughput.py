"""Prints how many messages per second ``guardian scan`` handles on this machine.

Generates a 100,000-message WhatsApp export (synthetic, non-explicit) in a temporary folder,
then times reading and scoring it, as ``scan_paths`` does for ``guardian scan``.

    python bench/scan_throughput.py [--messages N]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

LINES = [
    "hey whats up", "lol same", "did u finish the maths homework?", "practice is at 5 tmrw",
    "omg that game last night was insane", "can u send me the notes from bio", "ok see u at lunch",
    "my mum says i can come to the party", "haha no way", "what time does the movie start",
    "im so tired rn", "bring ur charger pls", "we won 3-1!!", "gg", "brb dinner",
    "did u see the new skin in the shop", "thats so cool", "k", "wanna play later?", "night!",
    "how old are you btw", "dont tell anyone we talk ok", "add me on snap its more private",
    "send me a pic of u rn", "u seem really mature for ur age",
]


WORDS = (
    "maths science lunch bus park game level boss skin map team coach mum dad sister brother dog cat "
    "pizza movie song album party weekend monday friday tonight tomorrow later homework test quiz "
    "club match goal pitch phone charger jacket shoes snow rain sun beach pool library"
).split()


def message(rng: random.Random) -> str:
    """Mostly distinct texts, so the benchmark cannot lean on repeated lines."""
    parts = [rng.choice(LINES)]
    for _ in range(rng.randint(0, 2)):
        parts.append(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))))
    if rng.random() < 0.3:
        parts.append(str(rng.randint(1, 999)))
    return " ".join(parts)


def write_export(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    t = datetime(2024, 1, 1, 8, 0)
    senders = ["Sam", "Alex"]
    with path.open("w", encoding="utf-8") as f:
        for _ in range(n):
            t += timedelta(seconds=rng.randint(5, 600))
            text = message(rng)
            f.write(f"{t:%d/%m/%Y, %H:%M} - {rng.choice(senders)}: {text}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from guardian_app.pipeline import analyze, read_paths

    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "WhatsApp Chat with Alex.txt"
        write_export(export, args.messages)
        size_mb = export.stat().st_size / 1e6
        t0 = time.perf_counter()
        from guardian_app.analysis.scorer import shared_scorer

        shared_scorer()
        t_load = time.perf_counter() - t0
        t1 = time.perf_counter()
        sources, convs = read_paths([export])
        t2 = time.perf_counter()
        results = analyze(convs)
        t3 = time.perf_counter()
        texts = [m.text for c in convs for m in c.messages]
        scored = sum(m.sender != r.child for r in results for m in r.conversation.messages)
        t4 = time.perf_counter()
        shared_scorer().score(texts)
        t5 = time.perf_counter()
    n = sum(s.messages for s in sources)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"export: {n:,} messages, {size_mb:.1f} MB")
    print(f"model load: {t_load * 1000:.0f} ms")
    print(f"read (parse): {t2 - t1:.2f} s  = {n / (t2 - t1):,.0f} msg/s")
    print(f"analyse (score + risk): {t3 - t2:.2f} s  = {n / (t3 - t2):,.0f} msg/s")
    print(f"scan total: {t3 - t1:.2f} s  = {n / (t3 - t1):,.0f} msg/s "
          f"(only the contacts' messages are scored: {scored:,} of them)")
    print(f"scoring every message (both sides): {t5 - t4:.2f} s  = {len(texts) / (t5 - t4):,.0f} msg/s")
    print(f"peak RSS: {peak_mb:.0f} MB; contacts assessed: {sum(len(r.contacts) for r in results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
