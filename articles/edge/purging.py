"""Purging the front after a change: the keys of what changed, sent once it commits.

`articles.changes` is the only caller (`tests/test_architecture.py`): it names the
articles and subjects a change touched, and this module turns them into keys
(`articles.edge.keys`) and sends them to the front's purge listener (`EDGE_PURGE_URL`)
as `PURGE` requests with an `xkey-purge` header, from a thread of the process, so that
an editor's request never waits on the front.

Each purge is sent when the transaction commits (never for a change rolled back), and
once more after `PAGE_CACHE_CHECK_SECONDS`: until then another gunicorn worker's page
cache may still hand the front the old page to keep. A purge the front does not
acknowledge is tried again, `EDGE_PURGE_ATTEMPTS` times in all with a doubling pause, each
failure logged; should every try fail, the page's `s-maxage` still ends its life. A
process that exits (a management command) first sends what is due within a few seconds.
"""

from __future__ import annotations

import atexit
import heapq
import itertools
import logging
import os
import threading
import time
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from ..models import Author, Entity, ListingEntry, Source, StoredPage, Tag
from . import keys

logger = logging.getLogger("articles.edge")

# Keys per request: Varnish refuses request headers over 8 KB (http_req_hdr_len).
KEYS_PER_REQUEST = 200
TIMEOUT_SECONDS = 2.0
# Straight to the front: never through an HTTP proxy the environment names.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
FIRST_RETRY_SECONDS = 0.2

SUBJECT_MODELS: dict[str, type[Author | Entity | Source | Tag]] = {
    ListingEntry.Kind.TAG: Tag,
    ListingEntry.Kind.ENTITY: Entity,
    ListingEntry.Kind.AUTHOR: Author,
    ListingEntry.Kind.SOURCE: Source,
}


def articles_changed(article_ids: Iterable[int], subjects: Iterable[tuple[str, int]]) -> None:
    """Articles changed (their text, state or links): their pages, short links and cards,
    the pages that list one of them as related reading, the listings and feeds of
    `subjects` ((kind, id) pairs as `articles.listing` returns them, on which they are or
    were listed), the home page, indexes, search and sitemaps. Call it before the stored
    pages are forgotten: it reads which pages list them as related."""
    ids = list(article_ids)
    if ids and enabled():
        purge([*_showing(ids), *subject_keys(subjects), *keys.LISTINGS])


def subjects_changed(subjects: Iterable[tuple[str, int]]) -> None:
    """The listing pages and feeds of these subjects ((kind, id) pairs)."""
    if enabled():
        purge(subject_keys(subjects))


def article_pages(article_ids: Iterable[int]) -> None:
    """These articles' own pages and those listing one as related reading (any save of an
    article, through the ORM: the model signals). Call it before the stored pages go."""
    ids = list(article_ids)
    if ids and enabled():
        purge(_showing(ids))


def _showing(article_ids: list[int]) -> list[str]:
    """The keys of these articles' pages and of the stored pages listing one as related."""
    listing_them = StoredPage.related.through.objects.filter(article_id__in=article_ids)
    shown = set(article_ids) | set(listing_them.values_list("storedpage_id", flat=True))
    return [keys.article(pk) for pk in sorted(shown)]


def everything() -> None:
    """Every page the front holds (a change with no narrower key: a subject renamed, an
    archive generated or restored)."""
    if enabled():
        purge([keys.ALL])


def subject_keys(subjects: Iterable[tuple[str, int]]) -> list[str]:
    """The keys of these subjects' listing pages and feeds, from their slugs."""
    by_kind: dict[str, set[int]] = {}
    for kind, pk in subjects:
        by_kind.setdefault(kind, set()).add(pk)
    found = []
    for kind, pks in sorted(by_kind.items()):
        slugs = SUBJECT_MODELS[kind].objects.filter(pk__in=pks).values_list("slug", flat=True)
        found += [keys.subject(kind, slug) for slug in slugs]
    return found


def enabled() -> bool:
    return bool(settings.EDGE_PURGE_URL)


def purge(names: Iterable[str]) -> None:
    """Purge these keys once the current transaction commits (at once outside one)."""
    batch = frozenset(names)
    if batch and enabled():
        transaction.on_commit(lambda: _after_commit(batch))


