"""Seeded random inputs: read_export and discover never raise anything but ExportError."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from guardian_app.importers.registry import ExportError, ExportFile, discover, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "whatsapp"
SEEDS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.txt"))]
ALPHABET = "0123456789/.-,:[] APMapm\u200e\u200f\u202f\u00a0\u060c上午下午오후~<>:\n\r\t é"


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        choice = rng.random()
        pos = rng.randint(0, len(buf))
        if choice < 0.4:
            buf[pos:pos] = "".join(rng.choices(ALPHABET, k=rng.randint(1, 20))).encode()
        elif choice < 0.7 and buf:
            del buf[pos : pos + rng.randint(1, 30)]
        else:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 8)))
    return bytes(buf)


def _case(rng: random.Random, i: int) -> bytes:
    kind = i % 4
    if kind == 0:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
    if kind == 1:
        return "".join(rng.choices(ALPHABET, k=rng.randint(0, 400))).encode("utf-8")
    if kind == 2:
        lines = rng.choice(SEEDS).split(b"\n")
        rng.shuffle(lines)
        return b"\n".join(lines[: rng.randint(0, len(lines))])
    return _mutate(rng, rng.choice(SEEDS))


def test_random_text_files_only_raise_export_error(tmp_path: Path) -> None:
    rng = random.Random(20240314)
    parsed = failed = 0
    for i in range(200):
        path = tmp_path / f"case{i}.txt"
        path.write_bytes(_case(rng, i))
        try:
            conversations = read_export(ExportFile(path))
        except ExportError as exc:
            assert str(exc).startswith(str(path))
            failed += 1
            continue
        parsed += 1
        for c in conversations:
            assert [m.index for m in c.messages] == list(range(len(c.messages)))
            assert all(m.kind in {"text", "media", "system", "deleted"} for m in c.messages)
    assert parsed > 50 and failed > 20  # both paths were exercised


def test_random_zip_damage_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(7)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", SEEDS[0])
        archive.writestr("00000035-PHOTO-2024-03-14-21-08-00.jpg", b"\xff\xd8\xff")
    good = raw.getvalue()
    for i in range(60):
        data = bytearray(good)
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.getrandbits(8)
        path = tmp_path / f"case{i}.zip"
        path.write_bytes(bytes(data))
        try:
            for ef in discover(path):
                read_export(ef)
        except ExportError:
            pass
