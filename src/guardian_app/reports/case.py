"""What goes into a case report, gathered from a scan, before any layout. No Qt, no reportlab.

Media is never opened: a media message appears only as a line such as
"[a photo was shared here — not opened]", followed by any caption the sender typed, with
anything that looks like a file name removed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from guardian_app.analysis import taxonomy
from guardian_app.domain import DELETED, MEDIA, SYSTEM, ContactAssessment, ConversationAssessment, Message
from guardian_app.guidance import IndicatorText, indicator_text, level_sentence, most_serious, steps, summary_sentence
from guardian_app.pipeline import ScanResult, SourceResult

log = logging.getLogger(__name__)

CONTEXT = 2  # messages shown before and after each evidence message
MAX_EVIDENCE = 30  # evidence messages shown per contact; the rest are counted
MAX_CHARS = 600

SIGNAL_SENTENCE = ("The risk score in this report is a signal for a parent or counsellor to look closely, "
                   "not a verdict. It does not prove that anyone did anything wrong.")

MEDIA_WORDS = {
    "image": "a photo", "video": "a video", "audio": "a voice message", "sticker": "a sticker",
    "document": "a file", "contact": "a contact card", "location": "a location",
}
_FILE_NAME = re.compile(r"[\w.\-‎‏]+\.(?:jpe?g|png|gif|webp|heic|mp4|mov|3gp|avi|mkv|opus|ogg|m4a|mp3|aac|"
                        r"wav|pdf|docx?|xlsx?|pptx?|zip|vcf|webm|txt)\b(?:\s*\([^)]*\))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ContextLine:
    """One message as shown in the evidence excerpts."""

    index: int
    time: str
    sender: str
    text: str
    evidence: bool
    signs: tuple[str, ...] = ()  # plain titles of the indicators found in this message


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    id: str
    stage: str
    count: int
    score: float
    title: str


@dataclass(slots=True)
class ContactSection:
    """Everything the report says about one alerting contact."""

    conversation: str
    source: str
    format: str
    child: str | None
    child_reason: str
    contact: ContactAssessment
    summary: str
    level_text: str
    rows: list[IndicatorRow]
    excerpts: list[list[ContextLine]]
    omitted: int
    guidance: list[IndicatorText]
    steps: list[str]
    dont: list[str] = field(default_factory=list)
    emergency: tuple[str, str, list[str]] | None = None  # (title, intro, steps) for threats/sextortion
    talk: list[tuple[str, str]] = field(default_factory=list)  # (age band label, advice)


@dataclass(slots=True)
class ChatOverview:
    title: str
    format: str
    messages: int
    child: str | None
    contacts: list[tuple[str, str, bool]]  # (name, level, alert)


@dataclass(slots=True)
class CaseReport:
    app_version: str
    model_name: str
    model_version: str
    created: datetime
    not_a_verdict: str
    sources: list[SourceResult]
    chats: list[ChatOverview]
    sections: list[ContactSection]
    notes: list[str] = field(default_factory=list)


def media_line(msg: Message) -> str:
    """The only way media appears in a report: what kind existed, never the file."""
    kinds = [MEDIA_WORDS.get(k, "a file") for k in msg.media] or ["a file"]
    what = kinds[0] if len(set(kinds)) == 1 else "some media"
    line = f"[{what} was shared here — not opened]"
    caption = clean_caption(msg.text)
    return f"{line} {caption}" if caption else line


def clean_caption(text: str) -> str:
    """A media message's typed caption without anything that looks like a file name."""
    return " ".join(_FILE_NAME.sub(" ", text).split())


def shown_text(msg: Message) -> str:
    if msg.kind == MEDIA or msg.media:
        return media_line(msg)
    if msg.kind == DELETED:
        return "[this message was deleted]"
    text = " ".join(msg.text.split())
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def _time(msg: Message) -> str:
    return msg.timestamp.strftime("%Y-%m-%d %H:%M") if msg.timestamp else "time unknown"


