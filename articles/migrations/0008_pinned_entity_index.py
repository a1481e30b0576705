"""Indexes for two pages that must not read a whole table at newsroom scale.

* `link_entity_about`: the few articles pinned as being *about* an entity, which its page
  lists first.
* On PostgreSQL, a trigram index on the folded title, so the admin's search («احمد» finds
  «أحمد»: a substring of `title_key`) is an index lookup over 100,000 articles, not a scan.
"""

from django.db import migrations, models

TRIGRAM_INDEX = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS article_title_key_trgm ON articles_article "
    "USING gin (title_key gin_trgm_ops)",
]


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in TRIGRAM_INDEX:
            schema_editor.execute(sql)


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_title_key_trgm")


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_performance")]

    operations = [
        migrations.AddIndex(
            model_name="articleentity",
            index=models.Index(
                condition=models.Q(("is_about", True), ("removed", False)),
                fields=["entity", "article"],
                name="link_entity_about",
            ),
        ),
        migrations.RunPython(add_trigram_index, drop_trigram_index),
    ]
