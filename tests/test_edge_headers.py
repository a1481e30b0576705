"""What the front may keep: readers' pages public with their surrogate keys, everything an
editor, a preview, the admin or a form sees private (articles/edge/headers.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.edge import keys
from articles.models import Article
from tests.factories import make_article, make_author, make_entity, make_tag

pytestmark = pytest.mark.django_db

FRONT = "http://127.0.0.1:9/"  # a front is configured; nothing is purged in these tests


@pytest.fixture
def front(settings):
    settings.EDGE_PURGE_URL = FRONT
    settings.EDGE_CACHE_SECONDS = 60
    settings.EDGE_STALE_WHILE_REVALIDATE = 15
    settings.EDGE_STALE_IF_ERROR = 3600
    settings.EDGE_BROWSER_SECONDS = 0
    return settings


def _keys(response) -> set[str]:
    return set(response["xkey"].split())


def _private(response) -> bool:
    control = response["Cache-Control"]
    return "no-store" in control and "public" not in control and not response.has_header("xkey")


def _shared(response) -> bool:
    control = response["Cache-Control"]
    return "public" in control and "s-maxage=" in control and "private" not in control


@pytest.fixture
def story():
    tag, entity, author = make_tag("اقتصاد"), make_entity("القاهرة"), make_author("سارة علي")
    return make_article(tags=[tag], entities=[entity], authors=[author])


def test_a_readers_pages_say_the_front_may_keep_them_and_what_they_show(client, front, story):
    tag, entity = story.tags.get(), story.entity_links.get().entity
    author = story.bylines.get().author
    expected = {
        story.get_absolute_url(): keys.article(story.pk),
        story.get_short_url(): keys.article(story.pk),
        f"/articles/{story.pk}/card.png": keys.article(story.pk),
        "/": keys.HOME,
        "/latest/": keys.HOME,
        "/feed/": keys.HOME,
        tag.get_absolute_url(): keys.subject("t", tag.slug),
        f"{tag.get_absolute_url()}feed/": keys.subject("t", tag.slug),
        entity.get_absolute_url(): keys.subject("e", entity.slug),
        author.get_absolute_url(): keys.subject("a", author.slug),
        story.source.get_absolute_url(): keys.subject("s", story.source.slug),
        "/tags/": keys.INDEX,
        "/search/?q=الخبر": keys.SEARCH,
        "/sitemap.xml": keys.SITEMAP,
    }
    for path, key in expected.items():
        response = client.get(path)
        assert response.status_code in (200, 301), path
        assert _shared(response), (path, response["Cache-Control"])
        assert _keys(response) == {keys.ALL, key}, path
    control = client.get(story.get_absolute_url())["Cache-Control"]
    assert set(control.split(", ")) == {
        "public",
        "max-age=0",
        "s-maxage=60",
        "stale-while-revalidate=15",
        "stale-if-error=3600",
    }


def test_the_page_caches_stored_copy_keeps_the_fronts_headers(client, front, story):
    client.get("/")
    replayed = client.get("/")
    assert replayed["X-Page-Cache"] == "hit"
    assert _shared(replayed) and _keys(replayed) == {keys.ALL, keys.HOME}
    assert "must-revalidate" not in replayed["Cache-Control"]


def test_an_article_that_is_not_public_answers_a_404_its_publication_purges(client, front):
    draft = make_article(status=Article.Status.DRAFT)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert _shared(response) and keys.article(draft.pk) in _keys(response)


def test_the_front_never_keeps_a_page_past_the_next_scheduled_publication(client, front, story):
    make_article(published_at=timezone.now() + timedelta(seconds=20))
    control = client.get("/")["Cache-Control"]
    seconds = int(control.split("s-maxage=")[1].split(",")[0])
    assert 0 < seconds <= 20


def test_editors_previews_and_the_admin_are_private_and_never_stored(client, front, story, editor):
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(editor)
    for path in (story.get_absolute_url(), draft.get_absolute_url(), "/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "private" in response["Cache-Control"], path
        assert "no-store" in response["Cache-Control"], path
        assert "public" not in response["Cache-Control"], path
        assert not response.has_header("xkey"), path


def test_forms_cookies_posts_and_errors_are_private(client, front, story):
    login = client.get("/admin/login/")
    assert login.cookies  # the CSRF cookie
    assert _private(login) and "private" in login["Cache-Control"]
    assert client.post("/").status_code == 405
    assert client.post("/")["Cache-Control"] == "private, no-store"
    unknown = client.get("/no-such-page/")
    assert unknown.status_code == 404 and unknown["Cache-Control"] == "private, no-store"
    assert _private(client.get("/healthz"))


def test_without_a_front_pages_keep_revalidating_at_the_server(client, settings, story):
    settings.EDGE_PURGE_URL = ""
    response = client.get(story.get_absolute_url())
    assert "s-maxage" not in response["Cache-Control"]
    assert "must-revalidate" in response["Cache-Control"]
    assert not response.has_header("xkey")


def test_static_files_keep_whitenoises_lifetimes(client, front):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert "private" not in response.get("Cache-Control", "")
