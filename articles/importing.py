"""Importing articles and entities: from JSON Lines, from scraped page text, from the admin.

Every article is written in its own transaction, so a bad line never leaves half an
article behind and never stops the lines after it. Re-importing the same article (same
`source_url`, or same title and source up to orthography) updates it in place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import IO

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext

from . import derived, linking, pagecache
from .arabic import normalize
from .models import Article, ArticleAuthor, ArticleEntity, Author, Entity, EntityKind, Source, Tag
from .pageparse import ParsedPage, parse_page
from .plaintext import strip_markup
from .revisions import one_revision

MAX_TITLE = Article._meta.get_field("title").max_length
MAX_NAME = Tag._meta.get_field("name").max_length
MAX_CAPTION = Article._meta.get_field("image_caption").max_length


class ImportRejected(ValueError):
    """A line or file that cannot be imported; the message says why, for the editor."""


@dataclass
class ArticleData:
    """One article as an importer understood it, before it touches the database."""

    title: str
    body: str
    summary: str = ""
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    source_url: str = ""
    published_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    image_caption: str = ""
    status: str | None = None
    warnings: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # keys of pageparse.MISSING_LABELS


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- Parsing and validation (no database) ---------------------------------------------


def _text(value, name: str, *, required: bool = False, max_length: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ImportRejected(f"the field «{name}» must be text")
    value = strip_markup(value.replace("\x00", "")).strip()
    if required and not value:
        raise ImportRejected(f"the field «{name}» is required and empty")
    if max_length and len(value) > max_length:
        raise ImportRejected(f"the field «{name}» is longer than {max_length} characters")
    return value


def _names(value, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ImportRejected(f"the field «{name}» must be a list of names")
    names = [_text(item, name, max_length=MAX_NAME) for item in value]
    return [n for n in names if n]


def parse_datetime(value) -> datetime | None:
    """ISO 8601 (an offset is kept; a naive time or a bare date is in the site's zone)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time(0, 0))
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise ImportRejected(
                f"«{value}» is not an ISO 8601 date (e.g. 2024-06-26T10:30:00+03:00)"
            ) from None
    else:
        raise ImportRejected("the field «published_at» must be an ISO 8601 date")
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    try:
        parsed.astimezone(UTC)  # what the database is given
    except OverflowError:  # «0001-01-01T00:00:00+14:00» is before year 1 in UTC
        raise ImportRejected(f"«{value}» is out of the range of dates") from None
    return parsed


def _url(value) -> str:
    url = _text(value, "source_url", max_length=Article._meta.get_field("source_url").max_length)
    if url:
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise ImportRejected(f"«{url}» is not a valid http(s) URL") from None
    return url


def article_data_from_json(record) -> ArticleData:
    """Validate one decoded JSON Lines record (the format in DESIGN.md)."""
    if not isinstance(record, dict):
        raise ImportRejected("each line must be a JSON object")
    authors = _names(record.get("authors"), "authors") or _names(record.get("author"), "author")
    status = record.get("status")
    if status is not None and status not in Article.Status.values:
        raise ImportRejected(
            f"the field «status» must be one of {', '.join(Article.Status.values)}"
        )
    return ArticleData(
        title=_text(record.get("title"), "title", required=True, max_length=MAX_TITLE),
        body=_text(record.get("body"), "body", required=True),
        summary=_text(record.get("summary"), "summary"),
        authors=authors,
        source=_text(record.get("source"), "source", max_length=MAX_NAME) or None,
        source_url=_url(record.get("source_url")),
        published_at=parse_datetime(record.get("published_at")),
        tags=_names(record.get("tags"), "tags"),
        entities=_names(record.get("entities"), "entities"),
        image_caption=_text(record.get("image_caption"), "image_caption", max_length=MAX_CAPTION),
        status=status,
    )


def read_page(text: str) -> ParsedPage:
    """Parse pasted or scraped page text, HTML leftovers taken out first."""
    return parse_page(strip_markup(text))


def article_data_from_page(text: str) -> ArticleData:
    """Fields found in the text of a scraped news page; what is missing stays empty."""
    return article_data_from_parsed_page(read_page(text))


def article_data_from_parsed_page(page: ParsedPage) -> ArticleData:
    """`article_data_from_page` for a page already parsed (the admin shows its warnings)."""
    if not page.title:
        raise ImportRejected("no headline was found in the page text")
    if not page.body:
        raise ImportRejected("no article body was found in the page text")
    return ArticleData(
        title=page.title[:MAX_TITLE],
        body=page.body,
        summary=page.summary or "",
        authors=list(page.authors),
        source=page.source,
        published_at=parse_datetime(page.published_at),
        tags=list(page.tags),
        image_caption=(page.caption or "")[:MAX_CAPTION],
        warnings=[f"not found in the page: {name}" for name in page.missing],
        missing=list(page.missing),
    )


# --- Writing ------------------------------------------------------------------------


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
    if created:
        article = Article()
        status = Article.Status.DRAFT if draft else (data.status or Article.Status.PUBLISHED)
        article.status = status
        if data.published_at is None and status == Article.Status.PUBLISHED:
            article.published_at = timezone.now()
    elif draft or data.status:
        article.status = Article.Status.DRAFT if draft else data.status
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
        set_byline(article, [get_or_create_named(Author, n, source=source) for n in data.authors])
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
    derived.refresh_derived(article)


def set_byline(article: Article, authors: Iterable[Author]) -> None:
    unique = list(dict.fromkeys(authors))
    article.bylines.exclude(author__in=unique).delete()
    for position, author in enumerate(unique):
        ArticleAuthor.objects.update_or_create(
            article=article, author=author, defaults={"position": position}
        )


def find_entity(name: str) -> Entity | None:
    """The entity whose name — or one of whose aliases — is `name` up to orthography."""
    entity_id = linking.entity_id_for_name(name)
    return Entity.objects.filter(pk=entity_id).first() if entity_id else None


# --- Files --------------------------------------------------------------------------

# A JSON Lines record or a `.txt` page longer than this is refused unread: an article is a
# few thousand characters, and a 50 MB line once took 3.7 GB of memory to be refused.
MAX_LINE_CHARS = 2_000_000
MAX_PAGE_CHARS = MAX_LINE_CHARS
_SKIP_CHUNK = 1_000_000
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _file_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, line or None, why it is skipped or None) for each line of `stream`,
    opened with `_open_text`; a line is never held longer than `limit` characters."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith("\n"):
                pass
            yield number, None, f"longer than {limit:,} characters"
        elif bad := _SURROGATE.search(line):
            # Undecodable bytes come through as lone surrogates (surrogateescape).
            byte = ord(bad[0]) - 0xDC00
            yield number, None, f"not UTF-8 text (byte 0x{byte:02x} at column {bad.start() + 1})"
        else:
            yield number, line, None


