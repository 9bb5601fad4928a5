"""The whole training and held-out corpus: shape, labels, no duplicates, no leak, nothing explicit."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from guardian_app.analysis.lexicon import Lexicon
from guardian_app.analysis.taxonomy import LABELS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "models" / "training" / "data"
TRAINED = [lab for lab in LABELS if lab != "sexual_content"]


def _rows(split: str) -> list[dict]:
    rows = []
    for path in sorted((DATA / split).glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            row = json.loads(line)
            row["_where"] = f"{path.name}:{n}"
            rows.append(row)
    return rows


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.fixture(scope="module")
def train() -> list[dict]:
    return _rows("train")


@pytest.fixture(scope="module")
def heldout() -> list[dict]:
    return _rows("heldout")


def test_every_line_has_the_shared_shape(train, heldout):
    for row in train + heldout:
        assert set(row) <= {"text", "labels", "lang", "note", "_where"}, row["_where"]
        assert isinstance(row["text"], str) and row["text"].strip(), row["_where"]
        assert set(row["labels"]) <= set(LABELS) and len(set(row["labels"])) == len(row["labels"]), row["_where"]


def test_explicit_language_is_never_taught_by_example(train, heldout):
    lexicon = Lexicon.load(ROOT / "resources" / "lexicon")
    assert [r["_where"] for r in train + heldout if "sexual_content" in r["labels"]] == []
    assert [r["_where"] for r in train + heldout if lexicon.matches(r["text"])] == []


def test_no_duplicate_lines_in_the_training_split(train):
    counts = Counter(_key(r["text"]) for r in train)
    assert [t for t, n in counts.items() if n > 1] == []


def test_heldout_lines_never_appear_in_training(train, heldout):
    seen = {_key(r["text"]) for r in train}
    assert [r["_where"] for r in heldout if _key(r["text"]) in seen] == []


def test_every_language_covers_every_trained_indicator(train):
    by_lang: dict[str, Counter] = {}
    for r in train:
        by_lang.setdefault(r.get("lang", "en"), Counter()).update(r["labels"])
    assert {"en", "es", "pt", "ru", "zh-Hans", "zh-Hant", "ms", "id", "tl"} <= set(by_lang)
    thin = {lang: [lab for lab in TRAINED if counts[lab] < 20] for lang, counts in by_lang.items()}
    assert {lang: labs for lang, labs in thin.items() if labs} == {}


def test_negatives_outnumber_positives_in_every_language(train):
    langs = {r.get("lang", "en") for r in train}
    for lang in langs:
        rows = [r for r in train if r.get("lang", "en") == lang]
        negatives = sum(not r["labels"] for r in rows)
        assert negatives >= 0.35 * len(rows), lang
