"""A complete, versioned export of the newsroom's data, and its restore into an empty database.

The export is every row of every installed app's models — articles, their bylines and entity
links, sources, authors, tags, entities, revisions (any historical model an app adds), the
admin's change log, users with their groups and permissions — as Django's serialised
objects inside a JSON envelope that names the format, its version, the schema (the last
migration of each app) and how many rows of each model it holds.

Left out is only what the site rebuilds or what means nothing elsewhere: content types and
permissions (migrate creates them; references to them are natural keys), sessions, and login
throttling records, stored renderings of pages. The search index (not a managed model) is
rebuilt as the restore loads each article (`changes`, on `loaddata`'s saves), as for any
`loaddata`.

A restore trusts nothing in the file: it is read as a stream and checked whole (gzip, UTF-8,
JSON, the envelope, every row: a model the backup exports, that model's fields in their
types, as many rows as counted) before the first row is written, within bounds of size.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from typing import IO, Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management import call_command
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.test.utils import override_settings

from . import changes

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
    "articles.storedfrontpage",
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


def _open_to_write(path: Path, *, named: Path | None = None) -> IO[str]:
    """Text stream written to `path`, gzip-compressed when it (or its final name) ends in .gz."""
    if (named or path).suffix == ".gz":
        return gzip.open(path, "wt", encoding="utf-8")
    return path.open("w", encoding="utf-8")


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
        with transaction.atomic(), _open_to_write(partial, named=path) as stream:
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


# --- Reading a backup: everything is checked before anything is written -------------------

# A backup is read as a stream, one row at a time, so memory does not grow with it; these
# bound what reading a hostile file may cost (a 600 KB gzip bomb took 1.3 GB when the file
# was loaded whole). A real row is a few kilobytes; `restore --max-bytes` raises the total.
MAX_BACKUP_BYTES = 8 * 1024**3  # decompressed
MAX_ITEM_CHARS = 16 * 1024**2  # one row, or one value of the envelope, spaces before it included
_READ_CHUNK = 1024**2
_ENVELOPE = ("format", "version", "schema", "counts")
_ROW_KEYS = frozenset({"model", "pk", "fields"})
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Decoded strictly, the file holds no surrogate but through an escape such as «\ud800».
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Reader:
    """The decompressed text of a backup, read chunk by chunk, JSON value by JSON value."""

    def __init__(self, path: Path, raw: io.BufferedIOBase, max_bytes: int) -> None:
        self.path, self.raw, self.max_bytes = path, raw, max_bytes
        self.text = codecs.getincrementaldecoder("utf-8")()
        self.decoder = json.JSONDecoder()
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.bytes_read = 0
        self.dropped = 0  # characters read and let go before `buffer`
        self.lines = 0  # line breaks among them
        self.item_start = 0  # where the value being read began, spaces before it included
        self.escapes_surrogate = False  # whether the last value read spells one out

    def fail(self, reason: str) -> BackupError:
        return BackupError(f"{self.path} cannot be read as a backup: {reason}")

    def fill(self) -> bool:
        """Read one more chunk onto the buffer; False at the end of the file."""
        if self.eof:
            return False
        try:
            chunk = self.raw.read(_READ_CHUNK)
        except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
            raise self.fail(f"not a valid, complete gzip file ({exc})") from None
        self.bytes_read += len(chunk)
        if self.bytes_read > self.max_bytes:
            raise BackupError(
                f"{self.path} holds more than {self.max_bytes:,} bytes once decompressed, the "
                "limit (restore --max-bytes raises it for a real backup this large)"
            )
        try:
            text = self.text.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            offset = self.bytes_read - len(chunk) + exc.start
            raise self.fail(f"not UTF-8 text (byte {offset:,})") from None
        self.lines += self.buffer.count("\n", 0, self.pos)
        self.dropped += self.pos
        self.buffer = self.buffer[self.pos :] + text
        self.pos = 0
        if self.dropped + len(self.buffer) - self.item_start > MAX_ITEM_CHARS:
            raise BackupError(
                f"{self.path} holds a row or value of more than {MAX_ITEM_CHARS:,} characters "
                f"(line {self.line()}), the limit for one; refusing it"
            )
        self.eof = not chunk
        return True

    def line(self, at: int | None = None) -> int:
        return self.lines + self.buffer.count("\n", 0, self.pos if at is None else at) + 1

    def start_item(self) -> None:
        self.item_start = self.dropped + self.pos

    def skip_space(self) -> str:
        """The next character that is not JSON white space ("" at the end)."""
        while True:
            space = _JSON_SPACE.match(self.buffer, self.pos)
            assert space is not None  # the pattern matches the empty string
            self.pos = space.end()
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    def expect(self, *chars: str) -> str:
        char = self.skip_space()
        if char not in chars:
            found = repr(char) if char else "the end of the file"
            wanted = " or ".join(repr(c) for c in chars)
            raise self.fail(
                f"not valid JSON (expected {wanted}, found {found} at line {self.line()})"
            )
        self.pos += 1
        return char

    def value(self) -> object:
        """The JSON value at the current position."""
        self.skip_space()
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                # Cut short by the end of the buffer, or wrong whatever follows?
                if (exc.pos >= len(self.buffer) - 16 or exc.msg.startswith("Unterminated")) and (
                    self.fill()
                ):
                    continue
                reason = exc.msg.removesuffix(" starting at")  # «Unterminated string»
                raise self.fail(f"not valid JSON ({reason}, line {self.line(exc.pos)})") from None
            except RecursionError:
                raise self.fail(f"JSON nested too deeply (line {self.line()})") from None
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                raise self.fail(f"not valid JSON ({exc}, line {self.line()})") from None
            # A number at the end of the buffer may go on in the next chunk.
            if end == len(self.buffer) and self.fill():
                continue
            self.escapes_surrogate = bool(_SURROGATE_ESCAPE.search(self.buffer, self.pos, end))
            self.pos = end
            return value

    def at_end(self) -> None:
        """Nothing but white space may follow; reading to the end checks gzip's checksum."""
        if self.skip_space():
            raise self.fail(f"something follows the backup's end (line {self.line()})")


