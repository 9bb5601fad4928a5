"""Measures the whole detector (message model + risk engine) on data it was never trained on.

    python models/training/evaluate.py [--per-language 60] [--seed 0] [--json]

1. Message level, on the held-out split: precision and recall per indicator and per language.
2. Conversation level, per language: chats composed from held-out lines only. A grooming chat is
   innocent small talk, then tactic lines in the usual stage order (targeting, trust, needs,
   isolating, sexualising, control, meeting) with ordinary lines between them; a benign chat is
   40–400 ordinary and hard-negative lines. Reports precision, recall, F0.5, ROC-AUC, the false-
   alarm rate on hard-negative-heavy chats, and the early-detection delay (messages between the
   first tactic message and the alert).
3. The hand-written WhatsApp conversations in data/conversations (see evaluate_conversations.py).

Composed chats are a proxy: real chats are messier. The figures are reported as such in the model card.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE))

from guardian_app.analysis.risk import CONCERNING  # noqa: E402
from guardian_app.analysis.taxonomy import LABELS, STAGE_OF, STAGE_RANK  # noqa: E402
from guardian_app.domain import Conversation, Message  # noqa: E402
from guardian_app.pipeline import analyze  # noqa: E402

HELDOUT = HERE / "data" / "heldout"
CHILD, CONTACT = "Kid", "Contact"


def load_heldout(half: str = "all") -> dict[str, dict[str, list[dict]]]:
    """lang -> {"pos": rows, "neg": rows, "hard": rows}.

    ``half`` "dev" keeps the even lines of each file, "test" the odd ones: the risk engine's
    settings may be looked at on dev; figures are reported on test.
    """
    out: dict[str, dict[str, list[dict]]] = defaultdict(lambda: {"pos": [], "neg": [], "hard": []})
    for path in sorted(HELDOUT.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or (half == "dev" and n % 2) or (half == "test" and not n % 2):
                continue
            row = json.loads(line)
            lang = row.get("lang", "en")
            if row["labels"]:
                out[lang]["pos"].append(row)
            else:
                out[lang]["neg"].append(row)
                if str(row.get("note", "")).startswith(("hard", "hard_")):
                    out[lang]["hard"].append(row)
    return dict(out)


def _stage(row: dict) -> int:
    return min(STAGE_RANK[STAGE_OF[i]] for i in row["labels"])


def compose_grooming(rng: random.Random, pool: dict[str, list[dict]]) -> tuple[list[tuple[str, str]], int, int]:
    """(sender, text) pairs, the index of the first tactic message and of the first concerning one."""
    by_stage: dict[int, list[dict]] = defaultdict(list)
    for row in pool["pos"]:
        by_stage[_stage(row)].append(row)
    tactics: list[dict] = []
    for stage in sorted(by_stage):
        want = {0: 2, 1: 2, 2: 1, 3: 2, 4: 2, 5: 1, 6: 1}.get(stage, 1)
        if stage >= 5 and rng.random() < 0.5:  # not every groomer threatens or asks to meet
            continue
        tactics.extend(rng.sample(by_stage[stage], min(want, len(by_stage[stage]))))
    chat: list[tuple[str, str]] = []
    for _ in range(rng.randint(10, 30)):
        chat.append((rng.choice((CHILD, CONTACT)), rng.choice(pool["neg"])["text"]))
    first = len(chat)
    first_concerning = None
    for row in tactics:
        if first_concerning is None and set(row["labels"]) & CONCERNING:
            first_concerning = len(chat)
        chat.append((CONTACT, row["text"]))
        for _ in range(rng.randint(1, 3)):
            chat.append((rng.choice((CHILD, CONTACT)), rng.choice(pool["neg"])["text"]))
    return chat, first, first_concerning if first_concerning is not None else first


def compose_benign(rng: random.Random, pool: dict[str, list[dict]], hard_share: float) -> list[tuple[str, str]]:
    chat = []
    for _ in range(rng.randint(40, 400)):
        source = pool["hard"] if pool["hard"] and rng.random() < hard_share else pool["neg"]
        chat.append((rng.choice((CHILD, CONTACT)), rng.choice(source)["text"]))
    return chat


def to_conversation(chat: list[tuple[str, str]], key: str) -> Conversation:
    start = datetime(2024, 3, 1, 16, 0)
    messages = [Message(sender=s, text=t, timestamp=start + timedelta(minutes=7 * i), index=i)
                for i, (s, t) in enumerate(chat)]
    return Conversation(key=key, source=key, format="composed", title=key,
                        participants=[CHILD, CONTACT], messages=messages)


def roc_auc(scores: list[float], truth: list[bool]) -> float:
    pos = [s for s, t in zip(scores, truth, strict=True) if t]
    neg = [s for s, t in zip(scores, truth, strict=True) if not t]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def conversation_metrics(rows: list[dict]) -> dict:
    tp = sum(r["grooming"] and r["alert"] for r in rows)
    fp = sum(not r["grooming"] and r["alert"] for r in rows)
    fn = sum(r["grooming"] and not r["alert"] for r in rows)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f05 = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    hard = [x for x in rows if not x["grooming"] and x["hard_heavy"]]
    delays = [x["delay"] for x in rows if x["grooming"] and x["delay"] is not None]
    delays_c = [x["delay_concerning"] for x in rows if x["grooming"] and x["delay_concerning"] is not None]
    return {
        "chats": len(rows), "precision": round(p, 3), "recall": round(r, 3), "f0.5": round(f05, 3),
        "roc_auc": round(roc_auc([x["risk"] for x in rows], [x["grooming"] for x in rows]), 3),
        "false_alarm_rate": round(fp / max(1, sum(not x["grooming"] for x in rows)), 3),
        "false_alarm_rate_hard": round(sum(x["alert"] for x in hard) / max(1, len(hard)), 3),
        "median_delay": statistics.median(delays) if delays else None,
        "median_delay_after_first_concerning": statistics.median(delays_c) if delays_c else None,
    }


def evaluate_composed(per_language: int, seed: int, half: str = "test") -> dict:
    rng = random.Random(seed)
    pools = load_heldout(half)
    rows: list[dict] = []
    for lang, pool in sorted(pools.items()):
        if not pool["pos"] or not pool["neg"]:
            continue
        convs, meta = [], []
        for n in range(per_language):
            chat, first, concerning = compose_grooming(rng, pool)
            convs.append(to_conversation(chat, f"{lang}-g{n}"))
            meta.append({"lang": lang, "grooming": True, "first": first, "concerning": concerning,
                         "hard_heavy": False})
        for n in range(per_language):
            hard_heavy = n % 2 == 0
            chat = compose_benign(rng, pool, 0.6 if hard_heavy else 0.15)
            convs.append(to_conversation(chat, f"{lang}-b{n}"))
            meta.append({"lang": lang, "grooming": False, "first": None, "concerning": None,
                         "hard_heavy": hard_heavy})
        for m, a in zip(meta, analyze(convs, [CHILD]), strict=True):
            first_alert = a.first_alert_message
            delay = delay_concerning = None
            if m["grooming"] and first_alert is not None:
                delay = max(0, first_alert - m["first"])
                delay_concerning = first_alert - m["concerning"]
            rows.append({**m, "alert": a.alert, "risk": a.risk, "delay": delay, "delay_concerning": delay_concerning})
    result = {"all": conversation_metrics(rows)}
    for lang in sorted({r["lang"] for r in rows}):
        result[lang] = conversation_metrics([r for r in rows if r["lang"] == lang])
    return result


def evaluate_long_benign(seed: int, half: str = "test") -> dict:
    """False alarms on long ordinary chats: each language's held-out negatives, shuffled and cut
    (without repeating a line) into chats of 120-300 messages between two people."""
    rng = random.Random(seed)
    convs, langs = [], []
    for lang, pool in sorted(load_heldout(half).items()):
        for rep in range(3):
            lines = list(pool["neg"])
            rng.shuffle(lines)
            start = 0
            while len(lines) - start >= 60:
                size = rng.randint(120, 300)
                chunk = lines[start:start + size]
                start += size
                chat = [(CONTACT if rng.random() < 0.5 else CHILD, r["text"]) for r in chunk]
                convs.append(to_conversation(chat, f"{lang}-long{rep}-{start}"))
                langs.append(lang)
    alerts: dict[str, list[bool]] = defaultdict(list)
    for lang, a in zip(langs, analyze(convs, [CHILD]), strict=True):
        alerts[lang].append(a.alert)
    out = {lang: {"chats": len(v), "false_alarms": sum(v)} for lang, v in alerts.items()}
    out["all"] = {"chats": len(langs), "false_alarms": sum(sum(v) for v in alerts.values())}
    return out


def evaluate_messages() -> dict:
    from train import evaluate

    from guardian_app.analysis.scorer import shared_scorer

    scorer = shared_scorer()
    out = {}
    pools = load_heldout()
    for lang, pool in sorted(pools.items()):
        rows = pool["pos"] + pool["neg"]
        y = np.array([[lab in r["labels"] for lab in LABELS] for r in rows], np.float32)
        probs = scorer.score([r["text"] for r in rows])
        out[lang] = evaluate(probs, y, scorer.thresholds)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-language", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--half", choices=("dev", "test", "all"), default="test",
                        help="which half of the held-out lines to compose chats from (default: test)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--write", action="store_true",
                        help="save the report as models/guardian-risk.evaluation.json and refresh MODEL_CARD.md")
    args = parser.parse_args()
    from evaluate_conversations import evaluate as handwritten

    report = {"messages": evaluate_messages(),
              "conversations": evaluate_composed(args.per_language, args.seed, args.half),
              "long_benign": evaluate_long_benign(args.seed, args.half),
              "handwritten": handwritten(),
              "handwritten_multilingual": handwritten(HERE / "data" / "conversations_ml")}
    if args.write:
        import model_card

        report["settings"] = {"half": args.half, "per_language": args.per_language, "seed": args.seed}
        models = HERE.parents[1] / "models"
        (models / "guardian-risk.evaluation.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
        model_card.write(models)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print("Message level (held-out lines):")
    for lang, m in report["messages"].items():
        print(f"  {lang:8} P={m['micro']['precision']:.3f} R={m['micro']['recall']:.3f} F1={m['micro']['f1']:.3f} "
              f"negatives with a hit={m['negative_lines_with_any_hit']:.3f} ({m['lines']} lines)")
    print(f"Conversation level (chats composed from the {args.half} half of the held-out lines):")
    for lang, m in report["conversations"].items():
        print(f"  {lang:8} P={m['precision']:.3f} R={m['recall']:.3f} F0.5={m['f0.5']:.3f} AUC={m['roc_auc']:.3f} "
              f"FA={m['false_alarm_rate']:.3f} FA(hard)={m['false_alarm_rate_hard']:.3f} "
              f"delay={m['median_delay']}/{m['median_delay_after_first_concerning']} ({m['chats']} chats)")
    long = report["long_benign"]
    print("Long ordinary chats (held-out negatives, no line repeated): false alarms "
          + ", ".join(f"{lang} {m['false_alarms']}/{m['chats']}" for lang, m in long.items()))
    for name, label in (("handwritten", "Hand-written English WhatsApp chats"),
                        ("handwritten_multilingual", "Hand-written chats in 7 languages and 9 formats")):
        hw = report[name]
        g = [r for r in hw if r["grooming"]]
        b = [r for r in hw if not r["grooming"]]
        print(f"{label}: {sum(r['first_alert'] is not None for r in g)}/{len(g)} grooming alerted "
              f"({sum(r['ok'] for r in g)} in the fair window); {sum(r['ok'] for r in b)}/{len(b)} benign quiet")
        for r in hw:
            if not r["ok"]:
                print(f"    miss: {r['file']} first alert {r['first_alert']} window {r['window']} level {r['level']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
