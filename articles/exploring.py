"""Queries that connect articles: related reading, what an entity or tag is found with,
and how often an entity is in the news. Each function is one or two indexed queries over
public articles, whatever the size of the archive page it serves."""

from __future__ import annotations

from datetime import date

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth

from .models import Article, ArticleEntity, Entity, Tag


def public_links() -> QuerySet[ArticleEntity]:
    return ArticleEntity.objects.visible().filter(article__in=Article.objects.published())


def related_articles(article: Article, limit: int = 4) -> list[Article]:
    """Public articles sharing the most entities (then tags) with `article`, newest first."""
    entity_ids = [link.entity_id for link in article.entity_links.all()]
    tag_ids = [tag.pk for tag in article.tags.all()]
    if not entity_ids and not tag_ids:
        return []
    by_entities = (
        public_links()
        .filter(entity_id__in=entity_ids)
        .exclude(article_id=article.pk)
        .values("article_id")
        .annotate(shared=Count("entity_id"))
        .order_by("-shared", "-article__published_at")[:limit]
    )
    ids = [row["article_id"] for row in by_entities]
    if len(ids) < limit and tag_ids:
        by_tags = (
            Article.objects.published()
            .filter(tags__in=tag_ids)
            .exclude(pk__in=[article.pk, *ids])
            .values("pk")
            .annotate(shared=Count("tags"))
            .order_by("-shared", "-published_at")[: limit - len(ids)]
        )
        ids += [row["pk"] for row in by_tags]
    found = (
        Article.objects.filter(pk__in=ids)
        .select_related("source")
        .only("pk", "slug", "title", "published_at", "source__name", "source__slug")
    )
    order = {pk: i for i, pk in enumerate(ids)}
    return sorted(found, key=lambda a: order[a.pk])


def mentions_by_month(entity: Entity) -> list[tuple[date, int]]:
    """Public articles naming `entity`, counted per month, oldest first, gaps filled."""
    rows = (
        Article.objects.published()
        .filter(entity_links__entity=entity, entity_links__removed=False)
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    counts = {_month(row["month"]): row["n"] for row in rows}
    if not counts:
        return []
    months, current, last = [], min(counts), max(counts)
    while current <= last:
        months.append((current, counts.get(current, 0)))
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _month(value) -> date:
    return date(value.year, value.month, 1)


def _ranked_entities(links: QuerySet[ArticleEntity], limit: int) -> list[Entity]:
    """Entities ordered by how many of `links` point to them, each with `.n` (one query)."""
    return list(
        Entity.objects.filter(article_links__in=links)
        .annotate(n=Count("article_links"))
        .order_by("-n", "sort_key")[:limit]
    )


def co_mentioned(entity: Entity, limit: int = 8) -> list[Entity]:
    """The entities most often named in the same public articles as `entity`."""
    articles = public_links().filter(entity=entity).values("article_id")
    links = public_links().filter(article_id__in=articles).exclude(entity=entity)
    return _ranked_entities(links, limit)


def tags_of_entity(entity: Entity, limit: int = 8) -> list[Tag]:
    articles = public_links().filter(entity=entity).values("article_id")
    return list(
        Tag.objects.filter(articles__in=articles)
        .annotate(n=Count("articles"))
        .order_by("-n", "sort_key")[:limit]
    )


def entities_of_tag(tag: Tag, limit: int = 8) -> list[Entity]:
    """The entities the public articles with `tag` name most often."""
    articles = Article.objects.published().filter(tags=tag).values("pk")
    return _ranked_entities(public_links().filter(article_id__in=articles), limit)


SECTIONS_CACHE_KEY = "exploring:sections"


def sections(limit: int = 6) -> list[Tag]:
    """The header's sections: the tags with the most public articles (cached briefly)."""

    def compute() -> list[Tag]:
        return list(
            Tag.objects.filter(articles__in=Article.objects.published())
            .annotate(n=Count("articles"))
            .order_by("-n", "sort_key")
            .only("pk", "name", "slug")[:limit]
        )

    return cache.get_or_set(SECTIONS_CACHE_KEY, compute, 300)
