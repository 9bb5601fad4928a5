"""Telegram Desktop's HTML export (messages.html, messages2.html, ...): synthetic fixtures."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import telegram, telegram_stream
from guardian_app.importers.base import ExportFile
from guardian_app.importers.registry import ExportError, detect, discover, read_export
from guardian_app.importers.telegram_html import parse_title
from guardian_app.merge import merge_same_chat

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "telegram"
PAGES = FIXTURES / "html_chat"
OLD = FIXTURES / "html_old" / "messages.html"

HEAD = '<html><body><div class="page_wrap"><div class="page_header"><div class="content">' \
       '<div class="text bold">Kai</div></div></div><div class="page_body chat_page"><div class="history">'


def _pages():
    return [c for ef in discover(PAGES) for c in read_export(ef)]


def _one(path: Path):
    (c,) = read_export(ExportFile(path))
    return c


def _write(tmp_path: Path, body: str, name: str = "messages.html") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body + "</div></div></div></body></html>", encoding="utf-8")
    return path


def _default(i: int, text: str, sender: str | None = "Kai", joined: bool = False) -> str:
    cls = "message default clearfix" + (" joined" if joined else "")
    name = f'<div class="from_name">{sender}</div>' if sender else ""
    return (f'<div class="{cls}" id="message{i}"><div class="body">'
            f'<div class="pull_right date details" title="01.05.2024 10:{i:02d}:00 UTC+02:00">10:{i:02d}</div>'
            f'{name}<div class="text">{text}</div></div></div>')


def test_pages_of_one_chat_share_a_key_and_join_in_order() -> None:
    first, second = _pages()
    assert first.key == second.key and first.title == second.title == "Dan Reyes"
    assert (len(first.messages), len(second.messages)) == (6, 4)
    (chat,) = merge_same_chat([first, second])
    assert len(chat.messages) == 10 and [m.index for m in chat.messages] == list(range(10))
    assert chat.participants == ["Dan Reyes", "Mia Torres"]
    assert chat.contact_hint == "Dan Reyes" and chat.owner is None


def test_joined_messages_carry_the_previous_sender_and_titles_give_the_time() -> None:
    first, _ = _pages()
    assert [m.sender for m in first.messages] == [None, "Dan Reyes", "Dan Reyes", "Mia Torres",
                                                  "Dan Reyes", "Dan Reyes"]
    assert first.messages[2].text == "how old are you btw?\njust curious & stuff"
    assert first.messages[1].timestamp == datetime(2024, 3, 2, 16, 1, tzinfo=UTC)
    assert first.timezone_known is True


def test_service_notices_replies_dates_and_calls() -> None:
    first, second = _pages()
    assert first.messages[0].kind == "system" and first.messages[0].text == "Dan Reyes joined Telegram"
    assert first.messages[0].timestamp == first.messages[1].timestamp  # notices carry no time
    texts = " ".join(m.text for m in first.messages + second.messages)
    assert "March 2024" not in texts  # date separators are not messages
    assert "In reply to" not in texts and "this message" not in texts
    assert second.messages[2].kind == "system" and second.messages[2].text == "Dan Reyes called"


def test_forwarded_messages_belong_to_the_forwarder() -> None:
    _, second = _pages()
    forwarded = second.messages[1]
    assert forwarded.sender == "Dan Reyes" and forwarded.text == "Skate park open late on Friday"
    assert "Skate Spot News" not in second.participants
    assert any("forwarded" in n for n in second.notes)


def test_media_is_recorded_by_kind_only() -> None:
    first, second = _pages()
    assert first.messages[4].media == ("image",) and first.messages[4].text == "this is me at the skate park"
    assert first.messages[5].media == ("audio",) and first.messages[5].text == ""
    assert second.messages[3].media == ("document",) and second.messages[3].text == "ok"
    dump = repr([first, second])
    for fragment in ("homework_answers", "photo_1@", ".ogg", ".jpg", "Voice message", "52.1 KB"):
        assert fragment not in dump


def test_old_pages_without_a_zone_bots_stickers_and_entities() -> None:
    c = _one(OLD)
    assert c.title == "Chess Club" and c.timezone_known is False
    assert c.messages[1].timestamp == datetime(2020, 1, 9, 16, 30)
    assert c.messages[0].text == "Ava Stone created group «Chess Club»"
    assert c.participants == ["Ava Stone", "Ben Ode", "Cleo Hart"]  # " via @gamebot" removed
    assert c.messages[2].media == ("sticker",)
    assert c.contact_hint is None


def test_a_joined_message_without_any_sender_before_it_is_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path, _default(1, "orphan", sender=None, joined=True) + _default(2, "hello"))
    c = _one(path)
    assert [m.text for m in c.messages] == ["hello"] and c.skipped == 1


def test_damaged_markup_keeps_the_messages_before_it(tmp_path: Path) -> None:
    path = tmp_path / "messages.html"
    path.write_text(HEAD + _default(1, "first") + _default(2, "second") + "<div class=\"message default",
                    encoding="utf-8")
    c = _one(path)
    assert [m.text for m in c.messages] == ["first", "second"]


def test_an_endless_tag_stops_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "messages.html"
    path.write_text('<div class="message default clearfix" id="message1"><div title="' + "a" * 5_000_000,
                    encoding="utf-8")
    with pytest.raises(ExportError, match="does not contain any Telegram messages"):
        read_export(ExportFile(path))


def test_tiny_chunks_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = [(m.sender, m.text, m.timestamp, m.media) for c in _pages() for m in c.messages]
    monkeypatch.setattr(telegram_stream, "CHUNK", 3)
    assert [(m.sender, m.text, m.timestamp, m.media) for c in _pages() for m in c.messages] == whole


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("14.03.2024 21:05:12 UTC+01:00", datetime(2024, 3, 14, 20, 5, 12, tzinfo=UTC)),
        ("14.03.2024 21:05:12 UTC-05:30", datetime(2024, 3, 15, 2, 35, 12, tzinfo=UTC)),
        ("14.03.2024 21:05:12", None),
        ("31.02.2024 21:05:12 UTC+01:00", None),
        ("01.01.0001 00:30:00 UTC+01:00", None),  # before the first representable instant
        ("14.03.2024 21:05:12 UTC+99:00", None),
        ("", None),
    ],
)
def test_date_titles(title: str, expected: datetime | None) -> None:
    local, instant = parse_title(title)
    assert (instant.astimezone(UTC) if instant else None) == expected
    if title == "14.03.2024 21:05:12":
        assert local == datetime(2024, 3, 14, 21, 5, 12)


def test_sniffing_claims_telegram_pages_only(tmp_path: Path) -> None:
    assert detect(ExportFile(OLD)) == ("telegram", 0.95)
    plain = tmp_path / "messages.html"
    plain.write_text('<html><body><div class="message">hi</div></body></html>', encoding="utf-8")
    assert telegram.sniff(plain.read_bytes(), plain.name) == 0.0
    summary = tmp_path / "export_results.html"
    summary.write_text('<div class="page_body list_page"><a class="section block_link chats">', encoding="utf-8")
    assert detect(ExportFile(summary)) is None


def test_a_zipped_html_export_is_joined_and_its_media_never_opened(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ChatExport_2024-03-05.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for page in ("messages.html", "messages2.html"):
            archive.writestr(f"ChatExport_2024-03-05/{page}", (PAGES / page).read_bytes())
        archive.writestr("ChatExport_2024-03-05/css/style.css", b".message{}")
        archive.writestr("ChatExport_2024-03-05/js/script.js", b"function CheckLocation(){}")
        archive.writestr("ChatExport_2024-03-05/photos/photo_1@02-03-2024_17-05-00.jpg", b"\xff\xd8")
    opened: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self, name, mode="r", *args, **kwargs):
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    units = discover(path)
    assert sorted(u.name for u in units) == ["messages.html", "messages2.html"]
    (chat,) = merge_same_chat([c for u in units for c in read_export(u)])
    assert len(chat.messages) == 10 and chat.title == "Dan Reyes"
    assert not any(name.endswith(".jpg") for name in opened)
