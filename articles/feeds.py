"""RSS 2.0 feeds: the site's latest articles, and those of one tag, entity, author or source.

Links are absolute from SITE_URL (the syndication framework would otherwise take the
domain from the request). Each feed runs the same few queries however many items,
authors or tags it has.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models.functions import Substr
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import listing
from .models import (
    Article,
    ArticleAuthor,
    ArticleQuerySet,
    Author,
    Entity,
    NamedModel,
    Source,
    Tag,
    paths,
)
from .sharing.previews import DESCRIPTION_OPENING, describe, subject_description
from .urlbuilding import absolute_url

# A feed reader polls for what is new: the latest 20 are what every major news site sends, and
# a feed of 50 took 40 ms to render.
ITEMS_PER_FEED = 20


def feed_path(subject: NamedModel | None = None) -> str:
    """The path of `subject`'s feed (a tag, entity, author or source), or the site's."""
    if subject is None:
        return reverse("articles:feed")
    return reverse(SubjectFeed.url_names[type(subject)], kwargs={"slug": subject.slug})


def feed_url(subject: NamedModel | None = None) -> str:
    """The absolute URL of `subject`'s feed (a tag, entity, author or source), or the site's."""
    return absolute_url(feed_path(subject))


def feed_title(subject: NamedModel | None = None) -> str:
    if subject is None:
        return _("%(site)s: آخر الأخبار") % {"site": settings.SITE_NAME}
    return f"{subject.name} — {settings.SITE_NAME}"


@dataclass(frozen=True)
class FeedItem:
    """What a feed says of an article."""

    title: str
    description: str
    link: str
    guid: str
    published_at: datetime
    updated_at: datetime
    authors: list[str]
    tags: list[str]


def feed_items(articles: ArticleQuerySet) -> list[FeedItem]:
    """The feed's items for `articles`, in their order: three queries of plain values (a
    feed polled every few minutes by every reader's app has no use for model instances,
    which cost more than the rest of the feed)."""
    rows = list(
        articles.values_list(
            "pk", "slug", "title", "summary", "published_at", "updated_at"
        ).annotate(opening=Substr("body", 1, DESCRIPTION_OPENING))
    )
    ids = [row[0] for row in rows]
    authors: dict[int, list[str]] = defaultdict(list)
    for article_id, name in (
        ArticleAuthor.objects.filter(article_id__in=ids)
        .order_by("position")
        .values_list("article_id", "author__name")
    ):
        authors[article_id].append(name)
    tags: dict[int, list[str]] = defaultdict(list)
    for article_id, name in (
        Article.tags.through.objects.filter(article_id__in=ids)
        .order_by("tag__name_key")
        .values_list("article_id", "tag__name")
    ):
        tags[article_id].append(name)
    link = paths.maker("articles:detail", pk=int, slug=str)
    short = paths.maker("articles:short", pk=int)
    return [
        FeedItem(
            title=title,
            description=describe(summary, opening),
            link=absolute_url(link(pk, slug)),
            guid=absolute_url(short(pk)),
            published_at=published_at,
            updated_at=updated_at,
            authors=authors[pk],
            tags=tags[pk],
        )
        for pk, slug, title, summary, published_at, updated_at, opening in rows
    ]


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "ar"
    item_guid_is_permalink = True

    def title(self, obj=None) -> str:
        return feed_title(obj)

    def link(self, obj=None) -> str:
        return absolute_url(obj.get_absolute_url() if obj else reverse("articles:home"))

    def feed_url(self, obj=None) -> str:
        return feed_url(obj)

    def description(self, obj=None) -> str:
        if obj is None:
            return _("آخر ما نُشر على %(site)s.") % {"site": settings.SITE_NAME}
        return subject_description(obj)

    def filter_items(self, articles: ArticleQuerySet, obj) -> ArticleQuerySet:
        return articles

    def items(self, obj=None) -> list[FeedItem]:
        articles = self.filter_items(Article.objects.published().newest_first(), obj)
        return feed_items(articles[:ITEMS_PER_FEED])

    def item_title(self, item: FeedItem) -> str:
        return item.title

    def item_description(self, item: FeedItem) -> str:
        # Feed readers read a description as HTML: the summary is text, so escape it.
        return escape(item.description)

    def item_link(self, item: FeedItem) -> str:
        return item.link

    def item_guid(self, item: FeedItem) -> str:
        # The short link never changes, even if the article's slug one day does.
        return item.guid

    def item_pubdate(self, item: FeedItem) -> datetime:
        return item.published_at

    def item_updateddate(self, item: FeedItem) -> datetime:
        return item.updated_at

    def item_author_name(self, item: FeedItem) -> str | None:
        return "، ".join(item.authors) or None

    def item_categories(self, item: FeedItem) -> list[str]:
        return item.tags


class SubjectFeed(LatestArticlesFeed):
    """The latest articles of one tag, entity, author or source, found by its slug."""

    url_names = {
        Tag: "articles:tag-feed",
        Entity: "articles:entity-feed",
        Author: "articles:author-feed",
        Source: "articles:source-feed",
    }
    model: type[NamedModel]

    def get_object(self, request: HttpRequest, slug: str) -> NamedModel:
        subject = get_object_or_404(self.model, slug=slug)
        if not subject.listed_articles:
            raise Http404  # as its page: a name only drafts carry is not public yet
        return subject

    def filter_items(self, articles: ArticleQuerySet, obj) -> ArticleQuerySet:
        # The subject's newest ids from the listing index, however old or rare they are.
        newest = list(listing.article_ids(listing.KIND_OF[self.model], obj.pk)[:ITEMS_PER_FEED])
        if not newest:
            raise Http404  # listed, but only scheduled so far
        return articles.filter(pk__in=newest)


class TagFeed(SubjectFeed):
    model = Tag


class EntityFeed(SubjectFeed):
    model = Entity


class AuthorFeed(SubjectFeed):
    model = Author


class SourceFeed(SubjectFeed):
    model = Source
