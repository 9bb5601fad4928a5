"""The plain-language guidance texts: complete, plain, and free of names in notifications."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from guardian_app import paths
from guardian_app.analysis import taxonomy
from guardian_app.domain import (
    LEVELS,
    ContactAssessment,
    Conversation,
    ConversationAssessment,
    IndicatorSummary,
)
from guardian_app.guidance import (
    GuidanceError,
    indicator_text,
    level_sentence,
    not_a_verdict,
    notification_text,
    scan_done_text,
    steps,
    summary_sentence,
)
from guardian_app.guidance import texts as texts_module

ALERT_LEVELS = ("low", "medium", "high", "critical")


def contact(name="Jake", level="high", ids=("age_probe", "flattery", "secrecy",
                                            "platform_switch", "image_request")):
    inds = [IndicatorSummary(i, 0.9, 1, [n]) for n, i in enumerate(ids)]
    return ContactAssessment(name, 0.9, level, level in ("high", "critical"), 3, [], inds)


def conversation_assessment(level="high", name="Jake"):
    conv = Conversation("k", "/x/WhatsApp Chat with Jake.txt", "whatsapp", "Jake",
                        ["Emma", name], [])
    return ConversationAssessment(conv, "Emma", "named", [contact(name, level)])


@pytest.fixture
def fresh_cache():
    texts_module._indicators.cache_clear()
    texts_module._steps.cache_clear()
    yield
    texts_module._indicators.cache_clear()
    texts_module._steps.cache_clear()


def test_every_indicator_has_all_its_texts():
    titles = set()
    for ind in taxonomy.LABELS:
        t = indicator_text(ind)
        assert t.id == ind and t.stage == taxonomy.STAGE_OF[ind]
        for field in (t.title, t.phrase, t.explanation, t.why):
            assert field.strip(), (ind, field)
        titles.add(t.title)
    assert len(titles) == len(taxonomy.LABELS)


def test_the_file_has_no_unknown_indicators():
    raw = json.loads((paths.resources_dir() / "guidance/en/indicators.json").read_text("utf-8"))
    assert set(raw["indicators"]) == set(taxonomy.LABELS)


def test_a_missing_indicator_text_is_an_error(tmp_path, monkeypatch, fresh_cache):
    shutil.copytree(paths.resources_dir(), tmp_path / "resources")
    path = tmp_path / "resources/guidance/en/indicators.json"
    data = json.loads(path.read_text("utf-8"))
    del data["indicators"]["sextortion"]
    path.write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv("GUARDIAN_ASSETS", str(tmp_path))
    with pytest.raises(GuidanceError, match="sextortion"):
        indicator_text("age_probe")


def test_unknown_ids_and_levels_are_refused():
    with pytest.raises(KeyError):
        indicator_text("not_an_indicator")
    with pytest.raises(ValueError):
        steps("severe")


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def test_texts_use_short_sentences():
    """A reading age of about 12: no sentence over 25 words, and a short average."""
    lengths = []
    for ind in taxonomy.LABELS:
        t = indicator_text(ind)
        for s in _sentences(t.explanation) + _sentences(t.why):
            lengths.append(len(s.split()))
            assert len(s.split()) <= 25, (ind, s)
    assert sum(lengths) / len(lengths) < 16


def test_texts_never_blame_the_child():
    blame = re.compile(r"\b(your child should|should have known|your child's fault|"
                       r"careless|naughty|stupid)\b", re.I)
    everything = [not_a_verdict()] + [s for lv in LEVELS for s in steps(lv)]
    for ind in taxonomy.LABELS:
        t = indicator_text(ind)
        everything += [t.explanation, t.why]
    assert not [t for t in everything if blame.search(t)]


@pytest.mark.parametrize("level", ALERT_LEVELS)
def test_every_alert_level_has_the_core_steps(level):
    joined = " ".join(steps(level)).lower()
    assert "stay calm" in joined
    assert "don't delete the chat" in joined
    assert "don't confront the contact" in joined and "reply" in joined
    assert "never copy, forward, save or screenshot a photo" in joined
    assert "not in trouble" in joined and "not their fault" in joined
    assert "police" in joined and "threats" in joined and "plan to meet" in joined


def test_steps_grow_with_the_level():
    assert steps("none") == []
    assert not any("emergency number" in s for s in steps("high"))
    assert "emergency number" in steps("critical")[0]
    assert any("don't pay" in s for s in steps("critical"))
    assert len(steps("low")) < len(steps("high")) < len(steps("critical"))


def test_level_sentences_and_the_verdict_reminder():
    sentences = [level_sentence(lv) for lv in LEVELS]
    assert len(set(sentences)) == len(LEVELS)
    for lv in ALERT_LEVELS:
        assert lv in level_sentence(lv).lower()
    assert "signal for you to look, not a verdict" in not_a_verdict()


def test_summary_sentence_example():
    assert summary_sentence(contact(), None) == (
        "Jake's messages show 5 warning signs of grooming, including asking for photos and "
        "keeping secrets. Level: high.")
    assert summary_sentence(contact(), "Emma").startswith("Jake's messages to Emma show 5 ")


def test_summary_sentence_forms():
    one = contact("James", "low", ("age_probe",))
    assert summary_sentence(one, "Emma") == (
        "James' messages to Emma show 1 warning sign of grooming: asking about age. Level: low.")
    none = contact("Sam", "none", ())
    assert summary_sentence(none, None) == (
        "Sam's messages show no warning signs of grooming. Level: none.")
    threat = contact(ids=("flattery", "threat", "meeting_request"))
    assert "including asking to meet in person and making threats" in summary_sentence(
        threat, None)


def test_notification_states_severity_without_names():
    title, msg = notification_text([conversation_assessment("high")])
    assert msg == ("Guardian found serious warning signs in a chat (level: high). "
                   "Open Guardian to see what to do.")
    for name in ("Jake", "Emma", "WhatsApp"):
        assert name not in title + msg
    _, many = notification_text([conversation_assessment("high"),
                                 conversation_assessment("critical", "Max")])
    assert "in 2 chats (highest level: critical)" in many and "Please open Guardian now" in many
    assert "Max" not in many
    assert notification_text([conversation_assessment("low")]) is None


def test_scan_done_text():
    assert scan_done_text([]) == (
        "Guardian checked 0 chats and found nothing that needs your attention.")
    assert scan_done_text([conversation_assessment("critical")]) == (
        "Guardian checked 1 chat: 1 needs your attention.")


def test_guidance_does_not_import_qt():
    code = ("import sys, guardian_app.guidance; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == "False"
