"""Guardian's generic CSV / JSON Lines format (docs/generic-format.md): fields, kinds, owners,
times, sniffing, and the damage that must be counted rather than fatal."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import generic
from guardian_app.importers.generic_rows import BadRow, parse_time
from guardian_app.importers.registry import ExportError, ExportFile, detect, read_export

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "generic"


def _read(path: Path) -> dict:
    return {c.title: c for c in read_export(ExportFile(path))}


def test_csv_with_chats_kinds_and_owner() -> None:
    chats = _read(FIXTURES / "family_chats.guardian.csv")
    assert list(chats) == ["Roblox: skyler_77", "Family"]
    roblox = chats["Roblox: skyler_77"]
    assert roblox.format == "generic" and roblox.key.startswith("generic:")
    assert roblox.participants == ["skyler_77", "Emma"] and roblox.owner == "Emma"
    assert roblox.contact_hint == "skyler_77" and roblox.timezone_known
    assert roblox.messages[0].timestamp == datetime(2024, 5, 2, 14, 0, tzinfo=UTC)  # +02:00 kept as UTC
    assert [m.index for m in roblox.messages] == list(range(9))
    assert roblox.messages[4].text == 'you\'re so mature for your age, "seriously"'  # sorted into place
    assert roblox.messages[4].line == 11
    assert roblox.messages[5].text == "i can get you 800 robux, just don't tell your parents.\nit's our secret ok?"
    assert [(m.kind, m.media, m.sender) for m in roblox.messages[6:]] == [
        ("media", ("image",), "skyler_77"), ("system", (), None), ("deleted", (), "skyler_77")]
    family = chats["Family"]
    assert family.participants == ["Mom", "Emma", "Dad"] and family.owner == "Emma"
    assert family.contact_hint is None and family.skipped == 2  # no text; a broken time
    assert family.messages[-1].text == "can you feed the cat"  # unknown kind read as text
    assert any("kind Guardian does not know" in n for n in family.notes)


def test_jsonl_epoch_times_owner_and_bad_lines() -> None:
    (conv,) = read_export(ExportFile(FIXTURES / "friend_from_game.guardian.jsonl"))
    assert conv.title == "leo.plays, Noah" and conv.owner == "Noah" and conv.contact_hint == "leo.plays"
    assert len(conv.messages) == 6 and conv.skipped == 2  # a non-JSON line and an array
    times = [m.timestamp for m in conv.messages]
    assert times[0] == datetime(2024, 6, 1, 15, 0, tzinfo=UTC)
    assert times[3] == datetime(2024, 6, 1, 15, 3, tzinfo=UTC)  # epoch milliseconds
    assert conv.messages[5].media == ("location",) and conv.timezone_known
    assert [m.line for m in conv.messages[:3]] == [1, 2, 4]


def test_semicolon_csv_with_bom_and_wall_clock_times() -> None:
    (conv,) = read_export(ExportFile(FIXTURES / "sleepover_group.csv"))
    assert conv.participants == ["Ava", "Lily"] and conv.owner is None
    assert conv.messages[0].timestamp == datetime(2024, 6, 1, 19, 0) and not conv.timezone_known
    assert conv.messages[1].text == "yes! my dad drives me"


def test_key_is_the_chat_name_or_the_people(tmp_path: Path) -> None:
    a = tmp_path / "a.guardian.jsonl"
    a.write_text('{"timestamp": 1, "sender": "Ava", "text": "hi"}\n{"timestamp": 2, "sender": "Lily", "text": "yo"}\n')
    b = tmp_path / "b.guardian.csv"
    b.write_text("timestamp,sender,text\n3,lily,hey\n4,AVA,ok\n")
    assert read_export(ExportFile(a))[0].key == read_export(ExportFile(b))[0].key
    c = tmp_path / "c.guardian.csv"
    c.write_text("chat,timestamp,sender,text\n  the  Squad ,1,Ava,hi\nThe Squad,2,Mo,hey\n")
    d = tmp_path / "d.guardian.csv"
    d.write_text("chat,timestamp,sender,text\nthe squad,9,Zed,later\n")
    (squad,) = read_export(ExportFile(c))
    assert squad.key == read_export(ExportFile(d))[0].key and squad.participants == ["Ava", "Mo"]


def test_mixed_zones_missing_times_and_two_owners(tmp_path: Path) -> None:
    path = tmp_path / "mixed.guardian.csv"
    path.write_text("timestamp,sender,text,is_owner\n2024-01-01T10:00:00Z,Ava,hi,1\n"
                    "2024-01-01 09:00,Bo,earlier,1\n")
    (conv,) = read_export(ExportFile(path))
    assert [m.text for m in conv.messages] == ["earlier", "hi"] and not conv.timezone_known
    assert conv.messages[1].timestamp == datetime(2024, 1, 1, 10, 0) and conv.owner is None
    assert any("more than one sender" in n.lower() for n in conv.notes)
    untimed = tmp_path / "untimed.guardian.csv"
    untimed.write_text("timestamp,sender,text\n5,Ava,second\n,Bo,no time\n1,Ava,first\n")
    (conv,) = read_export(ExportFile(untimed))
    assert [m.text for m in conv.messages] == ["second", "no time", "first"]  # file order kept
    assert conv.messages[1].timestamp is None and not conv.timezone_known


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14T21:05:00+01:00", datetime(2024, 3, 14, 20, 5, tzinfo=UTC)),
    ("2024-03-14T20:05:00Z", datetime(2024, 3, 14, 20, 5, tzinfo=UTC)),
    ("2024-03-14 20:05", datetime(2024, 3, 14, 20, 5)),
    (1710446700, datetime(2024, 3, 14, 20, 5, tzinfo=UTC)),
    ("1710446700.5", datetime(2024, 3, 14, 20, 5, 0, 500000, tzinfo=UTC)),
    (1710446700000, datetime(2024, 3, 14, 20, 5, tzinfo=UTC)),
    ("", None),
    (None, None),
])
def test_timestamps(value: object, expected: datetime | None) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize("value", ["yesterday", True, "1e999", float("nan"), 10**30, "2024-13-01"])
def test_bad_timestamps(value: object) -> None:
    with pytest.raises(BadRow):
        parse_time(value)


def test_sniffing_wants_exactly_our_names() -> None:
    def score(text: str, name: str) -> float:
        return generic.sniff(text.encode(), name)

    assert score("timestamp,sender,text\n", "x.guardian.csv") == 0.95
    assert 0.5 <= score("Text\tSender\tTimestamp\tchat\n", "x.csv") < 0.95
    assert score('{"timestamp": 1, "sender": "a", "text": "b"}\n', "x.jsonl") >= 0.8
    assert score("timestamp,sender,text,reactions\n", "x.guardian.csv") == 0.0
    assert score("timestamp,sender\n", "x.csv") == 0.0
    assert score("timestamp,sender,text,text\n", "x.csv") == 0.0
    assert score('{"timestamp": 1, "sender": "a", "text": "b", "id": 4}\n', "x.jsonl") == 0.0
    assert score('{"messages": [{"timestamp": 1, "sender": "a", "text": "b"}]}', "result.json") == 0.0
    assert score("AuthorID,Author,Date,Content,Attachments,Reactions\n", "x.csv") == 0.0
    long_first = '{"timestamp": 1, "sender": "a", "text": "' + "x" * 9000
    assert generic.sniff(long_first.encode()[:8192], "big.guardian.jsonl") == 0.6
    assert generic.sniff(long_first.encode()[:8192], "big.jsonl") == 0.0
    assert {detect(ExportFile(FIXTURES / n)) for n in ("not_generic.csv", "shopping.csv")} == {None}


def test_damage_is_counted_or_one_clear_error(tmp_path: Path) -> None:
    ragged = tmp_path / "ragged.guardian.csv"
    ragged.write_text('timestamp,sender,text\n1,Ava,hi\n2,Bo\n3,Cy,"unterminated\n')
    (conv,) = read_export(ExportFile(ragged))
    assert [m.text for m in conv.messages] == ["hi", "unterminated\n"] and conv.skipped == 1  # csv is lenient
    hopeless = tmp_path / "hopeless.guardian.jsonl"
    hopeless.write_text('{"timestamp": 1, "sender": "a", "text": "b"}'.replace("1", "true") + "\nnope\n")
    with pytest.raises(ExportError, match="none of its 2 rows") as err:
        read_export(ExportFile(hopeless))
    assert str(hopeless) in str(err.value)
    header_only = tmp_path / "empty.guardian.csv"
    header_only.write_text("timestamp,sender,text\n")
    assert read_export(ExportFile(header_only)) == []
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("when,who,what\n1,a,b\n")
    with pytest.raises(ExportError, match="first line must name"):
        generic.parse(ExportFile(wrong))


def test_utf16_and_a_too_long_json_line(tmp_path: Path) -> None:
    utf16 = tmp_path / "u.guardian.csv"
    utf16.write_bytes("timestamp,sender,text\n1,Zoë,où es-tu ?\n".encode("utf-16"))
    (conv,) = read_export(ExportFile(utf16))
    assert conv.messages[0].sender == "Zoë" and conv.messages[0].text == "où es-tu ?"
    long = tmp_path / "long.guardian.jsonl"
    long.write_text('{"timestamp": 1, "sender": "a", "text": "ok"}\n'
                    '{"timestamp": 2, "sender": "a", "text": "' + "x" * (1024 * 1024 + 10) + '"}\n'
                    '{"timestamp": 3, "sender": "b", "text": "after"}\n')
    (conv,) = read_export(ExportFile(long))
    assert [m.text for m in conv.messages] == ["ok", "after"] and conv.skipped == 1
