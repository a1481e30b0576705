"""One table of letter, mark and digit folds (`articles.text.letters`), and every caller of it
folding alike: the normaliser (search, linking, names' keys), the date reader and the page
reader (its `key`, its position-keeping `fold_map` and its `name_fold`).

The callers differ only by the table's named options:
- the normaliser leaves ڤ (its keys are stored), and folds hamza seats ؤ ئ → ء (search);
- the page reader and the dates leave the hamza seats (their patterns spell them);
- the page reader's name words also keep ى and ی («على» is not «علي»).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articles.importing.pagereader import text as pagetext
from articles.text import dates, letters
from articles.text.normalize import fold_digits, normalize

HAMZA_SEATS = {"ؤ": "ء", "ئ": "ء"}
DOTLESS_YAA = {"ى": "ي", "ی": "ي"}
VEH = {"ڤ": "ف"}

# What each caller leaves out of LETTER_FOLDS, by name.
LEFT_OUT = {
    "normalize": VEH,
    "page reader key": HAMZA_SEATS,
    "page reader fold_map": HAMZA_SEATS,
    "dates": HAMZA_SEATS,
    "page reader name_fold": HAMZA_SEATS | DOTLESS_YAA,
}
CALLERS: dict[str, Callable[[str], str]] = {
    "normalize": normalize,
    "page reader key": pagetext.key,
    "page reader fold_map": lambda text: pagetext.fold_map(text)[0],
    "dates": dates._fold,
    "page reader name_fold": pagetext.name_fold,
}


def _apply(folds: dict[str, str], text: str) -> str:
    return text.translate({ord(letter): folded for letter, folded in folds.items()})


# --- The table -------------------------------------------------------------------------


def test_every_fold_is_one_letter_for_one_and_folded_letters_are_final():
    # One for one keeps positions (fold_map); no target folded again keeps the order of the
    # folds meaningless (the page reader and the dates apply them one after another).
    for table in (letters.LETTER_FOLDS, letters.digit_folds(decimal_separator=True)):
        for source, target in table.items():
            assert len(source) == 1 and len(target) == 1
            assert target not in table
            assert source not in letters.IGNORABLE and target not in letters.IGNORABLE


def test_the_folds_the_table_holds():
    assert _apply(letters.LETTER_FOLDS, "أإآٱٲٳ ىی ةۀ ؤئ ک ڤ") == "اااااا يي هه ءء ك ف"
    assert _apply(letters.DIGIT_FOLDS, "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"
    assert "2024".translate(letters.ARABIC_INDIC_DIGITS) == "٢٠٢٤"


def test_each_option_leaves_out_exactly_its_letters():
    full = letters.LETTER_FOLDS
    assert full.keys() - letters.letter_folds(hamza_seats=False).keys() == set(HAMZA_SEATS)
    assert full.keys() - letters.letter_folds(dotless_yaa=False).keys() == set(DOTLESS_YAA)
    assert full.keys() - letters.letter_folds(veh=False).keys() == set(VEH)
    assert letters.letter_folds() == full
    assert letters.digit_folds() == letters.DIGIT_FOLDS
    assert letters.digit_folds(decimal_separator=True) == letters.DIGIT_FOLDS | {"٫": "."}


def test_the_replacer_is_the_table_applied():
    fold = letters.replacer(letters.LETTER_FOLDS | letters.DIGIT_FOLDS)
    text = "أإآٱٲٳ ىی ةۀ ؤئ ک ڤ ٢٠٢٤ ۱۹"
    assert fold(text) == _apply(letters.LETTER_FOLDS | letters.DIGIT_FOLDS, text)


# --- Every caller, letter by letter --------------------------------------------------------


@pytest.mark.parametrize("caller", CALLERS)
def test_every_caller_folds_each_letter_of_the_table_unless_an_option_leaves_it(caller):
    for letter, folded in letters.LETTER_FOLDS.items():
        expected = letter if letter in LEFT_OUT[caller] else folded
        assert CALLERS[caller]("ب" + letter + "ب") == "ب" + expected + "ب", letter


@pytest.mark.parametrize("caller", CALLERS)
def test_every_caller_drops_each_ignorable_mark_between_letters(caller):
    for mark in letters.IGNORABLE:
        assert CALLERS[caller]("ب" + mark + "ب") == "بب", f"U+{ord(mark):04X}"


@pytest.mark.parametrize("caller", [c for c in CALLERS if c != "page reader name_fold"])
def test_every_caller_folds_each_digit_to_the_same_western_digit(caller):
    for digit, western in letters.DIGIT_FOLDS.items():
        assert CALLERS[caller]("ب" + digit) == "ب" + western, digit
        assert fold_digits(digit) == western


def test_a_spaced_tatweel_is_the_page_readers_dash_and_otherwise_stretches():
    # The one thing fold_map does to a mark that key does not: «كتب ـ محمد» is a byline.
    assert pagetext.fold_map("كتب ـ محمد")[0] == "كتب - محمد"
    assert pagetext.fold_map("كتـب")[0] == "كتب"
    assert pagetext.key("كتب ـ محمد") == "كتب محمد"


# --- Every caller, over Arabic text --------------------------------------------------------

_ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B) if c != 0x0640]
_FOLDED_LETTERS = sorted(letters.LETTER_FOLDS)
# Marks that never compose with a letter: U+0653-U+0655 (madda, hamza above and below) do
# (و + U+0654 is ؤ), and only the callers that apply NFKC would see that letter.
_MARKS = [c for c in letters.IGNORABLE if c not in "\u0653\u0654\u0655" and c != letters.TATWEEL]
_DIGITS = [*letters.DIGIT_FOLDS, *"0123456789"]
_LETTER = st.sampled_from(_ARABIC_LETTERS + _FOLDED_LETTERS + _DIGITS)
_INSIDE = st.one_of(_LETTER, st.sampled_from([*_MARKS, letters.TATWEEL]))


@st.composite
def _word(draw) -> str:
    # A tatweel inside a word stretches it; next to a space it is the page reader's dash.
    inside = draw(st.lists(_INSIDE, max_size=8))
    return draw(_LETTER) + "".join(inside) + (draw(_LETTER) if inside else "")


_ARABIC_TEXT = st.lists(_word(), min_size=1, max_size=8).map(" ".join)


def test_the_arabic_alphabet_drawn_from_is_stable_under_nfkc():
    # So the callers that apply NFKC (normalize, key) and those that do not (fold_map, dates)
    # are given the same letters.
    for ch in _ARABIC_LETTERS + _FOLDED_LETTERS + _DIGITS + _MARKS:
        assert unicodedata.normalize("NFKC", ch) == ch


@given(_ARABIC_TEXT)
def test_every_caller_folds_arabic_text_alike_but_for_the_named_options(text):
    reader = pagetext.key(text)
    assert " ".join(dates._fold(text).split()) == reader
    assert " ".join(pagetext.fold_map(text)[0].split()) == reader
    assert _apply(HAMZA_SEATS, reader) == _apply(VEH, normalize(text))
    names = _apply(DOTLESS_YAA, pagetext.name_fold(text))
    assert " ".join(_apply(letters.DIGIT_FOLDS, names).split()) == reader


@given(_ARABIC_TEXT)
def test_fold_map_keeps_each_folded_letters_place_in_the_printed_text(text):
    folded, where = pagetext.fold_map(text)
    assert len(folded) == len(where)
    table = letters.letter_folds(hamza_seats=False) | letters.DIGIT_FOLDS
    for ch, at in zip(folded, where, strict=True):
        assert ch == table.get(text[at], text[at])
        assert text[at] not in letters.IGNORABLE


# --- Digits -------------------------------------------------------------------------------

_DIGIT_SETS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]


@given(st.text(alphabet=st.sampled_from([*_DIGITS, " ", "/", "ب", "٫"])))
def test_digits_fold_identically_everywhere(text):
    western = fold_digits(text)
    assert western == _apply(letters.DIGIT_FOLDS, text)
    assert normalize(text) == " ".join(western.replace("٫", ".").split())
    assert pagetext.key(text) == " ".join(western.split())
    assert dates._fold(text) == western
    assert pagetext.fold_map(text)[0] == western


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(_DIGIT_SETS),
    st.sampled_from(["egyptian", "levantine", "maghrebi"]),
)
def test_a_date_reads_the_same_in_every_digit_set_and_is_written_back(day, digits, months):
    printed = dates.format_arabic_date(day, months=months)
    assert dates.parse_arabic_datetime(printed) == day
    other = printed.translate(str.maketrans("0123456789", digits))
    assert dates.parse_arabic_datetime(other) == day
    arabic = dates.format_arabic_date(day, months=months, digits="arabic")
    assert fold_digits(arabic) == printed
    assert arabic == printed.translate(letters.ARABIC_INDIC_DIGITS)
