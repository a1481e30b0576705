"""A worker's own copies of Redis-cached pages: as fast as local memory, never staler than
the database's epoch.

Against the Redis server the project runs beside (`REDIS_URL`, by default the local one), each
test under its own key prefix.
"""

import os
import time
import uuid

import pytest
import redis

from articles import changes, pagecache
from articles.models import Article, RenderEpoch
from articles.pagecache.copies import LocalCopies
from articles.stored import freshness as renderer
from tests.factories import make_article

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")


@pytest.fixture
def server():
    """A plain client of the Redis server: what another app server (or an operator) does."""
    client = redis.Redis.from_url(REDIS_URL)
    yield client
    client.close()


@pytest.fixture
def prefix(server):
    prefix = f"test-{uuid.uuid4().hex}"
    yield prefix
    for key in server.scan_iter(f"*{prefix}*"):
        server.delete(key)


def _entry(epoch: int, content: bytes = b"<html>") -> tuple:
    return (epoch, time.time() + 60, 200, [], content)


def test_copies_stay_within_their_bytes_dropping_the_least_recently_used():
    copies = LocalCopies(max_bytes=100)
    copies.keep("a", _entry(1, b"x" * 40))
    copies.keep("b", _entry(1, b"x" * 40))
    assert copies.get("a") is not None  # "a" is now the most recently used
    copies.keep("c", _entry(1, b"x" * 40))
    assert copies.get("b") is None
    assert copies.get("a") is not None and copies.get("c") is not None
    copies.keep("huge", _entry(1, b"x" * 101))
    assert copies.get("huge") is None and len(copies) == 2


# --- In the page cache -------------------------------------------------------------------


@pytest.fixture
def redis_page_cache(settings, prefix):
    settings.CACHES = {
        "default": {
            "BACKEND": "newsreader.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    pagecache.store._copies.clear()
    yield
    pagecache.store._copies.clear()


def _page_keys(server, prefix) -> list[bytes]:
    return list(server.scan_iter(f"{prefix}:*:page:*"))


@pytest.mark.django_db
def test_a_second_reader_is_served_from_the_process_without_asking_redis(
    client, server, prefix, redis_page_cache
):
    make_article(title="خبر للقراء")
    assert client.get("/")["X-Page-Cache"] == "miss"
    (key,) = _page_keys(server, prefix)
    server.delete(key)  # the epoch has not moved: the process's copy is still current
    second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert "خبر للقراء" in second.text


@pytest.mark.django_db
def test_a_change_made_by_another_process_reaches_this_one_within_the_check_interval(
    client, prefix, redis_page_cache, settings
):
    article = make_article(title="عنوان أول")
    assert "عنوان أول" in client.get("/").text
    assert client.get("/")["X-Page-Cache"] == "hit"
    read_before = renderer._known.value
    Article.objects.filter(pk=article.pk).update(title="عنوان ثان")
    changes.article_saved(Article.objects.get(pk=article.pk))
    assert RenderEpoch.objects.get().value != read_before
    # As if the change had been made by another process: this one still trusts its reading.
    renderer._known.value, renderer._known.until = read_before, time.monotonic() + 60
    assert client.get("/")["X-Page-Cache"] == "hit", "read again only after the interval"
    renderer._known.until = time.monotonic()  # the interval has passed
    page = client.get("/")
    assert page["X-Page-Cache"] == "miss"
    assert "عنوان ثان" in page.text


@pytest.mark.django_db
def test_a_change_made_here_is_seen_here_at_once(client, prefix, redis_page_cache):
    make_article(title="خبر أول")
    client.get("/")
    make_article(title="خبر جديد")  # the factory publishes through the services
    assert "خبر جديد" in client.get("/").text
