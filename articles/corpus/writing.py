"""Arabic news text from the phrase bank, with its index terms and entity mentions.

An article is built from pieces (a phrase's literal text, or a name in a slot) and each
field knows, as it grows, its search terms and where each entity is mentioned, so the
generator never re-reads the text it wrote: this is what makes 100,000 articles take
minutes rather than hours. Every piece starts and ends at a word boundary, so a field's
terms are exactly `arabic.document_terms` of its text (tests check this and the mentions
against the real matcher).
"""

from __future__ import annotations

import random
from collections.abc import Container
from functools import cache, lru_cache

from ..text.normalize import document_terms
from . import bank as bank

_ARTICLE_PREFIX = "ال"


def with_clitic(clitic: str, name: str) -> str:
    """`name` with a proclitic attached the way Arabic writes it (ل + القدس → للقدس)."""
    if clitic.endswith("ل") and name.startswith(_ARTICLE_PREFIX):
        return clitic + name[1:]
    return clitic + name


Piece = str | tuple[str, str]  # literal text, or (proclitic, slot)


@cache
def parse_template(template: str) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    i = 0
    while (start := template.find("{", i)) >= 0:
        end = template.index("}", start)
        if start > i:
            pieces.append(template[i:start])
        clitic, _, slot = template[start + 1 : end].rpartition(":")
        pieces.append((clitic, slot))
        i = end + 1
    if i < len(template):
        pieces.append(template[i:])
    return tuple(pieces)


# Pieces repeat endlessly; their index terms are computed once. Every piece starts and ends
# at a word boundary, so an article's terms are the concatenation of its pieces' terms.
_piece_terms = lru_cache(maxsize=1 << 16)(document_terms)


class Field:
    """One field's text, its index terms and where its entity mentions are, built together."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.terms: list[tuple[str, ...]] = []
        self.length = 0
        self.mentions: list[tuple[str, int, int]] = []  # entity name, start, end

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.terms += _piece_terms(text)
        self.length += len(text)

    def mention(self, clitic: str, name: str) -> None:
        text = with_clitic(clitic, name)
        # The link leaves out و ف ب ك ل, but keeps the ل of لل (as the matcher does).
        skip = len(clitic) - (clitic.endswith("ل") and name.startswith(_ARTICLE_PREFIX))
        self.mentions.append((name, self.length + skip, self.length + len(text)))
        self.add(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Writer:
    """Fills phrase templates for one article's cast."""

    def __init__(
        self, rng: random.Random, cast: dict[str, str], topics: list[str], entities: Container[str]
    ) -> None:
        self.rng = rng
        self.cast = cast
        self.topics = topics
        self.entities = entities

    def fill(self, template: str, field: Field) -> None:
        for piece in parse_template(template):
            if isinstance(piece, str):
                field.add(piece)
                continue
            clitic, slot = piece
            if slot in self.cast:
                value = self.cast[slot]
                if value in self.entities:
                    field.mention(clitic, value)
                    continue
            elif slot == "T":
                value = self.rng.choice(self.topics)
            else:
                value = str(self.rng.randint(2, 500))
            field.add(with_clitic(clitic, value))

    def sentence(self, templates: tuple[str, ...] = bank.SENTENCES) -> Field:
        field = Field()
        self.fill(self.rng.choice(templates), field)
        return field

    def body(self) -> Field:
        field = Field()
        for p in range(self.rng.randint(4, 7)):
            if p:
                field.add("\n\n")
            for s in range(self.rng.randint(2, 3)):
                if s:
                    field.add(" ")
                self.fill(self.rng.choice(bank.SENTENCES), field)
        return field
