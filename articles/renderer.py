"""Which code rendered a stored piece of HTML, so that a deploy re-renders what it changed.

Stored renderings (`articles.storedpages`, `articles.navigation`) record the fingerprint of
everything their HTML is made from besides the data: the templates, the app's code (filters
and template tags among it), the translations, the static files' hashed names and the
settings that reach the page. A rendering made by other code is stale and rendered again
when next read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import connections, models, router, transaction

_APP = Path(__file__).resolve().parent
_SETTINGS = ("SITE_URL", "SITE_NAME", "LANGUAGE_CODE", "TIME_ZONE", "STATIC_URL", "MEDIA_URL")


def _sources() -> list[Path]:
    roots = [Path(d) for t in settings.TEMPLATES for d in t.get("DIRS", ())]
    roots += [_APP, *map(Path, settings.LOCALE_PATHS)]
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    files = [p for root in roots for p in root.rglob("*") if p.suffix in {".html", ".py", ".mo"}]
    return sorted(files) + ([manifest] if settings.STATIC_ROOT and manifest.is_file() else [])


@cache
def fingerprint() -> str:
    digest = hashlib.blake2b(digest_size=8)
    for path in _sources():
        # Named relative to the project: every app server of a release agrees.
        name = (
            path.relative_to(settings.BASE_DIR) if path.is_relative_to(settings.BASE_DIR) else path
        )
        digest.update(f"{name}\0".encode() + path.read_bytes() + b"\0")
    for name in _SETTINGS:
        digest.update(f"{name}={getattr(settings, name, '')}\0".encode())
    return digest.hexdigest()


class RenderEpoch(models.Model):
    """One row counting the changes that made stored renderings stale (`forgotten`).

    A rendering is stored only if no change came between reading its data and storing it:
    otherwise a page read before an editor's change could be stored after it, and outlive it.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        app_label = "articles"
        default_permissions = ()

    def __str__(self) -> str:
        return str(self.value)


EPOCH_ROW = 1


def epoch() -> int:
    """Read before rendering; hand to `storing`."""
    value = RenderEpoch.objects.filter(pk=EPOCH_ROW).values_list("value", flat=True).first()
    if value is None:  # the migration makes the row; a flushed database has lost it
        value = RenderEpoch.objects.get_or_create(pk=EPOCH_ROW)[0].value
    return value


def forgotten() -> None:
    """Called, inside the changing transaction, by whatever drops stored renderings."""
    if not RenderEpoch.objects.filter(pk=EPOCH_ROW).update(value=models.F("value") + 1):
        RenderEpoch.objects.get_or_create(pk=EPOCH_ROW, defaults={"value": 1})


@contextmanager
def storing(read_at: int) -> Iterator[bool]:
    """A transaction in which to store a rendering begun at epoch `read_at`; yields whether
    to store it. A change still uncommitted holds the epoch row: rather than wait for it,
    the rendering is served but not stored."""
    with transaction.atomic():
        current = (
            RenderEpoch.objects.select_for_update(skip_locked=True)
            .filter(pk=EPOCH_ROW)
            .values_list("value", flat=True)
            .first()
        )
        yield current == read_at


def upsert(rows: list[models.Model], unique_fields: list[str]) -> None:
    """Write `rows` (of one model), replacing the stored rows they collide with on
    `unique_fields`; call inside `storing`."""
    if not rows:
        return
    model = type(rows[0])
    update_fields = [
        field.name
        for field in model._meta.concrete_fields
        if not field.primary_key and field.name not in unique_fields
    ]
    model.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=unique_fields, update_fields=update_fields
    )


def read_valid(model: type[models.Model], columns: Sequence[str], now, **match) -> tuple | None:
    """`columns` of the row of `model` matching `match` (field=value), if the running code
    rendered it and it is not past its `valid_until` at `now`; as the ORM would give them.

    Written out in SQL: listings read such a row on every request, and the ORM's query for
    it cost several times what running it does.
    """
    connection = connections[router.db_for_read(model)]  # a replica, if there is one
    meta, quote = model._meta, connection.ops.quote_name
    fields = [meta.get_field(name) for name in columns]
    conditions = [f"{quote(meta.get_field(name).column)} = %s" for name in match]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(quote(field.column) for field in fields)}"
            f" FROM {quote(meta.db_table)} WHERE {' AND '.join(conditions)}"
            " AND renderer = %s AND (valid_until IS NULL OR valid_until > %s)",
            [*match.values(), fingerprint(), connection.ops.adapt_datetimefield_value(now)],
        )
        found = cursor.fetchone()
    if found is None:
        return None
    return tuple(
        from_db(connection, field, value) for field, value in zip(fields, found, strict=True)
    )


def from_db(connection, field: models.Field, value):
    """`value` as read by a raw cursor, converted as the ORM converts the field's values."""
    column = field.get_col(field.model._meta.db_table)
    for converter in connection.ops.get_db_converters(column) + field.get_db_converters(connection):
        value = converter(value, column, connection)
    return value


class ArticleRendering(models.Model):
    """A rendering of one article, current while the article is unsaved since
    (`article_updated_at`) and the running code rendered it (`renderer`)."""

    article = models.OneToOneField(
        "articles.Article", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    article_updated_at = models.DateTimeField()
    renderer = models.CharField(max_length=16)

    class Meta:
        abstract = True
        app_label = "articles"
        default_permissions = ()
