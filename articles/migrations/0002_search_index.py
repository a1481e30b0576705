"""The full-text index: a tsvector table with a GIN index on PostgreSQL, FTS5 on SQLite.

Neither is a Django model: the rows are derived from articles by `articles.search`.
"""

from django.db import migrations

PG_CREATE = """
CREATE TABLE articles_search (
    article_id bigint PRIMARY KEY REFERENCES articles_article (id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    document tsvector NOT NULL
);
CREATE INDEX articles_search_document ON articles_search USING gin (document);
"""
PG_DROP = "DROP TABLE IF EXISTS articles_search;"

SQLITE_CREATE = [
    # The terms contain only letters and digits; unicode61 splits them on spaces.
    "CREATE VIRTUAL TABLE articles_search_fts USING fts5("
    "title, summary, body, "
    "tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* M* Co'\")",
    "CREATE TRIGGER articles_search_fts_delete AFTER DELETE ON articles_article BEGIN "
    "DELETE FROM articles_search_fts WHERE rowid = old.id; END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS articles_search_fts_delete",
    "DROP TABLE IF EXISTS articles_search_fts",
]


def create(apps, schema_editor):
    statements = [PG_CREATE] if schema_editor.connection.vendor == "postgresql" else SQLITE_CREATE
    for sql in statements:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    statements = [PG_DROP] if schema_editor.connection.vendor == "postgresql" else SQLITE_DROP
    for sql in statements:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
