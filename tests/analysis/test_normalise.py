from guardian_app.analysis.features import Featuriser
from guardian_app.analysis.normalise import folded, plain


def test_plain_strips_invisible_marks_and_odd_spaces():
    assert plain("\u200eHow\u202fOLD\u00a0are   you??") == "how old are you??"


def test_plain_caps_repeated_characters_and_spells_out_emoji():
    assert plain("soooooo 👻") == "soo snapchat"


def test_folded_joins_spaced_letters_and_folds_leetspeak():
    assert folded(plain("add me on s n a p")) == "add me on snap"
    assert folded(plain("t3legram is b3tter")) == "telegram is better"


def test_folded_keeps_plain_numbers():
    assert folded(plain("im 13 and in year 8")) == "im 13 and in year 8"


def test_featuriser_is_deterministic_and_pads():
    f = Featuriser(n_buckets=1 << 12)
    a = f.transform(["add me on snap", "ok"])
    b = Featuriser(n_buckets=1 << 12).transform(["add me on snap", "ok"])
    assert (a == b).all()
    assert a.shape[0] == 2 and (a[1] == 0).any() and (a > 0).sum(axis=1)[0] > (a > 0).sum(axis=1)[1]
    assert a.max() < 1 << 12


def test_obfuscated_app_name_shares_the_plain_word_feature():
    f = Featuriser()
    assert "w:snap" in f.feature_strings("add me on s n a p")
    assert "w:snap" in f.feature_strings("add me on sn@p")


def test_cached_ids_equal_the_hashed_feature_strings_in_order():
    f = Featuriser()
    for text in ["add me on s n a p 👻", "你今年多大啦 ok", "ok ok ok", "x" * 3000]:
        expected = [f._bucket(s) for s in f.feature_strings(text)][: f.max_features]
        assert f.ids(text) == expected
        assert f.ids(text) == expected  # second call is served from the word cache
