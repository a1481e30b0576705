"""Share texts: cut at a word boundary within the preview limits, tashkeel kept."""

from hypothesis import given
from hypothesis import strategies as st

from articles.sharing.previews import TITLE_LIMIT, share_text


def test_a_short_text_is_kept_whole():
    assert share_text("زلزال في المغرب", TITLE_LIMIT) == "زلزال في المغرب"


def test_a_long_text_is_cut_at_a_word_boundary_with_an_ellipsis():
    text = "مكالمة هاتفية تكسر الصمت بين أمريكا وروسيا بعد أشهر من القطيعة بين وزارتي الدفاع"
    cut = share_text(text, 40)
    assert len(cut) <= 40
    assert cut.endswith("…")
    assert text.startswith(cut[:-1])
    assert text[len(cut) - 1] == " ", "the cut falls between two words"


def test_tashkeel_and_tatweel_are_kept_as_written_and_whitespace_folded():
    assert share_text("الحَرْبُ  الروسـية\nالأوكرانيةُ", 70) == "الحَرْبُ الروسـية الأوكرانيةُ"


def test_invisible_characters_are_dropped():
    assert share_text("موسكو\u200f \u200bتحذر", 70) == "موسكو تحذر"


def test_trailing_punctuation_is_not_left_before_the_ellipsis():
    text = "قال الوزير، إن المحادثات مستمرة حتى الآن في العاصمة"
    assert share_text(text, 14) == "قال الوزير…"


def test_one_word_longer_than_the_limit_is_cut_inside_it():
    assert share_text("ا" * 300, 70) == "ا" * 69 + "…"


@given(st.text(alphabet="ابتثجح َُِ ،.-", max_size=400), st.sampled_from([TITLE_LIMIT, 110, 200]))
def test_a_share_text_never_exceeds_its_limit(text, limit):
    assert len(share_text(text, limit)) <= limit
