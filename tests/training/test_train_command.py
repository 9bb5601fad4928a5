"""The one training command rebuilds a working model from data alone."""

import json
import sys
from pathlib import Path

import numpy as np

TRAINING = Path(__file__).resolve().parents[2] / "models" / "training"
sys.path.insert(0, str(TRAINING))

import train  # noqa: E402

from guardian_app.analysis.lexicon import Lexicon  # noqa: E402
from guardian_app.analysis.model_files import load_model_info  # noqa: E402
from guardian_app.analysis.scorer import Scorer  # noqa: E402
from guardian_app.analysis.taxonomy import LABELS  # noqa: E402

SECRECY = ["dont tell anyone we talk", "keep this our secret ok", "delete our chat after",
           "this stays between us", "dont tell ur mom about me", "our little secret 🤫"]
ORDINARY = ["see u at practice", "lol same", "what time is dinner", "gg that was fun",
            "did u do the maths", "bring ur charger", "ok cool", "my dog ate my sock"]


def write(folder: Path, rows):
    folder.mkdir(parents=True)
    with (folder / "part.jsonl").open("w", encoding="utf-8") as f:
        for text, labels in rows:
            f.write(json.dumps({"text": text, "labels": labels}) + "\n")


def test_train_writes_a_verified_model_that_scores(tmp_path):
    data = tmp_path / "data"
    rows = [(t, ["secrecy"]) for t in SECRECY] * 3 + [(t, []) for t in ORDINARY] * 3
    write(data / "train", rows)
    write(data / "heldout", [("please keep it a secret between us", ["secrecy"]), ("see u at lunch", [])])
    out = tmp_path / "models"
    assert train.main(["--data", str(data), "--out", str(out), "--epochs", "40"]) == 0

    meta = json.loads((out / "guardian-risk.json").read_text())
    assert meta["labels"] == list(LABELS)
    assert meta["metrics"]["onnx_max_abs_diff_vs_numpy"] < 1e-3
    assert len(meta["training_data_sha256"]) == 64

    scorer = Scorer(load_model_info(folder=out), lexicon=Lexicon([]))
    probs = scorer.score(["dont tell anyone about us", "see u at practice"])
    k = LABELS.index("secrecy")
    assert probs[0, k] > 0.5 > probs[1, k]
    assert np.all(probs[:, LABELS.index("sexual_content")] < 0.01)


def test_a_changed_model_file_is_refused(tmp_path):
    import shutil

    import pytest

    from guardian_app.analysis.model_files import ModelError

    root = Path(__file__).resolve().parents[2] / "models"
    for name in ("guardian-risk.onnx", "guardian-risk.json"):
        shutil.copy(root / name, tmp_path / name)
    with (tmp_path / "guardian-risk.onnx").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(ModelError, match="checksum"):
        load_model_info(folder=tmp_path)
