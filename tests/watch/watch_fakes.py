"""Fakes for the watcher tests: a fake pipeline (no model) and fake chat exports.

Fake exports are text files: the first line is the chat key, then ``minute|sender|text``
lines, then ``#end``. The fake importer records every read and whether the file it saw
was complete, so a test can prove that no half-written file was ever read.
"""

from __future__ import annotations

import threading
import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from guardian_app.domain import TEXT, ContactAssessment, Conversation, ConversationAssessment, IndicatorSummary, Message

START = datetime(2024, 3, 14, 20, 0)
RISKY = ("old", "secret", "snap", "pic", "meet")
GROOMING = ["Jake|hi, how old are you?", "Emma|13", "Jake|keep this our secret", "Emma|ok",
            "Jake|add me on snap", "Jake|send me a pic", "Jake|lets meet saturday"]


def chat_text(key: str, lines: list[str] = GROOMING) -> str:
    body = [f"{minute}|{line}" for minute, line in enumerate(lines)]
    return "\n".join([key, *body, "#end"]) + "\n"


class FakePipeline:
    """Reads fake exports (files or zips of them) and scores by keyword; thread-safe record."""

    def __init__(self) -> None:
        self.reads: list[tuple[str, bool]] = []  # (path or path:member, complete)
        self._lock = threading.Lock()

    def paths_read(self) -> list[str]:
        with self._lock:
            return [path for path, _ in self.reads]

    def _parse(self, name: str, text: str) -> Conversation | None:
        lines = [line for line in text.splitlines() if line]
        with self._lock:
            self.reads.append((name, bool(lines) and lines[-1] == "#end"))
        if not lines or "|" in lines[0]:
            return None
        messages = []
        for line in lines[1:]:
            parts = line.split("|")
            if len(parts) != 3 or not parts[0].isdigit():
                continue
            messages.append(Message(parts[1], parts[2], START + timedelta(minutes=int(parts[0])), TEXT,
                                    index=len(messages)))
        return Conversation(lines[0], name, "fake", f"Chat {lines[0]}", ["Jake", "Emma"], messages)

    def read_paths(self, paths, progress=None, cancel=None):
        path = Path(paths[0])
        texts: list[tuple[str, str]] = []
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                texts = [(f"{path}:{m}", archive.read(m).decode()) for m in archive.namelist()]
        else:
            texts = [(str(path), path.read_text(encoding="utf-8"))]
        convs = [c for name, text in texts if (c := self._parse(name, text)) is not None]
        error = None if convs else f"{path.name} is not a chat export."
        count = sum(len(c.messages) for c in convs)
        return [SimpleNamespace(path=str(path), format="fake", messages=count, skipped=0, error=error)], convs

    def analyze(self, conversations, children=()):
        out = []
        for conv in conversations:
            hits = [m.index for m in conv.messages if m.sender == "Jake" and any(w in m.text for w in RISKY)]
            risk = min(1.0, 0.2 * len(hits))
            level = "high" if risk >= 0.8 else "medium" if risk >= 0.6 else "low"
            alert = level in ("medium", "high")
            contact = ContactAssessment("Jake", risk, level, alert, hits[2] if alert else None, ["targeting"],
                                        [IndicatorSummary("secrecy", 0.9, len(hits), hits)], [])
            out.append(ConversationAssessment(conv, "Emma", "fake", [contact]))
        return out

    def model_version(self):
        return "fake", "1"
