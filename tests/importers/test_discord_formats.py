"""Our own DiscordChatExporter fixtures (tests/fixtures/discord): JSON, CSV, TXT and HTML."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from guardian_app.importers.registry import ExportFile, read_export
from guardian_app.merge import merge_same_chat
from guardian_app.pipeline import read_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "discord"
DM = "Direct Messages - Private - jaden_k [900000000000000501]"
CSV1 = FIXTURES / "Cozy Gamers - Text Channels - general [900000000000000777].csv"
CSV2 = FIXTURES / "Cozy Gamers - Text Channels - general [900000000000000777] [part 2].csv"


def _read(path: Path):
    (c,) = read_export(ExportFile(path))
    assert [m.index for m in c.messages] == list(range(len(c.messages)))
    return c


def test_json_direct_message_owner_contact_and_kinds() -> None:
    c = _read(FIXTURES / f"{DM}.json")
    assert c.title == "Direct messages with Jaden"
    assert c.participants == ["Jaden", "Mia"]  # nicknames, in order of first message
    assert c.contact_hint == "Jaden" and c.owner == "Mia"
    assert any("Mia's Discord account" in n for n in c.notes)
    assert c.skipped == 2  # a damaged time and a missing author
    assert len(c.messages) == 12  # 15 records - 2 damaged - 1 repeated id
    assert c.timezone_known and c.messages[0].timestamp == datetime(2024, 3, 14, 19, 0, 5, 120000, tzinfo=UTC)
    # the +02:00 record written out of order is put in time order
    assert [m.text[:8] for m in c.messages[4:6]] == ["you're s", "this is "]
    assert c.messages[6].kind == "media" and c.messages[6].media == ("image",) and c.messages[6].text == ""
    assert c.messages[7].media == ("sticker",) and c.messages[7].text.startswith("cute.")
    assert (c.messages[8].kind, c.messages[8].sender) == ("system", None)
    assert c.messages[8].text == "Jaden started a call that lasted 12 minutes."
    assert c.messages[10].text == "Mia pinned a message."
    assert c.messages[11].text == "meet me at the mall on saturday, come alone"  # forwarded content
    assert "Preview text" not in repr(c) and "IMG_0412" not in repr(c)  # embeds and file names dropped


def test_csv_rows_dates_media_and_system() -> None:
    c = _read(CSV1)
    assert c.title == "Cozy Gamers / #general" and c.owner is None and c.contact_hint is None
    assert c.participants == ["sk8rboi", "quietfox"]  # legacy "#4821" dropped
    assert c.skipped == 1 and len(c.messages) == 6
    assert c.messages[0].text == "an older row that arrived out of order"
    assert c.messages[0].timestamp == datetime(2024, 3, 13, 22, 0)
    assert not c.timezone_known and any("month/day/year" in n for n in c.notes)
    assert c.messages[1].kind == "system" and c.messages[1].text == "quietfox joined the server."
    assert c.messages[3].text == 'the blue one. we had a "big" match\nand i won two rounds'
    assert c.messages[5].media == ("image", "video")
    assert "screenshot" not in repr(c)


def test_split_csv_parts_share_a_key_and_join() -> None:
    first, second = _read(CSV1), _read(CSV2)
    assert first.key == second.key
    assert second.messages[2].media == ("audio",)
    (joined,) = merge_same_chat([first, second])
    assert len(joined.messages) == 9


def test_pipeline_joins_parts_given_as_a_folder(tmp_path: Path) -> None:
    for part in (CSV1, CSV2):
        (tmp_path / part.name).write_bytes(part.read_bytes())
    (tmp_path / "general_Files").mkdir()
    (tmp_path / "general_Files" / "screenshot-1A2B.png").write_bytes(b"\x89PNG never opened")
    sources, conversations = read_paths([tmp_path])
    assert [s.format for s in sources] == ["discord", "discord"]
    (c,) = conversations
    assert len(c.messages) == 9 and c.messages[-1].media == ("audio",)


def test_txt_direct_message_day_first_blocks_and_pinned() -> None:
    c = _read(FIXTURES / f"{DM}.txt")
    assert c.participants == ["jaden_k", "mia.plays"]
    assert c.contact_hint == "jaden_k" and c.owner == "mia.plays"
    assert c.key == _read(FIXTURES / f"{DM}.json").key  # the channel id in the file name
    assert len(c.messages) == 9 and c.skipped == 0
    assert c.messages[0].timestamp == datetime(2024, 3, 14, 21, 0) and not c.timezone_known
    assert any("day/month/year" in n for n in c.notes)
    assert c.messages[2].text == "how old are you btw?\n[and what grade] are you in"  # not a header
    assert c.messages[4].text == "you're so mature for your age.\n\ni can send you a gift card for skins"
    assert (c.messages[5].kind, c.messages[5].media, c.messages[5].text) == ("media", ("image",), "")
    assert c.messages[6].media == ("sticker",)
    assert c.messages[7].kind == "system" and c.messages[7].text == "mia.plays pinned a message."
    assert "Preview text" not in repr(c)  # {Embed} block
    assert c.messages[1].text == "thanks!! i practise a lot"  # {Reactions} block dropped
    assert c.messages[0].line == 6


def test_txt_group_dm_old_date_style_and_discriminators() -> None:
    c = _read(FIXTURES / "group_dm_old_dates.txt")
    assert c.title == "squad chat" and c.contact_hint is None and c.owner is None
    assert c.participants == ["ana", "ben", "carl_x"]
    assert c.messages[0].timestamp == datetime(2024, 3, 1, 16, 15)
    assert c.messages[3].timestamp == datetime(2024, 3, 2, 9, 0)
    assert c.messages[2].kind == "system" and c.messages[2].text == "carl_x added ben to the group."


def test_html_groups_replies_embeds_attachments_and_system() -> None:
    c = _read(FIXTURES / "cozy_gamers_general.html")
    assert c.title == "Cozy Gamers / #general"
    assert c.participants == ["Skater", "Quiet Fox"]
    assert [m.kind for m in c.messages] == ["system", "text", "text", "media", "text", "media"]
    assert c.messages[0].text == "Quiet Fox joined the server." and c.messages[0].sender is None
    assert c.messages[1].text == "welcome! which team do you play on 😀"
    # a follow-up in a group takes the group's author and its own short-timestamp title
    assert c.messages[2].sender == "Skater" and c.messages[2].timestamp == datetime(2024, 3, 14, 21, 15)
    assert c.messages[2].text == "how old are you?\nyou seem older than the others"  # no "(edited)"
    assert c.messages[3].text == "13 <3 why" and c.messages[3].media == ("image", "document")
    assert c.messages[5].media == ("sticker",) and c.messages[5].sender == "Skater"
    text = repr(c)
    for leaked in ("quoted text", "Embed title", "selfie", "schedule", "❤"):
        assert leaked not in text


def test_same_chat_in_json_and_txt_maps_to_one_key_but_other_chats_do_not() -> None:
    keys = {p.name: _read(p).key for p in FIXTURES.iterdir()}
    assert keys[f"{DM}.json"] == keys[f"{DM}.txt"]
    assert keys[CSV1.name] == keys[CSV2.name]
    assert len(set(keys.values())) == 4
