"""Each page runs the same number of queries with 1 article as with 30."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db


def _populate(n: int):
    source = make_source()
    author = make_author(source=source)
    tags = [make_tag() for _ in range(n)]
    entities = [make_entity() for _ in range(n)]
    articles = [
        make_article(source=source, authors=[author, make_author()], tags=tags, entities=entities)
        for _ in range(n)
    ]
    return articles[0], tags[0], entities[0], author, source


def _urls(article, tag, entity, author, source):
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "entity": entity.get_absolute_url(),
        "author": author.get_absolute_url(),
        "source": source.get_absolute_url(),
        "tags": "/tags/",
        "entities": "/entities/",
    }


def _count(client, url) -> int:
    cache.clear()  # measure the cold path every time
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_content(client):
    # Two of each, so that every panel of a page (co-mentioned entities...) has something.
    small = {k: _count(client, u) for k, u in _urls(*_populate(2)).items()}
    large = {k: _count(client, u) for k, u in _urls(*_populate(30)).items()}
    assert small == large
    listings = {name: n for name, n in large.items() if name != "article"}
    assert max(listings.values()) <= 15  # the entity page: its list and five panels
    # An article's first reader renders it and stores it (storedpages): the article with its
    # byline, tags, links and corrections, related reading, then the page in a transaction.
    assert large["article"] <= 17


def test_a_stored_article_page_is_one_query(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    article, *_ = _populate(30)
    url = article.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert article.title in response.text
    assert len(queries) == 1
