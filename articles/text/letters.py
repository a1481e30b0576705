"""The one table of Arabic letter, mark and digit folds (pure Python, no Django).

Every module that compares Arabic text builds its folds from here: the normaliser
(`normalize`: search, entity linking, names' keys, sorting), the date reader (`dates`) and
the page reader (`importing.pagereader.text`). So a spelling that is the same letter for one
of them is the same letter for all, and tests/test_letters.py checks that they agree.

Letters (`LETTER_FOLDS`): the printed form, left, is compared as the letter on the right.

- alef with hamza above or below, with madda, wasla, wavy hamza: أ إ آ ٱ ٲ ٳ → ا
- dotless yaa (alef maqsura) and the Persian yeh: ى ی → ي   (`dotless_yaa`)
- taa marbuta, and heh with yeh above: ة ۀ → ه
- hamza on a seat: ؤ ئ → ء   (`hamza_seats`)
- Persian keheh: ک → ك
- veh: ڤ → ف   (`veh`)

Each fold is one character for one character, so folding keeps positions (the page reader
cuts labels off the printed line by the folded line's offsets). Three folds can be left out
by name, `letter_folds(...)` says which caller does and why.

Marks (`IGNORABLE`): tashkeel, tatweel and the invisible format characters copied along
with right-to-left text (zero-width and direction marks, the Arabic letter mark, BOM, soft
hyphen, NUL) are dropped before comparing.

Digits (`DIGIT_FOLDS`): Arabic-Indic ٠-٩ and Eastern Arabic-Indic (Persian) ۰-۹ → 0-9;
`ARABIC_INDIC_DIGITS` writes 0-9 back as ٠-٩ for display.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "ARABIC_INDIC_DIGITS",
    "DIGIT_FOLDS",
    "IGNORABLE",
    "INVISIBLE",
    "LETTER_FOLDS",
    "TASHKEEL",
    "TATWEEL",
    "char_class",
    "digit_folds",
    "letter_folds",
    "replacer",
]


def _chars(*ranges: tuple[int, int]) -> str:
    """The characters of inclusive code point ranges."""
    return "".join(chr(c) for first, last in ranges for c in range(first, last + 1))


# Zero-width and bidi marks, word joiner and invisible operators, isolates, the Arabic
# letter mark, BOM, soft hyphen and NUL: nothing a reader sees, all copied with RTL text.
INVISIBLE = "\x00\u00ad\u061c\ufeff" + _chars(
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x2069)
)
# Harakat, tanween, shadda, sukun and the other combining marks of U+064B-U+065F, the
# superscript alef U+0670, and the Quranic signs U+0610-U+061A and U+06D6-U+06ED.
TASHKEEL = _chars((0x064B, 0x065F), (0x0670, 0x0670), (0x0610, 0x061A), (0x06D6, 0x06ED))
TATWEEL = "\u0640"
IGNORABLE = INVISIBLE + TASHKEEL + TATWEEL

_ALEF_FORMS = dict.fromkeys("أإآٱٲٳ", "ا")
_DOTLESS_YAA = dict.fromkeys("ىی", "ي")
_HEH_FORMS = dict.fromkeys("ةۀ", "ه")
_HAMZA_SEATS = dict.fromkeys("ؤئ", "ء")
_KAF_FORMS = {"ک": "ك"}
_VEH = {"ڤ": "ف"}

LETTER_FOLDS = _ALEF_FORMS | _DOTLESS_YAA | _HEH_FORMS | _HAMZA_SEATS | _KAF_FORMS | _VEH


def letter_folds(
    *, dotless_yaa: bool = True, hamza_seats: bool = True, veh: bool = True
) -> dict[str, str]:
    """`LETTER_FOLDS`, or the part of it a caller uses; every fold is on by default.

    - ``dotless_yaa=False``: ى and ی stay, for the page reader's name words, where «على»
      (on) is not the name «علي».
    - ``hamza_seats=False``: ؤ and ئ stay, for the page reader and the dates, whose words
      and patterns are spelled with the seats as printed («دقائق», «القائمة»); folding them
      is for search, where «مسئولية» and «مسؤولية» are one word.
    - ``veh=False``: ڤ stays, for the normaliser: its keys are stored (a name's unique
      `name_key`, `sort_key`, the search index), so folding ڤ there changes stored data and
      needs a migration that rewrites them first.
    """
    folds = dict(LETTER_FOLDS)
    for wanted, part in (
        (dotless_yaa, _DOTLESS_YAA),
        (hamza_seats, _HAMZA_SEATS),
        (veh, _VEH),
    ):
        if not wanted:
            for letter in part:
                del folds[letter]
    return folds


_WESTERN = "0123456789"
DIGIT_FOLDS = dict(zip("٠١٢٣٤٥٦٧٨٩", _WESTERN, strict=True)) | dict(
    zip("۰۱۲۳۴۵۶۷۸۹", _WESTERN, strict=True)
)
ARABIC_INDIC_DIGITS = str.maketrans(_WESTERN, "٠١٢٣٤٥٦٧٨٩")


def digit_folds(*, decimal_separator: bool = False) -> dict[str, str]:
    """`DIGIT_FOLDS`; with ``decimal_separator`` also the Arabic decimal separator ٫ → "."
    (the normaliser's: «٨٫٥» is searched as 8.5). The date reader leaves ٫ alone."""
    return DIGIT_FOLDS | ({"٫": "."} if decimal_separator else {})


def char_class(chars: Iterable[str]) -> str:
    """The body of a regular expression character class matching exactly `chars`."""
    return "".join(re.escape(ch) for ch in sorted(set(chars)))


def replacer(folds: dict[str, str]) -> Callable[[str], str]:
    """A function applying the one-character `folds` to a text.

    A chain of `str.replace`, each skipped when its letter is absent: on Arabic text it is
    several times faster than `str.translate`, which the normaliser keeps for its longer
    table of deletions."""
    pairs = tuple(folds.items())

    def fold(text: str) -> str:
        for old, new in pairs:
            if old in text:
                text = text.replace(old, new)
        return text

    return fold
