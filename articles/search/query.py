"""A reader's query as the index reads it: its words, normalised as the text's are, and
its quoted phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalize import query_terms

MAX_QUERY_CHARS = 500

MAX_QUERY_TERMS = 16

_QUOTED = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query: every word must occur; quoted words must occur together, in order."""

    terms: tuple[str, ...] = ()
    phrases: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def parse(cls, raw: str) -> ParsedQuery:
        raw = (raw or "")[:MAX_QUERY_CHARS]
        phrases = []
        for match in _QUOTED.finditer(raw):
            words = tuple(query_terms(next(g for g in match.groups() if g is not None)))
            if len(words) > 1:
                phrases.append(words)
        terms = tuple(dict.fromkeys(query_terms(raw)))[:MAX_QUERY_TERMS]
        return cls(terms, tuple(phrases))

    def __bool__(self) -> bool:
        return bool(self.terms)
