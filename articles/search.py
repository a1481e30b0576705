"""Arabic full-text search on PostgreSQL (tsvector + GIN) and SQLite (FTS5).

Both databases index the same terms, produced by `arabic.document_terms`: every word
normalised (hamza, taa marbuta, alef maqsura, tashkeel, tatweel, digits, Latin case) and
stored with each of its proclitic readings (وبالشراكة → وبالشراكه، بالشراكه، شراكه), so
a query word — normalised with its own ال dropped, one term — finds the text's word
whatever clitics it carries, and never a longer word (مصر is not مصرف).

No database text parser touches the terms: PostgreSQL gets a tsvector *literal* with
positions and weights (title A, summary B, body C; every reading of a word at the same
position, so phrases work with `<->`), and FTS5 gets the terms as space-separated tokens.
FTS5 cannot put two tokens at one position, so on SQLite a quoted phrase is checked in
Python on the articles that contain all its words.

On PostgreSQL the title's and the summary's words are indexed a second time, marked
(`T:` and `S:` before the term, at the word's own position): "every word in the title" is
then a question the GIN index answers alone, and ranking never reads a row to know it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection, connections
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet, Window
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .arabic import document_terms, iter_spans, query_terms, tokenize
from .clitics import term_variants
from .models import Article, SearchEntry

PG_TABLE = "articles_search"
FTS_TABLE = "articles_search_fts"
FIELDS = (("title", "A"), ("summary", "B"), ("body", "C"))

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 16
# PostgreSQL tsvector positions stop at 16383; later words share the last position.
_MAX_POSITION = 16383
# The marks of a title's and a summary's terms in PostgreSQL's index. A term never holds
# a colon (the tokenizer splits on it), so a marked term is never a word of the text.
TITLE_MARK, SUMMARY_MARK = "T:", "S:"
_FIELD_MARKS = {"title": TITLE_MARK, "summary": SUMMARY_MARK}
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


# --- Indexing -----------------------------------------------------------------------


Terms = list[tuple[str, ...]]  # `arabic.document_terms` of one field


# Building the literal is the hot loop of indexing: position labels and quoted lexemes are
# made once, not once per occurrence.
_POSITION_LABELS = {w: [f"{p}{w}" for p in range(_MAX_POSITION + 1)] for _f, w in FIELDS}


@lru_cache(maxsize=1 << 16)
def _lexeme(term: str) -> str:
    return "'{}':".format(term.replace("\\", "\\\\").replace("'", "''"))


def tsvector_literal(fields: list[Terms]) -> str:
    """PostgreSQL's text form of an article's tsvector, from its terms per field: every
    term at its positions, and the title's and summary's terms marked too."""
    positions: dict[str, list[str]] = {}
    position = 0
    for terms, (name, weight) in zip(fields, FIELDS, strict=True):
        labels, mark = _POSITION_LABELS[weight], _FIELD_MARKS.get(name)
        for variants in terms:
            position = min(position + 1, _MAX_POSITION)
            label = labels[position]
            for term in (*variants, *(mark + t for t in variants)) if mark else variants:
                found = positions.get(term)
                if found is None:
                    positions[term] = [label]
                else:
                    found.append(label)
        position = min(position + 1, _MAX_POSITION)  # phrases never run across fields
    return " ".join(_lexeme(term) + ",".join(pos[:256]) for term, pos in positions.items())


def fts_text(terms: Terms) -> str:
    return " ".join(term for variants in terms for term in variants)


def article_terms(article: Article) -> list[Terms]:
    """The index terms of an article's title, summary and body."""
    return [document_terms(getattr(article, name) or "") for name, _weight in FIELDS]


def index_articles(articles: Iterable[Article]) -> None:
    """(Re)write the search index rows of `articles` (title, summary and body loaded)."""
    index_terms([(a.pk, article_terms(a)) for a in articles])


def pg_row(pk: int, fields: list[Terms]) -> tuple[int, str]:
    """(article_id, document) of PostgreSQL's index."""
    return pk, tsvector_literal(fields)


# An article row's `public_at` in the search table (see migration 0010).
PG_PUBLIC_AT = "CASE WHEN status = 'published' AND deleted_at IS NULL THEN published_at END"


def index_terms(rows: list[tuple[int, list[Terms]]]) -> None:
    """(Re)write index rows from terms already computed: (article id, terms per field)."""
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.executemany(
                f"INSERT INTO {PG_TABLE} (article_id, document, public_at) "
                f"SELECT %s, %s::tsvector, {PG_PUBLIC_AT} "
                f"FROM {Article._meta.db_table} WHERE id = %s "
                "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document, "
                "public_at = EXCLUDED.public_at",
                [(*pg_row(pk, fields), pk) for pk, fields in rows],
            )
        else:
            cursor.executemany(
                f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(pk,) for pk, _fields in rows]
            )
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, summary, body) VALUES (%s, %s, %s, %s)",
                [(pk, *(fts_text(terms) for terms in fields)) for pk, fields in rows],
            )


