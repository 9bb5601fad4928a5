"""The parts of the case report as lists of flowables: header, summary, each contact, sources."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from guardian_app.analysis import taxonomy

from .case import CONTEXT, SIGNAL_SENTENCE, CaseReport, ContactSection
from .chart import risk_chart, stage_label
from .layout import EVIDENCE_FILL, LEVEL_COLOURS, Writer
from .references import GUIDANCE_SOURCES, HelplineRow

WIDTH = 180 * mm  # A4 less 15 mm margins


def header(w: Writer, case: CaseReport) -> list[Flowable]:
    made = case.created.strftime("%Y-%m-%d %H:%M")
    return [
        w.p("Guardian case report", w.s.title),
        w.p(f"Made on {made} by Guardian {case.app_version} with the detection model "
            f"{case.model_name} version {case.model_version}. Everything was done on this computer; "
            "nothing was sent anywhere.", w.s.body),
        w.boxed([w.p(SIGNAL_SENTENCE, w.s.notice), w.p(case.not_a_verdict, w.s.body)], WIDTH),
        Spacer(1, 3 * mm),
        w.p("Guardian never opens, copies or shows photos, videos or other files from a chat. Where one was "
            "shared, this report only says so.", w.s.small),
    ]


def summary(w: Writer, case: CaseReport) -> list[Flowable]:
    out: list[Flowable] = [w.p("Summary", w.s.h1)]
    n_alert = len(case.sections)
    if n_alert:
        out.append(w.p(f"{n_alert} contact(s) reached the alert line. Each one has its own section below.",
                       w.s.body))
        out += [w.p(s.summary, w.s.bullet, bullet="•") for s in case.sections]
    elif case.chats:
        out.append(w.p("No contact reached the alert line in the chats Guardian was given. Guardian only sees "
                       "those chats; keep talking with the child.", w.s.body))
    else:
        out.append(w.p("Guardian could not read any chat from what it was given, so nothing was checked.", w.s.body))
    if case.chats:
        out.append(w.p("Chats checked", w.s.h2))
        rows = []
        for c in case.chats:
            people = ", ".join(f"{name}: {level}" + (" (alert)" if alert else "") for name, level, alert in c.contacts)
            rows.append([c.title, c.format, str(c.messages), c.child or "not known", people or "—"])
        out.append(w.table(["Chat", "App", "Messages", "Child", "Contacts and their level"], rows,
                           [46 * mm, 22 * mm, 20 * mm, 28 * mm, 64 * mm]))
    out.append(w.p("Exports read", w.s.h2))
    rows = [[s.path, s.format or "—", str(s.messages), str(s.skipped), s.error or "read"] for s in case.sources]
    out.append(w.table(["File", "Format", "Messages", "Left out", "Result"], rows,
                       [68 * mm, 22 * mm, 20 * mm, 18 * mm, 52 * mm]))
    if case.notes:
        out.append(w.p("Notes on reading the chats", w.s.h2))
        out += [w.p(n, w.s.small) for n in case.notes]
    return out


def contact(w: Writer, s: ContactSection, helplines: list[HelplineRow], note: str | None,
            country: str | None) -> list[Flowable]:
    c = s.contact
    colour = LEVEL_COLOURS.get(c.level, "#222222")
    out: list[Flowable] = [
        PageBreak(),
        w.rich([("Contact: ", False), (c.name, True)], w.s.h1),
        w.p(f"In the chat “{s.conversation}” ({s.format}), file {s.source}.", w.s.small),
        w.p(f"Child: {s.child or 'not known'}. {s.child_reason}", w.s.small),
        Spacer(1, 2 * mm),
        w.rich([("Level: ", False), (c.level.upper(), True), (f"  (risk score {c.risk:.2f})", False)], w.s.body),
        w.p(s.level_text, w.s.body, colour=colour),
        w.p(s.summary, w.s.body),
    ]
    if c.first_alert_message is not None:
        out.append(w.p(f"The running risk first crossed the alert line at message #{c.first_alert_message}.",
                       w.s.body))
    if s.emergency:
        title, intro, steps = s.emergency
        out += [Spacer(1, 2 * mm), w.boxed([w.p(title, w.s.notice), w.p(intro, w.s.body),
                                            *[w.p(t, w.s.bullet, bullet="•") for t in steps]], WIDTH)]
    out += [w.p("Risk over time (0 = no warning signs, 1 = the highest risk)", w.s.h2), risk_chart(c, WIDTH),
            _signs(w, s), *_evidence(w, s), *_guidance(w, s), *_helplines(w, helplines, note, country)]
    return out


def _signs(w: Writer, s: ContactSection) -> Flowable:
    rows = [[r.title, r.id, stage_label(r.stage), str(r.count), f"{r.score:.2f}"] for r in s.rows]
    table = w.table(["Warning sign", "Indicator", "Stage", "Count", "Strongest"], rows,
                    [62 * mm, 36 * mm, 34 * mm, 18 * mm, 30 * mm])
    return KeepTogether([w.p("Warning signs found", w.s.h2), table])


def _evidence(w: Writer, s: ContactSection) -> list[Flowable]:
    out: list[Flowable] = [
        CondPageBreak(40 * mm),
        w.p("Evidence, with the messages around it", w.s.h2),
        w.p(f"Highlighted lines are the messages where Guardian found a warning sign; {CONTEXT} messages before and "
            "after are shown for context. Numbers are the message's place in the chat, counting from 0.",
            w.s.small),
    ]
    for n, excerpt in enumerate(s.excerpts):
        rows, marks = [], []
        for r, line in enumerate(excerpt, start=1):
            text = w.p(line.text, w.s.cell_bold if line.evidence else w.s.cell)
            cell = [text, w.p("Sign: " + "; ".join(line.signs), w.s.small)] if line.signs else text
            rows.append([f"#{line.index}", line.time, line.sender, cell])
            if line.evidence:
                marks.append(("BACKGROUND", (0, r), (-1, r), EVIDENCE_FILL))
        out.append(w.table(["#", "Time", "From", "Message"], rows, [13 * mm, 30 * mm, 28 * mm, 109 * mm], marks))
        if n + 1 < len(s.excerpts):
            out.append(w.p("…", w.s.small))
    if s.omitted:
        out.append(w.p(f"{s.omitted} more message(s) with warning signs are not shown here.", w.s.small))
    return out


def _guidance(w: Writer, s: ContactSection) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(50 * mm)]
    out.append(w.p("What these signs mean", w.s.h2))
    for g in s.guidance:
        out.append(KeepTogether([
            w.rich([(g.title, True), (f"  ({stage_label(taxonomy.STAGE_OF[g.id])})", False)], w.s.body),
            w.p(g.explanation, w.s.bullet), w.p(g.why, w.s.bullet),
        ]))
    if s.steps:
        out.append(w.p("What to do now", w.s.h2))
        out += [w.p(step, w.s.bullet, bullet=f"{n}.") for n, step in enumerate(s.steps, start=1)]
    if s.dont:
        out.append(w.p("What not to do", w.s.h2))
        out += [w.p(item, w.s.bullet, bullet="•") for item in s.dont]
    if s.talk:
        out.append(w.p("How to talk with the child, by age", w.s.h2))
        out += [w.rich([(f"{label}: ", True), (text, False)], w.s.bullet) for label, text in s.talk]
    return out


def _helplines(w: Writer, rows: list[HelplineRow], note: str | None, country: str | None) -> list[Flowable]:
    title = f"Where to get help ({country})" if country else "Where to get help"
    out: list[Flowable] = [CondPageBreak(30 * mm), w.p(title, w.s.h2)]
    if note:
        out.append(w.p(note, w.s.body, colour="#5f6368"))
        return out
    cells = [[r.name, r.kind, [w.p(r.contact, w.s.cell), w.p(r.notes, w.s.small)] if r.notes else r.contact]
             for r in rows]
    out.append(w.table(["Service", "Kind", "How to reach it"], cells, [56 * mm, 36 * mm, 88 * mm]))
    return out


def sources(w: Writer, case: CaseReport, helpline_refs: list[str]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(90 * mm), w.p("Sources", w.s.h1),
                           w.p("The guidance and the advice on what to do follow these organisations:", w.s.body)]
    out += [w.p(r, w.s.bullet, bullet="•") for r in GUIDANCE_SOURCES]
    if helpline_refs:
        out.append(w.p("The helplines listed were checked against:", w.s.body))
        out += [w.p(r, w.s.bullet, bullet="•") for r in helpline_refs]
    out.append(w.p("About the detection model", w.s.h2))
    out.append(w.p(f"{case.model_name} {case.model_version} runs on this computer. It looks for the tactics of "
                   "grooming in each contact's messages, in the order they were sent. Its model card "
                   "(models/MODEL_CARD.md) describes what it was trained on and how well it does. It can miss "
                   "things and it can be wrong.", w.s.body))
    return out
