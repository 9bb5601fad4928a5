"""Seeded random damage to Telegram exports: only ExportError ever escapes the parser itself
(called directly, so the registry's safety net cannot hide a bug), and what is read is well formed."""

from __future__ import annotations

import json
import random
from pathlib import Path

from guardian_app.importers import telegram
from guardian_app.importers.base import ExportError, ExportFile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "telegram"
SEEDS = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.rglob("*")) if p.suffix in (".json", ".html")]
ALPHABET = '{}[]",:\\ \n\t0123456789abcdefnulltrue<>/="-.éЖ😊\x01\x1f'


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.35:
            buf[pos:pos] = "".join(rng.choices(ALPHABET, k=rng.randint(1, 12))).encode()
        elif choice < 0.65:
            del buf[pos : pos + rng.randint(1, 40)]
        elif choice < 0.85:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
        else:
            del buf[pos:]  # cut short, as an interrupted copy would
    return bytes(buf)


def test_random_damage_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(20240306)
    parsed = failed = 0
    for i in range(100):
        name, seed = rng.choice(SEEDS)
        path = tmp_path / f"case{i}{Path(name).suffix}"
        path.write_bytes(_mutate(rng, seed))
        try:
            conversations = telegram.parse(ExportFile(path))
        except ExportError as exc:
            assert str(exc).startswith(str(path)) and "unexpected" not in str(exc)
            failed += 1
            continue
        parsed += 1
        for c in conversations:
            assert c.format == "telegram"
            assert [m.index for m in c.messages] == list(range(len(c.messages)))
            assert all(m.kind in {"text", "media", "system", "deleted"} for m in c.messages)
            assert all((m.sender is None) == (m.kind == "system") for m in c.messages)
            assert c.skipped >= 0
    assert parsed > 50 and failed > 5  # both paths were exercised


def _odd_value(rng: random.Random, depth: int = 0):
    choices = [
        None, True, 0, -1, 2**62, 1.5, "", "x", "2024-02-30T25:61:61", "0001-01-01T00:00:00",
        "9999-12-31T23:59:59", "99999999999999", "-5", "user1", "\ufffd", "photos/a.jpg",
    ]
    if depth < 3 and rng.random() < 0.3:
        return [_odd_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if depth < 3 and rng.random() < 0.2:
        return {rng.choice(["text", "type", "question", "href"]): _odd_value(rng, depth + 1)}
    return rng.choice(choices)


def test_odd_field_values_never_break_the_json_reader(tmp_path: Path) -> None:
    rng = random.Random(77)
    keys = ["type", "date", "date_unixtime", "from", "from_id", "actor", "action", "text",
            "text_entities", "photo", "file", "media_type", "poll", "rich_message", "forwarded_from",
            "duration_seconds", "contact_information", "location_information"]
    for i in range(100):
        messages = []
        for _ in range(rng.randint(1, 6)):
            message = {k: _odd_value(rng) for k in rng.sample(keys, rng.randint(1, len(keys)))}
            if rng.random() < 0.7:
                message["type"] = rng.choice(["message", "service"])
            messages.append(message)
        doc = {"name": _odd_value(rng), "type": _odd_value(rng), "id": _odd_value(rng), "messages": messages}
        path = tmp_path / f"odd{i}.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        try:
            conversations = telegram.parse(ExportFile(path))
        except ExportError as exc:
            assert "unexpected" not in str(exc)
            continue
        for c in conversations:
            assert len(c.messages) + c.skipped == len(messages)
            assert all(isinstance(m.text, str) for m in c.messages)
            assert "photos/a.jpg" not in repr([m.media for m in c.messages])
