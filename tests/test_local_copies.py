"""A worker's own copies of Redis-cached pages: as fast as local memory, never staler than Redis.

Against the Redis server the project runs beside (`REDIS_URL`, by default the local one), each
test under its own key prefix.
"""

import os
import time
import uuid

import pytest
import redis

from articles import localcopies, pagecache
from articles.localcopies import GenerationWatch, LocalCopies
from articles.models import Article
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


@pytest.fixture
def quick_heartbeat(monkeypatch):
    monkeypatch.setattr(localcopies, "HEARTBEAT_SECONDS", 0.05)
    monkeypatch.setattr(localcopies, "RETRY_SECONDS", 0.05)


def _copies(prefix: str, max_bytes: int = 10**6) -> LocalCopies:
    return LocalCopies(GenerationWatch(REDIS_URL, f"{prefix}:generation"), max_bytes)


def _entry(generation: int, content: bytes = b"<html>") -> tuple:
    return (generation, time.time() + 60, 200, [], content)


def _hold(copies: LocalCopies, key: str, entry: tuple) -> None:
    """What a page-cache lookup does on a miss: note the generation read, keep the page."""
    _nothing, mark = copies.lookup(key, time.time())
    copies.remember(entry[0], mark, key, entry)


def test_a_held_page_is_current_until_redis_announces_a_change(server, prefix):
    here, there = _copies(prefix), _copies(prefix)  # two app servers
    page = _entry(1)
    for copies in (here, there):
        _hold(copies, "home", page)
        assert copies.lookup("home", time.time())[0] == page
    server.set(f"{prefix}:generation", 2)  # an editor's change, on a third server
    assert here.lookup("home", time.time())[0] is None
    assert there.lookup("home", time.time())[0] is None


def test_other_keys_changing_leave_held_pages_alone(server, prefix):
    copies = _copies(prefix)
    _hold(copies, "home", _entry(1))
    server.set(f"{prefix}:page:other", b"x")
    server.set(f"other-{prefix}:generation", 5)
    assert copies.lookup("home", time.time())[0][0] == 1


def test_a_generation_read_while_a_change_was_announced_is_not_trusted(server, prefix):
    copies = _copies(prefix)
    _nothing, mark = copies.lookup("home", time.time())
    server.set(f"{prefix}:generation", 2)  # lands between the read of 1 and its noting
    copies.remember(1, mark, "home", _entry(1))
    assert copies.lookup("home", time.time())[0] is None


def test_an_expired_page_or_one_of_another_generation_is_not_served(prefix):
    copies = _copies(prefix)
    _hold(copies, "home", _entry(1))
    assert copies.lookup("home", time.time() + 120)[0] is None
    copies.keep("old", _entry(0))
    assert copies.lookup("old", time.time())[0] is None


def test_copies_stay_within_their_bytes(prefix):
    copies = _copies(prefix, max_bytes=250)
    for name in ("a", "b", "c"):
        _hold(copies, name, _entry(1, b"x" * 100))
    assert copies.lookup("a", time.time())[0] is None, "the oldest page made room"
    assert copies.lookup("b", time.time())[0] and copies.lookup("c", time.time())[0]
    copies.keep("huge", _entry(1, b"x" * 1000))
    assert copies.lookup("huge", time.time())[0] is None


def test_a_lost_watch_drops_every_copy_and_comes_back(server, prefix, quick_heartbeat):
    copies = _copies(prefix)
    _hold(copies, "home", _entry(1))
    server.client_kill_filter(_id=copies.watch.client_id)
    assert copies.lookup("home", time.time())[0] is None
    time.sleep(0.1)
    _hold(copies, "home", _entry(1))  # a new watch, and the page read again
    assert copies.lookup("home", time.time())[0][0] == 1
    server.set(f"{prefix}:generation", 2)
    assert copies.lookup("home", time.time())[0] is None, "the new watch hears changes"


def test_without_a_watch_nothing_is_held():
    unreachable = LocalCopies(GenerationWatch("redis://127.0.0.1:1/0", "generation"), 10**6)
    _hold(unreachable, "home", _entry(1))
    assert unreachable.lookup("home", time.time())[0] is None


def test_a_silent_redis_is_not_trusted(server, prefix, quick_heartbeat):
    copies = _copies(prefix)
    _hold(copies, "home", _entry(1))
    server.client_pause(300, all=True)  # answers nothing, closes nothing
    try:
        time.sleep(0.06)
        copies.lookup("home", time.time())  # sends a ping that will go unanswered
        time.sleep(0.06)
        assert copies.lookup("home", time.time())[0] is None
    finally:
        server.client_unpause()


# --- In the page cache -------------------------------------------------------------------


@pytest.fixture
def redis_page_cache(settings, prefix):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    pagecache._copies.clear()
    yield
    pagecache._copies.clear()


def _page_key(server, prefix) -> bytes:
    (key,) = list(server.scan_iter(f"{prefix}:*:page:*"))
    return key


@pytest.mark.django_db
def test_a_second_reader_is_served_from_the_process_without_asking_redis(
    client, server, prefix, redis_page_cache
):
    make_article(title="خبر للقراء")
    assert client.get("/")["X-Page-Cache"] == "miss"
    server.delete(_page_key(server, prefix))  # no change announced: the copy stays current
    second = client.get("/")
    assert second["X-Page-Cache"] == "hit"
    assert "خبر للقراء" in second.text


@pytest.mark.django_db
def test_a_change_made_on_another_app_server_reaches_this_one_at_once(
    client, server, prefix, redis_page_cache, monkeypatch
):
    from articles import derived

    article = make_article(title="عنوان أول")
    assert "عنوان أول" in client.get("/").text
    assert client.get("/")["X-Page-Cache"] == "hit"
    with monkeypatch.context() as elsewhere:
        # Another server's save: it writes the database and Redis, not this process's copies.
        elsewhere.setattr(pagecache, "_local_copies", lambda: None)
        Article.objects.filter(pk=article.pk).update(title="عنوان ثان")
        derived.refresh_derived(Article.objects.get(pk=article.pk))
    page = client.get("/")
    assert page["X-Page-Cache"] == "miss"
    assert "عنوان ثان" in page.text


@pytest.mark.django_db
def test_a_change_made_here_is_seen_here_at_once(client, prefix, redis_page_cache):
    make_article(title="خبر أول")
    client.get("/")
    make_article(title="خبر جديد")  # the factory publishes through the services
    assert "خبر جديد" in client.get("/").text
