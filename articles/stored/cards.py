"""Articles' cards in listings and search results, stored rendered like their pages.

A card shows the article's title, summary, time, source, byline and its lead image's
thumbnail (`includes/story_picture.html`; a new image is a save, which drops the card).
Two parts of it are put in when it is shown, not stored: the time since publication, which
changes with the clock, and the summary paragraph, which search results replace with the
words around the match. Cards are dropped with the article's stored page
(`storedpages.forget...`) and checked against the article's `updated_at` and the running
code, like it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from django.db import connections, router
from django.template.loader import render_to_string
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from .. import display
from ..models import Article, StoredCard
from . import freshness as renderer

# Where a stored card leaves room for its summary, and for the time since publication.
SUMMARY_SLOT = "<!--summary-->"
TIME_SLOT = "<!--time-since-->"


_PARTS = ("before", "summary", "middle", "after")


def cards(ids: Sequence[int], snippet: Callable[[str], str] | None = None) -> list[SafeString]:
    """The cards of the public articles `ids`, in that order: stored ones in one read, the
    others rendered from the articles and stored. `snippet`: for search results, makes the
    HTML shown instead of the summary paragraph from the article's text (summary and body)."""
    if not ids:
        return []
    found = _stored(ids, with_text=snippet is not None)
    missing = [pk for pk in ids if pk not in found]
    if missing:
        read_at = renderer.epoch()
        articles = Article.objects.for_cards().filter(pk__in=missing)
        if snippet is not None:
            articles = articles.defer(None)  # snippets need the body, which cards leave out
        rendered = [_render(article) for article in articles]
        for card in rendered:
            article = card.article
            text = f"{article.summary}\n{article.body}" if snippet is not None else ""
            found[card.pk] = (*(getattr(card, part) for part in _PARTS), article.published_at, text)
        _store(rendered, read_at)
    shown = []
    for pk in ids:
        if pk not in found:
            continue
        before, summary, middle, after, published_at, text = found[pk]
        if snippet is not None:
            summary = snippet(text)
        since = conditional_escape(display.relative_time(published_at)) if published_at else ""
        shown.append(mark_safe(before + summary + middle + since + after))
    return shown


def _stored(ids: Sequence[int], *, with_text: bool) -> dict[int, tuple]:
    """{id: (the card's parts..., published_at, the article's text or "")} of the current
    stored cards of `ids`; the text (summary and body) only if `with_text`.

    Written out in SQL: every listing reads its cards, and the ORM's query for them cost
    more than running it.
    """
    connection = connections[router.db_for_read(StoredCard)]  # a replica, if there is one
    text = "a.summary || %s || a.body" if with_text else "%s"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT c.article_id, c.before, c.summary, c.middle, c.after, a.published_at, {text}"
            f" FROM {StoredCard._meta.db_table} c"
            f" JOIN {Article._meta.db_table} a ON a.id = c.article_id"
            f" WHERE c.article_id IN ({', '.join(['%s'] * len(ids))})"
            " AND c.renderer = %s AND c.article_updated_at = a.updated_at",
            ["\n" if with_text else "", *ids, renderer.fingerprint()],
        )
        rows = cursor.fetchall()
    published = Article._meta.get_field("published_at")
    return {
        pk: (*parts, renderer.from_db(connection, published, published_at), text)
        for pk, *parts, published_at, text in rows
    }


def _render(article) -> StoredCard:
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
    return card


def _store(rendered: list[StoredCard], read_at: int) -> None:
    with renderer.storing(read_at) as current:
        if current:
            renderer.upsert(rendered, unique_fields=["article"])
