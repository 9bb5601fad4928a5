"""Messenger / Instagram "Download your information": JSON, E2EE JSON and HTML thread files."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import meta
from guardian_app.importers.meta_html import parse_time
from guardian_app.importers.meta_records import fix_text
from guardian_app.importers.registry import ExportError, ExportFile, discover, read_export
from guardian_app.merge import merge_same_chat

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / ".." / "shared" / "formats" / "messenger_instagram"
FIXTURES = ROOT / "tests" / "fixtures" / "meta"
IG_INBOX = FIXTURES / "instagram" / "your_instagram_activity" / "messages" / "inbox"
HTML_INBOX = FIXTURES / "facebook_html" / "your_facebook_activity" / "messages" / "inbox"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not present")


def read(path: Path) -> list:
    return read_export(ExportFile(path))


def one(path: Path):
    (conv,) = read(path)
    return conv


@needs_samples
def test_chat_analytics_sample_with_bom_is_sorted_and_media_only_recorded() -> None:
    conv = one(SAMPLES / "chatanalytics_messenger_2A_7M.json")
    assert len(conv.messages) == 7 and conv.format == "meta"
    assert conv.participants == ["Bob", "Alice"]
    assert [m.index for m in conv.messages] == list(range(7))
    stamps = [m.timestamp for m in conv.messages]
    assert stamps == sorted(stamps)
    assert stamps[-1] == datetime(2014, 11, 5, 0, 35, 32, 56000, tzinfo=UTC)
    assert [m.media for m in conv.messages if m.kind == "media"] == [
        ("image",), ("sticker",), ("audio",), ("document",)]
    assert conv.timezone_known and conv.owner == "Bob" and conv.contact_hint == "Alice"
    assert "blabla" not in repr(conv) and "uri" not in repr(conv)  # no media file names kept


@needs_samples
def test_msgvault_samples_mojibake_calls_share_unsubscribe_and_e2ee() -> None:
    simple = one(SAMPLES / "msgvault_json_simple_message_1.json")
    assert [m.text for m in simple.messages] == ["Hello", "café time?", "See you soon"]
    assert simple.owner == "Test User"
    nontext = one(SAMPLES / "msgvault_json_nontext_message_1.json")
    kinds = [m.kind for m in nontext.messages]
    assert kinds == ["system", "media", "system", "system", "media", "media"]
    assert nontext.messages[0].sender is None and nontext.messages[0].text == "Sam left the chat"
    assert nontext.messages[2].text == "Missed call from Sam NonText."
    assert nontext.messages[1].text == "https://example.com/article"
    e2ee = one(SAMPLES / "msgvault_e2ee_alice_1.json")
    assert len(e2ee.messages) == 4 and e2ee.messages[1].text == "café time?"
    assert e2ee.messages[3].kind == "deleted"
    assert e2ee.messages[0].timestamp == datetime(2020, 9, 13, 12, 26, 40, tzinfo=UTC)
    assert e2ee.title == "Alice Example" and e2ee.owner == "Test User"


def test_fix_text_repairs_mojibake_only_when_it_round_trips() -> None:
    assert fix_text("Kova\u00c4\u008d \u00f0\u009f\u0091\u008d") == "Kovač 👍"
    assert fix_text("Kovač") == "Kovač"  # real UTF-8 stays
    assert fix_text("caf\u00e9") == "caf\u00e9"  # a lone latin-1 letter is not mojibake
    assert fix_text(None) == ""


def test_split_thread_files_share_a_key_and_join_in_time_order() -> None:
    first = one(IG_INBOX / "ryank_1093284756" / "message_1.json")
    second = one(IG_INBOX / "ryank_1093284756" / "message_2.json")
    assert first.key == second.key
    (joined,) = merge_same_chat([first, second])
    assert len(joined.messages) == 17
    assert joined.messages[0].text.startswith("hey! saw your drawing post")
    assert joined.messages[-1].text.endswith("don't tell your mom 🤫")
    assert joined.owner == "Lily Carter" and joined.contact_hint == "Ryan K"


def test_instagram_fixture_kinds_and_profile_owner() -> None:
    conv = one(IG_INBOX / "ryank_1093284756" / "message_1.json")
    by_text = {m.text: m for m in conv.messages}
    share = by_text["add me on snap, it's more private there"]
    assert share.kind == "media" and share.media == ("other",)
    assert by_text["send me a photo of you? just you"].kind == "deleted"
    assert by_text["Missed call from Ryan K."].kind == "system"
    assert by_text["look where I live"].media == ("video",)
    assert any("profile names Lily Carter" in n for n in conv.notes)
    older = one(IG_INBOX / "ryank_1093284756" / "message_2.json")
    assert older.messages[-1].kind == "system"  # Instagram's "Liked a message"


def test_group_thread_owner_only_from_profile() -> None:
    conv = one(IG_INBOX / "artclub_5551234" / "message_1.json")
    assert conv.title == "Art club" and conv.contact_hint is None
    assert conv.participants == ["Maja Kovač", "Lily Carter", "Noah Fields"]
    assert conv.owner == "Lily Carter"
    assert conv.messages[-1].kind == "system" and conv.messages[-1].sender is None


def test_no_owner_without_proof(tmp_path: Path) -> None:
    data = {"participants": [{"name": "A"}, {"name": "B"}, {"name": "C"}], "title": "Trio",
            "messages": [{"sender_name": "A", "timestamp_ms": 1710000000000, "content": "hi"}]}
    path = tmp_path / "message_1.json"
    path.write_text(json.dumps(data))
    conv = one(path)
    assert conv.owner is None and conv.contact_hint is None
    assert conv.participants == ["A", "B", "C"]


def test_e2ee_fixture_in_plain_utf8() -> None:
    conv = one(FIXTURES / "e2ee" / "Maja Kovač_1.json")
    assert conv.participants == ["Maja Kovač", "Lily Carter"]
    assert [m.media for m in conv.messages if m.kind == "media"] == [("image",), ("audio",)]
    assert conv.messages[3].text == "café later? 😀"
    assert conv.owner == "Lily Carter"


def test_html_thread_new_layout_two_files() -> None:
    first = one(HTML_INBOX / "jordanblake_77881" / "message_1.html")
    second = one(HTML_INBOX / "jordanblake_77881" / "message_2.html")
    assert first.key == second.key and not first.timezone_known
    assert first.participants == ["Jordan Blake", "Lily Carter"]
    texts = [m.text for m in first.messages]
    assert texts == ["what grade are you in?", "homework & then bed\ntalk tmrw", "",
                     "don't show anyone our chats ok?"]  # reaction text is not a message
    assert first.messages[2].media == ("image",)
    assert first.messages[0].timestamp == datetime(2024, 3, 14, 20, 5, 12)
    assert first.contact_hint == "Jordan Blake" and first.owner == "Lily Carter"
    assert second.messages[1].text == "you seem really mature for your age 😊"


def test_html_thread_old_layout_and_date_styles() -> None:
    conv = one(FIXTURES / "facebook_html" / "messages" / "inbox" / "samrivera_2244" / "message_1.html")
    assert [m.sender for m in conv.messages] == ["Sam Rivera", "Lily Carter", "Sam Rivera"]
    assert conv.messages[-1].timestamp == datetime(2019, 10, 19, 14, 37)
    for text in ("Sep 13, 2020, 12:26 PM", "Oct 19, 2019 at 2:37 PM", "19 Oct 2019, 14:37",
                 "Feb 04, 2023 9:02:13pm", "Jan 2, 2006, 3:04:05\u202fPM"):
        assert parse_time(text) is not None, text
    assert parse_time("Participants: A and B") is None


def test_bad_records_are_skipped_and_counted(tmp_path: Path) -> None:
    data = {"participants": [{"name": "A"}, {"name": "B"}], "messages": [
        {"sender_name": "A", "timestamp_ms": 1710000000000, "content": "ok"},
        {"sender_name": "B", "content": "no time"},
        {"sender_name": "B", "timestamp_ms": "soon", "content": "bad time"},
        "not an object",
        {"timestamp_ms": 1710000001000, "content": "nobody sent this"},
        {"sender_name": "B", "timestamp_ms": 1710000002000, "content": "x" * 200_000},
        {"sender_name": "B", "timestamp_ms": 1710000003000, "content": "deep", "x": "DEEP"},
    ], "title": "B"}
    path = tmp_path / "message_1.json"
    path.write_text(json.dumps(data).replace('"DEEP"', "[" * 40 + "1" + "]" * 40))
    conv = one(path)
    assert len(conv.messages) == 1 and conv.skipped == 6
    assert any("6 messages could not be read" in n for n in conv.notes)


def test_bom_utf16_and_empty_thread(tmp_path: Path) -> None:
    data = {"participants": [{"name": "Zoë"}], "messages": [
        {"sender_name": "Zoë", "timestamp_ms": 1710000000000, "content": "hej"}]}
    path = tmp_path / "message_1.json"
    path.write_bytes(b"\xff\xfe" + json.dumps(data, ensure_ascii=False).encode("utf-16-le"))
    assert one(path).messages[0].sender == "Zoë"
    empty = tmp_path / "x" / "message_1.json"
    empty.parent.mkdir()
    empty.write_text('{"participants": [{"name": "A"}], "messages": [], "title": "A"}')
    assert meta.sniff(empty.read_bytes(), empty.name) >= 0.5
    assert one(empty).messages == []


@pytest.mark.parametrize("body", [b'{"participants": [{"name": "A"}], "messages": [{"sender_n',
                                  b'{"participants": [{"name": "A"}], "title": "A"}', b"[1, 2]"])
def test_damaged_files_raise_one_clear_error(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "message_1.json"
    path.write_bytes(body)
    with pytest.raises(ExportError) as err:
        meta.parse(ExportFile(path))
    assert str(err.value).startswith(str(path)) and str(err.value).endswith(".")


def test_zip_export_reads_threads_and_owner_never_media(tmp_path: Path) -> None:
    zpath = tmp_path / "instagram-lily-2024.zip"
    with zipfile.ZipFile(zpath, "w") as archive:
        for f in sorted(IG_INBOX.rglob("*.json")):
            archive.write(f, "your_instagram_activity/messages/inbox/" + str(f.relative_to(IG_INBOX)))
        archive.writestr("your_instagram_activity/messages/inbox/ryank_1093284756/photos/1.jpg", b"\xff\xd8")
        archive.writestr("messages/autofill_information.json",
                         json.dumps({"autofill_information_v2": {"FULL_NAME": ["Lily Carter"]}}))
    units = discover(zpath)
    assert len(units) == 3 and all(u.member and u.member.endswith(".json") for u in units)
    convs = [c for u in units for c in read_export(u)]
    assert {c.owner for c in convs} == {"Lily Carter"}
    assert len(merge_same_chat(convs)) == 2
