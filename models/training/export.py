"""Writes the trained model as a single self-contained ONNX file (no external data)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 18


def build_mlp(full_e: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray,
              labels: list[str]) -> onnx.ModelProto:
    """ids int64 [N, L] (0 = padding) -> probs float32 [N, K] through one hidden ReLU layer."""
    k = w2.shape[1]
    inits = [
        numpy_helper.from_array(full_e.astype(np.float16), "E"),
        numpy_helper.from_array(b1.astype(np.float32), "b1"),
        numpy_helper.from_array(w2.astype(np.float32), "W2"),
        numpy_helper.from_array(b2.astype(np.float32), "b2"),
        numpy_helper.from_array(np.array([1], np.int64), "axis1"),
        numpy_helper.from_array(np.array(0, np.int64), "zero"),
        numpy_helper.from_array(np.array(1.0, np.float32), "one"),
    ]
    nodes = [
        helper.make_node("Gather", ["E", "ids"], ["g16"], axis=0),
        helper.make_node("Cast", ["g16"], ["g"], to=TensorProto.FLOAT),
        helper.make_node("ReduceSum", ["g", "axis1"], ["s"], keepdims=0),
        helper.make_node("Greater", ["ids", "zero"], ["present"]),
        helper.make_node("Cast", ["present"], ["present_f"], to=TensorProto.FLOAT),
        helper.make_node("ReduceSum", ["present_f", "axis1"], ["count"], keepdims=1),
        helper.make_node("Max", ["count", "one"], ["count1"]),
        helper.make_node("Sqrt", ["count1"], ["norm"]),
        helper.make_node("Div", ["s", "norm"], ["pooled"]),
        helper.make_node("Add", ["pooled", "b1"], ["pre"]),
        helper.make_node("Relu", ["pre"], ["h"]),
        helper.make_node("MatMul", ["h", "W2"], ["hw"]),
        helper.make_node("Add", ["hw", "b2"], ["logits"]),
        helper.make_node("Sigmoid", ["logits"], ["probs"]),
    ]
    graph = helper.make_graph(
        nodes, "guardian_risk_messages",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "features"])],
        [helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch", k])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="guardian-train")
    model.ir_version = 9
    model.doc_string = "Guardian message-level indicator model (hashed n-gram embeddings + hidden layer); labels: " + \
        ",".join(labels)
    onnx.checker.check_model(model)
    return model


def write(model: onnx.ModelProto, path: Path) -> None:
    path.write_bytes(model.SerializeToString())
