"""Slack workspace exports: day files joined per channel, names from users.json (or the
messages' own profiles), DMs titled by their members, workspace files passed over quietly,
zips read member by member, sniffing that claims only Slack day files, random damage that only
ever raises ExportError, and ``guardian scan --json`` end to end."""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app import cli
from guardian_app.importers import slack
from guardian_app.importers.registry import ExportError, ExportFile, detect, discover, read_export
from guardian_app.merge import merge_same_chat
from guardian_app.pipeline import read_paths

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared" / "formats"
FIXTURES = ROOT / "tests" / "fixtures"
EXPORT = FIXTURES / "slack" / "export"
HOMEWORK = EXPORT / "homework-help"
DM = EXPORT / "D0MIADAN1" / "2024-03-14.json"
SAMPLE_DAY = SHARED / "slack" / "slackviewer_testarchive_traveling-sailor_2016-01-16.json"
SAMPLE_CHANNELS = SHARED / "slack" / "slackviewer_testarchive_channels.json"


def _chats(path: Path) -> dict[str, object]:
    convs = [c for ef in discover(path) for c in read_export(ef)]
    return {c.title: c for c in merge_same_chat(convs)}


@pytest.fixture
def shared_slack() -> Path:
    if not SAMPLE_DAY.is_file():
        pytest.skip("../shared/formats/slack is not present on this machine")
    return SAMPLE_DAY


def test_shared_sample_day_file(shared_slack: Path) -> None:
    assert detect(ExportFile(shared_slack)) == ("slack", 0.95)
    [conv] = read_export(ExportFile(shared_slack))
    assert conv.format == "slack" and conv.source == str(shared_slack)
    assert len(conv.messages) == 5 and conv.participants == [] and conv.owner is None
    assert [m.kind for m in conv.messages] == ["system"] * 5  # four joins and one bot_add
    assert conv.messages[0].text == "@U0BMQB6JE has joined the channel"  # no users.json next to it
    assert conv.messages[0].timestamp == datetime(2016, 1, 17, 0, 0, 21, 2, tzinfo=UTC)
    assert conv.messages[4].text.startswith("added an integration to this channel: github (https://mesos")
    assert conv.timezone_known and conv.skipped == 0 and "Times are in UTC." in conv.notes


def test_shared_channel_list_is_not_a_chat(shared_slack: Path, tmp_path: Path) -> None:
    assert detect(ExportFile(SAMPLE_CHANNELS)) is None
    with pytest.raises(ExportError, match="slackviewer_testarchive_channels.json"):
        read_export(ExportFile(SAMPLE_CHANNELS))  # named explicitly: a clear error
    [(display, _)] = [(ef.display, ef) for ef in discover(shared_slack.parent)]
    assert display == str(shared_slack)  # in a folder scan the channel list is passed over
    sources, _ = read_paths([shared_slack.parent])
    assert [s.error for s in sources] == [None]


def test_channel_days_join_into_one_conversation_with_names_from_users_json() -> None:
    chats = _chats(EXPORT)
    assert sorted(chats) == ["#homework-help", "Mia, dan_gg"]
    hw = chats["#homework-help"]
    days = [read_export(ExportFile(p))[0] for p in sorted(HOMEWORK.glob("*.json"))]
    assert days[0].key == days[1].key == hw.key and hw.key.startswith("slack:")
    assert hw.participants == ["Mia", "Ms Ortiz", "Homework Bot", "Leo", "dan_gg"]
    assert [m.index for m in hw.messages] == list(range(10))
    assert hw.skipped == 2  # a string instead of a record, and a record without "ts"
    texts = [m.text for m in hw.messages]
    assert texts[0] == "@Mia has joined the channel" and hw.messages[0].sender is None
    assert texts[1] == "Does anyone get question 4 of the fractions sheet? 1/2 + 1/3 < 1 right?"
    assert texts[2] == "Yes @Mia, common denominator first & then add. See this page (https://example.org/fractions)"
    assert (hw.messages[3].sender, texts[3]) == ("Homework Bot", "Reminder: the fractions sheet is due Friday")
    assert "a notice Slack hides" not in texts and "This message was deleted." in texts
    assert (hw.messages[8].sender, texts[8]) == ("Leo", "edited text")  # message_changed: the new text
    assert texts[9] == "@Ms Ortiz set the channel topic: Ask about homework here"


