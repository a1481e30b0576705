"""Every public page of the site, listed once.

The hostile-input battery, the XSS battery and the backup round trip all walk these
lists, so a new public page (a feed, a sitemap, a share card) is added here — to
`page_urls` for one of each kind, to `SLUG_ROUTES` when its path carries a slug, to
`every_public_page` when it exists once per object — and every battery covers it.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles import listing
from articles.models import Article, Author, Entity, EntityKind, Source, Tag
from tests.factories import make_article, make_author, make_entity, make_source, make_tag


@dataclass
class Site:
    """One published object of each kind a public page can be about."""

    article: Article
    tag: Tag
    entity: Entity
    author: Author
    source: Source


def make_site(**article_fields) -> Site:
    source = make_source("وكالة الأنباء")
    author = make_author("سارة علي", source=source)
    tag = make_tag("اقتصاد")
    entity = make_entity("القاهرة", kind=EntityKind.PLACE)
    article = make_article(
        title="القاهرة تستضيف مؤتمرا اقتصاديا",
        body="افتتح في القاهرة مؤتمر اقتصادي.\n\nوقال المنظمون إن المؤتمر يستمر يومين.",
        source=source,
        authors=[author],
        tags=[tag],
        entities=[entity],
        **article_fields,
    )
    return Site(article=article, tag=tag, entity=entity, author=author, source=source)


def page_urls(site: Site) -> list[str]:
    """One URL of every kind of public page, about `site`'s objects."""
    return [
        "/",
        "/latest/",
        site.article.get_absolute_url(),
        f"/articles/{site.article.pk}/",
        site.article.get_short_url(),
        "/tags/",
        site.tag.get_absolute_url(),
        "/entities/",
        f"/entities/?kind={EntityKind.PLACE}",
        site.entity.get_absolute_url(),
        site.author.get_absolute_url(),
        site.source.get_absolute_url(),
        "/search/?q=القاهرة",
        f"/search/?q=مؤتمر&tag={site.tag.slug}&entity={site.entity.slug}",
        "/healthz",
        "/no-such-page/",
        f"/articles/{site.article.pk}/card.png",
        "/card.png",
        "/feed/",
        f"{site.tag.get_absolute_url()}feed/",
        f"{site.entity.get_absolute_url()}feed/",
        f"{site.author.get_absolute_url()}feed/",
        f"{site.source.get_absolute_url()}feed/",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/news-sitemap.xml",
        "/robots.txt",
    ]


# Paths whose last segment is a slug or an id, `{}` standing for it.
SLUG_ROUTES = [
    "/articles/{article_id}/{}/",
    "/articles/{}/",
    "/articles/{}/x/",
    "/a/{}",
    "/tags/{}/",
    "/entities/{}/",
    "/authors/{}/",
    "/sources/{}/",
    "/articles/{}/card.png",
    "/tags/{}/feed/",
    "/entities/{}/feed/",
    "/authors/{}/feed/",
    "/sources/{}/feed/",
    "/sitemap-{}.xml",
    "/static/{}",
]


def slug_urls(site: Site, slug: str) -> list[str]:
    return [route.format(slug, article_id=site.article.pk) for route in SLUG_ROUTES]


def every_public_page(*, html_only: bool = False) -> list[str]:
    """Every page a reader can reach in the current database, page by page (with
    `html_only`, without the feeds, sitemaps and robots.txt)."""
    urls = ["/", "/latest/", "/tags/", "/entities/"]
    urls += [f"/entities/?kind={kind}" for kind in EntityKind.values]
    urls += [a.get_absolute_url() for a in Article.objects.published().order_by("pk")]
    for model in (Tag, Entity, Author, Source):
        # Those with a public article: the others' pages are not the readers' yet.
        subjects = listing.public_subjects(model).order_by("pk")
        urls += [obj.get_absolute_url() for obj in subjects]
        if not html_only:
            urls += [obj.get_absolute_url() + "feed/" for obj in subjects]
    if not html_only:
        urls += ["/feed/", "/sitemap.xml", "/news-sitemap.xml", "/robots.txt"]
    return urls
