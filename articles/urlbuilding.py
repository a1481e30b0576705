"""Absolute URLs for links that leave the site: canonical links, share tags, feeds, sitemaps.

They are built from `settings.SITE_URL`, never from the request's Host header, so they
are right behind a proxy and a forged Host cannot end up in a shared preview or a feed.
"""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest
from django.utils.encoding import escape_uri_path

# Every query parameter a public page reads (`page`, Django's sitemaps' `p`, the entity
# index's `kind`, the search form's fields). The page cache keys pages on these alone and
# pagination links carry only these: anything else (tracking tags, typos) changes no page.
PAGE_PARAMETERS = frozenset(
    {"page", "p", "q", "kind", "tag", "entity", "source", "date_from", "date_to", "sort"}
)
# Those that choose what a page is about; anything else (?page=1) is noise a canonical
# link leaves out.
CANONICAL_PARAMS: dict[str, tuple[str, ...]] = {"entities": ("kind",), "search": ("q",)}


def absolute_url(path: str) -> str:
    """`path` (as `reverse()` or `get_absolute_url()` give it) on the public site."""
    if path.startswith("/") and not path.startswith("//"):
        return settings.SITE_URL + path  # the common case, without parsing: sitemaps build 500
    if urlsplit(path).scheme:
        return path
    return settings.SITE_URL + path


def site_scheme_and_domain() -> tuple[str, str]:
    """("https", "news.example.org") for code that wants them apart, like sitemaps."""
    parts = urlsplit(settings.SITE_URL)
    return parts.scheme, parts.netloc + parts.path


def canonical_url(request: HttpRequest, page_number: int | None = None) -> str:
    """The one URL search engines and share previews should use for this page."""
    match = request.resolver_match
    names = CANONICAL_PARAMS.get((match.url_name if match else None) or "", ())
    query = [(name, request.GET[name]) for name in names if request.GET.get(name)]
    if page_number and page_number > 1:
        query.append(("page", str(page_number)))
    url = absolute_url(escape_uri_path(request.path))
    return f"{url}?{urlencode(query)}" if query else url
