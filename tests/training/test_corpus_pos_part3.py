"""The hand-written positives corpus, part 3 (varied register): shape, coverage, no overlap, no explicit terms."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from guardian_app.analysis.lexicon import Lexicon
from guardian_app.analysis.taxonomy import LABELS

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "models" / "training" / "data" / "train"
CORPUS = TRAIN / "pos_part3.jsonl"
TAUGHT = tuple(label for label in LABELS if label != "sexual_content")
WEAKEST = ("age_probe", "gift_offer", "image_request", "secrecy", "flattery", "vulnerability_probe")
PERSONAS = ("mentor", "peer", "scout", "gamer", "bf", "control", "obf")


def _rows(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_line_has_the_shared_shape_and_known_labels() -> None:
    for row in _rows():
        assert set(row) == {"text", "labels", "lang", "note"}, row
        assert row["lang"] == "en" and row["text"].strip() == row["text"] != "", row
        assert row["labels"], row
        assert set(row["labels"]) <= set(TAUGHT), row
        assert row["labels"] == [label for label in LABELS if label in row["labels"]], row


def test_no_duplicate_texts_ignoring_case_and_spacing() -> None:
    keys = [_key(row["text"]) for row in _rows()]
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_no_line_repeats_another_training_file() -> None:
    ours = {_key(row["text"]) for row in _rows()}
    for path in sorted(TRAIN.glob("*.jsonl")):
        if path != CORPUS:
            assert sorted(ours & {_key(row["text"]) for row in _rows(path)}) == [], path.name


def test_each_taught_indicator_has_at_least_70_lines_and_the_weakest_more() -> None:
    counts = Counter(label for row in _rows() for label in row["labels"])
    assert {label: counts[label] for label in TAUGHT if counts[label] < 70} == {}
    assert {label: counts[label] for label in WEAKEST if counts[label] < 90} == {}


def test_every_persona_is_represented_and_some_lines_combine_indicators() -> None:
    rows = _rows()
    personas = Counter(row["note"] for row in rows)
    assert {p: personas[p] for p in PERSONAS if personas[p] < 100} == {}
    assert sum(len(row["labels"]) > 1 for row in rows) / len(rows) >= 0.1


def _mean_length(rows: list[dict]) -> float:
    return sum(len(row["text"]) for row in rows) / len(rows)


def test_register_is_longer_than_the_earlier_parts() -> None:
    earlier = _rows(TRAIN / "pos_part1.jsonl") + _rows(TRAIN / "pos_part2.jsonl")
    assert _mean_length(_rows()) > _mean_length(earlier) * 1.2


def test_sexual_content_is_never_taught_by_example() -> None:
    lexicon = Lexicon.load(ROOT / "resources" / "lexicon")
    assert [row["text"] for row in _rows() if lexicon.matches(row["text"])] == []
