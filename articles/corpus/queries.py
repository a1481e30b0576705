"""Search queries made mechanically from a corpus's own articles, with the articles each
must find (by the engine's word rules, never by hand), so any corpus measures the same:

- ``clitic typed``: a word the reader types with a proclitic (و ف ب ك ل، وال، بال، لل)
  that the text may not carry: it must find what the bare word finds.
- ``hamza dropped``: a word with a hamza typed without it (ؤ → و, ئ → ي, أ إ آ → ا, a final
  ء after alef left out): it must find the articles with the word.
- ``known item``: four consecutive words of one article that occur together in that article
  only, chosen so that as many other articles as possible hold all four words apart: the
  article must be in the first ten results among many matches.

Words found in more than `MAX_EXPECTED` articles are skipped: recall@10 needs at most ten.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..text.clitics import query_stem, term_variants
from ..text.lexicon import FUNCTION_WORDS
from ..text.normalize import normalize, tokenize

MAX_EXPECTED = 5
KNOWN_ITEM_WORDS = 4
_FIELDS = ("title", "summary", "body")
_HAMZA_TYPED_BARE = str.maketrans({"ؤ": "و", "ئ": "ي", "أ": "ا", "إ": "ا", "آ": "ا"})
_CLITICS = ("و", "ب", "ل", "ف", "ك")
_CLITICS_WITH_ARTICLE = ("وال", "بال", "لل", "فال")
_PROCLITIC_LETTERS = frozenset("وفبكل")


def _words(article: Mapping) -> list[tuple[str, str]]:
    """(surface, normalised) of every word of an article's fields."""
    return [
        (token.text, token.norm)
        for name in _FIELDS
        for token in tokenize(article.get(name) or "")
        if " " not in token.norm
    ]


def _pick(key: str, options: tuple[str, ...]) -> str:
    return options[zlib.crc32(key.encode()) % len(options)]


def _finders(articles: Sequence[Mapping]) -> dict[str, set[str]]:
    """Index term → titles of the articles holding it (the engine's own document terms)."""
    found: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for _surface, norm in _words(article):
            for term in term_variants(norm):
                found[term].add(article["title"])
    return found


def _one_per_article(
    articles: Sequence[Mapping], finders: dict[str, set[str]], make, per_article: int
) -> Iterable[dict]:
    seen: set[str] = set()
    for article in articles:
        made = 0
        for surface, norm in _words(article):
            if made >= per_article:
                break
            query = make(surface, norm)
            if not query or query in seen:
                continue
            expected = finders.get(query_stem(norm), set())
            if not 0 < len(expected) <= MAX_EXPECTED:
                continue
            seen.add(query)
            made += 1
            yield {"query": query, "expected_titles": sorted(expected)}


def _with_clitic(surface: str, norm: str) -> str | None:
    bare = normalize(surface)
    if len(bare) < 4 or not bare.isalpha() or not "\u0621" <= bare[0] <= "\u064a":
        return None
    if surface.startswith("ال"):
        stem = surface[2:]
        clitic = _pick(norm, _CLITICS_WITH_ARTICLE)
        if clitic == "لل":  # ل + ال is written لل, and ل + اللجنة للجنة
            return ("ل" if stem.startswith("ل") else "لل") + stem
        return clitic + stem
    if bare[0] in _PROCLITIC_LETTERS:  # a clitic already, or a word that starts like one
        return None
    return _pick(norm, _CLITICS) + surface


def _without_hamza(surface: str, norm: str) -> str | None:
    if not any(ch in surface for ch in "ؤئء"):  # أ/إ alone are folded already: no test
        return None
    typed = surface.translate(_HAMZA_TYPED_BARE)
    if typed.endswith("اء"):
        typed = typed[:-1]
    if normalize(typed) in FUNCTION_WORDS:
        return None  # «ماء» typed «ما» is the grammar word, as search reads it (searchwords)
    return typed if typed != surface else None


def _known_items(articles: Sequence[Mapping]) -> Iterable[dict]:
    """Per article, its four-word run shared (as words apart) by the most other articles."""
    words_of = {a["title"]: [norm for _s, norm in _words(a)] for a in articles}
    holders: dict[str, set[str]] = defaultdict(set)
    for title, norms in words_of.items():
        for norm in norms:
            holders[query_stem(norm)].add(title)
    runs: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for title, norms in words_of.items():
        stems = [query_stem(n) for n in norms]
        for i in range(len(stems) - KNOWN_ITEM_WORDS + 1):
            runs[tuple(stems[i : i + KNOWN_ITEM_WORDS])].add(title)
    for article in articles:
        title = article["title"]
        tokens = [t for t in tokenize(article.get("body") or "") if " " not in t.norm]
        best: tuple[int, str] | None = None
        for i in range(len(tokens) - KNOWN_ITEM_WORDS + 1):
            run = tokens[i : i + KNOWN_ITEM_WORDS]
            run_stems = tuple(query_stem(t.norm) for t in run)
            if len(set(run_stems)) < KNOWN_ITEM_WORDS or runs[run_stems] != {title}:
                continue
            together = set.intersection(*(holders[s] for s in run_stems))
            if best is None or len(together) > best[0]:
                best = (len(together), " ".join(t.text for t in run))
        if best:
            yield {"query": best[1], "expected_titles": [title]}


def derived_queries(articles: Sequence[Mapping], *, per_article: int = 1) -> list[dict]:
    """The three kinds of queries above, made from `articles` ({title, summary, body})."""
    finders = _finders(articles)
    queries = []
    for kind, make in (("clitic typed", _with_clitic), ("hamza dropped", _without_hamza)):
        made = _one_per_article(articles, finders, make, per_article)
        queries += [{**q, "kind": kind} for q in made]
    queries += [{**q, "kind": "known item"} for q in _known_items(articles)]
    return queries
