"""Latin-script names in a query: a gazetteer alias written in Latin letters («Austin»,
«Lloyd Austin») also finds the articles naming its entity in Arabic.

The query's run of Latin words becomes a clause of several phrases: the words as typed, or
any of the entity's names and Arabic aliases (`query.ParsedQuery`), so the match, its
ranking and its snippet are the index's as for any other words.
"""

from __future__ import annotations

import threading

from django.db.models import Count, Max

from ..models import Entity
from ..text.normalize import normalize
from ..text.searchwords import query_words
from .query import Clause, ParsedQuery, Phrase

# The longest Latin alias looked for, in words.
MAX_ALIAS_WORDS = 4

_lock = threading.Lock()
_cached: tuple[tuple, dict[str, tuple[Phrase, ...]]] | None = None


def _is_latin(text: str) -> bool:
    return text.isascii() and any(ch.isalpha() for ch in text)


def _latin_aliases() -> dict[str, tuple[Phrase, ...]]:
    """Normalised Latin alias → the phrases of its entity's other names; read once per
    process and again only when the entity table changed (one aggregate per call)."""
    global _cached
    version = tuple(Entity.objects.aggregate(count=Count("pk"), latest=Max("updated_at")).values())
    with _lock:
        if _cached is None or _cached[0] != version:
            found: dict[str, set[Phrase]] = {}
            for name, aliases in Entity.objects.values_list("name", "aliases").iterator():
                names = [name, *(aliases or [])]
                latin = [normalize(n) for n in names if _is_latin(n)]
                if not latin:
                    continue
                phrases = {tuple(query_words(n)) for n in names if not _is_latin(n)}
                for key in latin:
                    found.setdefault(key, set()).update(p for p in phrases if p)
            _cached = (version, {k: tuple(sorted(v)) for k, v in found.items() if v})
        return _cached[1]


def _latin_word(clause: Clause) -> str | None:
    """The typed word of a one-word clause, when it is Latin."""
    if len(clause) == 1 and len(clause[0]) == 1 and _is_latin(clause[0][0][0]):
        return clause[0][0][0]
    return None


def with_entity_names(query: ParsedQuery) -> ParsedQuery:
    """`query` with each run of Latin words that is an alias also matching its entity's
    Arabic names (the longest alias first)."""
    latin = [_latin_word(c) for c in query.clauses]
    if not any(latin):
        return query
    aliases = _latin_aliases()
    if not aliases:
        return query
    clauses: list[Clause] = []
    i = 0
    while i < len(query.clauses):
        for size in range(MAX_ALIAS_WORDS, 0, -1):
            words = latin[i : i + size]
            if len(words) == size and all(words):
                names = aliases.get(" ".join(w for w in words if w))
                if names:
                    typed: Phrase = tuple(query.clauses[i + k][0][0] for k in range(size))
                    clauses.append((typed, *names))
                    i += size
                    break
        else:
            clauses.append(query.clauses[i])
            i += 1
    return ParsedQuery(tuple(clauses))


def parse_query(raw: str) -> ParsedQuery:
    """What the reader typed, as the index reads it, Latin aliases included."""
    return with_entity_names(ParsedQuery.parse(raw))
