"""Queries that connect articles: related reading, what an entity or tag is found with,
and how often an entity is in the news.

They read the listing index (`articles.listing`: one row per public article and tag, entity
or author, with its date), never the article table, and look at a subject's most recent
articles only, so their cost stays bounded however large the archive and the subject grow.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db.models import Case, Count, Max, Q, QuerySet, Sum, Value, When
from django.db.models.functions import TruncMonth
from django.utils import timezone

from . import listing
from .models import Article, Entity, ListingEntry, Tag

Kind = ListingEntry.Kind
# How many of a subject's latest articles "found with" looks at.
RECENT = 200
# Related reading comes from the weeks around the article: the same story, not the archive.
RELATED_WINDOW = timedelta(days=60)
# The timeline shows the two years up to an entity's latest mention.
TIMELINE_MONTHS = 24


def _recent(kind: str, subject_id: int) -> QuerySet:
    return listing.article_ids(kind, subject_id)[:RECENT]


def _ranked(kind: str, article_ids: QuerySet, *, exclude: int | None, limit: int) -> QuerySet:
    """(subject_id, n): the subjects of `kind` found most often among `article_ids`."""
    rows = ListingEntry.objects.filter(kind=kind, article_id__in=article_ids)
    if exclude is not None:
        rows = rows.exclude(subject_id=exclude)
    return rows.values("subject_id").annotate(n=Count("id")).order_by("-n", "subject_id")[:limit]


def _with_counts(model, ranked: QuerySet) -> list:
    """The rows of `model` named by `ranked`, in its order, each with its count as `.n`."""
    counts = {row["subject_id"]: row["n"] for row in ranked}
    found = model.objects.in_bulk(list(counts))
    result = []
    for pk, n in counts.items():
        if pk in found:
            found[pk].n = n
            result.append(found[pk])
    return result


def related_articles(article: Article, limit: int = 4) -> list[Article]:
    """Public articles sharing the most entities (then tags) with `article`, newest first.

    One query over the listing index: a shared entity weighs more than a shared tag.
    """
    entity_ids = [link.entity_id for link in article.entity_links.all() if not link.removed]
    tag_ids = [tag.pk for tag in article.tags.all()]
    if not entity_ids and not tag_ids:
        return []
    around = article.published_at or timezone.now()
    rows = (
        ListingEntry.objects.filter(
            Q(kind=Kind.ENTITY, subject_id__in=entity_ids)
            | Q(kind=Kind.TAG, subject_id__in=tag_ids),
            published_at__gte=around - RELATED_WINDOW,
            published_at__lte=min(around + RELATED_WINDOW, timezone.now()),
        )
        .exclude(article_id=article.pk)
        .values("article_id")
        .annotate(
            score=Sum(Case(When(kind=Kind.ENTITY, then=Value(3)), default=Value(1))),
            latest=Max("published_at"),
        )
        .order_by("-score", "-latest")[:limit]
    )
    ids = [row["article_id"] for row in rows]
    found = (
        Article.objects.published()
        .filter(pk__in=ids)
        .select_related("source")
        .only("pk", "slug", "title", "published_at", "source__name", "source__slug")
    )
    order = {pk: i for i, pk in enumerate(ids)}
    return sorted(found, key=lambda a: order[a.pk])


def mentions_by_month(entity: Entity) -> list[tuple[date, int]]:
    """Public articles naming `entity` per month, oldest first, gaps filled: the two years
    up to its latest mention (two index reads, however long the entity's history)."""
    rows = ListingEntry.objects.filter(
        kind=Kind.ENTITY, subject_id=entity.pk, published_at__lte=timezone.now()
    )
    latest = rows.order_by("-published_at").values_list("published_at", flat=True).first()
    if latest is None:
        return []
    last = _month(timezone.localtime(latest))
    first = date(last.year - TIMELINE_MONTHS // 12, last.month, 1)
    counts = {
        _month(row["month"]): row["n"]
        for row in rows.filter(published_at__gte=_month_start(first))
        .annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(n=Count("id"))
    }
    months, current = [], min(counts)
    while current <= last:
        months.append((current, counts.get(current, 0)))
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _month_start(month: date):
    return timezone.make_aware(datetime(month.year, month.month, 1))


def _month(value) -> date:
    return date(value.year, value.month, 1)


def co_mentioned(entity: Entity, limit: int = 8) -> list[Entity]:
    """The entities most often named in the same recent public articles as `entity`."""
    ranked = _ranked(Kind.ENTITY, _recent(Kind.ENTITY, entity.pk), exclude=entity.pk, limit=limit)
    return _with_counts(Entity, ranked)


def tags_of_entity(entity: Entity, limit: int = 8) -> list[Tag]:
    ranked = _ranked(Kind.TAG, _recent(Kind.ENTITY, entity.pk), exclude=None, limit=limit)
    return _with_counts(Tag, ranked)


def entities_of_tag(tag: Tag, limit: int = 8) -> list[Entity]:
    """The entities the recent public articles with `tag` name most often."""
    ranked = _ranked(Kind.ENTITY, _recent(Kind.TAG, tag.pk), exclude=None, limit=limit)
    return _with_counts(Entity, ranked)


SECTIONS_FROM = 300  # the latest public articles the header's sections are drawn from


def sections(limit: int = 6) -> list[Tag]:
    """The header's sections: the tags of the most recent public articles. Pages read them
    stored (`articles.stored.sections`), not from here."""
    latest = Article.objects.published().order_by("-published_at", "-pk").values("pk")
    ranked = _ranked(Kind.TAG, latest[:SECTIONS_FROM], exclude=None, limit=limit)
    return _with_counts(Tag, ranked)
