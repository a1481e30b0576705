"""Finding and ranking an archive's matches: the four tiers PostgreSQL's GIN index tells apart
(title and summary, title, summary, elsewhere), newest first within each; SQLite's FTS5 alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db import connection, connections
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet, Window
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import Article, SearchEntry
from ..text.normalize import document_terms, query_terms
from .index import FIELD_MARKS, FIELDS, FTS_TABLE, PG_TABLE, SUMMARY_MARK, TITLE_MARK
from .query import ParsedQuery


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
        marked = _pg_tsquery(query, mark=FIELD_MARKS[column])
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
        ctes: list[str] = []
        params: list[Any] = []
        above: list[str] = []
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
