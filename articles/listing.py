"""The listing index: which published articles each tag, entity, author and source page
shows, and how many.

`refresh(article_ids)` rewrites the rows of those articles from their tags, visible entity
links, bylines and source, and recounts every subject whose rows it changed
(`listed_articles` on the subject); `articles.changes` calls it after any change to one of
them. `drop(article_ids)` does the same for articles about to be deleted. The home page
needs no such index: the article table's own indexes serve it.

Scheduled articles are listed from the start, dated in the future: every read compares
with the clock (`article_ids`, `public_counts`), so they appear when their time comes
without anything being rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from .models import (
    Article,
    ArticleAuthor,
    ArticleEntity,
    Author,
    Entity,
    ListingEntry,
    NamedModel,
    NamedQuerySet,
    Source,
    Tag,
)

Kind = ListingEntry.Kind
# (kind, through model, its subject column, extra filter)
SOURCES: tuple[tuple[str, type[models.Model], str, dict[str, object]], ...] = (
    (Kind.TAG, Article.tags.through, "tag_id", {}),
    (Kind.ENTITY, ArticleEntity, "entity_id", {"removed": False}),
    (Kind.AUTHOR, ArticleAuthor, "author_id", {}),
)
SUBJECTS: dict[str, type[NamedModel]] = {
    Kind.TAG: Tag,
    Kind.ENTITY: Entity,
    Kind.AUTHOR: Author,
    Kind.SOURCE: Source,
}
KIND_OF: dict[type[models.Model], str] = {model: kind for kind, model in SUBJECTS.items()}
CHUNK = 1000


def rows_for(articles: dict[int, tuple]) -> list[ListingEntry]:
    """Listing rows of published articles, given {article id: (published_at, source id)}."""
    rows = [
        ListingEntry(kind=Kind.SOURCE, subject_id=source, article_id=pk, published_at=published)
        for pk, (published, source) in articles.items()
        if source is not None
    ]
    for kind, through, column, extra in SOURCES:
        links = through._default_manager.filter(article_id__in=list(articles), **extra)
        rows += [
            ListingEntry(kind=kind, subject_id=subject, article_id=pk, published_at=articles[pk][0])
            for pk, subject in links.values_list("article_id", column)
        ]
    return rows


@transaction.atomic
def refresh(article_ids: Iterable[int]) -> set[tuple[str, int]]:
    """Rewrite these articles' rows; the (kind, subject id) pairs whose rows changed."""
    ids = list(article_ids)
    changed: set[tuple[str, int]] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        old = ListingEntry.objects.filter(article_id__in=chunk)
        touched = set(old.values_list("kind", "subject_id"))
        old.delete()
        published = {
            pk: (published_at, source)
            for pk, published_at, source in Article.objects.live()
            .filter(pk__in=chunk, status=Article.Status.PUBLISHED, published_at__isnull=False)
            .values_list("pk", "published_at", "source_id")
        }
        rows = rows_for(published)
        ListingEntry.objects.bulk_create(rows, batch_size=CHUNK)
        touched |= {(row.kind, row.subject_id) for row in rows}
        recount(touched)
        changed |= touched
    return changed


@transaction.atomic
def drop(article_ids: Iterable[int]) -> set[tuple[str, int]]:
    """Take articles that are about to be deleted off every listing, and recount; the
    (kind, subject id) pairs whose rows changed."""
    rows = ListingEntry.objects.filter(article_id__in=list(article_ids))
    touched = set(rows.values_list("kind", "subject_id"))
    rows.delete()
    recount(touched)
    return touched


