"""What every public page type costs the database, uncached, at any page number.

    DATABASE_URL=postgres://.../newsreader_bench .venv/bin/python bench/page_queries.py

Against the archive in DATABASE_URL (bench/run.sh makes one of 100,000 articles), with the
page cache off, each page is requested once to warm up, then REPEAT times through Django
(no HTTP server); it prints the queries it runs, the database time of the slowest request
(the time spent in the database driver, measured around each query) and the whole
request's time, and flags any page whose database time passes the 100 ms bound.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsreader.settings")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-only-0123456789abcdef0123456789abcdef")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ["CACHE_URL"] = "dummycache://"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from articles.models import Article, Author, Entity, EntityKind, Source, Tag  # noqa: E402

REPEAT = int(os.environ.get("REPEAT", 5))
BOUND_MS = 100.0
PER_PAGE = settings.ARTICLES_PER_PAGE


def _biggest(model):
    return model.objects.order_by("-listed_articles").first()


def _smallest(model):
    return model.objects.listed().order_by("listed_articles", "pk").first()


def _last_page(count: int, per_page: int = PER_PAGE) -> int:
    return max(1, -(-count // per_page))


def pages() -> dict[str, str]:
    tag, entity = _biggest(Tag), _biggest(Entity)
    author, source = _biggest(Author), _biggest(Source)
    rare_entity, rare_tag = _smallest(Entity), _smallest(Tag)
    article = Article.objects.for_listing().first()
    public = Article.objects.published().count()
    listed_entities = Entity.objects.listed().count()
    urls = {
        "home": "/",
        "latest": "/latest/",
        "latest last page": f"/latest/?page={_last_page(public)}",
        "article": article.get_absolute_url(),
        "short link": article.get_short_url(),
        "tag index": "/tags/",
        "tag index last page": f"/tags/?page={_last_page(Tag.objects.listed().count(), 100)}",
        "entity index": "/entities/",
        "entity index last page": f"/entities/?page={_last_page(listed_entities, 100)}",
        "entity index person": f"/entities/?kind={EntityKind.PERSON}",
        "tag": tag.get_absolute_url(),
        "tag last page": f"{tag.get_absolute_url()}?page={_last_page(tag.listed_articles)}",
        "rare tag": rare_tag.get_absolute_url(),
        "entity": entity.get_absolute_url(),
        "entity last page": (
            f"{entity.get_absolute_url()}?page={_last_page(entity.listed_articles)}"
        ),
        "rare entity": rare_entity.get_absolute_url(),
        "author": author.get_absolute_url(),
        "author last page": (
            f"{author.get_absolute_url()}?page={_last_page(author.listed_articles)}"
        ),
        "source": source.get_absolute_url(),
        "source last page": (
            f"{source.get_absolute_url()}?page={_last_page(source.listed_articles)}"
        ),
        "feed": "/feed/",
        "tag feed": f"{tag.get_absolute_url()}feed/",
        "rare entity feed": f"{rare_entity.get_absolute_url()}feed/",
        "author feed": f"{author.get_absolute_url()}feed/",
        "source feed": f"{source.get_absolute_url()}feed/",
        "sitemap index": "/sitemap.xml",
        "sitemap articles": "/sitemap-articles.xml",
        "sitemap articles last page": (f"/sitemap-articles.xml?p={_last_page(public, 500)}"),
        "sitemap entities": "/sitemap-entities.xml",
        "sitemap tags": "/sitemap-tags.xml",
        "sitemap authors": "/sitemap-authors.xml",
        "sitemap sources": "/sitemap-sources.xml",
        "news sitemap": "/news-sitemap.xml",
        "search 1 word": "/search/?q=" + quote("التضخم"),
        "search 2 words": "/search/?q=" + quote("أسعار النفط"),
        "search last page": "/search/?q=" + quote("النفط") + "&page=150",
        "search with source": f"/search/?q={quote('النفط')}&source={quote(source.slug)}",
        "card": f"/articles/{article.pk}/card.png",
        "robots": "/robots.txt",
    }
    return urls


class Timer:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.queries = 0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.queries += 1


def main() -> int:
    setup_test_environment()
    client = Client()
    over = []
    print(f"{'page':<28}{'status':>7}{'queries':>9}{'db ms (max)':>13}{'total ms (max)':>16}")
    for name, url in pages().items():
        db_times, totals, statuses, queries = [], [], set(), 0
        client.get(url)  # once to warm PostgreSQL's buffers and the process's caches
        for _ in range(REPEAT):
            timer = Timer()
            started = time.perf_counter()
            with connection.execute_wrapper(timer):
                response = client.get(url)
            totals.append((time.perf_counter() - started) * 1000)
            db_times.append(timer.seconds * 1000)
            statuses.add(response.status_code)
            queries = timer.queries
        worst = max(db_times)
        flag = "  OVER" if worst > BOUND_MS else ""
        status = ",".join(map(str, sorted(statuses)))
        print(f"{name:<28}{status:>7}{queries:>9}{worst:>13.1f}{max(totals):>16.1f}{flag}")
        if worst > BOUND_MS or statuses - {200, 301}:
            over.append(name)
    print(
        f"\n{'every page under' if not over else 'OVER the bound or failing:'} "
        f"{BOUND_MS:.0f} ms of database time" + (f": {', '.join(over)}" if over else "")
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
