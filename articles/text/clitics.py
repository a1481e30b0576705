"""Proclitic analysis of one normalised Arabic word (pure Python, no Django).

An Arabic word may carry, in this order, an optional conjunction و/ف, an optional
preposition ب/ك/ل and an optional article ال: وال، بال، فال، كال، وبال، وكال، فبال ...
The preposition ل fuses with the article: ل + الكرملين is written للكرملين (the alef drops),
and ل + اللجنة is written للجنة (one lam of three drops too).

Whether a leading letter is a clitic cannot be decided from the word alone (وزير is a word,
وموسكو is و + موسكو), so ``analyses`` lists every reading and callers choose: the entity
matcher looks each reading up in its gazetteer, the search index stores all of them.
A reading never leaves a stem shorter than ``MIN_STEM`` characters.

No suffix is stripped. Pronoun suffixes (ه ها هم ...) and the tanween alef were measured as
not worth it: قطرها is "its diameter", not Qatar, and no dev-corpus mention needed them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

MIN_STEM = 2
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
_ARTICLE = "ال"
# Stems whose article is part of the word: stripping it from الله/اللهم would make them
# collide with the very common له ("to him") and لهم ("to them").
_LEXICAL_ARTICLE = frozenset({"له", "لهم"})


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word: ``proclitics`` + (ال if ``article``) + ``stem``."""

    stem: str
    article: bool
    proclitics: str

    @property
    def key(self) -> str:
        """The word as it would be written without its conjunction/preposition (لل → ال)."""
        return _ARTICLE + self.stem if self.article else self.stem


@lru_cache(maxsize=65536)
def analyses(norm_token: str) -> tuple[Analysis, ...]:
    """Every proclitic reading of a normalised word, the unstripped reading first.

    >>> [a.key for a in analyses("وللكرملين")][:3]
    ['وللكرملين', 'للكرملين', 'لكرملين']
    """
    word = norm_token
    found: dict[tuple[str, bool], Analysis] = {(word, False): Analysis(word, False, "")}

    def add(stem: str, article: bool, proclitics: str) -> None:
        if len(stem) >= MIN_STEM and (stem, article) not in found:
            found[(stem, article)] = Analysis(stem, article, proclitics)

    for conj in _CONJUNCTIONS:
        if not word.startswith(conj):
            continue
        after_conj = word[len(conj) :]
        for prep in _PREPOSITIONS:
            if not after_conj.startswith(prep):
                continue
            rest = after_conj[len(prep) :]
            proclitics = conj + prep
            if proclitics:
                add(rest, False, proclitics)
            if prep == "ل":
                if after_conj.startswith("لل"):
                    stem = after_conj[2:]
                    add(stem, True, proclitics)
                    if stem:
                        add("ل" + stem, True, proclitics)
            elif rest.startswith(_ARTICLE):
                add(rest[2:], True, proclitics)
    return tuple(found.values())


def _term(analysis: Analysis) -> str:
    if analysis.article and analysis.stem in _LEXICAL_ARTICLE:
        return analysis.key
    return analysis.stem


def term_variants(norm_word: str) -> tuple[str, ...]:
    """Index terms of one document word: the stem of every reading, the whole word first."""
    return tuple(dict.fromkeys(_term(a) for a in analyses(norm_word)))


def query_stem(norm_word: str) -> str:
    """The single search term of a query word: the word minus its own article, if any.

    The query's other leading letters are kept (a user typing بيروت means بيروت), and since
    ``term_variants`` of every clitic form of a word contains this stem, the query still
    finds وبيروت, لبيروت and ببيروت.
    """
    if norm_word.startswith(_ARTICLE):
        return (
            _term(Analysis(norm_word[2:], True, ""))
            if len(norm_word) - 2 >= MIN_STEM
            else norm_word
        )
    return norm_word
