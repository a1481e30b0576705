"""Every public page is served from indexes: never a sequential scan of a table that grows
with the archive (articles, their links, tags and bylines, the listing and search indexes).

PostgreSQL only, on a generated archive large enough that the planner would read a whole
table for these queries if the indexes (or the maintained counts) were missing.
"""

import json

import pytest
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from articles import sitemaps
from articles.corpus.generate import CorpusSpec, generate_corpus
from articles.models import Article, Author, Entity, Source, Tag

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans of PostgreSQL"),
]

ARTICLES = 20_000


def _busiest(model, relation: str):
    return model.objects.annotate(n=Count(relation)).order_by("-n").first()


def _sitemap_page(article) -> int:
    """The article sitemap's page that lists `article` (ids come in blocks)."""
    return (article.pk - 1) // sitemaps.ArticleSitemap.limit + 1


def _plan_nodes(node: dict):
    yield node
    for child in node.get("Plans", []):
        yield from _plan_nodes(child)


# Tables whose size grows with the archive.
LARGE = {
    "articles_article",
    "articles_articleentity",
    "articles_article_tags",
    "articles_articleauthor",
    "articles_listingentry",
    "articles_search",
}


def _seq_scans_of_large_tables(sql: str) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return [
        node["Relation Name"]
        for node in _plan_nodes(plan[0]["Plan"])
        if node["Node Type"] == "Seq Scan" and node.get("Relation Name") in LARGE
    ]


def test_no_public_page_scans_a_table_that_grows_with_the_archive(client):
    generate_corpus(CorpusSpec(articles=ARTICLES, entities=400, tags=100, batch=2000))
    assert Article.objects.count() == ARTICLES
    tag = _busiest(Tag, "articles")
    entity = _busiest(Entity, "article_links")
    author = _busiest(Author, "bylines")
    source = _busiest(Source, "articles")
    article = Article.objects.for_listing().first()
    urls = [
        "/",
        "/latest/",
        "/latest/?page=300",
        article.get_absolute_url(),
        article.get_short_url(),
        "/tags/",
        "/entities/",
        "/entities/?page=3",
        "/entities/?kind=person",
        tag.get_absolute_url(),
        tag.get_absolute_url() + "?page=200",
        entity.get_absolute_url(),
        entity.get_absolute_url() + "?page=30",
        author.get_absolute_url(),
        source.get_absolute_url() + "?page=50",
        "/feed/",
        tag.get_absolute_url() + "feed/",
        entity.get_absolute_url() + "feed/",
        author.get_absolute_url() + "feed/",
        source.get_absolute_url() + "feed/",
        "/sitemap.xml",
        f"/sitemap-articles.xml?p={_sitemap_page(Article.objects.order_by('pk').first())}",
        f"/sitemap-articles.xml?p={_sitemap_page(article)}",
        "/sitemap-tags.xml",
        "/sitemap-entities.xml",
        "/sitemap-authors.xml",
        "/sitemap-sources.xml",
        "/news-sitemap.xml",
        "/search/?q=" + "التضخم",
        "/search/?q=" + "أسعار النفط",
        "/search/?q=" + "النفط" + "&page=10",
    ]
    offenders = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code in (200, 301), url
        for query in queries.captured_queries:
            sql = query["sql"]
            if sql.startswith(("SELECT", "WITH")) and (scans := _seq_scans_of_large_tables(sql)):
                offenders.append(f"{url}: {scans}: {sql[:300]}")
    assert not offenders, "\n".join(offenders)
