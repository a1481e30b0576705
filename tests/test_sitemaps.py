"""Sitemaps and robots.txt, read with lxml as a crawler reads them."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from articles import changes, sitemaps
from articles.models import Article, ArticleEntity
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def _path(url: str) -> str:
    return url.removeprefix(SITE)


def _xml(client, url: str) -> etree._Element:
    response = client.get(_path(url))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def _index_locations(client) -> list[str]:
    index = _xml(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    for entry in index.findall("sm:sitemap", NS):
        assert entry.findtext("sm:lastmod", namespaces=NS), "every section has a lastmod"
    return index.xpath("sm:sitemap/sm:loc/text()", namespaces=NS)


def _all_urls(client) -> list[str]:
    urls = []
    for location in _index_locations(client):
        assert location.startswith(SITE + "/sitemap-")
        for url in _xml(client, location).findall("sm:url", NS):
            loc = url.findtext("sm:loc", namespaces=NS)
            assert loc and url.findtext("sm:lastmod", namespaces=NS), loc
            urls.append(loc)
    return urls


def test_the_index_has_a_section_for_articles_tags_entities_authors_and_sources(client):
    make_article(tags=[make_tag()], entities=[make_entity()], authors=[make_author()])
    sections = [urlsplit(loc).path for loc in _index_locations(client)]
    assert sections == [
        "/sitemap-articles.xml",
        "/sitemap-tags.xml",
        "/sitemap-entities.xml",
        "/sitemap-authors.xml",
        "/sitemap-sources.xml",
    ]


def test_the_sitemaps_list_every_public_article_once_and_nothing_private(client, seed_article):
    public = [make_article() for _ in range(3)]
    draft = make_article(status=Article.Status.DRAFT)
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1))
    urls = _all_urls(client)
    article_urls = [url for url in urls if "/articles/" in url]
    expected = [SITE + a.get_absolute_url() for a in [seed_article, *public]]
    assert sorted(article_urls) == sorted(expected)
    assert len(urls) == len(set(urls)), "no page is listed twice"
    for hidden in (draft, scheduled):
        assert SITE + hidden.get_absolute_url() not in urls


def test_listing_pages_are_listed_only_when_they_have_public_articles(client):
    tag, empty_tag = make_tag("اقتصاد"), make_tag("وسم بلا مقالات")
    entity, removed_entity = make_entity("موسكو"), make_entity("كييف")
    author, source = make_author(), make_source()
    article = make_article(
        tags=[tag], entities=[entity, removed_entity], authors=[author], source=source
    )
    ArticleEntity.objects.filter(article=article, entity=removed_entity).update(removed=True)
    changes.articles_changed([article.pk])  # what the admin and the linker do after such a change
    make_article(tags=[empty_tag], status=Article.Status.DRAFT)
    urls = _all_urls(client)
    for listed in (tag, entity, author, source):
        assert SITE + listed.get_absolute_url() in urls
    for unlisted in (empty_tag, removed_entity):
        assert SITE + unlisted.get_absolute_url() not in urls


def test_a_listing_lastmod_is_its_newest_articles_date(client):
    tag = make_tag()
    make_article(tags=[tag], published_at=timezone.now() - timedelta(days=9))
    newest = make_article(tags=[tag], published_at=timezone.now() - timedelta(days=2))
    entry = _xml(client, "/sitemap-tags.xml").find("sm:url", NS)
    local = timezone.localtime(newest.published_at)
    assert entry.findtext("sm:lastmod", namespaces=NS) == f"{local:%Y-%m-%d}"


def test_a_section_over_the_limit_is_split_into_pages_in_the_index(client, monkeypatch):
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    articles = [make_article() for _ in range(5)]
    # Page N holds the articles whose ids are the Nth block of two.
    blocks = sorted({(article.pk - 1) // 2 + 1 for article in articles})
    locations = _index_locations(client)
    expected = [
        f"{SITE}/sitemap-articles.xml" + ("" if page == 1 else f"?p={page}")
        for page in range(blocks[0], blocks[-1] + 1)
    ]
    assert [loc for loc in locations if "articles" in loc] == expected
    urls = _all_urls(client)
    assert sorted(u for u in urls if "/articles/" in u) == sorted(
        SITE + a.get_absolute_url() for a in articles
    )
    assert client.get(f"/sitemap-articles.xml?p={blocks[-1] + 1}").status_code == 404
    assert client.get("/sitemap-articles.xml?p=x").status_code == 404
    assert client.get("/sitemap-articles.xml?p=99999999999999999999").status_code == 404
    assert client.get("/sitemap-nonsense.xml").status_code == 404


def test_an_article_keeps_its_sitemap_page_as_the_archive_grows(client, monkeypatch):
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    first = make_article()
    page = (first.pk - 1) // 2 + 1
    before = client.get(f"/sitemap-articles.xml?p={page}").content
    for _ in range(4):
        make_article()
    assert (
        SITE + first.get_absolute_url()
        in client.get(f"/sitemap-articles.xml?p={page}").content.decode()
    )
    assert SITE.encode() + first.get_absolute_url().encode() in before


def test_a_file_holds_no_more_urls_than_the_protocol_allows_nor_more_than_renders_quickly():
    assert all(0 < section.limit <= 500 for section in sitemaps.SECTIONS.values())


def test_the_news_sitemap_has_the_last_48_hours_in_google_news_format(client):
    now = timezone.now()
    recent = make_article(title="خبر <اليوم> & الآن", published_at=now - timedelta(hours=3))
    yesterday = make_article(published_at=now - timedelta(hours=40))
    make_article(title="خبر قديم", published_at=now - timedelta(hours=49))
    make_article(status=Article.Status.DRAFT, published_at=now - timedelta(hours=1))
    root = _xml(client, "/news-sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}urlset"
    urls = root.findall("sm:url", NS)
    assert [u.findtext("sm:loc", namespaces=NS) for u in urls] == [
        SITE + recent.get_absolute_url(),
        SITE + yesterday.get_absolute_url(),
    ]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "قارئ الأخبار"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "ar"
    assert news.findtext("news:title", namespaces=NS) == "خبر <اليوم> & الآن"
    published = news.findtext("news:publication_date", namespaces=NS)
    assert published == timezone.localtime(recent.published_at).isoformat(timespec="seconds")


def test_the_news_sitemap_holds_at_most_1000_articles(client, monkeypatch):
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 3)
    for hours in range(5):
        make_article(published_at=timezone.now() - timedelta(hours=hours + 1))
    urls = _xml(client, "/news-sitemap.xml").findall("sm:url", NS)
    assert len(urls) == 3


def test_robots_txt_names_both_sitemaps_with_absolute_urls(client):
    response = client.get("/robots.txt", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert f"Sitemap: {SITE}/news-sitemap.xml" in lines


def test_sitemaps_run_the_same_queries_for_1_or_30_articles(client):
    def counts():
        result = []
        for path in ("/sitemap.xml", "/news-sitemap.xml", *map(_path, _index_locations(client))):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200
            result.append(len(queries))
        return result

    make_article(tags=[make_tag()], entities=[make_entity()], authors=[make_author()])
    small = counts()
    for _ in range(29):
        make_article(tags=[make_tag()], entities=[make_entity()], authors=[make_author()])
    assert counts() == small


def test_the_index_reads_scheduled_articles_once_for_every_section(client):
    """Which subjects have only scheduled articles is read in one query for the tags,
    entities, authors and sources together (four queries were a third of the index's time
    at 100,000 articles), and still decides which sections' pages are listed."""
    tag, entity = make_tag("اقتصاد"), make_entity("موسكو")
    make_article(tags=[tag], entities=[entity], authors=[make_author()], source=make_source())
    soon = make_tag("وسم مجدول")
    make_article(tags=[soon], published_at=timezone.now() + timedelta(hours=1))
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap.xml").status_code == 200
    listing_reads = [q for q in queries if "articles_listingentry" in q["sql"]]
    assert len(listing_reads) == 1
    assert SITE + soon.get_absolute_url() not in _all_urls(client)
    assert SITE + tag.get_absolute_url() in _all_urls(client)
