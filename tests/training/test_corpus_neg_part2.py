"""The hand-written negatives corpus, part 2: shape, no labels, no overlap, the false-alarm areas covered."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from guardian_app.analysis.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "models" / "training" / "data" / "train"
CORPUS = TRAIN / "neg_part2.jsonl"
# note prefix -> the least number of lines the brief asked for in that area
AREAS = {"short_": 700, "family_": 600, "friends_": 700, "service_": 300, "adults_": 200}


def _rows(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_line_has_the_shared_shape_and_no_labels() -> None:
    rows = _rows()
    assert len(rows) >= 2500
    for row in rows:
        assert set(row) == {"text", "labels", "lang", "note"}, row
        assert row["labels"] == [] and row["lang"] == "en", row
        assert row["text"].strip() == row["text"] != "", row
        assert row["note"], row


def test_no_duplicate_texts_ignoring_case_and_spacing() -> None:
    keys = [_key(row["text"]) for row in _rows()]
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_no_line_repeats_another_training_file() -> None:
    ours = {_key(row["text"]) for row in _rows()}
    for path in sorted(TRAIN.glob("*.jsonl")):
        if path != CORPUS:
            assert sorted(ours & {_key(row["text"]) for row in _rows(path)}) == [], path.name


def test_each_false_alarm_area_has_its_share() -> None:
    counts = Counter(prefix for row in _rows() for prefix in AREAS if row["note"].startswith(prefix))
    assert {p: counts[p] for p, least in AREAS.items() if counts[p] < least} == {}


def test_short_replies_really_are_short() -> None:
    short = [row["text"] for row in _rows() if row["note"].startswith("short_")]
    assert [t for t in short if len(t.split()) > 5] == []


def test_no_explicit_terms() -> None:
    lexicon = Lexicon.load(ROOT / "resources" / "lexicon")
    assert [row["text"] for row in _rows() if lexicon.matches(row["text"])] == []