_FTS_DELETE_TRIGGER = (
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON articles_article "
    f"BEGIN DELETE FROM {FTS_TABLE} WHERE rowid = old.id; END"
)


def keep_fts_in_step(using: str = "default", **kwargs) -> None:
    """(post_migrate) Make sure deleting an article deletes its FTS row on SQLite."""
    from django.db import connections

    target = connections[using]
    if target.vendor != "sqlite":
        return
    with target.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        if cursor.fetchone():
            cursor.execute(_FTS_DELETE_TRIGGER)


def index_article(article: Article) -> None:
    index_articles([article])


def reindex_all(chunk: int = 1000) -> int:
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), chunk):
        index_articles(
            Article.objects.filter(pk__in=ids[start : start + chunk]).only(
                "title", "summary", "body"
            )
        )
    return len(ids)


# --- Querying -----------------------------------------------------------------------


def _pg_tsquery(query: ParsedQuery, *, any_term: bool = False, mark: str = "") -> str:
    """The query as PostgreSQL's tsquery text; with `mark`, of the marked terms of a field."""

    def lexeme(term: str) -> str:
        return "'{}'".format((mark + term).replace("\\", "\\\\").replace("'", "''"))

    if any_term:
        return " | ".join(lexeme(t) for t in query.terms)
    parts = [lexeme(t) for t in query.terms]
    parts += ["(" + " <-> ".join(lexeme(t) for t in phrase) + ")" for phrase in query.phrases]
    return " & ".join(parts)


def _fts_match(query: ParsedQuery, column: str | None = None, *, any_term: bool = False) -> str:
    expression = (" OR " if any_term else " AND ").join(f'"{t}"' for t in query.terms)
    return f"{{{column}}} : ({expression})" if column else expression


def _matching(query: ParsedQuery, column: str | None = None, *, any_term: bool = False) -> RawSQL:
    """SQL for "this article's id is among the matches" (in one field, or anywhere)."""
    if connection.vendor == "postgresql":  # fields are told by marked terms (_field_hit)
        return RawSQL(
            f"SELECT article_id FROM {PG_TABLE} WHERE document @@ %s::tsquery",
            [_pg_tsquery(query, any_term=any_term)],
        )
    return RawSQL(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
        [_fts_match(query, column, any_term=any_term)],
    )


def _field_hit(query: ParsedQuery, column: str) -> RawSQL | ExpressionWrapper:
    """True when all the query's words are in this one field of the article."""
    if connection.vendor == "postgresql":
        marked = _pg_tsquery(query, mark=_FIELD_MARKS[column])
        hit = Q(search_entry__document__matches=marked)
        return ExpressionWrapper(hit, output_field=BooleanField())
    inner = _matching(query, column)
    return RawSQL(f"{Article._meta.db_table}.id IN ({inner.sql})", inner.params, BooleanField())


def _has_phrase(article: Article, phrase: tuple[str, ...]) -> bool:
    for name, _weight in FIELDS:
        positions = document_terms(getattr(article, name) or "")
        for i in range(len(positions) - len(phrase) + 1):
            if all(term in positions[i + k] for k, term in enumerate(phrase)):
                return True
    return False


def search(query: ParsedQuery, articles: QuerySet[Article] | None = None) -> QuerySet[Article]:
    """Public articles matching `query`, ranked: title hits, then summary hits, then newest.
    (On PostgreSQL ranking this way reads every match's document: `ranked_ids` is the fast
    way to a page of results.)"""
    articles = articles if articles is not None else Article.objects.published()
    if not query:
        return articles.none()
    if connection.vendor == "postgresql":
        matches = articles.filter(search_entry__document__matches=_pg_tsquery(query))
    else:
        matches = _fts_matches(query, articles)
    return matches.annotate(
        title_hit=_field_hit(query, "title"), summary_hit=_field_hit(query, "summary")
    ).order_by("-title_hit", "-summary_hit", "-published_at", "-pk")


def _fts_matches(query: ParsedQuery, articles: QuerySet[Article]) -> QuerySet[Article]:
    """`articles` matching `query` on SQLite: FTS5 for the words, Python for the phrases."""
    matches = articles.filter(pk__in=_matching(query))
    if not query.phrases:
        return matches
    # Only the text is needed; the caller's joins (bylines, source) would clash with only().
    candidates = matches.select_related(None).prefetch_related(None).order_by()
    candidates = candidates.only("pk", "title", "summary", "body")
    ids = [
        a.pk
        for a in candidates.iterator(chunk_size=500)
        if all(_has_phrase(a, phrase) for phrase in query.phrases)
    ]
    return articles.filter(pk__in=ids)


