"""The one Arabic normaliser and tokeniser of the site (pure Python, no Django).

Everything that compares Arabic text -- entity linking, search, admin search, sorting, slugs,
duplicate detection -- goes through this module, so that "the same word" means the same thing
everywhere. Stored text is never modified; these functions derive keys from it. The
letters, marks and digits it folds are the site's one table, `articles.text.letters`.

``normalize(text)`` -- the matching key. It applies exactly these steps, in this order:

1. Removes NUL, lone surrogates (U+D800-U+DFFF) and invisible controls: zero-width and bidi
   marks U+200B-U+200F, U+202A-U+202E, U+2060-U+2064, U+2066-U+2069, U+061C (Arabic letter
   mark), U+FEFF (BOM) and U+00AD (soft hyphen).
2. Unicode NFKC, then casefold (all cased scripts, in practice Latin: "CrowdStrike" →
   "crowdstrike"), then NFKC again. NFKC folds presentation forms (ﻻ → لا, ﺍ → ا), ligatures
   (ﷲ → الله), full-width Latin, superscript digits, compatibility spaces.
3. Deletes tashkeel U+064B-U+065F, U+0670, U+0610-U+061A, U+06D6-U+06ED and tatweel U+0640.
4. Folds letters: أ إ آ ٱ ٲ ٳ → ا; ى → ي; ة → ه; ؤ ئ → ء (one hamza: مسئولية = مسؤولية,
   يتسائل = يتساءل); Persian/Urdu look-alikes ک → ك, ی → ي, ۀ → ه. That is every fold of
   `letters.LETTER_FOLDS` but ڤ → ف, which would change stored keys (`letter_folds`).
5. Folds digits: Arabic-Indic ٠-٩ and Eastern Arabic-Indic ۰-۹ → 0-9, and the Arabic
   decimal separator ٫ → "." (so ٨٫٥ = 8.5).
6. Collapses every whitespace run to one space and strips both ends.

Nothing else changes; the result is a fixed point (``normalize(normalize(x)) ==
normalize(x)``), which the property tests check.

``clean(text)`` is the light variant (slugs, the text drawn on share cards): steps 1 and 3
only (after canonical composition, so a decomposed آ stays آ), no letter folding.
``visible(text)`` is step 1 alone, for text shown to readers elsewhere (previews, feeds):
the tashkeel a writer chose is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from articles.text.clitics import Analysis, analyses, query_stem, term_variants
from articles.text.letters import (
    DIGIT_FOLDS,
    INVISIBLE,
    TASHKEEL,
    TATWEEL,
    digit_folds,
    letter_folds,
)

__all__ = [
    "Analysis",
    "Token",
    "analyses",
    "clean",
    "document_terms",
    "fingerprint",
    "fold_digits",
    "normalize",
    "query_terms",
    "search_terms",
    "sort_key",
    "term_units",
    "tokenize",
]

_LONE_SURROGATES = re.compile("[\ud800-\udfff]")

_DROP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
# Every letter fold but ڤ → ف, which would change the stored keys (see `letter_folds`).
_FOLD_TABLE = str.maketrans(
    dict.fromkeys(TASHKEEL + TATWEEL)
    | letter_folds(veh=False)
    | digit_folds(decimal_separator=True)
)
# clean() keeps madda/hamza marks that survive canonical composition: they are part of the
# letter (e.g. a hamza on a letter that has no precomposed form), not vowel signs.
_LETTER_MARKS = "\u0653\u0654\u0655"
_CLEAN_TABLE = str.maketrans(
    dict.fromkeys(INVISIBLE + TATWEEL + "".join(c for c in TASHKEEL if c not in _LETTER_MARKS))
)
_DIGITS_TABLE = str.maketrans(DIGIT_FOLDS)


def _drop_invisible(text: str) -> str:
    return _LONE_SURROGATES.sub("", text).translate(_DROP_INVISIBLE)


def _fold_once(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFKC", text).translate(_FOLD_TABLE)


def normalize(text: str) -> str:
    """Return the matching/search key of ``text`` (see the module docstring for every fold)."""
    if not text:
        return ""
    folded = _fold_once(_drop_invisible(text))
    # Deleting a mark can unblock a canonical composition (e + U+06D6 + U+0301), and NFKC can
    # expose new foldable characters, so iterate to the fixed point; ordinary text needs one
    # extra (cheap, C-level) pass to confirm.
    for _ in range(4):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return " ".join(folded.split())


def clean(text: str) -> str:
    """Remove invisible/unsafe characters, tashkeel and tatweel; keep letters as written."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", _drop_invisible(text)).translate(_CLEAN_TABLE)


def visible(text: str) -> str:
    """Remove invisible/unsafe characters only (step 1, after canonical composition): what
    a reader sees stays as written, tashkeel and tatweel included."""
    if not text:
        return ""
    return unicodedata.normalize("NFC", _drop_invisible(text))


def fold_digits(text: str) -> str:
    """Turn Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits into ASCII 0-9."""
    return text.translate(_DIGITS_TABLE)


# --- tokenisation -------------------------------------------------------------------------


