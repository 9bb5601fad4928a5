"""The report's pieces: evidence excerpts, media placeholders, helplines, fonts and the chart."""

from __future__ import annotations

import shutil
import subprocess
import sys
import types
from dataclasses import dataclass
from datetime import datetime

import pytest

from guardian_app.domain import MEDIA, SYSTEM, ContactAssessment, IndicatorSummary, Message
from guardian_app.reports import case as case_mod
from guardian_app.reports import references
from guardian_app.reports.chart import risk_at, risk_chart
from guardian_app.reports.fonts import CID_FALLBACK, CJK, TEXT, register_fonts, runs


def msgs(n: int) -> list[Message]:
    return [Message("Jake" if i % 2 else "Emma", f"line {i}", datetime(2024, 3, 1, 12, i), index=i) for i in range(n)]


def contact(hits: dict[str, list[int]], timeline: list[tuple[int, float]] | None = None) -> ContactAssessment:
    inds = [IndicatorSummary(k, 0.9, len(v), v) for k, v in hits.items()]
    return ContactAssessment("Jake", 0.9, "high", True, 5, ["isolating"], inds, timeline or [])


def test_excerpts_give_context_and_merge_overlapping_windows():
    found, omitted = case_mod.excerpts(msgs(30), contact({"secrecy": [5, 7], "meeting_request": [20]}))
    assert omitted == 0
    assert [[line.index for line in e] for e in found] == [[3, 4, 5, 6, 7, 8, 9], [18, 19, 20, 21, 22]]
    evidence = [line for e in found for line in e if line.evidence]
    assert [line.index for line in evidence] == [5, 7, 20]
    assert evidence[0].signs == ("Asked the child to keep secrets",)
    assert all(not line.signs for e in found for line in e if not line.evidence)


def test_excerpts_stop_at_the_chat_edges_and_count_what_is_left_out():
    found, omitted = case_mod.excerpts(msgs(6), contact({"age_probe": [0, 1, 2, 3, 4, 5]}), limit=2)
    assert omitted == 4
    assert [line.index for line in found[0]] == [0, 1, 2, 3]


def test_media_is_a_placeholder_and_file_names_never_show():
    photo = Message("Jake", "IMG-20240309-WA0007.jpg (file attached) look at this", kind=MEDIA, media=("image",))
    video = Message("Jake", "", kind=MEDIA, media=("video",))
    ios = Message("Jake", "00000035-PHOTO-2022-03-27-21-41-55.jpg", kind=MEDIA, media=("image",))
    assert case_mod.shown_text(photo) == "[a photo was shared here — not opened] look at this"
    assert case_mod.shown_text(video) == "[a video was shared here — not opened]"
    assert case_mod.shown_text(ios) == "[a photo was shared here — not opened]"


def test_system_lines_and_long_text():
    notice = Message(None, "Messages are end-to-end encrypted.", kind=SYSTEM)
    assert case_mod.excerpts([notice, *msgs(3)[1:]], contact({"secrecy": [1]}))[0][0][0].sender == "(app notice)"
    long = Message("Jake", "word " * 400)
    assert len(case_mod.shown_text(long)) == case_mod.MAX_CHARS


def test_helplines_degrade_without_the_module_or_a_country(monkeypatch):
    rows, note = references.helplines_for(None)
    assert rows == [] and "--country" in (note or "")
    monkeypatch.setitem(sys.modules, "guardian_app.guidance.helplines", None)  # import fails
    rows, note = references.helplines_for("GB")
    assert rows == [] and note


def test_helplines_are_read_defensively_from_whatever_the_module_returns(monkeypatch):
    @dataclass
    class Helpline:
        name: str
        kind: str
        number: str
        url: str
        source: str
        checked: str

    def helplines(cc: str, locale: str = "en"):  # noqa: ANN202
        if cc != "GB":
            raise KeyError(cc)
        return [Helpline("Childline", "child_helpline", "0800 1111", "https://www.childline.org.uk", "src A", "x"),
                {"title": "NSPCC Helpline", "phone": "0808 800 5000", "source": "src B", "notes": "For adults.",
                 "status": "confirmed", "checked": "2026-12-01"}]

    monkeypatch.setitem(sys.modules, "guardian_app.guidance.helplines", types.SimpleNamespace(helplines=helplines))
    rows, note = references.helplines_for("GB")
    assert note is None
    assert rows[0] == references.HelplineRow("Childline", "child helpline", "0800 1111 · https://www.childline.org.uk",
                                             "src A")
    assert rows[1].name == "NSPCC Helpline" and rows[1].contact == "0808 800 5000"
    assert rows[1].notes == "For adults."
    assert references.sources_for(rows) == ["src A", "src B"]
    cited = references.HelplineRow("X", "", "1", "https://takeitdown.ncmec.org/faq/")
    assert references.sources_for([cited, *rows, rows[0]]) == ["src A", "src B"]  # no repeats
    rows, note = references.helplines_for("ZZ")
    assert rows == [] and "ZZ" in (note or "")


