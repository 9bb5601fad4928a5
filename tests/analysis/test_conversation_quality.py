"""The whole detector on whole conversations it was not trained on (models/training/data/conversations).

These chats were written separately from the training lines, as grooming and hard-negative
conversations with the window in which an alert is fair. The floors below are today's
measured quality minus nothing: a change that makes Guardian miss groomers or cry wolf on
family chats fails here.
"""

import sys
from pathlib import Path

import pytest

TRAINING = Path(__file__).resolve().parents[2] / "models" / "training"
sys.path.insert(0, str(TRAINING))

from evaluate_conversations import evaluate  # noqa: E402


@pytest.fixture(scope="module")
def rows():
    return evaluate()


def test_groomers_are_alerted(rows):
    grooming = [r for r in rows if r["grooming"]]
    assert len(grooming) == 8
    assert sum(r["first_alert"] is not None for r in grooming) >= 7
    assert sum(r["ok"] for r in grooming) >= 4  # alert inside the fair window


def test_family_and_friends_chats_stay_quiet(rows):
    benign = [r for r in rows if not r["grooming"]]
    assert len(benign) == 10
    assert sum(r["ok"] for r in benign) >= 9


def test_no_groomer_alert_in_the_innocent_opening(rows):
    # The first 20 messages of every grooming chat are small talk.
    assert all(r["first_alert"] is None or r["first_alert"] >= 20 for r in rows if r["grooming"])


@pytest.fixture(scope="module")
def multilingual_rows():
    return evaluate(TRAINING / "data" / "conversations_ml")


def test_chats_in_other_languages_and_formats(multilingual_rows):
    # 21 grooming and 21 benign chats in 7 languages, saved as WhatsApp, Telegram, Instagram,
    # Discord, SMS, WeChat, QQ, LINE and Google Chat exports. Measured: 19 and 19; one chat of
    # slack on each side so a retrain can move a borderline chat without failing CI.
    grooming = [r for r in multilingual_rows if r["grooming"]]
    benign = [r for r in multilingual_rows if not r["grooming"]]
    assert len(grooming) == len(benign) == 21
    assert sum(r["first_alert"] is not None for r in grooming) >= 18
    assert sum(r["ok"] for r in benign) >= 18
