"""Share cards on the site: what each card shows, where it lives, and its cached image.

The image is drawn once per distinct text (`CardText.key()` digests everything drawn) and
kept in Django's cache; a changed title is a new key, so a new image.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Article
from ..text.dates import format_arabic_date
from ..text.normalize import clean
from ..urlbuilding import absolute_url
from .drawing import HEIGHT, WIDTH, CardText, draw_card

CARD_CACHE_SECONDS = 60 * 60 * 24 * 30

__all__ = [
    "HEIGHT",
    "WIDTH",
    "article_card_text",
    "article_card_url",
    "card_png",
    "site_card_text",
    "site_card_url",
]


def article_card_text(article: Article) -> CardText:
    published = article.published_at
    return CardText(
        title=clean(article.title),
        source=article.source.name if article.source else "",
        date=format_arabic_date(timezone.localtime(published)) if published else "",
        site_name=settings.SITE_NAME,
    )


def site_card_text() -> CardText:
    return CardText(title=_("أخبار عربية تُقرأ كما ينبغي"), site_name=settings.SITE_NAME)


def _versioned(path: str, text: CardText) -> str:
    # The version changes with what is drawn, so chat apps that cache previews by image
    # URL fetch the new card after a headline is corrected.
    return f"{absolute_url(path)}?v={text.key()[:12]}"


def article_card_url(article: Article) -> str:
    path = reverse("articles:card", kwargs={"pk": article.pk})
    return _versioned(path, article_card_text(article))


def site_card_url() -> str:
    return _versioned(reverse("articles:site-card"), site_card_text())


def card_png(text: CardText) -> bytes:
    key = f"share-card:{text.key()}"
    data = cache.get(key)
    if data is None:
        data = draw_card(text)
        cache.set(key, data, CARD_CACHE_SECONDS)
    return data
