"""Arabic search: `query` (what the reader typed), `aliases` (Latin names of entities in a
query), `index` (the terms kept per article, on PostgreSQL and SQLite), `ranking` (matches in
rank order), `snippets` (the words around a match)."""

from .aliases import parse_query, with_entity_names
from .index import (
    FIELDS,
    FTS_TABLE,
    PG_PUBLIC_AT,
    PG_TABLE,
    SUMMARY_MARK,
    TITLE_MARK,
    Terms,
    article_terms,
    fts_text,
    index_article,
    index_articles,
    index_terms,
    keep_fts_in_step,
    pg_row,
    reindex_all,
    tsvector_literal,
)
from .query import MAX_QUERY_CHARS, MAX_QUERY_TERMS, ParsedQuery
from .ranking import RELEVANCE_WINDOW, RankedMatches, candidates_for_names, ranked_ids, search
from .snippets import Highlighter

__all__ = [
    "FIELDS",
    "FTS_TABLE",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TERMS",
    "PG_PUBLIC_AT",
    "PG_TABLE",
    "RELEVANCE_WINDOW",
    "SUMMARY_MARK",
    "TITLE_MARK",
    "Highlighter",
    "ParsedQuery",
    "RankedMatches",
    "Terms",
    "article_terms",
    "candidates_for_names",
    "fts_text",
    "index_article",
    "index_articles",
    "index_terms",
    "keep_fts_in_step",
    "parse_query",
    "pg_row",
    "ranked_ids",
    "reindex_all",
    "search",
    "tsvector_literal",
    "with_entity_names",
]
