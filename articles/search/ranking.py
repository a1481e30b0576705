"""Finding and ranking an archive's matches: the four tiers PostgreSQL's GIN index tells apart
(title and summary, title, summary, elsewhere), by relevance within each (PostgreSQL's
ts_rank_cd, SQLite's bm25), or newest first when the reader asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from django.db import connection, connections
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    FloatField,
    Q,
    QuerySet,
    When,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone

from ..models import Article, SearchEntry
from ..text.normalize import document_terms, query_terms
from .index import FIELD_MARKS, FIELDS, FTS_TABLE, PG_TABLE, SUMMARY_MARK, TITLE_MARK
from .query import Clause, ParsedQuery, Phrase, Word

# How a field's words count in PostgreSQL's relevance (ts_rank_cd's weights of D, C, B, A:
# unused, body, summary, title) and in SQLite's (FTS5's bm25 per column: title, summary, body).
PG_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
FTS_WEIGHTS = (10.0, 4.0, 1.0)
# ts_rank_cd's normalisation: divided by 1 + the logarithm of the document's length.
PG_NORMALIZATION = 1

# Within a tier, the newest RELEVANCE_WINDOW matches are ranked by relevance (a relevance
# score reads each match's document, out of line: this bounds what a common word costs);
# older ones follow, newest first.
RELEVANCE_WINDOW = 100
# On SQLite, the matches of a query of several words read to tell which hold them together.
PROXIMITY_CANDIDATES = 1000


def _pg_lexeme(term: str, mark: str) -> str:
    return "'{}'".format((mark + term).replace("\\", "\\\\").replace("'", "''"))


def _pg_word(word: Word, mark: str) -> str:
    return "(" + " | ".join(_pg_lexeme(t, mark) for t in word) + ")"


def _pg_clause(clause: Clause, mark: str) -> str:
    phrases = [" <-> ".join(_pg_word(w, mark) for w in phrase) for phrase in clause]
    return "(" + " | ".join(f"({p})" for p in phrases) + ")"


def _pg_tsquery(query: ParsedQuery, *, any_clause: bool = False, mark: str = "") -> str:
    """The query as PostgreSQL's tsquery text; with `mark`, of the marked terms of a field."""
    return (" | " if any_clause else " & ").join(_pg_clause(c, mark) for c in query.clauses)


def _fts_clause(clause: Clause) -> str:
    # FTS5 cannot put a word's readings at one position: a phrase's words are asked for
    # here and their order is checked in Python (`_has_phrases`).
    phrases = [
        " AND ".join("(" + " OR ".join(f'"{t}"' for t in word) + ")" for word in phrase)
        for phrase in clause
    ]
    return "(" + " OR ".join(f"({p})" for p in phrases) + ")"


def _fts_match(query: ParsedQuery, column: str | None = None, *, any_clause: bool = False) -> str:
    expression = (" OR " if any_clause else " AND ").join(_fts_clause(c) for c in query.clauses)
    return f"{{{column}}} : ({expression})" if column else expression


def _matching(query: ParsedQuery, *, any_clause: bool = False) -> RawSQL:
    """SQL for "this article's id is among the matches"."""
    if connection.vendor == "postgresql":  # fields are told by marked terms (_field_hit)
        return RawSQL(
            f"SELECT article_id FROM {PG_TABLE} WHERE document @@ %s::tsquery",
            [_pg_tsquery(query, any_clause=any_clause)],
        )
    return RawSQL(
        f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
        [_fts_match(query, any_clause=any_clause)],
    )


def _has_phrase(positions: list[tuple[str, ...]], phrase: Phrase) -> bool:
    for i in range(len(positions) - len(phrase) + 1):
        if all(not set(word).isdisjoint(positions[i + k]) for k, word in enumerate(phrase)):
            return True
    return False


def _has_phrases(article: Article, query: ParsedQuery) -> bool:
    """Whether every clause with a phrase has one of its phrases in one of the fields."""
    fields = [document_terms(getattr(article, name) or "") for name, _weight in FIELDS]
    return all(
        any(_has_phrase(positions, phrase) for phrase in clause for positions in fields)
        for clause in query.clauses
        if any(len(phrase) > 1 for phrase in clause)
    )


