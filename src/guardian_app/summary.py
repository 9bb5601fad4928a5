"""The readable summary that ``guardian scan`` prints without ``--json``."""

from __future__ import annotations

from .domain import ContactAssessment, ConversationAssessment
from .guidance import indicator_text, not_a_verdict, steps, summary_sentence
from .pipeline import ScanResult

MAX_EVIDENCE = 6
MAX_CHARS = 140


def _evidence_lines(a: ConversationAssessment, contact: ContactAssessment) -> list[str]:
    by_index = {m.index: m for m in a.conversation.messages}
    firsts = sorted({i.messages[0] for i in contact.indicators if i.messages})
    lines = []
    for idx in firsts[:MAX_EVIDENCE]:
        msg = by_index[idx]
        when = msg.timestamp.strftime("%Y-%m-%d %H:%M") if msg.timestamp else "time unknown"
        text = " ".join(msg.text.split())
        if len(text) > MAX_CHARS:
            text = text[: MAX_CHARS - 1] + "…"
        lines.append(f"      #{idx} {when} {msg.sender}: {text}")
    return lines


def render_summary(result: ScanResult, model_name: str, model_version: str) -> str:
    out: list[str] = []
    read = [s for s in result.sources if s.error is None]
    out.append(f"Guardian checked {len(read)} of {len(result.sources)} export(s) "
               f"with model {model_name} {model_version}.")
    for s in result.sources:
        if s.error:
            out.append(f"  Could not read: {s.error}")
        elif s.skipped:
            out.append(f"  {s.path}: {s.skipped} line(s) could not be understood and were left out.")
    alerts = 0
    for a in result.assessments:
        conv = a.conversation
        out.append("")
        out.append(f"Chat: {conv.title} ({conv.format}, {len(conv.messages)} messages) — {conv.source}")
        out.append(f"  Child: {a.child or 'not known'}. {a.child_reason}")
        for note in conv.notes:
            out.append(f"  Note: {note}")
        low = []
        for contact in a.contacts:
            if contact.level == "none":
                continue
            if not contact.alert:
                low.append(contact)
                continue
            alerts += 1
            out.append(f"  [ALERT] {summary_sentence(contact, a.child)}")
            titles = ", ".join(indicator_text(i.id).title.lower() for i in contact.indicators)
            out.append(f"    Warning signs: {titles}.")
            out.append(f"    First reached the alert line at message #{contact.first_alert_message}.")
            out.append("    Evidence (first message of each sign):")
            out.extend(_evidence_lines(a, contact))
        if low:
            names = ", ".join(f"{c.name} ({', '.join(indicator_text(i.id).title.lower() for i in c.indicators)})"
                              for c in low)
            out.append(f"  No alert. Isolated signs that are usually harmless on their own: {names}.")
        elif not any(c.alert for c in a.contacts):
            out.append("  No warning signs found.")
    out.append("")
    if alerts:
        worst = max((c for a in result.assessments for c in a.contacts if c.alert),
                    key=lambda c: c.risk)
        out.append(f"{alerts} alert(s). What to do now:")
        out.extend(f"  - {step}" for step in steps(worst.level))
    elif not result.assessments:
        out.append("Guardian could not read any chat from what it was given, so nothing was checked.")
    else:
        out.append("No alerts. Guardian only sees the chats it was given; keep talking with your child.")
    out.append(not_a_verdict())
    return "\n".join(out) + "\n"
