"""The explicit-term lexicons of every language: they catch explicit terms, also spaced out or in
leetspeak, and leave alone everyday words that merely contain or resemble a term (a football
kick-about, a star sign, a Dota item...). The examples come from the lexicons' authors."""

import pytest

from guardian_app.analysis.lexicon import Lexicon

EXPLICIT = [
    "mandame el pack ya",
    "f0llar",
    "quieres s3xo oral?",
    "d e s n u d a t e",
    "fotos íntimas",
    "manda nudes agr",
    "vamos tr4nsar?",
    "vc tá com tesao",
    "vi um vídeo pornô",
    "p u n h e t a",
    "скинь нюдсы",
    "ты голая?",
    "С Е К С",
    "давай вирт",
    "смотришь порно?",
    "发我裸照",
    "傳 裸 照 給我",
    "你看過ＡＶ女優嗎",
    "jgn hantar gambar bogel",
    "pap tt dong",
    "k4nt0t",
    "b u g i l",
    "nonton bokep",
    "video lucah tu",
]

EVERYDAY = [
    "la revelación de sexo del bebé es el sábado",
    "me pasas el pack de stickers?",
    "voy a coger el bus",
    "qué cachondo eres jaja",
    "no mames wey",
    "la virgen de guadalupe",
    "dibujamos un desnudo en clase de arte",
    "telurnya sudah menetas",
    "bora jogar uma pelada no sábado",
    "estás a gozar comigo?",
    "que foda esse jogo, mano",
    "comprei um pau de selfie",
    "mis mamás vienen a la reunión",
    "tengo una tusa horrible desde que terminamos",
    "ese tipo es un transa",
    "sexo: feminino, idade: 12",
    "tira a roupa do varal q vai chover",
    "manda o pack de figurinhas",
    "голые деревья за окном",
    "сдала анализ крови",
    "купи соски для малыша",
    "раздевайся и мой руки",
    "он член нашего клуба",
    "ты такая сексуальная на аве",
    "дрочу уровень в майне весь вечер",
    "下体育课我们去小卖部",
    "异性交往要注意分寸",
    "路口交通好堵",
    "彩色图片打印",
    "我是处女座",
    "今年我要脱光",
    "喝完牛奶头痛",
    "刚起床照镜子",
    "vcs vão sair hoje?",
    "e coli bacteria in the lab",
    "nampak dengan mata telanjang",
    "aku butuh bantuan",
    "wifi x boleh konek",
    "libog kaayo ko sa math",
    "tite convocou a seleção",
    "main ML jom",
    "sange and yasha build",
    "pasubo ng kanin",
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.mark.parametrize("text", EXPLICIT)
def test_explicit_terms_match_after_normalisation(lexicon, text):
    assert lexicon.matches(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_do_not_match(lexicon, text):
    assert not lexicon.matches(text)


def test_every_language_has_a_lexicon():
    from guardian_app import paths

    found = {p.name.split(".")[1] for p in (paths.resources_dir() / "lexicon").glob("sexual_content.*.txt")}
    assert {"en", "es", "pt", "ru", "zh", "ms", "id", "tl"} <= found
