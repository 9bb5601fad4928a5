"""Fingerprints and merging: re-exports add only what is new, repeats stay, order is stable."""

from __future__ import annotations

import json

from guardian_app.domain import Message
from guardian_app.store.conversations import load_conversation, merge_conversation
from guardian_app.store.fingerprint import fingerprints, normalise_text

CHAT = [
    (0, "Jake", "hey, how old are you?"),
    (1, "Emma", "13"),
    (1, "Jake", "cool. don't tell your mum we talk ok"),
    (2, "Emma", "ok"),
    (2, "Emma", "ok"),  # the same line twice in the same minute: two messages
    (3, "Jake", "add me on snap, it's more private"),
    (4, "Jake", "<photo>"),
    (5, "Jake", "send me a pic of you"),
    (6, "Emma", "why"),
    (7, "Jake", "can we meet saturday? i can pick you up"),
]


def _merge(store, conv, source_id=None):
    with store.transaction() as conn:
        return merge_conversation(conn, conv, source_id)


def _texts(store, cid):
    conv, _ = load_conversation(store, cid)
    return [(m.sender, m.text) for m in conv.messages]


def test_identical_lines_get_distinct_fingerprints_and_normalisation_is_stable():
    a = Message("Emma", "ok")
    fps = fingerprints("k", [a, Message("Emma", "ok")])
    assert len(set(fps)) == 2
    assert fingerprints("k", [Message("\u202aEmma\u202c", "o\u200ek ")])[0] == fps[0]
    assert fingerprints("other", [a])[0] != fps[0]
    assert normalise_text("see\u202fyou \u00a0 at\n9\u200f") == "see you at 9"


def test_same_export_twice_adds_nothing(store, make_conversation):
    first = _merge(store, make_conversation(CHAT))
    assert (first.new, first.duplicates) == (10, 0)
    again = _merge(store, make_conversation(CHAT))
    assert (again.conversation_id, again.new, again.duplicates) == (first.conversation_id, 0, 10)
    assert len(_texts(store, first.conversation_id)) == 10
    assert _texts(store, first.conversation_id).count(("Emma", "ok")) == 2


def test_longer_reexport_with_front_cut_off_adds_only_the_new(store, make_conversation):
    first = _merge(store, make_conversation(CHAT[:6]))
    longer = make_conversation(CHAT[2:])  # the cap cut the oldest two, four new at the end
    result = _merge(store, longer)
    assert (result.new, result.duplicates) == (4, 4)
    assert _texts(store, first.conversation_id) == [(s, t) for _, s, t in CHAT]


def test_older_messages_and_repeats_slot_in_order(store, make_conversation):
    cid = _merge(store, make_conversation(CHAT[3:])).conversation_id  # starts at the first "ok"
    result = _merge(store, make_conversation(CHAT))  # the full chat has the older lines
    assert (result.new, result.duplicates) == (3, 7)
    assert _texts(store, cid) == [(s, t) for _, s, t in CHAT]


def test_messages_without_timestamps_merge_between_their_neighbours(store, make_conversation):
    lines = [(None, "Jake", f"line {i}") for i in range(6)]
    cid = _merge(store, make_conversation([lines[0], lines[1], lines[4], lines[5]])).conversation_id
    assert _merge(store, make_conversation(lines)).new == 2
    assert [t for _, t in _texts(store, cid)] == [f"line {i}" for i in range(6)]


def test_rebuilt_conversation_is_reindexed_and_keeps_only_media_kinds(store, make_conversation):
    cid = _merge(store, make_conversation(CHAT)).conversation_id
    conv, fps = load_conversation(store, cid)
    assert [m.index for m in conv.messages] == list(range(10))
    assert fps == fingerprints(conv.key, make_conversation(CHAT).messages)
    photo = conv.messages[6]
    assert (photo.kind, photo.media) == ("media", ("image",))
    assert conv.messages[0].timestamp == make_conversation(CHAT).messages[0].timestamp
    row = store.query_one("SELECT media FROM messages WHERE kind = 'media'")
    assert json.loads(row["media"]) == ["image"]
    assert conv.contact_hint == "Jake" and conv.participants == ["Jake", "Emma"]


def test_participants_are_unioned_and_new_messages_flag_analysis(store, make_conversation):
    cid = _merge(store, make_conversation(CHAT[:2])).conversation_id
    with store.transaction() as conn:
        conn.execute("UPDATE conversations SET needs_analysis = 0")
    _merge(store, make_conversation(CHAT[:2]))
    assert store.query_one("SELECT needs_analysis FROM conversations")[0] == 0
    _merge(store, make_conversation(CHAT[:2] + [(9, "Mia", "hi all")]))
    row = store.query_one("SELECT participants, needs_analysis FROM conversations WHERE id = ?",
                          (cid,))
    assert json.loads(row["participants"]) == ["Jake", "Emma", "Mia"]
    assert row["needs_analysis"] == 1


def test_conversations_are_kept_apart_by_key(store, make_conversation):
    a = _merge(store, make_conversation(CHAT, key="a"))
    b = _merge(store, make_conversation(CHAT, key="b"))
    assert a.conversation_id != b.conversation_id and b.new == 10
