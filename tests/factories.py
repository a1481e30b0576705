"""Small builders for test data: `make_article(**overrides)` and friends."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from django.utils import timezone

from articles import changes
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleEntity,
    Author,
    Entity,
    EntityKind,
    Source,
    Tag,
)

_seq = count(1)


def _changed[T](row: T) -> T:
    """Factories stand for an editor's save: pages cached before it are stale."""
    changes.content_changed()
    return row


def make_source(name: str | None = None, **fields) -> Source:
    return _changed(Source.objects.create(name=name or f"مصدر {next(_seq)}", **fields))


def make_author(name: str | None = None, **fields) -> Author:
    return _changed(Author.objects.create(name=name or f"كاتب {next(_seq)}", **fields))


def make_tag(name: str | None = None, **fields) -> Tag:
    return _changed(Tag.objects.create(name=name or f"وسم {next(_seq)}", **fields))


def make_entity(name: str | None = None, kind: str = EntityKind.PLACE, **fields) -> Entity:
    return _changed(Entity.objects.create(name=name or f"كيان {next(_seq)}", kind=kind, **fields))


def make_article(
    *,
    authors: list[Author] | None = None,
    tags: list[Tag] | None = None,
    entities: list[Entity] | None = None,
    **overrides,
) -> Article:
    """A published article from yesterday, unless `overrides` say otherwise."""
    n = next(_seq)
    fields = {
        "title": f"عنوان الخبر رقم {n}",
        "summary": "ملخص قصير للخبر.",
        "body": "الفقرة الأولى من الخبر.\n\nالفقرة الثانية من الخبر.",
        "status": Article.Status.PUBLISHED,
        "published_at": timezone.now() - timedelta(days=1),
    }
    fields.update(overrides)
    if "source" not in fields:
        fields["source"] = make_source()
    article = Article.objects.create(**fields)
    for position, author in enumerate(authors or []):
        ArticleAuthor.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.set(tags)
    for entity in entities or []:
        ArticleEntity.objects.create(
            article=article, entity=entity, origin=ArticleEntity.Origin.EDITOR, mentions=1
        )
    changes.articles_changed([article.pk])
    return _changed(article)
