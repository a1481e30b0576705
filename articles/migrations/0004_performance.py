"""Performance at newsroom scale (issue 7).

* `SearchEntry`: the ORM's view of PostgreSQL's search table (created in 0002, not managed),
  so search can join it; and its new `head` column, the title and summary terms alone
  (filled from the existing documents), which ranks matches without reading documents.
* An index on the tag links by tag, then article: a tag page reads only the index.
"""

import django.db.models.deletion
from django.db import migrations, models

import articles.models

PG_HEAD = [
    "ALTER TABLE articles_search ADD COLUMN head tsvector NOT NULL DEFAULT ''",
    "UPDATE articles_search SET head = ts_filter(document, '{a,b}')",
]
PG_HEAD_DROP = ["ALTER TABLE articles_search DROP COLUMN head"]
TAG_INDEX = (
    "CREATE INDEX article_tags_by_tag ON articles_article_tags (tag_id, article_id)",
    "DROP INDEX article_tags_by_tag",
)


def add_head(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_HEAD:
            schema_editor.execute(sql)


def drop_head(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_HEAD_DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("articles", "0003_verbose_names")]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        db_column="article_id",
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="articles.article",
                    ),
                ),
                ("document", articles.models.TsVectorField()),
                ("head", articles.models.TsVectorField()),
            ],
            options={"db_table": "articles_search", "managed": False},
        ),
        migrations.RunPython(add_head, drop_head),
        migrations.RunSQL(*TAG_INDEX),
    ]
