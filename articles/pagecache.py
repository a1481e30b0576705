"""The page cache: whole pages for anonymous readers, current on every process.

Every cached page records the *epoch* it was rendered in: the database's count of changes
readers could see (`articles.stored.freshness`). Any such change (an article published, edited,
unpublished or trashed; an entity, tag, author or source changed; an import; a restore)
moves the epoch on inside its transaction (`content_changed()`, and every drop of a stored
rendering), so once it commits every page rendered before is stale. The epoch lives in the
database, not in the cache, so this holds whatever the cache is: local memory in each of
several gunicorn workers, a shared Redis, or a change made by a management command in
another process. Each process reads the epoch again at most `PAGE_CACHE_CHECK_SECONDS`
(0.5 s) after it last did, which bounds how long another process's change takes to reach
it; its own changes it sees at once.

Time changes content too: a scheduled article becomes public when its `published_at` comes,
so no page is kept past the next scheduled publication.

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

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Mapping
from http.client import responses

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.cookie import parse_cookie
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, urlencode

from .localcopies import LocalCopies
from .stored import freshness as renderer
from .urlbuilding import PAGE_PARAMETERS

NEXT_DUE_KEY = "pagecache:next-due:{}"
PAGES_KEY = "pagecache:pages:{}"
VARIANTS_KEY = "pagecache:variants:{}:{}"
CACHEABLE_STATUS = frozenset({200, 301})
_NO_STORE = ("private", "no-store", "no-cache")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _now() -> float:
    return time.time()


def generation() -> int | None:
    """The epoch pages are stored and served under now, as this process knows it."""
    return renderer.current_epoch()


def content_changed() -> None:
    """Make every cached page stale, for every process, once the current transaction commits
    (and for this one at once).

    The header's stored sections (`articles.stored.sections`) follow the same changes; dropping
    them moves the epoch on.
    """
    from .stored import (
        sections as navigation,  # stored in the database, below the cache in the layering
    )

    navigation.forget()


def next_due(generation_value: int) -> float | None:
    """When the next scheduled article becomes public (epoch seconds), per generation."""
    from .models import Article  # the cache is below the models in the layering

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
    from django.utils import timezone

    return timezone.now()


def enabled() -> bool:
    return not isinstance(_cache(), DummyCache)


def skipped_prefixes() -> tuple[str, ...]:
    """Paths never cached: static files, media and the admin (read once, at start-up)."""
    return tuple(
        "/" + prefix.strip("/") + "/"
        for prefix in (settings.STATIC_URL, settings.MEDIA_URL, settings.ADMIN_URL)
        if prefix and not prefix.startswith("http")
    )


def replayable(meta: Mapping[str, str], skipped: tuple[str, ...]) -> bool:
    """Whether a request (its WSGI environ) may be answered from, and stored in, the cache:
    an anonymous reader's GET or HEAD of a page (not the admin, static files or media)."""
    if meta.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    if meta.get("PATH_INFO", "").startswith(skipped):
        return False
    cookies = meta.get("HTTP_COOKIE")
    return not cookies or settings.SESSION_COOKIE_NAME not in parse_cookie(cookies)


def page_key(meta: Mapping[str, str], path: str) -> str:
    """The cache key of a page: `path` is the request's decoded path (`request.path`).

    Everything a stored response varies on is in it: scheme, host, path, the query
    parameters that choose what the page shows (in a canonical order; others are left
    out, since no page reads them), and whether the reader takes gzip (GZipMiddleware
    compresses the stored bytes).
    """
    proxy = settings.SECURE_PROXY_SSL_HEADER
    secure = (
        meta.get(proxy[0], "").split(",")[0].strip() == proxy[1]
        if proxy
        else meta.get("wsgi.url_scheme") == "https"
    )
    raw = "|".join(
        (
            "https" if secure else "http",
            meta.get("HTTP_HOST", ""),
            path,
            page_query(meta.get("QUERY_STRING", "")),
            "gzip" if re_accepts_gzip.search(meta.get("HTTP_ACCEPT_ENCODING", "")) else "",
        )
    )
    return (
        "page:" + hashlib.md5(raw.encode(errors="surrogatepass"), usedforsecurity=False).hexdigest()
    )


def page_query(query_string: str) -> str:
    """The part of a WSGI query string that pages read, decoded as Django decodes it (so
    that `%70age=2` is `page=2` here too), names sorted, each name's values in order."""
    if not query_string:
        return ""
    # WSGI hands the query's bytes over as a latin-1 string; QueryDict decodes them.
    query = QueryDict(query_string.encode("latin-1", errors="replace"))
    return urlencode(
        [
            (name, value)
            for name in sorted(PAGE_PARAMETERS & query.keys())
            for value in query.getlist(name)
        ]
    )


