"""Print the benchmark's page paths, as JSON, for the archive in DATABASE_URL.

Every public page type, at its first page and where it has one, at a deep page: {"pages":
{name: path}, "cached": [names measured with the page cache on too]}. Without the cache,
every page is measured; with it, a hit costs the same whatever the page, so the cached
modes measure the most read ones.
"""

import json
import os
import sys
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")

import django

django.setup()

from django.conf import settings  # noqa: E402

from articles.models import Article, Author, Entity, Source, Tag  # noqa: E402


def biggest(model):
    return model.objects.order_by("-listed_articles", "pk").first()


def deep(subject) -> int:
    return min(500, max(1, subject.listed_articles // settings.ARTICLES_PER_PAGE))


tag, entity, author, source = biggest(Tag), biggest(Entity), biggest(Author), biggest(Source)
article = Article.objects.for_listing().first()
public = Article.objects.published().count()
entity_pages = max(1, -(-Entity.objects.listed().count() // 100))
pages = {
    "home": "/",
    "latest": "/latest/",
    f"latest p{min(500, public // settings.ARTICLES_PER_PAGE)}": (
        f"/latest/?page={min(500, public // settings.ARTICLES_PER_PAGE)}"
    ),
    "article": article.get_absolute_url(),
    "short link": article.get_short_url(),
    "tag": tag.get_absolute_url(),
    f"tag p{deep(tag)}": f"{tag.get_absolute_url()}?page={deep(tag)}",
    "entity": entity.get_absolute_url(),
    f"entity p{deep(entity)}": f"{entity.get_absolute_url()}?page={deep(entity)}",
    "author": author.get_absolute_url(),
    "source": f"{source.get_absolute_url()}?page={deep(source)}",
    "tag index": "/tags/",
    "entity index": "/entities/",
    f"entity index p{entity_pages}": f"/entities/?page={entity_pages}",
    "entity index person": "/entities/?kind=person",
    "feed": "/feed/",
    "tag feed": f"{tag.get_absolute_url()}feed/",
    "entity feed": f"{entity.get_absolute_url()}feed/",
    "sitemap index": "/sitemap.xml",
    "sitemap articles": f"/sitemap-articles.xml?p={max(1, public // 1000)}",
    "sitemap entities": "/sitemap-entities.xml",
    "news sitemap": "/news-sitemap.xml",
    "search 1 word": "/search/?q=" + quote("التضخم"),
    "search 2 words": "/search/?q=" + quote("أسعار النفط"),
}
cached = ["home", "article", "tag", "entity", "entity index", "feed", "search 1 word"]
print(json.dumps({"pages": pages, "cached": cached}, ensure_ascii=False))
