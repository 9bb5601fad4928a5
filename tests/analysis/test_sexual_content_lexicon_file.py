"""The shipped English explicit-term lexicon: format, size, and how it matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guardian_app.analysis.lexicon import Lexicon

LEXICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "lexicon"
EN_FILE = LEXICON_DIR / "sexual_content.en.txt"


def _terms() -> list[str]:
    lines = EN_FILE.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def test_file_has_comment_header_and_80_to_150_terms() -> None:
    assert EN_FILE.read_text(encoding="utf-8").startswith("#")
    assert 80 <= len(_terms()) <= 150


def test_terms_are_lowercase_plain_and_unique() -> None:
    terms = _terms()
    assert len(terms) == len(set(terms))
    for term in terms:
        assert re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", term), term
        assert len(term.split()) <= 4, term
        # normalise.plain caps letter runs at two; such a term would silently change.
        assert not re.search(r"(.)\1\1", term), term


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load(LEXICON_DIR)


@pytest.mark.parametrize(
    "text", ["send nudes", "s3xt1ng", "s e x t me", "ur into SEXTING?", "nude   pics"]
)
def test_explicit_sexting_terms_match_after_normalisation(lexicon: Lexicon, text: str) -> None:
    assert lexicon.matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "love u xx",
        "that nude lipstick is so pretty",
        "we used a sextant in geography",
        "mocktail or cocktail?",
        "come over after school",
        "this level is so hard",
        "dont be a dick lol",
        "send me a selfie",
    ],
)
def test_everyday_and_non_explicit_words_do_not_match(lexicon: Lexicon, text: str) -> None:
    assert not lexicon.matches(text)


def test_terms_in_scripts_without_spaces_match_inside_a_sentence():
    from guardian_app.analysis.lexicon import Lexicon

    lex = Lexicon(["裸照", "nude pics"])
    assert lex.matches("你可以发裸照给我吗")
    assert lex.matches("send nude  pics")
    assert not lex.matches("nude pics2") and not lex.matches("一起去照相馆")