def test_shared_files_are_counted_never_kept() -> None:
    hw = _chats(EXPORT)["#homework-help"]
    leo = next(m for m in hw.messages if m.sender == "Leo" and m.kind == "media")
    assert leo.media == ("image", "document") and leo.text == "here is my worksheet"
    dump = repr(hw) + repr(_chats(EXPORT)["Mia, dan_gg"])
    assert "worksheet.png" not in dump and "xoxe" not in dump and "F0SHEET01" not in dump


def test_direct_messages_are_titled_by_their_members() -> None:
    dm = _chats(EXPORT)["Mia, dan_gg"]
    assert dm.participants == ["dan_gg", "Mia"] and len(dm.messages) == 10
    assert dm.messages[0].timestamp == datetime(2024, 3, 14, 21, 1, 40, 100, tzinfo=UTC)
    assert dm.messages[-1].kind == "media" and dm.messages[-1].media == ("audio",)
    assert dm.owner is None  # a Slack export does not say whose account it is


def test_without_users_json_names_come_from_user_profiles(tmp_path: Path) -> None:
    folder = tmp_path / "homework-help"
    folder.mkdir()
    shutil.copy(HOMEWORK / "2024-03-14.json", folder / "2024-03-14.json")
    [conv] = read_export(ExportFile(folder / "2024-03-14.json"))
    assert conv.title == "#homework-help"
    assert conv.participants[0] == "Mia"  # from a user_profile, used for every message of Mia
    assert conv.messages[0].text == "@Mia has joined the channel"
    assert "U0ORTIZ03" in conv.participants and any("users.json" in n for n in conv.notes)


def test_a_whole_export_zip_reads_like_the_folder(tmp_path: Path) -> None:
    archive = tmp_path / "School Slack export Mar 14 2024 - Mar 15 2024.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(EXPORT.rglob("*.json")):
            z.write(path, path.relative_to(EXPORT).as_posix())
    units = discover(archive)
    assert sorted(ef.member for ef in units) == [
        "D0MIADAN1/2024-03-14.json", "homework-help/2024-03-14.json", "homework-help/2024-03-15.json"]
    chats = _chats(archive)
    folder = _chats(EXPORT)
    assert sorted(chats) == sorted(folder)
    for title, conv in chats.items():
        assert conv.key == folder[title].key and conv.participants == folder[title].participants


def test_a_day_file_saved_alone_next_to_the_channel_list(tmp_path: Path) -> None:
    shutil.copy(EXPORT / "channels.json", tmp_path / "channels.json")
    shutil.copy(EXPORT / "users.json", tmp_path / "users.json")
    shutil.copy(HOMEWORK / "2024-03-15.json", tmp_path / "school_homework-help_2024-03-15.json")
    [conv] = read_export(ExportFile(tmp_path / "school_homework-help_2024-03-15.json"))
    assert conv.title == "#homework-help" and conv.key == _chats(EXPORT)["#homework-help"].key


def test_edge_cases_bom_order_escapes_and_damage(tmp_path: Path) -> None:
    records = [
        {"type": "message", "user": "U1AAAA", "text": "second", "ts": "1710446800.000200"},
        {"type": "message", "user": "U1AAAA", "text": "first <!here> <#C0HOMEWK1|homework-help>",
         "ts": "1710446712.000200", "user_profile": {"real_name": "Ana Lima", "display_name": "ana"}},
        {"type": "message", "user": "U1AAAA", "text": "bad time", "ts": "yesterday"},
        {"type": "message", "user": "U1AAAA", "text": "too old", "ts": "12.5"},
        {"type": "message", "text": "nobody", "ts": "1710446900.000300"},
        {"type": "message", "subtype": ["odd"], "user": "U1AAAA", "text": "odd subtype", "ts": "1710446950.0"},
        {"type": "message", "subtype": "channel_join", "user": "U1AAAA", "text": "", "ts": "1710446960.0"},
    ]
    day = tmp_path / "general" / "2024-03-14.json"
    day.parent.mkdir()
    day.write_bytes(b"\xef\xbb\xbf" + json.dumps(records).encode())
    [conv] = read_export(ExportFile(day))
    assert [m.text for m in conv.messages] == ["first @here #homework-help", "second", "odd subtype", "channel join"]
    assert conv.participants == ["ana"] and conv.skipped == 3
    assert any("out of time order" in n for n in conv.notes)
    day.write_bytes(json.dumps(records).encode()[:-30])
    with pytest.raises(ExportError, match="damaged or cut short"):
        read_export(ExportFile(day))
    day.write_text("[]")
    assert detect(ExportFile(day)) is None
    with pytest.raises(ExportError, match="2024-03-14.json"):
        read_export(ExportFile(day))
    day.write_text(json.dumps([{"type": "message", "user": "U1AAAA", "text": "x", "ts": "nope"}]))
    with pytest.raises(ExportError, match="no readable message"):
        slack.parse(ExportFile(day))


