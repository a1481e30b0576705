"""A synthetic Arabic news archive, built fast enough to measure the site at newsroom scale.

`generate_corpus(spec)` writes sources, authors, tags, entities and articles with their
bylines, tags, entity links and search index rows. Text comes from the phrase bank in
`corpus_bank`, with entity names carrying the proclitics Arabic attaches to them
(وموسكو، بالقاهرة، للأمم المتحدة). Entity links and search rows are computed by the site's
own matcher and indexer, so the archive is exactly what importing the same text would give.

Speed comes from writing in batches: PostgreSQL rows go in with COPY (the GIN search
index is rebuilt once at the end rather than updated row by row), SQLite rows with
executemany; nothing goes through `Model.save()`.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate

from django.db import connection, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.text import slugify

from .. import changes, search
from ..models import (
    Article,
    ArticleAuthor,
    ArticleEntity,
    Author,
    Entity,
    EntityKind,
    ListingEntry,
    Source,
    Tag,
)
from ..text.normalize import clean, normalize, sort_key
from . import bank as bank
from .writing import Field, Writer


@dataclass(frozen=True)
class CorpusSpec:
    articles: int = 1000
    entities: int = 500
    tags: int = 200
    years: int = 6
    seed: int = 7
    batch: int = 1000
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    draft_share: float = 0.01  # never public
    scheduled_share: float = 0.001  # published, due in the coming days


@dataclass
class Summary:
    articles: int = 0
    links: int = 0
    tags: dict[str, int] = field(default_factory=dict)  # tag slug → articles, biggest first


def zipf_weights(n: int, exponent: float = 0.9) -> list[float]:
    """Cumulative weights for `random.choices`: a few subjects get most of the articles."""
    return list(accumulate(1 / (rank**exponent) for rank in range(1, n + 1)))


# --- Named rows -----------------------------------------------------------------------


def _ensure_named(model, names: list[str], **fields) -> list:
    """Rows for `names` (created in bulk where missing), one per name up to orthography."""
    wanted: dict[str, str] = {}
    for name in names:
        wanted.setdefault(normalize(name), name)
    existing = {row.name_key: row for row in model.objects.filter(name_key__in=list(wanted))}
    taken = set(model.objects.values_list("slug", flat=True))
    new = []
    for key, name in wanted.items():
        if key in existing:
            continue
        slug = base = slugify(clean(name), allow_unicode=True)[:180] or "item"
        n = 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        new.append(model(name=name, name_key=key, sort_key=sort_key(name), slug=slug, **fields))
    model.objects.bulk_create(new, batch_size=500)
    rows = {row.name_key: row for row in model.objects.filter(name_key__in=list(wanted))}
    return [rows[key] for key in wanted]


def entity_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(name, kind): places, institutions, city organizations, then people, up to `count`."""
    names: list[tuple[str, str]] = [(n, EntityKind.PLACE) for n in bank.PLACES]
    names += [(n, EntityKind.ORGANIZATION) for n in bank.MINISTRIES]
    cities = bank.PLACES[:32]
    names += [
        (f"{k} {c}", EntityKind.ORGANIZATION) for k in bank.ORGANIZATION_KINDS for c in cities
    ]
    people = [f"{f} {s}" for f in bank.FIRST_NAMES for s in bank.FAMILY_NAMES]
    rng.shuffle(people)
    names += [(n, EntityKind.PERSON) for n in people]
    return names[:count]


def tag_names(count: int) -> list[str]:
    """Sections, their topics, then «topic في place» tags, up to `count`."""
    names = list(bank.SECTIONS)
    topics = [t for _share, ts in bank.SECTIONS.values() for t in ts]
    names += topics
    names += [f"{t} في {p}" for p in bank.PLACES for t in topics]
    return names[:count]


# --- Articles -------------------------------------------------------------------------


