"""Entity linking against the database: which entities each article mentions.

The matching itself is pure (`matching.Gazetteer`); this module keeps one compiled
gazetteer per process, rebuilt only when the entity table changes, and writes the
results as `ArticleEntity` rows. An editor's decisions are never overwritten: links an
editor made stay even when the text stops naming the entity, and links an editor
removed stay removed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

from django.db import transaction
from django.db.models import Count, Max, Prefetch, Q, QuerySet

from .models import Article, ArticleEntity, Entity, LinkDecision, Tag
from .search import candidates_for_names
from .text.matching import Gazetteer, GazetteerEntry, Learned, article_text
from .text.normalize import normalize

CHUNK = 500


@dataclass(frozen=True)
class Found:
    mentions: int
    first_start: int | None  # offsets into the article body, None if only the title names it
    first_end: int | None


@dataclass(frozen=True)
class Compiled:
    gazetteer: Gazetteer
    by_name: dict[str, int]  # normalised name or alias → entity id


_lock = threading.Lock()
_cached: tuple[tuple, Compiled] | None = None


def _version() -> tuple:
    # One cheap aggregate per call; creating, editing or deleting an entity changes it.
    v = Entity.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    return (v["count"], v["latest"])


def _compiled() -> Compiled:
    """Every entity compiled once per process, rebuilt when the entity table changed."""
    global _cached
    version = _version()
    with _lock:
        if _cached is None or _cached[0] != version:
            entries = [
                GazetteerEntry(pk, name, tuple(aliases or ()), kind, description)
                for pk, name, aliases, kind, description in Entity.objects.values_list(
                    "pk", "name", "aliases", "kind", "description"
                ).iterator(chunk_size=2000)
            ]
            by_name: dict[str, int] = {}
            # The gazetteer's keys are the entities' pks (TODO: its key type, once generic).
            for entry in entries:
                for alias in entry.aliases:
                    by_name.setdefault(normalize(alias), cast(int, entry.key))
            for entry in entries:  # a canonical name wins over another entity's alias
                by_name[normalize(entry.name)] = cast(int, entry.key)
            _cached = (version, Compiled(Gazetteer.build(entries), by_name))
        return _cached[1]


def get_gazetteer() -> Gazetteer:
    return _compiled().gazetteer


_learned_cache: tuple[tuple, Learned] | None = None


def learned() -> Learned:
    """Editors' decisions on earlier links, as evidence for linking the next articles.

    A form an editor removed more often than confirmed needs evidence from now on; one
    confirmed more often than removed is trusted even if it is a common word; a form removed
    after a given word is never linked after that word again. Cached per process until a
    decision is recorded (one cheap aggregate per call, like the gazetteer).
    """
    global _learned_cache
    version = tuple(LinkDecision.objects.aggregate(n=Count("pk"), last=Max("pk")).values())
    with _lock:
        if _learned_cache is None or _learned_cache[0] != version:
            forms: dict[tuple[int, str], int] = {}
            contexts: dict[tuple[int, str, str | None], int] = {}
            for entity_id, form, before, decision in LinkDecision.objects.values_list(
                "entity_id", "form", "before", "decision"
            ).iterator(chunk_size=2000):
                vote = 1 if decision == LinkDecision.Decision.REMOVED else -1
                forms[(entity_id, form)] = forms.get((entity_id, form), 0) + vote
                where = (entity_id, form, before or None)
                contexts[where] = contexts.get(where, 0) + vote
            _learned_cache = (
                version,
                Learned(
                    doubted=frozenset(k for k, v in forms.items() if v > 0),
                    trusted=frozenset(k for k, v in forms.items() if v < 0),
                    refused=frozenset(k for k, v in contexts.items() if v > 0),
                ),
            )
        return _learned_cache[1]


def record_decisions(
    article: Article, *, removed: Iterable[int] = (), confirmed: Iterable[int] = ()
) -> int:
    """Keep an editor's removals and confirmations of links in `article` as evidence: one
    row per form and preceding word the matcher read for the entity. How many rows."""
    text, _ = article_text(article.title, article.summary, article.body)
    gazetteer = get_gazetteer()
    rows = [
        LinkDecision(
            entity_id=entity_id, article=article, form=form, before=before or "", decision=kind
        )
        for kind, ids in (
            (LinkDecision.Decision.REMOVED, removed),
            (LinkDecision.Decision.CONFIRMED, confirmed),
        )
        for entity_id in ids
        for form, before in sorted(gazetteer.contexts(text, entity_id), key=str)
    ]
    LinkDecision.objects.bulk_create(rows)
    return len(rows)


def entity_id_for_name(name: str) -> int | None:
    """The entity whose name or alias is `name`, up to orthography."""
    return _compiled().by_name.get(normalize(name))


def known_name_checker():
    """A test of whether a name is an entity's (name, alias, or a form the matcher finds
    in it), against one snapshot of the gazetteer: one query however many names."""
    compiled = _compiled()

    def is_known(name: str) -> bool:
        if normalize(name) in compiled.by_name:
            return True
        return any(True for _ in compiled.gazetteer.find_spans(name))

    return is_known


def find_mentions(
    gazetteer: Gazetteer,
    article: Article,
    *,
    editor_keys: Iterable[int] = (),
    decisions: Learned | None = None,
) -> dict[int, Found]:
    """Entities named in title, summary and body, with counts and the body's first mention.

    The matcher judges short, ambiguous forms (فتح، لولا) from evidence in the whole article
    and its tags; an entity an editor linked is taken as present, so its short forms count
    too.
    """
    text, body_offset = article_text(article.title, article.summary, article.body)
    found: dict[int, Found] = {}
    topics = [tag.name for tag in article.tags.all()] if article.pk else []
    spans = gazetteer.find_spans(
        text, assume_present=frozenset(editor_keys), learned=decisions, topics=topics
    )
    for span_key, start, end in spans:
        key = cast(int, span_key)  # an entity's pk, as _compiled keys the gazetteer
        previous = found.get(key)
        in_body = start >= body_offset
        if previous is None or (previous.first_start is None and in_body):
            count = previous.mentions + 1 if previous else 1
            if in_body:
                found[key] = Found(count, start - body_offset, end - body_offset)
            else:
                found[key] = Found(count, None, None)
        else:
            found[key] = Found(previous.mentions + 1, previous.first_start, previous.first_end)
    return found


def _editor_keys(links: Iterable[ArticleEntity]) -> set[int]:
    return {
        link.entity_id
        for link in links
        if link.origin == ArticleEntity.Origin.EDITOR and not link.removed
    }


def _plan(article: Article, found: dict[int, Found], existing: Iterable[ArticleEntity]):
    """What to create, update and delete so the article's links follow `found`."""
    create, update, delete = [], [], []
    seen = set()
    for link in existing:
        seen.add(link.entity_id)
        hit = found.get(link.entity_id)
        if hit is None and link.origin == ArticleEntity.Origin.AUTO and not link.removed:
            delete.append(link.pk)
            continue
        values = (hit.mentions, hit.first_start, hit.first_end) if hit else (0, None, None)
        if (link.mentions, link.first_start, link.first_end) != values:
            link.mentions, link.first_start, link.first_end = values
            update.append(link)
    for entity_id, hit in found.items():
        if entity_id not in seen:
            create.append(
                ArticleEntity(
                    article=article,
                    entity_id=entity_id,
                    origin=ArticleEntity.Origin.AUTO,
                    mentions=hit.mentions,
                    first_start=hit.first_start,
                    first_end=hit.first_end,
                )
            )
    return create, update, delete