def _expected_slack(path: Path) -> bool:
    in_fixture_export = EXPORT in path.parents and path.parent != EXPORT
    return in_fixture_export or path.name == SAMPLE_DAY.name


def test_sniffing_claims_exactly_slack_day_files() -> None:
    roots = [FIXTURES] + ([SHARED] if SHARED.is_dir() else [])
    files = sorted(p for root in roots for p in root.rglob("*") if p.is_file())
    assert sum(_expected_slack(p) for p in files) >= 3
    for path in files:
        found = detect(ExportFile(path))
        fmt = found[0] if found else None
        assert (fmt == "slack") == _expected_slack(path), (path, found)


_TOKENS = [b"[", b"]", b"{", b"}", b'"', b",", b":", b"\\", b"\\u0000", b'"ts": "9"', b'"ts": 1710440100',
           b'"subtype": "message_changed", "message": 1,', b'"files": [1, null]', b'"user": null', b"NaN",
           b"1e999", b"\x00", b"\xff\xfe", b"<@", b"&amp;", b'"hidden": true,', b'"user_profile": []']


def _mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randint(0, len(buf))
        choice = rng.random()
        if choice < 0.4:
            buf[pos:pos] = rng.choice(_TOKENS)
        elif choice < 0.75:
            del buf[pos : pos + rng.randint(1, 60)]
        else:
            buf[pos:pos] = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 6)))
    return bytes(buf)


def test_random_corruption_only_raises_export_error(tmp_path: Path) -> None:
    rng = random.Random(1452988821)
    seeds = [p.read_bytes() for p in sorted(EXPORT.rglob("20*.json"))]
    outcomes = []
    for i in range(100):
        day = tmp_path / f"c{i}" / "2024-03-14.json"
        day.parent.mkdir()
        data = rng.choice(seeds)
        keep = 120 if i % 3 else 0  # mostly keep the signature; sometimes damage the start too
        day.write_bytes(data[:keep] + _mutate(rng, data[keep:]))
        try:
            convs = read_export(ExportFile(day))
        except ExportError as exc:
            assert str(day) in str(exc) and "unexpected problem" not in str(exc), exc.__cause__
            outcomes.append(False)
            continue
        outcomes.append(True)
        for conv in convs:
            assert [m.index for m in conv.messages] == list(range(len(conv.messages)))
            assert all((m.sender is None) == (m.kind == "system") for m in conv.messages)
            assert all(m.timestamp is not None and m.timestamp.tzinfo is UTC for m in conv.messages)
    assert outcomes.count(True) > 3 and outcomes.count(False) > 10  # broken JSON is refused whole


def test_guardian_scan_json_reads_the_export_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["scan", str(EXPORT), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sorted((s["path"], s["format"], s["messages"]) for s in doc["sources"]) == [
        (str(DM), "slack", 10), (str(HOMEWORK / "2024-03-14.json"), "slack", 6),
        (str(HOMEWORK / "2024-03-15.json"), "slack", 4)]
    chats = {c["title"]: c for c in doc["conversations"]}
    assert chats["#homework-help"]["messages"] == 10 and chats["#homework-help"]["format"] == "slack"
    dm = chats["Mia, dan_gg"]
    assert dm["alert"] and any(c["name"] == "dan_gg" and c["alert"] for c in dm["contacts"])


def test_guardian_scan_json_reads_the_shared_sample(shared_slack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["scan", str(shared_slack), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["sources"][0]["format"] == "slack" and doc["sources"][0]["messages"] == 5
    code = cli.main(["scan", str(SAMPLE_CHANNELS), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and "channels.json" in doc["sources"][0]["error"]
