"""What must be recomputed whenever an article's text is saved, wherever it is saved."""

from . import exploring, linking, listing, pagecache, search
from .models import Article
from .stored import freshness as renderer
from .stored import pages as storedpages


def refresh_derived(article: Article) -> None:
    """Entity links (with mention counts and offsets), listing rows, the search index row,
    and the stored pages that show the article: its own, those that list it as related
    reading, and those it now belongs on (related reading is mutual)."""
    linking.link_article(article)
    listing.refresh([article.pk])
    search.index_article(article)
    storedpages.forget([article.pk, *_neighbours(article)])
    pagecache.content_changed()


def article_loaded(sender, instance: Article, raw: bool = False, **kwargs) -> None:
    """(post_save) An article `loaddata` loads (a raw save: a dump, a restore). A dump never
    holds the search index (articles/routers.py), so its row is written here. Its revisions
    are in the dump: setting its tags next must not record another one."""
    if not raw:
        return
    search.index_article(instance)
    instance.skip_history_when_saving = True  # read by django-simple-history's m2m_changed
    pagecache.content_changed()  # a running site's cached pages do not show it


def epoch_loaded(sender, instance, raw: bool = False, **kwargs) -> None:
    """(post_save) The render epoch's row, loaded from a dump: it may hold a value the
    epoch had before, under which a cache may still keep pages. Move it past every one."""
    if raw:
        renderer.forgotten()


def _neighbours(article: Article) -> list[int]:
    if not article.is_public:
        return []
    # Read again: the links were just remade, and `article` may hold them prefetched.
    fresh = Article.objects.prefetch_related("entity_links", "tags").get(pk=article.pk)
    return [item.pk for item in exploring.related_articles(fresh)]
