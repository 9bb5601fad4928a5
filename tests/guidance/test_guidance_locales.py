"""Every indicator x level x locale has complete guidance; summaries never quote messages."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from guardian_app import paths
from guardian_app.analysis import taxonomy
from guardian_app.domain import (
    ContactAssessment,
    Conversation,
    ConversationAssessment,
    IndicatorSummary,
    Message,
)
from guardian_app.guidance import (
    LOCALES,
    GuidanceError,
    age_band,
    emergency_for,
    guidance,
    heading,
    level_name,
    needs_emergency_path,
    notification_text,
    resolve_locale,
    scan_done_text,
    summary_sentence,
    talk_by_age,
)
from guardian_app.guidance import advice as advice_module
from guardian_app.guidance import summary as summary_module
from guardian_app.guidance import texts as texts_module

ALERT_LEVELS = ("low", "medium", "high", "critical")
SECRET = "meet me behind the old library at nine"


def _caches() -> None:
    for fn in (texts_module._indicators, texts_module._steps, advice_module._advice,
               summary_module.messages):
        fn.cache_clear()


@pytest.fixture
def fresh_cache():
    _caches()
    yield
    _caches()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("level", ALERT_LEVELS)
@pytest.mark.parametrize("indicator", taxonomy.LABELS)
def test_every_indicator_level_and_locale_has_all_sections(indicator, level, locale):
    g = guidance(indicator, level, locale)
    for text in (g.title, g.explanation, g.why, g.level_sentence, g.talk_opener):
        assert text.strip(), (indicator, level, locale)
    assert len(g.do_now) >= 3 and all(s.strip() for s in g.do_now)
    assert len(g.dont) >= 5 and all(s.strip() for s in g.dont)
    assert [b.band for b in g.talk_by_age] == ["under_10", "10_12", "13_15", "16_17"]
    assert all(b.label.strip() and b.text.strip() for b in g.talk_by_age)
    assert (g.emergency is not None) == (indicator in ("sextortion", "threat"))


@pytest.mark.parametrize("locale", ("zh-Hans", "zh-Hant"))
def test_chinese_texts_are_chinese_and_differ_from_each_other(locale):
    han = re.compile(r"[\u4e00-\u9fff]")
    for ind in taxonomy.LABELS:
        g = guidance(ind, "high", locale)
        for text in (g.title, g.explanation, g.why, g.do_now[0], g.talk_opener):
            assert han.search(text), (locale, ind, text)
    hans, hant = guidance("secrecy", "high", "zh-Hans"), guidance("secrecy", "high", "zh-Hant")
    assert hans.explanation != hant.explanation
    assert "记录" in hans.do_now[0] and "紀錄" in hant.do_now[0]


def test_the_level_decides_the_indicators_own_step():
    low, high = guidance("meeting_request", "low"), guidance("meeting_request", "critical")
    assert low.do_now[0] != high.do_now[0] and "police" in high.do_now[0]
    assert "emergency number" in high.do_now[1]
    assert len(guidance("flattery", "low").do_now) < len(guidance("flattery", "critical").do_now)


@pytest.mark.parametrize("level", ALERT_LEVELS)
def test_what_not_to_do_covers_the_four_rules(level):
    joined = " ".join(guidance("flattery", level).dont).lower()
    assert "don't confront the contact, reply to them" in joined
    assert "don't delete anything" in joined
    assert "never copy, forward, save or screenshot a photo or video of your child" in joined
    assert "don't punish your child" in joined and "take their phone away as a reflex" in joined


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_path_for_threats_and_sextortion(locale):
    assert needs_emergency_path(["flattery", "threat"])
    assert needs_emergency_path(["sextortion"])
    assert not needs_emergency_path(["flattery", "image_request", "meeting_request"])
    path = emergency_for(["sextortion"], locale)
    assert path is not None and len(path.steps) >= 6
    joined = " ".join(path.steps)
    assert "Take It Down" in joined and "Report Remove" in joined
    assert emergency_for(["secrecy"], locale) is None


def test_english_emergency_path_says_the_essentials():
    steps = " ".join(emergency_for(["threat"]).steps).lower()
    for phrase in ("don't pay", "stop replying", "keep the evidence", "report it",
                   "not your fault"):
        assert phrase in steps


def test_age_bands():
    assert [age_band(a) for a in (6, 9, 10, 12, 13, 15, 16, 17)] == [
        "under_10", "under_10", "10_12", "10_12", "13_15", "13_15", "16_17", "16_17"]
    assert [b.label for b in talk_by_age("zh-Hant")][0] == "未滿 10 歲"


def test_new_english_texts_use_short_sentences():
    for ind in taxonomy.LABELS:
        t = guidance(ind, "high")
        for text in (guidance(ind, "low").do_now[0], t.do_now[0], t.talk_opener):
            for s in re.split(r"(?<=[.!?])\s+", text):
                assert len(s.split()) <= 25, (ind, s)


def test_locale_tags_resolve():
    assert resolve_locale("zh_TW") == "zh-Hant" and resolve_locale("zh-HK") == "zh-Hant"
    assert resolve_locale("zh-CN") == "zh-Hans" and resolve_locale("zh") == "zh-Hans"
    assert resolve_locale("en-GB") == "en" and resolve_locale("fr") == "en"
    assert heading("dont", "zh-TW") == "不要做什麼"


@pytest.mark.parametrize("locale", ("zh-Hans", "zh-Hant"))
def test_a_missing_translation_is_an_error(tmp_path, monkeypatch, fresh_cache, locale):
    shutil.copytree(paths.resources_dir(), tmp_path / "resources")
    path = tmp_path / f"resources/guidance/{locale}/indicators.json"
    data = json.loads(path.read_text("utf-8"))
    data["indicators"]["camera_request"]["talk"] = "  "
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    with pytest.raises(GuidanceError, match="camera_request"):
        guidance("age_probe", "low", locale)


def test_a_missing_age_band_is_an_error(tmp_path, monkeypatch, fresh_cache):
    shutil.copytree(paths.resources_dir(), tmp_path / "resources")
    path = tmp_path / "resources/guidance/zh-Hant/advice.json"
    data = json.loads(path.read_text("utf-8"))
    del data["age_bands"]["16_17"]
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    with pytest.raises(GuidanceError, match="16_17"):
        guidance("age_probe", "low", "zh-Hant")


def _assessment(level: str = "high", name: str = "Jake") -> ConversationAssessment:
    ids = ("age_probe", "secrecy", "image_request", "threat")
    inds = [IndicatorSummary(i, 0.9, 1, [n]) for n, i in enumerate(ids)]
    contact = ContactAssessment(name, 0.9, level, True, 2, [], inds)
    msgs = [Message(name, f"{SECRET} ({n})", index=n) for n in range(4)]
    conv = Conversation("k", "/x/chat.txt", "whatsapp", name, ["Emma", name], msgs)
    return ConversationAssessment(conv, "Emma", "named", [contact])


@pytest.mark.parametrize("locale", LOCALES)
def test_summary_and_notification_texts_never_contain_message_text(locale):
    a = _assessment("critical")
    texts = [summary_sentence(a.contacts[0], "Emma", locale), scan_done_text([a], locale)]
    title, msg = notification_text([a, _assessment("high", "Max")], locale)
    texts += [title, msg]
    for text in texts:
        assert SECRET not in text and "library" not in text and text.strip()
    for name in ("Jake", "Emma", "Max", "whatsapp"):
        assert name not in title + msg
    assert level_name("critical", locale) in msg


def test_chinese_summary_sentences():
    c = _assessment("high").contacts[0]
    assert summary_sentence(c, "Emma", "zh-Hans") == (
        "Jake发给Emma的消息中有 4 个诱骗的危险信号，包括发出威胁和索要照片。等级：高。")
    assert summary_sentence(c, None, "zh-Hant").startswith("Jake的訊息中有 4 個誘騙的警訊")
    assert scan_done_text([], "zh-Hant") == "Guardian 檢查了 0 段對話，沒有發現需要您留意的內容。"
