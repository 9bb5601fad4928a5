"""docs/exporting.md: every app has its own section with the media warning, and links work."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "docs" / "exporting.md"
APPS = [
    "WhatsApp (Android phone)", "WhatsApp (iPhone)", "Telegram", "Discord", "Instagram",
    "Facebook Messenger", "Snapchat", "SMS Backup & Restore", "iMessage", "Signal", "LINE",
    "QQ", "WeChat", "Google Chat", "Slack", "Guardian's own format",
]  # fmt: skip


def _sections() -> dict[str, str]:
    parts = re.split(r"^## ", GUIDE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return {p.split("\n", 1)[0]: p for p in parts[1:]}


def _anchor(title: str) -> str:
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def test_every_app_has_numbered_steps_and_the_media_warning() -> None:
    sections = _sections()
    for app in APPS:
        (title,) = [t for t in sections if app in t]
        body = sections[title]
        flat = " ".join(body.replace("\n>", " ").split())  # quoted lines joined up
        assert re.search(r"^1\. ", body, flags=re.MULTILINE), title
        assert "> [!WARNING]" in body and "photos or videos" in flat, title


def test_contents_links_and_relative_links_resolve() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    anchors = {_anchor(t) for t in _sections()}
    for target in re.findall(r"\]\(#([^)]+)\)", text):
        assert target in anchors, target
    for target in re.findall(r"\]\(([\w./-]+\.md)\)", text):
        assert (GUIDE.parent / target).is_file(), target
    assert "(docs/exporting.md)" in (REPO / "README.md").read_text(encoding="utf-8")