def _mark_ranges() -> str:
    """A regex class body for combining marks (Mn/Mc/Me) of the scripts news text uses.

    Scanning only these planes keeps import under ~15 ms (a full scan takes ~0.4 s).
    """
    cat = unicodedata.category
    marks = [
        c for r in (range(0x300, 0x3000), range(0xA600, 0xFFFF)) for c in r if cat(chr(c))[0] == "M"
    ]
    parts: list[str] = []
    start = prev = marks[0]
    for c in [*marks[1:], -2]:
        if c != prev + 1:
            parts.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else "")
            )
            start = c
        prev = c
    return "".join(parts)


_JOINERS = "".join(re.escape(c) for c in INVISIBLE if c != "\x00")
# A word starts with a letter or digit (tatweel is a letter, category Lm) and continues over
# letters, digits, combining marks and invisible characters between letters (a trailing RLM is
# not part of the word); "." "," "٫" "٬" stay inside a number ("8.5", "٢٬٠٠٠") but a hyphen
# splits ("20-20-20" is three tokens).
_TOKEN_RE = re.compile(
    rf"[^\W_](?:[^\W_]|[{_mark_ranges()}]|[{_JOINERS}]+(?=[^\W_])|(?<=\d)[.,٫٬](?=\d))*"
)
_NUMBER_SEPARATORS = re.compile(r"[.,٫٬]")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the original text: ``text == original[start:end]``, ``norm == normalize(text)``."""

    text: str
    start: int
    end: int
    norm: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words with offsets into the original string.

    Words are runs of letters and digits, including combining marks, tatweel and zero-width
    characters inside them, so "الـ20", "G20", "وَالكرملين" are one token each. Punctuation,
    quotes, hyphens and spaces separate tokens. Tokens whose normal form is empty (a lone
    tatweel) are skipped.
    """
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    """`tokenize`, one token at a time: for callers that stop early."""
    for m in _TOKEN_RE.finditer(text):
        surface = m.group()
        norm = _normalize_word(surface)
        if norm:
            yield Token(surface, m.start(), m.end(), norm)


def iter_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, norm) of each token of `iter_tokens`, without building a `Token`: for
    loops that run on every request (search snippets), where building them is a third of
    the cost. (`iter_tokens` is not built on it: the extra step would slow indexing by a
    sixth; tests/test_arabic.py keeps the two alike.)"""
    for m in _TOKEN_RE.finditer(text):
        norm = _normalize_word(m.group())
        if norm:
            yield m.start(), m.end(), norm


# Words repeat (Zipf), so caching their normal forms makes tokenising ~3x faster.
_normalize_word = lru_cache(maxsize=1 << 16)(normalize)


def fingerprint(text: str) -> str:
    """Normalised words joined by one space: punctuation- and spelling-insensitive identity,
    for duplicate detection (e.g. same title from the same source)."""
    return " ".join(t.norm for t in tokenize(text))


def sort_key(text: str) -> str:
    """Alphabetical sort key: ``normalize`` and drop a leading article ال (الأردن sorts as اردن)."""
    key = normalize(text)
    if key.startswith("ال") and len(key.split(" ", 1)[0]) >= 4:
        return key[2:]
    return key


# --- search terms -------------------------------------------------------------------------


def term_units(text: str) -> list[str]:
    """Normalised words of ``text``, numbers split at their separators ("8.5" → "8", "5")."""
    units: list[str] = []
    for token in tokenize(text):
        for word in token.norm.split():
            units.extend(p for p in _NUMBER_SEPARATORS.split(word) if p)
    return units


def document_terms(text: str) -> list[tuple[str, ...]]:
    """Index terms of a document, one tuple of alternatives per word position.

    Each alternative is the word with one possible reading of its proclitics removed (see
    ``articles.text.clitics.term_variants``): "وبالشراكة" → ("وبالشراكه", "بالشراكه", "شراكه").
    A backend that supports positions should put all alternatives of a tuple at the same
    position (PostgreSQL tsvector literal ``'شراكه':3 'بالشراكه':3``) so phrase queries work.
    """
    return [term_variants(unit) for unit in term_units(text)]


def query_terms(text: str) -> list[str]:
    """Exactly one term per query word: normalised, with the query's own article ال removed.

    Every document word that is (proclitics +) the query word carries this term among its
    ``document_terms`` alternatives, so "الشراكة" finds "بالشراكة" while "مصر" never finds
    "مصرف" (terms are whole words, never prefixes).
    """
    return [query_stem(unit) for unit in term_units(text)]


def search_terms(text: str, *, for_query: bool = False) -> list[str]:
    """The flat list of terms to index (``for_query=False``) or to search with (``True``).

    Contract for search backends:

    * Terms are non-empty strings of letters and digits only (no spaces, no punctuation), already
      normalised and lower-cased, so any tokenizer that splits on whitespace keeps them intact:
      PostgreSQL ``to_tsvector('simple', ' '.join(terms))`` (or a positional tsvector literal
      built from ``document_terms``), SQLite FTS5 with ``tokenize="unicode61 remove_diacritics
      0 categories 'L* N* M* Co'"`` over ``' '.join(terms)``.
    * A document matches a query word iff its term set contains that word's single query term.
      Multi-word queries: AND the terms; phrases: consecutive positions of ``document_terms``.
    * The document side emits several alternatives per word (whole word and clitic-stripped
      readings) because a leading و/ف/ب/ك/ل may be a clitic or part of the word (وزير، بيروت،
      لبنان، فرنسا، كندا); the query side stays one term so it never over-strips.
    """
    if for_query:
        return query_terms(text)
    return [term for variants in document_terms(text) for term in variants]
