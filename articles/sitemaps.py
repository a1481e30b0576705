"""Sitemaps for crawlers: an index of sections, a Google News sitemap, and robots.txt.

Locations are absolute from SITE_URL: Django's sitemap views would otherwise take the
domain from the request's Host header.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from .models import Article, Author, Entity, Source, Tag
from .urlbuilding import absolute_url, site_scheme_and_domain

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google News reads no more than this from one news sitemap


class SiteSitemap(Sitemap):
    """A sitemap whose locations are on SITE_URL, whatever host the request came to."""

    def get_protocol(self, protocol: str | None = None) -> str:
        return site_scheme_and_domain()[0]

    def get_domain(self, site=None) -> str:
        return site_scheme_and_domain()[1]


class ArticleSitemap(SiteSitemap):
    def items(self) -> QuerySet:
        # Ordered for stable pages; published_at counts too, because a scheduled
        # article appears (its page changes for crawlers) when its time comes.
        return (
            Article.objects.published()
            .only("pk", "slug", "updated_at", "published_at")
            .order_by("pk")
        )

    def lastmod(self, article: Article) -> datetime:
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self) -> datetime | None:
        # One aggregate query, instead of the framework's loop over every item.
        latest = Article.objects.published().aggregate(
            updated=Max("updated_at"), published=Max("published_at")
        )
        return max(filter(None, latest.values()), default=None)


class ListingSitemap(SiteSitemap):
    """Tag, entity, author or source pages with at least one public article.

    A listing page changes when an article appears on it, so its lastmod is the newest
    publication time among its public articles.
    """

    model: type
    relation: str  # from the model to its articles

    def items(self) -> QuerySet:
        public = {f"{self.relation}__in": Article.objects.published()}
        return (
            self.model.objects.filter(**public, **self.extra_filter())
            .annotate(lastmod=Max(f"{self.relation}__published_at"))
            .only("pk", "slug")
            .order_by("pk")
        )

    def extra_filter(self) -> dict:
        return {}

    def lastmod(self, item) -> datetime:
        return item.lastmod

    def get_latest_lastmod(self) -> datetime | None:
        return self.items().aggregate(latest=Max("lastmod"))["latest"]


class TagSitemap(ListingSitemap):
    model, relation = Tag, "articles"


class EntitySitemap(ListingSitemap):
    model, relation = Entity, "article_links__article"

    def extra_filter(self) -> dict:
        return {"article_links__removed": False}


class AuthorSitemap(ListingSitemap):
    model, relation = Author, "bylines__article"


class SourceSitemap(ListingSitemap):
    model, relation = Source, "articles"


SECTIONS = {
    "articles": ArticleSitemap,
    "tags": TagSitemap,
    "entities": EntitySitemap,
    "authors": AuthorSitemap,
    "sources": SourceSitemap,
}


class NewsSitemap(SiteSitemap):
    """Articles of the last 48 hours, newest first, for Google News."""

    limit = NEWS_LIMIT

    def items(self) -> QuerySet:
        return (
            Article.objects.published()
            .filter(published_at__gte=timezone.now() - NEWS_WINDOW)
            .only("pk", "slug", "title", "published_at")
            .order_by("-published_at", "-pk")[:NEWS_LIMIT]
        )

    def get_latest_lastmod(self) -> datetime | None:
        return None


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The sitemap index: one entry per page of every section, with its lastmod."""
    entries = []
    for section, sitemap_class in SECTIONS.items():
        sitemap = sitemap_class()
        if not sitemap.paginator.count:
            continue  # nothing public there yet: no empty file for crawlers to fetch
        location = absolute_url(reverse("articles:sitemap-section", kwargs={"section": section}))
        lastmod = sitemap.get_latest_lastmod()
        for page in sitemap.paginator.page_range:
            url = location if page == 1 else f"{location}?p={page}"
            entries.append(sitemap_views.SitemapIndexItem(url, lastmod))
    response = TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )
    response["X-Robots-Tag"] = "noindex, noarchive"
    return response


@require_safe
def section(request: HttpRequest, section: str) -> HttpResponse:
    return sitemap_views.sitemap(request, SECTIONS, section=section)


@require_safe
def news(request: HttpRequest) -> HttpResponse:
    return sitemap_views.sitemap(
        request,
        {"news": NewsSitemap},
        template_name="sitemaps/news.xml",
    )


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
