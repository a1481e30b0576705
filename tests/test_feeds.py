"""RSS 2.0 feeds for the site and each tag, entity, author and source, read by feedparser."""

from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from articles import changes
from articles.models import Article, ArticleEntity
from articles.stored import freshness as renderer
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db

SITE = "https://news.example.org"


def _feed(client, path: str) -> feedparser.FeedParserDict:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    assert parsed.version == "rss20"
    return parsed


def _subjects():
    tag, entity = make_tag("اقتصاد"), make_entity("القاهرة")
    author, source = make_author("أحمد أنور"), make_source("القاهرة الإخبارية")
    return tag, entity, author, source


def _feed_paths(tag, entity, author, source) -> list[str]:
    return ["/feed/"] + [f"{s.get_absolute_url()}feed/" for s in (tag, entity, author, source)]


def test_every_feed_parses_without_error_and_has_the_articles_fields(client, seed_article):
    tag = seed_article.tags.first()
    entity = seed_article.entities.get(name="موسكو")
    author = seed_article.authors.get()
    for path in _feed_paths(tag, entity, author, seed_article.source):
        feed = _feed(client, path)
        assert feed.feed.language == "ar"
        assert feed.feed.link.startswith(SITE + "/")
        (entry,) = feed.entries
        assert entry.title == seed_article.title
        assert entry.link == SITE + seed_article.get_absolute_url()
        assert entry.id == f"{SITE}/a/{seed_article.pk}"
        assert entry.published_parsed[:3] == (2024, 6, 26)
        assert entry.author == "أحمد أنور"
        assert [t.term for t in entry.tags] == [
            "الحرب الروسية الأوكرانية",
            "العلاقات الأمريكية الروسية",
            "سياسة دولية",
        ]
        assert entry.summary.startswith("بعد صمت طويل بين وزارتي الدفاع")


def test_a_subject_feed_holds_only_its_own_articles(client):
    tag, entity, author, source = _subjects()
    mine = make_article(title="خبر الموضوع", tags=[tag], entities=[entity], authors=[author])
    mine.source = source
    mine.save()
    changes.articles_changed([mine.pk])  # what the admin does after such a change
    other = make_article(title="خبر آخر")
    for path in _feed_paths(tag, entity, author, source)[1:]:
        titles = [entry.title for entry in _feed(client, path).entries]
        assert titles == ["خبر الموضوع"], path
    assert {e.title for e in _feed(client, "/feed/").entries} == {mine.title, other.title}
    feed = _feed(client, f"{tag.get_absolute_url()}feed/")
    assert feed.feed.title == "اقتصاد — قارئ الأخبار"
    assert unquote(feed.feed.link) == f"{SITE}/tags/اقتصاد/"


def test_feeds_show_only_published_articles_newest_first(client):
    tag = make_tag()
    now = timezone.now()
    older = make_article(title="الأقدم", tags=[tag], published_at=now - timedelta(days=2))
    newer = make_article(title="الأحدث", tags=[tag], published_at=now - timedelta(hours=1))
    make_article(title="مسودة", tags=[tag], status=Article.Status.DRAFT)
    make_article(title="مجدول", tags=[tag], published_at=now + timedelta(hours=1))
    for path in ("/feed/", f"{tag.get_absolute_url()}feed/"):
        assert [e.title for e in _feed(client, path).entries] == [newer.title, older.title]


def test_an_entity_feed_leaves_out_links_an_editor_removed(client):
    entity = make_entity("موسكو")
    kept = make_article(title="خبر عن موسكو", entities=[entity])
    removed = make_article(title="خبر أزيل ربطه", entities=[entity])
    ArticleEntity.objects.filter(article=removed).update(removed=True)
    changes.articles_changed([removed.pk])  # what the admin does after such a change
    entries = _feed(client, f"{entity.get_absolute_url()}feed/").entries
    assert [e.title for e in entries] == [kept.title]


def test_markup_in_a_summary_stays_text(client):
    make_article(title="عنوان <b>عريض</b> & رموز", summary="<script>alert(1)</script> ملخص")
    (entry,) = _feed(client, "/feed/").entries
    assert entry.title == "عنوان <b>عريض</b> & رموز"
    assert "<script" not in entry.summary
    assert "alert(1)" in entry.summary


