"""Which requests the page cache answers, and under which key it keeps their pages."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import QueryDict
from django.http.cookie import parse_cookie
from django.middleware.gzip import re_accepts_gzip
from django.utils.http import urlencode

from ..urlbuilding import PAGE_PARAMETERS


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


def request_path(environ: dict[str, Any]) -> str:
    """`request.path` as Django will decode it from this environ: the WSGI strings are
    latin-1 stand-ins for the URL's bytes, and Arabic slugs are UTF-8."""
    script_name = get_script_name(environ)
    path_info = get_path_info(environ) or "/"
    return "{}/{}".format(script_name.rstrip("/"), path_info.replace("/", "", 1))
