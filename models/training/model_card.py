"""Writes models/MODEL_CARD.md from the model's metadata, so the card's figures are the measured ones.

    python models/training/model_card.py      (train.py also calls it after training)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

TEMPLATE = """# Model card: {name} {version}

**What it is.** A message-level, multi-label classifier that gives, for each message a contact
sent to a child, a probability for each of the 20 grooming indicators in DESIGN.md. Each
message becomes hashed character n-grams (2–5 characters) and word uni- and bigrams (Chinese:
characters, character pairs and triples) of a normalised text (lowercase, invisible marks
removed, leetspeak folded, spaced-out letters such as "s n a p" joined, a few emoji spelt out,
Traditional Chinese folded onto Simplified). Their embeddings are summed into one vector, which a
hidden ReLU layer of {hidden} units turns into the 20 probabilities, so context in the same message
("turn the camera on so grandad can see") can change a phrase's meaning. It runs with
onnxruntime on the CPU; the ONNX file is
{size_mb:.1f} MB and loads in about 0.1 s. `sexual_content` is not learned from sentences: it
comes from the curated term lists in `resources/lexicon/`.

**What it is for.** Guardian's risk engine (`src/guardian_app/analysis/risk.py`) combines these
message scores per contact, causally, into a level (none, low, medium, high, critical), looking at
the contact's last 80 messages. An indicator counts only when it is strong, repeated, or one of at
least four different signs within ten messages, and an alert needs the grooming *approach*
(age or personal probing, flattery, gifts, exclusivity, isolation, questions about parents)
together with concerning requests, or threats/sextortion. **A score is a signal for a parent to
look, never a verdict** about a person.

## Training data

