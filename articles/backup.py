"""A complete, versioned export of the newsroom's data, and its restore into an empty database.

The export is every row of every installed app's models — articles, their bylines and entity
links, sources, authors, tags, entities, revisions (any historical model an app adds), the
admin's change log, users with their groups and permissions — as Django's serialised
objects inside a JSON envelope that names the format, its version, the schema (the last
migration of each app) and how many rows of each model it holds.

Left out is only what the site rebuilds or what means nothing elsewhere: content types and
permissions (migrate creates them; references to them are natural keys), sessions, and login
throttling records, stored renderings of pages. The search index (not a managed model) is
rebuilt as the restore loads each article (`derived.article_loaded`), as for any
`loaddata`.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import IO

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings

from . import pagecache

FORMAT = "newsreader-backup"
VERSION = 1
EXCLUDED_APPS = {"contenttypes", "sessions", "axes"}
# Stored renderings are rebuilt by the first reader of each page.
EXCLUDED_MODELS = {
    "auth.permission",
    "articles.storedpage",
    "articles.storedcard",
    "articles.storedpanels",
    "articles.sitesections",
    "articles.renderepoch",
}
_CHUNK = 500


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (it cuts them to milliseconds,
    which would reorder articles published within one millisecond)."""

    def default(self, o):
        if isinstance(o, (datetime, time)):
            return o.isoformat()
        return super().default(o)


class BackupError(Exception):
    """A backup that cannot be restored here; the message says why."""


def backed_up_models() -> list[type[models.Model]]:
    """Every model whose rows make up the site, in an order that loads cleanly."""
    app_list = [
        (config, None) for config in apps.get_app_configs() if config.label not in EXCLUDED_APPS
    ]
    return [
        model
        for model in serializers.sort_dependencies(app_list)
        if model._meta.label_lower not in EXCLUDED_MODELS
        and model._meta.managed
        and not model._meta.proxy
    ]


def _open(path: Path, mode: str, *, named: Path | None = None) -> IO[str]:
    """Text stream on `path`, gzip-compressed when it (or its final name) ends in .gz."""
    if (named or path).suffix == ".gz":
        return gzip.open(path, mode + "t", encoding="utf-8")
    return path.open(mode, encoding="utf-8")


def schema() -> dict[str, str]:
    """The last applied migration of each app."""
    latest: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def _rows(model: type[models.Model]) -> Iterator[dict]:
    # The base manager: a default manager that hides rows (a trash) must not hide them here.
    # Rows with a natural key (users, groups) are written by it, so a group that a migration
    # already created in the new database is the same group, not a clash.
    chunk: list[models.Model] = []
    for obj in model._base_manager.order_by("pk").iterator(chunk_size=_CHUNK):
        chunk.append(obj)
        if len(chunk) == _CHUNK:
            yield from serializers.serialize(
                "python", chunk, use_natural_foreign_keys=True, use_natural_primary_keys=True
            )
            chunk = []
    yield from serializers.serialize(
        "python", chunk, use_natural_foreign_keys=True, use_natural_primary_keys=True
    )


def _write(stream: IO[str], models_: list[type[models.Model]]) -> dict[str, int]:
    counts = {m._meta.label_lower: m._base_manager.count() for m in models_}
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema": schema(),
        "counts": counts,
    }
    # The envelope first, so a reader sees what the file is without reading the objects.
    stream.write("{\n")
    for key, value in envelope.items():
        stream.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
    stream.write(' "objects": [')
    separator = "\n"
    for model in models_:
        for row in _rows(model):
            stream.write(separator + json.dumps(row, cls=_ExactEncoder, ensure_ascii=False))
            separator = ",\n"
    stream.write("\n ]\n}\n")
    return counts


def write_backup(path: Path) -> dict[str, int]:
    """Write the export to `path` (gzip-compressed when it ends in .gz); its counts."""
    if path.exists():
        raise BackupError(f"{path} already exists")  # never overwrite a backup
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside its final name and renamed when complete: a backup that stopped half
    # way never looks like one. It holds password hashes: readable by its owner only.
    partial = path.with_name(path.name + ".partial")
    partial.touch(mode=0o600)
    try:
        with transaction.atomic(), _open(partial, "w", named=path) as stream:
            if connection.vendor == "postgresql" and len(connection.atomic_blocks) == 1:
                # One snapshot: counts and rows agree even while editors keep working.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            counts = _write(stream, backed_up_models())
    except BaseException:
        partial.unlink()
        raise
    partial.rename(path)
    return counts


def read_backup(path: Path) -> dict:
    try:
        with _open(path, "r") as stream:
            data = json.load(stream)
    except (OSError, ValueError) as exc:
        raise BackupError(f"{path} cannot be read as a backup ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"{path} is not a {FORMAT} file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise BackupError(
            f"{path} has format version {data.get('version')}; this site reads up to {VERSION}"
        )
    newer = {
        app: name for app, name in data.get("schema", {}).items() if name > schema().get(app, "")
    }
    if newer:
        raise BackupError(
            f"{path} comes from a newer version of the site (migrations {newer}); "
            "update the code and run migrate first"
        )
    return data


def restore_backup(path: Path) -> dict[str, int]:
    """Load the export at `path` into this (migrated, empty) database; its counts."""
    data = read_backup(path)
    user_model = apps.get_model("auth", "user")
    article_model = apps.get_model("articles", "article")
    if user_model._base_manager.exists() or article_model._base_manager.exists():
        raise BackupError("the database already holds articles or users; restore needs it empty")
    # Natural keys resolve through the content-type cache, which must not hold the ids of
    # content types a flush (in this same process) has since recreated.
    ContentType.objects.clear_cache()
    # All or nothing: a restore that fails half way leaves the database empty.
    with transaction.atomic(), tempfile.TemporaryDirectory() as tmp:
        fixture = Path(tmp) / "backup.json"
        fixture.touch(mode=0o600)
        fixture.write_text(json.dumps(data["objects"], ensure_ascii=False), encoding="utf-8")
        # loaddata defers constraint checks until every row is in, and resets sequences.
        # The revisions come from the backup itself: loading tags and bylines must not
        # record new ones (django-simple-history listens to m2m changes even on raw loads).
        with override_settings(SIMPLE_HISTORY_ENABLED=False):
            call_command("loaddata", str(fixture), verbosity=0)
        pagecache.content_changed()  # pages cached before the restore are not these
        found = {label: apps.get_model(label)._base_manager.count() for label in data["counts"]}
        if found != data["counts"]:
            wrong = {k: (v, found[k]) for k, v in data["counts"].items() if found[k] != v}
            raise BackupError(f"the restored rows do not match the backup's counts: {wrong}")
    return found