def _count_of_rows(kind: str) -> Coalesce:
    rows = (
        ListingEntry.objects.filter(kind=kind, subject_id=OuterRef("pk"))
        .order_by()
        .values("kind")
        .annotate(n=Count("*"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def recount(subjects: Iterable[tuple[str, int]]) -> None:
    """Set `listed_articles` of these (kind, subject id) pairs from the listing index: one
    statement per kind, each subject counted on the index (its own rows only)."""
    by_kind: dict[str, set[int]] = {}
    for kind, subject_id in subjects:
        by_kind.setdefault(kind, set()).add(subject_id)
    for kind, ids in by_kind.items():
        SUBJECTS[kind].objects.filter(pk__in=ids).update(listed_articles=_count_of_rows(kind))


def recount_all() -> None:
    """Recount every subject (after a bulk load that wrote the index itself)."""
    for kind, model in SUBJECTS.items():
        model.objects.update(listed_articles=_count_of_rows(kind))


def article_ids(kind: str, subject_id: int):
    """Ids of the subject's public articles, newest first, read from the listing index."""
    return (
        ListingEntry.objects.filter(
            kind=kind, subject_id=subject_id, published_at__lte=timezone.now()
        )
        .order_by("-published_at", "-article_id")
        .values_list("article_id", flat=True)
    )


def _scheduled_rows() -> models.QuerySet[ListingEntry]:
    """The listing rows of articles still scheduled (an index range of the article table)."""
    return ListingEntry.objects.filter(article_id__in=Article.objects.scheduled().values("pk"))


def _scheduled_counts(kind: str, subject_ids: Iterable[int] | None = None) -> dict[int, int]:
    """{subject id: its listed articles still scheduled}, for subjects that have any.

    Read from the few scheduled articles (an index range of the article table), not from
    the subjects' rows.
    """
    rows = _scheduled_rows().filter(kind=kind)
    if subject_ids is not None:
        rows = rows.filter(subject_id__in=list(subject_ids))
    return dict(rows.values_list("subject_id").annotate(n=Count("*")).order_by())


def scheduled_counts() -> dict[str, dict[int, int]]:
    """{kind: {subject id: its listed articles still scheduled}}, every kind in one query
    (for `public_subjects` of several kinds at once: the sitemap index)."""
    counts: dict[str, dict[int, int]] = {kind: {} for kind in SUBJECTS}
    rows = _scheduled_rows().values_list("kind", "subject_id").annotate(n=Count("*"))
    for kind, subject_id, n in rows.order_by():
        counts[kind][subject_id] = n
    return counts


def public_subjects(
    model: type[NamedModel], scheduled: dict[int, int] | None = None
) -> NamedQuerySet:
    """The tags, entities, authors or sources (`model`) that have a public article now:
    listed, less those listed only for articles still scheduled. Those are found first, from
    the few scheduled articles' rows (one small query unless `scheduled` gives them, as
    `scheduled_counts` does; a second when any are scheduled), so that the query returned is
    the listed subjects' own, simple to plan and to build."""
    if scheduled is None:
        scheduled = _scheduled_counts(KIND_OF[model])
    listed = model.objects.listed()
    if not scheduled:
        return listed
    only_scheduled = [
        pk
        for pk, count in listed.filter(pk__in=scheduled).values_list("pk", "listed_articles")
        if count <= scheduled[pk]
    ]
    return listed.exclude(pk__in=only_scheduled) if only_scheduled else listed


def public_counts(subjects: Sequence) -> list:
    """`subjects` (listed tags, entities, authors or sources, of one kind) that have a public
    article now, each with `.article_count`: its listed articles less those still scheduled."""
    if not subjects:
        return []
    kind = KIND_OF[type(subjects[0])]
    scheduled = _scheduled_counts(kind, [subject.pk for subject in subjects])
    shown = []
    for subject in subjects:
        subject.article_count = subject.listed_articles - scheduled.get(subject.pk, 0)
        if subject.article_count > 0:
            shown.append(subject)
    return shown


def latest_public(kind: str) -> models.Subquery:
    """For a query of subjects of `kind`: the publication time of each one's newest public
    article (one probe of the listing index per subject)."""
    rows = ListingEntry.objects.filter(
        kind=kind, subject_id=models.OuterRef("pk"), published_at__lte=timezone.now()
    ).order_by("-published_at")
    return models.Subquery(rows.values("published_at")[:1])
