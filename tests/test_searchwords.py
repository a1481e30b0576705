"""How a query word is looked up (`articles.text.searchwords`), the same on both databases:
properties over generated Arabic words, and the cases readers type."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from articles.text.clitics import term_variants
from articles.text.normalize import normalize
from articles.text.searchwords import MAX_ALTERNATIVES, matches, query_alternatives, query_words

# Normalised letters (no أ ة ى: the normaliser folds them), hamza and seats apart.
PLAIN = "تثجحخدذرزسشصضطظعغقمنه"
CLITIC_LETTERS = "وفبكل"
PROCLITICS = ["و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك"]
WITH_ARTICLE = ["ال", "وال", "فال", "بال", "كال", "وبال"]

# A stem that cannot itself be read as a clitic and a shorter word (first letter plain).
stems = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(PLAIN),
    st.text(alphabet=PLAIN + "اوي" + CLITIC_LETTERS, min_size=2, max_size=7),
)


def document_forms(stem: str) -> list[str]:
    """How a text may write the word: bare, with the article, with proclitics."""
    with_l = ("ل" + stem) if stem.startswith("ل") else ("لل" + stem)
    return [stem, *(p + stem for p in PROCLITICS), *(a + stem for a in WITH_ARTICLE), with_l]


@given(stems, st.sampled_from(PROCLITICS + WITH_ARTICLE + ["لل"]))
def test_a_word_typed_with_a_proclitic_finds_what_the_bare_word_finds(stem, proclitic):
    typed = (
        ("ل" + stem if stem.startswith("ل") else "لل" + stem)
        if proclitic == "لل"
        else proclitic + stem
    )
    for document in document_forms(stem):
        assert matches(stem, document)
        assert matches(typed, document), (typed, document)


@given(
    stems,
    st.sampled_from(["", *PROCLITICS, *WITH_ARTICLE]),
    st.text(PLAIN + "اوي", min_size=1, max_size=4),
)
def test_a_query_word_never_matches_inside_a_longer_word(stem, proclitic, suffix):
    for document in document_forms(stem + suffix):
        assert not matches(proclitic + stem, document), (proclitic + stem, document)


# A word with one seated hamza: plain letters around it (no other و or ي to confuse).
around = st.text(alphabet=PLAIN + "ا", min_size=1, max_size=5)


@given(around, st.sampled_from("وي"), around, st.sampled_from(["", *PROCLITICS, "ال"]))
def test_a_seated_hamza_and_its_absence_fold_both_ways(before, seat, after, proclitic):
    assume(before[0] in PLAIN)
    with_hamza, bare = before + "ء" + after, before + seat + after
    for query, document in ((bare, with_hamza), (with_hamza, bare)):
        assert matches(proclitic + query, document), (query, document)
        assert matches(query, proclitic + document), (query, document)


@given(st.text(alphabet=PLAIN, min_size=2, max_size=6))
def test_a_final_hamza_after_alef_left_out_folds_both_ways(before):
    assert matches(before + "ا", before + "اء")
    assert matches(before + "اء", before + "ا")


@given(st.text(alphabet=PLAIN + "اويء" + CLITIC_LETTERS, min_size=1, max_size=12))
def test_a_word_has_few_alternatives_its_own_term_first(word):
    alternatives = query_alternatives(word)
    assert 1 <= len(alternatives) <= MAX_ALTERNATIVES
    assert alternatives[0] in term_variants(word)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("والكرملين", "الكرملين"),
        ("بموسكو", "موسكو"),
        ("لموسكو", "وموسكو"),
        ("وبيلوسوف", "بيلوسوف"),
        ("للجنة", "اللجنة"),
        ("بالقاهرة", "والقاهرة"),
        ("موتمر", "مؤتمر"),
        ("مؤتمر", "موتمر"),
        ("المسئولية", "المسؤولية"),
        ("رييس", "رئيس"),
        ("سما", "سماء"),
        ("الكيميايي", "الكيميائي"),  # more seats than are tried: the one after alef first
        ("رسايل", "رسائل"),
        ("الما", "الماء"),  # a grammar word takes no article: a noun, its hamza left out
        ("الما", "ماء"),
        ("ألفي", "ألفي"),  # a number, whose folded alef looks like the article
    ],
)
def test_what_readers_type_finds_what_the_text_writes(typed, written):
    (query,) = [normalize(w) for w in typed.split()]
    assert matches(query, normalize(written))


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("مصر", "مصرف"),
        ("مصر", "المصارف"),
        ("بين", "ين"),  # a clitic reading leaves three letters at least
        ("كما", "ما"),
        ("فشل", "شل"),
        ("الما", "ما"),  # («الما» is «الماء», never the grammar word)
    ],
)
def test_what_readers_type_never_finds_another_word(typed, written):
    assert not matches(normalize(typed), normalize(written))


def test_a_query_is_a_list_of_words_each_with_its_alternatives():
    words = query_words("وزير الدفاع وبيلوسوف")
    assert [w[0] for w in words] == ["وزير", "دفاع", "وبيلوسوف"]
    assert "بيلوسوف" in words[2]


def test_a_final_hamza_left_out_with_another_hamza_or_in_a_short_word_is_found():
    assert matches(normalize("روسا"), normalize("رؤساء"))  # both hamzas left out
    assert matches(normalize("جا"), normalize("جاء"))
    assert not matches(normalize("ما"), normalize("ماء"))  # a grammar word stays itself
