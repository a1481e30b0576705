"""Writing an imported article or entity: each article in its own transaction, updated
in place when it is already there (same `source_url`, or same title and source up to
orthography), with its byline, tags, entities and derived data.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext

from .. import changes, linking
from ..models import Article, ArticleEntity, Author, Entity, Source, Tag
from ..revisions import one_revision
from ..text.normalize import normalize
from .records import ArticleData


def get_or_create_named[M: (Source, Author, Tag, Entity)](
    model: type[M], name: str, **defaults
) -> M:
    """The row named `name` up to orthography, created on first use."""
    key = normalize(name)
    existing = model.objects.filter(name_key=key).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return model.objects.create(name=name, **defaults)
    except IntegrityError:  # created concurrently, or its slug was just taken
        return model.objects.get(name_key=key)


def find_existing(data: ArticleData, source: Source | None) -> Article | None:
    if data.source_url:
        match = Article.objects.filter(source_url=data.source_url).first()
        if match:
            return match
    return Article.objects.filter(title_key=normalize(data.title), source=source).first()


@transaction.atomic
def save_article(
    data: ArticleData, *, draft: bool = False, merge: bool = True, user=None
) -> tuple[Article, bool]:
    """Create or update the article `data` describes, with its people, tags and links.

    On update, only what the import carries is changed: a page without a date keeps the
    date an editor set, and the status changes only when the import names one. With
    `merge=False` (the admin's paste import) a new article is always created; the editor
    is warned of the look-alike instead. The whole save is one revision, by `user`.
    """
    source = get_or_create_named(Source, data.source) if data.source else None
    article = find_existing(data, source) if merge else None
    created = article is None
    if article is None:
        article = Article()
        # Published without a date is dated now by Article.save, as every way of publishing.
        article.status = (
            Article.Status.DRAFT if draft else (data.status or Article.Status.PUBLISHED)
        )
    elif draft:
        article.status = Article.Status.DRAFT
    elif data.status:
        article.status = data.status
    if not created and article.deleted_at is not None:
        data.warnings.append("the article is in the trash; it was updated there, not restored")
    if data.published_at is not None:
        article.published_at = data.published_at
    article.title = data.title
    article.body = data.body
    if data.summary or created:
        article.summary = data.summary
    if data.source_url:
        article.source_url = data.source_url
    if source is not None:
        article.source = source
    if data.image_caption or created:
        article.image_caption = data.image_caption
    article.full_clean(exclude=["slug", "image"])
    with one_revision(article, user=user, reason=_import_reason(created)):
        article.save()
        _save_relations(article, data, source)
    return article, created


def _import_reason(created: bool) -> str:
    return gettext("استيراد") if created else gettext("إعادة استيراد")


def _save_relations(article: Article, data: ArticleData, source: Source | None) -> None:
    if data.authors:
        article.set_byline([get_or_create_named(Author, n, source=source) for n in data.authors])
    if data.tags:
        article.tags.set([get_or_create_named(Tag, n) for n in data.tags])
    for name in data.entities:
        entity = find_entity(name)
        if entity is None:
            data.warnings.append(f"no entity is named «{name}»; create it first")
            continue
        ArticleEntity.objects.update_or_create(
            article=article,
            entity=entity,
            defaults={"origin": ArticleEntity.Origin.EDITOR, "removed": False},
        )
    changes.article_saved(article)


def find_entity(name: str) -> Entity | None:
    """The entity whose name — or one of whose aliases — is `name` up to orthography."""
    entity_id = linking.entity_id_for_name(name)
    return Entity.objects.filter(pk=entity_id).first() if entity_id else None


def save_entity(fields: dict) -> tuple[Entity, bool]:
    """Create the entity, or merge into the one with the same name up to orthography."""
    # Up to orthography, unless written diacritics tell the names apart (عُمان, عمّان).
    entity = Entity(name=fields["name"]).twin()
    created = entity is None
    if entity is None:
        entity = Entity(name=fields["name"])
    entity.kind = fields["kind"]
    entity.aliases = list(dict.fromkeys([*entity.aliases, *fields["aliases"]]))
    if fields["description"]:
        entity.description = fields["description"]
    if fields["wikidata"]:
        entity.wikidata = fields["wikidata"]
    entity.full_clean(exclude=["slug", "name_key"])
    entity.save()
    return entity, created
