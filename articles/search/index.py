"""Arabic full-text search on PostgreSQL (tsvector + GIN) and SQLite (FTS5).

Both databases index the same terms, produced by `arabic.document_terms`: every word
normalised (hamza, taa marbuta, alef maqsura, tashkeel, tatweel, digits, Latin case) and
stored with each of its proclitic readings (وبالشراكة → وبالشراكه، بالشراكه، شراكه), so
a query word — looked up as its few alternatives (`text.searchwords`: its own ال dropped,
the proclitics the reader typed tried off, its hamza spellings) — finds the text's word
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

from collections.abc import Iterable
from functools import lru_cache

from django.db import connection, connections

from ..models import Article
from ..text.normalize import document_terms

PG_TABLE = "articles_search"

FTS_TABLE = "articles_search_fts"

FIELDS = (("title", "A"), ("summary", "B"), ("body", "C"))

# PostgreSQL tsvector positions stop at 16383; later words share the last position.
_MAX_POSITION = 16383

# The marks of a title's and a summary's terms in PostgreSQL's index. A term never holds
# a colon (the tokenizer splits on it), so a marked term is never a word of the text.
TITLE_MARK, SUMMARY_MARK = "T:", "S:"

FIELD_MARKS = {"title": TITLE_MARK, "summary": SUMMARY_MARK}

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
        labels, mark = _POSITION_LABELS[weight], FIELD_MARKS.get(name)
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
