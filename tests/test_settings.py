"""settings.py: defaults, round trip, validation, damaged files, sensitivity lines."""

from __future__ import annotations

import json

import pytest

from guardian_app import settings as st


def test_defaults_when_no_file():
    s = st.load()
    assert s.children == [] and s.watched_folders == []
    assert s.notifications is True and s.language == "en" and s.retention_days == 365
    assert s.schema == st.SCHEMA_VERSION and not s.onboarded
    assert st.is_first_run()


def test_round_trip_in_the_profile(_private_profile):
    s = st.Settings(
        children=[st.Child([" Emma ", "em_draws", ""], 12, "gb", "high")],
        watched_folders=["/home/p/Guardian exports"], notifications=False,
        retention_days=90, language="zh-Hant", onboarded=True,
    )
    s.trust("Grandma", "whatsapp:emma-grandma")
    path = st.save(s)
    assert path == _private_profile / "settings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == st.SCHEMA_VERSION
    back = st.load()
    assert back.children == [st.Child(["Emma", "em_draws"], 12, "GB", "high")]
    assert back.watched_folders == ["/home/p/Guardian exports"]
    assert (back.notifications, back.retention_days, back.language) == (False, 90, "zh-Hant")
    assert back.is_trusted("Grandma", "whatsapp:emma-grandma")
    assert not back.is_trusted("Grandma", "other-chat")
    assert not st.is_first_run()


@pytest.mark.parametrize("child, message", [
    (st.Child([" "], 12), "at least one name"),
    (st.Child(["Emma"], 40), "between"),
    (st.Child(["Emma"], 12, "Britain"), "two-letter"),
    (st.Child(["Emma"], 12, "GB", "extreme"), "sensitivity"),
])
def test_invalid_values_are_refused_with_a_sentence(child, message):
    with pytest.raises(st.SettingsError, match=message):
        st.save(st.Settings(children=[child]))
    assert not st.settings_path().exists()


def test_damaged_file_is_set_aside_and_defaults_used():
    st.settings_path().write_text("{not json", encoding="utf-8")
    s = st.load()
    assert s == st.Settings()
    assert st.settings_path().with_name("settings.json.damaged").exists()


def test_bad_values_in_file_fall_back_to_defaults_and_unknown_keys_are_ignored():
    st.settings_path().write_text(json.dumps({"language": "xx"}), encoding="utf-8")
    assert st.load().language == "en"
    st.settings_path().write_text(json.dumps({"language": "zh-Hans", "future": 1}),
                                  encoding="utf-8")
    assert st.load().language == "zh-Hans"


def test_sensitivity_moves_the_alert_line():
    low, medium, high = (st.Child(["A"], 10, "", s) for s in ("low", "medium", "high"))
    assert [low.alerts_at(lv) for lv in ("medium", "high", "critical")] == [False, True, True]
    assert [medium.alerts_at(lv) for lv in ("low", "medium", "high")] == [False, True, True]
    assert [high.alerts_at(lv) for lv in ("none", "low", "medium")] == [False, True, True]


def test_default_line_matches_the_risk_engine():
    from guardian_app.analysis.risk import DEFAULT_ALERT_LEVEL

    assert st.ALERT_LINE[st.Child(["A"]).sensitivity] == DEFAULT_ALERT_LEVEL


def test_alerts_for_finds_the_child_by_any_chat_name():
    s = st.Settings(children=[st.Child(["Emma", "em_draws"], 12, "GB", "high")])
    assert s.child_named("EM_DRAWS") is s.children[0]
    assert s.alerts_for("em_draws", "low")
    assert not s.alerts_for("Someone else", "low")  # the default line: medium and up
    assert s.alerts_for(None, "high")
    assert s.all_child_names() == ["Emma", "em_draws"]