def ranked_ids(
    query: ParsedQuery, within: QuerySet[Article] | None = None
) -> QuerySet | RankedMatches:
    """(id, number of matches) of the public articles matching `query`, ranked as `search`
    ranks them, among `within` (articles filtered by tag, source, dates...) when given.
    Sliced, it reads one page of them.

    On PostgreSQL it reads the search table alone (its `public_at` says which rows are
    public), never an article per match, and never more than the page needs (see
    `RankedMatches`).
    """
    if connection.vendor != "postgresql" or not query:
        articles = within if within is not None else Article.objects.published()
        total = Window(Count("*"))
        return search(query, articles).annotate(total=total).values_list("pk", "total")
    entries = SearchEntry.objects.filter(public_at__lte=timezone.now())
    if within is not None:
        entries = entries.filter(article__in=within.values("pk"))
    return RankedMatches(entries, query)


# Stands for a tier's tsquery in the SQL compiled once for every tier.
_ANY_TSQUERY = "\x00any tsquery\x00"


class RankedMatches:
    """A PostgreSQL search's matches in rank order, as (id, total) rows, read by slices.

    The ranking has four tiers: all the query's words in the title and in the summary, in
    the title only, in the summary only, elsewhere; newest first within each. The index
    answers which tier a match is in (the marked terms, see `tsvector_literal`), so each
    tier is a query of its own, and a tier is read only when the tiers above it hold fewer
    rows than the slice reaches (a one-time filter: PostgreSQL skips the scan). The first
    page of a common word reads its top tier and counts the rest; it never evaluates
    anything per match. One statement, whatever the slice.
    """

    ORDER = "public_at DESC, article_id DESC"

    def __init__(self, entries: QuerySet, query: ParsedQuery) -> None:
        self.entries = entries
        self.query = query

    def _tiers(self) -> list[str]:
        every = f"({_pg_tsquery(self.query)})"
        title = f"({_pg_tsquery(self.query, mark=TITLE_MARK)})"
        summary = f"({_pg_tsquery(self.query, mark=SUMMARY_MARK)})"
        # Words in a field are words of the text too, so `title` needs no `every`.
        return [
            f"{title} & {summary}",
            f"{title} & !{summary}",
            f"!{title} & {summary}",
            f"{every} & !{title} & !{summary}",
        ]

    def _matching(self) -> Callable[[str], tuple[str, list]]:
        """(SQL, params) of the entries matching a tsquery, compiled once for all five."""
        rows = self.entries.filter(document__matches=_ANY_TSQUERY).values("article_id", "public_at")
        sql, params = rows.query.get_compiler(using=rows.db).as_sql()
        return lambda tsquery: (sql, [tsquery if p == _ANY_TSQUERY else p for p in params])

    def __getitem__(self, rows: slice) -> list[tuple[int, int]]:
        start, stop = rows.start or 0, rows.stop
        matching = self._matching()
        ctes, params, above = [], [], []
        for rank, tsquery in enumerate(self._tiers()):
            sql, tier_params = matching(tsquery)
            gate = f"WHERE {' + '.join(above)} < %s " if above else ""
            ctes.append(
                f"tier{rank} AS MATERIALIZED (SELECT {rank} AS rank, article_id, public_at "
                f"FROM ({sql}) AS matches {gate}ORDER BY {self.ORDER} LIMIT %s)"
            )
            params += [*tier_params, *([stop] if above else []), stop]
            above.append(f"(SELECT count(*) FROM tier{rank})")
        every_sql, every_params = matching(_pg_tsquery(self.query))
        tiers = " UNION ALL ".join(f"SELECT * FROM tier{rank}" for rank in range(len(ctes)))
        with connections[self.entries.db].cursor() as cursor:
            cursor.execute(
                f"WITH {', '.join(ctes)} "
                f"SELECT (SELECT count(*) FROM ({every_sql}) AS matches), "
                f"ARRAY(SELECT article_id FROM ({tiers}) AS ranked "
                f"ORDER BY rank, {self.ORDER} LIMIT %s OFFSET %s)",
                [*params, *every_params, stop - start, start],
            )
            total, ids = cursor.fetchone()
        return [(pk, total) for pk in ids]


def candidates_for_names(names: Iterable[str]) -> QuerySet[Article]:
    """Articles whose text may name one of `names`: they contain a name's first word.

    Used to re-link only the articles a new or renamed entity can concern. The first
    word's own readings and the first two words written together (عبد الله → عبدالله)
    are looked up, so the matcher sees every article it could link.
    """
    terms: list[str] = []
    for name in names:
        words = query_terms(name)
        if words:
            terms.append(words[0])
        if len(words) > 1:
            terms.extend(query_terms(words[0] + words[1]))
    query = ParsedQuery(tuple(dict.fromkeys(t for t in terms if t)))
    if not query:
        return Article.objects.none()
    return Article.objects.filter(pk__in=_matching(query, any_term=True))


# --- Snippets -----------------------------------------------------------------------


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
        parts, cursor = [], start
        for s, e in hits:
            if s < cursor or e > end:
                continue
            parts.append(escape(text[cursor:s]))
            parts.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
        parts.append(escape(text[cursor:end]))
        return mark_safe("".join(parts))  # every piece is escaped
