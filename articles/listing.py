"""The listing index: which public articles each tag, entity and author page shows.

`refresh(article_ids)` rewrites the rows of those articles from their tags, visible entity
links and bylines; every service that changes one of them calls it (`derived.refresh_derived`
after any save of an article, `linking.relink_articles` after re-linking). Source pages and
the home page need no such index: the article table's own indexes serve them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from . import storedpanels
from .models import Article, ArticleAuthor, ArticleEntity, ListingEntry

Kind = ListingEntry.Kind
# (kind, through model, its subject column, extra filter)
SOURCES = (
    (Kind.TAG, Article.tags.through, "tag_id", {}),
    (Kind.ENTITY, ArticleEntity, "entity_id", {"removed": False}),
    (Kind.AUTHOR, ArticleAuthor, "author_id", {}),
)
CHUNK = 1000


def rows_for(articles: dict[int, object]) -> list[ListingEntry]:
    """Listing rows of published articles, given {article id: published_at}."""
    rows = []
    for kind, through, column, extra in SOURCES:
        links = through.objects.filter(article_id__in=list(articles), **extra)
        rows += [
            ListingEntry(kind=kind, subject_id=subject, article_id=pk, published_at=articles[pk])
            for pk, subject in links.values_list("article_id", column)
        ]
    return rows


@transaction.atomic
def refresh(article_ids: Iterable[int]) -> None:
    ids = list(article_ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        old = ListingEntry.objects.filter(article_id__in=chunk)
        touched = set(old.values_list("kind", "subject_id"))
        old.delete()
        published = dict(
            Article.objects.live()
            .filter(pk__in=chunk, status=Article.Status.PUBLISHED, published_at__isnull=False)
            .values_list("pk", "published_at")
        )
        rows = rows_for(published)
        ListingEntry.objects.bulk_create(rows, batch_size=CHUNK)
        touched |= {(row.kind, row.subject_id) for row in rows}
        storedpanels.forget_subjects(touched)


def article_ids(kind: str, subject_id: int) -> QuerySet:
    """Ids of the subject's public articles, newest first, read from the listing index."""
    return (
        ListingEntry.objects.filter(
            kind=kind, subject_id=subject_id, published_at__lte=timezone.now()
        )
        .order_by("-published_at", "-article_id")
        .values_list("article_id", flat=True)
    )
