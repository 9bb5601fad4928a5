"""The Chinese, Indonesian and Tagalog evaluation chats read exactly as the manifest says.

The folder and its manifest are shared with other languages' chats; this module checks only
the ``zh-Hans``, ``zh-Hant``, ``id`` and ``tl`` ones.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from guardian_app.analysis.child import infer_children
from guardian_app.domain import Conversation
from guardian_app.pipeline import read_paths

FOLDER = Path(__file__).resolve().parents[2] / "models" / "training" / "data" / "conversations_ml"
LANGS = ("zh-Hans", "zh-Hant", "id", "tl")
MANIFEST = [item for item in json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))
            if item["lang"] in LANGS]
KEYS = {"file", "lang", "format", "child", "contact", "grooming", "earliest_alert", "latest_alert", "summary"}
# Files an export carries next to the chat itself (owner and space names), which Guardian reads as side data.
SIDE_FILES = {"personal_information.json", "profile_information.json", "group_info.json", "user_info.json"}
MEDIA_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif", ".mp4", ".opus", ".m4a", ".ogg", ".silk"}


def _read(item: dict) -> Conversation:
    sources, conversations = read_paths([FOLDER / item["file"]])
    assert [s.error for s in sources] == [None]
    assert [s.skipped for s in sources] == [0]
    assert len(conversations) == 1
    return conversations[0]


def test_manifest_has_three_grooming_and_three_benign_chats_per_language() -> None:
    assert all(set(item) == KEYS for item in MANIFEST)
    counts = Counter((item["lang"], item["grooming"]) for item in MANIFEST)
    assert counts == {(lang, kind): 3 for lang in LANGS for kind in (True, False)}
    assert len({item["file"] for item in MANIFEST}) == len(MANIFEST)
    for lang in LANGS:
        formats = {item["format"] for item in MANIFEST if item["lang"] == lang}
        assert len(formats) >= 3, lang
    everything = {item["format"] for item in MANIFEST}
    assert everything == {"wechat", "qq", "line", "whatsapp", "telegram", "meta", "google_chat"}


def test_the_folders_hold_only_chat_exports_and_their_side_files() -> None:
    listed = {FOLDER / item["file"] for item in MANIFEST}
    files = {p for lang in LANGS for p in (FOLDER / lang).rglob("*") if p.is_file()}
    assert listed <= files
    extra = files - listed
    assert {p.name for p in extra} <= SIDE_FILES
    assert not any(p.suffix.lower() in MEDIA_SUFFIXES for p in files)


@pytest.mark.parametrize("item", MANIFEST, ids=[item["file"] for item in MANIFEST])
def test_each_file_reads_as_the_manifest_describes(item: dict) -> None:
    conv = _read(item)
    assert conv.format == item["format"]
    assert 40 <= len(conv.messages) <= 120
    # Guardian finds the child on its own, with the name the manifest gives
    assert infer_children([conv])[0][0] == item["child"]
    if item["contact"] is None:
        assert len(conv.participants) > 2  # only group chats have no single contact
    else:
        assert sorted(conv.participants) == sorted([item["child"], item["contact"]])
        senders = Counter(m.sender for m in conv.messages if m.sender)
        assert senders[item["child"]] >= 10 and senders[item["contact"]] >= 10


@pytest.mark.parametrize("item", [i for i in MANIFEST if i["grooming"]],
                         ids=[i["file"] for i in MANIFEST if i["grooming"]])
def test_alert_windows_point_at_the_contacts_messages(item: dict) -> None:
    conv = _read(item)
    earliest, latest = item["earliest_alert"], item["latest_alert"]
    assert 10 <= earliest < latest < len(conv.messages)
    assert conv.messages[earliest].sender == item["contact"]
    assert conv.messages[latest].sender == item["contact"]
    # the chat opens with small talk: the child answers before anything concerning happens
    assert sum(m.sender == item["child"] for m in conv.messages[:earliest]) >= 5


def test_benign_chats_have_no_alert_window() -> None:
    benign = [i for i in MANIFEST if not i["grooming"]]
    assert all(i["earliest_alert"] is None and i["latest_alert"] is None for i in benign)


def test_meta_files_use_metas_mojibake_encoding() -> None:
    items = [i for i in MANIFEST if i["format"] == "meta"]
    assert {i["lang"] for i in items} == {"zh-Hant", "tl"}
    for item in items:
        raw = (FOLDER / item["file"]).read_bytes()
        assert raw.isascii()  # every UTF-8 byte escaped on its own, as "\u00e4\u00bd\u00a0"
        doc = json.loads(raw)
        texts = [m["content"] for m in doc["messages"] if "content" in m]
        assert all(ord(ch) <= 0xFF for text in texts for ch in text)
        repaired = [t.encode("latin-1").decode("utf-8") for t in texts]
        assert any(not t.isascii() for t in repaired)
        times = [m["timestamp_ms"] for m in doc["messages"]]
        assert times == sorted(times, reverse=True)  # newest first, as Meta writes it
