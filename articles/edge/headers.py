"""What the front may keep: the `Cache-Control` and `xkey` headers of every response.

A readers' page (an anonymous GET or HEAD of a page of the articles' URLs, answering 200,
301 or 404) is `public`, kept at the front for `EDGE_CACHE_SECONDS`, never past the next
scheduled article's publication, served stale while it is refetched and while gunicorn
fails, and tagged with the keys of what it shows (`keys.of_page`). Anything else (the
admin, a preview, a logged-in user's page, a form with its CSRF token, a response setting
a cookie, a POST, an error) is `private, no-store` (or keeps the `no-store` it had: the
admin's, a 503's): the front passes it through and no shared cache keeps it, whether or
not a front is configured.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from ..pagecache import store as pagestore
from ..pagecache.keys import skipped_prefixes
from . import keys

PRIVATE = "private, no-store"
SHARED_STATUS = frozenset({200, 301, 404})


def shared_cache_control(max_age: int) -> str:
    """`Cache-Control` of a readers' page kept `max_age` seconds at the front."""
    return (
        f"public, max-age={min(settings.EDGE_BROWSER_SECONDS, max_age)}, s-maxage={max_age}, "
        f"stale-while-revalidate={settings.EDGE_STALE_WHILE_REVALIDATE}, "
        f"stale-if-error={settings.EDGE_STALE_IF_ERROR}"
    )


def edge_seconds() -> int:
    """How long the front may keep a page rendered now: `EDGE_CACHE_SECONDS`, up to the
    next scheduled publication (which no purge announces: its time just comes)."""
    seconds = settings.EDGE_CACHE_SECONDS
    epoch = pagestore.generation()
    due = pagestore.next_due(epoch) if epoch is not None else None
    if due is not None:
        seconds = min(seconds, max(0, int(due - time.time())))
    return seconds


class EdgeCacheMiddleware:
    """Right after the page cache's middleware, so that the pages it stores and replays
    carry these headers too."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.skipped = skipped_prefixes()
        # Static files and uploaded images keep the lifetimes their servers give them.
        self.files = tuple(
            "/" + prefix.strip("/") + "/"
            for prefix in (settings.STATIC_URL, settings.MEDIA_URL)
            if prefix and not prefix.startswith("http")
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(self.files):
            return response  # whitenoise's (a year for hashed names) and media's own
        if not self._shared(request, response):
            if "no-store" not in response.get("Cache-Control", ""):
                response["Cache-Control"] = PRIVATE  # else already kept by no cache
            return response
        if settings.EDGE_PURGE_URL:  # a front that purges: it may keep the page
            seconds = edge_seconds()
            if seconds <= 0:
                response["Cache-Control"] = PRIVATE
                return response
            match = request.resolver_match
            assert match is not None  # _shared checked it
            response["Cache-Control"] = shared_cache_control(seconds)
            response["xkey"] = " ".join(keys.of_page(match.url_name or "", match.kwargs))
        return response

    def _shared(self, request: HttpRequest, response: HttpResponse) -> bool:
        match = request.resolver_match
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in SHARED_STATUS
            and match is not None
            and match.namespace == "articles"
            and not request.path.startswith(self.skipped)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with its token
            and not any(word in response.get("Cache-Control", "") for word in _NOT_SHARED)
        )


_NOT_SHARED = ("private", "no-store", "no-cache")
