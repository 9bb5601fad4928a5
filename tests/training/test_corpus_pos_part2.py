"""The hand-written positives corpus, part 2: shape, labels, coverage, no explicit terms."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from guardian_app.analysis.lexicon import Lexicon
from guardian_app.analysis.taxonomy import LABELS

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "models" / "training" / "data" / "train" / "pos_part2.jsonl"
COVERED = (
    "secrecy", "platform_switch", "sexual_topic", "image_request", "camera_request",
    "pressure_guilt", "threat", "sextortion", "meeting_request",
)


def _rows() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_every_line_has_the_shared_shape_and_known_labels() -> None:
    for row in _rows():
        assert set(row) <= {"text", "labels", "lang", "note"}
        assert row["lang"] == "en" and row["text"].strip()
        assert set(row["labels"]) <= set(LABELS), row
        assert len(set(row["labels"])) == len(row["labels"]), row


def test_no_duplicate_texts_ignoring_case_and_spacing() -> None:
    keys = [" ".join(row["text"].lower().split()) for row in _rows()]
    assert len(keys) == len(set(keys))


def test_each_covered_indicator_has_at_least_130_lines() -> None:
    counts = Counter(label for row in _rows() for label in row["labels"])
    assert {label: counts[label] for label in COVERED if counts[label] < 130} == {}


def test_about_a_fifth_of_lines_combine_indicators() -> None:
    rows = _rows()
    share = sum(len(row["labels"]) > 1 for row in rows) / len(rows)
    assert 0.15 <= share <= 0.4


def test_sexual_content_is_never_taught_by_example() -> None:
    lexicon = Lexicon.load(ROOT / "resources" / "lexicon")
    rows = _rows()
    assert all("sexual_content" not in row["labels"] for row in rows)
    assert [row["text"] for row in rows if lexicon.matches(row["text"])] == []
