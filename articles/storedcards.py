"""Articles' cards in listings and search results, stored rendered like their pages.

A card shows the article's title, summary, time, source and byline. Two parts of it are
put in when it is shown, not stored: the time since publication, which changes with the
clock, and the summary paragraph, which search results replace with the words around the
match. Cards are dropped with the article's stored page (`storedpages.forget...`) and
checked against the article's `updated_at` and the running code, like it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from django.db import models
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from . import display, renderer

# Where a stored card leaves room for its summary, and for the time since publication.
SUMMARY_SLOT = "<!--summary-->"
TIME_SLOT = "<!--time-since-->"


class StoredCard(renderer.ArticleRendering):
    before = models.TextField()  # the card up to its summary
    summary = models.TextField()  # the summary paragraph, or nothing
    middle = models.TextField()  # from the summary to the time since publication
    after = models.TextField()  # the rest

    class Meta(renderer.ArticleRendering.Meta):
        pass

    def __str__(self) -> str:
        return f"stored card of article {self.article_id}"


_PARTS = ("before", "summary", "middle", "after")


def cards(ids: Sequence[int], summaries: Mapping[int, str] | None = None) -> list[SafeString]:
    """The cards of the public articles `ids`, in that order: stored ones in one read, the
    others rendered from the articles and stored. `summaries`: HTML to show instead of
    the summary paragraph (search snippets), by article id."""
    from .models import Article

    if not ids:
        return []
    found = {
        pk: rest
        for pk, *rest in StoredCard.current()
        .filter(article_id__in=ids)
        .values_list("article_id", *_PARTS, "article__published_at")
    }
    missing = [pk for pk in ids if pk not in found]
    if missing:
        read_at = renderer.epoch()
        rendered = [
            _render(article) for article in Article.objects.for_cards().filter(pk__in=missing)
        ]
        found |= {
            card.pk: [*(getattr(card, part) for part in _PARTS), published_at]
            for card, published_at in rendered
        }
        _store([card for card, _ in rendered], read_at)
    summaries = summaries or {}
    shown = []
    for pk in ids:
        if pk not in found:
            continue
        before, summary, middle, after, published_at = found[pk]
        since = conditional_escape(display.relative_time(published_at)) if published_at else ""
        shown.append(mark_safe(before + summaries.get(pk, summary) + middle + since + after))
    return shown


def _render(article) -> tuple[StoredCard, object]:
    context = {
        "article": article,
        "summary_slot": mark_safe(SUMMARY_SLOT),
        "time_slot": mark_safe(TIME_SLOT),
    }
    before, _, rest = render_to_string("includes/article_card.html", context).partition(
        SUMMARY_SLOT
    )
    middle, _, after = rest.partition(TIME_SLOT)
    card = StoredCard(
        article=article,
        article_updated_at=article.updated_at,
        renderer=renderer.fingerprint(),
        before=before,
        summary=render_to_string("includes/card_summary.html", {"article": article}),
        middle=middle,
        after=after,
    )
    return card, article.published_at


def _store(rendered: list[StoredCard], read_at: int) -> None:
    with renderer.storing(read_at) as current:
        if current:
            renderer.upsert(rendered, unique_fields=["article"])
