"""Each page runs the same number of queries with 1 article as with 30."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import search
from articles.stored import pages as storedpages
from articles.stored import panels as storedpanels
from articles.stored import sections as navigation
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
        "latest": "/latest/",
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
    # Each page is read twice: by its first reader after a change, who renders and stores
    # the cards, panels, sections and article page (storedpages, storedpanels,
    # navigation), then by the next, who reads them stored.
    def first_and_next(url: str) -> tuple[int, int]:
        storedpages.forget_all()
        storedpanels.forget_all()
        navigation.forget()
        return _count(client, url), _count(client, url)

    small = {k: first_and_next(u) for k, u in _urls(*_populate(2)).items()}
    large = {k: first_and_next(u) for k, u in _urls(*_populate(30)).items()}
    assert small == large
    first = {name: counts[0] for name, counts in large.items()}
    stored = {name: counts[1] for name, counts in large.items()}
    # The entity page, all of it rendered and stored (the header's sections with them, which
    # read the editors' choice of sections first).
    assert max(first.values()) <= 37, first
    assert max(stored.values()) <= 10, stored  # the entity page: its list and stored panels
    assert stored["article"] <= 2, stored  # the stored page (and the page cache's due time)
    assert stored["home"] <= 2, stored  # the stored front page (and the due time)


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


def test_a_search_reads_its_results_cards_with_their_texts_in_one_query(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    article, *_ = _populate(30)
    search.index_articles(type(article).objects.all())
    url = "/search/?q=" + "الخبر"
    client.get(url)  # renders and stores the cards
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.text.count('class="card-summary"') == 20
    # The ranking, the cards with the texts their snippets come from, the sources of the
    # filter (those with scheduled articles only, then the list), the header's sections.
    assert len(queries) == 5, [q["sql"][:80] for q in queries]
