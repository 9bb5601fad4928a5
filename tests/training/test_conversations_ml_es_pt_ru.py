"""The Spanish, Portuguese and Russian evaluation chats read exactly as the manifest says.

The folder and its manifest are shared with other languages' chats; this module checks only
the ``es``, ``pt`` and ``ru`` ones.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from guardian_app.domain import Conversation
from guardian_app.pipeline import read_paths

FOLDER = Path(__file__).resolve().parents[2] / "models" / "training" / "data" / "conversations_ml"
LANGS = ("es", "pt", "ru")
MANIFEST = [item for item in json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))
            if item["lang"] in LANGS]
KEYS = {"file", "lang", "format", "child", "contact", "grooming", "earliest_alert", "latest_alert", "summary"}


def _read(item: dict) -> Conversation:
    sources, conversations = read_paths([FOLDER / item["file"]])
    assert [s.error for s in sources] == [None]
    assert len(conversations) == 1
    return conversations[0]


def test_manifest_has_three_grooming_and_three_benign_chats_per_language() -> None:
    assert all(set(item) == KEYS for item in MANIFEST)
    counts = Counter((item["lang"], item["grooming"]) for item in MANIFEST)
    assert counts == {(lang, kind): 3 for lang in LANGS for kind in (True, False)}
    assert len({item["file"] for item in MANIFEST}) == len(MANIFEST)
    for lang in LANGS:
        formats = {item["format"] for item in MANIFEST if item["lang"] == lang}
        assert len(formats) >= 4, lang


def test_the_folder_holds_only_chat_exports_and_no_media() -> None:
    listed = {FOLDER / item["file"] for item in MANIFEST}
    files = {p for lang in LANGS for p in (FOLDER / lang).rglob("*") if p.is_file()}
    assert files == listed


@pytest.mark.parametrize("item", MANIFEST, ids=[item["file"] for item in MANIFEST])
def test_each_file_reads_as_the_manifest_describes(item: dict) -> None:
    conv = _read(item)
    assert conv.format == item["format"]
    assert 40 <= len(conv.messages) <= 120
    assert item["child"] in conv.participants
    if item["contact"] is None:
        assert len(conv.participants) > 2  # only group chats have no single contact
    else:
        assert item["contact"] in conv.participants
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
    assert any(m.sender == item["child"] for m in conv.messages[:earliest])


def test_benign_chats_have_no_alert_window() -> None:
    benign = [i for i in MANIFEST if not i["grooming"]]
    assert all(i["earliest_alert"] is None and i["latest_alert"] is None for i in benign)


def test_instagram_files_use_metas_mojibake_encoding() -> None:
    items = [i for i in MANIFEST if i["format"] == "meta"]
    assert {i["lang"] for i in items} == set(LANGS)
    for item in items:
        raw = (FOLDER / item["file"]).read_bytes()
        assert raw.isascii()  # every UTF-8 byte escaped on its own, as "\u00c3\u00ad"
        doc = json.loads(raw)
        names = [p["name"] for p in doc["participants"]]
        assert all(ord(ch) <= 0xFF for name in names for ch in name)
        repaired = [n.encode("latin-1").decode("utf-8") for n in names]
        assert item["child"] in repaired and item["contact"] in repaired
        texts = [m["content"] for m in doc["messages"] if "content" in m]
        assert all(ord(ch) <= 0xFF for text in texts for ch in text)
        assert any(not t.encode("latin-1").decode("utf-8").isascii() for t in texts)
