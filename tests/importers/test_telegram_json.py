"""Telegram Desktop result.json: synthetic fixtures and every edge case export-formats.md §2.1 names."""

from __future__ import annotations

import io
import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import telegram, telegram_stream
from guardian_app.importers.base import ExportFile
from guardian_app.importers.registry import ExportError, discover, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "telegram"
FULL = FIXTURES / "full_account" / "result.json"
OLD = FIXTURES / "old_single" / "result.json"


def _parse(path: Path):
    return read_export(ExportFile(path))


def _chat(messages: list, **top) -> dict:
    return {"name": "Kai", "type": "personal_chat", "id": 77, **top, "messages": messages}


def _msg(i: int, text, sender: str = "Kai", **extra) -> dict:
    return {"id": i, "type": "message", "date": f"2024-05-01T10:{i:02d}:00",
            "date_unixtime": str(1714557600 + 60 * i), "from": sender, "from_id": f"user{i % 2}",
            "text": text, **extra}


def _write(tmp_path: Path, doc, name: str = "result.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_full_account_export_reads_every_chat_and_the_owner() -> None:
    dan, school, channel = _parse(FULL)
    assert [c.title for c in (dan, school, channel)] == ["Dan Reyes", "Class 7B", "Drawing Tips"]
    assert len({dan.key, school.key, channel.key}) == 3
    assert all(c.key.startswith("telegram:") and c.timezone_known for c in (dan, school, channel))
    assert dan.owner == school.owner == channel.owner == "Mia Torres"  # personal_information
    assert dan.contact_hint == "Dan Reyes" and school.contact_hint is None
    assert dan.participants == ["Dan Reyes", "Mia Torres"]
    assert len(dan.messages) == 16 and len(school.messages) == 12 and len(channel.messages) == 2
    assert dan.messages[3].text == "how old are you btw?"  # text_entities joined, no separators
    assert dan.messages[3].timestamp == datetime(2024, 3, 3, 17, 10, tzinfo=UTC)
    assert dan.messages[6].kind == "media" and dan.messages[6].media == ("image",)
    assert dan.messages[6].text == "this is me at the skate park"  # the caption stays as text
    assert dan.messages[10].kind == "system" and dan.messages[10].sender is None
    assert dan.messages[10].text == "Dan Reyes set messages to auto-delete"
    assert dan.messages[15].text == "Dan Reyes called (95 seconds)"
    assert any("1 forwarded message" in n for n in dan.notes)


def test_media_kinds_and_odd_messages_in_a_group() -> None:
    _, school, _ = _parse(FULL)
    media = [m.media[0] for m in school.messages if m.kind == "media"]
    assert media == ["document", "video", "gif", "other", "location", "contact", "video"]
    assert school.messages[2].text == "here is the worksheet"
    assert school.messages[4].sender == "Deleted Account"  # "from": null
    assert school.messages[6].text == "Trip to the museum on Friday?"  # a poll's question
    assert school.messages[9].text == "bring a pencil\nbring lunch"  # rich_message, no "text"
    assert "Deleted Account" in school.participants


def test_media_file_names_are_never_kept() -> None:
    dump = repr(_parse(FULL))
    for fragment in ("photos/", ".jpg", ".ogg", ".webp", ".mp4", "worksheet.pdf", "voice_messages"):
        assert fragment not in dump


def test_old_export_with_local_dates_numeric_ids_and_bad_records() -> None:
    (c,) = _parse(OLD)
    assert c.timezone_known is False
    assert [m.timestamp for m in c.messages][:3] == [
        datetime(2021, 5, 1, 15, 0), datetime(2021, 5, 1, 15, 2), datetime(2021, 5, 1, 15, 3)
    ]
    assert [m.text for m in c.messages] == [
        "hi! are you the one from the football club?", "yeah", "why",
        "which school do you go to?", "our team photo",
    ]
    assert c.skipped == 3  # a string, an unknown type, and a number as text
    assert any("out of time order" in n for n in c.notes)
    assert c.owner == "Noah" and c.contact_hint == "Sam"  # numeric from_id 4400002 is the chat id
    assert c.messages[4].media == ("image",)  # "(File not included...)" still means a photo


def test_text_entities_win_over_text_and_arrays_join_without_spaces(tmp_path: Path) -> None:
    doc = _chat([
        _msg(1, "stale", text_entities=[{"type": "plain", "text": "fresh "}, {"type": "bold", "text": "x"}]),
        _msg(2, ["a", {"type": "link", "text": "b.example"}, "c"]),
        _msg(3, {"weird": True}),
    ])
    (c,) = _parse(_write(tmp_path, doc))
    assert [m.text for m in c.messages] == ["fresh x", "ab.examplec", ""]


def test_key_is_stable_across_re_exports_and_follows_the_chat_id(tmp_path: Path) -> None:
    short = _parse(_write(tmp_path, _chat([_msg(1, "hi")]), "a.json"))[0]
    longer = _parse(_write(tmp_path, _chat([_msg(1, "hi"), _msg(2, "yo")], name="Kai B"), "b.json"))[0]
    other = _parse(_write(tmp_path, _chat([_msg(1, "hi")], id=78), "c.json"))[0]
    assert short.key == longer.key != other.key


def test_all_dates_unixtime_gives_utc_and_local_only_gives_wall_clock(tmp_path: Path) -> None:
    (aware,) = _parse(_write(tmp_path, _chat([_msg(1, "a"), _msg(2, "b")]), "a.json"))
    assert aware.timezone_known and aware.messages[0].timestamp.tzinfo is not None
    assert "Times are in UTC." in aware.notes
    local_only = _chat([{k: v for k, v in _msg(1, "a").items() if k != "date_unixtime"}])
    (naive,) = _parse(_write(tmp_path, local_only, "b.json"))
    assert not naive.timezone_known and naive.messages[0].timestamp == datetime(2024, 5, 1, 10, 1)


def test_unreadable_dates_keep_the_message_without_a_time(tmp_path: Path) -> None:
    doc = _chat([
        {"id": 1, "type": "message", "date": "yesterday", "from": "Kai", "text": "hi"},
        {"id": 2, "type": "message", "date_unixtime": "99999999999999999", "from": "Kai", "text": "yo"},
        {"id": 3, "type": "message", "date": "2024-13-40T10:00:00", "from": "Kai", "text": "hm"},
    ])
    (c,) = _parse(_write(tmp_path, doc))
    assert [m.timestamp for m in c.messages] == [None, None, None]
    assert [m.text for m in c.messages] == ["hi", "yo", "hm"]
    assert any("without a readable date" in n for n in c.notes)


def test_bad_escapes_control_characters_and_invalid_utf8_are_repaired(tmp_path: Path) -> None:
    raw = json.dumps(_chat([_msg(1, "PLACEHOLDER"), _msg(2, "ok")])).encode()
    raw = raw.replace(b"PLACEHOLDER", b"a \\q b\x01c \xff d \\u00e9")
    path = tmp_path / "result.json"
    path.write_bytes(raw)
    (c,) = _parse(path)
    assert c.messages[0].text == "a \\q b c \ufffd d é"
    assert any("replaced" in n for n in c.notes)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_and_utf16(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(_chat([_msg(1, "héllo")]), ensure_ascii=False), encoding=encoding)
    (c,) = read_export(discover(path)[0])
    assert c.messages[0].text == "héllo"


def test_truncated_export_keeps_what_came_before_the_damage(tmp_path: Path) -> None:
    data = FULL.read_bytes()
    path = tmp_path / "result.json"
    path.write_bytes(data[: data.index(b'"id": 110')])
    (dan,) = _parse(path)
    assert len(dan.messages) == 9 and dan.skipped == 1
    assert any("damaged or cut short" in n for n in dan.notes)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b'{"messages": [{"type": "message", "from_id": "user1", "text": NaN', "damaged"),
        (b'{"about": "x", "personal_information": {"user_id": 1}}', "any Telegram chat"),
    ],
)
def test_files_that_are_not_readable_raise_one_clear_error(tmp_path: Path, content: bytes,
                                                           reason: str) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(content)
    with pytest.raises(ExportError) as info:
        telegram.parse(ExportFile(path))
    assert str(info.value).startswith(str(path)) and reason in str(info.value)
    assert "NaN" not in str(info.value)  # the parser's message, which quotes the file, is dropped


