"""Renders the detail pane of one alert as simple HTML for a QTextBrowser.

Everything a chat contains is escaped. Media is never shown: a media message is
replaced by a note saying what kind of file existed.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP

from guardian_app.domain import DELETED, MEDIA, Message
from guardian_app.guidance import (
    indicator_text,
    level_sentence,
    most_serious,
    not_a_verdict,
    steps,
    summary_sentence,
)
from guardian_app.ui.alerts_model import AlertRow, level_word
from guardian_app.ui.i18n import translate

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
    "image": QT_TRANSLATE_NOOP("DetailHtml", "a photo"),
    "video": QT_TRANSLATE_NOOP("DetailHtml", "a video"),
    "audio": QT_TRANSLATE_NOOP("DetailHtml", "a voice message"),
    "sticker": QT_TRANSLATE_NOOP("DetailHtml", "a sticker"),
    "document": QT_TRANSLATE_NOOP("DetailHtml", "a file"),
    "contact": QT_TRANSLATE_NOOP("DetailHtml", "a contact card"),
    "location": QT_TRANSLATE_NOOP("DetailHtml", "a location"),
}


NO_MEDIA_NOTE = QT_TRANSLATE_NOOP(
    "DetailHtml", "Guardian never opens, copies or shows photos, videos or other files from a "
    "chat. It only notes that they were there.")


def format_name(fmt: str) -> str:
    if fmt == "sms_backup_restore":
        return translate("DetailHtml", "SMS backup")
    return FORMAT_NAMES.get(fmt, fmt.replace("_", " ").title())


def _when(ts: datetime | None) -> str:
    if ts is None:
        return translate("DetailHtml", "time unknown")
    # The format is translated too: "%Y-%m-%d %H:%M" reads better in Chinese.
    return ts.strftime(translate("DetailHtml", "%d %b %Y, %H:%M"))


def message_text(msg: Message) -> str:
    """What the pane shows for a message (escaped HTML); never media content or file names."""
    if msg.kind == MEDIA:
        kinds = [translate("DetailHtml", MEDIA_WORDS.get(k, "a file")) for k in msg.media]
        what = translate("DetailHtml", " and ").join(kinds or [translate("DetailHtml", "a file")])
        return "<i>[{}]</i>".format(escape(translate(
            "DetailHtml", "{what} was shared here. Guardian does not open photos, videos or "
            "files.").format(what=what)))
    if msg.kind == DELETED:
        return "<i>[{}]</i>".format(escape(translate("DetailHtml", "this message was deleted")))
    text = msg.text if len(msg.text) <= MAX_TEXT else msg.text[:MAX_TEXT] + "…"
    return escape(text).replace("\n", "<br>")


def message_label(index: int) -> str:
    return translate("DetailHtml", "Message {number}").format(number=index)


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
        sender = escape(msg.sender or translate("DetailHtml", "unknown sender"))
        lines.append(
            f"<tr><td class='meta'>{escape(message_label(idx))}"
            f"<br>{escape(_when(msg.timestamp))}</td>"
            f"<td><b>{sender}:</b> {message_text(msg)}</td></tr>"
        )
    more = len(message_ids) - MAX_EVIDENCE_PER_SIGN
    if more > 0:
        more_text = translate("DetailHtml", "…and {count} more message(s).").format(count=more)
        lines.append(f"<tr><td></td><td><i>{escape(more_text)}</i></td></tr>")
    return lines


def render_detail(row: AlertRow, locale: str = "en") -> str:
    """The scan window's detail; the guidance texts in ``locale``, the rest translated by Qt."""
    contact = row.contact
    bg, fg = LEVEL_BADGE.get(contact.level, LEVEL_BADGE["none"])
    conv = row.assessment.conversation
    level = translate("DetailHtml", "Level: {level}").format(level=level_word(contact.level))
    why = translate("DetailHtml", "Why it matters:")
    parts = [
        "<style>td{padding:3px 6px;vertical-align:top}"
        " td.meta{color:#555;white-space:nowrap} h3{margin-top:14px}</style>",
        f"<p><span style='background:{bg};color:{fg};font-weight:bold;font-size:large'>"
        f"&nbsp;{escape(level)}&nbsp;</span></p>",
        "<p style='font-size:large'><b>"
        f"{escape(summary_sentence(contact, row.assessment.child, locale))}</b></p>",
        f"<p>{escape(level_sentence(contact.level, locale))}</p>",
        f"<p style='color:#37474f'><i>{escape(not_a_verdict(locale))}</i></p>",
        "<h3>{}</h3><ol>".format(escape(translate("DetailHtml", "What to do now"))),
        *(f"<li>{escape(s)}</li>" for s in steps(contact.level, locale)),
        "</ol>",
        "<h3>{}</h3>".format(escape(translate("DetailHtml", "What Guardian noticed"))),
    ]
    for ind in most_serious(contact.indicators):
        text = indicator_text(ind.id, locale)
        parts += [
            f"<h4>{escape(text.title)}</h4>",
            f"<p>{escape(text.explanation)}<br><b>{escape(why)}</b> {escape(text.why)}</p>",
            "<table>",
            *evidence_lines(row, ind.messages),
            "</table>",
        ]
    about = translate("DetailHtml", "Chat: {chat} ({app} export, {count} messages)").format(
        chat=row.chat, app=format_name(conv.format), count=len(conv.messages))
    parts += [
        "<h3>{}</h3>".format(escape(translate("DetailHtml", "About this chat"))),
        "<p>{}<br>{}<br>{} <span style='color:#555'>{}</span></p>".format(
            escape(about),
            escape(translate("DetailHtml", "File: {file}").format(file=conv.source)),
            escape(translate("DetailHtml", "Your child in this chat: {child}.").format(
                child=row.child)),
            escape(row.assessment.child_reason)),
        "<p style='color:#555'>{}</p>".format(escape(translate("DetailHtml", NO_MEDIA_NOTE))),
    ]
    return "\n".join(parts)