def _apply(create, update, delete) -> None:
    if delete:
        ArticleEntity.objects.filter(pk__in=delete).delete()
    if update:
        ArticleEntity.objects.bulk_update(
            update, ["mentions", "first_start", "first_end"], batch_size=CHUNK
        )
    if create:
        ArticleEntity.objects.bulk_create(create, batch_size=CHUNK, ignore_conflicts=True)


@transaction.atomic
def link_article(article: Article) -> None:
    """Re-link one article after its text changed (called on save and on import)."""
    existing = list(article.entity_links.all())
    found = find_mentions(
        get_gazetteer(), article, editor_keys=_editor_keys(existing), decisions=learned()
    )
    _apply(*_plan(article, found, existing))


def relink_articles(
    articles: QuerySet[Article] | None = None,
    *,
    after_each_chunk: Callable[[list[int]], None] = lambda ids: None,
) -> list[int]:
    """Re-link many articles in chunks (a few queries per chunk, never one per article);
    the ids re-linked. `after_each_chunk(ids)` runs in each chunk's transaction, so that
    what is derived from the links (`articles.changes`) is never behind them."""
    gazetteer = get_gazetteer()
    decisions = learned()
    articles = (articles if articles is not None else Article.objects.all()).only(
        "pk", "title", "summary", "body"
    )
    ids = list(articles.order_by("pk").values_list("pk", flat=True))
    for offset in range(0, len(ids), CHUNK):
        chunk = (
            Article.objects.filter(pk__in=ids[offset : offset + CHUNK])
            .only("pk", "title", "summary", "body")
            .prefetch_related(
                Prefetch("entity_links", queryset=ArticleEntity.objects.all()),
                Prefetch("tags", queryset=Tag.objects.only("pk", "name")),
            )
        )
        create, update, delete = [], [], []
        for article in chunk:
            existing = list(article.entity_links.all())
            found = find_mentions(
                gazetteer, article, editor_keys=_editor_keys(existing), decisions=decisions
            )
            c, u, d = _plan(article, found, existing)
            create += c
            update += u
            delete += d
        with transaction.atomic():
            _apply(create, update, delete)
            after_each_chunk(ids[offset : offset + CHUNK])
    return ids


def relink_for_entities(
    entity_ids: Iterable[int],
    *,
    after_each_chunk: Callable[[list[int]], None] = lambda ids: None,
) -> list[int]:
    """Re-link the articles a new or changed entity may concern, and only those.

    The search index narrows the candidates to articles containing a first word of one of
    the entities' names; articles already linked to them are re-checked too (an alias
    may have been removed).
    """
    entity_ids = list(entity_ids)
    names = [
        name
        for entity_name, aliases in Entity.objects.filter(pk__in=entity_ids).values_list(
            "name", "aliases"
        )
        for name in [entity_name, *(aliases or [])]
    ]
    linked = ArticleEntity.objects.filter(entity_id__in=entity_ids).values("article_id")
    candidates = Article.objects.filter(
        Q(pk__in=candidates_for_names(names).values("pk")) | Q(pk__in=linked)
    )
    return relink_articles(candidates, after_each_chunk=after_each_chunk)
