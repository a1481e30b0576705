"""The words around a search result's match, with the query's words marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..text.clitics import term_variants
from ..text.normalize import iter_spans, tokenize
from .query import ParsedQuery


@dataclass
class Highlighter:
    """Wraps the words of a text that match the query in `<mark>`, escaping the rest."""

    query: ParsedQuery
    _terms: frozenset[str] = field(init=False)
    # Whether a normalised word matches, per word: a results page repeats most of its words.
    _matches: dict[str, bool] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self._terms = frozenset(self.query.terms)

    def _is_hit(self, norm: str) -> bool:
        found = self._matches.get(norm)
        if found is None:
            found = self._matches[norm] = any(
                not self._terms.isdisjoint(term_variants(unit)) for unit in norm.split()
            )
        return found

    def _hits(self, text: str, tokens=None) -> list[tuple[int, int]]:
        return [
            (t.start, t.end)
            for t in (tokenize(text) if tokens is None else tokens)
            if self._is_hit(t.norm)
        ]

    def mark(self, text: str) -> SafeString:
        return self._render(text, 0, len(text), self._hits(text))

    def snippet(self, text: str, *, words: int = 30) -> SafeString:
        """About `words` words around the first match (or the opening, without one)."""
        # Tokenising is most of a results page's cost: read only as far as the snippet ends
        # (and one word beyond, to know whether there is more).
        is_hit = self._is_hit
        spans, first, last = [], None, None  # spans: (start, end, whether it matches)
        for start, end, norm in iter_spans(text):
            hit = is_hit(norm)
            spans.append((start, end, hit))
            if first is None and hit:
                first = len(spans) - 1
                last = max(0, first - words // 3) + words
            if last is not None and len(spans) > last:
                break
        if not spans:
            return mark_safe("")
        lo = max(0, (first or 0) - words // 3)
        hi = min(len(spans), lo + words)
        hits = [(start, end) for start, end, hit in spans if hit]
        html = self._render(text, spans[lo][0], spans[hi - 1][1], hits)
        return mark_safe(("… " if lo else "") + html + (" …" if hi < len(spans) else ""))

    @staticmethod
    def _render(text: str, start: int, end: int, hits: list[tuple[int, int]]) -> SafeString:
        parts: list[str] = []
        cursor = start
        for s, e in hits:
            if s < cursor or e > end:
                continue
            parts.append(escape(text[cursor:s]))
            parts.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
        parts.append(escape(text[cursor:end]))
        return mark_safe("".join(parts))  # every piece is escaped