def _check_envelope(path: Path, key: str, value: object, allowed: set[str]) -> None:
    def refuse(reason: str) -> BackupError:
        return BackupError(f"{path} is not a {FORMAT} file: {reason}")

    if key == "format":
        if value != FORMAT:
            raise refuse(f"its format is {value!r}")
    elif key == "version":
        if type(value) is not int or not 1 <= value <= VERSION:
            raise BackupError(
                f"{path} has format version {value!r}; this site reads up to {VERSION}"
            )
    elif key == "schema":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise refuse("its schema is not a list of migrations by app")
        current = schema()
        newer = {app: name for app, name in value.items() if name > current.get(app, "")}
        if newer:
            raise BackupError(
                f"{path} comes from a newer version of the site (migrations {newer}); "
                "update the code and run migrate first"
            )
    elif key == "counts":
        if not isinstance(value, dict) or not all(
            type(n) is int and n >= 0 for n in value.values()
        ):
            raise refuse("its counts are not numbers of rows by model")
        if others := sorted(set(value) - allowed):
            raise _foreign_models(path, others)
    elif key == "created_at":
        if not isinstance(value, str):
            raise refuse("its created_at is not a date")
    else:
        raise refuse(f"its envelope holds an unknown key {key!r}")


def _foreign_models(path: Path, labels: list[str]) -> BackupError:
    return BackupError(
        f"{path} holds rows of {', '.join(labels)}, which a backup never holds (stored "
        "renderings and other derived tables are rebuilt, not restored); refusing it"
    )


def _serialized_fields(model: type[models.Model]) -> dict[str, models.Field]:
    """The fields Django's serializer writes for `model`, as `_rows` wrote them."""
    concrete = model._meta.concrete_model
    assert concrete is not None  # None only for abstract models, which have no rows
    meta = concrete._meta
    fields = [*meta.local_fields, *meta.local_many_to_many]
    return {f.name: f for f in fields if f.serialize}  # type: ignore[attr-defined]  # not in the stubs


