"""Fixtures for the store tests: a private profile and hand-built conversations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest

from guardian_app.domain import MEDIA, TEXT, Conversation, Message
from guardian_app.store import Store

START = datetime(2024, 3, 14, 21, 0)

Line = tuple[int | None, str | None, str]  # (minute after START or None, sender, text)


def build_conversation(lines: list[Line], key: str = "whatsapp:emma|jake",
                       source: str = "chat.txt") -> Conversation:
    messages = []
    for i, (minute, sender, text) in enumerate(lines):
        stamp = START + timedelta(minutes=minute) if minute is not None else None
        media = ("image",) if text == "<photo>" else ()
        messages.append(Message(sender, text, stamp, MEDIA if media else TEXT, media, index=i))
    senders = list(dict.fromkeys(s for _, s, _ in lines if s))
    return Conversation(key=key, source=source, format="whatsapp", title="Jake",
                        participants=senders, messages=messages, contact_hint="Jake")


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("GUARDIAN_HOME", str(tmp_path / "profile"))
    return tmp_path / "profile"


@pytest.fixture
def store(home) -> Iterator[Store]:
    with Store() as opened:
        yield opened


@pytest.fixture
def make_conversation() -> Callable[..., Conversation]:
    return build_conversation
