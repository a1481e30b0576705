"""Index rows follow their articles: deleted with them, emptied with a flush."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from articles import search
from articles.models import Article
from tests.factories import make_article


def _rows() -> int:
    table = search.PG_TABLE if connection.vendor == "postgresql" else search.FTS_TABLE
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        return cursor.fetchone()[0]


@pytest.mark.django_db
def test_deleting_an_article_deletes_its_index_row():
    article = make_article(title="خبر سيحذف من الفهرس")
    search.index_article(article)
    assert _rows() == 1
    Article.objects.filter(pk=article.pk).delete()
    assert _rows() == 0


@pytest.mark.django_db(transaction=True)
def test_a_flush_empties_the_articles_and_their_index():
    search.index_article(make_article())
    call_command("flush", interactive=False, stdout=io.StringIO())
    assert not Article.objects.exists()
    assert _rows() == 0