def excerpts(messages: Sequence[Message], contact: ContactAssessment, locale: str = "en",
             context: int = CONTEXT, limit: int = MAX_EVIDENCE) -> tuple[list[list[ContextLine]], int]:
    """Evidence messages with ``context`` messages either side, overlapping windows merged.

    Returns the excerpts and how many evidence messages were left out beyond ``limit``.
    """
    signs: dict[int, list[str]] = {}
    for ind in most_serious(contact.indicators):
        title = indicator_text(ind.id, locale).title if ind.id in taxonomy.STAGE_OF else ind.id
        for idx in ind.messages:
            signs.setdefault(idx, []).append(title)
    position = {m.index: n for n, m in enumerate(messages)}
    hits = sorted(i for i in signs if i in position)
    shown, omitted = hits[:limit], max(0, len(hits) - limit)
    windows: list[list[int]] = []
    for idx in shown:
        pos = position[idx]
        lo, hi = max(0, pos - context), min(len(messages) - 1, pos + context)
        if windows and lo <= windows[-1][1] + 1:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    chosen = set(shown)

    def line(m: Message) -> ContextLine:
        sender = m.sender or ("(app notice)" if m.kind == SYSTEM else "")
        hit = m.index in chosen
        return ContextLine(m.index, _time(m), sender, shown_text(m), hit, tuple(signs[m.index]) if hit else ())

    return [[line(m) for m in messages[lo:hi + 1]] for lo, hi in windows], omitted


def contact_section(a: ConversationAssessment, contact: ContactAssessment, locale: str = "en") -> ContactSection:
    known = [i for i in contact.indicators if i.id in taxonomy.STAGE_OF]
    rows = [IndicatorRow(i.id, taxonomy.STAGE_OF[i.id], i.count, i.score, indicator_text(i.id, locale).title)
            for i in most_serious(known)]
    found, omitted = excerpts(a.conversation.messages, contact, locale)
    conv = a.conversation
    section = ContactSection(
        conversation=conv.title, source=conv.source, format=conv.format, child=a.child,
        child_reason=a.child_reason, contact=contact, summary=summary_sentence(contact, a.child, locale),
        level_text=level_sentence(contact.level, locale), rows=rows, excerpts=found, omitted=omitted,
        guidance=[indicator_text(r.id, locale) for r in rows], steps=steps(contact.level, locale),
    )
    _add_advice(section, locale)
    return section


def _add_advice(section: ContactSection, locale: str) -> None:
    """What not to do, the emergency path and how to talk by age, when this Guardian has them."""
    from guardian_app import guidance as g

    level, ids = section.contact.level, [r.id for r in section.rows]
    try:
        if level != "none" and hasattr(g, "dont_list"):
            section.dont = list(g.dont_list(level, locale))
        em = g.emergency_for(ids, locale) if hasattr(g, "emergency_for") else None
        if em is not None:
            section.emergency = (em.title, em.intro, list(em.steps))
        if hasattr(g, "talk_by_age"):
            section.talk = [(band.label, band.text) for band in g.talk_by_age(locale)]
    except Exception as exc:  # extra advice is welcome, never a reason to fail the report
        log.info("extra guidance not available (%s)", type(exc).__name__)


def build_case(result: ScanResult, app_version: str, model_name: str, model_version: str,
               locale: str = "en", now: datetime | None = None) -> CaseReport:
    """The report's content: one section per contact that alerts, most serious first."""
    from guardian_app.guidance import not_a_verdict

    chats = [ChatOverview(a.conversation.title, a.conversation.format, len(a.conversation.messages), a.child,
                          [(c.name, c.level, c.alert) for c in a.contacts]) for a in result.assessments]
    pairs = [(a, c) for a in result.assessments for c in a.contacts if c.alert]
    pairs.sort(key=lambda p: -p[1].risk)
    sections = [contact_section(a, c, locale) for a, c in pairs]
    notes = [f"{a.conversation.title}: {n}" for a in result.assessments for n in a.conversation.notes]
    return CaseReport(app_version, model_name, model_version, now or datetime.now().astimezone(),
                      not_a_verdict(locale), list(result.sources), chats, sections, notes)