def request_path(environ: Mapping[str, str]) -> str:
    """`request.path` as Django will decode it from this environ: the WSGI strings are
    latin-1 stand-ins for the URL's bytes, and Arabic slugs are UTF-8."""
    script_name = get_script_name(environ)
    path_info = get_path_info(environ) or "/"
    return "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))


def _lookup(key: str) -> tuple[int | None, tuple | None]:
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


class PageCacheApplication:
    """The WSGI front door: a fresh stored page goes back to the reader before Django runs.

    Replaying in `PageCacheMiddleware` still builds a request and goes through Django's
    handler; here a hit costs a cache read and the socket write, which is what lets a
    cached page cost what the fastest bare Django view costs. Everything else (misses,
    HEAD and conditional requests, whose 304s are Django's `get_conditional_response`'s to
    decide, and editors) goes on to Django, whose middleware stores the pages.
    """

    def __init__(self, application: Callable) -> None:
        self.application = application
        self.enabled = enabled()
        self.skipped = skipped_prefixes()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if (
            self.enabled
            and environ.get("REQUEST_METHOD") == "GET"
            and "HTTP_IF_NONE_MATCH" not in environ
            and "HTTP_IF_MODIFIED_SINCE" not in environ
            and replayable(environ, self.skipped)
        ):
            key = page_key(environ, request_path(environ))
            current, entry = _lookup(key)
            if entry is not None:
                _generation, _until, status, headers, content = entry
                start_response(f"{status} {responses[status]}", [*headers, _HIT])
                return [content]
            # The middleware renders and stores the page under this key, without a second read.
            environ[_LOOKED_UP] = (key, current)
        return self.application(environ, start_response)


_HIT = ("X-Page-Cache", "hit")
_LOOKED_UP = "newsreader.pagecache.looked_up"  # (key, generation) of a front-door miss


class PageCacheMiddleware:
    """Serve and store whole pages for anonymous GET/HEAD requests (see the module doc)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.enabled = enabled()
        self.skipped = skipped_prefixes()
        self.session_cookie = settings.SESSION_COOKIE_NAME

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not replayable(request.META, self.skipped):
            response = self.get_response(request)
            if self.session_cookie in request.COOKIES:
                # An editor (or a reader with a session): fresh and private, never shared.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if not self.enabled:
            return self._finish(request, self.get_response(request))
        if _LOOKED_UP in request.META:
            key, current = request.META[_LOOKED_UP]
        else:
            key = page_key(request.META, request.path)
            current, entry = _lookup(key)
            if entry is not None:
                return self._replay(request, entry)
        response = self.get_response(request)
        response = self._finish(request, response)
        if (
            current is not None
            and response.status_code in CACHEABLE_STATUS
            and self._storable(request, response)
        ):
            self._store(request, key, current, response)
        response["X-Page-Cache"] = "miss"
        return response

    def _storable(self, request: HttpRequest, response: HttpResponse) -> bool:
        if response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False  # the page embeds a CSRF token, which belongs to one visitor
        control = response.get("Cache-Control", "")
        return not any(word in control for word in _NO_STORE)

    @staticmethod
    def _finish(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        """ETag, Last-Modified and revalidation headers; 304 when the reader has it."""
        if response.status_code != 200 or response.streaming or response.has_header("ETag"):
            return response
        if "private" in response.get("Cache-Control", "") or response.cookies:
            return response
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
        response["Last-Modified"] = http_date()
        # Readers revalidate every time (a cheap 304), so a change shows up immediately.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        return get_conditional_response(
            request,
            etag=response["ETag"],
            last_modified=_parse_http_date(response["Last-Modified"]),
            response=response,
        )

    def _store(self, request: HttpRequest, key: str, epoch: int, response: HttpResponse) -> None:
        ttl = settings.PAGE_CACHE_SECONDS
        due = next_due(epoch)
        if due is not None:
            ttl = max(0, min(ttl, int(due - _now())))
        if ttl <= 0 or not _admitted(request, epoch):
            return
        headers = [(k, v) for k, v in response.items() if k != "X-Page-Cache"]
        entry = (epoch, _now() + ttl, response.status_code, headers, response.content)
        _cache().set(key, entry, ttl)
        copies = _local_copies(epoch)
        if copies is not None:
            copies.keep(key, entry)

    @staticmethod
    def _replay(request: HttpRequest, entry: tuple) -> HttpResponse:
        _generation, _until, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        if status == 200:
            return get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=_parse_http_date(response.get("Last-Modified")),
                response=response,
            )
        return response


def _admitted(request: HttpRequest, epoch: int) -> bool:
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


def _parse_http_date(value: str | None) -> int | None:
    from django.utils.http import parse_http_date_safe

    return parse_http_date_safe(value) if value else None


class InvalidatesPages:
    """For ModelAdmins: every save or delete an editor makes reaches readers at once."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        content_changed()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        content_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        content_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        content_changed()
