"""schema.org JSON-LD for search engines: a NewsArticle with Google's recommended properties.

It is written inside `<script type="application/ld+json">`, which the browser never runs
but whose end a `</script>` in a headline would still close; `JsonLd` escapes <, > and &
as JSON unicode escapes (as Django's `json_script` does), so no text can break out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from ..models import Article, Entity, EntityKind, Tag
from ..urlbuilding import absolute_url

_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_ENTITY_TYPES: dict[str, str] = {
    EntityKind.PERSON: "Person",
    EntityKind.PLACE: "Place",
    EntityKind.ORGANIZATION: "Organization",
    EntityKind.EVENT: "Event",
}


def iso_datetime(value: datetime) -> str:
    """ISO 8601 in the site's time zone, to the second: 2024-06-26T12:00:00+03:00."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


class JsonLd(dict):
    """A JSON-LD object that renders as text safe inside a script element."""

    def __str__(self) -> SafeString:
        text = json.dumps(self, ensure_ascii=False, separators=(",", ":"))
        return mark_safe(text.translate(_SCRIPT_ESCAPES))


def _thing(entity: Entity) -> dict:
    thing = {
        "@type": _ENTITY_TYPES.get(entity.kind, "Thing"),
        "name": entity.name,
        "url": absolute_url(entity.get_absolute_url()),
    }
    if entity.wikidata:
        thing["sameAs"] = f"https://www.wikidata.org/wiki/{entity.wikidata}"
    return thing


def _publisher(article: Article) -> dict:
    source = article.source
    if source is None:
        return {"@type": "Organization", "name": settings.SITE_NAME, "url": settings.SITE_URL}
    return {
        "@type": "NewsMediaOrganization",
        "name": source.name,
        "url": source.url or absolute_url(source.get_absolute_url()),
    }


def news_article(
    article: Article,
    *,
    url: str,
    headline: str,
    description: str,
    image: str,
    tags: Iterable[Tag],
    about: Iterable[Entity],
    mentions: Iterable[Entity],
) -> JsonLd:
    data = JsonLd(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "url": url,
            "headline": headline,
            "description": description,
            "image": [image],
            "inLanguage": "ar",
            "dateModified": iso_datetime(article.updated_at),
            "author": [
                {
                    "@type": "Person",
                    "name": author.name,
                    "url": absolute_url(author.get_absolute_url()),
                }
                for author in article.byline
            ],
            "publisher": _publisher(article),
            "isAccessibleForFree": True,
        }
    )
    if article.published_at:
        data["datePublished"] = iso_datetime(article.published_at)
    if keywords := [tag.name for tag in tags]:
        data["keywords"] = keywords
    if about_things := [_thing(entity) for entity in about]:
        data["about"] = about_things
    if mentioned_things := [_thing(entity) for entity in mentions]:
        data["mentions"] = mentioned_things
    if article.source_url:
        data["isBasedOn"] = article.source_url
    return data
