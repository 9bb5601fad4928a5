"""The risk engine on hand-set probabilities: levels, causality, whose messages count."""

import numpy as np
import pytest

from guardian_app.analysis.risk import assess_contact, level_of
from guardian_app.analysis.taxonomy import LABELS
from guardian_app.domain import Message

THRESHOLDS = np.full(len(LABELS), 0.5, np.float32)


def probs_for(*indicators: str, p: float = 0.9) -> np.ndarray:
    row = np.full(len(LABELS), 0.05, np.float32)
    for ind in indicators:
        row[LABELS.index(ind)] = p
    return row


def chat(script):
    """script: list of (sender, indicators) -> messages and their probabilities."""
    messages, probs = [], {}
    for i, (sender, inds) in enumerate(script):
        messages.append(Message(sender=sender, text=f"message {i}", index=i))
        probs[i] = probs_for(*inds)
    return messages, probs


GROOMING = [
    ("Jake", []), ("Emma", []), ("Jake", ["age_probe"]), ("Emma", []),
    ("Jake", ["flattery"]), ("Jake", ["gift_offer"]), ("Emma", []),
    ("Jake", ["secrecy"]), ("Jake", ["platform_switch"]), ("Emma", []),
    ("Jake", ["image_request"]), ("Jake", ["meeting_request", "secrecy"]),
]


def test_a_single_secret_among_friends_is_not_an_alert():
    messages, probs = chat([("Mia", []), ("Mia", ["secrecy"]), ("Emma", []), ("Mia", [])])
    result = assess_contact("Mia", messages, probs, THRESHOLDS)
    assert result.level == "low"
    assert not result.alert and result.first_alert_message is None


def test_a_grooming_progression_alerts_and_escalates():
    messages, probs = chat(GROOMING)
    result = assess_contact("Jake", messages, probs, THRESHOLDS)
    assert result.alert
    assert result.level == "critical"
    # secrecy alone after age, flattery and gifts is not enough; moving to a private app too is
    assert result.first_alert_message == 8
    assert result.stages == ["targeting", "gaining_trust", "filling_a_need", "isolating",
                             "sexualising", "offline"]
    risks = [r for _, r in result.timeline]
    assert risks == sorted(risks) and risks[-1] >= 0.85
    secrecy = next(i for i in result.indicators if i.id == "secrecy")
    assert secrecy.count == 2 and secrecy.messages == [7, 11]


@pytest.mark.parametrize("cut", range(8, len(GROOMING)))
def test_first_alert_is_causal(cut):
    messages, probs = chat(GROOMING)
    full = assess_contact("Jake", messages, probs, THRESHOLDS)
    part = assess_contact("Jake", messages[: cut + 1], probs, THRESHOLDS)
    assert part.first_alert_message == full.first_alert_message


def test_the_childs_own_messages_never_count_against_the_contact():
    script = [("Emma", ["age_probe", "secrecy", "image_request"]), ("Jake", []), ("Emma", ["threat"])]
    messages, probs = chat(script)
    result = assess_contact("Jake", messages, probs, THRESHOLDS)
    assert result.level == "none" and result.indicators == []


def test_sextortion_is_critical_at_once():
    messages, probs = chat([("X", []), ("X", ["sextortion", "threat"])])
    result = assess_contact("X", messages, probs, THRESHOLDS)
    assert result.level == "critical" and result.first_alert_message == 1


def test_alert_line_follows_the_chosen_sensitivity():
    messages, probs = chat(GROOMING)
    strict = assess_contact("Jake", messages, probs, THRESHOLDS, alert_level="critical")
    # only the secret meeting request, after trust was built, is critical
    assert strict.first_alert_message == 11


def test_ordinary_friendly_questions_stay_low():
    assert level_of({"age_probe": 0.8, "flattery": 0.7, "gift_offer": 0.6})[0] == "low"
    assert level_of({})[0] == "none"
    assert level_of({"meeting_request": 0.9, "secrecy": 0.9})[0] == "high"


def test_requests_without_any_approach_stay_below_the_alert_line():
    # what a parent sends: a pick-up, a photo of the homework, a surprise kept secret
    assert level_of({"meeting_request": 0.9, "image_request": 0.9, "adult_cue": 0.9})[0] == "low"


def test_single_borderline_hits_do_not_add_up_to_an_alert():
    weak = {"age_probe": 0.55, "secrecy": 0.6, "platform_switch": 0.55, "image_request": 0.6}
    assert level_of(weak)[0] == "low"
    assert level_of(weak, dict.fromkeys(weak, 2))[0] == "high"
