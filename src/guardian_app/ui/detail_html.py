"""Renders the detail pane of one alert as simple HTML for a QTextBrowser.

Everything a chat contains is escaped. Media is never shown: a media message is
replaced by a note saying what kind of file existed.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from guardian_app.domain import DELETED, MEDIA, Message
from guardian_app.guidance import (
    indicator_text,
    level_sentence,
    most_serious,
    not_a_verdict,
    steps,
    summary_sentence,
)
from guardian_app.ui.alerts_model import AlertRow

MAX_EVIDENCE_PER_SIGN = 6
MAX_TEXT = 400
LEVEL_BADGE = {
    "none": ("#e0e0e0", "#212121"),
    "low": ("#fff3c4", "#5d4037"),
    "medium": ("#ffd180", "#4e342e"),
    "high": ("#c62828", "#ffffff"),
    "critical": ("#7f0000", "#ffffff"),
}
FORMAT_NAMES = {"whatsapp": "WhatsApp", "imessage": "iMessage", "sms_backup_restore": "SMS backup"}
MEDIA_WORDS = {
    "image": "a photo",
    "video": "a video",
    "audio": "a voice message",
    "sticker": "a sticker",
    "document": "a file",
    "contact": "a contact card",
    "location": "a location",
}


def format_name(fmt: str) -> str:
    return FORMAT_NAMES.get(fmt, fmt.replace("_", " ").title())


def _when(ts: datetime | None) -> str:
    return ts.strftime("%d %b %Y, %H:%M") if ts else "time unknown"


def message_text(msg: Message) -> str:
    """What the pane shows for a message (escaped HTML); never media content or file names."""
    if msg.kind == MEDIA:
        kinds = [MEDIA_WORDS.get(k, "a file") for k in msg.media] or ["a file"]
        return (
            f"<i>[{escape(' and '.join(kinds))} was shared here. "
            "Guardian does not open photos, videos or files.]</i>"
        )
    if msg.kind == DELETED:
        return "<i>[this message was deleted]</i>"
    text = msg.text if len(msg.text) <= MAX_TEXT else msg.text[:MAX_TEXT] + "…"
    return escape(text).replace("\n", "<br>")


def _find(messages: list[Message], index: int) -> Message | None:
    if 0 <= index < len(messages) and messages[index].index in (index, 0):
        return messages[index]
    return next((m for m in messages if m.index == index), None)


def evidence_lines(row: AlertRow, message_ids: list[int]) -> list[str]:
    """One HTML line per pointed-at message: index, time, sender, text."""
    msgs = row.assessment.conversation.messages
    lines = []
    for idx in message_ids[:MAX_EVIDENCE_PER_SIGN]:
        msg = _find(msgs, idx)
        if msg is None:
            continue
        sender = escape(msg.sender or "unknown sender")
        lines.append(
            f"<tr><td class='meta'>Message {idx}<br>{escape(_when(msg.timestamp))}</td>"
            f"<td><b>{sender}:</b> {message_text(msg)}</td></tr>"
        )
    more = len(message_ids) - MAX_EVIDENCE_PER_SIGN
    if more > 0:
        lines.append(f"<tr><td></td><td><i>…and {more} more message(s).</i></td></tr>")
    return lines


def render_detail(row: AlertRow) -> str:
    contact = row.contact
    bg, fg = LEVEL_BADGE.get(contact.level, LEVEL_BADGE["none"])
    conv = row.assessment.conversation
    parts = [
        "<style>td{padding:3px 6px;vertical-align:top}"
        " td.meta{color:#555;white-space:nowrap} h3{margin-top:14px}</style>",
        f"<p><span style='background:{bg};color:{fg};font-weight:bold;font-size:large'>"
        f"&nbsp;Level: {escape(contact.level)}&nbsp;</span></p>",
        f"<p style='font-size:large'><b>{escape(summary_sentence(contact, row.assessment.child))}"
        "</b></p>",
        f"<p>{escape(level_sentence(contact.level))}</p>",
        f"<p style='color:#37474f'><i>{escape(not_a_verdict())}</i></p>",
        "<h3>What to do now</h3><ol>",
        *(f"<li>{escape(s)}</li>" for s in steps(contact.level)),
        "</ol>",
        "<h3>What Guardian noticed</h3>",
    ]
    for ind in most_serious(contact.indicators):
        text = indicator_text(ind.id)
        parts += [
            f"<h4>{escape(text.title)}</h4>",
            f"<p>{escape(text.explanation)}<br><b>Why it matters:</b> {escape(text.why)}</p>",
            "<table>",
            *evidence_lines(row, ind.messages),
            "</table>",
        ]
    parts += [
        "<h3>About this chat</h3>",
        f"<p>Chat: {escape(row.chat)} ({escape(format_name(conv.format))} export, "
        f"{len(conv.messages)} messages)<br>File: {escape(conv.source)}<br>"
        f"Your child in this chat: {escape(row.child)}. "
        f"<span style='color:#555'>{escape(row.assessment.child_reason)}</span></p>",
        "<p style='color:#555'>Guardian never opens, copies or shows photos, videos or other "
        "files from a chat. It only notes that they were there.</p>",
    ]
    return "\n".join(parts)
