"""The alert centre's detail text for one stored alert, as simple HTML for a QTextBrowser.

Summary, what to do now (with helplines for the child's country when the guidance
package has them), the evidence in context with the evidence highlighted, and the
guidance for each indicator. Chat text is always escaped; media is only noted.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from guardian_app import guidance
from guardian_app.alert_details import AlertDetail, context_blocks
from guardian_app.guidance import indicator_text, level_sentence, most_serious, not_a_verdict
from guardian_app.guidance import steps as level_steps
from guardian_app.ui.alerts_model import level_word, not_sure
from guardian_app.ui.countries import country_name
from guardian_app.ui.detail_html import LEVEL_BADGE, NO_MEDIA_NOTE, _when, format_name, message_text
from guardian_app.ui.i18n import translate

log = logging.getLogger(__name__)

HIGHLIGHT = "#fff59d"
STYLE = (
    "<style>td{padding:2px 6px;vertical-align:top} td.meta{color:#555;white-space:nowrap}"
    " h3{margin-top:14px} tr.ev td{background:" + HIGHLIGHT + ";color:#000}"
    " table.ctx{margin-bottom:8px}</style>"
)


def _field(entry: Any, name: str) -> str:
    value = entry.get(name) if isinstance(entry, dict) else getattr(entry, name, None)
    return str(value).strip() if value not in (None, "") else ""


def helplines_for(country: str, locale: str = "en") -> list[Any]:
    """guidance.helplines(country, locale) when that API exists; [] otherwise or on a fault."""
    finder = getattr(guidance, "helplines", None)
    if not country or not callable(finder):
        return []
    try:
        return list(finder(country, locale))
    except Exception as exc:  # missing data must never hide the alert itself
        log.warning("helplines for %s could not be loaded (%s)", country, type(exc).__name__)
        return []


def helpline_html(country: str, locale: str = "en") -> str:
    if not country:
        return "<p>{}</p>".format(escape(translate(
            "AlertHtml", "Add your child's country in Settings to see helplines here. In an "
            "emergency, call your local emergency number."), quote=False))
    lines = helplines_for(country, locale)
    if not lines:
        return "<p>{}</p>".format(escape(translate(
            "AlertHtml", "Guardian has no helpline list for {country} yet. In an emergency, call "
            "your local emergency number. Your local police can tell you where to report "
            "online abuse of a child.").format(country=country_name(country)), quote=False))
    items = []
    for entry in lines:
        name = _field(entry, "name") or translate("AlertHtml", "Helpline")
        kind = _field(entry, "kind_label")
        reach = " · ".join(v for v in (_field(entry, f) for f in ("phone", "number", "text",
                                                                    "sms", "url")) if v)
        extra = " · ".join(v for v in (_field(entry, f) for f in ("hours", "for_whom", "notes"))
                           if v)
        reach_html = f": {escape(reach)}" if reach else ""
        extra_html = f"<br><span style='color:#555'>{escape(extra)}</span>" if extra else ""
        kind_html = f"{escape(kind)}: " if kind and kind != name else ""  # no "紧急电话: 紧急电话"
        items.append(f"<li>{kind_html}<b>{escape(name)}</b>{reach_html}{extra_html}</li>")
    heading = translate("AlertHtml", "Helplines in {country}:").format(country=country_name(country))
    return f"<p>{escape(heading)}</p><ul>{''.join(items)}</ul>"


def summary_text(detail: AlertDetail, locale: str = "en") -> str:
    return guidance.summary_sentence(detail.contact, detail.child, locale)


def context_html(detail: AlertDetail, evidence: list[int]) -> str:
    parts = []
    for block in context_blocks(detail.conversation.messages, evidence):
        rows = []
        for line in block:
            m = line.message
            sender = escape(m.sender or translate("AlertHtml", "unknown sender"))
            mark = "<b>▶ </b>" if line.evidence else ""
            rows.append(f"<tr class='{'ev' if line.evidence else 'ctx'}'>"
                        f"<td class='meta'>{m.index} · {escape(_when(m.timestamp))}</td>"
                        f"<td>{mark}<b>{sender}:</b> {message_text(m)}</td></tr>")
        parts.append("<table class='ctx' width='100%'>" + "".join(rows) + "</table>")
    return "".join(parts)


def render_alert(detail: AlertDetail, country: str = "", locale: str = "en",
                 review_note: str = "") -> str:
    c = detail.contact
    bg, fg = LEVEL_BADGE.get(c.level, LEVEL_BADGE["none"])
    conv = detail.conversation
    level = translate("AlertHtml", "Level: {level}").format(level=level_word(c.level))
    parts = [
        STYLE,
        f"<p><span style='background:{bg};color:{fg};font-weight:bold;font-size:large'>"
        f"&nbsp;{escape(level)}&nbsp;</span></p>",
        f"<p style='font-size:large'><b>{escape(summary_text(detail, locale))}</b></p>",
        f"<p>{escape(level_sentence(c.level, locale))}</p>",
        f"<p><i>{escape(not_a_verdict(locale))}</i></p>",
    ]
    if review_note:
        parts.append(f"<p style='color:#555'>{escape(review_note)}</p>")
    parts += ["<h3>{}</h3><ol>".format(escape(translate("AlertHtml", "What to do now"))),
              *(f"<li>{escape(s)}</li>" for s in level_steps(c.level, locale)), "</ol>",
              helpline_html(country, locale),
              "<h3>{}</h3>".format(escape(translate("AlertHtml", "What Guardian noticed"))),
              "<p style='color:#555'>{}</p>".format(escape(translate(
                  "AlertHtml", "The highlighted lines (▶) are the messages Guardian noticed; "
                  "the lines around them are shown so you can read them in context.")))]
    why = translate("AlertHtml", "Why it matters:")
    for ind in most_serious(c.indicators):
        try:
            text = indicator_text(ind.id, locale)
        except KeyError:
            continue
        parts += [f"<h4>{escape(text.title)}</h4>",
                  f"<p>{escape(text.explanation)}<br><b>{escape(why)}</b> {escape(text.why)}</p>",
                  context_html(detail, ind.messages)]
    about = translate("AlertHtml", "Chat: {chat} ({app} export, {count} messages)").format(
        chat=conv.title, app=format_name(conv.format), count=len(conv.messages))
    child = translate("AlertHtml", "Your child in this chat: {child}.").format(
        child=detail.child or not_sure())
    parts += [
        "<h3>{}</h3>".format(escape(translate("AlertHtml", "About this chat"))),
        f"<p>{escape(about)}<br>{escape(child)}</p>",
        "<p style='color:#555'>{}</p>".format(escape(translate("DetailHtml", NO_MEDIA_NOTE))),
    ]
    return "\n".join(parts)
