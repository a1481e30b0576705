"""A worker's own copies of the pages it served lately, in front of a shared Redis page cache.

With Redis, every page-cache hit is a network round trip (one `MGET` of the generation and the
page), which costs more than the rest of the hit. This layer keeps the pages the process served
lately, and knows without asking whether they are still current: Redis tells it the moment the
generation key is written, by any server (server-assisted client-side caching: `CLIENT TRACKING
ON BCAST PREFIX <key> REDIRECT <own id>` on a connection subscribed to `__redis__:invalidate`).
A hit then costs a non-blocking look at that connection.

A copy is used only while the process holds a live watch and has heard nothing since it read
the generation: if the connection drops, or stays silent past a missed heartbeat, every copy is
forgotten and lookups go to Redis as if this layer were not there. Readers on other servers see
an editor's change as soon as the invalidation reaches them (the time of one message from
Redis), and this process sees its own changes at once (`forget`).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

import redis

INVALIDATION_CHANNEL = "__redis__:invalidate"
# How often the watch pings Redis, and how long it may stay silent before its copies are
# dropped: a Redis that vanished without closing the connection sends no invalidations.
HEARTBEAT_SECONDS = 1.0
# A watch that cannot connect is tried again this much later, so that an unreachable Redis
# costs a reader at most a short connection attempt now and then.
CONNECT_TIMEOUT_SECONDS = 0.25
RETRY_SECONDS = 5.0


class GenerationWatch:
    """A connection Redis writes to whenever a key starting with `key` changes."""

    def __init__(self, url: str, key: str) -> None:
        self.url = url
        self.key = key
        self.changes = 0  # invalidations heard so far
        self.client_id: int | None = None  # the watch's connection, as Redis names it
        self._connection: redis.Connection | None = None
        self._last_heard = 0.0
        self._ping_sent = 0.0  # when the unanswered ping went out, or 0
        self._retry_at = 0.0

    def _connect(self) -> redis.Connection:
        # RESP2: invalidations then arrive as ordinary messages on the subscribed channel.
        pool = redis.ConnectionPool.from_url(
            self.url,
            protocol=2,
            socket_timeout=HEARTBEAT_SECONDS,
            socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
            client_name="newsreader-page-watch",
        )
        connection = pool.connection_class(**pool.connection_kwargs)
        try:
            connection.connect()
            connection.send_command("CLIENT", "ID")
            self.client_id = connection.read_response()
            connection.send_command(
                "CLIENT", "TRACKING", "ON", "REDIRECT", self.client_id, "BCAST", "PREFIX", self.key
            )
            connection.read_response()  # an error reply (a Redis before 6) raises
            connection.send_command("SUBSCRIBE", INVALIDATION_CHANNEL)
            connection.read_response()
        except BaseException:
            connection.disconnect()
            raise
        return connection

    def alive(self) -> bool:
        """Read what Redis sent; False while the watch cannot vouch for the last moments."""
        now = time.monotonic()
        if self._connection is None:
            if now < self._retry_at:
                return False
            try:
                self._connection = self._connect()
            except (redis.RedisError, OSError):
                self._retry_at = now + RETRY_SECONDS
                return False
            self._last_heard, self._ping_sent = now, 0.0
            self.changes += 1  # whatever was noted before this watch began is unknown
            return True
        try:
            while self._connection.can_read(timeout=0):
                message = self._connection.read_response()
                self._last_heard = now
                if _is_pong(message):
                    self._ping_sent = 0.0
                else:
                    self.changes += 1
            if self._ping_sent and now - self._ping_sent > HEARTBEAT_SECONDS:
                raise redis.TimeoutError("Redis did not answer the invalidation watch's ping")
            if not self._ping_sent and now - self._last_heard > HEARTBEAT_SECONDS:
                self._connection.send_command("PING")
                self._ping_sent = now
        except (redis.RedisError, OSError):
            self.close()
            return False
        # After a quiet spell the connection may have died unseen: trust it again once it
        # answers the ping just sent.
        return now - self._last_heard <= 2 * HEARTBEAT_SECONDS

    def close(self) -> None:
        if self._connection is not None:
            self._connection.disconnect()
            self._connection = None
        self.changes += 1
        self._retry_at = time.monotonic() + RETRY_SECONDS


def _is_pong(message: object) -> bool:
    # A subscribed RESP2 connection answers PING with [b"pong", b""].
    return isinstance(message, list) and bool(message) and message[0] == b"pong"


class LocalCopies:
    """Recently served page-cache entries of one process, current while the watch says so.

    An entry is the page cache's tuple, whose first item is the generation it was rendered in.
    """

    def __init__(self, watch: GenerationWatch, max_bytes: int) -> None:
        self.watch = watch
        self.max_bytes = max_bytes
        self.generation: int | None = None
        self._entries: OrderedDict[str, tuple] = OrderedDict()
        self._bytes = 0
        self._known_at = -1  # the watch's count of changes when `generation` was read
        self._lock = threading.Lock()

    def lookup(self, key: str, now: float) -> tuple[tuple | None, int]:
        """(the current entry for `key` if this process holds it, a mark for `remember`)."""
        with self._lock:
            if not self.watch.alive() or self.watch.changes != self._known_at:
                self._clear()
                return None, self.watch.changes
            entry = self._entries.get(key)
            if entry is None or entry[0] != self.generation or entry[1] <= now:
                return None, self.watch.changes
            self._entries.move_to_end(key)
            return entry, self.watch.changes

    def remember(self, generation: int, mark: int, key: str, entry: tuple | None) -> None:
        """Note the generation read from Redis after `lookup` gave `mark`; keep `entry`.

        Nothing is noted if Redis announced a change since `mark`: the value read may be the
        old one.
        """
        with self._lock:
            if not self.watch.alive() or self.watch.changes != mark:
                return
            if generation != self.generation or self._known_at != mark:
                self._clear()
                self.generation, self._known_at = generation, mark
            if entry is not None and entry[0] == generation:
                self._put(key, entry)

    def keep(self, key: str, entry: tuple) -> None:
        """Keep a page just stored in Redis, if it was rendered in the generation held here."""
        with self._lock:
            if self.generation is not None and entry[0] == self.generation:
                self._put(key, entry)

    def forget(self) -> None:
        """This process changed content: nothing held is current any more."""
        with self._lock:
            self._clear()

    def _clear(self) -> None:
        self._entries.clear()
        self._bytes = 0
        self.generation = None
        self._known_at = -1

    def _put(self, key: str, entry: tuple) -> None:
        size = len(entry[-1])
        if size > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= len(old[-1])
        self._entries[key] = entry
        self._bytes += size
        while self._bytes > self.max_bytes:
            _key, dropped = self._entries.popitem(last=False)
            self._bytes -= len(dropped[-1])
