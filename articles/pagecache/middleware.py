"""The page cache in front of Django: the WSGI front door that replays stored pages, and
the middleware that stores them (see the package's doc)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from http.client import responses

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_http_date_safe

from . import store
from .keys import page_key, replayable, request_path, skipped_prefixes

_NO_STORE = ("private", "no-store", "no-cache")


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
        self.enabled = store.enabled()
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
            current, entry = store.lookup(key)
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
        self.enabled = store.enabled()
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
            current, entry = store.lookup(key)
            if entry is not None:
                return self._replay(request, entry)
        response = self.get_response(request)
        response = self._finish(request, response)
        if (
            current is not None
            and response.status_code in store.CACHEABLE_STATUS
            and self._storable(request, response)
        ):
            store.keep(request, key, current, response)
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
        if "s-maxage" not in response.get("Cache-Control", ""):
            # Readers revalidate every time (a cheap 304), so a change shows up immediately;
            # behind the front, its headers say so already (articles/edge/headers.py).
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        # Given a response, it returns one (django-stubs types the result as optional).
        return get_conditional_response(  # type: ignore[return-value]
            request,
            etag=response["ETag"],
            last_modified=_parse_http_date(response["Last-Modified"]),
            response=response,
        )

    @staticmethod
    def _replay(request: HttpRequest, entry: tuple) -> HttpResponse:
        _generation, _until, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        if status == 200:
            return get_conditional_response(  # type: ignore[return-value]  # as in _finish
                request,
                etag=response.get("ETag"),
                last_modified=_parse_http_date(response.get("Last-Modified")),
                response=response,
            )
        return response


def _parse_http_date(value: str | None) -> int | None:
    return parse_http_date_safe(value) if value else None
