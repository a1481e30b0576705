"""Surrogate keys: which pages the front purges together (see the package's doc).

Keys are ASCII words without spaces (the xkey header is a space-separated list). A
subject's key is derived from its slug, which its page's URL carries, so tagging a page
costs no query; purging looks the slugs of the changed subjects up.
"""

from __future__ import annotations

import hashlib

# On every page the front keeps: purged when something with no narrower key changes.
ALL = "all"
# The front page, the latest articles' pages and the site's feed.
HOME = "home"
# The tag and entity indexes (each subject's count of articles).
INDEX = "index"
SEARCH = "search"
SITEMAP = "sitemap"

# What a change to any public article touches besides its own pages and its subjects'.
LISTINGS = (HOME, INDEX, SEARCH, SITEMAP)

# ListingEntry's kinds (tag, entity, author, source) as key prefixes: `a` is the article's.
SUBJECT_PREFIXES = {"t": "tag", "e": "entity", "a": "author", "s": "source"}


def article(pk: int) -> str:
    return f"a{pk}"


def subject(kind: str, slug: str) -> str:
    """The key of a subject's listing pages and feed; `kind` as in `ListingEntry.Kind`."""
    digest = hashlib.blake2b(slug.encode(errors="surrogatepass"), digest_size=8).hexdigest()
    return f"{SUBJECT_PREFIXES[kind]}-{digest}"


# The page's URL name (articles' namespace) -> what the page shows, from the URL's kwargs.
_SUBJECT_PAGES = {
    "tag": "t",
    "tag-feed": "t",
    "entity": "e",
    "entity-feed": "e",
    "author": "a",
    "author-feed": "a",
    "source": "s",
    "source-feed": "s",
}
_ARTICLE_PAGES = {"detail", "detail-without-slug", "short", "card"}
_SITE_PAGES = {
    "home": HOME,
    "latest": HOME,
    "feed": HOME,
    "tags": INDEX,
    "entities": INDEX,
    "search": SEARCH,
    "sitemap": SITEMAP,
    "sitemap-section": SITEMAP,
    "news-sitemap": SITEMAP,
}


def of_page(url_name: str, kwargs: dict) -> list[str]:
    """The keys of a readers' page, named by its URL (`robots.txt` and the site's card
    show nothing that changes with articles: `all` only)."""
    keys = [ALL]
    if url_name in _ARTICLE_PAGES:
        keys.append(article(kwargs["pk"]))
    elif url_name in _SUBJECT_PAGES:
        keys.append(subject(_SUBJECT_PAGES[url_name], kwargs["slug"]))
    elif url_name in _SITE_PAGES:
        keys.append(_SITE_PAGES[url_name])
    return keys