def test_deeply_nested_or_huge_messages_are_skipped_not_fatal(tmp_path: Path) -> None:
    deep: object = "x"
    for _ in range(50):
        deep = [deep]
    doc = _chat([_msg(1, "before"), _msg(2, deep), _msg(3, "y" * 200_000), _msg(4, "after")])
    (c,) = _parse(_write(tmp_path, doc))
    assert [m.text for m in c.messages] == ["before", "after"] and c.skipped == 2


def test_escapes_split_across_chunks_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [[m.text for m in c.messages] for c in _parse(FULL)]
    monkeypatch.setattr(telegram_stream, "CHUNK", 5)
    assert [[m.text for m in c.messages] for c in _parse(FULL)] == whole


def test_the_file_is_streamed_in_bounded_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _chat([_msg(i % 60, f"message number {i} " + "z" * 200) for i in range(20_000)])
    path = _write(tmp_path, doc)
    sizes: list[int] = []
    original = ExportFile.open

    class Spy(io.RawIOBase):
        def __init__(self, inner) -> None:
            self.inner = inner

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            sizes.append(size)
            return self.inner.read(size)

        def close(self) -> None:
            self.inner.close()
            super().close()

    monkeypatch.setattr(ExportFile, "open", lambda self: Spy(original(self)))
    (c,) = telegram.parse(ExportFile(path))
    assert len(c.messages) == 20_000
    assert path.stat().st_size > 4_000_000 and len(sizes) > 50
    assert all(0 < s <= 64 * 1024 for s in sizes)


