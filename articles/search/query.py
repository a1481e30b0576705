"""A reader's query as the index reads it: clauses that must all match, each the words of
one or more phrases, each word a set of index terms (`text.searchwords`), so PostgreSQL and
SQLite read every query alike.

- An unquoted word is a clause of one one-word phrase.
- A quoted phrase is a clause of one phrase: its words together, in order.
- A run of Latin words that is an entity's alias (`with_entity_names`) is a clause of
  several phrases: the words as typed, or any of the entity's Arabic names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.searchwords import query_words

MAX_QUERY_CHARS = 500

MAX_QUERY_TERMS = 16

_QUOTED = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')

Word = tuple[str, ...]  # the index terms any of which matches the word
Phrase = tuple[Word, ...]  # words at consecutive positions
Clause = tuple[Phrase, ...]  # any of these phrases


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query: every clause must match (see the module docstring)."""

    clauses: tuple[Clause, ...] = ()

    @classmethod
    def parse(cls, raw: str) -> ParsedQuery:
        raw = (raw or "")[:MAX_QUERY_CHARS]
        clauses: list[Clause] = []
        for match in _QUOTED.finditer(raw):
            words = tuple(query_words(next(g for g in match.groups() if g is not None)))
            if len(words) > 1:
                clauses.append((words[:MAX_QUERY_TERMS],))
        loose = _QUOTED.sub(" ", raw)
        clauses += [((word,),) for word in dict.fromkeys(query_words(loose))]
        return cls(tuple(dict.fromkeys(clauses))[:MAX_QUERY_TERMS])

    @classmethod
    def of_terms(cls, terms: list[str]) -> ParsedQuery:
        """A query of index terms taken as they are (one alternative each)."""
        clauses: tuple[Clause, ...] = tuple((((t,),),) for t in dict.fromkeys(terms))
        return cls(clauses)

    @property
    def terms(self) -> frozenset[str]:
        """Every index term the query looks up (for highlighting)."""
        return frozenset(
            term for clause in self.clauses for phrase in clause for word in phrase for term in word
        )

    @property
    def has_phrases(self) -> bool:
        return any(len(phrase) > 1 for clause in self.clauses for phrase in clause)

    def replacing(self, index: int, clause: Clause) -> ParsedQuery:
        clauses = list(self.clauses)
        clauses[index] = clause
        return ParsedQuery(tuple(clauses))

    def __bool__(self) -> bool:
        return bool(self.clauses)
