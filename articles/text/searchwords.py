"""How a reader's query word is looked up in the index (pure Python, no Django).

The index stores every document word under each of its proclitic readings
(`clitics.term_variants`: وبالشراكة → وبالشراكه، بالشراكه، شراكه). A query word is looked up
as a set of *alternatives*, any of which a document word must carry to match, so that both
databases read a query the same way:

- **Proclitics typed in the query** are tried off exactly as they are in the text:
  «والكرملين» is looked up as والكرملين، الكرملين، كرملين; «بموسكو» as بموسكو، موسكو. A
  stripped reading must leave at least `MIN_QUERY_STEM` letters (بين is not ب + ين, كما
  is not ك + ما), and the whole word stays an alternative (وزير is still وزير). No suffix
  is ever stripped, so a query word never matches inside a longer word (مصر ∉ مصرف).
- **Hamza seats and their absence** fold on both sides. The normaliser writes every seated
  hamza as ء (مؤتمر → مءتمر, مسئولية = مسؤولية). A query written with a hamza is also looked
  up with its seat written bare or the hamza dropped (مؤتمر → موتمر: a text typed without
  it), and a query word's و and ي (not the first letter) are also tried as a hamza
  (موتمر → مءتمر), as is a hamza after a final alef (سما → سماء، روسا → رءساء، جا → جاء;
  not after a two-letter grammar word: ما is not ماء). At most `MAX_HAMZA_PLACES` letters
  of a word vary (those after an alef first: «الكيميايي»), and a word has at most
  `MAX_ALTERNATIVES`.

`query_alternatives` is the one function both databases' query builders and the snippets'
highlighter use; tests/test_searchwords.py states its properties with Hypothesis.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from articles.text.clitics import analyses, query_stem, term_variants
from articles.text.lexicon import FUNCTION_WORDS
from articles.text.normalize import term_units

__all__ = [
    "MAX_ALTERNATIVES",
    "MAX_HAMZA_PLACES",
    "MIN_QUERY_STEM",
    "hamza_forms",
    "matches",
    "query_alternatives",
    "query_words",
]

MIN_QUERY_STEM = 3
MAX_HAMZA_PLACES = 2
MAX_ALTERNATIVES = 24
HAMZA = "ء"
# What a hamza may be written as by a reader who leaves it out: its seat, or nothing.
_HAMZA_SPELLINGS = (HAMZA, "و", "ي", "")
# Letters a reader may have written for a seated hamza.
_SEATS = frozenset("وي")


def hamza_forms(term: str, *, noun: bool = False) -> tuple[str, ...]:
    """`term` (normalised) and its spellings with hamza seats written or left out, the term
    itself first. `noun`: the reader typed the article before it, so a final hamza after
    alef may be left out of a word spelled like a grammar word («الما» → «ماء»)."""
    if HAMZA in term:  # the reader wrote the hamza: only its spelling varies
        places = [i for i, ch in enumerate(term) if ch == HAMZA]
    else:
        places = [i for i, ch in enumerate(term) if i and ch in _SEATS]
        # A seat right after an alef is where a hamza is most often left out («رسايل»,
        # «الكيميايي», «تساول»): tried first when there are more seats than are tried.
        places.sort(key=lambda i: (term[i - 1] != "ا", i))
    places = sorted(places[:MAX_HAMZA_PLACES])
    options: list[tuple[str, ...]] = []
    for i in places:
        ch = term[i]
        options.append(_HAMZA_SPELLINGS if ch == HAMZA else (ch, HAMZA))
    forms = [term]
    for choice in product(*options):
        chars = list(term)
        for i, spelled in zip(places, choice, strict=True):
            chars[i] = spelled
        forms.append("".join(chars))
    if term.endswith("ا") and (len(term) >= 3 or noun or term not in FUNCTION_WORDS):
        # سما → سماء، جا → جاء، روسا → رءساء: a final hamza after alef left out too
        forms += [form + HAMZA for form in forms]
    return tuple(f for f in dict.fromkeys(forms) if len(f) >= 2 or f == term)


def _clitic_readings(norm_word: str) -> tuple[str, ...]:
    """The index terms a query word may stand for: the word without its own ال first, then
    each reading with the proclitics the reader typed taken off."""
    readings = [query_stem(norm_word)]
    for analysis in analyses(norm_word)[1:]:
        if analysis.proclitics and len(analysis.stem) >= MIN_QUERY_STEM:
            readings.append(query_stem(analysis.key) if analysis.article else analysis.stem)
    return tuple(dict.fromkeys(readings))


@lru_cache(maxsize=1 << 14)
def query_alternatives(norm_word: str) -> tuple[str, ...]:
    """Every index term that matches the query word `norm_word` (normalised, one word), the
    word's own term first."""
    readings = _clitic_readings(norm_word)
    # A grammar word takes no article: after «ال» the reader may have typed a noun without
    # its final hamza («الما» is «الماء»; «إلى» is no «ال» and «ألفي» keeps its «في»)
    definite = norm_word.startswith("ال") and norm_word not in FUNCTION_WORDS
    found = dict.fromkeys(readings)  # every clitic reading before any hamza spelling
    for reading in readings:
        found.update(dict.fromkeys(hamza_forms(reading, noun=definite)))
    if definite and readings[0] in FUNCTION_WORDS and readings[0] + HAMZA in found:
        del found[readings[0]]  # («الما» is never «ما», where «ألفي» is read as written)
    return tuple(found)[:MAX_ALTERNATIVES]


def query_words(text: str) -> list[tuple[str, ...]]:
    """The alternatives of each word of a query, in order."""
    return [query_alternatives(unit) for unit in term_units(text)]


def matches(query_word: str, document_word: str) -> bool:
    """Whether the index finds `document_word` (normalised, one word) for `query_word`."""
    return not set(query_alternatives(query_word)).isdisjoint(term_variants(document_word))
