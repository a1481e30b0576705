"""Which code rendered a stored piece of HTML, and which change it was rendered after.

Stored renderings (`articles.stored.pages`, `articles.stored.sections`) record the fingerprint of
everything their HTML is made from besides the data: the templates, the app's code (filters
and template tags among it), the translations, the static files' hashed names and the
settings that reach the page. A rendering made by other code is stale and rendered again
when next read.

The *epoch* counts the changes readers could see. It is kept in the database, so every
process that serves pages (each gunicorn worker, each app server) and every process that
changes content (the admin, the importers, a management command) agrees on it: the page
cache stores each page with the epoch it was rendered in (`articles.pagecache`), and each
process reads the epoch again at most `PAGE_CACHE_CHECK_SECONDS` after it last did
(`current_epoch`), so a change reaches every process within that time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db import Error, connections, models, router, transaction
from django.db.models.functions import Greatest
from django.db.models.options import Options

from ..models import RenderEpoch

logger = logging.getLogger(__name__)

_APP = Path(__file__).resolve().parents[1]  # the app: every module of it
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
    for setting in _SETTINGS:
        digest.update(f"{setting}={getattr(settings, setting, '')}\0".encode())
    return digest.hexdigest()


EPOCH_ROW = 1


def epoch() -> int:
    """Read before rendering; hand to `storing`."""
    value = RenderEpoch.objects.filter(pk=EPOCH_ROW).values_list("value", flat=True).first()
    if value is None:  # the migration makes the row; a flushed database has lost it
        value = RenderEpoch.objects.get_or_create(pk=EPOCH_ROW)[0].value
    return value


def forgotten() -> None:
    """Called, inside the changing transaction, by whatever drops stored renderings or
    changes what readers see: moves the epoch on, visibly to others once it commits."""
    # Never a value the epoch had before, even after the row was restored from an older
    # dump: a cache may still hold pages stored under an old value.
    value = Greatest(models.F("value") + 1, models.Value(time.time_ns()))
    if not RenderEpoch.objects.filter(pk=EPOCH_ROW).update(value=value):
        RenderEpoch.objects.get_or_create(pk=EPOCH_ROW, defaults={"value": time.time_ns()})
    # This process sees its own change at once (its transaction's own view of the row),
    # and again once it commits.
    _known.expire()
    transaction.on_commit(_known.expire)


class _KnownEpoch:
    """The epoch as this process last read it, and until when it trusts that reading.

    Per process, not per thread: the value is the same for every thread, and a forked
    worker (gunicorn preloads the app) starts by reading its own.
    """

    # After a failed read (the database down), the last value is trusted this long before
    # trying again: a database that does not answer costs a connection timeout per try.
    RETRY_SECONDS = 5.0

    def __init__(self) -> None:
        self.pid = 0
        self.value: int | None = None
        self.until = 0.0

    def expire(self) -> None:
        self.until = 0.0

    def current(self) -> int | None:
        now = time.monotonic()
        pid = os.getpid()
        if pid == self.pid and now < self.until:
            return self.value
        try:
            value = _read_epoch()
        except Error as error:
            if pid != self.pid:
                return None  # never read in this process: nothing to vouch for
            logger.warning("The render epoch could not be read (%s); using the last one", error)
            self.until = now + self.RETRY_SECONDS
            return self.value
        self.pid, self.value = pid, value
        self.until = now + settings.PAGE_CACHE_CHECK_SECONDS
        return value


_known = _KnownEpoch()


def current_epoch() -> int | None:
    """The epoch, as read by this process at most `PAGE_CACHE_CHECK_SECONDS` ago (or just
    now); None when the database cannot be read and this process never read it."""
    return _known.current()


def _read_epoch() -> int:
    """The epoch, from where readers' pages are read (a replica, if there is one): a page
    rendered from a replica is then never newer than the epoch it is stored with, and a
    lagging replica only delays pages, never leaves an old one current."""
    connection = connections[router.db_for_read(RenderEpoch)]
    table = connection.ops.quote_name(RenderEpoch._meta.db_table)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT value FROM {table} WHERE id = %s", [EPOCH_ROW])
            found = cursor.fetchone()
    except Error:
        # This may run outside any request (the WSGI front door), where Django would not
        # drop a broken connection: drop it so that the next try connects afresh.
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
        raise
    return found[0] if found else 0


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


def upsert[M: models.Model](rows: list[M], unique_fields: list[str]) -> None:
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
    model._default_manager.bulk_create(
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
    stored = [_stored(meta, name) for name in columns]
    conditions = [f"{quote(_stored(meta, name)[1])} = %s" for name in match]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {', '.join(quote(column) for _, column in stored)}"
            f" FROM {quote(meta.db_table)} WHERE {' AND '.join(conditions)}"
            " AND renderer = %s AND (valid_until IS NULL OR valid_until > %s)",
            [*match.values(), fingerprint(), connection.ops.adapt_datetimefield_value(now)],
        )
        found = cursor.fetchone()
    if found is None:
        return None
    return tuple(
        from_db(connection, field, value) for (field, _), value in zip(stored, found, strict=True)
    )


def _stored(meta: Options, name: str) -> tuple[models.Field, str]:
    """The field `name` of a model, and its column."""
    field = meta.get_field(name)
    assert isinstance(field, models.Field) and field.column is not None  # not a relation's
    return field, field.column


def from_db(connection, field: models.Field, value):
    """`value` as read by a raw cursor, converted as the ORM converts the field's values."""
    column = field.get_col(field.model._meta.db_table)
    for converter in connection.ops.get_db_converters(column) + field.get_db_converters(connection):
        value = converter(value, column, connection)
    return value
