"""Importing articles and entities: from JSON Lines, from scraped page text, from the admin.

Every article is written in its own transaction, so a bad line never leaves half an
article behind and never stops the lines after it. Re-importing the same article (same
`source_url`, or same title and source up to orthography) updates it in place.

`records` (lines and pages understood and checked), `saving` (written to the database),
`files` (import files read line by line), `markup` (HTML leftovers taken out) and
`pagereader` (a scraped page's headline, byline, date, tags and body).
"""

from .files import (
    MAX_LINE_CHARS,
    MAX_PAGE_CHARS,
    ImportResult,
    import_article_file,
    import_entity_file,
    read_jsonl,
)
from .records import (
    MAX_CAPTION,
    MAX_NAME,
    MAX_TITLE,
    ArticleData,
    ImportRejected,
    article_data_from_json,
    article_data_from_page,
    article_data_from_parsed_page,
    entity_fields_from_json,
    parse_datetime,
    read_page,
)
from .saving import find_entity, find_existing, get_or_create_named, save_article, save_entity

__all__ = [
    "MAX_CAPTION",
    "MAX_LINE_CHARS",
    "MAX_NAME",
    "MAX_PAGE_CHARS",
    "MAX_TITLE",
    "ArticleData",
    "ImportRejected",
    "ImportResult",
    "article_data_from_json",
    "article_data_from_page",
    "article_data_from_parsed_page",
    "entity_fields_from_json",
    "find_entity",
    "find_existing",
    "get_or_create_named",
    "import_article_file",
    "import_entity_file",
    "parse_datetime",
    "read_jsonl",
    "read_page",
    "save_article",
    "save_entity",
]
