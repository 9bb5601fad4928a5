"""The handler only filters and hands on; fed synthetic watchdog events, no real timing."""

from __future__ import annotations

from watchdog.events import (
    DirCreatedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileAttribEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from guardian_app.watch.events import ExportEventHandler, is_candidate, is_temp_name


def _feed(events) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    handler = ExportEventHandler(lambda kind, path: seen.append((kind, path)))
    for event in events:
        handler.dispatch(event)
    return seen


def test_write_sequence_drops_directory_reader_and_attrib_events():
    seen = _feed([FileCreatedEvent("/d/chat.txt"), DirModifiedEvent("/d"), FileOpenedEvent("/d/chat.txt"),
                  FileModifiedEvent("/d/chat.txt"), FileClosedEvent("/d/chat.txt"),
                  FileClosedNoWriteEvent("/d/chat.txt"), FileAttribEvent("/d/chat.txt")])
    assert seen == [("created", "/d/chat.txt"), ("opened", "/d/chat.txt"), ("modified", "/d/chat.txt"),
                    ("closed", "/d/chat.txt")]


def test_browser_download_rename_counts_as_arrival_of_the_final_name():
    seen = _feed([FileCreatedEvent("/d/x.zip.crdownload"), FileModifiedEvent("/d/x.zip.crdownload"),
                  FileClosedEvent("/d/x.zip.crdownload"), FileMovedEvent("/d/x.zip.crdownload", "/d/x.zip")])
    assert seen == [("moved", "/d/x.zip")]


def test_rename_between_watched_names_forgets_the_old_one():
    seen = _feed([FileMovedEvent("/d/a.txt", "/d/b.txt"), FileMovedEvent("/d/c.txt", "/d/c.txt.tmp")])
    assert seen == [("deleted", "/d/a.txt"), ("moved", "/d/b.txt"), ("deleted", "/d/c.txt")]


def test_temp_media_hidden_and_directory_events_are_filtered():
    seen = _feed([FileCreatedEvent(p) for p in (
        "/d/a.part", "/d/b.tmp", "/d/.c.txt.swp", "/d/~$report.docx", "/d/.~lock.x#", "/d/photo.jpg",
        "/d/voice.opus", "/d/.hidden.txt", "/d/notes.txt~")] + [DirModifiedEvent("/d/sub")])
    assert seen == []
    assert _feed([FileDeletedEvent("/d/chat.txt")]) == [("deleted", "/d/chat.txt")]


def test_folders_arriving_are_reported_for_a_scan():
    seen = _feed([DirCreatedEvent("/d/ChatExport"), DirMovedEvent("/tmp/x", "/d/Telegram")])
    assert seen == [("dir", "/d/ChatExport"), ("dir", "/d/Telegram")]


def test_bytes_paths_are_decoded():
    assert _feed([FileClosedEvent(b"/d/WhatsApp Chat.txt")]) == [("closed", "/d/WhatsApp Chat.txt")]


def test_a_failing_sink_never_escapes_the_handler(caplog):
    def boom(kind: str, path: str) -> None:
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")

    handler = ExportEventHandler(boom)
    handler.dispatch(FileClosedEvent("/d/chat.txt"))  # must not raise: it would kill the observer
    assert "dropped" in caplog.text and "chat.txt" not in caplog.text


def test_name_rules():
    assert is_temp_name("chat.txt.part") and is_temp_name("Chat.CRDOWNLOAD") and is_temp_name("~$x.xlsx")
    assert not is_temp_name("WhatsApp Chat with Jake.txt")
    assert is_candidate("/d/result.json") and is_candidate("/d/export.zip")
    assert not is_candidate("/d/IMG-2024.jpg") and not is_candidate("")