def _check_row(
    path: Path,
    number: int,
    row: object,
    exported: dict[str, dict[str, models.Field]],
    escapes_surrogate: bool,
) -> dict[str, Any]:
    """`row`, refused unless it is one the backup writes for a model it exports."""

    def refuse(reason: str) -> BackupError:
        return BackupError(f"{path}: row {number:,} {reason}; refusing the backup")

    if not isinstance(row, dict) or not isinstance(row.get("model"), str):
        raise refuse("is not a serialized row (an object with a model and fields)")
    label = row["model"]
    if label not in exported:
        raise _foreign_models(path, [label])
    if set(row) - _ROW_KEYS or not isinstance(row.get("fields"), dict):
        raise refuse(f"({label}) is not a serialized row (model, pk, fields)")
    model, fields = apps.get_model(label), exported[label]
    what = f"({label} {row.get('pk', '')})".replace(" )", ")")
    if "pk" in row:
        try:
            model._meta.pk.to_python(row["pk"])
        except (ValidationError, TypeError, ValueError):
            raise refuse(f"{what} has a primary key of the wrong type: {row['pk']!r:.60}") from None
    for name, value in row["fields"].items():
        field = fields.get(name)
        if field is None:
            raise refuse(f"{what} has a field {name!r} that {label} does not have")
        if escapes_surrogate and _holds_surrogate(value):
            raise refuse(f"{what}: field {name!r} holds an escaped lone surrogate, no character")
        if problem := _field_problem(field, value):
            raise refuse(f"{what}: field {name!r} {problem}")
    return row


def _field_problem(field: models.Field, value: object) -> str | None:
    """Why `value` cannot be the serialized value of `field`, or None."""
    if value is None:
        return None if field.null and not field.many_to_many else "is empty but may not be"
    key = (int, str, list)  # a primary key, or a natural key
    if field.many_to_many:
        ok = isinstance(value, list) and all(isinstance(v, key) for v in value)
        return None if ok else "is not a list of keys"
    if field.is_relation:
        return None if isinstance(value, key) else "is not a key"
    if isinstance(field, (models.CharField, models.TextField, models.FileField)):
        return None if isinstance(value, str) else f"is not text: {value!r:.60}"
    try:
        field.to_python(value)
    except (ValidationError, TypeError, ValueError):
        return f"is of the wrong type: {value!r:.60}"
    return None


def _holds_surrogate(value: object) -> bool:
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _open_bytes(path: Path) -> io.BufferedIOBase:
    try:
        return gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")
    except OSError as exc:
        raise BackupError(f"{path} cannot be read ({exc.strerror or exc})") from None


def scan_backup(
    path: Path, rows: Callable[[dict], None], *, max_bytes: int = MAX_BACKUP_BYTES
) -> dict:
    """Check the whole backup at `path`, handing each row to `rows`; its envelope.

    The envelope opens the file (format first); each row must be of a model the backup
    exports, with the fields of that model in their types, and as many rows of each model
    as the envelope counts. Raises BackupError, saying why, at the first thing wrong.
    """
    exported = {m._meta.label_lower: _serialized_fields(m) for m in backed_up_models()}
    envelope: dict = {}
    found: dict[str, int] = {}
    with _open_bytes(path) as raw:
        reader = _Reader(path, raw, max_bytes)
        if reader.skip_space() != "{":
            raise reader.fail("it is not a JSON object")
        reader.pos += 1
        while True:
            reader.start_item()
            if not envelope and reader.skip_space() == "}":
                break
            key = reader.value()
            if not isinstance(key, str):
                raise reader.fail(f"not valid JSON (a key that is not text, line {reader.line()})")
            if not envelope and key != "format":
                raise BackupError(
                    f"{path} is not a {FORMAT} file: it does not open with its format"
                )
            if key in envelope:
                raise BackupError(f"{path} is not a {FORMAT} file: it names {key!r} twice")
            reader.expect(":")
            if key == "objects":
                if missing := [k for k in _ENVELOPE if k not in envelope]:
                    raise BackupError(
                        f"{path} is not a {FORMAT} file: its envelope has no "
                        f"{', '.join(missing)} before its objects"
                    )
                envelope["objects"] = None
                _scan_rows(path, reader, envelope["counts"], found, exported, rows)
            else:
                value = reader.value()
                _check_envelope(path, key, value, set(exported))
                envelope[key] = value
            if reader.expect(",", "}") == "}":
                break
        reader.at_end()
    if "objects" not in envelope:
        missing = [k for k in (*_ENVELOPE, "objects") if k not in envelope]
        raise BackupError(f"{path} is not a {FORMAT} file: it has no {', '.join(missing)}")
    counts = envelope["counts"]
    if wrong := {
        label: f"{counts.get(label, 0)} counted, {found.get(label, 0)} held"
        for label in sorted(set(counts) | set(found))
        if counts.get(label, 0) != found.get(label, 0)
    }:
        raise BackupError(f"{path}: the rows it holds do not match its counts: {wrong}")
    if envelope["schema"] == schema() and set(envelope["counts"]) != set(exported):
        # Written by this very version of the site, whose backups count every model.
        missing = sorted(set(exported) - set(envelope["counts"]))
        raise BackupError(f"{path} is not a {FORMAT} file: it does not count {', '.join(missing)}")
    del envelope["objects"]
    return envelope