def _open_text(path: Path) -> IO[str]:
    # Universal newlines, as read_text; an undecodable byte spoils its line, not the file.
    return path.open(encoding="utf-8-sig", errors="surrogateescape", newline=None)


def _decode_record(line: str) -> tuple[object, str | None]:
    """The JSON value of one line, or why it has none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc.msg} at column {exc.colno})"
    except RecursionError:
        return None, "invalid JSON (nested too deeply)"
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        return None, f"invalid JSON ({exc})"
    if _holds_surrogate(record):
        # «\ud800» alone is valid JSON but no character: no database can store it.
        return (
            None,
            "a string holds an escaped lone surrogate (\\ud800-\\udfff), which is no character",
        )
    return record, None


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


def read_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, decoded record or None, error or None); blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            record, error = _decode_record(line)
            yield number, record, error


def _read_jsonl_file(path: Path, result: ImportResult) -> Iterator[tuple[str, object, str | None]]:
    """(where, decoded record or None, error or None) for each line of a JSON Lines file;
    a file that cannot be opened is a problem in `result`."""
    try:
        with _open_text(path) as stream:
            for number, line, problem in _file_lines(stream, MAX_LINE_CHARS):
                if problem is None and not line.strip():
                    continue
                where = f"{path}:{number}"
                if problem is not None:
                    yield where, None, problem
                else:
                    yield where, *_decode_record(line)
    except OSError as exc:
        result.problems.append(f"{path}: cannot be read ({exc.strerror or exc})")


def _read_page_file(path: Path, result: ImportResult) -> str | None:
    """The text of a `.txt` page without its unreadable lines (each a problem in `result`),
    or None when the file cannot be read or is too long to be a page."""
    lines: list[str] = []
    size = 0
    try:
        with _open_text(path) as stream:
            for number, line, problem in _file_lines(stream, MAX_PAGE_CHARS):
                if problem is not None:
                    result.problems.append(f"{path}:{number}: {problem}; line left out")
                    continue
                size += len(line)
                if size > MAX_PAGE_CHARS:
                    result.problems.append(
                        f"{path}: longer than {MAX_PAGE_CHARS:,} characters, "
                        "which no news page is; file skipped"
                    )
                    return None
                lines.append(line)
    except OSError as exc:
        result.problems.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return None
    return "".join(lines)


def import_article_file(path: Path, *, draft: bool = False) -> ImportResult:
    """Import one `.jsonl` or `.txt` file; problems are collected, never raised."""
    result = ImportResult()
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        for where, record, error in _read_jsonl_file(path, result):
            if error is None:
                try:
                    _import_one(result, article_data_from_json(record), where, draft=draft)
                    continue
                except ImportRejected as exc:
                    error = str(exc)
            result.problems.append(f"{where}: {error}")
    elif suffix == ".txt":
        text = _read_page_file(path, result)
        if text is not None:
            try:
                _import_one(result, article_data_from_page(text), str(path), draft=draft)
            except ImportRejected as exc:
                result.problems.append(f"{path}: {exc}")
    else:
        result.problems.append(f"{path}: unknown file type (expected .jsonl or .txt)")
    return result


def _import_one(result: ImportResult, data: ArticleData, where: str, *, draft: bool) -> None:
    try:
        article, created = save_article(data, draft=draft)
    except ValidationError as exc:
        raise ImportRejected("; ".join(exc.messages)) from None
    except DatabaseError as exc:  # e.g. a value the database refuses; the line is skipped
        raise ImportRejected(f"the database refused it ({exc})") from None
    result.articles.append(article)
    if created:
        result.created += 1
    else:
        result.updated += 1
    result.warnings.extend(f"{where}: {w}" for w in data.warnings)


def entity_fields_from_json(record) -> dict:
    if not isinstance(record, dict):
        raise ImportRejected("each line must be a JSON object")
    kind = record.get("kind") or EntityKind.OTHER
    if kind not in EntityKind.values:
        raise ImportRejected(f"the field «kind» must be one of {', '.join(EntityKind.values)}")
    wikidata = _text(record.get("wikidata"), "wikidata", max_length=20)
    if wikidata and not (wikidata[0] == "Q" and wikidata[1:].isdigit()):
        raise ImportRejected(f"«{wikidata}» is not a Wikidata id (Q followed by digits)")
    return {
        "name": _text(record.get("name"), "name", required=True, max_length=MAX_NAME),
        "kind": kind,
        "aliases": _names(record.get("aliases"), "aliases"),
        "description": _text(record.get("description"), "description"),
        "wikidata": wikidata,
    }


def import_entity_file(path: Path) -> ImportResult:
    """Create or update entities from JSON Lines, then re-link the articles they touch."""
    result = ImportResult()
    changed: list[int] = []
    try:
        for where, record, error in _read_jsonl_file(path, result):
            try:
                if error:
                    raise ImportRejected(error)
                fields = entity_fields_from_json(record)
                with transaction.atomic():
                    entity, created = save_entity(fields)
            except (ImportRejected, ValidationError, DatabaseError) as exc:
                result.problems.append(f"{where}: {_reason(exc)}")
                continue
            changed.append(entity.pk)
            result.created += created
            result.updated += not created
    finally:
        # Whatever stopped the file, the entities saved so far are linked to the articles
        # that name them.
        if changed:
            linking.relink_for_entities(changed)
            pagecache.content_changed()  # a new description shows even when no link changed
    return result


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    if isinstance(exc, DatabaseError):
        return f"the database refused it ({exc})"
    return str(exc)


def save_entity(fields: dict) -> tuple[Entity, bool]:
    """Create the entity, or merge into the one with the same name up to orthography."""
    entity = Entity.objects.filter(name_key=normalize(fields["name"])).first()
    created = entity is None
    if created:
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
