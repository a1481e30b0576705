from collections.abc import Callable
from operator import attrgetter
from typing import Any

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles import changes
from articles.models import ArticleEntity, EntityKind
from articles.stored import panels as storedpanels
from tests.factories import make_article, make_author, make_entity, make_source, make_tag

pytestmark = pytest.mark.django_db


def test_the_latest_articles_page_lists_the_latest_articles_first(client):
    older = make_article(title="خبر أقدم")
    from datetime import timedelta

    from django.utils import timezone

    newer = make_article(title="خبر أحدث", published_at=timezone.now() - timedelta(minutes=5))
    html = client.get("/latest/").text
    assert '<html lang="ar" dir="rtl">' in html
    assert html.index(newer.title) < html.index(older.title)
    assert f'<a href="{newer.get_absolute_url()}">{newer.title}</a>' in html


@pytest.mark.parametrize("page", ["0", "-1", "abc", "9999", "1.5", "%00", "99999999999999999999"])
def test_bad_page_numbers_are_not_found_never_an_error(client, page):
    make_article()
    response = client.get(f"/latest/?page={page}")
    assert response.status_code == 404


def test_the_last_page_and_page_two_work(client, settings):
    for _ in range(25):
        make_article()
    assert client.get("/latest/?page=2").status_code == 200
    assert client.get("/latest/?page=last").status_code == 200
    html = client.get("/latest/?page=2").text
    assert 'rel="prev"' in html


def test_tag_page_lists_its_articles_only(client):
    tag = make_tag("اقتصاد")
    tagged = make_article(title="خبر اقتصادي", tags=[tag])
    other = make_article(title="خبر آخر")
    response = client.get(tag.get_absolute_url())
    assert response.status_code == 200
    assert tagged.title in response.text
    assert other.title not in response.text


def test_entity_page_lists_linked_articles_but_not_removed_links(client):
    entity = make_entity("موسكو")
    linked = make_article(title="خبر عن موسكو", entities=[entity])
    removed = make_article(title="خبر أزيل ربطه", entities=[entity])
    ArticleEntity.objects.filter(article=removed).update(removed=True)
    changes.articles_changed([removed.pk])  # as every service that changes links does
    html = client.get(entity.get_absolute_url()).text
    assert linked.title in html
    assert removed.title not in html


def test_author_and_source_pages(client):
    source = make_source("القاهرة الإخبارية")
    author = make_author("أحمد أنور", source=source)
    article = make_article(title="خبر الكاتب", source=source, authors=[author])
    for url in (author.get_absolute_url(), source.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200
        assert article.title in response.text


def test_index_pages_list_names_as_links(client):
    tag = make_tag("رياضة")
    person = make_entity("فلاديمير بوتين", kind=EntityKind.PERSON)
    place = make_entity("موسكو", kind=EntityKind.PLACE)
    make_article(tags=[tag], entities=[person, place])  # only names with articles are listed
    assert f'<a href="{tag.get_absolute_url()}">رياضة</a>' in client.get("/tags/").text
    html = client.get("/entities/?kind=person").text
    assert f'<a href="{person.get_absolute_url()}">فلاديمير بوتين</a>' in html
    assert place.get_absolute_url() not in html
    assert client.get("/entities/?kind=nonsense").status_code == 404


@pytest.mark.parametrize(
    "path", ["/tags/لا-يوجد/", "/entities/لا-يوجد/", "/authors/x/", "/sources/x/", "/nope/"]
)
def test_unknown_slugs_are_not_found_with_an_arabic_page(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.text


def test_every_named_page_renders_with_one_heading(client):
    tag, entity = make_tag(), make_entity()
    author, source = make_author(), make_source()
    article = make_article(tags=[tag], entities=[entity], authors=[author], source=source)
    urls = [
        reverse("articles:home"),
        reverse("articles:latest"),
        article.get_absolute_url(),
        reverse("articles:tags"),
        tag.get_absolute_url(),
        reverse("articles:entities"),
        entity.get_absolute_url(),
        author.get_absolute_url(),
        source.get_absolute_url(),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content.count(b"<h1") == 1, url
        assert b'dir="rtl"' in response.content


def test_the_server_error_page_is_arabic(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert '<html lang="ar" dir="rtl">' in html
    assert "حدث خطأ" in html


def test_a_tag_page_follows_its_articles_through_the_listing_index(client):
    from articles import changes

    tag, other = make_tag("صحة"), make_tag("تعليم")
    article = make_article(title="خبر صحي", tags=[tag])
    assert article.title in client.get(tag.get_absolute_url()).text
    article.tags.set([other])
    changes.article_saved(article)  # what the admin and the importers call after a save
    assert article.title not in client.get(tag.get_absolute_url()).text
    assert article.title in client.get(other.get_absolute_url()).text
    article.status = "draft"
    article.save()
    changes.article_saved(article)
    assert article.title not in client.get(other.get_absolute_url()).text


def test_deep_pages_of_a_tag_and_an_author(client):
    from datetime import timedelta

    from django.utils import timezone

    tag = make_tag("اقتصاد")
    author = make_author("كاتب غزير")
    now = timezone.now()
    articles = [
        make_article(tags=[tag], authors=[author], published_at=now - timedelta(hours=i + 1))
        for i in range(41)
    ]
    oldest = min(articles, key=attrgetter("published_at"))
    for url in (tag.get_absolute_url(), author.get_absolute_url()):
        assert oldest.title in client.get(url + "?page=3").text
        assert client.get(url + "?page=4").status_code == 404


@pytest.mark.parametrize("kind", ["tag", "entity", "author", "source"])
def test_an_estimated_total_reads_as_an_estimate(client, monkeypatch, kind):
    from articles import pagination

    makers: dict[str, Callable[[str], Any]] = {
        "tag": make_tag,
        "entity": make_entity,
        "author": make_author,
        "source": make_source,
    }
    subject = makers[kind]("موضوع كبير")
    relation = {"tag": "tags", "entity": "entities", "author": "authors", "source": "source"}
    make_article(**{relation[kind]: subject if kind == "source" else [subject]})
    exact = client.get(subject.get_absolute_url()).text
    assert "مقال واحد" in exact and "نحو" not in exact
    # Past EXACT_UP_TO rows, PostgreSQL's planner gives the total: the reader is told so.
    monkeypatch.setattr(pagination, "bounded_count", lambda ids: (26507, True))
    cache.clear()  # the first page is stored; this test changes no content
    storedpanels.forget_all()  # nor is the tag's or entity's stored count
    page = client.get(subject.get_absolute_url()).text
    assert "نحو 26507 مقالات" in page
