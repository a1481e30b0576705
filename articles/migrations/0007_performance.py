"""Performance at newsroom scale (issue 7).

* `SearchEntry`: the ORM's view of PostgreSQL's search table (created in 0002, not managed),
  so search can join it; and its new `head` column, the title and summary terms alone
  (filled from the existing documents), which ranks matches without reading documents.
* An index on the tag links by tag, then article: a tag page reads only the index.
* `ListingEntry`: the listing index of tag, entity and author pages (articles/listing.py),
  filled here from the existing articles.
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


FILL_LISTING = """
INSERT INTO articles_listingentry (kind, subject_id, article_id, published_at)
SELECT 't', l.tag_id, a.id, a.published_at FROM articles_article_tags l
  JOIN articles_article a ON a.id = l.article_id
  WHERE a.status = 'published' AND a.published_at IS NOT NULL AND a.deleted_at IS NULL
UNION ALL
SELECT 'e', l.entity_id, a.id, a.published_at FROM articles_articleentity l
  JOIN articles_article a ON a.id = l.article_id
  WHERE NOT l.removed AND a.status = 'published' AND a.published_at IS NOT NULL
    AND a.deleted_at IS NULL
UNION ALL
SELECT 'a', l.author_id, a.id, a.published_at FROM articles_articleauthor l
  JOIN articles_article a ON a.id = l.article_id
  WHERE a.status = 'published' AND a.published_at IS NOT NULL AND a.deleted_at IS NULL
"""


# Kinds and subjects are correlated (tag 1 and entity 1 are different subjects): without
# joint statistics the planner's page-count estimates are off by a third.
LISTING_STATISTICS = (
    "CREATE STATISTICS listing_kind_subject (mcv) ON kind, subject_id FROM articles_listingentry",
    "DROP STATISTICS listing_kind_subject",
)


def listing_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(LISTING_STATISTICS[0])


def drop_listing_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(LISTING_STATISTICS[1])


def add_head(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_HEAD:
            schema_editor.execute(sql)


def drop_head(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_HEAD_DROP:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("articles", "0006_search_index_follows_articles")]

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
        migrations.CreateModel(
            name="ListingEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("t", "Tag"), ("e", "Entity"), ("a", "Author")], max_length=1
                    ),
                ),
                ("subject_id", models.BigIntegerField()),
                ("published_at", models.DateTimeField()),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="articles.article",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(
                        fields=["kind", "subject_id", "-published_at", "-article"],
                        name="listing_latest",
                    )
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("kind", "subject_id", "article"), name="listing_unique_article"
                    )
                ],
            },
        ),
        migrations.RunSQL(FILL_LISTING, migrations.RunSQL.noop),
        migrations.RunPython(listing_statistics, drop_listing_statistics),
    ]
