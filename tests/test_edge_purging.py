"""Purging the front after a change: exactly the keys of what changed, once the change
commits, again once every worker sees it, retried when the front fails
(articles/edge/purging.py, called from articles/changes.py only)."""

from __future__ import annotations

import logging
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from articles import changes, workflow
from articles.edge import keys, purging
from articles.models import Article, FrontPageSection
from tests.factories import make_article, make_author, make_entity, make_tag

pytestmark = pytest.mark.django_db(transaction=True)


class Listener(ThreadingHTTPServer):
    """A stand-in for the front's purge listener: records each PURGE's keys, and fails
    the first `failures` of them."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.purges: list[set[str]] = []
        self.failures = 0
        self.received = threading.Condition()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    def wait_for(self, count: int, within: float = 5.0) -> list[set[str]]:
        deadline = time.monotonic() + within
        with self.received:
            while len(self.purges) < count and time.monotonic() < deadline:
                self.received.wait(deadline - time.monotonic())
        return self.purges

    def settle(self) -> None:
        """Forget what was purged so far (the test's setting up), once it has come."""
        time.sleep(0.3)
        self.purges.clear()

    def purged(self) -> set[str]:
        return set().union(*self.purges) if self.purges else set()


class _Handler(BaseHTTPRequestHandler):
    server: Listener

    def do_PURGE(self) -> None:  # the HTTP method's name
        with self.server.received:
            failing = self.server.failures > 0
            if failing:
                self.server.failures -= 1
            else:
                self.server.purges.append(set(self.headers["xkey-purge"].split()))
            self.server.received.notify_all()
        self.send_response(503 if failing else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def listener(settings):
    server = Listener()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.EDGE_PURGE_URL = server.url
    settings.PAGE_CACHE_CHECK_SECONDS = 30.0  # no second round within a test, unless asked
    yield server
    purging.stop()  # nothing of this test's left to send to the next one's listener
    server.shutdown()
    server.server_close()


@pytest.fixture
def story(listener):
    tag, entity, author = make_tag("اقتصاد"), make_entity("القاهرة"), make_author("سارة علي")
    article = make_article(tags=[tag], entities=[entity], authors=[author])
    other = make_article(tags=[make_tag("رياضة")])
    listener.settle()
    return article, other


def _expected(article: Article) -> set[str]:
    tag, entity = article.tags.get(), article.entity_links.get().entity
    author = article.bylines.get().author
    return {
        keys.article(article.pk),
        keys.subject("t", tag.slug),
        keys.subject("e", entity.slug),
        keys.subject("a", author.slug),
        keys.subject("s", article.source.slug),
        *keys.LISTINGS,
    }


@pytest.mark.parametrize("action", ["unpublish", "trash", "publish", "correct", "relink"])
def test_a_change_purges_the_articles_pages_and_listings_and_nothing_else(listener, story, action):
    article, other = story
    if action == "publish":
        workflow.unpublish([article])
        listener.settle()
    selected = Article.objects.filter(pk=article.pk)
    if action == "unpublish":
        workflow.unpublish(selected)
    elif action == "trash":
        workflow.move_to_trash(selected)
    elif action == "publish":
        workflow.publish(selected)
    elif action == "correct":
        with transaction.atomic():
            article.title = "عنوان مصحح"
            article.save()
            changes.article_saved(article)
    else:
        changes.relink(selected)
    listener.wait_for(1)
    time.sleep(0.2)  # anything else would have come by now
    sent = listener.purged()
    assert _expected(article) <= sent
    assert keys.article(other.pk) not in sent
    assert keys.subject("t", other.tags.get().slug) not in sent
    assert keys.ALL not in sent


def test_the_pages_listing_it_as_related_reading_are_purged_too(client, listener, story):
    article, _other = story
    neighbour = make_article(tags=[article.tags.get()])
    assert client.get(neighbour.get_absolute_url()).status_code == 200  # stored, with related
    listener.settle()
    workflow.unpublish(Article.objects.filter(pk=article.pk))
    listener.wait_for(1)
    assert keys.article(neighbour.pk) in listener.purged()


def test_nothing_is_purged_before_the_change_commits_nor_for_one_rolled_back(listener, story):
    article, _other = story
    with pytest.raises(RuntimeError), transaction.atomic():
        workflow.unpublish(Article.objects.filter(pk=article.pk))
        time.sleep(0.2)
        assert listener.purges == []  # not yet committed
        raise RuntimeError("the editor's request failed")
    time.sleep(0.3)
    assert listener.purges == []


def test_a_second_round_follows_once_every_worker_has_seen_the_change(listener, story, settings):
    settings.PAGE_CACHE_CHECK_SECONDS = 0.2
    article, _other = story
    started = time.monotonic()
    workflow.unpublish(Article.objects.filter(pk=article.pk))
    purges = listener.wait_for(2)
    assert len(purges) == 2 and purges[0] == purges[1]
    assert time.monotonic() - started >= 0.3


def test_a_failed_purge_is_retried_and_logged(listener, story, caplog):
    listener.failures = 2
    article, _other = story
    with caplog.at_level(logging.WARNING, logger="articles.edge"):
        workflow.unpublish(Article.objects.filter(pk=article.pk))
        purges = listener.wait_for(1)
    assert purges and keys.article(article.pk) in purges[0]
    assert len([r for r in caplog.records if "failed" in r.getMessage()]) == 2


def test_a_purge_that_keeps_failing_is_given_up_loudly(listener, story, caplog, settings):
    settings.EDGE_PURGE_ATTEMPTS = 2
    listener.failures = 10
    article, _other = story
    with caplog.at_level(logging.WARNING, logger="articles.edge"):
        workflow.unpublish(Article.objects.filter(pk=article.pk))
        deadline = time.monotonic() + 5
        while not any(r.levelno == logging.ERROR for r in caplog.records):
            assert time.monotonic() < deadline, "no error logged"
            time.sleep(0.05)
    assert listener.purges == []
    assert "gave up" in caplog.records[-1].getMessage()


def test_renaming_a_subject_purges_every_page(listener, story):
    article, _other = story
    tag = article.tags.get()
    tag.name = "اقتصاد عربي"
    tag.save()
    listener.wait_for(1)
    assert keys.ALL in listener.purged()


def test_choosing_the_front_pages_sections_purges_every_page(listener, story):
    # The sections are the header's links on every page, not only the front page's blocks.
    article, _other = story
    FrontPageSection.objects.create(tag=article.tags.get(), order=1)
    listener.wait_for(1)
    assert keys.ALL in listener.purged()


def test_a_purge_carries_at_most_a_header_varnish_accepts(listener):
    purging.purge(f"a{pk}" for pk in range(1, 1001))
    purges = listener.wait_for(5)
    assert len(purges) == 5
    assert all(len(" ".join(batch)) < 8000 for batch in purges)
