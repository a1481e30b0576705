"""The newsroom's workflow on articles: publish, unpublish, trash, restore, purge, duplicates.

Each change of state is saved through the model (so it bumps the version that optimistic
locking compares) and kept as a revision with who made it. Scheduled publishing needs no
job: an article published with a future `published_at` becomes public by itself, because
every public page asks `Article.objects.published()`, which compares with the clock.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from . import changes
from .models import Article, Source
from .revisions import one_revision
from .text.normalize import normalize


def _save_each(articles: Iterable[Article], user, reason: str, change) -> int:
    """Apply `change` to each article that it concerns; one revision per article. Whether
    an article is public changes, so its listing rows and the cached pages follow."""
    changed = []
    with transaction.atomic():
        for article in articles:
            fields = change(article)
            if not fields:
                continue
            with one_revision(article, user=user, reason=reason):
                article.save(update_fields=[*fields, "updated_at"])
            changed.append(article.pk)
        changes.articles_changed(changed)
    return len(changed)


def publish(articles: Iterable[Article], user=None) -> int:
    """Publish drafts; one without a date is dated now (a future date schedules it)."""

    def change(article: Article) -> list[str]:
        if article.status == Article.Status.PUBLISHED:
            return []
        article.status = Article.Status.PUBLISHED
        if article.published_at is None:
            article.published_at = timezone.now()
        return ["status", "published_at"]

    return _save_each(articles, user, _("نُشر"), change)


def unpublish(articles: Iterable[Article], user=None) -> int:
    def change(article: Article) -> list[str]:
        if article.status == Article.Status.DRAFT:
            return []
        article.status = Article.Status.DRAFT
        return ["status"]

    return _save_each(articles, user, _("أُلغي نشره"), change)


def move_to_trash(articles: Iterable[Article], user=None) -> int:
    """Soft delete: the article leaves every public page and the article list, intact."""

    def change(article: Article) -> list[str]:
        if article.deleted_at is not None:
            return []
        article.deleted_at = timezone.now()
        article.deleted_by = user if user is not None and user.is_authenticated else None
        return ["deleted_at", "deleted_by"]

    return _save_each(articles, user, _("نُقل إلى سلة المحذوفات"), change)


def restore_from_trash(articles: Iterable[Article], user=None) -> int:
    def change(article: Article) -> list[str]:
        if article.deleted_at is None:
            return []
        article.deleted_at = None
        article.deleted_by = None
        return ["deleted_at", "deleted_by"]

    return _save_each(articles, user, _("استُعيد من سلة المحذوفات"), change)


def purge(articles: QuerySet[Article]) -> int:
    """Delete trashed articles for good, with their revisions (only from the trash)."""
    _deleted, per_model = Article.objects.filter(
        pk__in=articles.filter(deleted_at__isnull=False).values("pk")
    ).delete()
    changes.content_changed()  # trashed articles were on no public page, but be exact
    return per_model.get(Article._meta.label, 0)


def duplicates(
    *, title: str, source: Source | int | None, source_url: str = "", exclude_pk=None
) -> QuerySet[Article]:
    """Other articles with the same source URL, or the same title (up to orthography)
    from the same source — trashed ones included, so nobody re-creates what is there."""
    condition = Q(title_key=normalize(title), source=source) if title else Q(pk__in=[])
    if source_url:
        condition |= Q(source_url=source_url)
    found = Article.objects.filter(condition)
    if exclude_pk is not None:
        found = found.exclude(pk=exclude_pk)
    return found.order_by("-pk")
