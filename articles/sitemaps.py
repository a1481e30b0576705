"""Sitemaps for crawlers: an index of sections, a Google News sitemap, and robots.txt.

Locations are absolute from SITE_URL: Django's sitemap views would otherwise take the
domain from the request's Host header.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast
from xml.sax.saxutils import escape as xml_escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, InvalidPage, PageNotAnInteger
from django.db.models import Max, Min, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from . import listing
from .models import Article, Author, Entity, NamedModel, Source, Tag, paths
from .urlbuilding import absolute_url, site_scheme_and_domain

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads no more than this from one news sitemap
SITEMAP_PAGE_SIZE = 250
BEYOND_ANY_ID = 2**63  # an article sitemap page past it names no ids


class SiteSitemap(Sitemap):
    """A sitemap whose locations are on SITE_URL, whatever host the request came to."""

    # Pages a crawler fetches in one go and the site renders in a few milliseconds; the
    # protocol allows up to 50,000, which would take a second of rendering each.
    limit = SITEMAP_PAGE_SIZE

    def get_protocol(self, protocol: str | None = None) -> str:
        return site_scheme_and_domain()[0]

    def get_domain(self, site=None) -> str:
        return site_scheme_and_domain()[1]

    # The newest public article, read once by the index for all its sections.
    newest: Article | None = None

    def newest_public_article(self) -> Article | None:
        return self.newest if self.newest is not None else _newest_public_article()

    def page_numbers(self) -> range:
        """The section's pages (none when nothing in it is public yet)."""
        paginator = self.paginator  # a new one, counting again, at each access
        return paginator.page_range if paginator.count else range(0)

    def page_items(self, number) -> list:
        """The items of page `number`; raises InvalidPage for a page there is not."""
        return list(self.paginator.page(number).object_list)

    def page_entries(self, number) -> list[tuple[str, datetime | None]]:
        """(path, lastmod) of each item of page `number`, read as plain values: a page names
        hundreds, and a model instance and a `reverse()` each cost more than the rest."""
        raise NotImplementedError


def _newest_public_article() -> Article | None:
    """The newest public article (the head of the article table's date index)."""
    return (
        Article.objects.published()
        .order_by("-published_at", "-pk")
        .only("published_at", "updated_at")
        .first()
    )


class ArticleSitemap(SiteSitemap):
    """Public articles by blocks of their ids: page N lists those whose ids are the Nth
    block of `limit`. A page is then one range of the article table's index however deep
    it is, the section's pages are known from its first and last ids (no count), and a
    page keeps its articles as the archive grows (new articles go to the last pages)."""

    def items(self) -> QuerySet:
        # published_at counts too: a scheduled article appears when its time comes.
        return (
            Article.objects.published()
            .only("pk", "slug", "updated_at", "published_at")
            .order_by("pk")
        )

    def _block(self, pk: int) -> int:
        return (pk - 1) // self.limit + 1

    def page_numbers(self) -> range:
        ids = self.items().aggregate(first=Min("pk"), last=Max("pk"))
        if ids["first"] is None:
            return range(0)
        return range(self._block(ids["first"]), self._block(ids["last"]) + 1)

    def _page(self, number) -> QuerySet:
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(number) from None
        if number < 1 or number > BEYOND_ANY_ID // self.limit:
            raise EmptyPage(number)
        first = (number - 1) * self.limit + 1
        return self.items().filter(pk__gte=first, pk__lt=first + self.limit)

    def _check_found(self, found: list, number) -> list:
        if not found and int(number) not in self.page_numbers():
            raise EmptyPage(number)
        return found

    def page_items(self, number) -> list:
        return self._check_found(list(self._page(number)), number)

    def page_entries(self, number) -> list[tuple[str, datetime | None]]:
        rows = self._page(number).values_list("pk", "slug", "updated_at", "published_at")
        found = self._check_found(list(rows), number)
        location = paths.maker("articles:detail", pk=int, slug=str)
        return [
            (location(pk, slug), max(updated, published or updated))
            for pk, slug, updated, published in found
        ]

    def lastmod(self, article: Article) -> datetime:
        # A public article always has its publication time.
        return max(article.updated_at, article.published_at or article.updated_at)

    def get_latest_lastmod(self) -> datetime | None:
        # The newest article's time, read from an index: the latest correction of an older
        # article is not sought through the whole archive (crawlers read each page's own
        # lastmod anyway).
        newest = self.newest_public_article()
        return self.lastmod(newest) if newest else None