def _after_commit(batch: frozenset[str]) -> None:
    purger = _purger()
    purger.submit(batch, delay=0.0)
    # Other workers' page caches see the change within PAGE_CACHE_CHECK_SECONDS; a page
    # one of them hands the front meanwhile is purged by this second round.
    purger.submit(batch, delay=min(settings.PAGE_CACHE_CHECK_SECONDS, 10.0) + 0.1)


def send(url: str, names: list[str]) -> bool:
    """One PURGE request; whether the front acknowledged it."""
    request = urllib.request.Request(url, method="PURGE", headers={"xkey-purge": " ".join(names)})
    try:
        with _OPENER.open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status == 200
    except (OSError, ValueError) as error:  # refused, timed out, an error status, a bad URL
        logger.warning("purge of %d keys at %s failed: %s", len(names), url, error)
        return False


@dataclass(order=True)
class _Job:
    due: float
    order: int
    names: frozenset[str] = field(compare=False)
    attempt: int = field(compare=False, default=1)


class Purger:
    """A thread sending purges in the order they are due, retrying the failed ones."""

    def __init__(self, url: str, attempts: int) -> None:
        self.url = url
        self.attempts = max(1, attempts)
        self._jobs: list[_Job] = []
        self._busy = 0
        self._stopped = False
        self._order = itertools.count()
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="edge-purger", daemon=True)
        self._thread.start()

    def submit(self, names: frozenset[str], *, delay: float, attempt: int = 1) -> None:
        with self._condition:
            job = _Job(time.monotonic() + delay, next(self._order), names, attempt)
            heapq.heappush(self._jobs, job)
            self._condition.notify_all()

    def drain(self, timeout: float) -> bool:
        """Wait until nothing is left to send, at most `timeout` seconds; whether it was."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._jobs or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(left)
        return True

    def stop(self) -> None:
        """Drop what is left to send and end the thread."""
        with self._condition:
            self._stopped = True
            self._jobs.clear()
            self._condition.notify_all()

    def _take(self) -> list[_Job] | None:
        with self._condition:
            while not self._stopped and (not self._jobs or self._jobs[0].due > time.monotonic()):
                self._condition.wait(self._jobs[0].due - time.monotonic() if self._jobs else None)
            if self._stopped:
                return None
            due = []
            while self._jobs and self._jobs[0].due <= time.monotonic():
                due.append(heapq.heappop(self._jobs))
            self._busy += 1
            return due

    def _run(self) -> None:
        while (jobs := self._take()) is not None:
            try:
                names = sorted(set().union(*(job.names for job in jobs)))
                chunks = [
                    names[start : start + KEYS_PER_REQUEST]
                    for start in range(0, len(names), KEYS_PER_REQUEST)
                ]
                failed = {name for chunk in chunks if not send(self.url, chunk) for name in chunk}
                for job in jobs:
                    self._retry(job, failed)
            finally:
                with self._condition:
                    self._busy -= 1
                    self._condition.notify_all()

    def _retry(self, job: _Job, failed: set[str]) -> None:
        left = job.names & failed
        if not left:
            return
        if job.attempt >= self.attempts:
            logger.error(
                "gave up purging %d keys after %d attempts (%s ...): they expire with "
                "their s-maxage",
                len(left),
                job.attempt,
                " ".join(sorted(left)[:5]),
            )
            return
        pause = FIRST_RETRY_SECONDS * 2 ** (job.attempt - 1)
        with self._condition:
            if not self._stopped:
                self.submit(frozenset(left), delay=pause, attempt=job.attempt + 1)


_purgers: dict[int, Purger] = {}
_lock = threading.Lock()


def _purger() -> Purger:
    """This process's purger (a forked gunicorn worker starts its own thread)."""
    pid = os.getpid()
    with _lock:
        purger = _purgers.get(pid)
        if purger is None or purger.url != settings.EDGE_PURGE_URL:
            purger = _purgers[pid] = Purger(settings.EDGE_PURGE_URL, settings.EDGE_PURGE_ATTEMPTS)
            atexit.register(purger.drain, min(settings.PAGE_CACHE_CHECK_SECONDS, 10.0) + 2.0)
    return purger


def stop() -> None:
    """Stop this process's purger, dropping what it has not sent (a test's front goes
    away; a process that exits sends what is due instead)."""
    with _lock:
        purger = _purgers.pop(os.getpid(), None)
    if purger is not None:
        purger.stop()
