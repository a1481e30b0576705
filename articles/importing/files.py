"""Import files: JSON Lines and scraped pages, read line by line and each line bounded; a
bad line is reported by its number and skipped, the rest imported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction

from .. import changes
from ..models import Article
from .records import (
    ArticleData,
    ImportRejected,
    article_data_from_json,
    article_data_from_page,
    entity_fields_from_json,
)
from .saving import save_article, save_entity


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


# A JSON Lines record or a `.txt` page longer than this is refused unread: an article is a
# few thousand characters, and a 50 MB line once took 3.7 GB of memory to be refused.
MAX_LINE_CHARS = 2_000_000

MAX_PAGE_CHARS = MAX_LINE_CHARS

_SKIP_CHUNK = 1_000_000

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _file_lines(stream: IO[str], limit: int) -> Iterator[tuple[int, str, str | None]]:
    """(line number, line or "", why it is skipped or None) for each line of `stream`,
    opened with `_open_text`; a line is never held longer than `limit` characters."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith("\n"):
                pass
            yield number, "", f"longer than {limit:,} characters"
        elif bad := _SURROGATE.search(line):
            # Undecodable bytes come through as lone surrogates (surrogateescape).
            byte = ord(bad[0]) - 0xDC00
            yield number, "", f"not UTF-8 text (byte 0x{byte:02x} at column {bad.start() + 1})"
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


def read_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, object, str | None]]:
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
            changes.entities_changed(changed)
    return result


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(exc.messages)
    if isinstance(exc, DatabaseError):
        return f"the database refused it ({exc})"
    return str(exc)