class ListingSitemap(SiteSitemap):
    """Tag, entity, author or source pages with at least one public article.

    A listing page changes when an article appears on it, so its lastmod is the newest
    publication time among its public articles, read from the listing index per subject
    of the sitemap page; which subjects have public articles is kept on their rows
    (`listed_articles`, `articles.listing`).
    """

    model: type[NamedModel]
    # The subjects' scheduled articles, read once by the index for all its sections.
    scheduled: dict[int, int] | None = None

    def items(self) -> QuerySet:
        kind = listing.KIND_OF[self.model]
        return (
            listing.public_subjects(self.model, self.scheduled)
            .annotate(lastmod=listing.latest_public(kind))
            .only("pk", "slug")
            .order_by("pk")
        )

    def lastmod(self, item) -> datetime | None:
        return item.lastmod

    def page_entries(self, number) -> list[tuple[str, datetime | None]]:
        page = cast(QuerySet, self.paginator.page(number).object_list)  # a slice of items()
        rows = page.values_list("slug", "lastmod")
        location = paths.maker(self.model.route, slug=str)
        return [(location(slug), lastmod) for slug, lastmod in rows]

    def get_latest_lastmod(self) -> datetime | None:
        # Every public article has a source, tags or an author, so the section changed
        # when the newest article came out (at the latest).
        newest = self.newest_public_article()
        return newest.published_at if newest else None


class TagSitemap(ListingSitemap):
    model = Tag


class EntitySitemap(ListingSitemap):
    model = Entity


class AuthorSitemap(ListingSitemap):
    model = Author


class SourceSitemap(ListingSitemap):
    model = Source


SECTIONS: dict[str, type[ArticleSitemap] | type[ListingSitemap]] = {
    "articles": ArticleSitemap,
    "tags": TagSitemap,
    "entities": EntitySitemap,
    "authors": AuthorSitemap,
    "sources": SourceSitemap,
}


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The sitemap index: one entry per page of every section, with its lastmod.

    Written out like the sections (below): at 100,000 articles it names 200 article
    pages, which Django's template took 20 ms to render.
    """
    entries = []
    newest = _newest_public_article()
    scheduled = listing.scheduled_counts()
    for section, sitemap_class in SECTIONS.items():
        sitemap = sitemap_class()
        sitemap.newest = newest
        if isinstance(sitemap, ListingSitemap):
            sitemap.scheduled = scheduled[listing.KIND_OF[sitemap.model]]
        pages = sitemap.page_numbers()
        if not pages:
            continue  # nothing public there yet: no empty file for crawlers to fetch
        location = absolute_url(reverse("articles:sitemap-section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        stamp = f"<lastmod>{_w3c_datetime(lastmod)}</lastmod>" if lastmod else ""
        for page in pages:
            url = location if page == 1 else f"{location}?p={page}"
            entries.append(f"<sitemap><loc>{xml_escape(url)}</loc>{stamp}</sitemap>")
    response = HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(entries)
        + "</sitemapindex>\n",
        content_type="application/xml",
    )
    response["X-Robots-Tag"] = "noindex, noarchive"
    return response


def _w3c_datetime(moment: datetime) -> str:
    """A sitemap lastmod as Django's sitemap index writes it (W3C datetime, UTC offset)."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


@require_safe
def section(request: HttpRequest, section: str) -> HttpResponse:
    """One page of a section's sitemap.

    Written out rather than through Django's sitemap template, which costs 65 µs a URL
    (a page of 2,000 took 140 ms to render); the same XML, at a few µs a URL.
    """
    if section not in SECTIONS:
        raise Http404
    sitemap = SECTIONS[section]()
    try:
        rows = sitemap.page_entries(request.GET.get("p", 1))
    except InvalidPage:
        raise Http404 from None
    site = absolute_url("")
    zone = timezone.get_current_timezone()
    entries = [
        f"<url><loc>{xml_escape(site + path)}</loc>"
        + (f"<lastmod>{lastmod.astimezone(zone):%Y-%m-%d}</lastmod>" if lastmod else "")
        + "</url>"
        for path, lastmod in rows
    ]
    return HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(entries)
        + "</urlset>\n",
        content_type="application/xml",
    )


@require_safe
def news(request: HttpRequest) -> HttpResponse:
    """Articles of the last 48 hours, newest first, for Google News: written out like the
    sections, from plain values (the template took 30 ms for a busy day's few hundred)."""
    articles = (
        Article.objects.published()
        .filter(published_at__gte=timezone.now() - NEWS_WINDOW)
        .order_by("-published_at", "-pk")
        .values_list("pk", "slug", "title", "published_at")[:NEWS_LIMIT]
    )
    site = absolute_url("")
    location = paths.maker("articles:detail", pk=int, slug=str)
    zone = timezone.get_current_timezone()
    publication = (
        f"<news:publication><news:name>{xml_escape(settings.SITE_NAME)}</news:name>"
        "<news:language>ar</news:language></news:publication>"
    )
    entries = [
        f"<url><loc>{xml_escape(site + location(pk, slug))}</loc><news:news>{publication}"
        "<news:publication_date>"
        # The filter on published_at leaves no article without one.
        f"{cast(datetime, published).astimezone(zone).replace(microsecond=0).isoformat()}"
        f"</news:publication_date><news:title>{xml_escape(title)}</news:title></news:news></url>"
        for pk, slug, title, published in articles
    ]
    response = HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        + "".join(entries)
        + "</urlset>\n",
        content_type="application/xml",
    )
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "robots.txt",
        {
            "sitemaps": [
                absolute_url(reverse("articles:sitemap")),
                absolute_url(reverse("articles:news-sitemap")),
            ],
        },
        content_type="text/plain; charset=utf-8",
    )
