"""What must be recomputed whenever an article's text is saved, wherever it is saved."""

from . import linking, listing, pagecache, search
from .models import Article


def refresh_derived(article: Article) -> None:
    """Entity links (with mention counts and offsets), listing rows and the search index row."""
    linking.link_article(article)
    listing.refresh([article.pk])
    search.index_article(article)
    pagecache.content_changed()
