"""The alert centre: stored alerts listed, the detail view, and the parent's decisions."""

from __future__ import annotations

import pytest
from a11y import unnamed_inputs, unreachable_inputs
from PySide6.QtCore import Qt
from store_fakes import fill
from ui_fakes import LINES

from guardian_app import review
from guardian_app import settings as st
from guardian_app.guidance import indicator_text, steps
from guardian_app.store import Store, list_alerts
from guardian_app.ui import alert_centre as ac
from guardian_app.ui.stored_alerts_model import CHILD, CONTACT, DATE, LEVEL, STATUS
from guardian_app.ui.widgets.alert_view import NO_REPORTS_TIP


@pytest.fixture
def ids():
    with Store() as store:
        return fill(store)


@pytest.fixture
def centre(qtbot, ids):
    st.save(st.Settings(children=[st.Child(["Emma"], 12, "GB"), st.Child(["Leo"], 9, "")],
                        onboarded=True))
    w = ac.AlertCentre(reports=False)
    qtbot.addWidget(w)
    w.show()
    w.refresh()
    return w


def cells(w, col):
    return [w.proxy.index(r, col).data() for r in range(w.proxy.rowCount())]


def test_lists_alerts_most_serious_first_with_date_contact_child(centre):
    assert cells(centre, LEVEL) == ["Critical", "High", "High"]
    assert cells(centre, CONTACT)[0] == "Jake"
    assert set(cells(centre, CHILD)) == {"Emma", "Leo"}
    assert cells(centre, DATE)[0] == "14 Mar 2024"
    assert cells(centre, STATUS) == ["Needs review"] * 3
    assert "3 alert(s) need review" in centre.count.text()


def test_sorting_by_contact_and_filtering_by_child(centre):
    centre.table.sortByColumn(CONTACT, Qt.SortOrder.AscendingOrder)
    assert cells(centre, CONTACT) == ["Jake", "Max", "Sam"]
    centre.child_box.setCurrentText("Leo")
    assert cells(centre, CONTACT) == ["Sam"]
    assert centre.view.detail.contact.name == "Sam"
    centre.child_box.setCurrentText(ac.ALL_CHILDREN)
    assert centre.proxy.rowCount() == 3


def test_detail_has_summary_chart_context_guidance_and_steps(centre):
    assert centre.view.detail.contact.name == "Jake"
    text = centre.view.text.toPlainText()
    assert "Jake's messages to Emma show 8 warning signs of grooming" in text
    for step in steps("critical"):
        assert step in text
    assert indicator_text("secrecy").why in text
    # context: the child's reply before the evidence is shown, the evidence highlighted
    assert "Emma: 12, in 7th grade" in text and "▶ Jake: how old are you btw?" in text
    assert "a photo was shared here" in text and LINES[11][1] not in text
    html = centre.view.text.toHtml()
    assert "#fff59d" in html  # the highlight colour
    chart = centre.view.chart
    assert chart.isVisible() and len(chart.timeline) == 5
    assert [s for _, s in chart.marks][0] == "targeting"
    assert "highest 97%" in chart.accessibleDescription()
    assert "Helplines" in text or "no helpline list" in text


def test_mark_reviewed_hides_the_alert_until_asked(centre, ids, qtbot):
    with qtbot.waitSignal(centre.sig_changed):
        centre.view.btn_reviewed.click()
    with Store() as store:
        status = {a["id"]: a["status"] for a in list_alerts(store)}
    assert status[ids["Jake"]] == "reviewed"
    assert centre.proxy.rowCount() == 2 and "Reviewed" not in cells(centre, STATUS)
    centre.show_closed.setChecked(True)
    assert "Reviewed" in cells(centre, STATUS)


def test_false_alarm_asks_for_a_reason_and_a_cancel_changes_nothing(centre, ids):
    centre.ask_reason = lambda _parent, _contact: None
    centre.view.btn_false.click()
    with Store() as store:
        assert all(a["status"] == "new" for a in list_alerts(store))
    centre.ask_reason = lambda _parent, contact: f"{contact} is her cousin"
    centre.view.btn_false.click()
    assert review.load_reviews()[ids["Jake"]]["reason"] == "Jake is her cousin"
    centre.show_closed.setChecked(True)
    centre.refresh(select=ids["Jake"])
    assert "You marked this as a false alarm" in centre.view.text.toPlainText()
    assert "Jake is her cousin" in centre.view.text.toPlainText()


def test_trust_needs_confirmation_then_marks_the_contact(centre, ids):
    centre.confirm_trust = lambda _parent, _contact: False
    centre.view.btn_trust.click()
    assert not st.load().trusted
    centre.confirm_trust = lambda _parent, _contact: True
    centre.view.btn_trust.click()
    assert st.load().is_trusted("Jake", "whatsapp:emma-jake")
    centre.show_closed.setChecked(True)
    assert "Trusted contact" in cells(centre, STATUS)
    assert "is now a trusted contact" in centre.message.text()


