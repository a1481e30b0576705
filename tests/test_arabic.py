"""The Arabic text engine: normalisation, tokens, clitics, sort keys and search terms.

Pure functions, no database: run with ``pytest -p no:django tests/test_arabic.py``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from articles.text.normalize import (
    analyses,
    clean,
    document_terms,
    fingerprint,
    fold_digits,
    iter_spans,
    normalize,
    query_terms,
    search_terms,
    sort_key,
    tokenize,
)

CORPUS = Path("/work/shared/dev-corpus")

# Letters normalize() never changes: the basic Arabic alphabet without the folded ones,
# lower-case Latin and ASCII digits.
STABLE_LETTERS = "ءابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "abcdefghijklmnopqrstuvwxyz0123456789"
FOLDED_AWAY = set("أإآٱٲٳىةؤئکیۀـ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u200b\u200f\u202e\u2066\ufeff\u00ad\x00")
TASHKEEL = [chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x0610, 0x061B)]]
INTERESTING = st.sampled_from(
    [*FOLDED_AWAY, *TASHKEEL, "\ud800", "\udfff", "ﻻ", "ﷲ", "\u06d6", "\u0301", " ", "\n", "É"]
)
ANY_TEXT = st.text(st.one_of(st.characters(), INTERESTING, st.sampled_from(STABLE_LETTERS)))


# --- normalize ------------------------------------------------------------------------------


def test_it_folds_alef_forms():
    assert normalize("أإآٱٲٳا") == "ااااااا"


def test_it_folds_yaa_taa_marbuta_and_hamza_seats():
    assert normalize("مستوى") == normalize("مستوي")
    assert normalize("صابة") == normalize("صابه")
    assert normalize("المسئولية") == normalize("المسؤولية")
    assert normalize("يتسائل") == normalize("يتساءل")


def test_it_strips_tashkeel_and_tatweel():
    assert normalize("الرِّوايَةُ") == normalize("الرواية")
    assert normalize("مـــودي") == "مودي"
    assert normalize("الزَّيْتُونِ") == "الزيتون"
    assert normalize("ٱلْقُرْآن") == "القران"


def test_it_folds_persian_look_alikes():
    assert normalize("کیۀ") == "كيه"


def test_it_folds_arabic_indic_and_eastern_digits():
    assert normalize("٢٠٣٥ ۱۲۰ ٨٫٥") == "2035 120 8.5"
    assert fold_digits("عام ٢٠٢٤ و۱۹") == "عام 2024 و19"


def test_it_casefolds_latin_and_applies_nfkc():
    assert normalize("CrowdStrike") == "crowdstrike"
    assert normalize("ﻻ ﷲ ＡＢＣ") == "لا الله abc"


def test_it_removes_invisible_controls_nul_and_lone_surrogates():
    assert normalize("م\u200bصر\u200f\u202e\u2066\ufeff\u00ad\x00\ud800") == "مصر"


def test_it_collapses_and_strips_whitespace():
    assert normalize("  الأمن \n\t  المائي  ") == "الامن الماءي"


def test_it_handles_empty_text():
    assert normalize("") == ""
    assert clean("") == ""
    assert tokenize("") == []
    assert search_terms("") == []


def test_it_normalises_a_megabyte_quickly():
    text = ("وَقالَ الرَّئيسُ إنَّ مسئولية ٢٠٣٥ CrowdStrike\u200b الـ20، " * 20000)[: 1 << 20]
    started = time.perf_counter()
    normalized = normalize(text)
    tokens = tokenize(text)
    terms = search_terms(text)
    assert time.perf_counter() - started < 10
    assert normalized and tokens and terms


@given(ANY_TEXT)
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(st.sampled_from(STABLE_LETTERS + " \t\n")))
def test_normalize_changes_nothing_but_whitespace_in_unfolded_text(text):
    assert normalize(text) == " ".join(text.split())


@given(ANY_TEXT)
def test_normalize_leaves_none_of_the_folded_characters(text):
    normalized = normalize(text)
    assert not FOLDED_AWAY & set(normalized)
    assert not set(TASHKEEL) & set(normalized)
    assert normalized == normalized.strip()
    assert "  " not in normalized


# --- clean ----------------------------------------------------------------------------------


def test_clean_keeps_letters_as_written():
    assert clean("أحمد إلى مستشفى الشارقة ٢٠٢٤") == "أحمد إلى مستشفى الشارقة ٢٠٢٤"


def test_clean_removes_tashkeel_tatweel_and_invisible_characters():
    assert clean("مُـحَمَّد\u200b\x00\ud800\u202e") == "محمد"


def test_clean_keeps_a_decomposed_madda_alef():
    assert clean("ا\u0653لة") == "آلة"


# --- tokenize -------------------------------------------------------------------------------


def test_it_keeps_offsets_into_the_original_text():
    text = "قال «وَالكرملين» إن G20 و٨٫٥ و20-20-20 ومجموعة الـ20."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "قال",
        "وَالكرملين",
        "إن",
        "G20",
        "و٨٫٥",
        "و20",
        "20",
        "20",
        "ومجموعة",
        "الـ20",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[1].norm == "والكرملين"
    assert tokens[4].norm == "و8.5"


@given(ANY_TEXT)
def test_the_spans_of_a_text_are_its_tokens(text):
    """Snippets read spans, the rest of the engine tokens: both must cut a text alike."""
    assert list(iter_spans(text)) == [(t.start, t.end, t.norm) for t in tokenize(text)]


@given(ANY_TEXT)
def test_token_offsets_slice_back_to_the_surface(text):
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalize(token.text) != ""
        assert token.start >= previous_end
        previous_end = token.end


def test_fingerprint_ignores_punctuation_and_spelling():
    assert fingerprint("«الأردن» يطالب، بدعم!") == fingerprint("الاردن  يطالب بدعم")


# --- clitics and sort keys ------------------------------------------------------------------


def test_it_reads_every_proclitic_combination():
    keys = {w: {a.key for a in analyses(normalize(w))} for w in ("وبالشراكة", "للكرملين")}
    assert "الشراكه" in keys["وبالشراكة"]
    assert "الكرملين" in keys["للكرملين"]
    assert "اللجنه" in {a.key for a in analyses(normalize("للجنة"))}
    for word, key in [("فالأمر", "الامر"), ("كالعادة", "العاده"), ("ولموسكو", "موسكو")]:
        assert key in {a.key for a in analyses(normalize(word))}


def test_it_marks_which_readings_carry_the_article():
    readings = {(a.stem, a.article) for a in analyses("بالامارات")}
    assert ("امارات", True) in readings
    assert ("الامارات", False) in readings


def test_it_never_strips_below_two_letters():
    assert all(len(a.stem) >= 2 for w in ["وب", "بال", "لله", "ول", "فكل"] for a in analyses(w))


def test_sort_key_ignores_the_article_and_hamza_forms():
    names = ["الأردن", "إيطاليا", "البرازيل", "تونس", "آسيا"]
    assert sorted(names, key=sort_key) == ["الأردن", "آسيا", "إيطاليا", "البرازيل", "تونس"]
    assert sort_key("الـ20") == "20"


# --- search terms ---------------------------------------------------------------------------


def _matches(query: str, text: str) -> bool:
    """Every query term occurs in the document's terms (AND semantics)."""
    terms = set(search_terms(text))
    return all(term in terms for term in search_terms(query, for_query=True))


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("الشراكة", "نفذ المشروع بالشراكة مع القطاع الخاص"),
        ("شراكة", "وبالشراكة"),
        ("الاردن", "في الأردن"),
        ("اقمشة", "تاجر أقمشة"),
        ("الشاشة", "إضاءة الشاشه"),
        ("صابه", "توقعات بصابة قياسية"),
        ("مستوى", "قدموا مستوي مميزا"),
        ("أخري", "مشكلات صحية أخرى"),
        ("الرواية", "وتحظى الرِّواية بحضور"),
        ("الزَّيْتُون", "زيت الزيتون"),
        ("الأودية", "جريان بعض الأوديـة"),
        ("مـودي", "وكتب مودي أن"),
        ("المسؤولية", "تحمل المسئولية الوطنية"),
        ("يتساءل", "ويتسائل منتجون"),
        ("crowdstrike", "شركة CrowdStrike"),
        ("g20", "لقمة G20"),
        ("2035", "حتى عام ٢٠٣٥"),
        ("120", "بطاقة ١٢٠ ألف"),
        ("بيروت", "ولبيروت"),
        ("الكرملين", "المتحدث للكرملين"),
        ("اللجنة", "قدم للجنة تقريره"),
        ("الله", "رام الله"),
    ],
)
def test_a_query_finds_its_word_under_any_spelling_or_clitic(query, text):
    assert _matches(query, text)


