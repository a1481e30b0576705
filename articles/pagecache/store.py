"""The page cache's store: pages kept with the epoch they were rendered in, served while it
is current, within bounds (see the package's doc)."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from ..models import Article
from ..stored import freshness as renderer
from .copies import LocalCopies
from .keys import page_query

NEXT_DUE_KEY = "pagecache:next-due:{}"

PAGES_KEY = "pagecache:pages:{}"

VARIANTS_KEY = "pagecache:variants:{}:{}"

CACHEABLE_STATUS = frozenset({200, 301})


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _now() -> float:
    return time.time()


def generation() -> int | None:
    """The epoch pages are stored and served under now, as this process knows it."""
    return renderer.current_epoch()


def next_due(generation_value: int) -> float | None:
    """When the next scheduled article becomes public (epoch seconds), per generation."""
    cache = _cache()
    key = NEXT_DUE_KEY.format(generation_value)
    cached = cache.get(key)
    if cached is not None and (cached == 0 or cached > _now()):
        return cached or None
    due = (
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=_clock())
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
    value = due.timestamp() if due else 0
    cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value or None


def _clock():
    return timezone.now()


def enabled() -> bool:
    return not isinstance(_cache(), DummyCache)


def lookup(key: str) -> tuple[int | None, tuple | None]:
    """(the current epoch, the stored entry for `key` if it is still current).

    With the cache in another process, this process's own copies are looked at first.
    """
    current = renderer.current_epoch()
    if current is None:
        return None, None  # the database cannot say what is current
    now = _now()
    copies = _local_copies(current)
    if copies is not None:
        entry = copies.get(key)
        if entry is not None and entry[0] == current and entry[1] > now:
            return current, entry
    entry = _cache().get(key)
    if entry is None or entry[0] != current or entry[1] <= now:
        return current, None
    if copies is not None:
        copies.keep(key, entry)
    return current, entry


_copies: dict[int, tuple[LocalCopies, list]] = {}


def _local_copies(current: int) -> LocalCopies | None:
    """This process's copies of the shared cache's pages (`articles.localcopies`), emptied
    when the epoch moves on; none when the cache is already this process's memory."""
    cache = _cache()
    if isinstance(cache, LocMemCache | DummyCache) or settings.PAGE_CACHE_LOCAL_BYTES <= 0:
        return None
    pid = os.getpid()  # a forked worker holds copies of its own
    held = _copies.get(pid)
    if held is None:
        held = _copies[pid] = (LocalCopies(settings.PAGE_CACHE_LOCAL_BYTES), [current])
    copies, epoch = held
    if epoch[0] != current:
        copies.clear()
        epoch[0] = current
    return copies


def valid_until(response: HttpResponse, when: datetime | None) -> HttpResponse:
    """Mark `response` as a page that changes by the clock at `when` (the front page, when
    its lead pin ends): the cache keeps it no longer."""
    if when is not None:
        response.page_cache_until = when.timestamp()  # type: ignore[attr-defined]
    return response


def keep(request: HttpRequest, key: str, epoch: int, response: HttpResponse) -> None:
    """Store a page rendered in `epoch`, for as long as it may be current and if there is room."""
    ttl = settings.PAGE_CACHE_SECONDS
    due = next_due(epoch)
    own = getattr(response, "page_cache_until", None)
    if own is not None:
        due = own if due is None else min(due, own)
    if due is not None:
        ttl = max(0, min(ttl, int(due - _now())))
    if ttl <= 0 or not admitted(request, epoch):
        return
    headers = [(k, v) for k, v in response.items() if k != "X-Page-Cache"]
    entry = (epoch, _now() + ttl, response.status_code, headers, response.content)
    _cache().set(key, entry, ttl)
    copies = _local_copies(epoch)
    if copies is not None:
        copies.keep(key, entry)


def admitted(request: HttpRequest, epoch: int) -> bool:
    """Whether one more page may be stored in this epoch: within `PAGE_CACHE_MAX_PAGES`,
    and, for a query string, within `PAGE_CACHE_MAX_VARIANTS` of its path."""
    counters = [(PAGES_KEY.format(epoch), settings.PAGE_CACHE_MAX_PAGES)]
    if page_query(request.META.get("QUERY_STRING", "")):
        path = hashlib.md5(request.path.encode(errors="surrogatepass"), usedforsecurity=False)
        counters.append(
            (VARIANTS_KEY.format(epoch, path.hexdigest()), settings.PAGE_CACHE_MAX_VARIANTS)
        )
    cache = _cache()
    for counter, limit in counters:
        cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
        try:
            if cache.incr(counter) > limit:
                return False
        except ValueError:  # the counter could not be kept (a cache that fails): no room
            return False
    return True
