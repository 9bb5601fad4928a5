"""SMS Backup & Restore XML: the shared real sample, our synthetic backup, and the edge cases
export-formats.md section 4 names (surrogate emoji, base64 media, drafts, group MMS, numbers)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from guardian_app.importers import sms_backup
from guardian_app.importers.registry import ExportError, ExportFile, read_export
from guardian_app.importers.sms_records import address_id, media_kind

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared" / "formats" / "sms_backup_restore"
FIXTURE = ROOT / "tests" / "fixtures" / "sms" / "sms-20240320190000.xml"
HEAD = "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"9\">\n"


def _write(tmp_path: Path, body: str, name: str = "sms-test.xml") -> Path:
    path = tmp_path / name
    path.write_text(HEAD + body + "</smses>\n", encoding="utf-8")
    return path


def _sms(address: str, millis: int, kind: int, body: str, contact: str = "Jake M") -> str:
    return (f'<sms protocol="0" address="{address}" date="{millis}" type="{kind}" subject="null" '
            f'body="{body}" read="1" status="-1" date_sent="0" contact_name="{contact}" />\n')


def _by_title(path: Path) -> dict:
    return {c.title: c for c in read_export(ExportFile(path))}


def test_shared_sample_has_four_one_to_one_chats_and_a_group() -> None:
    sample = SHARED / "mobilecombackup_sms-test.xml"
    if not sample.is_file():
        pytest.skip("../shared/formats is not present on this machine")
    chats = _by_title(sample)
    assert sorted(chats) == ["7535", "Jane Smith", "Ted Turner", "Ted Turner, Nancy Edgar, Antonio Scott, Max Hall",
                             "lamer000@aol.com"]
    assert sum(len(c.messages) for c in chats.values()) == 15
    jane = chats["Jane Smith"]
    assert jane.participants == ["Me", "Jane Smith"] and jane.owner == "Me" and jane.contact_hint == "Jane Smith"
    assert jane.timezone_known and jane.skipped == 0
    # "Jul 15, 2013 10:41:45 PM" on the phone (US Eastern, summer) is 02:41:45.322 UTC the next day.
    assert jane.messages[0].timestamp == datetime(2013, 7, 16, 2, 41, 45, 322000, tzinfo=UTC)
    assert jane.messages[0].text == "This is Phillip"
    assert [(m.kind, m.media, m.text) for m in jane.messages[-1:]] == [("media", ("image",), "")]
    ted = chats["Ted Turner"]
    assert len(ted.messages) == 6 and ted.participants == ["Me", "Ted Turner"]
    assert ted.messages[1].text == "Maybe.  I'm still at work."
    group = chats["Ted Turner, Nancy Edgar, Antonio Scott, Max Hall"]
    assert group.participants == ["Antonio Scott"] and group.contact_hint is None and group.owner is None
    assert chats["7535"].participants == ["7535"] and len(chats["7535"].messages) == 3
    assert chats["7535"].messages[0].text.startswith("Free AT&T msg:")
    assert all(m.kind != "system" for c in chats.values() for m in c.messages)


def test_synthetic_backup_threads_owner_and_tactics() -> None:
    chats = _by_title(FIXTURE)
    assert sorted(chats) == ["72975", "Jake M", "Mia, Sam"]
    jake = chats["Jake M"]
    assert jake.participants == ["Jake M", "Me"] and jake.owner == "Me" and jake.contact_hint == "Jake M"
    assert [m.index for m in jake.messages] == list(range(11))
    texts = [m.text for m in jake.messages]
    assert texts[2] == "cool you seem way more mature than 13 \U0001f609"  # surrogate pair joined
    assert texts[7] == "which school do you go to? \ufffd"  # a lone half became U+FFFD
    assert texts[8] == "I cant say"  # a forbidden control character dropped
    assert texts.count("dont tell your parents we talk ok? its our secret") == 1  # overlap kept once
    assert "maybe I should tell mom" not in texts  # a draft was never sent
    assert jake.messages[4].sender == "Me" and texts[4] == "ok"  # a failed send is still the owner's
    assert jake.messages[5].kind == "media" and jake.messages[5].media == ("image",)
    assert texts[5] == "got you a gift card for the game"  # the caption stays as text
    assert texts[6] == "add me on snap, its more private\nand send me a pic of you first"
    assert jake.skipped == 1  # the record dated "soon"
    assert jake.messages[9].timestamp == datetime(2024, 3, 16, 20, 10, tzinfo=UTC)
    notes = " ".join(jake.notes)
    assert "1 unsent draft left out" in notes and "1 message repeated" in notes and '"Me"' in notes
    group = chats["Mia, Sam"]
    assert group.participants == ["Mia", "Me", "Sam"] and group.contact_hint is None
    assert [m.sender for m in group.messages] == ["Mia", "Me", "Sam"]
    assert group.messages[2].media == ("image",) and group.messages[2].text == ""
    assert chats["72975"].owner is None and chats["72975"].participants == ["72975"]


def test_keys_are_stable_across_number_spellings_and_reexports(tmp_path: Path) -> None:
    first = _write(tmp_path, _sms("+15550100199", 1710442800000, 1, "hi"), "a.xml")
    second = _write(tmp_path, _sms("(555) 010-0199", 1710442860000, 2, "hey")
                    + _sms("+1 555 010 0199", 1710442900000, 1, "hi again"), "b.xml")
    (a,) = read_export(ExportFile(first))
    (b,) = read_export(ExportFile(second))
    assert a.key == b.key and a.key.startswith("sms:")
    assert (FIXTURE.is_file() and a.key == _by_title(FIXTURE)["Jake M"].key)
    assert address_id("0044 7700 900123") == address_id("+447700900123")
    assert address_id("insert-address-token") is None and address_id("null") is None
    assert address_id("Bank@Example.com") == ("bank@example.com", "Bank@Example.com")


def test_media_kinds_from_content_types() -> None:
    assert [media_kind(ct) for ct in ("image/jpeg", "image/gif", "video/3gpp", "audio/amr", "text/x-vCard",
                                      "application/pdf", "text/plain", "application/smil", "x/y")] == \
        ["image", "gif", "video", "audio", "contact", "document", None, None, "other"]


def test_huge_base64_media_is_never_kept(tmp_path: Path) -> None:
    import tracemalloc

    payload = "QUFB" * (6 * 1024 * 1024)  # 24 MB of base64 in one attribute
    path = tmp_path / "sms-big.xml"
    path.write_text(
        HEAD + '<mms date="1710443160000" msg_box="1" address="+15550100199" m_type="132" contact_name="Jake M">'
        '<parts><part seq="0" ct="text/plain" text="look" />'
        f'<part seq="1" ct="video/mp4" text="null" data="{payload}" /></parts></mms></smses>', encoding="utf-8")
    del payload
    tracemalloc.start()
    try:
        (conv,) = read_export(ExportFile(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert conv.messages[0].media == ("video",) and conv.messages[0].text == "look"
    assert peak < 8 * 1024 * 1024  # the 24 MB value streamed past without being held


def test_cut_short_backup_keeps_what_was_read(tmp_path: Path) -> None:
    whole = FIXTURE.read_text(encoding="utf-8")
    path = tmp_path / "sms-cut.xml"
    path.write_text(whole[: whole.index("which school")], encoding="utf-8")
    chats = _by_title(path)
    jake = chats["Jake M"]
    assert len(jake.messages) == 7 and any("cut short" in n for n in jake.notes)
    assert sum(c.skipped for c in chats.values()) >= 2


@pytest.mark.parametrize("text, reason", [
    ("", "damaged"),
    ("<smses><sms address='1' date='1' type='1' bo", "damaged"),
    ('<?xml version="1.0"?><!DOCTYPE smses [<!ENTITY a "aaaa">]><smses>&a;</smses>', "declares XML entities"),
    ("<calls count='0'></calls>", "not an SMS Backup"),
])
def test_bad_files_raise_one_clear_error(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "sms-bad.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExportError, match=reason) as err:
        sms_backup.parse(ExportFile(path))
    assert str(path) in str(err.value)


def test_raw_control_characters_and_bad_bytes_are_repaired(tmp_path: Path) -> None:
    path = tmp_path / "sms-ctl.xml"
    body = _sms("+15550100199", 1710442800000, 1, "are you home alone?\x07").encode("utf-8")
    path.write_bytes(HEAD.encode() + body.replace(b"alone", b"al\xffone") + b"</smses>")
    (conv,) = read_export(ExportFile(path))
    assert conv.messages[0].text == "are you home al\ufffdone?"
    assert any("could not be decoded" in n for n in conv.notes)


def test_empty_backup_and_only_drafts_give_no_chats(tmp_path: Path) -> None:
    assert read_export(ExportFile(_write(tmp_path, ""))) == []
    only_draft = _write(tmp_path, _sms("+15550100199", 1710442800000, 3, "unsent"), "d.xml")
    assert read_export(ExportFile(only_draft)) == []


def test_unknown_type_and_empty_body_are_skipped_not_fatal(tmp_path: Path) -> None:
    path = _write(tmp_path, _sms("+15550100199", 1710442800000, 9, "odd type")
                  + _sms("+15550100199", 1710442800001, 1, "null")
                  + _sms("+15550100199", 1710442800002, 1, "still here"))
    (conv,) = read_export(ExportFile(path))
    assert [m.text for m in conv.messages] == ["still here"] and conv.skipped == 2


def test_sniff_scores() -> None:
    assert sms_backup.sniff(HEAD.encode(), "x.xml") >= 0.85
    assert sms_backup.sniff(FIXTURE.read_bytes()[:8192], FIXTURE.name) >= 0.9
    assert sms_backup.sniff(b"<?xml version='1.0'?><calls count='1'>", "calls.xml") == 0.0
    assert sms_backup.sniff(b"<?xml version='1.0'?><rss>", "sms.xml") == 0.0
    assert sms_backup.sniff(b"", "sms.xml") == 0.0


def test_repair_pass_gives_the_same_text_however_the_file_is_chunked() -> None:
    import random

    from guardian_app.importers.sms_xmlclean import XmlCleaner, fix_references

    source = FIXTURE.read_text(encoding="utf-8") + "<!-- tail &#55357;&#56832; -->"
    whole = XmlCleaner().feed(source, final=True)
    assert "&#128521;" in whole and 'data=""' in whole and "/9j/4AAQ" not in whole
    rng = random.Random(7)
    for _ in range(40):
        cleaner, out, i = XmlCleaner(), [], 0
        while i < len(source):
            step = rng.randint(1, 200)
            out.append(cleaner.feed(source[i : i + step]))
            i += step
        out.append(cleaner.feed("", final=True))
        assert "".join(out) == whole
    assert fix_references("&#xD83D;&#xDE00;&#60;&#56832;&#1;") == ("&#128512;&#60;&#65533;", 3)
