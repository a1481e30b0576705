"""A Redis cache that the site can do without: when Redis is down, slow or full, it is
bypassed, never a reason for a reader's page or an editor's save to fail.

Everything the site keeps in the cache (whole pages, share cards, the next scheduled
publication) can be made again from the database, so a cache error is a miss: a read
answers "not found", a write is dropped, and a warning is logged once per outage. After an
error the cache is left alone for `RETRY_SECONDS`, so an unreachable Redis costs one
connection timeout now and then, not one per request. A Redis that is full (`maxmemory`
with `noeviction` refuses writes) still serves what it holds; only writes are dropped.

`state()` says which of these holds, for `/healthz`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

import redis
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0

UP, DOWN, FULL = "up", "down", "full"


class _Breaker:
    """When reads and writes may be tried again, and why they stopped."""

    def __init__(self) -> None:
        self.reads_from = 0.0
        self.writes_from = 0.0
        self.state = UP

    def allows(self, write: bool) -> bool:
        now = time.monotonic()
        return now >= (self.writes_from if write else self.reads_from)

    def failed(self, error: Exception, write: bool) -> None:
        until = time.monotonic() + RETRY_SECONDS
        state = FULL if write and isinstance(error, redis.OutOfMemoryError) else DOWN
        if state != self.state:
            logger.warning("Cache %s (%s): bypassed for now", state, error)
        self.state = state
        self.writes_from = until
        if state == DOWN:
            self.reads_from = until

    def succeeded(self, write: bool) -> None:
        if self.state != UP and (write or self.state == DOWN):
            logger.warning("Cache up again")
            self.state = UP


def _guarded(*, write: bool, fallback: Callable[..., Any]):
    """Run the backend's method unless the breaker is open; on a Redis error, trip it and
    answer `fallback(*args, **kwargs)` as if the cache held nothing."""

    def decorate(method):
        @wraps(method)
        def guarded(self: ResilientRedisCache, *args, **kwargs):
            if not self.breaker.allows(write):
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except (redis.RedisError, OSError) as error:
                self.breaker.failed(error, write)
                return fallback(*args, **kwargs)
            self.breaker.succeeded(write)
            return result

        return guarded

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _empty(*args, **kwargs):
    return {}


def _false(*args, **kwargs):
    return False


def _missing(keys, *args, **kwargs):
    return list(keys)


def _incr_missing(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found")  # what incr says of a missing key


class ResilientRedisCache(RedisCache):
    """Django's `RedisCache`, bypassed while Redis fails (see the module doc)."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self.breaker = _Breaker()

    get = _guarded(write=False, fallback=_default)(RedisCache.get)
    get_many = _guarded(write=False, fallback=_empty)(RedisCache.get_many)
    has_key = _guarded(write=False, fallback=_false)(RedisCache.has_key)
    set = _guarded(write=True, fallback=_nothing)(RedisCache.set)
    add = _guarded(write=True, fallback=_false)(RedisCache.add)
    touch = _guarded(write=True, fallback=_false)(RedisCache.touch)
    set_many = _guarded(write=True, fallback=_missing)(RedisCache.set_many)
    incr = _guarded(write=True, fallback=_incr_missing)(RedisCache.incr)
    delete = _guarded(write=True, fallback=_false)(RedisCache.delete)
    delete_many = _guarded(write=True, fallback=_nothing)(RedisCache.delete_many)
    clear = _guarded(write=True, fallback=_false)(RedisCache.clear)

    def state(self) -> str:
        """ "up", "down" (cannot be reached) or "full" (refuses writes), asking Redis now."""
        try:
            client = self._cache.get_client(write=True)
            client.ping()
            memory = client.info("memory")
        except (redis.RedisError, OSError) as error:
            self.breaker.failed(error, write=False)
            return DOWN
        limit = memory.get("maxmemory", 0)
        refuses = memory.get("maxmemory_policy") == "noeviction"
        if limit and refuses and memory.get("used_memory", 0) >= limit:
            return FULL
        return self.breaker.state if self.breaker.state == FULL else UP
