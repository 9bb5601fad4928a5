"""Signal Desktop exports: signal-export Markdown and data.json, sigtop text, text-short and JSON
(the shared chat-miner sample, read in place, and synthetic fixtures)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import signal, whatsapp
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import detect, read_export

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / ".." / "shared" / "formats" / "signal" / "chatminer_signal_test_export.txt"
FIXTURES = REPO / "tests" / "fixtures" / "signal"


def _read(path: Path):
    (c,) = read_export(ExportFile(path))
    assert c.format == "signal" and [m.index for m in c.messages] == list(range(len(c.messages)))
    return c


def test_chatminer_sample_is_signal_not_whatsapp() -> None:
    if not SAMPLE.is_file():
        pytest.skip("../shared/formats/signal is not present")
    head = SAMPLE.read_bytes()[:8192]
    assert signal.sniff(head, SAMPLE.name) > whatsapp.sniff(head, SAMPLE.name) > 0.5
    assert detect(ExportFile(SAMPLE)) == ("signal", 0.97)
    c = _read(SAMPLE)
    assert c.participants == ["Jane Doe", "John Doe"] and c.owner is None
    assert [m.text for m in c.messages] == ["Hello John!", "Hello\nJane!"]
    assert c.messages[0].timestamp == datetime(2019, 12, 24, 12, 23)
    assert c.timezone_known is False and c.skipped == 0
    assert all(m.kind == "text" for m in c.messages)


def test_whatsapp_iphone_lines_with_seconds_stay_whatsapp(tmp_path: Path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_text("[2024-03-14, 21:05:12] Ana: hi\n[2024-03-14, 21:06:00] Ben: hello\n", "utf-8")
    assert signal.sniff(path.read_bytes(), path.name) == 0.0
    assert detect(ExportFile(path))[0] == "whatsapp"


def test_signal_export_markdown() -> None:
    c = _read(FIXTURES / "Jake" / "chat.md")
    assert c.title == "Jake" and c.participants == ["Jake", "Me"]
    assert c.owner == "Me" and c.contact_hint == "Jake"
    assert [m.kind for m in c.messages] == [
        "text", "text", "text", "text", "media", "media", "deleted", "media", "system", "text",
    ]  # fmt: skip
    assert c.messages[2].text == "no way, you're so mature"  # quote and reactions left out
    assert c.messages[3].text == "i can send you a gift card for your game\ndont tell your mom about it ok?"
    assert c.messages[4].media == ("image",) and c.messages[4].text == ""
    assert c.messages[5].media == ("audio",) and c.messages[5].text == "here is the song"
    assert c.messages[7].media == ("sticker",)
    assert c.messages[8].sender is None and c.messages[8].text == "Missed video call"
    assert c.messages[9].sender == "Jake"  # Unicode isolates around the name removed
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 21, 5, 12)


def test_signal_export_data_json_matches_the_markdown_key() -> None:
    c = _read(FIXTURES / "Jake" / "data.json")
    assert c.key == _read(FIXTURES / "Jake" / "chat.md").key
    assert c.skipped == 2  # a bad date and a line that is not JSON
    assert [m.kind for m in c.messages] == ["text", "text", "media", "deleted", "system", "text"]
    assert c.messages[1].text == "13" and c.owner == "Me"


def test_sigtop_text() -> None:
    c = _read(FIXTURES / "sigtop_Jake.txt")
    assert c.title == "Jake" and c.participants == ["Jake", "You"] and c.owner == "You"
    assert c.timezone_known is True
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)  # +0100
    assert c.messages[2].text == (
        "cool. this stays between us ok?\n\nFrom: tomorrow we talk more\nthat line above only looks like a field"
    )  # the quoted "13" is not repeated
    assert c.messages[3].kind == "media" and c.messages[3].media == ("image",)
    assert c.messages[4].sender is None and c.messages[4].kind == "system"
    assert c.messages[5].text == "add me on telegram, its more private"  # newest version


def test_sigtop_text_short() -> None:
    c = _read(FIXTURES / "sigtop_short_Jake.txt")
    assert detect(ExportFile(FIXTURES / "sigtop_short_Jake.txt")) == ("signal", 0.75)
    assert c.owner == "You" and c.participants == ["Jake", "You"]
    assert c.messages[2].text == "nice, you can tell me anything\nnot like your parents"
    assert c.messages[3].media == ("other", "other") and c.messages[3].text == ""
    assert c.messages[4].kind == "system"
    assert c.messages[5].text == "send one back?" and c.messages[5].media == ("other",)
    assert c.messages[5].timestamp == datetime(2024, 3, 14, 21, 10)


def test_sigtop_json() -> None:
    c = _read(FIXTURES / "sigtop_Jake.json")
    assert c.timezone_known is True and c.skipped == 2 and c.owner == "You"
    assert c.messages[0].media == ("sticker",)  # sent earliest, listed last: put in order
    assert c.messages[1].timestamp == datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)
    assert c.messages[3].media == ("image",)
    assert c.messages[5].text == "lets meet at the park, dont tell anyone"  # newest edit
    assert c.messages[6].kind == "deleted"
    assert c.key == "signal:" + hashlib.sha1(b"c0ffee-0001").hexdigest()


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "it is empty"), ("\x00\x01\x02", "it is not a text file"),
     ("just some notes\n", "it holds no messages")],
)  # fmt: skip
def test_unreadable_files_give_one_plain_error(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "chat.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExportError, match=f"chat.md does not look like a Signal chat export: {reason}"):
        signal.parse(ExportFile(path))
