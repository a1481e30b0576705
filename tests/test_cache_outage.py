"""A cache that is down, silent or full is bypassed: readers get their pages, editors' saves
go through, `/healthz` says what is wrong, and nothing answers 500.

Each test runs a Redis of its own (`tests.servers.ThrowawayRedis`), or none at all.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time

import pytest
import redis

from articles import pagecache
from articles.models import Article
from tests.factories import make_article
from tests.formdata import article_form
from tests.servers import (
    Gunicorn,
    ThrowawayRedis,
    collected_static,
    free_port,
    manage,
    production_env,
    scratch_database,
)

needs_redis = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="no redis-server on this machine"
)


def _use_redis(settings, url: str) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "newsreader.cache.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    pagecache.store._copies.clear()


def _health(client) -> tuple[int, dict]:
    response = client.get("/healthz")
    return response.status_code, json.loads(response.content)


@pytest.fixture
def silent_server():
    """A server that accepts connections and never says a word: a hung Redis."""
    listener = socket.create_server(("127.0.0.1", 0))
    accepted = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["refused", "silent"])
def test_a_redis_that_cannot_be_reached_is_bypassed(client, settings, kind, silent_server):
    url = silent_server if kind == "silent" else f"redis://127.0.0.1:{free_port()}/0"
    _use_redis(settings, url)
    article = make_article(title="خبر رغم العطل")
    for _ in range(3):
        response = client.get("/")
        assert response.status_code == 200
        assert "خبر رغم العطل" in response.text
        assert response.get("X-Page-Cache") != "hit"
    assert client.get(f"/articles/{article.pk}/card.png").status_code == 200
    status, health = _health(client)
    assert status == 200
    assert health["status"] == "degraded" and health["caches"] == {"default": "down"}


@pytest.mark.django_db
def test_an_editors_save_does_not_depend_on_the_cache(client, editor_client, settings):
    _use_redis(settings, f"redis://127.0.0.1:{free_port()}/0")
    article = make_article(title="عنوان قبل العطل")
    form = article_form(editor_client, article)
    form["title"] = "عنوان أثناء العطل"
    response = editor_client.post(f"/admin/articles/article/{article.pk}/change/", form)
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).title == "عنوان أثناء العطل"
    reader = client.__class__()
    assert "عنوان أثناء العطل" in reader.get(article.get_absolute_url()).text


@needs_redis
@pytest.mark.django_db
def test_a_full_redis_keeps_serving_and_the_pages_are_rendered(client, settings):
    server = ThrowawayRedis(max_bytes=2 * 1024 * 1024).start()
    try:
        _use_redis(settings, server.url)
        filler = redis.Redis.from_url(server.url)
        with pytest.raises(redis.OutOfMemoryError):
            for n in range(10_000):
                filler.set(f"filler:{n}", b"x" * 64 * 1024)
        for n in range(25):  # distinct pages, each a write refused
            article = make_article(title=f"خبر رقم {n}")
            response = client.get(article.get_absolute_url())
            assert response.status_code == 200 and article.title in response.text
        page = client.get("/")
        assert page.status_code == 200 and "خبر رقم 24" in page.text
        status, health = _health(client)
        assert status == 200 and health["caches"] == {"default": "full"}
    finally:
        server.stop()


@needs_redis
@pytest.mark.outage
def test_redis_stopped_under_gunicorn_costs_no_page_and_no_save(tmp_path):
    static = collected_static(tmp_path / "static")
    cache = ThrowawayRedis().start()
    with scratch_database(tmp_path) as database_url:
        env = production_env(
            DATABASE_URL=database_url,
            STATIC_ROOT=str(static),
            CACHE_URL=f"rediscache://127.0.0.1:{cache.port}/0",
        )
        manage("migrate", "--noinput", env=env)
        manage("load_demo", env=env)
        site = Gunicorn(env, workers=2)
        pages = ["/", "/a/1", "/tags/", "/entities/", "/feed/", "/search/?q=موسكو"]
        try:
            site.wait_until("/", 200)
            for page in pages * 4:
                assert site.get(page).status in (200, 301)
            assert site.get("/").headers.get("X-Page-Cache") == "hit"

            cache.stop()
            for page in pages * 4:
                assert site.get(page).status in (200, 301), page
            health = site.get("/healthz")
            assert health.status == 200
            assert json.loads(health.body)["caches"] == {"default": "down"}
            # A change while the cache is down (the admin's services, from another process).
            manage(
                "shell",
                "--no-imports",
                "-c",
                "from articles.models import Article; from articles.changes import "
                "article_saved; a = Article.objects.get(pk=1); a.title = 'عنوان أثناء العطل';"
                " a.save(); article_saved(a)",
                env=env,
            )
            time.sleep(1.0)
            assert "عنوان أثناء العطل" in site.get("/").body

            cache.start()  # the same port: the workers find it again by themselves
            deadline = time.monotonic() + 15
            while json.loads(site.get("/healthz").body)["caches"] != {"default": "up"}:
                assert time.monotonic() < deadline, "the cache never came back"
                time.sleep(0.5)
            deadline = time.monotonic() + 15
            while site.get("/").headers.get("X-Page-Cache") != "hit":
                assert time.monotonic() < deadline, "pages are not cached again"
                time.sleep(0.5)
            assert "عنوان أثناء العطل" in site.get("/").body
            assert site.process.poll() is None
        finally:
            site.stop()
            cache.stop()
