"""Conversation-level check of the whole detector on the synthetic chats in data/conversations.

    python models/training/evaluate_conversations.py [--json]

For each chat in manifest.json: did the contact alert, and did the first alert fall inside the
window the chat's author marked (not before ``earliest_alert``, not after ``latest_alert``)?
Benign chats must not alert. Prints one line per chat and a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from guardian_app.pipeline import analyze, read_paths  # noqa: E402

FOLDER = HERE / "data" / "conversations"


def evaluate(folder: Path = FOLDER) -> list[dict]:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    rows = []
    for item in manifest:
        _, convs = read_paths([folder / item["file"]])
        (assessment,) = analyze(convs, [item["child"]])
        worst = assessment.top
        first = assessment.first_alert_message
        if item["grooming"]:
            ok = first is not None and item["earliest_alert"] <= first <= item["latest_alert"]
        else:
            ok = first is None
        rows.append({"file": item["file"], "grooming": item["grooming"], "ok": ok,
                     "first_alert": first, "window": [item["earliest_alert"], item["latest_alert"]],
                     "level": assessment.level, "risk": round(assessment.risk, 3),
                     "indicators": [i.id for i in worst.indicators] if worst else []})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = evaluate()
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        kind = "grooming" if r["grooming"] else "benign  "
        print(f"{'ok  ' if r['ok'] else 'MISS'} {kind} {r['file']:<42} first={r['first_alert']!s:<5} "
              f"window={r['window']} level={r['level']:<8} {','.join(r['indicators'])}")
    groom = [r for r in rows if r["grooming"]]
    benign = [r for r in rows if not r["grooming"]]
    print(f"grooming chats alerted in window: {sum(r['ok'] for r in groom)}/{len(groom)}; "
          f"benign chats without alert: {sum(r['ok'] for r in benign)}/{len(benign)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
