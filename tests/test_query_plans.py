"""Listings and search are served from indexes: never a sequential scan of the articles.

PostgreSQL only, on a generated archive large enough that the planner would read the whole
article table for these queries if the indexes were missing.
"""

import json

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from articles.generate import CorpusSpec, generate_corpus
from articles.models import Article, Author, Entity, Source, Tag

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans of PostgreSQL"),
]

ARTICLES = 20_000


def _busiest(model, relation: str):
    return model.objects.annotate(n=Count(relation)).order_by("-n").first()


def _plan_nodes(node: dict):
    yield node
    for child in node.get("Plans", []):
        yield from _plan_nodes(child)


def _seq_scans_of_articles(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return [
        node["Node Type"]
        for node in _plan_nodes(plan[0]["Plan"])
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") == "articles_article"
    ]


def test_listing_and_search_queries_never_scan_the_article_table(client):
    generate_corpus(CorpusSpec(articles=ARTICLES, entities=400, tags=100, batch=2000))
    assert Article.objects.count() == ARTICLES
    tag = _busiest(Tag, "articles")
    urls = [
        "/",
        "/?page=300",
        tag.get_absolute_url(),
        tag.get_absolute_url() + "?page=200",
        _busiest(Entity, "article_links").get_absolute_url(),
        _busiest(Author, "bylines").get_absolute_url(),
        _busiest(Source, "articles").get_absolute_url() + "?page=50",
        "/search/?q=" + "التضخم",
        "/search/?q=" + "أسعار النفط",
        Article.objects.for_listing().first().get_absolute_url(),
    ]
    offenders = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        for query in queries.captured_queries:
            sql = query["sql"]
            touches_articles = sql.startswith("SELECT") and "articles_article" in sql
            if touches_articles and _seq_scans_of_articles(sql):
                offenders.append(f"{url}: {sql[:300]}")
    assert not offenders, "\n".join(offenders)
