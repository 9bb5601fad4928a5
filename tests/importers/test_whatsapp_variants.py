"""WhatsApp layout variants, from the synthetic fixtures in tests/fixtures/whatsapp."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from guardian_app.importers.registry import ExportError, ExportFile, discover, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "whatsapp"


def read(name: str):
    (conversation,) = read_export(ExportFile(FIXTURES / name))
    return conversation


def stamps(c) -> list[datetime | None]:
    return [m.timestamp for m in c.messages]


def test_android_us_12h_with_nnbsp_and_named_contact() -> None:
    c = read("WhatsApp Chat with Jake.txt")
    assert c.title == "Jake" and c.contact_hint == "Jake"
    assert c.participants == ["Jake", "Emma"]
    assert c.owner == "Emma"
    assert c.messages[1].timestamp == datetime(2024, 3, 14, 21, 5)
    assert (
        c.messages[5].text
        == "cool. you seem way more mature than that\nwe should talk more\njust us"
    )
    edited = next(m for m in c.messages if "gift card" in m.text)
    assert edited.text == "I can send you a gift card for the game"
    midnight = next(m for m in c.messages if m.line == 11)
    assert midnight.timestamp == datetime(2024, 3, 15, 0, 30) and midnight.kind == "deleted"
    null = next(m for m in c.messages if m.line == 13)
    assert null.kind == "media" and null.text == ""
    assert [m.index for m in c.messages] == list(range(len(c.messages)))
    assert c.key.startswith("whatsapp:")


def test_key_is_stable_across_reexports_and_copies(tmp_path: Path) -> None:
    data = (FIXTURES / "WhatsApp Chat with Jake.txt").read_bytes()
    longer = data + "3/17/24, 8:00\u202fPM - Jake: add me on snap\n".encode()
    (tmp_path / "WhatsApp Chat with Jake (1).txt").write_bytes(longer)
    (c,) = read_export(ExportFile(tmp_path / "WhatsApp Chat with Jake (1).txt"))
    assert c.key == read("WhatsApp Chat with Jake.txt").key
    assert c.title == "Jake" and len(c.messages) == 13


def test_android_german_24h_group_and_attachment() -> None:
    c = read("android_de_24h.txt")
    kinds = [m.kind for m in c.messages]
    assert kinds == ["system", "system", "text", "media", "media", "deleted", "text"]
    assert c.messages[4].media == ("image",) and c.messages[4].text == "Unser Ausflug"
    assert c.messages[1].sender is None and "Klasse 7b" in c.messages[1].text
    assert c.contact_hint is None  # a group


def test_android_spanish_pm_markers_and_midnight() -> None:
    c = read("android_es_pm.txt")
    by_line = {m.line: m for m in c.messages}
    assert by_line[1].timestamp == datetime(2024, 3, 14, 21, 5)  # p.<NBSP>m.
    assert by_line[2].timestamp == datetime(2024, 3, 14, 21, 6)  # p. m.
    assert by_line[3].timestamp == datetime(2024, 3, 15, 0, 10)  # 12:10 a. m.
    assert by_line[4].timestamp == datetime(2024, 3, 15, 0, 8)  # the invalid "00:08 a. m."
    assert by_line[5].timestamp == datetime(2024, 3, 15, 8, 0)  # a.m.
    assert by_line[2].kind == "media" and by_line[3].media == ("image",)
    assert stamps(c) == sorted(stamps(c))


@pytest.mark.parametrize(
    ("name", "expected_first", "expected_last"),
    [
        ("android_nl_nocomma.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 15, 10, 1)),
        ("android_ru.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 14, 21, 8)),
        ("android_zh_ampm.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 15, 8, 30)),
        ("android_ko_ampm.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 15, 7, 0)),
        ("ios_th_buddhist.txt", datetime(2024, 3, 14, 21, 5, 12), datetime(2024, 3, 15, 8)),
        ("ios_vi_time_first.txt", datetime(2024, 3, 14, 21, 5, 12), datetime(2024, 3, 15, 8)),
        ("ios_ar_rlm.txt", datetime(2024, 3, 14, 21, 5, 12), datetime(2024, 3, 15, 8)),
        ("ios_de_region.txt", datetime(2024, 3, 14, 21, 5, 12), datetime(2024, 3, 14, 21, 7)),
        ("old_colon_form.txt", datetime(2014, 3, 24, 13, 59, 59), datetime(2014, 3, 25, 9)),
        ("dotted_time_klo.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 14, 21, 25, 15)),
        ("lowercase_ampm.txt", datetime(2024, 3, 14, 21, 5), datetime(2024, 3, 15, 0, 1)),
    ],
)
def test_date_and_time_layouts(
    name: str, expected_first: datetime, expected_last: datetime
) -> None:
    c = read(name)
    assert c.messages[0].timestamp == expected_first
    assert c.messages[-1].timestamp == expected_last
    assert c.skipped == 0


def test_marker_before_and_after_time_and_calendar_notes() -> None:
    korean = read("android_ko_ampm.txt")
    assert korean.messages[1].timestamp == datetime(2024, 3, 14, 21, 10)  # "9:10 오후"
    chinese = read("android_zh_ampm.txt")
    assert chinese.messages[2].timestamp == datetime(2024, 3, 15, 0, 5)  # 上午12:05
    assert any("Buddhist" in n for n in read("ios_th_buddhist.txt").notes)


def test_localised_placeholders_and_deleted() -> None:
    nl = read("android_nl_nocomma.txt")
    assert [m.kind for m in nl.messages] == ["system", "text", "media", "media", "deleted"]
    assert nl.messages[3].media == ("video",)
    ru = read("android_ru.txt")
    assert [m.kind for m in ru.messages] == ["system", "text", "media", "system"]
    ar = read("ios_ar_rlm.txt")
    assert [m.kind for m in ar.messages] == ["text", "media", "deleted"]
    assert ar.messages[0].text == "مرحبا" and "\u200f" not in ar.messages[0].text
    vi = read("ios_vi_time_first.txt")
    assert vi.messages[1].media == ("image",) and vi.messages[1].text == ""


def test_ios_group_senders_media_and_system() -> None:
    c = read("_chat_ios_en.txt")
    assert c.participants == ["Mia", "Sam", "+1 555 0100"]  # "~ Sam" and bidi marks stripped
    assert [m.kind for m in c.messages] == [
        "system", "system", "text", "media", "media", "media", "text", "deleted", "system",
    ]  # fmt: skip
    assert c.messages[4].text == "Look at this" and c.messages[4].media == ("image",)
    assert c.messages[5].media == ("document",) and c.messages[5].text == ""
    assert c.messages[6].text == "thanks, it has\ntwo lines"  # CRLF removed
    assert c.owner == "Mia" and c.contact_hint is None


@pytest.mark.parametrize(
    ("name", "day_first", "phrase"),
    [
        ("ambiguous_decreasing.txt", True, "went down"),
        ("ambiguous_changes.txt", False, "changes more often"),
        ("ambiguous_same.txt", True, "guess"),
    ],
)
def test_ambiguous_dates_are_decided_from_the_whole_file(
    name: str, day_first: bool, phrase: str
) -> None:
    c = read(name)
    note = next(n for n in c.notes if n.startswith("Dates read as"))
    assert phrase in note
    assert ("day/month/year" in note) == day_first
    if name == "ambiguous_decreasing.txt":
        assert c.messages[-1].timestamp == datetime(2024, 4, 9, 18)


def test_continuation_is_matched_strictly_against_the_header_layout() -> None:
    c = read("continuation_strict.txt")
    assert len(c.messages) == 2
    assert c.messages[0].text == "plans for the trip\n2016-04-29 10:30 - lunch at the museum"


def test_garbage_before_first_header_is_skipped() -> None:
    c = read("garbage_before.txt")
    assert c.skipped == 2 and len(c.messages) == 2


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_bom_and_crlf(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = "14/03/2024, 21:05 - Ana: hi\r\nsecond line\r\n14/03/2024, 21:06 - Ben: hello\r\n"
    path = tmp_path / "chat.txt"
    path.write_bytes(bom + text.encode(encoding))
    (c,) = read_export(ExportFile(path))
    assert [m.text for m in c.messages] == ["hi\nsecond line", "hello"]
    assert c.messages[0].sender == "Ana"


def test_invalid_utf8_is_replaced_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"14/03/2024, 21:05 - Ana: caf\xe9\n")
    (c,) = read_export(ExportFile(path))
    assert c.messages[0].text == "caf\ufffd"
    assert any("1 character could not be decoded" in n for n in c.notes)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02PK\x00\xff" * 50, "not a text file"),
        (b"Shopping list\nmilk\n", "looks like a chat message"),
    ],
)
def test_named_files_that_are_not_exports(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(ExportError) as caught:
        discover(path)
    message = str(caught.value)
    assert message.startswith(f"{path} does not look like a ")
    assert "WhatsApp" in message and reason in message
    with pytest.raises(ExportError, match="does not look like a .*WhatsApp"):
        read_export(ExportFile(path))
