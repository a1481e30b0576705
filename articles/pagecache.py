"""The page cache: whole pages for anonymous readers, invalidated by a content generation.

Every cached page records the *generation* it was rendered in. Any change a reader could see
(an article published, edited, unpublished or deleted; an entity, tag, author or source
changed) calls `content_changed()`, which moves the generation on, so every page rendered
before is stale at once, on every app server sharing the cache. The services that change
content call it explicitly (`derived.refresh_derived`, `linking.relink_articles`, the admin,
the importers, `generate_corpus`); there is no signal to forget.

Time changes content too: a scheduled article becomes public when its `published_at` comes,
so no page is kept past the next scheduled publication.

The middleware sits first in `MIDDLEWARE`: a hit replays the stored bytes and headers without
running the rest of the stack, which is what lets a cached page come close to the fastest
response Django can give. Requests carrying a session cookie (editors) always get a fresh,
private page; responses that set cookies or embed a CSRF token are never stored.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping
from http.client import responses

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.redis import RedisCache
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.http.cookie import parse_cookie
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from .localcopies import GenerationWatch, LocalCopies

GENERATION_KEY = "pagecache:generation"
NEXT_DUE_KEY = "pagecache:next-due:{}"
CACHEABLE_STATUS = frozenset({200, 301})
_NO_STORE = ("private", "no-store", "no-cache")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _now() -> float:
    return time.time()


def generation() -> int:
    return _cache().get_or_set(GENERATION_KEY, time.time_ns, None)


def _bump() -> None:
    _cache().set(GENERATION_KEY, time.time_ns(), None)
    copies = _local_copies()
    if copies is not None:
        copies.forget()


def content_changed() -> None:
    """Make every cached page stale: now, and again when the current transaction commits.

    The second bump matters: a page rendered by another request between the first bump and
    the commit still shows the old content, and would otherwise be kept under the new
    generation.

    The header's stored sections (`articles.navigation`) follow the same changes.
    """
    from . import navigation  # stored in the database, below the cache in the layering

    _bump()
    navigation.forget()
    transaction.on_commit(_bump)


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

    Everything a stored response varies on is in it: scheme, host, path and query, and
    whether the reader takes gzip (GZipMiddleware compresses the stored bytes).
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
            meta.get("QUERY_STRING", ""),
            "gzip" if re_accepts_gzip.search(meta.get("HTTP_ACCEPT_ENCODING", "")) else "",
        )
    )
    return (
        "page:" + hashlib.md5(raw.encode(errors="surrogatepass"), usedforsecurity=False).hexdigest()
    )


def request_path(environ: Mapping[str, str]) -> str:
    """`request.path` as Django will decode it from this environ: the WSGI strings are
    latin-1 stand-ins for the URL's bytes, and Arabic slugs are UTF-8."""
    script_name = get_script_name(environ)
    path_info = get_path_info(environ) or "/"
    return "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))


def _lookup(key: str) -> tuple[int | None, tuple | None]:
    """(the current generation, the stored entry for `key` if it is still fresh)."""
    now, mark = _now(), 0
    copies = _local_copies()
    if copies is not None:
        entry, mark = copies.lookup(key, now)
        if entry is not None:
            return entry[0], entry
    found = _cache().get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    entry = found.get(key)
    if entry is None or entry[0] != current or entry[1] <= now:
        entry = None
    if copies is not None and current is not None:
        copies.remember(current, mark, key, entry)
    return current, entry


_copies: dict[tuple, LocalCopies] = {}


def _local_copies() -> LocalCopies | None:
    """This process's copies of Redis-cached pages (`articles.localcopies`), when the page
    cache is in Redis and `PAGE_CACHE_LOCAL_BYTES` allows them."""
    cache = _cache()
    if not isinstance(cache, RedisCache) or settings.PAGE_CACHE_LOCAL_BYTES <= 0:
        return None
    # Per process (a forked worker must not read its parent's connection) and per cache.
    location = settings.CACHES[settings.PAGE_CACHE_ALIAS]["LOCATION"]
    ident = (os.getpid(), str(location), settings.PAGE_CACHE_LOCAL_BYTES)
    copies = _copies.get(ident)
    if copies is None:
        servers = location if isinstance(location, list | tuple) else re.split("[;,]", location)
        watch = GenerationWatch(servers[0], cache.make_key(GENERATION_KEY))
        copies = _copies[ident] = LocalCopies(watch, settings.PAGE_CACHE_LOCAL_BYTES)
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
        if response.status_code in CACHEABLE_STATUS and self._storable(request, response):
            self._store(key, current if current is not None else generation(), response)
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

    def _store(self, key: str, generation_value: int, response: HttpResponse) -> None:
        ttl = settings.PAGE_CACHE_SECONDS
        due = next_due(generation_value)
        if due is not None:
            ttl = max(0, min(ttl, int(due - _now())))
        # The generation is the time of the last change: just after one, a read replica
        # may still show the old content, so pages rendered then are kept only briefly.
        settle = settings.PAGE_CACHE_SETTLE_SECONDS
        if settle and _now() - generation_value / 1e9 < settle:
            ttl = min(ttl, settle)
        if ttl <= 0:
            return
        headers = [(k, v) for k, v in response.items() if k != "X-Page-Cache"]
        entry = (generation_value, _now() + ttl, response.status_code, headers, response.content)
        _cache().set(key, entry, ttl)
        copies = _local_copies()
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