def test_zipped_export_is_read_and_its_media_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ChatExport_2024-03-06.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ChatExport_2024-03-06/result.json", FULL.read_bytes())
        archive.writestr("ChatExport_2024-03-06/photos/photo_1@03-03-2024_18-14-00.jpg", b"\xff\xd8")
        archive.writestr("ChatExport_2024-03-06/voice_messages/audio_1.ogg", b"OggS")
        archive.writestr("ChatExport_2024-03-06/css/style.css", b".message{}")
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self, name, mode="r", *args, **kwargs):
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    (unit,) = discover(path)
    assert Counter(c.title for c in read_export(unit)) == {"Dan Reyes": 1, "Class 7B": 1, "Drawing Tips": 1}
    assert not any(name.endswith((".jpg", ".ogg")) for name in opened)


def test_sniffing_is_specific() -> None:
    def score(text: str, name: str = "data.json") -> float:
        return telegram.sniff(text.encode(), name)

    assert score('{"messages": [{"author": {"id": "1"}, "content": "hi", "timestamp": "x"}]}') < 0.5
    assert score('{"participants": [{"name": "A"}], "messages": [{"sender_name": "A"}]}') < 0.5
    assert score('{"name": "x"}', "result.json") == 0.3
    assert score('[{"type": "message"}]') == 0.0
    assert score(FULL.read_text(encoding="utf-8")[:8192]) >= 0.9
    assert score(OLD.read_text(encoding="utf-8")[:8192]) >= 0.85


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("a \\q b", "a \\\\q b"),  # a lone backslash becomes an escaped one
        ("a \\\\q", "a \\\\q"),  # an escaped backslash followed by q is already valid
        ("\\\\\\q", "\\\\\\\\q"),
        ("\\u00e9 \\u00zz \\n", "\\u00e9 \\\\u00zz \\n"),
        ("no escapes", "no escapes"),
    ],
)
def test_fix_escapes(raw: str, fixed: str) -> None:
    assert telegram_stream.fix_escapes(raw) == fixed
    json.loads('"' + telegram_stream.fix_escapes(raw) + '"')  # always valid JSON afterwards


def test_a_read_failure_midway_is_reported_not_mistaken_for_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, _chat([_msg(i % 60, "x" * 300) for i in range(1000)]))

    data = path.read_bytes()

    class Failing(io.RawIOBase):
        def __init__(self) -> None:
            self.served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            if self.served > 100_000:
                raise ExportError(f"{path} was not read because it is packed suspiciously tightly.")
            chunk = data[self.served : self.served + 1000]
            buffer[: len(chunk)] = chunk
            self.served += len(chunk)
            return len(chunk)

    monkeypatch.setattr(ExportFile, "open", lambda self: Failing())
    with pytest.raises(ExportError, match="suspiciously"):
        telegram.parse(ExportFile(path))
