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
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's tsvector")
def test_the_title_and_summary_words_are_marked_at_their_own_positions():
    """Ranking asks the index "all in the title?": the marked terms must be where the words
    are, so that a quoted phrase can be asked of the title too."""
    article = make_article(
        title="ارتفاع أسعار النفط", summary="قفزت الأسعار اليوم", body="قال المحلل إن النفط صعد."
    )
    search.index_articles([article])

    def matches(tsquery: str) -> bool:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT document @@ %s::tsquery FROM {search.PG_TABLE} WHERE article_id = %s",
                [tsquery, article.pk],
            )
            return cursor.fetchone()[0]

    assert matches("'T:اسعار' <-> 'T:نفط'")  # "أسعار النفط", next to each other
    assert matches("'S:اسعار' & 'S:يوم'")
    assert not matches("'T:قال'")  # a body word is not marked
    assert not matches("'S:نفط'")  # a title word is not a summary word
    assert matches("'قال' & 'اسعار'")  # and every word is still a word of the text
