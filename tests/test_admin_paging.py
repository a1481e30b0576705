"""The article list stays fast with 100,000 articles: no full COUNT(*) per page load."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from articles.newsroom import paging
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def _counts(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [q["sql"] for q in captured if "COUNT(" in q["sql"].upper()]


def test_the_list_never_counts_the_whole_table(chief_client):
    for _ in range(3):
        make_article()
    for sql in _counts(chief_client, "/admin/articles/article/"):
        # Only bounded counts (COUNT over a LIMIT subquery) or none at all.
        assert "LIMIT" in sql.upper(), sql


def test_a_filtered_list_counts_at_most_the_limit(chief_client, monkeypatch):
    monkeypatch.setattr(paging, "COUNT_LIMIT", 2)
    for _ in range(4):
        make_article()
    page = chief_client.get("/admin/articles/article/", {"status__exact": "published"})
    assert "أكثر من 2" in page.text


def test_the_plain_list_uses_the_table_estimate_on_postgresql(chief_client, monkeypatch):
    monkeypatch.setattr(paging, "table_estimate", lambda model, using="default": 123_456)
    make_article()
    sqls = _counts(chief_client, "/admin/articles/article/")
    assert sqls == []
    assert "نحو 123456" in chief_client.get("/admin/articles/article/").text


def test_the_estimate_reads_pg_class_on_postgresql():
    make_article()
    estimate = paging.table_estimate(Article)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        assert paging.table_estimate(Article) == Article.objects.count()
    else:
        assert estimate is None


def test_search_and_filters_still_work_with_the_bounded_count(chief_client):
    make_article(title="أحمد يزور القاهرة", status=Article.Status.DRAFT, published_at=None)
    make_article(title="خبر آخر")
    html = chief_client.get(
        "/admin/articles/article/", {"q": "احمد", "status__exact": "draft"}
    ).text
    assert "أحمد يزور القاهرة" in html and "خبر آخر" not in html


def test_the_date_hierarchy_finds_the_same_periods_without_reading_every_row(chief_client):
    from datetime import datetime

    from django.utils import timezone

    from articles.newsroom.datehierarchy import periods_with_rows

    for year, month, day in ((2023, 12, 31), (2024, 1, 1), (2024, 6, 26), (2024, 6, 27)):
        make_article(published_at=timezone.make_aware(datetime(year, month, day, 23, 30)))
    articles = Article.objects.live()
    for kind in ("year", "month", "day"):
        assert periods_with_rows(articles, "published_at", kind) == list(
            articles.datetimes("published_at", kind)
        ), kind
    sqls = []
    with CaptureQueriesContext(connection) as captured:
        html = chief_client.get("/admin/articles/article/").text
    sqls = [q["sql"] for q in captured if "DISTINCT" in q["sql"].upper()]
    assert sqls == []
    assert "?published_at__year=2023" in html and "?published_at__year=2024" in html
