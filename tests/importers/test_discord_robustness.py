"""Discord edge cases: sniffing never steals other formats' files, encodings, damaged and cut
files, date styles, a large streamed export, and seeded random corruption (only ExportError)."""

from __future__ import annotations

import json
import random
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import discord
from guardian_app.importers.discord_dates import parse_iso, parse_local, resolve
from guardian_app.importers.registry import ExportError, ExportFile, detect, discover, read_export

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures"
SHARED = TESTS.parent / ".." / "shared" / "formats"
DM_JSON = FIXTURES / "discord" / "Direct Messages - Private - jaden_k [900000000000000501].json"
SEEDS = sorted((FIXTURES / "discord").iterdir())
CSV_HEAD = "AuthorID,Author,Date,Content,Attachments,Reactions\n"


def _all_files() -> list[Path]:
    roots = [FIXTURES] + ([SHARED] if SHARED.is_dir() else [])
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def test_only_discord_files_are_detected_as_discord() -> None:
    seen = 0
    for path in _all_files():
        try:
            units = discover(path)
        except ExportError:
            continue
        for ef in units:
            found = detect(ef)
            is_discord = "discord" in path.parts
            assert (found is not None and found[0] == "discord") == is_discord, path
            seen += is_discord
    assert seen >= len(SEEDS)


@pytest.mark.parametrize(
    "head",
    [
        b'{"messages": [{"id": 1, "from_id": "user1", "date_unixtime": "1"}]}',  # Telegram
        b'{"participants": [{"name": "a"}], "messages": [{"sender_name": "a", "timestamp_ms": 1}]}',
        b"[3/14/24, 21:05:12] Jake: hello",
        b"AuthorID;Author;Date\n",
        b'<html><body><div class="message default clearfix">x</div></body></html>',
        b"=====\nsomething else\n",
        b"",
        b"\x00\x01\x02",
    ],
)
def test_sniff_rejects_lookalikes(head: bytes) -> None:
    assert discord.sniff(head, "chat.json") < 0.5


def _one(path: Path):
    (c,) = read_export(ExportFile(path))
    return c


def test_utf8_bom_and_utf16_json_and_csv(tmp_path: Path) -> None:
    data = DM_JSON.read_text(encoding="utf-8")
    for name, raw in (("bom.json", b"\xef\xbb\xbf" + data.encode()), ("u16.json", data.encode("utf-16"))):
        (tmp_path / name).write_bytes(raw)
        assert len(_one(tmp_path / name).messages) == 12, name
    csv = CSV_HEAD + '"1","kid","2023-09-23T13:15:48.3790000+03:00","hi","",""\n'
    (tmp_path / "u16.csv").write_bytes(csv.encode("utf-16"))
    c = _one(tmp_path / "u16.csv")
    # DCE's current CSV writes "o" dates: zone-aware, so the time is known
    assert c.messages[0].timestamp == datetime(2023, 9, 23, 10, 15, 48, 379000, tzinfo=UTC)
    assert c.timezone_known


def test_json_cut_short_keeps_the_messages_before_the_cut(tmp_path: Path) -> None:
    data = DM_JSON.read_bytes()
    cut = tmp_path / "cut.json"
    cut.write_bytes(data[: data.index(b'"900000000000001008"')])
    c = _one(cut)
    assert 5 <= len(c.messages) < 12 and any("cut short" in n for n in c.notes)


def test_empty_channel_and_not_discord_json(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text('{"guild": {"id": "1", "name": "G"}, "channel": {"id": "2", "name": "c"}, "messages": []}')
    assert _one(empty).messages == []
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"guild": {"name": "G"}, "channel": 5, "messages": "no"}')
    with pytest.raises(ExportError, match="wrong.json"):
        read_export(ExportFile(wrong))


