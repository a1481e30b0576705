"""After a change: the one place that refreshes and forgets derived data.

Derived data is what the site computes from the articles so that readers' pages cost
little: automatic entity links, the listing index and each subject's count
(`articles.listing`), the search index (`articles.search`), stored renderings (article
pages, cards, a subject's panels, the header's sections: `articles.stored`) and the
render epoch that the page cache and the stored front page serve by
(`articles.stored.freshness`, `articles.stored.front`), and the copies
the front (the shared HTTP cache, `articles.edge`) keeps of the pages that show what
changed. No other module refreshes or forgets any of it (`tests/test_architecture.py`
holds every module to that).

Every write path calls one of these, after its rows are written and in the same
transaction:

- `article_saved(article)`: an article's text, byline, tags or entities were saved (the
  admin, the importers, a revision restored, the demo);
- `articles_changed(ids)`: articles changed in bulk: their state (the workflow's publish,
  unpublish, trash, restore) or their links (re-linking);
- `entities_changed(ids)`: entities were created or their names changed: the articles
  that may name them are re-linked;
- `content_changed()`: anything else readers see (a subject renamed or described, an
  admin delete, a purge);
- `front_page_changed()`: the front page's sections or lead story were chosen again;
- `everything_changed()`: rows were written in bulk, around the ORM (a generated
  archive, a restore).

Saves made through the ORM anywhere (a shell, a data migration) are covered by `connect`,
which the app calls once: model signals make a changed lead image's variants before the
article's row is written (`images.variants`), drop the stored pages and cards of what
changed, take a deleted article off its listings, and index what `loaddata` loads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.db.models import Model, QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from . import exploring, linking, listing, search
from .edge import purging as edge
from .images import variants
from .models import (
    Article,
    ArticleAuthor,
    ArticleEntity,
    Author,
    Correction,
    Entity,
    FrontPageSection,
    LeadStory,
    ListingEntry,
    RenderEpoch,
    Source,
    Tag,
    TrashedArticle,
)
from .stored import freshness, panels, sections
from .stored import pages as stored_pages


def article_saved(article: Article) -> None:
    """Entity links (with mention counts and offsets), listing rows, the search index row,
    and the stored pages that show the article: its own, those that list it as related
    reading, and those it now belongs on (related reading is mutual)."""
    linking.link_article(article)
    subjects = _relisted([article.pk])
    search.index_article(article)
    shown = [article.pk, *_neighbours(article)]
    edge.articles_changed(shown, subjects)  # before the pages that list it are forgotten
    stored_pages.forget(shown)
    content_changed()


def articles_changed(article_ids: Iterable[int]) -> None:
    """Articles changed in bulk: their listings, their stored pages, every cached page."""
    ids = list(article_ids)
    if ids:
        subjects = _relisted(ids)
        edge.articles_changed(ids, subjects)
        stored_pages.forget(ids)
        content_changed()


def entities_changed(entity_ids: Iterable[int]) -> int:
    """Re-link the articles new or renamed entities may concern; how many were re-linked."""
    entity_ids = list(entity_ids)
    subjects: set[tuple[str, int]] = {(ListingEntry.Kind.ENTITY, pk) for pk in entity_ids}
    relinked = linking.relink_for_entities(entity_ids, after_each_chunk=_collecting(subjects))
    # Before the stored pages go: the edge reads which pages list them as related.
    edge.articles_changed(relinked, subjects)
    # A new description or name shows on the entity's own pages even where no link changed.
    edge.subjects_changed(subjects)
    if relinked:
        stored_pages.forget(relinked)
    content_changed()
    return len(relinked)


def relink(articles: QuerySet[Article] | None = None) -> int:
    """Re-link these articles, or every one (after the gazetteer changed in bulk)."""
    subjects: set[tuple[str, int]] = set()
    relinked = linking.relink_articles(articles, after_each_chunk=_collecting(subjects))
    if relinked:
        edge.articles_changed(relinked, subjects)
        stored_pages.forget(relinked)
        content_changed()
    return len(relinked)


def content_changed() -> None:
    """Make every cached page stale, for every process, once the current transaction
    commits (and for this one at once); the header's sections follow the same changes, and
    the stored front page is current only in the epoch it was rendered in."""
    sections.forget()  # moves the render epoch on


def front_page_changed() -> None:
    """The front page's sections or its lead story changed. The sections are the header's
    links too, so every page the front keeps shows them."""
    edge.everything()
    content_changed()


def everything_changed() -> None:
    """Rows written in bulk around the ORM: recount every subject, forget every stored
    rendering, and every cached page."""
    listing.recount_all()
    stored_pages.forget_all()
    panels.forget_all()
    edge.everything()
    content_changed()


def _relisted(article_ids: list[int]) -> set[tuple[str, int]]:
    """Rewrite their listing rows; the (kind, subject id) pairs they are or were listed on."""
    subjects = listing.refresh(article_ids)
    panels.forget_subjects(subjects)
    return subjects


def _collecting(subjects: set[tuple[str, int]]) -> Callable[[list[int]], None]:
    """`_relisted` for a service that works in chunks, gathering the subjects into `subjects`."""

    def relisted(article_ids: list[int]) -> None:
        subjects.update(_relisted(article_ids))

    return relisted


def _neighbours(article: Article) -> list[int]:
    if not article.is_public:
        return []
    # Read again: the links were just remade, and `article` may hold them prefetched.
    fresh = Article.objects.prefetch_related("entity_links", "tags").get(pk=article.pk)
    return [item.pk for item in exploring.related_articles(fresh)]


# --- Saves made anywhere through the ORM ------------------------------------------------


def _article_saving(sender, instance, raw: bool = False, update_fields=None, **kwargs) -> None:
    # Before the row is written, so that the variants and the `updated_at` that stored
    # cards and pages are checked against change in one write. A dump's rows carry theirs.
    if not raw:
        variants.refresh(instance, update_fields)


def _article_saved(sender, instance, raw: bool = False, **kwargs) -> None:
    edge.article_pages([instance.pk])
    stored_pages.forget([instance.pk])
    variants.delete_replaced(instance)
    if raw:
        # Loaded by `loaddata` (a dump, a restore): a dump never holds the search index
        # (articles/routers.py), so its row is written here. Its revisions are in the dump:
        # setting its tags next must not record another one.
        search.index_article(instance)
        instance.skip_history_when_saving = True  # read by django-simple-history
        content_changed()  # a running site's cached pages do not show it


def _article_deleted(sender, instance, **kwargs) -> None:
    edge.articles_changed([instance.pk], [])  # before its stored page (and links) go
    stored_pages.forget([instance.pk])
    # Its listing rows would go with it, uncounted: take it off its listings first.
    subjects = listing.drop([instance.pk])
    edge.subjects_changed(subjects)
    panels.forget_subjects(subjects)


def _link_changed(sender, instance, **kwargs) -> None:
    edge.article_pages([instance.article_id])
    stored_pages.forget([instance.article_id])


def _tags_changed(sender, instance, action, pk_set, model, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if isinstance(instance, Article):
        edge.article_pages([instance.pk])
        stored_pages.forget([instance.pk])
    else:  # changed from the tag's side
        edge.everything()
        stored_pages.forget_articles_of(tags=instance)
        if pk_set:
            stored_pages.forget(pk_set)


def _subject_changed(relation: str):
    def receiver(sender, instance, **kwargs) -> None:
        if not kwargs.get("created"):  # a new one is on no page yet
            # Its name is on its articles' pages, and a tag's or entity's in other panels.
            edge.everything()
        stored_pages.forget_articles_of(**{relation: instance})
        if sender in (Tag, Entity):  # named in other subjects' panels
            panels.forget_all()

    return receiver


def _front_page_chosen(sender, instance, **kwargs) -> None:
    front_page_changed()


def _epoch_loaded(sender, instance, raw: bool = False, **kwargs) -> None:
    """The render epoch's row, loaded from a dump: it may hold a value the epoch had
    before, under which a cache may still keep pages. Move it past every one."""
    if raw:
        freshness.forgotten()


SUBJECT_RELATIONS = (
    (Tag, "tags"),
    (Author, "bylines__author"),
    (Source, "source"),
    (Entity, "entity_links__entity"),
)


def connect() -> None:
    """Wire the model signals above (called once, from the app's ready)."""
    uid = "changes"
    model: type[Model]
    for model in (Article, TrashedArticle):  # a proxy's signals name the proxy
        name = model.__name__
        pre_save.connect(_article_saving, sender=model, dispatch_uid=f"{uid}:{name}-s")
        post_save.connect(_article_saved, sender=model, dispatch_uid=f"{uid}:{name}")
        pre_delete.connect(_article_deleted, sender=model, dispatch_uid=f"{uid}:{name}-d")
    for model in (ArticleAuthor, ArticleEntity, Correction):
        name = model.__name__
        post_save.connect(_link_changed, sender=model, dispatch_uid=f"{uid}:{name}")
        post_delete.connect(_link_changed, sender=model, dispatch_uid=f"{uid}:{name}-d")
    m2m_changed.connect(_tags_changed, sender=Article.tags.through, dispatch_uid=f"{uid}:tags")
    for model, relation in SUBJECT_RELATIONS:
        receiver = _subject_changed(relation)
        name = model.__name__
        post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}:{name}", weak=False)
        pre_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}:{name}-d", weak=False)
    for model in (FrontPageSection, LeadStory):
        name = model.__name__
        post_save.connect(_front_page_chosen, sender=model, dispatch_uid=f"{uid}:{name}")
        post_delete.connect(_front_page_chosen, sender=model, dispatch_uid=f"{uid}:{name}-d")
    post_save.connect(_epoch_loaded, sender=RenderEpoch, dispatch_uid=f"{uid}:epoch")
