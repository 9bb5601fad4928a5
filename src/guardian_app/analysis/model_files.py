"""Finding and verifying the shipped model: one function gives the path, after a checksum check."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .taxonomy import LABELS

DEFAULT_MODEL = "guardian-risk"


class ModelError(Exception):
    """The model is missing, altered or does not match this version of Guardian."""


@dataclass(frozen=True, slots=True)
class ModelInfo:
    name: str
    version: str
    onnx_path: Path
    labels: tuple[str, ...]
    thresholds: dict[str, float]
    featuriser: dict[str, int]
    meta: dict


def load_model_info(name: str = DEFAULT_MODEL, folder: Path | None = None) -> ModelInfo:
    """Reads ``<name>.json`` and checks ``<name>.onnx`` against the sha256 it records."""
    folder = folder or paths.models_dir()
    meta_path = folder / f"{name}.json"
    onnx_path = folder / f"{name}.onnx"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        blob = onnx_path.read_bytes()
    except (OSError, ValueError) as exc:
        raise ModelError(f"Guardian's detection model could not be read from {folder} ({exc}). "
                         "Reinstall Guardian to restore it.") from exc
    if hashlib.sha256(blob).hexdigest() != meta.get("onnx_sha256"):
        raise ModelError(f"Guardian's detection model in {folder} does not match its checksum; "
                         "it may be damaged. Reinstall Guardian to restore it.")
    if tuple(meta.get("labels", ())) != LABELS:
        raise ModelError("Guardian's detection model was built for a different list of warning signs "
                         "than this version of Guardian uses. Reinstall Guardian.")
    return ModelInfo(
        name=meta["name"], version=meta["version"], onnx_path=onnx_path, labels=LABELS,
        thresholds={k: float(v) for k, v in meta["thresholds"].items()},
        featuriser={k: int(v) for k, v in meta["featuriser"].items()}, meta=meta,
    )