def test_old_html_layout_is_read(tmp_path: Path) -> None:
    page = tmp_path / "old.html"
    page.write_text(
        '<!DOCTYPE html><html><head><title>Club - chat</title></head><body>'
        '<div class="chatlog"><div class="chatlog__message-group">'
        '<div class="chatlog__messages"><span class="chatlog__author-name" title="pat#0001">Pat</span>'
        '<span class="chatlog__timestamp">14-Mar-24 09:05 PM</span>'
        '<div class="chatlog__message" data-message-id="1"><div class="chatlog__content">'
        '<div class="markdown"><span class="preserve-whitespace">how old are you</span></div></div></div>'
        '<div class="chatlog__message" data-message-id="2"><div class="chatlog__content">'
        '<div class="markdown"><span class="preserve-whitespace">where do you live</span></div></div></div>'
        "</div></div></div></body></html>",
        encoding="utf-8",
    )
    c = _one(page)
    assert c.title == "Club / #chat"
    assert [(m.sender, m.text) for m in c.messages] == [("Pat", "how old are you"), ("Pat", "where do you live")]
    assert c.messages[1].timestamp == datetime(2024, 3, 14, 21, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/14/2024 9:05 PM", datetime(2024, 3, 14, 21, 5)),
        ("14.03.2024 21:05", datetime(2024, 3, 14, 21, 5)),
        ("2024-03-14 21:05", datetime(2024, 3, 14, 21, 5)),
        ("2024/03/14 21:05", datetime(2024, 3, 14, 21, 5)),
        ("01-Jan-20 01:33 AM", datetime(2020, 1, 1, 1, 33)),
        ("12-Jan-20 12:10 AM", datetime(2020, 1, 12, 0, 10)),
        ("Thursday, March 14, 2024 9:05 PM", datetime(2024, 3, 14, 21, 5)),
        ("14/03/2024 21:05:09", datetime(2024, 3, 14, 21, 5, 9)),
    ],
)
def test_locale_dates(text: str, expected: datetime) -> None:
    value = parse_iso(text) or parse_local(text)
    if not isinstance(value, datetime):
        (value,), _ = resolve([value])
    assert value == expected


def test_unknown_dates_and_impossible_ones_are_none() -> None:
    assert parse_local("2024. 3. 14. 오후 9:05") is None
    assert parse_local("13:05 yesterday") is None
    assert parse_local("3/14/2024 13:05 PM") is None
    (value,), _ = resolve([parse_local("31/02/2024 10:00")])
    assert value is None
    assert parse_iso("2024-03-14T21:05:12.3450000+01:00") == datetime(2024, 3, 14, 20, 5, 12, 345000, tzinfo=UTC)


def test_large_json_is_streamed(tmp_path: Path) -> None:
    """Embeds and reactions are skipped event by event: memory stays far below the file size."""
    big = tmp_path / "big.json"
    filler = {"title": "x" * 2000, "description": "y" * 2000}
    with big.open("w", encoding="utf-8") as f:
        f.write('{"guild": {"id": "1", "name": "G"}, "channel": {"id": "2", "name": "c"}, "messages": [')
        for i in range(3000):
            msg = {"id": str(i), "type": "Default", "timestamp": f"2024-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}+00:00",
                   "content": "hi", "author": {"id": "9", "name": "a"}, "embeds": [filler] * 3}
            f.write(("," if i else "") + json.dumps(msg))
        f.write("]}")
    size = big.stat().st_size
    tracemalloc.start()
    try:
        c = _one(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(c.messages) == 3000 and size > 30_000_000 // 2
    assert peak < size / 4


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 10)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.35:
            buf[pos:pos] = rng.choice([b"{", b"}", b"[", b'"', b",", b"<div>", b"</div>", b"\n[", b"] ", b"\x00",
                                       b"\xff\xfe", b'""', b"=" * 62 + b"\n", b"\r"])
        elif choice < 0.7 and buf:
            del buf[pos : pos + rng.randint(1, 40)]
        else:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
    return bytes(buf)


def test_random_corruption_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(20240314)
    seeds = [(p.suffix, p.read_bytes()) for p in SEEDS]
    parsed = failed = 0
    for i in range(120):
        suffix, data = rng.choice(seeds)
        path = tmp_path / f"case{i}{suffix}"
        path.write_bytes(_mutate(rng, data) if i % 6 else data[: rng.randint(0, len(data))])
        try:
            conversations = discord.parse(ExportFile(path))
        except ExportError as exc:
            assert str(exc).startswith(str(path)) or str(path) in str(exc)
            failed += 1
            continue
        parsed += 1
        for c in conversations:
            assert [m.index for m in c.messages] == list(range(len(c.messages)))
            assert all(m.kind in {"text", "media", "system", "deleted"} for m in c.messages)
            assert all((m.sender is None) == (m.kind == "system") for m in c.messages)
    assert parsed > 40 and failed > 5


def test_a_csv_that_is_not_a_discord_export_gets_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "grades.csv"
    path.write_text("name,grade\nmia,A\n", encoding="utf-8")
    with pytest.raises(ExportError, match=r"grades.csv does not look like a Discord chat export"):
        discover(path)