def test_export_is_disabled_with_a_tooltip_without_reports(centre):
    assert not centre.view.btn_export.isEnabled()
    assert centre.view.btn_export.toolTip() == NO_REPORTS_TIP
    assert not centre.export_report(centre.view.detail.alert_id)


def test_empty_store_shows_no_alert(qtbot):
    w = ac.AlertCentre(reports=False)
    qtbot.addWidget(w)
    assert w.refresh() == 0
    assert w.view.detail is None and not w.view.btn_reviewed.isEnabled()
    assert "No alert selected" in w.view.text.toPlainText()


def test_accessible_names_and_keyboard(centre):
    assert unnamed_inputs(centre) == []
    assert unreachable_inputs(centre) == []


def test_alert_line_matches_the_risk_bands():
    from guardian_app.analysis.risk import BANDS

    assert {lv: BANDS[lv][0] for lv in ac.ALERT_LINE_RISK} == ac.ALERT_LINE_RISK


def test_geometry_is_remembered(qtbot, ids):
    w = ac.AlertCentre(reports=False)
    qtbot.addWidget(w)
    w.resize(701, 455)
    w.close()
    again = ac.AlertCentre(reports=False)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (701, 455)


def test_helplines_for_the_childs_country_or_a_plain_fallback(monkeypatch):
    from types import SimpleNamespace

    from guardian_app import guidance
    from guardian_app.ui import alert_html

    asked = []

    def fake(country, locale="en"):
        asked.append((country, locale))
        return [SimpleNamespace(name="Kids <Line>", phone="0800 1111", url=None, text=None,
                                notes="Free, 24 hours", kind_label="Child helpline")]

    monkeypatch.setattr(guidance, "helplines", fake, raising=False)
    html = alert_html.helpline_html("GB")
    assert asked == [("GB", "en")]
    assert "Helplines in United Kingdom" in html and "Kids &lt;Line&gt;" in html
    assert "Child helpline: <b>" in html and "0800 1111" in html and "Free, 24 hours" in html
    assert "Add your child's country" in alert_html.helpline_html("")

    def broken(country, locale="en"):
        raise OSError("data file missing")

    monkeypatch.setattr(guidance, "helplines", broken)
    assert "no helpline list for Taiwan" in alert_html.helpline_html("TW")
    monkeypatch.delattr(guidance, "helplines")
    assert "no helpline list for Taiwan" in alert_html.helpline_html("TW")


def test_risk_chart_draws_the_line_where_the_risk_is(qtbot):
    from PySide6.QtGui import QColor

    from guardian_app.ui.widgets.risk_chart import RiskChart

    chart = RiskChart()
    qtbot.addWidget(chart)
    chart.resize(400, 170)
    chart.set_data([(0, 0.0), (10, 1.0)], [(3, "targeting"), (7, "filling_a_need")])
    start, end = chart.to_point(0, 0.0), chart.to_point(10, 1.0)
    rect = chart.plot_rect()
    assert (start.x(), start.y()) == (rect.left(), rect.bottom())
    assert (end.x(), end.y()) == (rect.right(), rect.top())
    image = chart.grab().toImage()
    mid = chart.to_point(5, 0.5)
    near = [QColor(image.pixel(int(mid.x()) + dx, int(mid.y()) + dy)).name()
            for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    assert "#1565c0" in near  # the risk line passes through the middle
    assert "filling a need at message 7" in chart.accessibleDescription()


def test_export_runs_guardian_report_in_the_background(qtbot, ids, tmp_path):
    st.save(st.Settings(children=[st.Child(["Emma"], 12, "GB")], onboarded=True))
    w = ac.AlertCentre(reports=True)
    qtbot.addWidget(w)
    w.refresh(select=ids["Jake"])
    assert w.view.btn_export.isEnabled()
    w.report_path = lambda _parent, _contact: ""
    assert not w.export_report(ids["Jake"])  # the save dialog was cancelled
    out = str(tmp_path / "report.pdf")
    w.report_path = lambda _parent, _contact: out
    assert w.export_report(ids["Jake"])
    args = w.report_process.arguments()
    assert args[:4] == ["-m", "guardian_app.cli", "report", "/tmp/WhatsApp Chat with Jake.txt"]
    assert args[4:] == ["-o", out, "--child", "Emma", "--country", "GB"]
    assert not w.export_report(ids["Jake"])  # one report at a time
    qtbot.waitUntil(lambda: w.report_process is None, timeout=60000)
    assert "case report" in w.message.text()
