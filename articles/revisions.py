"""Revisions of an article: one per editorial save, a readable diff, and restore.

django-simple-history stores each revision (fields, byline, tags and the entity rows).
Saving an article writes it in several steps (the row, then bylines, tags, entity links);
`begin`/`finish` make those steps one revision, recorded once everything is written. An
article imported before revisions existed gets its current state recorded as a first
revision before anyone changes it, so no earlier word is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db import models, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import changes
from .display import long_date
from .models import Article, ArticleEntity, ArticleHistory, Author, Entity, Tag
from .models import Source as SourceModel
from .text.diff import Segment, changed, with_context, word_diff

TEXT_FIELDS = ("title", "summary", "body", "image_alt", "image_caption", "image_credit")
# What a restore brings back. The publication state (status, date, slug, trash) is not
# content: restoring an old wording neither publishes, unpublishes nor moves a shared link.
RESTORED_FIELDS = (*TEXT_FIELDS, "source_id", "source_url", "image")
KIND_LABELS = {
    "+": gettext_lazy("إنشاء"),
    "~": gettext_lazy("تعديل"),
    "-": gettext_lazy("حذف نهائي"),
}
BASELINE_REASON = gettext_lazy("النص كما كان قبل أول تعديل محفوظ في السجل")


def history_model():
    return Article.history.model


def _m2m_model(name: str):
    return apps.get_model("articles", name)


# --- Recording ----------------------------------------------------------------------


def _recorder() -> Any:
    recorder = ArticleHistory.recorder
    assert recorder is not None  # set once simple-history has registered Article
    return recorder


def ensure_baseline(article_id: int | None) -> None:
    """Record the article as it is now if it has no revision yet (imported before)."""
    if article_id is None or history_model().objects.filter(id=article_id).exists():
        return
    current = Article.objects.filter(pk=article_id).first()
    if current is None:
        return
    current._history_date = current.updated_at
    current._change_reason = str(BASELINE_REASON)
    _recorder().create_historical_record(current, "+")


def begin(article: Article) -> None:
    """From here on, saves of `article` and its relations are one revision (see finish)."""
    ensure_baseline(article.pk)
    article.skip_history_when_saving = True


def finish(article: Article, *, user=None, reason: str = "", created: bool = False) -> None:
    """Record the revision begun with `begin`, now that everything is written."""
    article.__dict__.pop("skip_history_when_saving", None)
    if user is not None and user.is_authenticated:
        article._history_user = user
    article._change_reason = str(reason)
    article.__dict__.pop("_history_date", None)
    _recorder().create_historical_record(article, "+" if created else "~")


@contextmanager
def one_revision(article: Article, *, user=None, reason: str = "") -> Iterator[None]:
    created = article.pk is None
    begin(article)
    try:
        yield
    finally:
        article.__dict__.pop("skip_history_when_saving", None)
    finish(article, user=user, reason=reason, created=created)


# --- Reading ------------------------------------------------------------------------


@dataclass
class Snapshot:
    """An article as one revision recorded it, with its relations as ids."""

    revision: Any  # a HistoricalArticle row (simple-history makes the model), or None
    authors: list[int] = field(default_factory=list)  # byline order
    tags: set[int] = field(default_factory=set)
    about: set[int] = field(default_factory=set)  # entities pinned as the article's subject
    removed: set[int] = field(default_factory=set)  # entities an editor removed
    confirmed: set[int] = field(default_factory=set)  # entities an editor linked or confirmed


def snapshots(revisions: Iterable) -> dict[int, Snapshot]:
    """Snapshots of `revisions` by history id, in a constant number of queries."""
    result = {r.history_id: Snapshot(r) for r in revisions}
    ids = list(result)
    for row in (
        _m2m_model("HistoricalArticleAuthor")
        .objects.filter(history_id__in=ids)
        .order_by("position", "pk")
    ):
        result[row.history_id].authors.append(row.author_id)
    for history_id, tag_id in (
        _m2m_model("HistoricalArticle_tags")
        .objects.filter(history_id__in=ids)
        .values_list("history_id", "tag_id")
    ):
        result[history_id].tags.add(tag_id)
    for row in _m2m_model("HistoricalArticleEntity").objects.filter(history_id__in=ids):
        snapshot = result[row.history_id]
        if row.is_about and not row.removed:
            snapshot.about.add(row.entity_id)
        if row.removed:
            snapshot.removed.add(row.entity_id)
        elif row.origin == ArticleEntity.Origin.EDITOR:
            snapshot.confirmed.add(row.entity_id)
    return result


@dataclass(frozen=True)
class Change:
    label: str
    segments: list[Segment] | None = None  # a word diff, for text
    old: str = ""
    new: str = ""


@dataclass
class Names:
    """Display names of the rows revisions point to, fetched once per page."""

    sources: dict[int, str]
    authors: dict[int, str]
    tags: dict[int, str]
    entities: dict[int, str]

    @classmethod
    def for_snapshots(cls, items: Iterable[Snapshot]) -> Names:
        items = list(items)

        def names(model, ids) -> dict[int, str]:
            return dict(model.objects.filter(pk__in=set(ids)).values_list("pk", "name"))

        return cls(
            sources=names(SourceModel, [s.revision.source_id for s in items]),
            authors=names(Author, [a for s in items for a in s.authors]),
            tags=names(Tag, [t for s in items for t in s.tags]),
            entities=names(
                Entity, [e for s in items for e in (*s.about, *s.removed, *s.confirmed)]
            ),
        )

    def listing(self, table: dict[int, str], ids: Iterable[int], *, ordered=False) -> str:
        labels = [table.get(i, _("(محذوف)")) for i in ids]
        return "، ".join(labels if ordered else sorted(labels))


def _label(field_name: str) -> str:
    field = Article._meta.get_field(field_name)
    assert isinstance(field, models.Field)  # one of the article's own fields
    return str(field.verbose_name)


def describe_changes(
    old: Snapshot | None, new: Snapshot, names: Names, *, context: int | None = 15
) -> list[Change]:
    """What `new` changed compared with `old` (everything it holds, if it is the first)."""
    changes: list[Change] = []
    before, after = (old.revision if old else None), new.revision
    for name in TEXT_FIELDS:
        old_text = getattr(before, name, "") or ""
        new_text = getattr(after, name) or ""
        if old_text != new_text:
            segments = word_diff(old_text, new_text)
            if changed(segments):
                segments = with_context(segments, context) if context else segments
                changes.append(Change(_label(name), segments))

    def scalar(label: str, old_value: str, new_value: str) -> None:
        if old_value != new_value:
            changes.append(Change(label, old=old_value, new=new_value))

    def status(revision) -> str:
        return str(Article.Status(revision.status).label) if revision else ""

    def date(value) -> str:
        return long_date(value) if value else ""

    scalar(_label("status"), status(before), status(after))
    scalar(
        _label("published_at"),
        date(getattr(before, "published_at", None)),
        date(after.published_at),
    )

    def source(revision: Any) -> str:
        return names.sources.get(revision.source_id, "") if revision else ""

    scalar(_label("source"), source(before), source(after))
    scalar(_label("source_url"), getattr(before, "source_url", ""), after.source_url)
    scalar(_label("image"), str(getattr(before, "image", "") or ""), str(after.image or ""))
    scalar(
        _("سلة المحذوفات"),
        _("في السلة") if getattr(before, "deleted_at", None) else "",
        _("في السلة") if after.deleted_at else "",
    )
    old_state = old or Snapshot(None)
    for label, table, attr, ordered in (
        (_("الكتّاب"), names.authors, "authors", True),
        (_("الوسوم"), names.tags, "tags", False),
        (_("موضوع المقال"), names.entities, "about", False),
        (_("كيانات أزالها المحرر"), names.entities, "removed", False),
        (_("كيانات أكدها المحرر"), names.entities, "confirmed", False),
    ):
        old_ids, new_ids = getattr(old_state, attr), getattr(new, attr)
        if (list(old_ids) if ordered else set(old_ids)) != (list(new_ids) if ordered else new_ids):
            scalar(
                label,
                names.listing(table, old_ids, ordered=ordered),
                names.listing(table, new_ids, ordered=ordered),
            )
    return changes


def revisions_of(article_id: int):
    return (
        history_model()
        .objects.filter(id=article_id)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )


# --- Restoring ----------------------------------------------------------------------


@transaction.atomic
def restore(article: Article, revision, *, user=None) -> Article:
    """Bring back the wording, attribution, tags and entity decisions of `revision`.

    The restore is itself a new revision, so it can be undone the same way.
    """

    article = Article.objects.select_for_update().get(pk=article.pk)
    snapshot = snapshots([revision])[revision.history_id]
    reason = _("استعادة النسخة المحفوظة في %(date)s") % {"date": long_date(revision.history_date)}
    with one_revision(article, user=user, reason=reason):
        for name in RESTORED_FIELDS:
            setattr(article, name, getattr(revision, name))
        if article.source_id and not SourceModel.objects.filter(pk=article.source_id).exists():
            article.source_id = None
        article.save()
        ordered = Author.objects.in_bulk(snapshot.authors)
        article.set_byline([ordered[i] for i in snapshot.authors if i in ordered])
        article.tags.set(Tag.objects.filter(pk__in=snapshot.tags))
        _restore_entity_decisions(article, snapshot)
        changes.article_saved(article)
    return article


def _restore_entity_decisions(article: Article, snapshot: Snapshot) -> None:
    """The editor's entity decisions of the snapshot; automatic links follow the text."""
    decided = snapshot.about | snapshot.removed | snapshot.confirmed
    existing_entities = set(Entity.objects.filter(pk__in=decided).values_list("pk", flat=True))
    article.entity_links.filter(origin=ArticleEntity.Origin.EDITOR).exclude(
        entity_id__in=decided
    ).delete()
    for entity_id in decided & existing_entities:
        ArticleEntity.objects.update_or_create(
            article=article,
            entity_id=entity_id,
            defaults={
                "origin": ArticleEntity.Origin.EDITOR,
                "removed": entity_id in snapshot.removed,
                "is_about": entity_id in snapshot.about,
            },
        )
    article.entity_links.exclude(entity_id__in=decided).update(is_about=False)
