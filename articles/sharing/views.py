"""The share cards as images: one per article, one for the site's other pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response

from ..models import Article
from ..views import get_article_for
from .cards import article_card_text, card_png, site_card_text
from .drawing import CardText

# Long enough to spare the server a burst of chat-app fetches, short enough that an
# edited headline shows soon under the unversioned URL; the ETag makes rechecks cheap.
BROWSER_CACHE_SECONDS = 60 * 60


def _card_response(request: HttpRequest, text: CardText, *, public: bool = True) -> HttpResponse:
    etag = f'"{text.key()}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(card_png(text), content_type="image/png")
    response["ETag"] = etag
    if public:
        response["Cache-Control"] = f"public, max-age={BROWSER_CACHE_SECONDS}"
    else:
        # A preview's card, like its page: never kept by a shared cache, never indexed.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


def article_card(request: HttpRequest, pk: int) -> HttpResponse:
    articles = Article.objects.select_related("source")
    # A public card is looked up without touching the session, so the response does not
    # vary on cookies and shared caches can keep it; only then try a preview.
    article = articles.published().filter(pk=pk).first() or get_article_for(request, pk, articles)
    return _card_response(request, article_card_text(article), public=article.is_public)


def site_card(request: HttpRequest) -> HttpResponse:
    return _card_response(request, site_card_text())