def _scan_rows(
    path: Path,
    reader: _Reader,
    counts: dict[str, int],
    found: dict[str, int],
    exported: dict[str, dict[str, models.Field]],
    rows: Callable[[dict], None],
) -> None:
    reader.expect("[")
    number = 0
    while True:
        reader.start_item()
        if number == 0 and reader.skip_space() == "]":
            reader.pos += 1
            return
        number += 1
        row = _check_row(path, number, reader.value(), exported, reader.escapes_surrogate)
        label = row["model"]
        found[label] = found.get(label, 0) + 1
        if found[label] > counts.get(label, 0):
            raise BackupError(
                f"{path}: the rows it holds do not match its counts: more rows of {label} "
                f"than the {counts.get(label, 0)} it counts"
            )
        rows(row)
        if reader.expect(",", "]") == "]":
            return


def read_backup(path: Path, *, max_bytes: int = MAX_BACKUP_BYTES) -> dict:
    """The whole backup at `path` in memory, checked (for tests and tools; `restore_backup`
    streams it instead)."""
    objects: list[dict] = []
    envelope = scan_backup(path, objects.append, max_bytes=max_bytes)
    return {**envelope, "objects": objects}


def restore_backup(path: Path, *, max_bytes: int = MAX_BACKUP_BYTES) -> dict[str, int]:
    """Load the export at `path` into this (migrated, empty) database; its counts.

    The file is checked whole before anything is written (`scan_backup`), and loaded in one
    transaction: a backup is restored entirely or not at all.
    """
    user_model = apps.get_model("auth", "user")
    article_model = apps.get_model("articles", "article")
    if user_model._base_manager.exists() or article_model._base_manager.exists():
        raise BackupError("the database already holds articles or users; restore needs it empty")
    with tempfile.TemporaryDirectory() as tmp:
        # One row per line: loaddata reads a .jsonl fixture a line at a time.
        fixture = Path(tmp) / "backup.jsonl"
        fixture.touch(mode=0o600)
        with fixture.open("w", encoding="utf-8") as out:

            def write(row: dict) -> None:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")

            envelope = scan_backup(path, write, max_bytes=max_bytes)
        # Natural keys resolve through the content-type cache, which must not hold the ids
        # of content types a flush (in this same process) has since recreated.
        ContentType.objects.clear_cache()
        try:
            with transaction.atomic():
                found = _load(fixture, envelope["counts"])
        except BackupError:
            raise
        except (
            DeserializationError,
            DatabaseError,
            ObjectDoesNotExist,
            TypeError,
            ValueError,
        ) as exc:
            reason = " ".join(str(exc).split())
            raise BackupError(
                f"{path} could not be loaded, so nothing was restored: {reason}"
            ) from None
    return found


def _load(fixture: Path, counts: dict[str, int]) -> dict[str, int]:
    # loaddata defers constraint checks until every row is in, and resets sequences. The
    # revisions come from the backup itself: loading tags and bylines must not record new
    # ones (django-simple-history listens to m2m changes even on raw loads).
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        call_command("loaddata", str(fixture), verbosity=0)
    changes.everything_changed()  # pages cached before the restore are not these
    found = {label: apps.get_model(label)._base_manager.count() for label in counts}
    if found != counts:
        wrong = {k: (v, found[k]) for k, v in counts.items() if found[k] != v}
        raise BackupError(f"the restored rows do not match the backup's counts: {wrong}")
    return found
