from datetime import datetime

from guardian_app.domain import Conversation, Message
from guardian_app.merge import merge_same_chat


def piece(key, lines, source):
    msgs = [Message(sender=s, text=t, timestamp=datetime(2024, 1, 1, 10, m), index=i)
            for i, (m, s, t) in enumerate(lines)]
    return Conversation(key=key, source=source, format="x", title="t",
                        participants=sorted({s for _, s, _ in lines}), messages=msgs)


def test_overlapping_pieces_join_without_duplicates_in_time_order():
    a = piece("k", [(1, "A", "hi"), (2, "B", "ok"), (2, "B", "ok")], "a.txt")
    b = piece("k", [(2, "B", "ok"), (2, "B", "ok"), (3, "A", "bye"), (0, "A", "earlier")], "b.txt")
    (merged,) = merge_same_chat([a, b])
    assert [m.text for m in merged.messages] == ["earlier", "hi", "ok", "ok", "bye"]
    assert [m.index for m in merged.messages] == [0, 1, 2, 3, 4]
    assert merged.source == "a.txt, b.txt"
    assert any("Joined from 2 files" in n for n in merged.notes)


def test_different_chats_stay_apart_and_single_pieces_are_untouched():
    a = piece("k1", [(1, "A", "hi")], "a.txt")
    b = piece("k2", [(1, "A", "hi")], "b.txt")
    assert merge_same_chat([a, b]) == [a, b]
