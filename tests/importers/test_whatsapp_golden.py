"""T16 golden corpus: one synthetic WhatsApp export per phone locale, each with its expected output.

Every ``tests/fixtures/whatsapp/golden/<locale>.txt`` sits next to ``<locale>.expected.json``
(written by hand from the export's grammar, not from Guardian's output). The corpus covers
Android and iOS header styles, 12/24-hour clocks with NNBSP/NBSP markers, "p. m.", 오전/오후,
time-first dates, RLM inside Arabic dates, dotted times, CRLF line ends and a UTF-16 file.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from guardian_app.domain import SYSTEM
from guardian_app.importers.registry import ExportFile, detect, read_export

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "whatsapp" / "golden"
CASES = sorted(p.name.removesuffix(".expected.json") for p in GOLDEN.glob("*.expected.json"))


def test_the_corpus_covers_at_least_ten_locales_and_both_phones() -> None:
    expected = [json.loads((GOLDEN / f"{c}.expected.json").read_text("utf-8")) for c in CASES]
    assert len(CASES) >= 10
    assert {e["platform"] for e in expected} == {"android", "ios"}
    assert {e["line_ends"] for e in expected} == {"LF", "CRLF"}
    assert "utf-16" in {e["encoding"] for e in expected}
    for case in CASES:  # every expectation has its export, and no export lacks one
        assert (GOLDEN / f"{case}.txt").is_file()
    assert len(list(GOLDEN.glob("*.txt"))) == len(CASES)


@pytest.mark.parametrize("case", CASES)
def test_golden_export_parses_exactly_as_expected(case: str) -> None:
    want = json.loads((GOLDEN / f"{case}.expected.json").read_text("utf-8"))
    ef = ExportFile(GOLDEN / want["file"])
    assert detect(ef) is not None and detect(ef)[0] == "whatsapp"  # type: ignore[index]

    (chat,) = read_export(ef)
    got = chat.messages
    assert len(got) == want["messages"]
    assert chat.skipped == 0
    assert not [n for n in chat.notes if "not understood" in n or "could not be decoded" in n]
    assert [m.kind for m in got] == want["kinds"]
    assert dict(Counter(m.kind for m in got)) == want["kind_counts"]
    assert chat.participants == want["senders"]
    assert all(m.sender is None for m in got if m.kind == SYSTEM)
    assert all(m.timestamp is not None for m in got)
    assert got[0].timestamp.isoformat() == want["first"]  # type: ignore[union-attr]
    assert got[-1].timestamp.isoformat() == want["last"]  # type: ignore[union-attr]
    stamps = [m.timestamp for m in got]
    assert stamps == sorted(stamps)  # type: ignore[type-var]
    media = Counter(kind for m in got for kind in m.media)
    assert dict(media) == want["media"]
    texts = [m.text for m in got if m.kind == "text"]
    for multiline in want["multiline_text"]:
        assert multiline in texts
    for m in got:  # no invisible marks or special spaces survive in what a parent reads
        assert not set(m.text) & set("\u200e\u200f\u202a\u202c\ufeff\r")
        if m.sender:
            assert not set(m.sender) & set("\u200e\u200f\u202a\u202c\u202f\u00a0")