def test_fonts_switch_per_run_and_fall_back_to_the_cid_font(tmp_path):
    fonts = register_fonts()
    assert runs("Jake: 你好 ok", fonts) == [(TEXT, "Jake: "), (fonts.cjk_name, "你好 "), (TEXT, "ok")]
    assert fonts.cjk_name in (CJK, CID_FALLBACK)

    bare = register_fonts(cjk_candidates=())
    assert not bare.cjk_embedded and bare.font_for("你") == CID_FALLBACK and bare.font_for("J") == TEXT


def test_report_renders_with_the_cid_fallback(tmp_path):
    from guardian_app.pipeline import ScanResult, SourceResult
    from guardian_app.reports import build_case, render_pdf

    case = build_case(ScanResult([SourceResult("阿杰.txt", "wechat", 0, 0, None)], []), "0.1.0", "m", "1")
    case.notes.append("阿杰: 你好")
    data = render_pdf(case, fonts=register_fonts(cjk_candidates=()))
    assert data.startswith(b"%PDF-") and b"/BaseFont /STSong-Light" in data
    if shutil.which("pdftotext"):
        pdf = tmp_path / "r.pdf"
        pdf.write_bytes(data)
        text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
        assert "阿杰: 你好" in text.decode("utf-8") and "nothing was sent anywhere" in text.decode("utf-8")


def test_chart_markers_sit_on_the_running_risk():
    timeline = [(1, 0.1), (3, 0.5), (5, 0.9)]
    assert risk_at(timeline, 0) == 0.0 and risk_at(timeline, 4) == 0.5 and risk_at(timeline, 9) == 0.9
    drawing = risk_chart(contact({"secrecy": [3], "meeting_request": [5]}, timeline))
    from reportlab.graphics.shapes import Circle

    markers = [s for s in drawing.contents if isinstance(s, Circle) and s.r > 3]
    assert len(markers) == 2


@pytest.mark.parametrize("level", ["low", "critical"])
def test_contact_section_has_rows_guidance_and_steps(level):
    from guardian_app.domain import Conversation, ConversationAssessment

    c = contact({"age_probe": [1], "meeting_request": [3]})
    c.level = level
    conv = Conversation("k", "chat.txt", "whatsapp", "Jake, Emma", ["Jake", "Emma"], msgs(6))
    section = case_mod.contact_section(ConversationAssessment(conv, "Emma", "named", [c]), c)
    assert [r.id for r in section.rows] == ["meeting_request", "age_probe"]  # most serious first
    assert [g.id for g in section.guidance] == ["meeting_request", "age_probe"]
    assert section.steps and ("emergency" in section.steps[0]) == (level == "critical")


def test_chat_text_cannot_inject_markup_into_the_report():
    from reportlab.platypus import Paragraph

    from guardian_app.reports.fonts import markup

    fonts = register_fonts()
    hostile = '<img src="http://example.invalid/x.png"/> <font name="Nope">hi</font> & 你'
    escaped = markup(hostile, fonts)
    assert "<img" not in escaped and "&lt;img" in escaped and "&amp;" in escaped
    para = Paragraph(escaped)
    para.wrap(400, 100)  # lays out as plain text: no image fetched, no unknown font
    assert para.getPlainText() == hostile


def test_threats_bring_the_emergency_path_and_what_not_to_do():
    from guardian_app import guidance
    from guardian_app.domain import Conversation, ConversationAssessment

    if not hasattr(guidance, "emergency_for"):
        pytest.skip("this Guardian has no emergency path in its guidance yet")
    conv = Conversation("k", "chat.txt", "whatsapp", "Jake, Emma", ["Jake", "Emma"], msgs(6))
    threat = contact({"threat": [3]})
    section = case_mod.contact_section(ConversationAssessment(conv, "Emma", "named", [threat]), threat)
    assert section.emergency is not None and section.emergency[2]
    assert section.dont and len(section.talk) == 4
    calm = contact({"age_probe": [1]})
    assert case_mod.contact_section(ConversationAssessment(conv, "Emma", "named", [calm]), calm).emergency is None
