"""Labels that say what they mean: pagination follows the list's order, counts read as
Arabic, dates and times as the site writes them."""

import re

import pytest

from articles.search import index_article
from tests.factories import make_article, make_entity

pytestmark = pytest.mark.django_db


def _pager(html: str) -> tuple[str, str]:
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S)
    assert nav, "no pagination"
    prev = re.search(r'rel="prev"[^>]*>([^<]+)<', nav.group(0))
    following = re.search(r'rel="next"[^>]*>([^<]+)<', nav.group(0))
    return (prev.group(1) if prev else ""), (following.group(1) if following else "")


def test_the_alphabetical_entity_index_pages_back_and_forth_not_by_date(client):
    make_article(entities=[make_entity(f"مدينة رقم {n:03d}") for n in range(101)])
    assert _pager(client.get("/entities/").text) == ("", "الصفحة التالية")
    assert _pager(client.get("/entities/?page=2").text) == ("الصفحة السابقة", "")


def test_relevance_ranked_search_pages_back_and_forth_not_by_date(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    for n in range(3):
        index_article(make_article(title=f"عاصفة رقم {n}"))
    first = client.get("/search/", {"q": "عاصفة"}).text
    assert _pager(first) == ("", "الصفحة التالية")
    second = client.get("/search/", {"q": "عاصفة", "page": 2}).text
    assert _pager(second) == ("الصفحة السابقة", "")


def test_newest_first_listings_still_page_to_older_articles(client):
    for _ in range(21):
        make_article()
    assert _pager(client.get("/").text) == ("", "الأقدم")
    assert _pager(client.get("/?page=2").text) == ("الأحدث", "")
