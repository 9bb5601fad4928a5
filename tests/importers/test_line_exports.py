"""LINE "Export chat history" text files: languages, encodings, quoting, placeholders, notices."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from guardian_app.importers import line
from guardian_app.importers.base import ExportError, ExportFile
from guardian_app.importers.registry import detect, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "line"


def _one(path: Path):
    (c,) = read_export(ExportFile(path))
    return c


def _write(tmp_path: Path, text: str, name: str = "chat.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_english_one_to_one_chat() -> None:
    c = _one(FIXTURES / "line_en_1to1.txt")
    assert c.format == "line" and c.title == "Jake"
    assert c.participants == ["Jake", "Emma"]
    assert c.owner == "Emma" and c.contact_hint == "Jake"  # "Chat history with Jake" was saved by Emma
    assert len(c.messages) == 15 and c.skipped == 0 and c.timezone_known is False
    assert Counter(m.kind for m in c.messages) == {"text": 10, "media": 2, "deleted": 1, "system": 2}
    assert [m.media for m in c.messages if m.media] == [("sticker",), ("image",)]
    assert c.messages[4].text == "you seem really mature for 13\nmost people your age are so boring"
    assert c.messages[9].text.endswith('they wouldn\'t understand "us"')  # doubled quotes undone
    assert c.messages[7].timestamp == datetime(2024, 3, 15, 19, 45)  # 07:45PM
    assert c.messages[13].sender is None and c.messages[13].text == "Jake: ☎ Call time 0:42"
    assert c.messages[14].sender is None and c.messages[14].text == "Jake changed the chat photo"
    assert [m.index for m in c.messages] == list(range(15))
    assert c.key.startswith("line:")


def test_japanese_group_in_utf16_with_crlf() -> None:
    c = _one(FIXTURES / "line_ja_group_utf16.txt")
    assert c.title == "読書クラブ" and c.owner is None and c.contact_hint is None
    assert c.participants == ["さくら", "ゆい", "はると"]
    assert c.messages[1].text == "32ページまで\n問題3もやるって"
    assert [m.kind for m in c.messages] == ["text", "text", "media", "media", "system", "deleted", "text"]
    assert c.messages[5].timestamp == datetime(2024, 3, 15, 15, 4)  # 午後03:04


def test_traditional_chinese_with_bom_and_afternoon_marker() -> None:
    c = _one(FIXTURES / "line_zh_tw_bom.txt")
    assert c.title == "小明" and c.owner == "美美" and c.contact_hint == "小明"
    assert c.messages[0].timestamp == datetime(2024, 1, 2, 15, 4)
    assert [m.media for m in c.messages[2:]] == [("sticker",), ("image",)]


def test_thai_and_indonesian_headers() -> None:
    thai = _one(FIXTURES / "line_th.txt")
    assert thai.title == "Beam" and thai.owner == "Nok" and thai.messages[2].media == ("sticker",)
    indo = _one(FIXTURES / "line_id_day_first.txt")
    assert indo.title == "Rafi" and indo.owner == "Sari"
    assert indo.messages[2].timestamp == datetime(2024, 3, 15, 9, 10)  # "Jum, 15/03/2024" is day first
    assert any("day/month/year" in n for n in indo.notes)
    assert indo.messages[3].media == ("image",)


def test_same_chat_exported_twice_gets_one_key(tmp_path: Path) -> None:
    text = (FIXTURES / "line_en_1to1.txt").read_text(encoding="utf-8")
    again = _write(tmp_path, text.split("2024/03/15")[0], "[LINE] Chat history with Jake.txt")
    assert _one(again).key == _one(FIXTURES / "line_en_1to1.txt").key


def test_unclosed_quote_does_not_swallow_the_rest(tmp_path: Path) -> None:
    path = _write(tmp_path, '[LINE] Chat history in Club\n\n2024/03/14(Thu)\n21:05\tAna\t"quoted start\n'
                  "21:06\tBen\tsecond\n21:07\tAna\tthird\n")
    c = _one(path)
    assert [m.text for m in c.messages] == ['"quoted start', "second", "third"]


def test_space_separated_lines_long_quotes_and_impossible_dates(tmp_path: Path) -> None:
    body = "2024/02/30(Fri)\n21:05\tAna\thello\n2566/03/14 จันทร์\n23:43 natsumi_ スタンプ\nloose line\n"
    c = _one(_write(tmp_path, "[LINE] Chat history in Club\n\n" + body))
    assert c.messages[0].timestamp is None  # February 30th is kept without a time
    assert c.messages[1].sender == "natsumi_" and c.messages[1].timestamp == datetime(2023, 3, 14, 23, 43)
    assert c.messages[1].text == "スタンプ\nloose line"
    assert any("spaces" in n for n in c.notes) and any("impossible date" in n for n in c.notes)


def test_message_lines_before_any_date_are_counted_as_skipped(tmp_path: Path) -> None:
    c = _one(_write(tmp_path, "[LINE] Chat history with Ana\n21:00\tAna\torphan\n2024/03/14\n21:05\tAna\thi\n"))
    assert c.skipped == 1 and [m.text for m in c.messages] == ["hi"]


def test_sniffing_needs_the_line_shape(tmp_path: Path) -> None:
    plain = _write(tmp_path, "Shopping list\n\nmilk\t2\neggs\t12\n")
    assert line.sniff(plain.read_bytes(), plain.name) < 0.5
    named = _write(tmp_path, "nothing here\n", "[LINE] Chat history with Ana.txt")
    assert line.sniff(named.read_bytes(), named.name) < 0.5
    headerless = _write(tmp_path, "2024/03/14(Thu)\n" + "".join(f"21:0{i}\tAna\thi {i}\n" for i in range(4)))
    assert detect(ExportFile(headerless)) == ("line", 0.65)


def test_not_a_line_file_raises_one_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "[LINE] Chat history with Ana\nSaved on: 2024/03/16\n\n")
    with pytest.raises(ExportError, match=r"chat\.txt does not look like a LINE chat export"):
        line.parse(ExportFile(path))
    empty = _write(tmp_path, "", "empty.txt")
    with pytest.raises(ExportError, match="empty"):
        line.parse(ExportFile(empty))
