"""Discovery, dispatch, zips (never extracted, media never read) and text decoding."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from guardian_app.importers import safezip
from guardian_app.importers.registry import (
    ExportError,
    ExportFile,
    detect,
    discover,
    open_export,
    read_export,
)
from guardian_app.importers.textdecode import decode

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "whatsapp"
IOS = (FIXTURES / "_chat_ios_en.txt").read_bytes()
ANDROID = (FIXTURES / "WhatsApp Chat with Jake.txt").read_bytes()


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def opened_members(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of every zip member Guardian opens."""
    seen: list[str] = []
    original = zipfile.ZipFile.open

    def spy(self, name, mode="r", *args, **kwargs):
        if mode == "r":
            seen.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return original(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    return seen


def test_folder_walk_skips_media_hidden_and_unknown_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".secret").mkdir()
    (tmp_path / "b" / "WhatsApp Chat with Jake.txt").write_bytes(ANDROID)
    (tmp_path / "a.txt").write_bytes(IOS)
    (tmp_path / ".hidden.txt").write_bytes(IOS)
    (tmp_path / ".secret" / "chat.txt").write_bytes(IOS)
    (tmp_path / "IMG-20240314-WA0001.jpg").write_bytes(IOS)  # a chat's bytes, but media by name
    (tmp_path / "shopping.txt").write_text("milk\neggs\n")
    heads: list[str] = []
    original = ExportFile.head
    monkeypatch.setattr(
        ExportFile, "head", lambda ef, n=8192: heads.append(ef.name) or original(ef, n)
    )
    units = discover(tmp_path)
    assert [ef.path for ef in units] == [
        tmp_path / "a.txt",
        tmp_path / "b" / "WhatsApp Chat with Jake.txt",
    ]
    assert "IMG-20240314-WA0001.jpg" not in heads and ".hidden.txt" not in heads
    assert [c.title for c in open_export(tmp_path)] == ["Mia, Sam, +1 555 0100", "Jake"]


def test_ios_zip_named_after_the_chat(tmp_path: Path, opened_members: list[str]) -> None:
    path = make_zip(
        tmp_path / "WhatsApp Chat - Jake.zip",
        {"_chat.txt": IOS, "00000035-PHOTO-2024-03-14-21-08-00.jpg": b"\xff\xd8 not read"},
    )
    (ef,) = discover(path)
    assert ef.member == "_chat.txt" and ef.display == str(path)
    assert detect(ef)[0] == "whatsapp"
    (c,) = read_export(ef)
    assert c.title == "Jake" and c.source == str(path)
    assert not any(name.endswith(".jpg") for name in opened_members)
    with pytest.raises(ExportError, match="never opens media"):
        ExportFile(path, "00000035-PHOTO-2024-03-14-21-08-00.jpg").open()


def test_android_zip_with_media_members_listed_but_never_read(
    tmp_path: Path, opened_members: list[str]
) -> None:
    path = make_zip(
        tmp_path / "WhatsApp Chat with Jake.zip",
        {
            "WhatsApp Chat with Jake.txt": ANDROID,
            "IMG-20240315-WA0001.jpg": b"\xff\xd8",
            "PTT-20240315-WA0002.opus": b"OggS",
        },
    )
    (c,) = list(open_export(path))
    assert c.title == "Jake" and c.contact_hint == "Jake" and len(c.messages) == 12
    assert set(opened_members) == {"WhatsApp Chat with Jake.txt"}


def test_zip_with_two_chats_names_each_member(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "exports.zip", {"one/_chat.txt": IOS, "two/chat.txt": ANDROID})
    units = discover(path)
    assert [ef.display for ef in units] == [f"{path}:one/_chat.txt", f"{path}:two/chat.txt"]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../escape.txt", "climbs out"),
        ("/etc/evil.txt", "absolute path"),
        ("C:/Windows/evil.txt", "drive letter"),
        ("folder/..\\..\\evil.txt", "climbs out"),
    ],
)
def test_zip_with_unsafe_names_is_rejected(tmp_path: Path, name: str, reason: str) -> None:
    path = make_zip(tmp_path / "hostile.zip", {"_chat.txt": IOS, name: b"x"})
    with pytest.raises(ExportError, match=reason):
        discover(path)
    with pytest.raises(ExportError):
        ExportFile(path, "_chat.txt").open()


def test_zip_with_a_symlink_entry_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("_chat.txt", IOS)
        info = zipfile.ZipInfo("link.txt")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(ExportError, match="symbolic link"):
        discover(path)


def test_zip_with_too_many_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_ENTRIES", 5)
    path = make_zip(tmp_path / "many.zip", {f"f{i}.txt": b"x" for i in range(6)})
    with pytest.raises(ExportError, match="holds 6 files"):
        discover(path)


def test_zip_bomb_is_stopped_while_reading(tmp_path: Path) -> None:
    bomb = b"14/03/2024, 21:05 - Ana: " + b"0" * (4 * 1024 * 1024) + b"\n"
    path = make_zip(tmp_path / "WhatsApp Chat - Bomb.zip", {"_chat.txt": bomb})
    with pytest.raises(ExportError, match="zip bomb"):
        read_export(ExportFile(path, "_chat.txt"))


def test_total_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safezip, "MAX_TOTAL_BYTES", 1000)
    path = make_zip(tmp_path / "big.zip", {"_chat.txt": IOS * 3})
    with pytest.raises(ExportError, match="more than"):
        read_export(ExportFile(path, "_chat.txt"))


def test_damaged_zip(tmp_path: Path) -> None:
    good = make_zip(tmp_path / "good.zip", {"_chat.txt": IOS}).read_bytes()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(good[: len(good) // 2])
    with pytest.raises(ExportError, match="damaged or unsupported zip"):
        discover(broken)


def test_missing_path_and_unknown_zip(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        discover(tmp_path / "nope.txt")
    path = make_zip(tmp_path / "photos.zip", {"a.jpg": b"x", "notes.txt": b"milk"})
    with pytest.raises(ExportError, match="does not contain a chat export"):
        discover(path)
    assert discover(tmp_path) == []  # inside a folder it is ignored silently


def test_detect_and_display() -> None:
    ef = ExportFile(FIXTURES / "WhatsApp Chat with Jake.txt")
    name, confidence = detect(ef)
    assert name == "whatsapp" and 0.5 <= confidence <= 1.0
    assert detect(ExportFile(FIXTURES / "not_a_chat.txt")) is None
    assert ef.display == str(FIXTURES / "WhatsApp Chat with Jake.txt")


def test_decode_variants() -> None:
    assert decode("hé".encode("utf-16")).text == "hé"
    assert decode(b"\xef\xbb\xbfh\xc3\xa9").text == "hé"
    plain = decode("hé".encode())
    assert (plain.encoding, plain.replaced, plain.had_bom) == ("utf-8", 0, False)
    bad = decode(b"a\xffb\xfe \xef\xbf\xbd")
    assert bad.replaced == 2 and bad.text == "a\ufffdb\ufffd \ufffd"
