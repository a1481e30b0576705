"""The search index follows the articles table: deleting or emptying it leaves no stale rows."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from articles import search
from tests.factories import make_article


def index_rows() -> int:
    table = search.PG_TABLE if connection.vendor == "postgresql" else search.FTS_TABLE
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_deleting_an_article_drops_its_index_row():
    kept, deleted = make_article(), make_article()
    search.index_articles([kept, deleted])
    deleted.delete()
    assert index_rows() == 1


@pytest.mark.django_db(transaction=True)
def test_flushing_the_database_empties_the_index_too():
    search.index_articles([make_article(), make_article()])
    call_command("flush", interactive=False, stdout=io.StringIO())  # TRUNCATE on PostgreSQL
    assert index_rows() == 0


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's row storage")
def test_a_long_article_keeps_its_head_as_written():
    """Ranking reads `head` of every match: compressed, it would be decompressed each time."""
    article = make_article(
        title="أسعار النفط ترتفع",
        # Many terms alike, which PostgreSQL would compress at the least excuse.
        summary=" ".join(f"المؤشر{n}" for n in range(25)),
        body="\n\n".join(
            f"فقرة رقم {n} عن أسعار النفط والأسواق والتضخم والعملات." for n in range(400)
        ),
    )
    search.index_articles([article])
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT pg_column_compression(head) FROM {search.PG_TABLE} WHERE article_id = %s",
            [article.pk],
        )
        assert cursor.fetchone() == (None,)
