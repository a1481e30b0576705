"""A worker's own copies of the pages it served lately, in front of a shared page cache.

With the page cache in Redis, every hit would be a network round trip and an unpickling,
which cost more than the rest of the hit. Each process keeps the entries it read or stored
lately, up to `max_bytes`, most recently used last. Whether a copy is still current is the
page cache's question, answered as for any entry: it was rendered in the current epoch
(`renderer.current_epoch`) and is not past its expiry.
"""

from __future__ import annotations

import threading
from collections import OrderedDict


class LocalCopies:
    """Recently used page-cache entries of one process (tuples whose last item is the page's
    bytes), within `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def keep(self, key: str, entry: tuple) -> None:
        size = len(entry[-1])
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[-1])
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes:
                _key, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped[-1])

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._entries)
