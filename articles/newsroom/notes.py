"""What the article form tells the editor above the fields: state, look-alikes, names."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.functional import Promise

from .. import linking
from ..models import Article, EntityKind
from ..text.matching import article_text
from ..text.suggestions import Suggestion, suggest_entities
from ..workflow import duplicates


@dataclass(frozen=True)
class EntitySuggestion:
    suggestion: Suggestion
    kind_label: str | Promise
    create_url: str


def entity_suggestions(article: Article) -> list[EntitySuggestion]:
    text, _offset = article_text(article.title, article.summary, article.body)
    add_url = reverse("admin:articles_entity_add")
    return [
        EntitySuggestion(
            suggestion,
            EntityKind(suggestion.kind).label,
            add_url
            + "?"
            + urlencode({"name": suggestion.name, "kind": suggestion.kind, "article": article.pk}),
        )
        for suggestion in suggest_entities(text, linking.known_name_checker())
    ]


def change_form_notes(article: Article | None, user) -> dict:
    """Context for the article form's notes (nothing for a new article)."""
    if article is None:
        return {}
    previewable = not article.is_public and article.is_previewable_by(user)
    return {
        "preview_url": article.get_absolute_url() if previewable else None,
        "look_alikes": list(
            duplicates(
                title=article.title,
                source=article.source_id,
                source_url=article.source_url,
                exclude_pk=article.pk,
            ).select_related("source")[:5]
        ),
        "entity_suggestions": entity_suggestions(article),
    }
