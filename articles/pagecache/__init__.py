"""The page cache: whole pages for anonymous readers, current on every process.

Every cached page records the *epoch* it was rendered in: the database's count of changes
readers could see (`articles.stored.freshness`). Any such change (an article published, edited,
unpublished or trashed; an entity, tag, author or source changed; an import; a restore)
moves the epoch on inside its transaction (`articles.changes`, and every drop of a stored
rendering), so once it commits every page rendered before is stale. The epoch lives in the
database, not in the cache, so this holds whatever the cache is: local memory in each of
several gunicorn workers, a shared Redis, or a change made by a management command in
another process. Each process reads the epoch again at most `PAGE_CACHE_CHECK_SECONDS`
(0.5 s) after it last did, which bounds how long another process's change takes to reach
it; its own changes it sees at once.

Time changes content too: a scheduled article becomes public when its `published_at` comes,
so no page is kept past the next scheduled publication, nor past the time a page says it
changes by the clock (`store.valid_until`: the front page, when its lead pin ends).

What readers' requests can make the cache hold is bounded: a page is keyed on the query
parameters that choose what it shows (`urlbuilding.PAGE_PARAMETERS`), never on tracking
tags or noise, and each epoch stores at most `PAGE_CACHE_MAX_VARIANTS` query strings of one
path and `PAGE_CACHE_MAX_PAGES` pages in all. A cache that fails is bypassed
(`newsreader.cache`): pages are then rendered for each reader.

The middleware sits first in `MIDDLEWARE`, and `PageCacheApplication` in front of Django:
a hit replays the stored bytes and headers without running the rest of the stack, which is
what lets a cached page come close to the fastest response Django can give. Requests
carrying a session cookie (editors) always get a fresh, private page; responses that set
cookies or embed a CSRF token are never stored.
"""

from .store import generation

__all__ = ["generation"]
