"""What an importer understood of a line or a page, checked, before it touches the
database: articles from JSON Lines records and from scraped pages, entities from records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

from ..models import Article, EntityKind, Tag
from ..text.plaintext import stored_text
from .markup import strip_markup
from .pagereader.reader import ParsedPage, parse_page

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


def _text(value, name: str, *, required: bool = False, max_length: int | None = None) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ImportRejected(f"the field «{name}» must be text")
    value = stored_text(strip_markup(value.replace("\x00", "")))
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
