"""The page cache: fast for readers, never stale after an editor's change."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import unquote_to_bytes

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles import changes, pagecache
from articles.importing import ArticleData, save_article
from articles.models import Article
from articles.pagecache.keys import page_key, page_query
from tests.factories import make_article, make_author, make_entity, make_source, make_tag
from tests.formdata import article_form

pytestmark = pytest.mark.django_db


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def _article_form(editor_client, article, **changes) -> dict:
    """The admin form as the editor's browser would submit it, with `changes` made."""
    data = article_form(editor_client, article)
    data.update(changes)
    return data


def test_a_second_reader_gets_the_stored_page(client):
    make_article(title="خبر للقراء")
    first = _get(client, "/")
    second = _get(client, "/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


def test_a_reader_who_has_the_page_gets_304(client):
    make_article()
    page = _get(client, "/")
    assert client.get("/", HTTP_IF_NONE_MATCH=page["ETag"]).status_code == 304
    since = client.get("/", HTTP_IF_MODIFIED_SINCE=page["Last-Modified"])
    assert since.status_code == 304
    assert client.get("/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_editors_always_get_a_fresh_private_page(client, editor):
    article = make_article(title="عنوان قديم")
    _get(client, article.get_absolute_url())
    client.force_login(editor)
    Article.objects.filter(pk=article.pk).update(title="عنوان جديد")  # no service, no bump
    response = _get(client, article.get_absolute_url())
    assert "عنوان جديد" in response.text
    assert "private" in response["Cache-Control"]
    assert "X-Page-Cache" not in response


def test_publishing_in_the_admin_shows_on_the_home_page_at_once(client, editor_client):
    draft = make_article(title="خبر كان مسودة", status=Article.Status.DRAFT)
    reader = client.__class__()
    assert draft.title not in _get(reader, "/").text
    response = editor_client.post(
        f"/admin/articles/article/{draft.pk}/change/",
        _article_form(editor_client, draft, status="published"),
    )
    assert response.status_code == 302
    assert draft.title in _get(reader, "/").text
    assert draft.title in _get(reader, draft.get_absolute_url()).text


def test_editing_and_unpublishing_in_the_admin_reach_every_page(client, editor_client):
    tag = make_tag("اقتصاد")
    article = make_article(title="عنوان أول", tags=[tag])
    reader = client.__class__()
    for url in ("/", tag.get_absolute_url(), article.get_absolute_url()):
        assert "عنوان أول" in _get(reader, url).text
    editor_client.post(
        f"/admin/articles/article/{article.pk}/change/",
        _article_form(editor_client, article, title="عنوان ثان"),
    )
    for url in ("/", tag.get_absolute_url(), article.get_absolute_url()):
        assert "عنوان ثان" in _get(reader, url).text
    article.refresh_from_db()
    editor_client.post(
        f"/admin/articles/article/{article.pk}/change/",
        _article_form(editor_client, article, status="draft"),
    )
    assert "عنوان ثان" not in _get(reader, "/").text
    # The tag's only article is gone: its page is no longer the readers'.
    assert reader.get(tag.get_absolute_url()).status_code == 404
    assert reader.get(article.get_absolute_url()).status_code == 404


def test_deleting_an_article_in_the_admin_removes_it(client, editor_client):
    article = make_article(title="خبر سيحذف")
    reader = client.__class__()
    assert article.title in _get(reader, "/").text
    editor_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    assert article.title not in _get(reader, "/").text


@pytest.mark.parametrize("kind", ["entity", "tag", "author", "source"])
def test_renaming_an_entity_tag_author_or_source_reaches_its_pages(client, editor_client, kind):
    makers: dict[str, Callable[[str], Any]] = {
        "entity": make_entity,
        "tag": make_tag,
        "author": make_author,
        "source": make_source,
    }
    subject = makers[kind]("اسم قديم")
    relation = {"entity": "entities", "tag": "tags", "author": "authors", "source": "source"}
    article = make_article(**{relation[kind]: subject if kind == "source" else [subject]})
    reader = client.__class__()
    assert "اسم قديم" in _get(reader, subject.get_absolute_url()).text
    assert "اسم قديم" in _get(reader, article.get_absolute_url()).text
    form = {"name": "اسم جديد", "slug": subject.slug, "description": "", "url": ""}
    if kind == "entity":
        form.update({"kind": subject.kind, "aliases": "", "wikidata": ""})
    response = editor_client.post(f"/admin/articles/{kind}/{subject.pk}/change/", form)
    assert response.status_code == 302, response.text[:2000]
    assert "اسم جديد" in _get(reader, subject.get_absolute_url()).text
    assert "اسم جديد" in _get(reader, article.get_absolute_url()).text


def test_an_import_reaches_the_pages_at_once(client):
    assert "خبر مستورد" not in _get(client, "/").text
    save_article(ArticleData(title="خبر مستورد", body="نص الخبر."))
    assert "خبر مستورد" in _get(client, "/").text


def test_a_service_change_moves_the_epoch_in_its_transaction(django_capture_on_commit_callbacks):
    article = make_article()
    before = pagecache.generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        changes.article_saved(article)
    # Seen at once by this process (its transaction's own view of the epoch row)...
    assert pagecache.generation() != before
    # ...and read again once the change is committed, when other processes see it too.
    assert callbacks


def test_a_scheduled_article_appears_when_its_time_comes(client, monkeypatch):
    due = timezone.now() + timedelta(minutes=30)
    make_article(title="خبر مجدول", published_at=due)
    assert "خبر مجدول" not in _get(client, "/").text
    assert _get(client, "/")["X-Page-Cache"] == "hit"
    later = due + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    monkeypatch.setattr(pagecache.store, "_now", lambda: later.timestamp())
    assert "خبر مجدول" in _get(client, "/").text


def test_admin_pages_and_pages_that_set_cookies_are_never_stored(client):
    make_article()
    client.get("/admin/login/")  # sets the CSRF cookie
    key_count = len(cache._cache) if hasattr(cache, "_cache") else None
    client.get("/admin/login/")
    if key_count is not None:
        assert len(cache._cache) == key_count  # type: ignore[attr-defined]  # LocMemCache
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_the_cache_can_be_turned_off(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    make_article()
    first = client.get("/")
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert "X-Page-Cache" not in first
    assert again.status_code == 304  # revalidation still works without the cache


def test_a_compressed_page_is_never_replayed_to_a_reader_who_cannot_read_it(client):
    make_article(title="خبر مضغوط")
    compressed = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert compressed["Content-Encoding"] == "gzip"
    assert client.get("/", HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "hit"
    plain = _get(client, "/")
    assert "Content-Encoding" not in plain
    assert "خبر مضغوط" in plain.text


def _wsgi_get(path: str, **environ) -> tuple[str, dict, bytes]:
    """A request through the WSGI application gunicorn serves: (status, headers, body)."""
    from wsgiref.util import setup_testing_defaults

    from newsreader.wsgi import application

    # As a WSGI server passes it: the URL's bytes, percent-decoded, as a latin-1 string.
    path_info = unquote_to_bytes(path).decode("latin-1")
    request = {"PATH_INFO": path_info, "HTTP_HOST": "testserver", "REQUEST_METHOD": "GET"}
    request.update(environ)
    setup_testing_defaults(request)
    started: dict[str, Any] = {}

    def start_response(status, headers, exc_info=None):
        started.update(status=status, headers=dict(headers))

    chunks = application(request, start_response)
    try:
        body = b"".join(chunks)
    finally:
        getattr(chunks, "close", lambda: None)()
    return started["status"], started["headers"], body


@pytest.fixture
def front_door(monkeypatch, request):
    """The WSGI application, recording every request that reaches Django."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    from newsreader import wsgi

    # As Django's test client does: the test's transaction must outlive each request.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
        request.addfinalizer(lambda signal=signal: signal.connect(close_old_connections))

    calls = []
    real = wsgi.application.application
    monkeypatch.setattr(wsgi.application, "enabled", True)

    def django(environ, start_response):
        calls.append(environ["PATH_INFO"])
        return real(environ, start_response)

    monkeypatch.setattr(wsgi.application, "application", django)
    return calls


@pytest.mark.parametrize("page", ["home", "article"])
def test_the_wsgi_front_door_replays_a_stored_page_without_running_django(front_door, page):
    article = make_article(title="خبر من الباب")
    path = "/" if page == "home" else article.get_absolute_url()  # an Arabic slug
    status, headers, body = _wsgi_get(path)
    assert status == "200 OK" and headers["X-Page-Cache"] == "miss"
    status, replayed_headers, replayed = _wsgi_get(path)
    assert len(front_door) == 1, "the second request must not reach Django"
    assert status == "200 OK" and replayed_headers["X-Page-Cache"] == "hit"
    assert replayed == body and "خبر من الباب" in replayed.decode()
    assert replayed_headers["Content-Security-Policy"] == headers["Content-Security-Policy"]
    assert replayed_headers["ETag"] == headers["ETag"]


def test_the_front_door_sends_editors_conditional_requests_and_changes_to_django(front_door):
    article = make_article(title="عنوان أول")
    _wsgi_get("/")
    etag = _wsgi_get("/")[1]["ETag"]
    assert _wsgi_get("/", HTTP_IF_NONE_MATCH=etag)[0].startswith("304")
    assert _wsgi_get("/", HTTP_COOKIE="sessionid=abc")[1].get("X-Page-Cache") is None
    assert _wsgi_get("/", REQUEST_METHOD="POST")[0].startswith("405")
    assert front_door == ["/", "/", "/", "/"]
    changes.article_saved(Article.objects.get(pk=article.pk))  # any change a reader sees
    Article.objects.filter(pk=article.pk).update(title="عنوان ثان")
    changes.article_saved(Article.objects.get(pk=article.pk))
    assert "عنوان ثان" in _wsgi_get("/")[2].decode()
    assert len(front_door) == 5


def _stored_page_keys() -> list[str]:
    return [key for key in cache._cache if ":page:" in key]  # type: ignore[attr-defined]


def test_query_parameters_no_page_reads_share_its_stored_copy(client, front_door):
    make_article(title="خبر للجميع")
    first = _wsgi_get("/")[2]
    for n in range(10_000):  # tracking tags, cache busters: the same page every time
        _status, headers, body = _wsgi_get("/", QUERY_STRING=f"utm_source=x{n}&fbclid={n}")
        assert headers["X-Page-Cache"] == "hit"
    assert body == first
    assert len(front_door) == 1
    assert len(_stored_page_keys()) == 1


def test_the_stored_variants_of_one_page_are_bounded(client, settings):
    settings.PAGE_CACHE_MAX_VARIANTS = 5
    make_article(title="خبر عن موسكو")
    for n in range(12):
        assert client.get("/search/", {"q": f"موسكو {n}"}).status_code == 200
    assert len(_stored_page_keys()) == 5
    assert client.get("/").status_code == 200  # another page still has room
    assert len(_stored_page_keys()) == 6


def test_a_parameter_is_keyed_as_django_reads_it():
    # `%70age` is `page` to the view: it must not share the key of the bare page.
    assert page_query("%70age=2&utm_source=x") == "page=2"
    assert page_query("q=%D9%85%D9%88&page=2") == page_query("page=2&q=%D9%85%D9%88")
    meta = {"HTTP_HOST": "testserver"}
    assert page_key({**meta, "QUERY_STRING": "%70age=2"}, "/") != page_key(meta, "/")


def test_pagination_links_carry_only_what_pages_read(rf):
    from articles.templatetags.news import page_url

    request = rf.get("/search/", {"q": "موسكو", "utm_source": "حملة", "page": "3"})
    assert page_url({"request": request}, 2) == "?q=%D9%85%D9%88%D8%B3%D9%83%D9%88&page=2"


def test_no_public_page_reads_a_parameter_outside_the_keyed_ones(client, settings):
    # Else a page rendered for one value would be replayed to readers asking for another.
    from tests.public_urls import make_site, page_urls

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    for url in page_urls(make_site()):
        plain = client.get(url)
        noisy = client.get(url + ("&" if "?" in url else "?") + "zz=1&utm_source=x&pg=2")
        assert noisy.status_code == plain.status_code, url
        assert noisy.content == plain.content, url