def search(
    query: ParsedQuery, articles: QuerySet[Article] | None = None, *, newest: bool = False
) -> QuerySet[Article]:
    """Articles of `articles` (public ones by default) matching `query`, ranked as
    `ranked_ids` ranks them (on PostgreSQL every match of a tier by relevance, without
    `RELEVANCE_WINDOW`), or newest first. `ranked_ids` is the fast way to a page of them."""
    articles = articles if articles is not None else Article.objects.published()
    if not query:
        return articles.none()
    if connection.vendor != "postgresql":
        ids = [pk for pk, _total in _sqlite_ranked(query, articles, newest=newest)]
        order = Case(*(When(pk=pk, then=n) for n, pk in enumerate(ids)), default=len(ids))
        return articles.filter(pk__in=ids).order_by(order) if ids else articles.none()
    matches = articles.filter(search_entry__document__matches=_pg_tsquery(query))
    if newest:
        return matches.order_by("-published_at", "-pk")
    hits = {
        f"{name}_hit": ExpressionWrapper(
            Q(search_entry__document__matches=_pg_tsquery(query, mark=mark)),
            output_field=BooleanField(),
        )
        for name, mark in FIELD_MARKS.items()
    }
    score = RawSQL(
        f"ts_rank_cd(%s::float4[], {PG_TABLE}.document, %s::tsquery, {PG_NORMALIZATION})",
        [PG_WEIGHTS, _pg_tsquery(query)],
        FloatField(),
    )
    ranking = [*(f"-{name}" for name in hits), "-score", "-published_at", "-pk"]
    return matches.annotate(**hits, score=score).order_by(*ranking)


def _sqlite_ranked(
    query: ParsedQuery, articles: QuerySet[Article], *, newest: bool = False
) -> list[tuple[int, int]]:
    """(id, total) of `articles` matching `query` on SQLite, ranked: the tiers of
    `RankedMatches` (all the words in the title and the summary, the title, the summary,
    elsewhere), then the words typed together in the text, then FTS5's bm25 with the
    fields' weights, then newest."""
    allowed, allowed_params = articles.order_by().values("pk").query.sql_with_params()
    bm25 = f"bm25({FTS_TABLE}, {', '.join(map(str, FTS_WEIGHTS))})"
    in_field = [
        f"a.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)"
        for _column in FIELD_MARKS
    ]
    with connection.cursor() as cursor:
        # One statement: the matches among `articles`, their score, whether all the words
        # are in the title and in the summary, and their date.
        cursor.execute(
            f"SELECT a.id, {bm25}, {', '.join(in_field)}, a.published_at "
            f"FROM {FTS_TABLE} JOIN {Article._meta.db_table} a ON a.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND a.id IN ({allowed})",
            [*(_fts_match(query, c) for c in FIELD_MARKS), _fts_match(query), *allowed_params],
        )
        found_rows = cursor.fetchall()
    scores = {pk: score for pk, score, *_rest in found_rows}
    title = {pk for pk, _score, in_title, *_rest in found_rows if in_title}
    summary = {pk for pk, _score, _in_title, in_summary, _at in found_rows if in_summary}
    published = {pk: at for pk, *_rest, at in found_rows}
    together: set[int] = set()
    # The words typed next to each other, in order: FTS5's bm25 knows no proximity, so it is
    # read from the text, for a bounded number of matches.
    run = tuple(word for clause in query.clauses for word in clause[0])
    wanted = query.has_phrases or (
        not newest and len(run) > 1 and len(scores) <= PROXIMITY_CANDIDATES
    )
    rows: list[tuple[int, Any]] = []
    if wanted:
        texts = Article.objects.filter(pk__in=scores).only("pk", "title", "summary", "body")
        for article in texts.iterator(chunk_size=500):
            if query.has_phrases and not _has_phrases(article, query):
                continue
            rows.append((article.pk, published[article.pk]))
            if len(run) > 1 and _has_phrases(article, ParsedQuery(((run,),))):
                together.add(article.pk)
    else:
        rows = list(published.items())

    # Newest first, then (a stable sort) by rank: ties stay newest first.
    rows.sort(key=lambda row: (str(row[1] or ""), row[0]), reverse=True)
    if not newest:

        def rank(row: tuple[int, Any]) -> tuple:
            pk = row[0]
            tier = (pk not in title) * 2 + (pk not in summary)
            return (tier, pk not in together, scores[pk])

        rows.sort(key=rank)
    return [(pk, len(rows)) for pk, _published_at in rows]


def ranked_ids(
    query: ParsedQuery, within: QuerySet[Article] | None = None, *, newest: bool = False
) -> list[tuple[int, int]] | RankedMatches:
    """(id, number of matches) of the public articles matching `query`, by relevance (or
    newest first), among `within` (articles filtered by tag, source, dates...) when given.
    Sliced, it reads one page of them.

    On PostgreSQL it reads the search table alone (its `public_at` says which rows are
    public), never an article per match, and never more than the page needs (see
    `RankedMatches`).
    """
    articles = within if within is not None else Article.objects.published()
    if not query:
        return []
    if connection.vendor != "postgresql":
        return _sqlite_ranked(query, articles, newest=newest)
    entries = SearchEntry.objects.filter(public_at__lte=timezone.now())
    if within is not None:
        entries = entries.filter(article__in=within.values("pk"))
    return RankedMatches(entries, query, newest=newest)


