"""Sources join the listing index, every subject keeps its count of listed articles, and
the public article indexes leave the trash out.

Index pages, sitemaps and the search form's sources read `listed_articles` instead of
counting each subject's articles per request (at 100,000 articles, the entity index's
count ran for over an hour). The data is written in SQL that SQLite and PostgreSQL both
run; PostgreSQL then refreshes the listing table's statistics, which the new rows change.
"""

from django.conf import settings
from django.db import migrations, models

from ._postgres import postgres_only

SUBJECTS = {
    "t": "articles_tag",
    "e": "articles_entity",
    "a": "articles_author",
    "s": "articles_source",
}


def list_sources_and_count(apps, schema_editor) -> None:
    schema_editor.execute(
        "INSERT INTO articles_listingentry (kind, subject_id, article_id, published_at) "
        "SELECT 's', source_id, id, published_at FROM articles_article "
        "WHERE status = 'published' AND published_at IS NOT NULL AND deleted_at IS NULL "
        "AND source_id IS NOT NULL"
    )
    for kind, table in SUBJECTS.items():
        schema_editor.execute(
            f"UPDATE {table} SET listed_articles = (SELECT COUNT(*) FROM articles_listingentry l "
            f"WHERE l.kind = '{kind}' AND l.subject_id = {table}.id)"
        )


def unlist_sources(apps, schema_editor) -> None:
    schema_editor.execute("DELETE FROM articles_listingentry WHERE kind = 's'")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0012_search_marked_fields"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="article",
            name="article_public_latest",
        ),
        migrations.RemoveIndex(
            model_name="article",
            name="article_source_latest",
        ),
        migrations.AddField(
            model_name="author",
            name="listed_articles",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="entity",
            name="listed_articles",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="source",
            name="listed_articles",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="tag",
            name="listed_articles",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(list_sources_and_count, unlist_sources),
        postgres_only("ANALYZE articles_listingentry", "ANALYZE articles_listingentry"),
        migrations.AlterField(
            model_name="listingentry",
            name="kind",
            field=models.CharField(
                choices=[("t", "Tag"), ("e", "Entity"), ("a", "Author"), ("s", "Source")],
                max_length=1,
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("deleted_at__isnull", True), ("status", "published")),
                fields=["-published_at", "-id"],
                name="article_public_latest",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("deleted_at__isnull", True), ("status", "published")),
                fields=["source", "-published_at", "-id"],
                name="article_source_latest",
            ),
        ),
        migrations.AddIndex(
            model_name="entity",
            index=models.Index(
                condition=models.Q(("listed_articles__gt", 0)),
                fields=["sort_key", "name_key"],
                name="entity_listed_order",
            ),
        ),
        migrations.AddIndex(
            model_name="entity",
            index=models.Index(
                condition=models.Q(("listed_articles__gt", 0)),
                fields=["kind", "sort_key", "name_key"],
                name="entity_listed_kind_order",
            ),
        ),
        migrations.AddIndex(
            model_name="tag",
            index=models.Index(
                condition=models.Q(("listed_articles__gt", 0)),
                fields=["sort_key", "name_key"],
                name="tag_listed_order",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("deleted_at__isnull", True), ("status", "published")),
                fields=["id", "published_at"],
                name="article_public_ids",
            ),
        ),
    ]