@pytest.mark.parametrize(
    "text", ["مصرف استثماري", "وأشار مصرفيون", "أحد المصارف", "في مصرع عدد", "مصري", "المصرية"]
)
def test_egypt_never_matches_inside_another_word(text):
    assert not _matches("مصر", text)


def test_allah_does_not_match_every_lahu():
    assert not _matches("الله", "قال له إن")


def test_a_query_has_one_term_per_word_and_documents_list_alternatives():
    assert query_terms("الولايات المتحدة الصين") == ["ولايات", "متحده", "صين"]
    assert document_terms("وبالشراكة") == [("وبالشراكه", "بالشراكه", "الشراكه", "شراكه")]
    assert search_terms("8.5") == ["8", "5"]


def test_search_terms_are_single_words_of_letters_and_digits():
    for term in search_terms("قال: «الـ20» و8.5، CrowdStrike-X! ﷺ", for_query=False):
        assert term.isalnum(), term


@given(
    st.text(st.sampled_from("ابتجدرسعفقكلمنهوي"), min_size=2, max_size=8),
    st.sampled_from(["", "و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك"]),
    st.booleans(),
)
def test_every_clitic_spelling_of_a_word_is_found_by_the_bare_query(stem, proclitics, article):
    assume(not stem.startswith("ال"))  # that is the article case
    word = ("ال" + stem) if article else stem
    if proclitics.endswith("ل") and word.startswith("ال"):
        spelled = proclitics[:-1] + "لل" + word[2:]  # ل + ال is written لل
    else:
        spelled = proclitics + word
    assert query_terms(word)[0] in document_terms(spelled)[0]


def test_the_dev_corpus_queries_find_exactly_their_articles():
    articles = [json.loads(line) for line in (CORPUS / "articles.jsonl").open(encoding="utf-8")]
    indexed = [
        (a["title"], set(search_terms(" ".join([a["title"], a["summary"], a["body"]]))))
        for a in articles
    ]
    for line in (CORPUS / "search_queries.jsonl").open(encoding="utf-8"):
        query = json.loads(line)
        terms = search_terms(query["query"], for_query=True)
        found = {title for title, index in indexed if all(t in index for t in terms)}
        assert set(query["expected_titles"]) <= found, query
        if query["kind"] == "negative":
            assert found == set(), query