All training text is synthetic, written by hand for this project, and strictly non-explicit:
tactics are shown (age probing, secrecy, gifts, isolation, moving apps, photo and meeting
requests, threats), never sexual description. {training_lines:,} lines in
`models/training/data/train/`, by language: {by_lang}. Negatives include ordinary chat and hard
negatives (teens of the same age flirting and asking each other's age, surprise parties, coaches
and tutors arranging things openly with parents, game trades and gift cards, friends moving to
Discord, selfies among friends, gifts from relatives, siblings' secrets, parents checking in).
Data hash: `{data_hash}`.

Positive lines per indicator: {positives}.

## Evaluation

The held-out split (`models/training/data/heldout/`) was written separately from the training
split, by other authors, with different scenarios, names and phrasing; it is never used for
training or for choosing thresholds (thresholds come from out-of-fold predictions on the
training split, maximising F0.5).

Held-out, all languages: precision {hp}, recall {hr}, F1 {hf} over {hlines:,} lines; {hneg} of
negative lines get at least one indicator above its threshold.

| language | lines | precision | recall | F1 | negatives with any hit |
|---|---|---|---|---|---|
{lang_rows}

| indicator | precision | recall | F1 | support |
|---|---|---|---|---|
{label_rows}

### Whole conversations

`python models/training/evaluate.py --write` measures the message model and the risk engine
together. **Composed chats** are built only from held-out lines (the "test" half; the engine's
settings were chosen looking at the other, "dev", half): a grooming chat is small talk, then
tactic lines in the usual stage order with ordinary lines between them; a benign chat is 40–400
ordinary and hard-negative lines. They are a proxy, cleaner than real chats.

{composed}

**Long ordinary chats**, 120–300 messages cut from the held-out negatives without repeating a
line (the "test" half): {long_benign}

**Hand-written chats**, whole conversations written separately from all training lines and saved
in real export formats: {handwritten}

The early-detection delay is the number of messages between the first tactic message (or the first
concerning one) and the alert; the engine waits until several signs corroborate each other, which
keeps false alarms down at the cost of a later alert.

## Where it fails (read this before trusting a quiet result)

- **It has only seen synthetic chats.** Real children and real offenders write in ways no
  synthetic set covers; expect lower recall and more false alarms on real chats than the figures
  above.
- **Meaning it has not seen.** A bag of n-grams does not understand a paraphrase whose words it
  never met, sarcasm, or a tactic spread over several short messages. Slow, polite groomers who
  never use typical words are the hardest case.
- **Languages.** Only the languages listed above were trained; others (and heavy dialect or
  romanisation) get little or no detection.
- **Context.** The model does not know who the contact is. A parent's pick-up, a relative's
  gift, or a friend's "keep it a secret" can look like a tactic; the risk engine's rules reduce but
  do not remove this. A groomer who pretends to be family defeats those rules.
- **Only text.** Photos, videos, voice notes, stickers, deleted and disappearing messages are not
  analysed (Guardian never opens media). Only the contact's messages are scored, not the child's.
- **Explicit language** is matched from a term list, so new slang and misspellings outside the
  list are missed, and an ambiguous word can misfire.

Built with: {built_with}. Trained at {trained_at}.
"""


def _composed(evaluation: dict) -> str:
    conv = evaluation.get("conversations")
    if not conv:
        return "(run evaluate.py --write to fill this table)"
    rows = ["| chats | language | precision | recall | F0.5 | ROC-AUC | false alarms | on hard negatives "
            "| median delay (after first tactic / first concerning) |", "|---|---|---|---|---|---|---|---|---|"]
    for lang, m in conv.items():
        rows.append(f"| {m['chats']} | {lang} | {m['precision']} | {m['recall']} | {m['f0.5']} | {m['roc_auc']} | "
                    f"{m['false_alarm_rate']} | {m['false_alarm_rate_hard']} | {m['median_delay']} / "
                    f"{m['median_delay_after_first_concerning']} |")
    return "\n".join(rows)


def _handwritten(evaluation: dict) -> str:
    parts = []
    for key, label in (("handwritten", "English WhatsApp set"),
                       ("handwritten_multilingual", "7-language set in 9 export formats")):
        rows = evaluation.get(key)
        if not rows:
            continue
        g = [r for r in rows if r["grooming"]]
        b = [r for r in rows if not r["grooming"]]
        parts.append(f"{label}: {sum(r['first_alert'] is not None for r in g)} of {len(g)} grooming chats alerted "
                     f"({sum(r['ok'] for r in g)} inside the window their author marked as fair), "
                     f"{sum(r['ok'] for r in b)} of {len(b)} benign chats stayed quiet")
    return "; ".join(parts) + "." if parts else "(run evaluate.py --write)"


def render(meta: dict, onnx_size: int, evaluation: dict | None = None) -> str:
    evaluation = evaluation or {}
    held = meta["metrics"].get("heldout", {})
    micro = held.get("micro", {})
    by_lang = meta["metrics"].get("heldout_by_language", {})
    lang_rows = "\n".join(
        f"| {g} | {m['lines']:,} | {m['precision']} | {m['recall']} | {m['f1']} | {m['negative_lines_with_any_hit']} |"
        for g, m in by_lang.items()) or "| (none) | | | | | |"
    label_rows = "\n".join(f"| `{k}` | {v['precision']} | {v['recall']} | {v['f1']} | {v['support']} |"
                           for k, v in held.get("per_label", {}).items())
    return TEMPLATE.format(
        name=meta["name"], version=meta["version"], hidden=meta.get("hidden", "?"), size_mb=onnx_size / 1e6,
        training_lines=meta["training_lines"],
        by_lang=", ".join(f"{g} {n:,}" for g, n in meta.get("training_lines_by_language", {}).items()),
        data_hash=meta["training_data_sha256"][:16],
        positives=", ".join(f"{k} {v}" for k, v in meta.get("positives_per_label", {}).items()),
        hp=micro.get("precision"), hr=micro.get("recall"), hf=micro.get("f1"), hlines=held.get("lines", 0),
        hneg=held.get("negative_lines_with_any_hit"), lang_rows=lang_rows, label_rows=label_rows,
        built_with=", ".join(f"{k} {v}" for k, v in meta["built_with"].items()), trained_at=meta["trained_at"],
        composed=_composed(evaluation), handwritten=_handwritten(evaluation),
        long_benign=", ".join(f"{lang} {m['false_alarms']} of {m['chats']}"
                              for lang, m in evaluation.get("long_benign", {}).items()) or "(run evaluate.py --write)",
    )


def write(models_dir: Path, name: str = "guardian-risk") -> Path:
    meta = json.loads((models_dir / f"{name}.json").read_text(encoding="utf-8"))
    card = models_dir / "MODEL_CARD.md"
    evaluation_path = models_dir / f"{name}.evaluation.json"
    evaluation = json.loads(evaluation_path.read_text(encoding="utf-8")) if evaluation_path.exists() else {}
    card.write_text(render(meta, (models_dir / f"{name}.onnx").stat().st_size, evaluation), encoding="utf-8")
    return card


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models"))