def test_feed_links_use_the_site_url_not_the_request_host(client):
    make_article()
    response = client.get("/feed/", HTTP_HOST="127.0.0.1")
    assert b"127.0.0.1" not in response.content
    assert feedparser.parse(response.content).feed.links[0].href.startswith(SITE)


def test_unknown_subjects_have_no_feed(client):
    for path in (
        "/tags/لا-يوجد/feed/",
        "/entities/x/feed/",
        "/authors/x/feed/",
        "/sources/x/feed/",
    ):
        assert client.get(path).status_code == 404


def _count(client, path: str) -> int:
    renderer.current_epoch()  # the page cache's reading of the epoch is not the feed's
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_feeds_run_the_same_queries_for_1_or_30_articles(client):
    def populate(n):
        subjects = _subjects() if n == 1 else (make_tag(), make_entity(), make_author(), None)
        tag, entity, author, source = subjects
        source = source or make_source()
        for _ in range(n):
            make_article(
                tags=[tag, make_tag()],
                entities=[entity],
                authors=[author, make_author()],
                source=source,
            )
        return _feed_paths(tag, entity, author, source)

    small = [_count(client, path) for path in populate(1)]
    large = [_count(client, path) for path in populate(30)]
    assert small == large
    assert max(large) <= 5  # a subject's: it, its newest ids, the articles, bylines, tags


def test_pages_point_feed_readers_to_their_feeds(client):
    tag, entity, author, source = _subjects()
    make_article(tags=[tag], entities=[entity], authors=[author], source=source)
    for subject in (tag, entity, author, source):
        head = lxml_html.fromstring(client.get(subject.get_absolute_url()).text).find("head")
        feeds = head.xpath('link[@rel="alternate"][@type="application/rss+xml"]/@href')
        assert feeds == [SITE + subject.get_absolute_url() + "feed/", SITE + "/feed/"]
    home = lxml_html.fromstring(client.get("/").text).find("head")
    assert home.xpath('link[@rel="alternate"][@type="application/rss+xml"]/@href') == [
        SITE + "/feed/"
    ]


def test_the_feed_dates_are_the_publication_times(client):
    published = datetime(2024, 6, 26, 9, 0, tzinfo=UTC)
    make_article(published_at=published)
    (entry,) = _feed(client, "/feed/").entries
    assert entry.published_parsed[:5] == (2024, 6, 26, 9, 0)


def test_a_feed_description_keeps_the_tashkeel_the_summary_had(client):
    make_article(title="عنوان", summary="قَدَّمَ الوزيرُ استقالتَه.")
    (entry,) = _feed(client, "/feed/").entries
    assert entry.summary == "قَدَّمَ الوزيرُ استقالتَه."


def test_the_written_feed_is_what_djangos_rss_generator_writes():
    """`feeds.rss` writes the document itself for speed; it must stay the same XML as
    Django's Rss201rev2Feed, escaping and namespaces included."""
    from django.utils.feedgenerator import Rss201rev2Feed
    from django.utils.html import escape

    from articles.feeds import FeedItem, rss

    moment = datetime(2024, 6, 26, 9, 30, tzinfo=UTC)
    items = [
        FeedItem(
            title='عنوان <b> & "مقتبس"',
            description="ملخص فيه <script>",
            link="https://news.example.org/articles/1/x/",
            guid="https://news.example.org/a/1",
            published_at=moment,
            updated_at=moment + timedelta(hours=i),
            authors=["أحمد أنور", "ليلى & سامي"][: 2 - i],
            tags=["سياسة", "اقتصاد <عالمي>"][i:],
        )
        for i in range(2)
    ]
    django_feed = Rss201rev2Feed(
        title="قارئ & الأخبار",
        link="https://news.example.org/",
        description="آخر ما نُشر",
        feed_url="https://news.example.org/feed/?a=1&b=2",
        language="ar",
    )
    for item in items:
        django_feed.add_item(
            title=item.title,
            link=item.link,
            description=escape(item.description),
            unique_id=item.guid,
            unique_id_is_permalink=True,
            pubdate=item.published_at,
            updateddate=item.updated_at,
            author_name="، ".join(item.authors) or None,
            categories=item.tags,
        )
    ours = rss(
        title="قارئ & الأخبار",
        link="https://news.example.org/",
        description="آخر ما نُشر",
        self_url="https://news.example.org/feed/?a=1&b=2",
        items=items,
    )
    assert ours == django_feed.writeString("utf-8")