class Archive:
    """Everything an article is drawn from, with Zipf weights for who and what it is about.

    Built once from the database; after that, making articles touches no database, so
    worker processes can share it.
    """

    def __init__(self, spec: CorpusSpec, rng: random.Random) -> None:
        self.spec = spec
        self.sources = [s.pk for s in _ensure_named(Source, list(bank.SOURCES))]
        self.authors_by_source: dict[int, list[int]] = {}
        for i, source in enumerate(self.sources):
            names = [
                f"{bank.FIRST_NAMES[(i * 7 + k) % len(bank.FIRST_NAMES)]} "
                f"{bank.FAMILY_NAMES[(i * 5 + k * 3) % len(bank.FAMILY_NAMES)]}"
                for k in range(max(3, min(40, spec.articles // 2000)))
            ]
            authors = _ensure_named(Author, names, source_id=source)
            self.authors_by_source[source] = [a.pk for a in authors]
        pairs = entity_names(spec.entities, rng)
        self.entities: dict[str, list[str]] = {}
        self.entity_ids: dict[str, int] = {}
        for kind in (EntityKind.PLACE, EntityKind.ORGANIZATION, EntityKind.PERSON):
            rows = _ensure_named(Entity, [n for n, k in pairs if k == kind], kind=kind)
            if rows:
                self.entities[kind] = [e.name for e in rows]
                self.entity_ids.update((e.name, e.pk) for e in rows)
        self.entity_weights = {k: zipf_weights(len(v)) for k, v in self.entities.items()}
        names = tag_names(spec.tags)
        self.tags = {t.name: t.pk for t in _ensure_named(Tag, names)}
        self.extra_tags = [t for t in names if " في " in t]
        self.extra_weights = zipf_weights(len(self.extra_tags)) if self.extra_tags else []
        self.sections = list(bank.SECTIONS)
        self.section_weights = list(accumulate(share for share, _t in bank.SECTIONS.values()))
        self.source_weights = zipf_weights(len(self.sources), 0.6)

    def pick(self, rng: random.Random, kind: str, fallback: str) -> str:
        names = self.entities.get(kind)
        if not names:
            return fallback
        return rng.choices(names, cum_weights=self.entity_weights[kind])[0]

    def article(self, rng: random.Random, published_at: datetime, now: datetime) -> Draft:
        section = rng.choices(self.sections, cum_weights=self.section_weights)[0]
        topics = rng.sample(bank.SECTIONS[section][1], 2)
        cast = {
            "P": self.pick(rng, EntityKind.PERSON, "المتحدث الرسمي"),
            "Q": self.pick(rng, EntityKind.PERSON, "الوزير"),
            "L": self.pick(rng, EntityKind.PLACE, "العاصمة"),
            "M": self.pick(rng, EntityKind.PLACE, "المنطقة"),
            "O": self.pick(rng, EntityKind.ORGANIZATION, "الحكومة"),
        }
        writer = Writer(rng, cast, topics, self.entity_ids)
        source = rng.choices(self.sources, cum_weights=self.source_weights)[0]
        authors = self.authors_by_source[source]
        byline = rng.sample(authors, min(len(authors), 2 if rng.random() < 0.15 else 1))
        tags = {self.tags[t] for t in (section, *topics) if t in self.tags}
        if self.extra_tags and rng.random() < 0.5:
            tags.add(self.tags[rng.choices(self.extra_tags, cum_weights=self.extra_weights)[0]])
        status = Article.Status.PUBLISHED
        roll = rng.random()
        if roll < self.spec.draft_share:
            status = Article.Status.DRAFT
        elif roll < self.spec.draft_share + self.spec.scheduled_share:
            published_at = now + timedelta(hours=rng.uniform(1, 24 * 7))
        title, summary, body = writer.sentence(bank.TITLES), writer.sentence(), writer.body()
        return Draft(
            title.text,
            summary.text,
            body.text,
            [title.terms, summary.terms, body.terms],
            self.links(title, summary, body),
            source,
            byline,
            sorted(tags),
            min(published_at, now),
            status,
        )

    def links(self, *fields: Field) -> dict[int, list]:
        """Entity id → [mentions, first start, first end] (offsets in the body, the last
        field), as `linking.find_mentions` finds them in the same text."""
        found: dict[int, list] = {}
        body = fields[-1]
        for part in fields:
            for name, start, end in part.mentions:
                link = found.setdefault(self.entity_ids[name], [0, None, None])
                link[0] += 1
                if part is body and link[1] is None:
                    link[1], link[2] = start, end
        return found


@dataclass(slots=True)
class Draft:
    title: str
    summary: str
    body: str
    terms: list
    links: dict[int, list]
    source_id: int
    author_ids: list[int]
    tag_ids: list[int]
    published_at: datetime
    status: str


# --- Rows -----------------------------------------------------------------------------

ARTICLE_COLUMNS = (
    "id",
    "title",
    "title_key",
    "slug",
    "summary",
    "body",
    "source_id",
    "source_url",
    "published_at",
    "created_at",
    "updated_at",
    "status",
    "image",
    "image_caption",
    "image_alt",
    "image_credit",
    "image_variants",
    "version",
)
LINK_COLUMNS = (
    "article_id",
    "entity_id",
    "origin",
    "removed",
    "is_about",
    "mentions",
    "first_start",
    "first_end",
)
Rows = list[tuple[str, tuple[str, ...], list[tuple]]]  # (table, columns, rows) to insert


def batch_rows(archive: Archive, spec: CorpusSpec, number: int, ids: list[int], now) -> Rows:
    """The rows of batch `number`: no database access, so it can run in a worker.

    Each batch has its own seeded random generator, so the archive is the same however
    many workers make it.
    """
    rng = random.Random(f"{spec.seed}:{number}")
    start = now - timedelta(days=365 * spec.years)
    step = (now - start).total_seconds() / max(spec.articles, 1)
    articles, bylines, tags, links, listed = [], [], [], [], []
    search_rows: list[tuple[object, ...]] = []
    for offset, pk in enumerate(ids):
        index = number * spec.batch + offset
        when = start + timedelta(seconds=step * index + rng.uniform(-7200, 7200))
        a = archive.article(rng, when, now)
        slug = f"{slugify(clean(a.title), allow_unicode=True)[:100].strip('-')}-{pk}"
        url = f"https://news.example/{a.source_id}/{pk}"
        title_key = normalize(a.title)
        fields = (a.title, title_key, slug, a.summary, a.body, a.source_id, url)
        image = ("", "", "", "", "{}")  # no lead image: name, caption, alt, credit, variants
        articles.append((pk, *fields, a.published_at, now, now, a.status, *image, 1))
        bylines += [(pk, author, position) for position, author in enumerate(a.author_ids)]
        tags += [(pk, tag) for tag in a.tag_ids]
        links += [(pk, entity, "auto", False, False, *found) for entity, found in a.links.items()]
        if a.status == Article.Status.PUBLISHED:
            listed += [("t", tag, pk, a.published_at) for tag in a.tag_ids]
            listed += [("e", entity, pk, a.published_at) for entity in a.links]
            listed += [("a", author, pk, a.published_at) for author in a.author_ids]
            if a.source_id is not None:
                listed.append(("s", a.source_id, pk, a.published_at))
        if connection.vendor == "postgresql":
            public_at = a.published_at if a.status == Article.Status.PUBLISHED else None
            search_rows.append((*search.pg_row(pk, a.terms), public_at))
        else:
            search_rows.append((pk, *(search.fts_text(terms) for terms in a.terms)))
    search_table = (
        (search.PG_TABLE, ("article_id", "document", "public_at"))
        if connection.vendor == "postgresql"
        else (search.FTS_TABLE, ("rowid", "title", "summary", "body"))
    )
    return [
        (Article._meta.db_table, ARTICLE_COLUMNS, articles),
        (ArticleAuthor._meta.db_table, ("article_id", "author_id", "position"), bylines),
        (Article.tags.through._meta.db_table, ("article_id", "tag_id"), tags),
        (ArticleEntity._meta.db_table, LINK_COLUMNS, links),
        (ListingEntry._meta.db_table, ("kind", "subject_id", "article_id", "published_at"), listed),
        (*search_table, search_rows),
    ]


def _reserve_article_ids(count: int) -> list[int]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [Article._meta.db_table, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {Article._meta.db_table}")
        first = cursor.fetchone()[0] + 1
        return list(range(first, first + count))


def _insert(rows: Rows) -> None:
    """Rows into their tables as fast as the database takes them (COPY on PostgreSQL)."""
    with connection.cursor() as cursor:
        for table, columns, values in rows:
            if not values:
                continue
            names = ", ".join(columns)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values)


def _produce(archive, spec, numbers, ids, now, queue) -> None:
    """A worker process: make batches and hand them over; report a failure, never hang."""
    try:
        for number in numbers:
            chunk = ids[number * spec.batch : (number + 1) * spec.batch]
            queue.put(batch_rows(archive, spec, number, chunk, now))
    except BaseException:  # reported to the parent, which raises it
        queue.put(traceback.format_exc())


def _all_batches(archive: Archive, spec: CorpusSpec, ids: list[int], now) -> Iterator[Rows]:
    """Every batch's rows; made by one worker process per core on PostgreSQL.

    While the workers write Arabic and compute terms, this process streams the previous
    batches into the database, so both cores stay busy.
    """
    count = -(-len(ids) // spec.batch)
    workers = min(spec.workers, count) if connection.vendor == "postgresql" else 0
    if workers < 2:
        for number in range(count):
            chunk = ids[number * spec.batch : (number + 1) * spec.batch]
            yield batch_rows(archive, spec, number, chunk, now)
        return
    context = multiprocessing.get_context("fork")
    queue = context.Queue(maxsize=workers * 2)
    processes = [
        context.Process(
            target=_produce,
            args=(archive, spec, range(w, count, workers), ids, now, queue),
            daemon=True,
        )
        for w in range(workers)
    ]
    for process in processes:
        process.start()
    try:
        for _ in range(count):
            rows = queue.get(timeout=600)
            if isinstance(rows, str):
                raise RuntimeError(f"a corpus worker failed:\n{rows}")
            yield rows
    finally:
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()


LOADED_TABLES = (
    Article._meta.db_table,
    ArticleAuthor._meta.db_table,
    Article.tags.through._meta.db_table,
    ArticleEntity._meta.db_table,
    ListingEntry._meta.db_table,
    search.PG_TABLE,
)


@contextmanager
def _indexes_built_after(tables: tuple[str, ...]) -> Iterator[None]:
    """Drop the tables' plain indexes during the load and build each once at the end.

    Building an index from all its rows in one sort is many times faster than updating it
    row by row (the GIN search index most of all). Primary keys and unique constraints
    stay, so the load is still checked. In the load's transaction: other sessions wait
    for it rather than read without indexes, and a failure restores them.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = ANY(%s::regclass[]) AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)",
            [list(tables)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")  # regclass text is quoted as needed
    yield
    with connection.cursor() as cursor:
        # Deferred foreign-key checks must run before the tables can be indexed.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in indexes:
            cursor.execute(definition)


def _prepare_bulk_load() -> None:
    """PostgreSQL settings for this transaction's bulk load.

    Per-row foreign-key triggers are skipped (superusers only): every row written here
    points at rows written just before it, so checking a million references one by one
    would only double the run. Bodies and search documents are TOASTed; lz4 compresses
    them several times faster than the default.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
            "(SELECT 'lz4' = ANY(enumvals) FROM pg_settings "
            "WHERE name = 'default_toast_compression')"
        )
        superuser, lz4 = cursor.fetchone()
        if lz4:
            cursor.execute("SET LOCAL default_toast_compression = 'lz4'")
        if superuser:
            cursor.execute("SET LOCAL session_replication_role = replica")


def generate_corpus(
    spec: CorpusSpec, progress: Callable[[int, int], None] | None = None
) -> Summary:
    """Add a generated archive of `spec.articles` articles, in one transaction."""
    summary = Summary()
    now = timezone.now()
    with transaction.atomic():
        _prepare_bulk_load()
        archive = Archive(spec, random.Random(spec.seed))
        ids = _reserve_article_ids(spec.articles)
        with _indexes_built_after(LOADED_TABLES):
            for rows in _all_batches(archive, spec, ids, now):
                _insert(rows)
                summary.articles += len(rows[0][2])
                summary.links += len(rows[3][2])
                if progress:
                    progress(summary.articles, spec.articles)
        # The rows were written here, around the ORM; new articles join the counts, related
        # reading, panels and sections of what was there.
        changes.everything_changed()
    if connection.vendor == "postgresql":
        # Fresh statistics, and (outside a transaction) the visibility map that lets
        # listings scan indexes only. The subjects too: their counts were just written, and
        # with the old statistics the indexes' pages sorted the whole table (planned for a
        # twentieth of the rows they have).
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in (
                Article,
                ArticleAuthor,
                ArticleEntity,
                Article.tags.through,
                ListingEntry,
                Tag,
                Entity,
                Author,
                Source,
            ):
                cursor.execute(f"{command} {model._meta.db_table}")
            cursor.execute(f"{command} {search.PG_TABLE}")
    summary.tags = dict(
        Tag.objects.annotate(n=Count("articles")).order_by("-n").values_list("slug", "n")[:3]
    )
    return summary
