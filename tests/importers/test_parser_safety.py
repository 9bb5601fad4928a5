"""T12-T16 of ../shared/reference/reliability-security.md section 8: hostile exports.

Zip slip and zip bombs (T12, T13), XML attacks and SMS Backup quirks (T14), huge or malformed
JSON (T15) and the encodings of the locale corpus (T16; the golden corpus itself is in
test_whatsapp_golden.py). The pass criteria are asserted: nothing written or extracted,
bounded time and memory (tracemalloc), a clear :class:`ExportError`, no network, no file
read, and no message text in logs or errors.
"""

from __future__ import annotations

import io
import logging
import socket
import sys
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_inputs import (
    CANARY,
    CHAT,
    Entry,
    big_telegram_json,
    deflate,
    deflate_bomb,
    raw_zip,
    sms_backup,
)

from guardian_app.importers.registry import ExportError, discover, read_export

MB = 1024 * 1024


def read_all(path: Path) -> list[Any]:
    return [c for ef in discover(path) for c in read_export(ef)]


def measured(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """(result or the ExportError raised, seconds, peak traced MB)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result: Any = fn()
    except ExportError as exc:
        result = exc
    finally:
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
    return result, seconds, peak


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def no_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything asks zipfile to extract a member to disk."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a zip member was extracted to disk")

    monkeypatch.setattr(zipfile.ZipFile, "extract", refuse)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", refuse)


@pytest.fixture
def opened_members(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return seen


# ----------------------------------------------------------------------------- T12 zip slip

SLIP_NAMES = [
    "../../x.txt", "chats/../../x.txt", "/etc/x.txt", "C:\\x.txt", "C:x.txt", "..\\..\\x.txt",
    "\\\\server\\share\\x.txt",
]  # fmt: skip


@pytest.mark.parametrize("name", SLIP_NAMES)
def test_zip_slip_member_rejects_the_archive_and_writes_nothing(
    name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, no_extraction: None
) -> None:
    caplog.set_level(logging.DEBUG)
    drop = tmp_path / "drop" / "inner"
    drop.mkdir(parents=True)
    archive = raw_zip(drop / "WhatsApp Chat - Jake.zip", [
        Entry(b"_chat.txt", CHAT.encode()), Entry(name.encode(), CHAT.encode()),
    ])  # fmt: skip
    before = tree(tmp_path)
    with pytest.raises(ExportError, match="unsafe") as err:
        read_all(archive)
    assert CANARY not in str(err.value)
    assert read_all(tmp_path / "drop") == []  # inside a watched folder: skipped, not fatal
    assert tree(tmp_path) == before  # nothing written anywhere, not even inside the sandbox
    assert CANARY not in caplog.text and "x.txt" not in caplog.text


def test_symlink_entry_is_never_followed(tmp_path: Path, opened_members: list[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(CHAT, encoding="utf-8")
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [
        Entry(b"_chat.txt", str(secret).encode(), mode=0o120777),
    ])  # fmt: skip
    with pytest.raises(ExportError, match="symbolic link"):
        read_all(archive)
    assert opened_members == []


def test_nul_in_a_name_cannot_smuggle_a_path(tmp_path: Path, no_extraction: None) -> None:
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [
        Entry(b"_chat.txt\x00/../../evil.txt", CHAT.encode()),
    ])  # fmt: skip
    before = tree(tmp_path)
    (chat,) = read_all(archive)  # zipfile cuts the name at the NUL: only "_chat.txt" is left
    assert [m.sender for m in chat.messages] == ["Jake", "Emma", "Jake"]
    assert tree(tmp_path) == before


def test_ten_kilobyte_member_name_is_read_without_trouble(tmp_path: Path) -> None:
    name = "deep/" * 2000 + "_chat.txt"
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [Entry(name.encode(), CHAT.encode())])
    (chat,) = read_all(archive)
    assert len(chat.messages) == 3 and chat.source == str(archive)


def test_names_differing_only_in_case_are_two_chats(tmp_path: Path) -> None:
    other = CHAT.replace("Jake", "Liam")
    archive = raw_zip(tmp_path / "exports.zip", [
        Entry(b"chat.txt", CHAT.encode()), Entry(b"CHAT.txt", other.encode()),
    ])  # fmt: skip
    chats = read_all(archive)
    assert sorted(c.participants[0] for c in chats) == ["Jake", "Liam"]


def test_duplicate_names_reject_the_archive(tmp_path: Path, opened_members: list[str]) -> None:
    archive = raw_zip(tmp_path / "exports.zip", [
        Entry(b"_chat.txt", CHAT.encode()), Entry(b"_chat.txt", CHAT.replace("Jake", "X").encode()),
    ])  # fmt: skip
    with pytest.raises(ExportError, match="same name"):
        read_all(archive)
    assert opened_members == []


# ----------------------------------------------------------------------------- T13 zip bombs


def test_ten_gigabyte_member_with_lying_size_stops_at_the_first_limit(tmp_path: Path) -> None:
    data = deflate_bomb(CHAT.encode(), b"ha ", 10 * 1024)  # 10 GB of text in about 10 MB
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [
        Entry(b"_chat.txt", data, method=8, crc=0, size=0xFFFFFFFE),
    ])  # fmt: skip
    result, seconds, peak = measured(lambda: read_all(archive))
    assert isinstance(result, ExportError) and "zip bomb" in str(result)
    assert seconds < 10 and peak < 64


def test_understated_size_is_a_damaged_archive_not_a_bomb(tmp_path: Path) -> None:
    data = deflate((CHAT * 50_000).encode())
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [
        Entry(b"_chat.txt", data, method=8, crc=0, size=len(CHAT)),
    ])  # fmt: skip
    result, seconds, peak = measured(lambda: read_all(archive))
    assert isinstance(result, ExportError) and "damaged" in str(result)
    assert seconds < 5 and peak < 32


def test_nested_archives_are_never_opened(tmp_path: Path, opened_members: list[str]) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("_chat.txt", CHAT.replace("Jake", "Inner"))
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [
        Entry(b"42.zip", inner.getvalue()), Entry(b"more.ZIP", inner.getvalue()),
        Entry(b"_chat.txt", CHAT.encode()),
    ])  # fmt: skip
    (chat,) = read_all(archive)
    assert "Inner" not in chat.participants
    assert set(opened_members) == {"_chat.txt"}


def test_entries_sharing_one_payload_are_refused(tmp_path: Path, opened_members: list[str]) -> None:
    text = (CHAT * 20_000).encode()  # 2.6 MB that 500 directory entries would each unpack
    payload = Entry(b"_chat.txt", deflate(text), method=8, crc=zlib.crc32(text), size=len(text))
    shared = Entry(payload.name, payload.data, 8, payload.crc, payload.size, offset=0)
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [payload], central=[shared] * 500)
    result, seconds, _peak = measured(lambda: read_all(archive))
    assert isinstance(result, ExportError) and "unsafe" in str(result)
    assert seconds < 5 and opened_members == []


def test_quoted_overlap_is_refused_before_reading(tmp_path: Path, opened_members: list[str]) -> None:
    first, second = Entry(b"a.txt", CHAT.encode()), Entry(b"_chat.txt", CHAT.encode())
    plain = raw_zip(tmp_path / "plain.zip", [first, second]).read_bytes()
    # The first member's directory entry claims its data runs on through the second member
    # (a "quoted overlap"): its sizes and CRC are right for those bytes, so only an overlap
    # check can tell.
    span = plain[30 + 5 : (30 + 5 + len(CHAT)) + 30 + 9 + len(CHAT)]
    archive = raw_zip(tmp_path / "WhatsApp Chat - Jake.zip", [first, second],
                      central=[Entry(b"a.txt", span), second])
    result, seconds, _peak = measured(lambda: read_all(archive))
    assert isinstance(result, ExportError) and "overlap" in str(result)
    assert seconds < 5 and opened_members == []


class _Unseekable(io.RawIOBase):
    """A write-only stream, so zipfile writes data descriptors after each member."""

    def __init__(self) -> None:
        super().__init__()
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self.data += bytes(b)
        return len(b)


def test_ordinary_archives_are_not_mistaken_for_bombs(tmp_path: Path) -> None:
    cp437 = raw_zip(tmp_path / "WhatsApp Chat - Caf.zip", [Entry(b"Caf\x82/_chat.txt", CHAT.encode())])
    stream = _Unseekable()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Café/Über.txt", "a photo caption")
        z.writestr("_chat.txt", CHAT * 500)
    described = tmp_path / "WhatsApp Chat - Jake.zip"
    described.write_bytes(bytes(stream.data))
    for archive in (cp437, described):
        (chat,) = read_all(archive)
        assert chat.participants == ["Jake", "Emma"]


def test_hundred_thousand_entries_are_refused_from_the_end_record(tmp_path: Path) -> None:
    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(60_000):
            z.writestr(f"m{i}.txt", b"")
    result, seconds, peak = measured(lambda: read_all(archive))
    assert isinstance(result, ExportError) and "60000 files" in str(result)
    assert seconds < 5 and peak < 16  # the central directory was never parsed


# ----------------------------------------------------------------------------- T14 XML

_WATCH: dict[str, Any] = {"on": False, "paths": set(), "seen": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _WATCH["on"]:
        return
    if event.startswith("socket.") or (event == "open" and str(args[0]) in _WATCH["paths"]):
        _WATCH["seen"].append(event)


sys.addaudithook(_audit)  # cheap while off; there is no way to remove an audit hook


@pytest.fixture
def audited(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Records network use and opening of the canary file while a test body runs."""
    canary = tmp_path / "passwd"
    canary.write_text(CANARY, encoding="utf-8")
    _WATCH.update(on=True, paths={str(canary)}, seen=[])
    try:
        yield {"canary": canary, "seen": _WATCH["seen"]}
    finally:
        _WATCH["on"] = False


def _attacks(canary: Path, port: int) -> dict[str, tuple[str, str]]:
    url = f"http://127.0.0.1:{port}"
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return {
        "billion laughs": (f'<!DOCTYPE smses [<!ENTITY lol0 "lol">{lol}]>', "&lol9;"),
        "quadratic blowup": (f'<!DOCTYPE smses [<!ENTITY a "{"a" * 5000}">]>', "&a;" * 20_000),
        "external file": (f'<!DOCTYPE smses [<!ENTITY x SYSTEM "file://{canary}">]>', "&x;"),
        "external url": (f'<!DOCTYPE smses [<!ENTITY x SYSTEM "{url}/x">]>', "&x;"),
        "dtd url": (f'<!DOCTYPE smses SYSTEM "{url}/sms.dtd">', "hi"),
        "parameter entity": (f'<!DOCTYPE smses [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]>', "hi"),
    }


@pytest.mark.parametrize("attack", [
    "billion laughs", "quadratic blowup", "external file", "external url", "dtd url",
    "parameter entity",
])  # fmt: skip
def test_xml_entity_and_dtd_attacks_are_refused_without_network_or_file_reads(
    attack: str, tmp_path: Path, audited: dict[str, Any]
) -> None:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    audited["seen"].clear()  # the listener above is the test's own socket use
    doctype, body = _attacks(audited["canary"], listener.getsockname()[1])[attack]
    path = tmp_path / "sms-20240314.xml"
    path.write_text(sms_backup(body, doctype + "\n"), encoding="utf-8")
    _WATCH["on"] = True
    try:
        result, seconds, peak = measured(lambda: read_all(path))
        _WATCH["on"] = False
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody ever connected
    finally:
        listener.close()
    assert isinstance(result, ExportError) and "declares XML entities" in str(result)
    assert CANARY not in str(result)
    assert audited["seen"] == []
    assert seconds < 5 and peak < 64


@pytest.mark.parametrize("raw, text", [
    ("&#55357;&#56841; ok", "\U0001f609 ok"),
    ("&#xD83D;&#xDE00;!", "\U0001f600!"),
    ("a&#55357;b", "a\ufffdb"),
    ("&#56841;", "\ufffd"),
    ("&#56841;&#55357;", "\ufffd\ufffd"),
    ("tschüss \U0001f44b &amp; bye", "tschüss \U0001f44b & bye"),
])  # fmt: skip
def test_sms_backup_surrogate_references_become_real_characters(
    raw: str, text: str, tmp_path: Path
) -> None:
    path = tmp_path / "sms-20240314.xml"
    path.write_text(sms_backup(raw), encoding="utf-8")
    (chat,) = read_all(path)
    assert [m.text for m in chat.messages] == [text]


def test_huge_sms_backup_with_a_100_mb_attachment_streams_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "sms-20240314.xml"
    chunk = "QUJD" * 16384  # 64 KB of base64
    with path.open("w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">\n")
        out.write('<mms date="1710446800000" msg_box="1" address="+15550100" contact_name="Jake">'
                  '<parts><part seq="0" ct="text/plain" text="look at this" />'
                  '<part seq="1" ct="image/jpeg" name="IMG_1.jpg" data="')
        for _ in range(1600):  # 100 MB in one attribute
            out.write(chunk)
        out.write('" /></parts></mms>\n')
        for i in range(20_000):
            out.write(f'<sms address="+15550100" date="{1710446900000 + i * 1000}" type="1" '
                      f'body="message {i} &#55357;&#56841;" contact_name="Jake" />\n')
        out.write("</smses>\n")
    assert path.stat().st_size > 100 * MB
    result, seconds, peak = measured(lambda: read_all(path))
    (chat,) = result
    assert len(chat.messages) == 20_001
    assert chat.messages[0].media == ("image",) and "QUJD" not in chat.messages[0].text
    assert chat.messages[-1].text == "message 19999 \U0001f609"
    assert seconds < 30 and peak < 96


# ----------------------------------------------------------------------------- T15 JSON

DEEP = "[" * 100_000 + "]" * 100_000


def _value(i: int, bad: str) -> str:
    return bad if i == 2 else f'"hello {i}"'


def _telegram(bad: str) -> str:
    rows = ",".join(
        f'{{"id": {i}, "type": "message", "date": "2024-03-14T21:0{i}:00", "date_unixtime": '
        f'"171044670{i}", "from": "Jake", "from_id": "user44", "text": {_value(i, bad)}}}'
        for i in (1, 2, 3)
    )
    return f'{{"name": "Jake", "type": "personal_chat", "id": 44, "messages": [{rows}]}}'


def _discord(bad: str) -> str:
    rows = ",".join(
        f'{{"id": "{i}", "type": "Default", "timestamp": "2024-03-14T21:0{i}:00+00:00", '
        f'"content": {_value(i, bad)}, "author": {{"id": "9", "name": "jake"}}, "attachments": []}}'
        for i in (1, 2, 3)
    )
    return ('{"guild": {"id": "0", "name": "Direct Messages"}, "channel": {"id": "1", "type": '
            f'"DirectTextChat", "name": "jake"}}, "messages": [{rows}]}}')


def _messenger(bad: str) -> str:
    rows = ",".join(
        f'{{"sender_name": "Jake", "timestamp_ms": 171044670{i}000, "content": {_value(i, bad)}}}'
        for i in (3, 2, 1)  # newest first, as Meta writes them
    )
    return ('{"participants": [{"name": "Emma"}, {"name": "Jake"}], "title": "Jake", '
            f'"messages": [{rows}]}}')


def _generic(bad: str) -> str:
    return "".join(
        f'{{"timestamp": "2024-03-14T21:0{i}:00", "sender": "Jake", "text": {_value(i, bad)}}}\n'
        for i in (1, 2, 3)
    )


_JSON_CASES: dict[str, tuple[str, Callable[[str], str]]] = {
    "telegram": ("result.json", _telegram),
    "discord": ("Direct Messages - jake [1].json", _discord),
    "messenger": ("message_1.json", _messenger),
    "generic": ("chat.guardian.jsonl", _generic),
}


def _json_case(tmp_path: Path, fmt: str, bad: str) -> Path:
    name, make = _JSON_CASES[fmt]
    path = tmp_path / name
    path.write_text(make(bad), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", sorted(_JSON_CASES))
@pytest.mark.parametrize("bad", ["DEEP", "NaN", "-Infinity", "TRUNCATED"])
def test_malformed_json_gives_a_clear_error_or_counted_damage(
    fmt: str, bad: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    path = _json_case(tmp_path, fmt, DEEP if bad == "DEEP" else bad if bad != "TRUNCATED" else '"x"')
    if bad == "TRUNCATED":
        path.write_bytes(path.read_bytes()[: path.stat().st_size * 2 // 3])
    result, seconds, peak = measured(lambda: read_all(path))
    assert seconds < 5 and peak < 64
    if isinstance(result, ExportError):
        assert "unexpected problem" not in str(result)  # a parser bug, not a refusal
        return
    (chat,) = result
    good = [m.text for m in chat.messages]
    assert set(good) <= {"hello 1", "hello 3", "x"} and "hello 1" in good
    damage = chat.skipped or any("damaged" in n or "cut short" in n for n in chat.notes)
    assert damage, chat.notes
    assert "hello" not in caplog.text


def test_huge_telegram_export_streams_in_flat_memory(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    size = big_telegram_json(path, messages=30_000, padding=4000)
    assert size > 120 * MB
    result, seconds, peak = measured(lambda: read_all(path))
    (chat,) = result
    assert len(chat.messages) == 30_000 and chat.messages[-1].text == "message 29999"
    assert peak < 96 and seconds < 60


def test_telegram_text_as_string_or_mixed_array_reads_the_same(tmp_path: Path) -> None:
    as_string = _json_case(tmp_path, "telegram", '"see you at 9"')
    (one,) = read_all(as_string)
    mixed = '["see ", {"type": "bold", "text": "you"}, " at ", {"type": "italic", "text": "9"}]'
    as_array = _json_case(tmp_path, "telegram", mixed)
    (two,) = read_all(as_array)
    assert [m.text for m in one.messages] == [m.text for m in two.messages]
    assert one.messages[1].text == "see you at 9"


def test_telegram_invalid_utf8_and_duplicate_keys(tmp_path: Path) -> None:
    path = _json_case(tmp_path, "telegram", '"first", "text": "second"')
    path.write_bytes(path.read_bytes().replace(b"hello 3", b"hel\xff\xfelo 3"))
    (chat,) = read_all(path)
    assert [m.text for m in chat.messages] == ["hello 1", "second", "hel\ufffd\ufffdlo 3"]
    assert any("replaced" in n for n in chat.notes)


# ----------------------------------------------------------------------------- T16 encodings


@pytest.mark.parametrize("encoding, newline", [
    ("utf-8-sig", "\n"), ("utf-16-le", "\n"), ("utf-16-be", "\r\n"), ("utf-8", "\r\n"),
])  # fmt: skip
def test_whatsapp_reads_the_same_in_every_encoding_and_line_end(
    encoding: str, newline: str, tmp_path: Path
) -> None:
    plain = tmp_path / "plain" / "WhatsApp Chat with Jake.txt"
    plain.parent.mkdir()
    plain.write_text(CHAT, encoding="utf-8")
    other = tmp_path / "WhatsApp Chat with Jake.txt"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    other.write_bytes((bom + CHAT.replace("\n", newline)).encode(encoding))

    def rows(path: Path) -> list[tuple[object, ...]]:
        (chat,) = read_all(path)
        return [(m.sender, m.text, m.timestamp, m.kind) for m in chat.messages]

    assert rows(other) == rows(plain) and len(rows(plain)) == 3