# A query word's alternatives (clitic readings, hamza spellings) are mostly found in the
# same documents, but the planner adds up their frequencies and, past about half the table,
# scans it whole, reading every document out of line: 2 s at 100,000 articles for
# «والحكومة», against 70 ms through the GIN index. The ranking never wants that scan.
PLANNER_SETTINGS = "SET LOCAL enable_seqscan = off; "

# Stands for a tier's tsquery in the SQL compiled once for every tier.
_ANY_TSQUERY = "\x00any tsquery\x00"


class RankedMatches:
    """A PostgreSQL search's matches in rank order, as (id, total) rows, read by slices.

    The ranking has four tiers: all the query's words in the title and in the summary, in
    the title only, in the summary only, elsewhere (the fields' weights, and the coverage
    of every word by one field). Within a tier, the newest `RELEVANCE_WINDOW` matches are
    ordered by `ts_rank_cd` (weights title > summary > body; words close together score
    higher), then the rest newest first. The index answers which tier a match is in (the
    marked terms, see `tsvector_literal`), so each tier is a query of its own, and a tier is
    read only when the tiers above it hold fewer rows than the slice reaches (a one-time
    filter: PostgreSQL skips the scan). The first page of a common word reads its top tier,
    scores at most `RELEVANCE_WINDOW` documents and counts the rest. One statement,
    whatever the slice. With `newest`, every match is read once, counted and sorted.
    """

    ORDER = "public_at DESC, article_id DESC"

    def __init__(self, entries: QuerySet, query: ParsedQuery, *, newest: bool = False) -> None:
        self.entries = entries
        self.query = query
        self.newest = newest

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
        rows = self.entries.filter(document__matches=_ANY_TSQUERY).values(
            "article_id", "public_at", "document"
        )
        sql, params = rows.query.get_compiler(using=rows.db).as_sql()
        return lambda tsquery: (sql, [tsquery if p == _ANY_TSQUERY else p for p in params])

    def _tier(self, rank: int, sql: str, gate: str) -> str:
        newest = f"SELECT * FROM ({sql}) AS matches {gate}ORDER BY {self.ORDER} LIMIT %s"
        return (
            f"SELECT {rank} AS rank, article_id, public_at, CASE WHEN n <= {RELEVANCE_WINDOW} "
            f"THEN ts_rank_cd(%s::float4[], document, %s::tsquery, {PG_NORMALIZATION}) "
            "ELSE -1 END AS score "
            f"FROM (SELECT *, row_number() OVER (ORDER BY {self.ORDER}) AS n "
            f"FROM ({newest}) AS newest) AS numbered"
        )

    def _statement(self, start: int, stop: int) -> tuple[str, list[Any]]:
        matching = self._matching()
        every = _pg_tsquery(self.query)
        every_sql, every_params = matching(every)
        if self.newest:
            # Every match is read for the count anyway: read them once, count and sort them.
            return (
                f"WITH every AS MATERIALIZED (SELECT article_id, public_at FROM ({every_sql}) m) "
                "SELECT (SELECT count(*) FROM every), "
                f"ARRAY(SELECT article_id FROM every ORDER BY {self.ORDER} LIMIT %s OFFSET %s)",
                [*every_params, stop - start, start],
            )
        ctes: list[str] = []
        params: list[Any] = []
        above: list[str] = []
        for rank, tsquery in enumerate(self._tiers()):
            sql, tier_params = matching(tsquery)
            gate = f"WHERE {' + '.join(above)} < %s " if above else ""
            ctes.append(f"tier{rank} AS MATERIALIZED ({self._tier(rank, sql, gate)})")
            window = max(stop, RELEVANCE_WINDOW)
            params += [PG_WEIGHTS, every, *tier_params, *([stop] if above else []), window]
            above.append(f"(SELECT count(*) FROM tier{rank})")
        tiers = " UNION ALL ".join(f"SELECT * FROM tier{rank}" for rank in range(len(ctes)))
        return (
            f"WITH {', '.join(ctes)} "
            f"SELECT (SELECT count(*) FROM ({every_sql}) AS matches), "
            f"ARRAY(SELECT article_id FROM ({tiers}) AS ranked "
            f"ORDER BY rank, score DESC, {self.ORDER} LIMIT %s OFFSET %s)",
            [*params, *every_params, stop - start, start],
        )

    def __getitem__(self, rows: slice) -> list[tuple[int, int]]:
        start, stop = rows.start or 0, rows.stop
        sql, params = self._statement(start, stop)
        with connections[self.entries.db].cursor() as cursor:
            # Sent with the statement, in one round trip (psycopg binds parameters on the
            # client, so a query string may hold two statements; they run as one
            # transaction, which SET LOCAL lasts for).
            cursor.execute(PLANNER_SETTINGS + sql, params)
            cursor.nextset()
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
    query = ParsedQuery.of_terms([t for t in terms if t])
    if not query:
        return Article.objects.none()
    return Article.objects.filter(pk__in=_matching(query, any_clause=True))
